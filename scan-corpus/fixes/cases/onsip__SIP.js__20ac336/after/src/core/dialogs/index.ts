export * from "./dialog";
export * from "./dialog-state";
export * from "./session-dialog";
export * from "./subscription-dialog";
