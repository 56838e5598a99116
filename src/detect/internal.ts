/**
 * What the layers above detect (`testing/`, `cli/`) use of it beyond its public entry
 * (`index.ts`, `leakguard/detect`): the tracker and hooks `expectNoLeaks` runs, the site capture
 * `trackScopes` records, and the option parsing and outputs `leakguard watch` shares with
 * `leakguard/register`. Not exported by the package; lint lets other layers import detect only
 * through `index.ts` and this file. Only re-exports.
 * @module
 */
export { Tracker, type Site } from './tracker.js';
export { attach, detach, holdLibraryHooks } from './hooks.js';
export { captureSite } from './stack.js';
export { readRegisterConfig } from './env.js';
export {
  TIMER_MAX_MS,
  checkOption,
  parseDuration,
  parseDurationOrZero,
  parseNumber,
  resolveFinderOptions,
  type OptionRule,
  type OptionSource,
} from './options.js';
export { writeJsonReport, type WatchState } from './outputs.js';
