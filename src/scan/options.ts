// Checks the options of `scan` / `scanAsync` once, before any file is read, with the shared
// messages of src/internal/options.ts, and resolves `rules` to the set of rules that run.
import {
  checkKnownKeys,
  checkNumber,
  invalidArgument,
  optionError,
  unknownOptionError,
} from '../internal/options.js';
import { DEFAULT_RULES, RULE_IDS, RUNTIME_STATUSES, type Finding, type RuleId } from './model.js';

/** Rule id → on or off, over the default set (`DEFAULT_RULES`); rules not named keep it. */
export type RuleSelection = Readonly<Partial<Record<RuleId, boolean>>>;

const SCAN_KEYS = [
  'paths',
  'cwd',
  'tsconfig',
  'fix',
  'onProgress',
  'workers',
  'rules',
  'reportUnusedDisableDirectives',
  'baseline',
  'runtime',
  'runtimeStatus',
  'programKind',
  'why',
];

const PROGRAM_KINDS = ['auto', 'application', 'library'];

/**
 * Throws a TypeError (code LEAKGUARD_INVALID_OPTION) for the first thing wrong in `options`:
 * an unknown key (``Unknown option `rules.no-repeated-registraton`; did you mean …?``) or a
 * value of the wrong type.
 */
export function checkScanOptions(options: unknown): void {
  if (options === null || typeof options !== 'object')
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, SCAN_KEYS);
  const o = options as Record<string, unknown>;
  if (
    o.paths !== undefined &&
    (!Array.isArray(o.paths) || o.paths.some((p) => typeof p !== 'string'))
  )
    throw optionError('paths', 'an array of strings', o.paths);
  if (o.cwd !== undefined && typeof o.cwd !== 'string') throw optionError('cwd', 'a string', o.cwd);
  if (o.tsconfig !== undefined && o.tsconfig !== null && typeof o.tsconfig !== 'string')
    throw optionError('tsconfig', 'a string or null', o.tsconfig);
  if (o.fix !== undefined && typeof o.fix !== 'boolean')
    throw optionError('fix', 'a boolean', o.fix);
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function')
    throw optionError('onProgress', 'a function', o.onProgress);
  checkNumber('workers', o.workers, { min: 1, integer: true });
  if (
    o.reportUnusedDisableDirectives !== undefined &&
    typeof o.reportUnusedDisableDirectives !== 'boolean'
  )
    throw optionError(
      'reportUnusedDisableDirectives',
      'a boolean',
      o.reportUnusedDisableDirectives,
    );
  if (
    o.baseline !== undefined &&
    typeof o.baseline !== 'string' &&
    (o.baseline === null || typeof o.baseline !== 'object' || Array.isArray(o.baseline))
  )
    throw optionError('baseline', 'a path or a baseline object', o.baseline);
  if (
    o.runtime !== undefined &&
    (!Array.isArray(o.runtime) || o.runtime.some((p) => typeof p !== 'string'))
  )
    throw optionError('runtime', 'an array of report paths', o.runtime);
  if (o.runtimeStatus !== undefined) {
    if (
      !Array.isArray(o.runtimeStatus) ||
      o.runtimeStatus.some((s) => !(RUNTIME_STATUSES as readonly unknown[]).includes(s))
    )
      throw optionError(
        'runtimeStatus',
        `an array of ${RUNTIME_STATUSES.map((s) => `'${s}'`).join(', ')}`,
        o.runtimeStatus,
      );
    if (o.runtime === undefined || (o.runtime as unknown[]).length === 0)
      throw invalidArgument('`runtimeStatus` needs `runtime`: the runtime reports to read');
  }
  if (o.why !== undefined && typeof o.why !== 'boolean')
    throw optionError('why', 'a boolean', o.why);
  if (o.programKind !== undefined && !PROGRAM_KINDS.includes(o.programKind as string))
    throw optionError('programKind', "'auto', 'application' or 'library'", o.programKind);
  checkRules(o.rules);
}

function checkRules(rules: unknown): void {
  if (rules === undefined) return;
  if (rules === null || typeof rules !== 'object' || Array.isArray(rules))
    throw optionError('rules', 'an object of rule id → boolean', rules);
  for (const [id, on] of Object.entries(rules)) {
    if (!(RULE_IDS as readonly string[]).includes(id))
      throw unknownOptionError('rules', id, RULE_IDS);
    if (typeof on !== 'boolean') throw optionError(`rules.${id}`, 'a boolean', on);
  }
}

/** The rules that run: the default set, plus those `rules` turns on, minus those it turns off. */
export function selectedRules(rules: RuleSelection | undefined): ReadonlySet<RuleId> {
  const on = new Set<RuleId>(DEFAULT_RULES);
  for (const [id, value] of Object.entries(rules ?? {}) as [RuleId, boolean][]) {
    if (value) on.add(id);
    else on.delete(id);
  }
  return on;
}

/**
 * The findings of the rules that run. Applied before the disable comments, so a comment naming
 * a rule that is off silences nothing (and is not an unknown rule either).
 */
export function onlyEnabled(findings: Finding[], enabled: ReadonlySet<RuleId>): Finding[] {
  if (enabled.size === RULE_IDS.length || findings.length === 0) return findings;
  return findings.filter((f) => enabled.has(f.rule));
}
