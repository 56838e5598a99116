// The project pass's call graph and its two solvers (candidate P of issue #16, candidate CG
// for the graph): which functions each call reaches, across files; then which functions run a
// bounded number of times (solve) and which run per window or per event (solvePerRun, EL′).
// project.ts holds the pass itself; project-calls.ts reads each file; project-explain.ts says why a
// function is not bounded.
import { isBuiltin } from 'node:module';
import { join, sep } from 'node:path';
import { candidatesOf, type ModuleConfig } from './module-config.js';
import { How, type FileCalls, type UnitRec } from './project-calls.js';
import { UNIT_GROUPS } from './project-sites.js';
import { ablated } from './rules/ablate.js';

/** A file placed in the pass's global numbering of units. */
export interface Placed {
  readonly file: string;
  readonly calls: FileCalls;
  /** Index of the file's first unit in the pass's global numbering. */
  readonly base: number;
  readonly library: boolean;
  /** The nearest tsconfig.json's `baseUrl` and `paths` (candidate BU), or null. */
  readonly modules: ModuleConfig | null;
  /**
   * Candidate PK: the `name` of the file's nearest package.json (null: none, or unnamed), and
   * the packages it and every package.json above it declare as dependencies of any kind.
   */
  readonly packageName: string | null;
  readonly dependencies: ReadonlySet<string>;
}

/** The package a non-relative specifier names: `a` of `a/b`, `@s/a` of `@s/a/b`. */
export function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') && parts.length > 1 ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

/**
 * Candidate CG: the call graph the two solvers read. Calls reach functions through groups: one
 * per function (calls the files resolve to it), and per name the calls read by name (every
 * function of the name other files can reach, and a file's own ones for its own calls), the
 * calls `x.m()` (methods and exported functions) and the overrides a `this.m()` may run. A
 * function runs a bounded number of times when every group it belongs to has all its calls in
 * bounded code.
 */
export interface Graph {
  /** Unit g's own group is g; the groups of names are numbered from `total` on. */
  readonly total: number;
  /** Per unit: up to UNIT_GROUPS groups of names its calls may come through (-1: none). */
  readonly unitGroups: Int32Array;
  /** Per group of names (index − total): its units. */
  readonly groupUnits: readonly number[][];
  /** Per site: the unit it stands in (-1: top level), whether in a loop. */
  readonly siteFrom: Int32Array;
  readonly siteLoop: Uint8Array;
  /** The groups site s calls: siteGroups[siteStart[s] … siteStart[s + 1]). */
  readonly siteStart: Int32Array;
  readonly siteGroups: Int32Array;
  /** Per unit: its name is used as a value where the pass cannot count its calls. */
  readonly escaped: Uint8Array;
}

/** The units of group `x`. */
function unitsOf(gr: Graph, x: number): readonly number[] {
  return x < gr.total ? [x] : gr.groupUnits[x - gr.total]!;
}

/** A source file's extension, as an import's path may end. */
const SOURCE_EXT = /\.(?:[cm]?[jt]s|[jt]sx|vue|svelte)$/;

