export * from "./declarations/src/index";
