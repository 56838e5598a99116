export * from "./logger";
export * from "./notification-logger";
export * from "./notifications";
export * from "./tee-logger";
