// Shared vocabulary of the static scanner: rule ids, findings and fixes.
// Nothing here depends on a parser, so the CLI formatters and the ESLint adapter can import it
// without loading TypeScript.

/** Every rule the scanner and the ESLint plugin know, in reporting order. */
export const RULE_IDS = [
  'no-unmanaged-listener',
  'no-listener-identity-mistake',
  'no-unmanaged-timer',
  'no-overwritten-timer',
  'no-discarded-disposable',
  'no-repeated-registration',
  'no-subscription-in-render',
  'no-unpaired-teardown',
  'no-partial-cleanup',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/**
 * Rules that run only when asked for (`--enable <rule>`, `rules: { '<rule>': true }`, the ESLint
 * rule set to on). `no-repeated-registration` caught tuning fix cases only, no held-out one, and
 * made 19 of the 40 false findings on the held-out clean projects (docs/scan.md): issue #16's
 * overfitting rule takes it out of the default set. `no-overwritten-timer` (a branch of
 * `no-unmanaged-timer` until 2026-12-03) caught no fix case in either half and was right once in
 * 7 findings on tuning code (1 in 10 over both halves; docs/scan.md, "What each exemption costs").
 */
export const OPT_IN_RULES: readonly RuleId[] = ['no-repeated-registration', 'no-overwritten-timer'];

/** The rules `leakguard scan` and the ESLint `recommended` config run: every rule not opt-in. */
export const DEFAULT_RULES: readonly RuleId[] = RULE_IDS.filter((r) => !OPT_IN_RULES.includes(r));

/** One-line description of each rule, used in ESLint meta, SARIF and the docs index. */
export const RULE_DESCRIPTIONS: Readonly<Record<RuleId, string>> = {
  'no-unmanaged-listener':
    'A listener or connection is registered and nothing ever removes it (no removal, no signal, no container).',
  'no-listener-identity-mistake':
    'A removal that cannot remove anything: fresh function or .bind(), wrong capture flag, an "off" that calls "on", a removal from another object than the one the listener was added to, or a removal without the event name.',
  'no-unmanaged-timer':
    'A setInterval that is never cleared, or a discarded setTimeout in an object that has a teardown.',
  'no-overwritten-timer':
    'A timer kept in a field is replaced by a new one without clearing the previous one.',
  'no-discarded-disposable':
    'The disposable, subscription or unsubscribe function a call returns is thrown away.',
  'no-repeated-registration':
    'A registration inside code that runs many times (per request, event or iteration) on a receiver that outlives it.',
  'no-subscription-in-render':
    'A listener, subscription or timer started directly in a React/Preact component or hook body, or a Vue setup(), instead of an effect / mounted hook with cleanup.',
  'no-unpaired-teardown':
    'A timeout kept in a field that the class clears elsewhere but its teardown (disconnect, stop, destroy…) never clears.',
  'no-partial-cleanup':
    'A listener or timer removed before some of the calls that finish its function (done(), callback(), resolve/reject) but not before another.',
};

/** Where a rule's page (Wrong/Right examples, silencing, fixes) is read: docs/rules/<id>.md. */
/** Where the docs are published: docs/ of the repository. */
export const DOCS_BASE = 'https://github.com/leakguard/leakguard/blob/main/docs/';
export const RULE_DOCS_BASE = `${DOCS_BASE}rules/`;

export function ruleDocsUrl(id: RuleId): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

/** A text edit on the original source: replace [start, end) with `text`. */
export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/**
 * A problem found in one file. Lines are 1-based, columns 1-based (editor convention); the
 * ESLint adapter converts back to ESLint's 0-based columns.
 */
export interface Finding {
  readonly rule: RuleId;
  readonly message: string;
  /** Human-readable fix advice; always present for scanner findings. */
  readonly suggestion?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offsets into the source, for code frames. */
  readonly start: number;
  readonly end: number;
  /**
   * Present only when the fix cannot change behaviour other than adding the missing cleanup
   * (for example routing a registration through the class's existing, disposed scope).
   */
  readonly fix?: readonly Edit[];
  /**
   * What the runtime finder saw of this finding's call (only with `scan({ runtime })` /
   * `leakguard scan --runtime <report>`).
   */
  readonly runtime?: RuntimeEvidence;
  /**
   * Why the project pass did not drop it: the function around it and why that function may run
   * any number of times, up its callers (only with `scan({ why: true })` / `leakguard scan
   * --why`, and only on the findings of the rules the pass can drop).
   */
  readonly why?: string;
}

/** What runtime reports say of one finding's call (see `scan({ runtime })`). */
export type RuntimeStatus = 'growing' | 'carried' | 'ran' | 'not-seen';

/** Every runtime status, in the order findings are ranked by (most evidence of a leak first). */
export const RUNTIME_STATUSES: readonly RuntimeStatus[] = ['growing', 'carried', 'ran', 'not-seen'];

export interface RuntimeEvidence {
  /**
   * `growing`: a site on the finding's call kept growing in a run (the runtime finder's leak
   * test); `carried`: its sites kept growing, but only because their receivers accumulated
   * (one set of listeners per receiver, none piling up: something else keeps the receivers, so
   * this call is not what leaks); `ran`: the call made resources in a run and none of its sites
   * grew; `not-seen`: no
   * run saw the call make anything — it did not run, the finder sampled none of its calls, or
   * its receiver is an emitter the finder does not instrument (not an EventEmitter, EventTarget,
   * EventEmitter2 or leakguard Signal: mitt, nanoevents…).
   */
  readonly status: RuntimeStatus;
  /** Resources the call made, summed over the runs (estimated, sampling-weighted). */
  readonly created: number;
  /** Resources from the call alive at the end of the runs, summed. */
  readonly live: number;
  /** Fastest growth of its sites in any run, resources per minute (0 when none grew). */
  readonly growthPerMinute: number;
}

/** A file that could not be read or parsed. It is reported and skipped, never fatal. */
export interface FileError {
  readonly file: string;
  readonly message: string;
}
