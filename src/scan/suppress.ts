// Silencing a finding in code: `// leakguard-disable-next-line <rule>[, <rule>] -- reason`,
// `// leakguard-disable-line <rule>` and ESLint's own `// eslint-disable-next-line leakguard/<rule>`
// (so one comment serves both the CLI and the ESLint plugin). A directive naming a rule that
// does not exist silences nothing and is reported, so a typo never hides a leak quietly.
//
// Directives are read from the comments the parser lists (oxc-parser always lists them;
// typescript-estree is asked to only for a file with "-disable" in its text, see
// `mayHaveDirectives`), so text that merely looks like one inside a string, a template or a
// regular expression (`'// leakguard-disable-line'`) is no directive. A directive opens its
// comment: `// leakguard-disable-line`, `/* leakguard-disable-line … */`, as ESLint's.
//
// With `reportUnused`, a `leakguard-disable-…` directive that silenced nothing is reported
// (ESLint's --report-unused-disable-directives for our comments): per rule it names, or once
// for a directive naming none. A rule that did not run cannot be "unused" (it silences
// nothing because it reports nothing), and `eslint-disable-…` comments are ESLint's to report.
import { RULE_IDS, type Finding, type RuleId } from './model.js';
import { checkKnownKeys, optionError } from '../internal/options.js';
import { markedBy, ONCE_DIRECTIVE } from './rules/once.js';
import type { Node } from './syntax.js';

/**
 * A comment as a parser lists it: typescript-estree and ESLint give `range`, oxc-parser
 * `start`. `value` is the text without `//` or the `/*` `*\/` pair.
 */
export interface SourceComment {
  /** `'Line'` or `'Block'`; any other kind (a `#!` line) holds no directive. */
  readonly type: string;
  readonly value: string;
  readonly range?: readonly [number, number];
  readonly start?: number;
  readonly end?: number;
}

/** A directive the scanner could not honour: it names an unknown rule. */
export interface DirectiveProblem {
  /** 1-based line and column of the directive's comment. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** A `leakguard-disable-…` directive (or one rule it names) that silenced no finding. */
export interface UnusedDirective {
  /** 1-based line and column of the directive's comment. */
  readonly line: number;
  readonly column: number;
  /** The rule named that silenced nothing; null for a directive naming no rule. */
  readonly rule: RuleId | null;
  readonly message: string;
}

export interface Suppressed {
  /** The findings no directive silences, in their original order. */
  readonly findings: Finding[];
  /** How many findings directives silenced. */
  readonly silenced: number;
  readonly problems: DirectiveProblem[];
  /** With `reportUnused` only, in the order of the comments. */
  readonly unused?: UnusedDirective[];
}

export interface SuppressOptions {
  /**
   * The parsed file the comments belong to: with it, a `leakguard-once` comment that marks no
   * function is reported (it is resolved against the program, as the analysis does).
   */
  readonly program?: Node;
  /**
   * Also honour `eslint-disable-line` / `eslint-disable-next-line` comments that name
   * `leakguard/<rule>`. The ESLint plugin passes false (ESLint applies those itself).
   * @default true
   */
  readonly eslintComments?: boolean;
  /**
   * Report the `leakguard-disable-…` directives that silenced nothing (`Suppressed.unused`).
   * @default false
   */
  readonly reportUnused?: boolean;
  /**
   * The rules that ran (`findings` holds only theirs): a directive naming a rule that did not
   * run is not reported as unused.
   * @default RULE_IDS // every rule
   */
  readonly enabled?: ReadonlySet<RuleId>;
}

const SUPPRESS_KEYS = ['program', 'eslintComments', 'reportUnused', 'enabled'];

/** A wrong value or an unknown key of `SuppressOptions` is a TypeError naming it. */
function checkSuppressOptions(options: unknown): void {
  if (options === null || typeof options !== 'object')
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, SUPPRESS_KEYS);
  const o = options as Record<string, unknown>;
  for (const k of ['eslintComments', 'reportUnused'] as const)
    if (o[k] !== undefined && typeof o[k] !== 'boolean') throw optionError(k, 'a boolean', o[k]);
  if (o.enabled !== undefined && !(o.enabled instanceof Set))
    throw optionError('enabled', 'a Set of rule ids', o.enabled);
  if (
    o.program !== undefined &&
    (o.program === null || (o.program as { type?: unknown }).type !== 'Program')
  )
    throw optionError('program', 'a parsed Program node', o.program);
}