/** A path alias (`@/x`, `~/x`, `#/x`, `@@/x`): resolved when exactly one scanned file ends so. */
const ALIAS = /^(?:@|~|#|@@)\//;

export function buildGraph(files: readonly Placed[], total: number): Graph {
  // Group g < total is unit g's own; the others are made per name (and per file) on first use.
  const groupUnits: number[][] = [];
  // Functions' names as numbers (a call of a name no function has reaches nothing).
  const nameIds = new Map<string, number>();
  const unitName = new Int32Array(total).fill(-1);
  const unitsByName: number[][] = [];
  const unitGroups = new Int32Array(total * UNIT_GROUPS).fill(-1);
  const fileOf = new Int32Array(total);
  const priv = new Uint8Array(total);
  const isCtor = new Uint8Array(total);
  const hasPriv = new Uint8Array(files.length);
  const byPath = new Map<string, number>();
  for (let f = 0; f < files.length; f++) {
    const p = files[f]!;
    byPath.set(p.file, f);
    const units = p.calls.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const g = p.base + i;
      fileOf[g] = f;
      if (u.name !== null) {
        let id = nameIds.get(u.name);
        if (id === undefined) {
          id = unitsByName.length;
          nameIds.set(u.name, id);
          unitsByName.push([]);
        }
        unitName[g] = id;
        unitsByName[id]!.push(g);
        if (u.name.startsWith('new:')) isCtor[g] = 1;
      }
      if (u.priv) {
        priv[g] = 1;
        hasPriv[f] = 1;
      }
    }
  }
  // Groups of names, made on first use: per name, and per file and name.
  const names = unitsByName.length;
  const byNameGroups = new Int32Array(names).fill(-1);
  const memberGroups = new Int32Array(names).fill(-1);
  const overrideGroups = new Int32Array(names).fill(-1);
  const fileGroups = new Map<number, number>();
  const fresh = (groups: Int32Array, id: number): number => {
    let g = groups[id]!;
    if (g === -1) {
      g = groups[id] = total + groupUnits.length;
      groupUnits.push([]);
    }
    return g;
  };
  const freshInFile = (f: number, id: number): number => {
    const key = f * names + id;
    let g = fileGroups.get(key);
    if (g === undefined) {
      g = total + groupUnits.length;
      fileGroups.set(key, g);
      groupUnits.push([]);
    }
    return g;
  };
  // Imports: the file a path names, then what it exports under the imported name.
  let unresolvedAlias = files.some((p) => p.calls.opaque);
  // Each file by its path without the extension, and an index file by its folder too: what an
  // alias's path may end with. Worked out once, and each alias once.
  const stems: [string, number][] = [];
  /** A file by its path without the extension; an index file by its folder. */
  const byStem = new Map<string, number>();
  const byFolder = new Map<string, number>();
  for (const [path, f] of byPath) {
    const dot = path.lastIndexOf('.');
    const stem = dot > path.lastIndexOf(sep) ? path.slice(0, dot) : path;
    stems.push([stem, f]);
    if (!byStem.has(stem)) byStem.set(stem, f);
    if (stem.endsWith(`${sep}index`)) {
      const folder = stem.slice(0, -'/index'.length);
      stems.push([folder, f]);
      if (!byFolder.has(folder)) byFolder.set(folder, f);
    }
  }
  const aliases = new Map<string, number | null>();
  // The common import, `./name` of a file in the importer's own folder: looked up by the
  // folder (one string per file, hashed once) and the short name.
  const inFolder = new Map<string, Map<string, number>>();
  const folderOf: string[] = [];
  for (let f = 0; f < files.length; f++) {
    const path = files[f]!.file;
    const cut = path.lastIndexOf(sep);
    const folder = path.slice(0, cut);
    folderOf.push(folder);
    let m = inFolder.get(folder);
    if (m === undefined) inFolder.set(folder, (m = new Map()));
    const base = path.slice(cut + 1);
    const dot = base.lastIndexOf('.');
    if (!m.has(base)) m.set(base, f);
    if (dot > 0 && !m.has(base.slice(0, dot))) m.set(base.slice(0, dot), f);
  }
  /** The scanned file a path names: itself, with a source extension, or its folder's index. */
  const lookup = (abs: string): number | null => {
    const exact = byPath.get(abs);
    if (exact !== undefined) return exact;
    const dot = abs.lastIndexOf('.');
    const stem = dot > abs.lastIndexOf(sep) && SOURCE_EXT.test(abs) ? abs.slice(0, dot) : abs;
    return byStem.get(stem) ?? byFolder.get(abs) ?? null;
  };
  const resolveFile = (dir: string, spec: string, modules: ModuleConfig | null): number | null => {
    if (spec.startsWith('./') && spec.indexOf('/', 2) === -1 && spec.length > 2) {
      const m = inFolder.get(dir);
      const name = spec.slice(2);
      const hit = m?.get(name) ?? m?.get(name.replace(SOURCE_EXT, ''));
      if (hit !== undefined) return hit;
    }
    if (spec.startsWith('./') || spec.startsWith('../')) {
      // As a bundler or Node.js reads it: the file, the file with a source extension (a `.js`
      // path may name a `.ts` file), else the folder's index.
      const abs =
        spec.startsWith('./') && !spec.includes('/.', 1) && sep === '/'
          ? `${dir}/${spec.slice(2)}`
          : join(dir, spec);
      return lookup(abs);
    }
    // Candidate BU: by the nearest tsconfig.json's `paths` and `baseUrl`, as TypeScript reads it.
    if (modules !== null)
      for (const abs of candidatesOf(modules, spec)) {
        const hit = lookup(abs);
        if (hit !== null) return hit;
      }
    if (ALIAS.test(spec)) {
      const rest = spec.slice(spec.indexOf('/'));
      let hit = aliases.get(rest);
      if (hit === undefined) {
        const hits = new Set<number>();
        for (const [stem, f] of stems) if (stem.endsWith(rest)) hits.add(f);
        hit = hits.size === 1 ? [...hits][0]! : null;
        aliases.set(rest, hit);
      }
      if (hit === null) unresolvedAlias = true;
      return hit;
    }
    return null;
  };
  const importTargets: (number[] | null)[][] = [];
  for (const p of files) {
    const targets: (number[] | null)[] = [];
    const dir = folderOf[importTargets.length]!;
    for (const [spec, name] of p.calls.imports) {
      const f = name === '*' ? null : resolveFile(dir, spec, p.modules);
      let out: number[] | null = null;
      if (f !== null) {
        const t = files[f]!;
        for (const [as, u] of t.calls.exports) if (as === name) (out ??= []).push(t.base + u);
        // An instance, object or literal: the import names no function of the program (IV).
        if (out === null && t.calls.valueExports.includes(name)) out = [];
      }
      targets.push(out);
    }
    importTargets.push(targets);
  }
  // Candidate PK: `x.m()` on an import of a package the program depends on and does not scan
  // runs that package's code, which names no function of the program.
  const workspace = new Set<string>();
  for (const p of files) if (p.packageName !== null) workspace.add(p.packageName);
  const packageSites = (f: number): Set<number> | null => {
    const p = files[f]!;
    if (p.calls.packageCalls.length === 0 || ablated('project.package-calls')) return null;
    const out = new Set<number>();
    for (const [s, i] of p.calls.packageCalls) {
      const spec = p.calls.imports[i]![0];
      if (importTargets[f]![i] !== null || resolveFile(folderOf[f]!, spec, p.modules) !== null)
        continue;
      // `isBuiltin` takes `node:fs` and `fs` alike.
      const name = packageOf(spec);
      if (isBuiltin(spec) || (p.dependencies.has(name) && !workspace.has(name))) out.add(s);
    }
    return out;
  };
  const siteFrom: number[] = [];
  const siteLoop: number[] = [];
  const siteStart: number[] = [0];
  const siteGroups: number[] = [];
  for (let f = 0; f < files.length; f++) {
    const p = files[f]!;
    const imports = importTargets[f]!;
    const sites = p.calls.sites;
    const external = packageSites(f);
    for (let s = 0; s < sites.length; s++) {
      const [name, unit, loop, how, ref] = sites[s]!;
      if (external?.has(s) === true) continue;
      // Most calls name no function of the program (`push`, `log`, a library's methods).
      const t = how === How.Import ? (imports[ref] ?? null) : null;
      const id = nameIds.get(name) ?? -1;
      if (
        (how === How.Name || how === How.Member || (how === How.Import && t === null)) &&
        id === -1
      )
        continue;
      const before = siteGroups.length;
      if (how === How.Member) siteGroups.push(fresh(memberGroups, id));
      else if (how === How.Unit) {
        if (ref !== -1) siteGroups.push(p.base + ref);
      } else if (how === How.ThisOwn) {
        siteGroups.push(p.base + ref);
        if (id !== -1) siteGroups.push(fresh(overrideGroups, id));
      } else if (t !== null) {
        // What the import names: its constructor for `new X()`, its function for `X()`.
        const ctor = name.startsWith('new:');
        for (const g of t) if (isCtor[g] === (ctor ? 1 : 0)) siteGroups.push(g);
      } else siteGroups.push(fresh(byNameGroups, id), freshInFile(f, id));
      if (siteGroups.length === before) continue;
      siteFrom.push(unit === -1 ? -1 : p.base + unit);
      siteLoop.push(loop ? 1 : 0);
      siteStart.push(siteGroups.length);
    }
  }
  // Uses as values.
  const escaped = new Uint8Array(total);
  // Names used as values: by every file for the functions other files can reach, and by a file
  // for its own (each name once: a common name would otherwise cost its functions per file).
  const anyFile = new Uint8Array(names);
  /** Names of classes with a constructor of their own (`new:C`). */
  const ctors = new Set<string>();
  for (const n of nameIds.keys()) if (n.startsWith('new:')) ctors.add(n.slice(4));
  const ownFile: (Set<number> | null)[] = new Array<Set<number> | null>(files.length).fill(null);
  const valueId = (f: number, id: number | undefined, own: boolean): void => {
    if (id === undefined) return;
    anyFile[id] = 1;
    if (own && hasPriv[f] === 1) (ownFile[f] ??= new Set()).add(id);
  };
  const valueName = (f: number, name: string, own: boolean): void => {
    valueId(f, nameIds.get(name), own);
    if (ctors.has(name)) valueId(f, nameIds.get(`new:${name}`), own);
  };
  for (let f = 0; f < files.length; f++) {
    const p = files[f]!;
    for (const name of p.calls.escapes) valueName(f, name, true);
    for (const name of p.calls.memberEscapes) valueName(f, name, false);
    for (const u of p.calls.unitEscapes) escaped[p.base + u] = 1;
    for (const [i, name] of p.calls.importEscapes) {
      const t = importTargets[f]![i];
      if (t === null || t === undefined) valueName(f, name, true);
      else for (const g of t) escaped[g] = 1;
    }
  }
  for (let id = 0; id < names; id++)
    if (anyFile[id] === 1) for (const g of unitsByName[id]!) if (priv[g] === 0) escaped[g] = 1;
  for (let f = 0; f < files.length; f++) {
    const own = ownFile[f];
    if (own === null || own === undefined) continue;
    const p = files[f]!;
    for (let i = 0; i < p.calls.units.length; i++)
      if (priv[p.base + i] === 1 && own.has(unitName[p.base + i]!)) escaped[p.base + i] = 1;
  }
  if (unresolvedAlias)
    for (const p of files) for (const u of p.calls.exportEscapes) escaped[p.base + u] = 1;
  // Groups: a file's own function that escapes (`return { init }`) may be called by any name
  // from anywhere, so it is read as every other function is: by name.
  for (let f = 0; f < files.length; f++) {
    const p = files[f]!;
    const units = p.calls.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (u.name === null) continue;
      const g = p.base + i;
      const k = g * UNIT_GROUPS;
      const id = unitName[g]!;
      if (priv[g] === 1 && escaped[g] === 0) unitGroups[k] = freshInFile(f, id);
      else {
        unitGroups[k] = fresh(byNameGroups, id);
        unitGroups[k + 1] = fresh(memberGroups, id);
      }
      if (u.superMethod)
        unitGroups[k + (unitGroups[k + 1] === -1 ? 1 : 2)] = fresh(overrideGroups, id);
      for (let j = k; j < k + UNIT_GROUPS && unitGroups[j] !== -1; j++)
        groupUnits[unitGroups[j]! - total]!.push(g);
    }
  }
  return {
    total,
    unitGroups,
    groupUnits,
    siteFrom: Int32Array.from(siteFrom),
    siteLoop: Uint8Array.from(siteLoop),
    siteStart: Int32Array.from(siteStart),
    siteGroups: Int32Array.from(siteGroups),
    escaped,
  };
}

