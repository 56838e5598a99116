export * from "./session";
export * from "./session-delegate";
