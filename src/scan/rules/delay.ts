// A timer's delay as the code writes it (issue #16, candidate DV; scan-corpus/fixes/README.md,
// "Decision criteria for candidate DV"): a number literal, arithmetic of such numbers, a call of
// the `ms` package on a string literal, or a top-level `const` of the file holding one of these.
// Anything else is unknown (null). Read from the source text, so one small grammar covers the
// argument and the constants it names.
import type { Facts } from '../facts.js';

/** What a file binds the `ms` package to, and its top-level number constants, read once. */
interface FileDelays {
  readonly ms: ReadonlySet<string>;
  readonly consts: Map<string, number | null>;
}

const byFile = new WeakMap<Facts, FileDelays>();

const MS_IMPORT =
  /(?:\bimport\s+([\w$]+)\s+from\s*|\b(?:const|let|var)\s+([\w$]+)\s*=\s*require\s*\(\s*)['"]ms['"]/g;

function fileDelays(facts: Facts): FileDelays {
  let d = byFile.get(facts);
  if (d === undefined) {
    const ms = new Set<string>();
    for (const m of facts.src.matchAll(MS_IMPORT)) ms.add((m[1] ?? m[2])!);
    byFile.set(facts, (d = { ms, consts: new Map() }));
  }
  return d;
}

const UNIT_MS: Record<string, number> = {
  ms: 1,
  s: 1000,
  m: 60_000,
  h: 3_600_000,
  d: 86_400_000,
  w: 604_800_000,
  y: 31_557_600_000,
};

/** The units the `ms` package reads, each to its one-letter key above. */
const UNIT_OF =
  /^(?:(milliseconds?|msecs?|ms)|(seconds?|secs?|s)|(minutes?|mins?|m)|(hours?|hrs?|h)|(days?|d)|(weeks?|w)|(years?|yrs?|y))$/i;
const UNIT_KEYS = ['ms', 's', 'm', 'h', 'd', 'w', 'y'] as const;

/** `ms('1.5s')`: what the `ms` package returns for a string, or null when it would not read it. */
export function msOf(text: string): number | null {
  const m = /^(-?(?:\d+)?\.?\d+) *([a-z]+)?$/i.exec(text.trim());
  if (m === null || text.length > 100) return null;
  const n = Number(m[1]);
  if (m[2] === undefined) return n;
  const u = UNIT_OF.exec(m[2]);
  if (u === null) return null;
  const key = UNIT_KEYS[u.slice(1).findIndex((g) => g !== undefined)]!;
  return n * UNIT_MS[key]!;
}

/** The source text of one top-level `const NAME = …` initializer of the file, if declared once. */
function topLevelConst(src: string, name: string): string | null {
  const re = new RegExp(
    `^(?:export\\s+)?const\\s+${name.replace(/\$/g, '\\$')}\\s*(?::\\s*number\\s*)?=\\s*([^;\\n]+)`,
    'gm',
  );
  const hits = [...src.matchAll(re)];
  return hits.length === 1 ? hits[0]![1]!.replace(/\/\/.*$|\/\*.*?\*\//g, '').trim() : null;
}

/** A recursive-descent reading of `+ - * /`, parentheses, numbers, `ms('…')` and constants. */
class Reader {
  #i = 0;
  constructor(
    private readonly s: string,
    private readonly facts: Facts,
    private readonly depth: number,
  ) {}

  read(): number | null {
    const v = this.#sum();
    this.#ws();
    return v !== null && this.#i === this.s.length && Number.isFinite(v) ? v : null;
  }

  #ws(): void {
    while (this.#i < this.s.length && /\s/.test(this.s[this.#i]!)) this.#i++;
  }

  #peek(): string {
    this.#ws();
    return this.s[this.#i] ?? '';
  }

  #sum(): number | null {
    let v = this.#product();
    for (let op = this.#peek(); v !== null && (op === '+' || op === '-'); op = this.#peek()) {
      this.#i++;
      const r = this.#product();
      v = r === null ? null : op === '+' ? v + r : v - r;
    }
    return v;
  }

  #product(): number | null {
    let v = this.#unary();
    for (let op = this.#peek(); v !== null && (op === '*' || op === '/'); op = this.#peek()) {
      this.#i++;
      const r = this.#unary();
      v = r === null ? null : op === '*' ? v * r : v / r;
    }
    return v;
  }

  #unary(): number | null {
    const op = this.#peek();
    if (op === '-' || op === '+') {
      this.#i++;
      const v = this.#unary();
      return v === null ? null : op === '-' ? -v : v;
    }
    return this.#primary();
  }

  #primary(): number | null {
    const c = this.#peek();
    if (c === '(') {
      this.#i++;
      const v = this.#sum();
      if (this.#peek() !== ')') return null;
      this.#i++;
      return v;
    }
    const rest = this.s.slice(this.#i);
    const num = /^(?:\d[\d_]*(?:\.\d+)?|\.\d+)(?:e[+-]?\d+)?/i.exec(rest);
    if (num !== null) {
      this.#i += num[0].length;
      return Number(num[0].replace(/_/g, ''));
    }
    const id = /^[A-Za-z_$][\w$]*/.exec(rest);
    if (id === null) return null;
    this.#i += id[0].length;
    if (this.#peek() === '(') {
      // ms('1s'): only a name the file binds to the `ms` package, on one string literal.
      const call = /^\(\s*(['"])([^'"\n]*)\1\s*\)/.exec(this.s.slice(this.#i));
      if (call === null || !fileDelays(this.facts).ms.has(id[0])) return null;
      this.#i += call[0].length;
      return msOf(call[2]!);
    }
    return this.depth > 0 ? constant(this.facts, id[0], this.depth - 1) : null;
  }
}

function constant(facts: Facts, name: string, depth: number): number | null {
  const { consts } = fileDelays(facts);
  if (consts.has(name)) return consts.get(name)!;
  consts.set(name, null); // a constant defined through itself reads as unknown
  const init = topLevelConst(facts.src, name);
  const v = init === null ? null : new Reader(init, facts, depth).read();
  consts.set(name, v);
  return v;
}

/** The delay a timer call's argument text says, in ms, or null when it is not read. */
export function delayOf(text: string, facts: Facts): number | null {
  if (text.length > 200) return null;
  return new Reader(text, facts, 3).read();
}
