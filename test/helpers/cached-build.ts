/**
 * Builds for child processes in tests and benches: TypeScript transpiled file by file (imports
 * already carry .js suffixes) into node_modules/.cache, where bare imports (ws, commander)
 * still resolve, so a child runs plain JavaScript as a user's app would, with no loader.
 *
 * Each build lives in a directory named by a hash of its inputs: parallel test files share
 * one build, and a build is written to a temporary directory that is renamed into place, so
 * no worker ever sees a half-written one.
 *
 * The cache is bounded: every edit of src/ makes a new entry, so each cachedBuild also prunes
 * the entries of its name (once per process) down to the `keep` most recently used. It never
 * removes one used within `minIdleMs`, nor one a live process holds: a process leaves a lease
 * file, `<hash>.<pid>-<thread>.lease`, beside each entry it uses (written before it looks for
 * the entry, removed on a normal exit), so a concurrent run — another worktree sharing this
 * node_modules, a watch session — keeps its build. A killed process (vitest may end its workers
 * so) leaves its leases, which count for nothing once its pid is gone. Removal renames the entry
 * away first, so no one ever sees half of a removed entry; leftovers of dead processes (leases,
 * temporary and renamed-away directories) are swept.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
// The scanner's lazy loader: TypeScript is loaded on the first transpile, not on import. Most
// files that import this one only want ROOT or a built entry, and loading typescript costs
// ~1 s of CPU in each test file (vitest gives each its own process).
import { loadTypeScript } from '../../src/scan/parse.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files under `dir` (recursively) that `keep` accepts; [] when `dir` does not exist. */
export function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

/** TypeScript sources, without declarations and tests. */
export const isSource = (p: string): boolean =>
  p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.test.ts');

/** Transpiles one TypeScript file to `target` (ES2022 module, no type check). */
export function transpileTo(file: string, target: string): void {
  const ts = loadTypeScript();
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      sourceMap: false,
    },
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out.outputText);
}

export interface CacheOptions {
  /** Where the builds go, one folder per name. @default ROOT/node_modules/.cache */
  cacheDir?: string;
  /** Entries of a name kept, most recently used first. @default 4 */
  keep?: number;
  /**
   * An entry used (by anyone) within this long is never removed: the margin for a process that
   * holds no lease (a checkout whose cached-build.ts predates leases, sharing node_modules).
   * @default 6 hours
   */
  minIdleMs?: number;
}

const ENTRY = /^[0-9a-f]{16}$/;
/**
 * `<hash>.<pid>-<thread>.(lease|tmp|trash)`: a lease, a build under way, a removal under way
 * (`<hash>.<pid>.tmp`: a build of this file's earlier version).
 */
const OWNED = /^([0-9a-f]{16})\.(\d+)(?:-\d+)?\.(lease|tmp|trash)$/;
const SELF = `${process.pid}-${threadId}`;

/** True while process `pid` runs (EPERM: it runs, as someone else). */
function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * This process's lease files, removed when it exits normally (one listener, added with the
 * first); a killed process leaves them, and pruneCache sweeps them once its pid is gone.
 */
const leases = new Set<string>();
function removeLeases(): void {
  for (const l of leases) rmSync(l, { force: true });
  leases.clear();
}
function lease(dir: string, hash: string): void {
  const file = join(dir, `${hash}.${SELF}.lease`);
  writeFileSync(file, '');
  if (leases.size === 0) process.once('exit', removeLeases);
  leases.add(file);
}

/** Hashes of `dir` held by a lease of a live process. */
function leased(dir: string): Set<string> {
  const out = new Set<string>();
  for (const f of readdirSync(dir)) {
    const m = OWNED.exec(f);
    if (m?.[3] === 'lease' && isAlive(Number(m[2]))) out.add(m[1] as string);
  }
  return out;
}

export interface PruneResult {
  /** Entries removed. */
  removed: string[];
  /** Leftovers of dead processes removed (leases, temporary and renamed-away directories). */
  swept: string[];
}

/**
 * Removes the entries of `dir` (one name's folder) beyond the `keep` most recently used, except
 * those used within `minIdleMs` and those a live process holds a lease on; and what dead
 * processes left behind. Safe to run beside other processes using or pruning the same folder.
 */
