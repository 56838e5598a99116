export * from "./levels";
export * from "./logger-factory";
export * from "./logger";
