/**
 * Processes the register entry passes over: package managers' own processes, and launchers
 * that run the app in a child process of their own.
 *
 * `leakguard watch -- npm start` preloads the finder through NODE_OPTIONS, which reaches npm's
 * own node process as well as the app it starts; so does
 * `NODE_OPTIONS=--import=leakguard/register npm start`. npm (npx, `npm exec`), pnpm, yarn and
 * corepack's shims run none of the app's code, so the register entry does nothing in them:
 * no finder (npm's own listeners and timers are not the app's), no report (npm exits after the
 * app, so its empty report would replace the app's LEAKGUARD_REPORT file, and `watch` would
 * list it as one of the app's processes), and no loading of the app's own leakguard. They
 * still pass NODE_OPTIONS on, so the processes they start are instrumented.
 *
 * The same holds for launchers whose command-line entry only starts the app in a child node
 * process and relays its signals and exit: tsx's CLI (`tsx app.ts` is `node … app.ts` with
 * tsx's loader, in a child) and nodemon (a supervisor that restarts the app in a child). Only
 * their `bin` scripts are passed over: a launcher's other files never run as a process's main
 * script, and `node --import tsx app.ts` (no CLI) has the app as its main script anyway.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';

/** Names in the package.json of a package manager's install: any of its scripts. */
const PACKAGE_MANAGERS: readonly string[] = [
  'npm',
  'pnpm',
  'yarn',
  '@yarnpkg/cli-dist',
  'corepack',
];

/** Names in the package.json of a launcher's install: the scripts its `bin` names. */
const LAUNCHERS: readonly string[] = ['tsx', 'nodemon'];

/** How many directories up from the main script a package.json with a name is looked for. */
const MAX_LEVELS = 8;

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The nearest package.json with a `name` above `file`: its folder, name and `bin`. */
function nearestPackage(file: string): { dir: string; name: string; bin: unknown } | undefined {
  let dir = dirname(file);
  for (let i = 0; i < MAX_LEVELS; i++) {
    let pkg: { name?: unknown; bin?: unknown } | undefined;
    try {
      pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as typeof pkg;
    } catch {
      pkg = undefined; // none here (or unreadable): look further up
    }
    if (typeof pkg?.name === 'string') return { dir, name: pkg.name, bin: pkg.bin };
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}

/** Whether `file` (a real path) is one of the scripts a package.json's `bin` names. */
function isBin(file: string, dir: string, bin: unknown): boolean {
  const scripts =
    typeof bin === 'string'
      ? [bin]
      : bin !== null && typeof bin === 'object'
        ? Object.values(bin as Record<string, unknown>)
        : [];
  return scripts.some((s) => typeof s === 'string' && real(resolve(dir, s)) === file);
}

/**
 * What the process whose main script is `script` (its `argv[1]`) is, when the register entry
 * passes it over: the name of the package manager, or of the launcher, it is the entry point
 * of; else undefined. Decided by the nearest package.json that has a `name` above the script's
 * real path (`/usr/bin/npm` is a link to `…/node_modules/npm/bin/npm-cli.js`;
 * `node_modules/.bin/tsx` to `tsx/dist/cli.mjs`), and for yarn 2+ by the release file the
 * project carries (`.yarn/releases/yarn-4.x.cjs`). A launcher's script must be one its
 * package.json's `bin` names. Never throws: a script that cannot be read is neither.
 */
export function passedOverAs(script: string | undefined): string | undefined {
  if (script === undefined || script === '') return undefined;
  const file = real(script);
  if (file === undefined) return undefined;
  if (file.includes(`${sep}.yarn${sep}releases${sep}`)) return 'yarn';
  const pkg = nearestPackage(file);
  if (pkg === undefined) return undefined;
  if (PACKAGE_MANAGERS.includes(pkg.name)) return pkg.name;
  if (LAUNCHERS.includes(pkg.name) && isBin(file, pkg.dir, pkg.bin)) return pkg.name;
  return undefined;
}
