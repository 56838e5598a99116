/**
 * leakguard/scan: the static scanner as a library — what `leakguard scan` runs, for scripts and
 * tools that want the findings as data (`scan()`, `scanAsync()`) or in one of the CLI's formats.
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export {
  scan,
  scanAsync,
  type FileDirectiveProblem,
  type FileReport,
  type FileUnusedDirective,
  type ScanOptions,
  type ScanResult,
  type ScanSummary,
} from './scanner.js';
export {
  DEFAULT_RULES,
  OPT_IN_RULES,
  RULE_DESCRIPTIONS,
  RULE_IDS,
  RUNTIME_STATUSES,
  type Edit,
  type FileError,
  type Finding,
  type RuleId,
  type RuntimeEvidence,
  type RuntimeStatus,
} from './model.js';
export { RuntimeReportError, type RuntimeSummary } from './runtime.js';
export {
  BaselineError,
  createBaseline,
  readBaselineFile,
  serializeBaseline,
  type Baseline,
  type BaselineEntry,
} from './baseline.js';
export { formatJson } from './format/json.js';
export { formatPretty, type PrettyOptions } from './format/pretty.js';
export { UsageError } from './files.js';
export { MissingPeerError } from './parse.js';
