export * from "../src/Three.js";
