/**
 * leakguard/detect: runtime leak finder for unmodified apps (and `leakguard/register`, which starts
 * it before an app loads).
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export {
  LeakFinder,
  startLeakFinder,
  stopLeakFinder,
  runtimeLeakReport,
  currentLeakFinder,
} from './finder.js';
export type { LeakFinderOptions } from './options.js';
export type { HeapOptions, HeapSiteReport } from '../internal/heap.js';
export type { RuntimeLeakReport, RuntimeSiteSummary, SiteReport } from './report.js';
export type { ResourceKind } from './tracker.js';
export type { Attribution } from './stack.js';
export { formatReport } from './format.js';
export type { FormatOptions } from './format.js';
