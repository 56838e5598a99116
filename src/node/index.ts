// leakguard/node: Node-only helpers that sit on top of the core.
export { disposeOnExit } from './exit.js';
export type { DisposeOnExitOptions } from './exit.js';
