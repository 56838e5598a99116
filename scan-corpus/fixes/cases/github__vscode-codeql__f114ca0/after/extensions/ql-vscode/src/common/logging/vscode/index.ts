export * from "./loggers";
export * from "./output-channel-logger";
