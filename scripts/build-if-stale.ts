/**
 * Builds dist/ with tsc only when it is missing or older than what it is built from, so
 * `npm start` is instant after the first time.
 *
 * Who runs it: the arena's entry (examples/arena/main.ts, through `ensureBuilt`) once its
 * flags are parsed and good — not before, so `npm start -- --help` and a usage error answer at
 * once, with no staleness check and no build. It is not an npm `prestart`: npm gives a
 * pre-script none of the arguments after `--` (npm ≥ 7 dropped `npm_config_argv`), so it
 * could not tell `npm start -- --help` from `npm start`. Run by hand
 * (`node --import tsx scripts/build-if-stale.ts`) it builds when stale.
 *
 * Why build at all rather than run the arena from src/ with tsx: the arena imports `leakguard`
 * by package name, which resolves through package.json "exports" to dist/ (a self-reference),
 * exactly as in a user's app with the package installed. Running it from sources would need
 * a loader mapping `leakguard/*` to src/ — and leak-suspect sites would then point into
 * leakguard's own sources, since creation sites skip only frames under `leakguard/dist`.
 *
 * Stale means: dist/ missing; a src/ file whose dist/ .js is missing or older; or a tsconfig
 * newer than the oldest output. A .js left over from a deleted source does not matter.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const CONFIGS = ['tsconfig.json', 'tsconfig.build.json'];

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else yield p;
  }
}

const mtime = (p: string): number => statSync(p).mtimeMs;

/** Why dist/ under `root` needs a build, or null when it is up to date. */
export function whyStale(root: string): string | null {
  const src = join(root, 'src');
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return 'dist/ does not exist';
  let oldestOutput = Infinity;
  for (const file of walk(src)) {
    if (!/\.[mc]?ts$/.test(file) || /\.d\.[mc]?ts$/.test(file)) continue;
    const rel = relative(src, file);
    const out = join(dist, rel.replace(/ts$/, 'js'));
    const shown = (p: string): string => relative(root, p).split(sep).join('/');
    if (!existsSync(out)) return `${shown(out)} does not exist`;
    const built = mtime(out);
    if (mtime(file) > built) return `${shown(file)} changed since ${shown(out)} was built`;
    oldestOutput = Math.min(oldestOutput, built);
  }
  for (const c of CONFIGS) {
    const p = join(root, c);
    if (existsSync(p) && mtime(p) > oldestOutput) return `${c} changed since the last build`;
  }
  return null;
}

/** Runs `build` when dist/ is stale; returns the exit code (0 when nothing was needed). */
export function buildIfStale(
  root: string,
  build: () => number,
  log: (line: string) => void = (l) => console.log(l),
): number {
  const reason = whyStale(root);
  if (reason === null) return 0;
  log(`building dist/ with tsc: ${reason}`);
  return build();
}

/** The repository root: where src/, dist/ and the tsconfigs are. */
export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Builds dist/ under `root` with tsc (tsconfig.build.json) when stale; returns the exit code. */
export function ensureBuilt(root = ROOT, log?: (line: string) => void): number {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  return buildIfStale(
    root,
    () =>
      spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
        cwd: root,
        stdio: 'inherit',
      }).status ?? 1,
    log,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = ensureBuilt();
}