/**
 * Candidate EL′: the units that run per window or per event. Seeds: units that make a
 * `BrowserWindow` or are a registration's callback, and functions passed by name as listeners;
 * then every unit such a unit calls (in any file, through the call graph) and every unit nested
 * in it. Only read when some file has registrations on Electron's process-wide objects
 * (electron.ts); calls read by name make it generous (a common name called per event makes every
 * function of that name per-run), which keeps findings.
 */
export function solvePerRun(files: readonly Placed[], gr: Graph): Uint8Array {
  const per = new Uint8Array(gr.total);
  if (!files.some((p) => p.calls.electron.length > 0)) return per;
  const unitsNamed = new Map<string, number[]>();
  const nested = new Map<number, number[]>();
  const sitesIn = new Map<number, number[]>();
  for (let i = 0; i < gr.siteFrom.length; i++) append(sitesIn, gr.siteFrom[i]!, i);
  const work: number[] = [];
  const listeners = new Set<string>();
  for (const p of files) {
    const units = p.calls.units;
    for (const l of p.calls.listeners) listeners.add(l);
    // Nesting, from the units in source order: the innermost open unit holds the next one.
    const order = units.map((_, i) => i).sort((a, b) => units[a]!.start - units[b]!.start);
    const open: number[] = [];
    for (const i of order) {
      const u = units[i]!;
      while (open.length > 0 && units[open.at(-1)!]!.end <= u.start) open.pop();
      if (open.length > 0) append(nested, p.base + open.at(-1)!, p.base + i);
      if (u.end > u.start) open.push(i);
      if (u.name !== null) append(unitsNamed, u.name, p.base + i);
      if (u.perRun) work.push(p.base + i);
    }
  }
  for (const l of listeners) for (const g of unitsNamed.get(l) ?? []) work.push(g);
  while (work.length > 0) {
    const g = work.pop()!;
    if (per[g] === 1) continue;
    per[g] = 1;
    for (const c of nested.get(g) ?? []) work.push(c);
    for (const s of sitesIn.get(g) ?? [])
      for (let i = gr.siteStart[s]!; i < gr.siteStart[s + 1]!; i++)
        for (const u of unitsOf(gr, gr.siteGroups[i]!)) work.push(u);
  }
  return per;
}

