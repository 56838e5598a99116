// Candidate P (issue #16; scan-corpus/clean/README.md, "An eleventh fresh batch and candidate
// P"): a pass over every scanned file, after the per-file rules, that finds code the program runs
// a bounded number of times. A function or method runs a bounded number of times when every call
// of its name, in any scanned file, stands directly (not in a loop, not in a callback) in code
// that itself does: module top level, or another such function. A constructor does when every
// `new C(…)` does. A callback passed to `.then()`, `new Promise()`, `.once()`, `setTimeout()`
// and the like, or called on the spot, runs once each time the code around it runs, and so does
// the callback of an event that fires once (candidate LE: `DOMContentLoaded`, the page's `load`,
// jQuery's ready, Electron `app`'s `ready`, `{ once: true }`). What such code registers or starts
// directly in its body cannot pile up, so its "nothing removes it" findings are dropped.
//
// Calls are matched by name only (`x.start()` is a call of every `start`), so a name that is
// also used as a value (passed, stored, read without a call) has callers nobody can count and
// never qualifies; neither does a name nothing calls (framework hooks, dependency injection).
// In a library, whatever the package exports and every public method may be called from outside
// any number of times, so they never qualify either. The ESLint plugin sees one file and keeps
// the per-file answer.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Finding, RuleId } from './model.js';
import { parseFile, visitorKeys } from './parse.js';
import { fileCalls, textCalls, type FileCalls, type UnitRec } from './project-calls.js';
import { buildGraph, solve, solvePerRun, type Graph, type Placed } from './project-graph.js';
import { explainUnbounded, type WhyStep } from './project-explain.js';
import { ModuleConfigs } from './module-config.js';
import { ablated } from './rules/ablate.js';
import { blockersOf } from './project-blockers.js';
import { whySentence } from './why.js';

export { fileCalls, textCalls, type FileCalls } from './project-calls.js';

/** What a package is to the project pass (see `ScanOptions.programKind`). */
export type ProgramKind = 'application' | 'library';

/** The rules whose findings say "nothing ever removes it": code run a bounded number of times makes them moot. */
export const BOUNDED_RULES: ReadonlySet<RuleId> = new Set<RuleId>([
  'no-unmanaged-listener',
  'no-unmanaged-timer',
  'no-discarded-disposable',
  'no-repeated-registration',
]);

/**
 * The project pass over a scan's files: `set()` each file's calls (again after a fix changes
 * it), then `keep()` a file's findings. Bounded code is worked out once, on the first `keep()`
 * after a change.
 */
export class ProjectPass {
  readonly #files = new Map<string, FileCalls>();
  #placed: Map<string, Placed> | null = null;
  #bounded: Uint8Array = new Uint8Array(0);
  #graph: Graph | null = null;
  /** Per unit: it runs per window or per event (candidate EL′, below). */
  #perRun: Uint8Array = new Uint8Array(0);
  /** Each folder's nearest package.json, as the pass reads it (#packageOf). */
  readonly #packages = new Map<string, FolderPackage>();
  /** Each folder's nearest tsconfig.json module settings (candidate BU). */
  readonly #modules = new ModuleConfigs();
  /** A scanned file could not be read or parsed: its calls are unknown, so nothing is dropped. */
  #blind = false;

  /** `kind`: what every package is, or null to read each file's nearest package.json. */
  readonly #kind: ProgramKind | null;
  /** With `scan({ why })`: the folder the reasons name files from, else null. */
  readonly #whyFrom: string | null;
  /** Each file's line index, for the reasons' `file:line`. */
  readonly #whyLines = new Map<string, number[]>();

  constructor(kind: ProgramKind | null, whyFrom: string | null = null) {
    this.#kind = kind;
    this.#whyFrom = whyFrom;
  }

  set(file: string, calls: FileCalls): void {
    this.#files.set(file, calls);
    this.#placed = null;
  }

  /**
   * A scanned file that could not be read: calls in it cannot be counted, so the pass drops
   * nothing for the whole scan (the file is reported as a scan error).
   */
  unreadable(): void {
    this.#blind = true;
  }

  /**
   * A scanned file that was read but could not be parsed (reported as a scan error): its words
   * stand for its calls (`textCalls`), so a function it may call by name is never taken for
   * bounded code, and the rest of the project keeps the pass. (Until 2026-12-05 one such file
   * made the pass drop nothing for the whole scan.)
   */
  unparsed(file: string, text: string): void {
    this.set(file, textCalls(text));
  }

