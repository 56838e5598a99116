// leakguard/node: Node-only helpers that sit on top of the core.
export { disposeOnExit } from './exit.js';
export type { DisposeOnExitOptions, ExitReport, ExitTarget, ExitValue } from './exit.js';
