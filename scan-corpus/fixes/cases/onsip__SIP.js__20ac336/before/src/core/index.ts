// Directories
export * from "./dialogs";
export * from "./exceptions";
export * from "./log";
export * from "./messages";
export * from "./session";
export * from "./subscription";
export * from "./transactions";
export * from "./user-agent-core";
export * from "./user-agents";

// Files
export * from "./timers";
export * from "./transport";
