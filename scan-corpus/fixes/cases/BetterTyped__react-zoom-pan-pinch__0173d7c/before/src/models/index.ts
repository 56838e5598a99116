export * from "./context.model";
export * from "./helpers.model";
export * from "./calculations.model";
