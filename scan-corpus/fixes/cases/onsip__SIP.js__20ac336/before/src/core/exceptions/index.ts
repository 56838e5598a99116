export * from "./exception";
export * from "./transaction-state-error";
export * from "./transport-error";