export function pruneCache(
  dir: string,
  { keep = 4, minIdleMs = 6 * 3_600_000 }: Omit<CacheOptions, 'cacheDir'> = {},
): PruneResult {
  const result: PruneResult = { removed: [], swept: [] };
  if (!existsSync(dir)) return result;
  for (const f of readdirSync(dir)) {
    const m = OWNED.exec(f);
    if (m === null || isAlive(Number(m[2]))) continue;
    rmSync(join(dir, f), { recursive: true, force: true });
    result.swept.push(f);
  }
  const now = Date.now();
  const entries = readdirSync(dir)
    .filter((f) => ENTRY.test(f))
    .flatMap((f) => {
      try {
        return [{ hash: f, used: statSync(join(dir, f)).mtimeMs }];
      } catch {
        return []; // removed meanwhile by another process
      }
    })
    .sort((a, b) => b.used - a.used);
  const held = leased(dir);
  for (const { hash, used } of entries.slice(keep)) {
    if (now - used < minIdleMs || held.has(hash)) continue;
    const entry = join(dir, hash);
    const trash = join(dir, `${hash}.${SELF}.trash`);
    try {
      renameSync(entry, trash);
    } catch {
      continue; // removed meanwhile by another process
    }
    // A process may have leased it between our look and the rename: give it back. When a new
    // build already took its place, that process uses the new one.
    if (leased(dir).has(hash))
      try {
        renameSync(trash, entry);
        continue;
      } catch {
        /* rebuilt meanwhile */
      }
    rmSync(trash, { recursive: true, force: true });
    result.removed.push(hash);
  }
  return result;
}

/** Folders pruned by this process already: once each is enough. */
const pruned = new Set<string>();

/**
 * Returns <cacheDir>/<name>/<hash of layout and inputs>, calling `write(dir)` to fill it the
 * first time. `layout` names the shape of the output: change it when `write` changes. The
 * entry is leased to this process until it exits, and the name's folder pruned (pruneCache).
 */
export function cachedBuild(
  name: string,
  layout: string,
  inputs: readonly string[],
  write: (dir: string) => void,
  options: CacheOptions = {},
): string {
  const hash = createHash('sha256').update(layout);
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  const key = hash.digest('hex').slice(0, 16);
  const dir = join(options.cacheDir ?? join(ROOT, 'node_modules', '.cache'), name);
  const base = join(dir, key);
  mkdirSync(dir, { recursive: true });
  lease(dir, key); // before looking: from here on no prune removes it
  for (let attempt = 1; ; attempt++) {
    if (!existsSync(base)) {
      const tmp = join(dir, `${key}.${SELF}.tmp`);
      rmSync(tmp, { recursive: true, force: true });
      write(tmp);
      try {
        renameSync(tmp, base);
      } catch {
        rmSync(tmp, { recursive: true, force: true }); // another worker won the race
      }
    }
    try {
      const now = new Date();
      utimesSync(base, now, now); // the last use, which pruning goes by
      break;
    } catch (e) {
      // a prune that looked before our lease renamed it away (and gives it back, or not)
      if (attempt === 3) throw e;
    }
  }
  if (!pruned.has(dir)) {
    pruned.add(dir);
    pruneCache(dir, options);
  }
  return base;
}

/**
 * Plain-JavaScript build of the given src/ folders (e.g. `['core', 'internal', 'pool']`) for
 * child processes; returns the directory that mirrors src/ (import `<dir>/pool/index.js`).
 */
export function buildSrc(dirs: readonly string[]): string {
  const files = dirs.flatMap((d) => listFiles(join(ROOT, 'src', d), isSource)).sort();
  const base = cachedBuild('leakguard-src-build', 'layout 1', files, (tmp) => {
    for (const f of files)
      transpileTo(
        f,
        join(tmp, 'src', f.slice(join(ROOT, 'src').length + 1).replace(/\.ts$/, '.js')),
      );
    writeFileSync(join(tmp, 'package.json'), '{"type":"module"}');
  });
  return join(base, 'src');
}