  /** The findings of `file` (an absolute path given to `set`) the pass does not drop. */
  keep(file: string, findings: readonly Finding[]): Finding[] {
    if (!findings.some((f) => BOUNDED_RULES.has(f.rule))) return [...findings];
    // With `why`, a finding the pass could not look at says so too: no reason is no answer.
    if (this.#blind)
      return this.#whyFrom === null
        ? [...findings]
        : findings.map((f) => (BOUNDED_RULES.has(f.rule) ? { ...f, why: BLIND_WHY } : f));
    const placed = this.#place().get(file);
    if (placed === undefined) return [...findings];
    const bounded = !ablated('project.bounded-runs');
    const electron =
      placed.calls.electron.length > 0 && !ablated('listener.electron-main')
        ? new Set(placed.calls.electron)
        : null;
    const kept = findings.filter((f) => {
      if (!BOUNDED_RULES.has(f.rule)) return true;
      if (bounded && this.#inBoundedCode(placed, f.start)) return false;
      // Candidates EL′ and EL2: a listener on Electron's ipcMain, app or another process-wide
      // object in code that runs neither per window nor per event, by calls across files.
      if (
        electron !== null &&
        f.rule === 'no-unmanaged-listener' &&
        electron.has(f.start) &&
        !this.#perRunAt(placed, f.start)
      )
        return false;
      return true;
    });
    const root = this.#whyFrom;
    if (root === null) return kept;
    return kept.map((f) => {
      if (!BOUNDED_RULES.has(f.rule)) return f;
      const steps = this.explain(file, f.start);
      return steps.length === 0 ? f : { ...f, why: whySentence(steps, root, this.#whyLines) };
    });
  }

  /**
   * Why the code at `offset` of `file` (an absolute path given to `set`) is not bounded, for a
   * maintainer (`scripts/project-why.ts`): the innermost function around it and the reasons up
   * its chain of callers; empty at module top level or for a file the pass was not given.
   */
  explain(file: string, offset: number): WhyStep[] {
    const all = this.#place();
    const placed = all.get(file);
    if (placed === undefined || this.#graph === null) return [];
    const best = innermost(placed.calls.units, offset);
    if (best === -1) return [];
    return explainUnbounded([...all.values()], this.#graph, this.#bounded, placed.base + best);
  }

  /**
   * Every reason the code at `offset` of `file` is not bounded, up every chain of callers
   * (project-blockers.ts), for a maintainer (`scripts/clean-why.ts`); empty when it is bounded,
   * at module top level, or in a file the pass was not given.
   */
  blockers(file: string, offset: number): ReturnType<typeof blockersOf> {
    const all = this.#place();
    const placed = all.get(file);
    if (placed === undefined || this.#graph === null) return { blockers: [], truncated: false };
    const best = innermost(placed.calls.units, offset);
    if (best === -1) return { blockers: [], truncated: false };
    return blockersOf([...all.values()], this.#graph, this.#bounded, placed.base + best);
  }

  /** True when the innermost function around the offset runs per window or per event. */
  #perRunAt(p: Placed, offset: number): boolean {
    const best = innermost(p.calls.units, offset);
    return best !== -1 && this.#perRun[p.base + best] === 1;
  }

  /** True when the offset sits directly in a bounded function, outside loops inside it. */
  #inBoundedCode(p: Placed, offset: number): boolean {
    const best = innermost(p.calls.units, offset);
    const units = p.calls.units;
    if (best === -1 || this.#bounded[p.base + best] !== 1) return false;
    const from = units[best]!.start;
    return !p.calls.loops.some(([a, b]) => a > from && a <= offset && offset < b);
  }

  #place(): Map<string, Placed> {
    if (this.#placed !== null) return this.#placed;
    const placed = new Map<string, Placed>();
    let total = 0;
    for (const [file, calls] of this.#files) {
      const pkg = this.#packageOf(dirname(file));
      placed.set(file, {
        file,
        calls,
        base: total,
        library: (this.#kind ?? pkg.kind) === 'library',
        modules: this.#modules.of(dirname(file)),
        packageName: pkg.packageName,
        dependencies: pkg.dependencies,
      });
      total += calls.units.length;
    }
    this.#placed = placed;
    const files = [...placed.values()];
    const graph = buildGraph(files, total);
    this.#graph = graph;
    this.#bounded = solve(files, graph);
    this.#perRun = solvePerRun(files, graph);
    return placed;
  }

  /**
   * From the nearest package.json up from `dir` (read and parsed once per folder): the package's
   * kind (a library when it can be imported, packageKind), its name, and every dependency it and
   * the package.json files above it declare (candidate PK; a monorepo's root often declares
   * them). With none up to the root: an application, unnamed, with no dependencies.
   */
  #packageOf(dir: string): FolderPackage {
    const known = this.#packages.get(dir);
    if (known !== undefined) return known;
    const up = dirname(dir);
    const above: FolderPackage = up === dir ? NO_PACKAGE : this.#packageOf(up);
    const o = parsePackage(readPackageJson(dir));
    let pkg = above;
    if (o !== undefined) {
      const own = packageFactsOf(o);
      pkg = {
        kind: o === null ? 'library' : kindOfPackage(o, dir),
        packageName: own.packageName,
        dependencies:
          above.dependencies.size === 0
            ? own.dependencies
            : new Set([...own.dependencies, ...above.dependencies]),
      };
    }
    this.#packages.set(dir, pkg);
    return pkg;
  }
}

/** What candidate PK reads of a package.json (Placed). */
interface PackageFacts {
  readonly packageName: string | null;
  readonly dependencies: ReadonlySet<string>;
}

/** A folder's nearest package.json, as the pass reads it. */
interface FolderPackage extends PackageFacts {
  readonly kind: ProgramKind;
}

const NO_PACKAGE: FolderPackage = {
  kind: 'application',
  packageName: null,
  dependencies: new Set(),
};

function readPackageJson(dir: string): string | null {
  try {
    return readFileSync(join(dir, 'package.json'), 'utf8');
  } catch {
    return null;
  }
}

/** undefined: no file; null: a file that is not a JSON object. */
function parsePackage(text: string | null): Record<string, unknown> | null | undefined {
  if (text === null) return undefined;
  try {
    const j: unknown = JSON.parse(text);
    return j !== null && typeof j === 'object' ? (j as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const DEPENDENCY_FIELDS = [
  'dependencies',
  'devDependencies',
  'peerDependencies',
  'optionalDependencies',
];

function packageFactsOf(o: Record<string, unknown> | null): PackageFacts {
  const dependencies = new Set<string>();
  if (o === null) return { packageName: null, dependencies };
  for (const field of DEPENDENCY_FIELDS) {
    const d = o[field];
    if (d !== null && typeof d === 'object') for (const k of Object.keys(d)) dependencies.add(k);
  }
  return { packageName: typeof o.name === 'string' ? o.name : null, dependencies };
}

/** The package's name and the packages it declares in any dependency field. */
export function packageFacts(text: string): PackageFacts {
  return packageFactsOf(parsePackage(text) ?? null);
}

/**
 * A package.json's kind: an application when it is `private`, has a `bin`, depends on
 * `electron`, or has none of `main`/`module`/`exports` (nothing can import it); otherwise a
 * library, unless (candidate AK, given the package's folder) its `main` file there exports
 * nothing or its `start` script runs that file (serverAppEntry). One that does not parse is taken
 * for a library (the answer that drops nothing).
 */
export function packageKind(text: string, dir?: string): ProgramKind {
  const o = parsePackage(text);
  return o === null || o === undefined ? 'library' : kindOfPackage(o, dir);
}

function kindOfPackage(o: Record<string, unknown>, dir?: string): ProgramKind {
  if (o.private === true || o.bin !== undefined) return 'application';
  // An Electron app (candidate E): its `main` is the main process's entry, which nobody imports.
  const dependsOn = (field: unknown): boolean =>
    field !== null && typeof field === 'object' && Object.hasOwn(field, 'electron');
  if (dependsOn(o.dependencies) || dependsOn(o.devDependencies)) return 'application';
  if (o.main === undefined && o.module === undefined && o.exports === undefined)
    return 'application';
  return dir !== undefined && serverAppEntry(o, dir) ? 'application' : 'library';
}

/** Extensions a `main` may leave out, in the order Node and the TypeScript builds try them. */
const MAIN_EXTENSIONS = ['', '.js', '.ts', '.mjs', '.cjs', '/index.js', '/index.ts'];

/** Any form that makes a module export something (an entry with none is run, not imported). */
const EXPORT_FORM =
  /\bmodule\s*\.\s*exports\b|\bexports\s*[.[]|^\s*export\b|\bObject\.defineProperty\(\s*exports\b|\bdefine\s*\(/m;

/** Block and line comments (a rough cut: enough to tell a file with code from one without). */
const COMMENTS = /\/\*[\s\S]*?\*\/|\/\/[^\n]*/g;

/** What runs a file as a program in a `start` script. */
const RUNNER = /^(?:node|nodemon|ts-node|ts-node-dev|tsx|pm2)$/;

/** Folders a build writes to or sources sit in, set aside when matching `start` with `main`. */
const ENTRY_FOLDERS = new Set(['dist', 'build', 'out', 'lib', 'src']);

/**
 * Candidate AK (scan-corpus/clean/README.md, "A forty-ninth fresh batch and candidate AK"): a
 * package with a `main` is still an application when that file, found in its folder, exports
 * nothing, or when its `start` script runs it with Node (`node dist/server.js` for a `main` of
 * `src/server.ts`): npm writes a `main` into every new package.json, servers included.
 */
function serverAppEntry(o: Record<string, unknown>, dir: string): boolean {
  if (typeof o.main !== 'string' || o.main === '') return false;
  const main = o.main;
  for (const ext of MAIN_EXTENSIONS) {
    let text: string;
    try {
      text = readFileSync(join(dir, main + ext), 'utf8');
    } catch {
      continue;
    }
    // An entry that is only comments ("can be empty if using node-red.nodes") says nothing.
    if (!EXPORT_FORM.test(text) && /\S/.test(text.replace(COMMENTS, ''))) return true;
    break;
  }
  const scripts = o.scripts;
  if (scripts === null || typeof scripts !== 'object') return false;
  const start = (scripts as Record<string, unknown>).start;
  return typeof start === 'string' && startRuns(start, entryName(main));
}

/** `dist/src/server.js` → `server`: the path without `./`, its extension and entry folders. */
function entryName(path: string): string {
  const parts = path
    .replace(/\.(?:[cm]?[jt]s)$/, '')
    .split('/')
    .filter((x) => x !== '' && x !== '.');
  while (parts.length > 1 && ENTRY_FOLDERS.has(parts[0]!)) parts.shift();
  return parts.join('/');
}

/** The `start` script runs, with a Node runner, a file whose entryName is `entry`. */
function startRuns(script: string, entry: string): boolean {
  for (const command of script.split(/&&|\|\||[;|]/)) {
    const words = command.trim().split(/\s+/);
    const at = words.findIndex((w) => RUNNER.test(w));
    if (at === -1) continue;
    for (const w of words.slice(at + 1))
      if (!w.startsWith('-') && entryName(w.replace(/^['"]|['"]$/g, '')) === entry) return true;
  }
  return false;
}

/** Index of the innermost unit around `offset`, or -1 (top level). */
function innermost(units: readonly UnitRec[], offset: number): number {
  let best = -1;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.start <= offset && offset < u.end && (best === -1 || u.start >= units[best]!.start))
      best = i;
  }
  return best;
}

/** The `why` of every finding when a scanned file could not be read (`unreadable`). */
export const BLIND_WHY =
  'the project pass drops nothing in this scan: a scanned file could not be read (listed as skipped), so no call can be counted';

/**
 * The pass a scan's `programKind` option asks for (`'auto'`: each file's nearest package.json);
 * `whyFrom`: with `scan({ why })`, the folder its reasons name files from.
 */
export function projectPassFor(
  kind: 'auto' | ProgramKind | undefined,
  whyFrom: string | null = null,
): ProjectPass {
  return new ProjectPass(kind === undefined || kind === 'auto' ? null : kind, whyFrom);
}

/**
 * Reads one file from disk for the pass; one that does not read makes it unreadable(), one that
 * does not parse is read by its words (`unparsed`).
 */
export function readFileCalls(pass: ProjectPass, abs: string): void {
  let text: string;
  try {
    text = readFileSync(abs, 'utf8');
  } catch {
    // Reported as a scan error by the scan's own loop.
    pass.unreadable();
    return;
  }
  try {
    pass.set(abs, fileCalls(parseFile(text, abs), visitorKeys()));
  } catch {
    pass.unparsed(abs, text);
  }
}
