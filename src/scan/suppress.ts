// Silencing a finding in code: `// leakguard-disable-next-line <rule>[, <rule>] -- reason`,
// `// leakguard-disable-line <rule>` and ESLint's own `// eslint-disable-next-line leakguard/<rule>`
// (so one comment serves both the CLI and the ESLint plugin). A directive naming a rule that
// does not exist silences nothing and is reported, so a typo never hides a leak quietly.
//
// Directives are read from the source text, not from the parser's comment list: the parse
// stays as it is (both parsers, same speed), and a file without "-disable" in it costs one
// indexOf. A directive must be the start of a `//` or `/*` comment; text that merely looks like
// one inside a string (`'// leakguard-disable-line'`) is taken as a directive too, which can
// only silence a finding on that same line.
import { RULE_IDS, type Finding, type RuleId } from './model.js';

/** A directive the scanner could not honour: it names an unknown rule. */
export interface DirectiveProblem {
  /** 1-based line and column of the directive's comment. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface Suppressed {
  /** The findings no directive silences, in their original order. */
  readonly findings: Finding[];
  /** How many findings directives silenced. */
  readonly silenced: number;
  readonly problems: DirectiveProblem[];
}

export interface SuppressOptions {
  /**
   * Also honour `eslint-disable-line` / `eslint-disable-next-line` comments that name
   * `leakguard/<rule>`. The ESLint plugin passes false (ESLint applies those itself).
   * @default true
   */
  readonly eslintComments?: boolean;
}

const DIRECTIVE = /(\/\/|\/\*)[ \t]*(leakguard|eslint)-disable-(next-line|line)(?![\w-])([^\n]*)/g;
const KNOWN: ReadonlySet<string> = new Set(RULE_IDS);

/** Drops the findings that a disable comment on their start line (or the line above) names. */
export function suppress(
  source: string,
  findings: readonly Finding[],
  options: SuppressOptions = {},
): Suppressed {
  if (source.indexOf('-disable') === -1)
    return { findings: [...findings], silenced: 0, problems: [] };
  const eslint = options.eslintComments ?? true;
  /** line -> rules silenced on it (null: every leakguard rule). */
  const silencedOn = new Map<number, Set<RuleId> | null>();
  const problems: DirectiveProblem[] = [];
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
  for (const m of source.matchAll(DIRECTIVE)) {
    const [, opener, tool, where, rest] = m as unknown as [string, string, string, string, string];
    if (tool === 'eslint' && !eslint) continue;
    const at = m.index;
    const line = lineOf(at);
    const column = at - lineAt + 1;
    // The body of the comment: up to `*/` for a block comment, the end of line for `//`;
    // a block comment that spans lines is cut at its first line (its rules are listed there).
    let body = opener === '/*' ? rest.split('*/')[0]! : rest;
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
    const prev = silencedOn.get(target);
    if (prev === null) continue;
    if (rules === null || prev === undefined) silencedOn.set(target, rules);
    else for (const r of rules) prev.add(r);
  }
  if (silencedOn.size === 0) return { findings: [...findings], silenced: 0, problems };
  const kept: Finding[] = [];
  for (const f of findings) {
    const rules = silencedOn.get(f.line);
    if (rules === null || (rules !== undefined && rules.has(f.rule))) continue;
    kept.push(f);
  }
  return { findings: kept, silenced: findings.length - kept.length, problems };
}
