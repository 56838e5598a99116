// A baseline of accepted findings: `leakguard scan --write-baseline <file>` records what a scan
// reports today, and `--baseline <file>` reports only what is not in it, so a project can adopt
// the scanner (or a new rule) without reading every old finding first, and fail CI on new ones.
//
// A finding is recorded by file, rule and the code where it stands (the text of its first line
// from its column on, whitespace collapsed), with a count: moving code up or down a file keeps
// its findings baselined, editing the line or adding the same code again is new. Line numbers are
// not part of it. Entries are sorted and hold no timestamps, so the file diffs well in review.
import { readFileSync, writeFileSync } from 'node:fs';
import { UsageError } from './files.js';
import { RULE_IDS, type Finding, type RuleId } from './model.js';

export const BASELINE_VERSION = 1;

/** One kind of accepted finding: how many of them a file may have. */
export interface BaselineEntry {
  /** Path relative to the scan's `cwd`, with `/` separators. */
  readonly file: string;
  readonly rule: RuleId;
  /** The code the finding stands on (see the header). */
  readonly code: string;
  readonly count: number;
}

export interface Baseline {
  readonly version: typeof BASELINE_VERSION;
  readonly entries: readonly BaselineEntry[];
}

const MAX_CODE = 200;

/** The code a finding stands on: its first line from its column on, whitespace collapsed. */
export function codeOf(source: string, f: Pick<Finding, 'line' | 'column'>): string {
  let start = 0;
  for (let l = 1; l < f.line; l++) {
    const nl = source.indexOf('\n', start);
    if (nl === -1) return '';
    start = nl + 1;
  }
  let end = source.indexOf('\n', start);
  if (end === -1) end = source.length;
  return source
    .slice(start + f.column - 1, end)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, MAX_CODE);
}

/** The baseline that accepts exactly these findings. */
export function createBaseline(
  reports: readonly {
    readonly file: string;
    readonly source: string;
    readonly findings: readonly Finding[];
  }[],
): Baseline {
  const counts = new Map<string, BaselineEntry>();
  for (const r of reports)
    for (const f of r.findings) {
      const code = codeOf(r.source, f);
      const k = key(r.file, f.rule, code);
      const e = counts.get(k);
      counts.set(k, { file: r.file, rule: f.rule, code, count: (e?.count ?? 0) + 1 });
    }
  const entries = [...counts.values()].sort(
    (a, b) => cmp(a.file, b.file) || cmp(a.rule, b.rule) || cmp(a.code, b.code),
  );
  return { version: BASELINE_VERSION, entries };
}

export function serializeBaseline(b: Baseline): string {
  return JSON.stringify(b, null, 2) + '\n';
}

export function writeBaselineFile(path: string, b: Baseline): void {
  writeFileSync(path, serializeBaseline(b));
}

/**
 * A baseline that cannot be used: missing, not JSON, or not a leakguard baseline. A UsageError,
 * so `leakguard scan` exits 2 with its message.
 */
export class BaselineError extends UsageError {
  constructor(message: string) {
    super(message);
    this.name = 'BaselineError';
  }
}

/** Reads and checks a baseline file; every problem is a BaselineError naming the file. */
export function readBaselineFile(path: string): Baseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new BaselineError(
      code === 'ENOENT'
        ? `baseline not found: ${path} (create it with --write-baseline ${path})`
        : `cannot read baseline ${path}: ${(e as Error).message}`,
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new BaselineError(`baseline ${path} is not JSON: ${(e as Error).message}`);
  }
  return checkBaseline(data, path);
}

export function checkBaseline(data: unknown, where: string): Baseline {
  const bad = (what: string): never => {
    throw new BaselineError(`baseline ${where}: ${what}`);
  };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) bad('not an object');
  const o = data as Record<string, unknown>;
  for (const k of Object.keys(o)) if (k !== 'version' && k !== 'entries') bad(`unknown key "${k}"`);
  if (o.version !== BASELINE_VERSION)
    bad(`version ${JSON.stringify(o.version)} (this leakguard reads version ${BASELINE_VERSION})`);
  if (!Array.isArray(o.entries)) bad('"entries" is not an array');
  const known: readonly string[] = RULE_IDS;
  const entries = (o.entries as unknown[]).map((e, i) => {
    const at = `entries[${i}]`;
    if (e === null || typeof e !== 'object' || Array.isArray(e))
      return bad(`${at} is not an object`);
    const x = e as Record<string, unknown>;
    for (const k of Object.keys(x))
      if (!['file', 'rule', 'code', 'count'].includes(k)) bad(`${at}: unknown key "${k}"`);
    if (typeof x.file !== 'string' || x.file === '') bad(`${at}.file is not a path`);
    if (typeof x.rule !== 'string' || !known.includes(x.rule))
      bad(`${at}.rule ${JSON.stringify(x.rule)} is not a leakguard rule`);
    if (typeof x.code !== 'string') bad(`${at}.code is not a string`);
    if (typeof x.count !== 'number' || !Number.isInteger(x.count) || x.count < 1)
      bad(`${at}.count is not a positive integer`);
    return x as unknown as BaselineEntry;
  });
  return { version: BASELINE_VERSION, entries };
}

/** Splits one file's findings into new ones and ones the baseline accepts. */
export class BaselineMatcher {
  readonly #byFile = new Map<string, Map<string, number>>();
  readonly #matched = new Map<string, number>();

  constructor(b: Baseline) {
    for (const e of b.entries) {
      let m = this.#byFile.get(e.file);
      if (m === undefined) this.#byFile.set(e.file, (m = new Map()));
      const k = key(e.file, e.rule, e.code);
      m.set(k, (m.get(k) ?? 0) + e.count);
    }
  }

  /**
   * The findings of `file` the baseline does not accept, in order, and how many it accepted.
   * Pure: call it as often as needed (each fix pass); `take` makes a file's final split.
   */
  split(
    file: string,
    source: string,
    findings: readonly Finding[],
  ): { kept: Finding[]; accepted: number } {
    const m = this.#byFile.get(file);
    if (m === undefined) return { kept: [...findings], accepted: 0 };
    const left = new Map(m);
    const kept: Finding[] = [];
    let accepted = 0;
    for (const f of findings) {
      const k = key(file, f.rule, codeOf(source, f));
      const n = left.get(k) ?? 0;
      if (n > 0) {
        left.set(k, n - 1);
        accepted++;
      } else kept.push(f);
    }
    return { kept, accepted };
  }

  /** A file's final split: the new findings; what was accepted counts in `accepted`/`fixed()`. */
  take(file: string, source: string, findings: readonly Finding[]): Finding[] {
    const { kept, accepted } = this.split(file, source, findings);
    this.#matched.set(file, accepted);
    return kept;
  }

  /** Findings accepted by `take` so far. */
  get accepted(): number {
    let n = 0;
    for (const a of this.#matched.values()) n += a;
    return n;
  }

  /**
   * Baselined findings no longer reported in the files scanned (fixed, or their code changed):
   * `--write-baseline` drops them. Files the scan did not cover are not counted.
   */
  fixed(scanned: ReadonlySet<string>): number {
    let n = 0;
    for (const [file, m] of this.#byFile) {
      if (!scanned.has(file)) continue;
      let total = 0;
      for (const c of m.values()) total += c;
      n += total - (this.#matched.get(file) ?? 0);
    }
    return n;
  }
}

function key(file: string, rule: string, code: string): string {
  return `${file}\u0000${rule}\u0000${code}`;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