/** Appends `v` to the list `m` holds under `k`. */
function append<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l === undefined) m.set(k, [v]);
  else l.push(v);
}

/**
 * Least fixpoint of "runs a bounded number of times", over every unit of every file, in time
 * linear in the units, sites and groups: each group counts its call sites that stand in code
 * not yet known to be bounded, and a function qualifies when every group it is in reaches zero.
 */
export function solve(files: readonly Placed[], gr: Graph): Uint8Array {
  const total = gr.total;
  const bounded = new Uint8Array(total);
  const groups = gr.total + gr.groupUnits.length;
  /** Per group: its call sites in code not yet known to be bounded; -1: never (one is in a loop). */
  const pending = new Int32Array(groups);
  const called = new Uint8Array(groups);
  /** Calling unit (-1: top level) → its call sites outside loops. */
  const sitesIn = new Map<number, number[]>();
  for (let s = 0; s < gr.siteFrom.length; s++) {
    for (let i = gr.siteStart[s]!; i < gr.siteStart[s + 1]!; i++) {
      const g = gr.siteGroups[i]!;
      called[g] = 1;
      if (gr.siteLoop[s] === 1) pending[g] = -1;
      else if (pending[g]! !== -1) pending[g]!++;
    }
    if (gr.siteLoop[s] === 0) append(sitesIn, gr.siteFrom[s]!, s);
  }
  /** Calling unit (-1: top level) → its on-the-spot and once callbacks, outside loops. */
  const callbacksIn = new Map<number, number[]>();
  const rec = new Array<UnitRec>(total);
  const library = new Uint8Array(total);
  for (const p of files) {
    const units = p.calls.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const g = p.base + i;
      rec[g] = u;
      if (p.library) library[g] = 1;
      if (u.caller !== null && !u.callerLoop)
        append(callbacksIn, u.caller === -1 ? -1 : p.base + u.caller, g);
    }
  }
  /** A named function no library caller or value use can call uncounted, all of whose calls are counted. */
  const ready = (g: number): boolean => {
    const u = rec[g]!;
    if (u.caller !== null || u.name === null || (library[g] === 1 && u.api)) return false;
    if (gr.escaped[g] === 1) return false;
    if (pending[g] !== 0) return false;
    let any = called[g] === 1;
    for (let k = g * UNIT_GROUPS; k < (g + 1) * UNIT_GROUPS; k++) {
      const x = gr.unitGroups[k]!;
      if (x === -1) break;
      if (pending[x] !== 0) return false;
      if (called[x] === 1) any = true;
    }
    return any;
  };
  // Worklist: start from top-level code, then follow each new bounded unit's calls.
  const work: number[] = [];
  const settle = (from: number): void => {
    for (const cb of callbacksIn.get(from) ?? []) work.push(cb);
    for (const s of sitesIn.get(from) ?? [])
      for (let i = gr.siteStart[s]!; i < gr.siteStart[s + 1]!; i++) {
        const x = gr.siteGroups[i]!;
        const n = pending[x]!;
        if (n <= 0) continue;
        pending[x] = n - 1;
        if (n !== 1) continue;
        if (x < gr.total) {
          if (bounded[x] === 0 && ready(x)) work.push(x);
        } else
          for (const g of gr.groupUnits[x - gr.total]!)
            if (bounded[g] === 0 && ready(g)) work.push(g);
      }
  };
  settle(-1);
  while (work.length > 0) {
    const g = work.pop()!;
    if (bounded[g] === 1) continue;
    bounded[g] = 1;
    settle(g);
  }
  return bounded;
}
