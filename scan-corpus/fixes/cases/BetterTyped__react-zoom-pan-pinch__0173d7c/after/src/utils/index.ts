export * from "./calculations.utils";
export * from "./callback.utils";
export * from "./context.utils";
export * from "./event.utils";
export * from "./helpers.utils";
export * from "./state.utils";
export * from "./styles.utils";
export * from "./ref.utils";
