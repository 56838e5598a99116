export * from "./subscription";
export * from "./subscription-delegate";
