/**
 * The static scanner's entry for the layers above it: `cli/` (`leakguard scan`) and `eslint/`
 * (the `leakguard/eslint` plugin). Not a public entry of the package: users reach the scanner
 * through those two and through `leakguard/scan` (api.ts). Only re-exports.
 * @module
 */
export { scanAsync, type ScanResult } from './scanner.js';
export { analyze } from './analyze.js';
export { suppress, type DirectiveProblem } from './suppress.js';
export { createOracle, type NodeMap } from './typed.js';
export type { TypeOracle } from './oracle.js';
export {
  OPT_IN_RULES,
  RULE_DESCRIPTIONS,
  RULE_IDS,
  RUNTIME_STATUSES,
  ruleDocsUrl,
  type Finding,
  type RuleId,
  type RuntimeStatus,
} from './model.js';
export { UsageError } from './files.js';
export { MissingPeerError } from './parse.js';
export { formatJson } from './format/json.js';
export { formatPretty } from './format/pretty.js';
export { formatSarif } from './format/sarif.js';
export { version } from './version.js';
export { componentScript, instanceSetup } from './sfc.js';
export { createBaseline, serializeBaseline } from './baseline.js';
