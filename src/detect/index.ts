// leakguard/detect: runtime leak finder for unmodified apps.
export {
  LeakFinder,
  startLeakFinder,
  stopLeakFinder,
  runtimeLeakReport,
  currentLeakFinder,
} from './finder.js';
export type { LeakFinderOptions } from './options.js';
export type { RuntimeLeakReport, SiteReport } from './report.js';
export type { ResourceKind } from './tracker.js';
export type { Attribution } from './stack.js';
export { formatReport } from './format.js';
export type { FormatOptions } from './format.js';