/** False when `source` cannot hold a directive: its comments need not be listed. */
export function mayHaveDirectives(source: string): boolean {
  return source.indexOf('-disable') !== -1 || source.indexOf('leakguard-once') !== -1;
}

/**
 * A `leakguard-once` comment (rules/once.ts) that marks no function — the analysis resolves it
 * the same way, from the same program — is reported: a misplaced one is never silent.
 */
function misplacedOnce(
  source: string,
  comments: readonly SourceComment[],
  program: Node,
): DirectiveProblem[] {
  const out: DirectiveProblem[] = [];
  for (const c of comments) {
    if ((c.type !== 'Line' && c.type !== 'Block') || !ONCE_DIRECTIVE.test(c.value)) continue;
    const start = c.range?.[0] ?? c.start;
    const end = c.range?.[1] ?? c.end;
    if (start === undefined || end === undefined) continue;
    if (markedBy(program, end, source).length > 0) continue;
    const before = source.slice(0, start);
    out.push({
      line: before.split('\n').length,
      column: start - (before.lastIndexOf('\n') + 1) + 1,
      message:
        'leakguard-once marks nothing here: put it directly above the function, method or class (with a constructor) that runs once per process',
    });
  }
  return out;
}

const DIRECTIVE = /^[ \t]*(leakguard|eslint)-disable-(next-line|line)(?![\w-])([^\n]*)/;
const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);
const ALL: ReadonlySet<RuleId> = new Set(RULE_IDS);

interface Directive {
  readonly tool: string;
  readonly where: string;
  readonly line: number;
  readonly column: number;
  /** The line whose findings it silences. */
  readonly target: number;
  /** null: every leakguard rule. */
  readonly rules: ReadonlySet<RuleId> | null;
  /** The rules of the findings it silenced. */
  readonly used: Set<RuleId>;
}

/**
 * Drops the findings that a disable comment on their start line (or the line above) names.
 * `comments` are the parser's comments of `source` (unread when `mayHaveDirectives` is false).
 */
