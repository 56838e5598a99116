export * from "./user-agent-core";
export * from "./user-agent-core-configuration";
export * from "./user-agent-core-delegate";