export function suppress(
  source: string,
  comments: readonly SourceComment[],
  findings: readonly Finding[],
  options: SuppressOptions = {},
): Suppressed {
  checkSuppressOptions(options);
  const reportUnused = options.reportUnused ?? false;
  const none = (problems: DirectiveProblem[]): Suppressed => ({
    findings: [...findings],
    silenced: 0,
    problems,
    ...(reportUnused ? { unused: [] } : {}),
  });
  if (!mayHaveDirectives(source)) return none([]);
  const problems: DirectiveProblem[] =
    options.program === undefined || source.indexOf('leakguard-once') === -1
      ? []
      : misplacedOnce(source, comments, options.program);
  const eslint = options.eslintComments ?? true;
  const candidates: { at: number; value: string; block: boolean }[] = [];
  for (const c of comments) {
    if ((c.type !== 'Line' && c.type !== 'Block') || c.value.indexOf('-disable') === -1) continue;
    const at = c.range?.[0] ?? c.start;
    if (at !== undefined) candidates.push({ at, value: c.value, block: c.type === 'Block' });
  }
  candidates.sort((a, b) => a.at - b.at);
  const directives: Directive[] = [];
  let lineNo = 1;
  let lineAt = 0;
  const lineOf = (offset: number) => {
    for (
      let i = source.indexOf('\n', lineAt);
      i !== -1 && i < offset;
      i = source.indexOf('\n', i + 1)
    ) {
      lineNo++;
      lineAt = i + 1;
    }
    return lineNo;
  };
  for (const { at, value, block } of candidates) {
    const m = DIRECTIVE.exec(value);
    if (m === null) continue;
    const [, tool, where, rest] = m as unknown as [string, string, string, string];
    if (tool === 'eslint' && !eslint) continue;
    const line = lineOf(at);
    const column = at - lineAt + 1;
    // As ESLint: a -line / -next-line directive in a block comment that spans lines is an error
    // and silences nothing (which line it meant is ambiguous).
    if (block && value.includes('\n')) {
      // An ESLint comment that names none of our rules is ESLint's to report.
      if (tool === 'eslint' && !value.includes('leakguard/')) continue;
      problems.push({
        line,
        column,
        message: `${tool}-disable-${where} comment should not span multiple lines`,
      });
      continue;
    }
    let body = rest;
    const reason = /(?:^|\s)--(?:\s|$)/.exec(body);
    if (reason !== null) body = body.slice(0, reason.index);
    const names = body
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
    let rules: Set<RuleId> | null = null;
    if (names.length > 0) {
      rules = new Set();
      for (const raw of names) {
        const prefixed = raw.startsWith('leakguard/');
        // ESLint comments name every plugin's rules: only ours are our business.
        if (tool === 'eslint' && !prefixed) continue;
        const name = prefixed ? raw.slice('leakguard/'.length) : raw;
        if (KNOWN.has(name)) rules.add(name as RuleId);
        else
          problems.push({
            line,
            column,
            message: `${tool}-disable-${where} names an unknown leakguard rule "${raw}" (known: ${RULE_IDS.join(', ')})`,
          });
      }
      if (rules.size === 0) continue; // nothing of ours named (or only unknown names)
    } else if (tool === 'eslint') {
      // A bare eslint-disable comment is ESLint's business; the CLI wants our rule named.
      continue;
    }
    const target = where === 'line' ? line : line + 1;
    directives.push({ tool, where, line, column, target, rules, used: new Set() });
  }
  if (directives.length === 0) return none(problems);
  const byTarget = new Map<number, Directive[]>();
  for (const d of directives) {
    const list = byTarget.get(d.target);
    if (list === undefined) byTarget.set(d.target, [d]);
    else list.push(d);
  }
  const kept: Finding[] = [];
  for (const f of findings) {
    let silenced = false;
    for (const d of byTarget.get(f.line) ?? []) {
      if (d.rules !== null && !d.rules.has(f.rule)) continue;
      d.used.add(f.rule);
      silenced = true;
    }
    if (!silenced) kept.push(f);
  }
  const result = { findings: kept, silenced: findings.length - kept.length, problems };
  if (!reportUnused) return result;
  return { ...result, unused: unusedOf(directives, options.enabled ?? ALL) };
}

function unusedOf(
  directives: readonly Directive[],
  enabled: ReadonlySet<RuleId>,
): UnusedDirective[] {
  const unused: UnusedDirective[] = [];
  for (const d of directives) {
    if (d.tool !== 'leakguard' || (d.rules === null && d.used.size > 0)) continue;
    const what = `leakguard-disable-${d.where}`;
    const on = d.target === d.line ? 'its line' : `line ${d.target}`;
    if (d.rules === null) {
      if (enabled.size > 0)
        unused.push({
          line: d.line,
          column: d.column,
          rule: null,
          message: `unused ${what}: no finding on ${on} to silence`,
        });
      continue;
    }
    for (const rule of d.rules) {
      if (!enabled.has(rule) || d.used.has(rule)) continue;
      unused.push({
        line: d.line,
        column: d.column,
        rule,
        message: `unused ${what}: no ${rule} finding on ${on} to silence`,
      });
    }
  }
  return unused;
}
