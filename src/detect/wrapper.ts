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
 * The same holds for launchers whose own process only starts the app in a child node process
 * and relays its signals and exit (read from each one's published sources):
 *
 * - tsx's CLI: `tsx app.ts` is `node … app.ts` with tsx's loader, in a child.
 * - nodemon: a supervisor that restarts the app in a child.
 * - concurrently's CLI: runs each command through `/bin/sh -c` in a child.
 * - pm2: its CLI (`pm2`, `pm2-dev`, `pm2-runtime`, `pm2-docker`, which also hosts the daemon
 *   with `--no-daemon` and in pm2-runtime) and its daemon, `lib/Daemon.js`, which the CLI
 *   spawns detached and which outlives it. The app runs in a child of the daemon, whose main
 *   script is pm2's `lib/ProcessContainerFork.js` (fork mode) or `lib/ProcessContainer.js`
 *   (cluster workers): that process loads the app itself, so it is instrumented.
 * - ts-node, only in its child mode: `ts-node-esm`, or any ts-node bin given `--esm` among
 *   ts-node's own options, runs the app in a child (`ts-node/dist/child/child-entrypoint.js`).
 *   Without it ts-node compiles and runs the app in its own process, which is instrumented.
 *   (ts-node also goes to the child when its tsconfig says `"esm": true`; that is not seen
 *   from the command line, so that parent is still instrumented.)
 *
 * Only a launcher's `bin` scripts (and pm2's daemon) are passed over: its other files never
 * run as a process's main script, and `node --import tsx app.ts` (no CLI) has the app as its
 * main script anyway. Node's own `node --watch app.js` needs nothing: its watching process runs
 * no preload (`--import`, `--require`), only the child that runs the app does.
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

/** Which scripts of a launcher's install run as a process that only starts the app. */
interface Launcher {
  /**
   * Whether the process whose main script is the `bin` script that goes by `names` only
   * launches, given its arguments (`argv[2…]`); always when absent.
   */
  readonly bin?: (names: readonly string[], args: readonly string[]) => boolean;
  /** Scripts beyond its `bin` (relative to the package folder) that only launch. */
  readonly scripts?: readonly string[];
}

/** Launchers by the name in their package.json. */
const LAUNCHERS: ReadonlyMap<string, Launcher> = new Map<string, Launcher>([
  ['tsx', {}],
  ['nodemon', {}],
  ['concurrently', {}],
  // lib/Client.js spawns `node …/lib/Daemon.js` (pm2 4.x to 7.x)
  ['pm2', { scripts: ['lib/Daemon.js'] }],
  // dist/bin.js: `if (esm) payload.shouldUseChildProcess = true` (ts-node 10.7 to 10.9)
  ['ts-node', { bin: (names, args) => names.includes('ts-node-esm') || tsNodeEsm(args) }],
]);

/**
 * ts-node's options that take a value (the next argument, unless written `--opt=value`), as
 * its dist/bin.js declares them to `arg` (String, [String] and its compilerOptions parser).
 */
const TS_NODE_VALUED = new Set([
  '--eval',
  '-e',
  '--require',
  '-r',
  '--cwd',
  '--dir',
  '--compiler',
  '-C',
  '--compilerOptions',
  '--compiler-options',
  '-O',
  '--project',
  '-P',
  '--ignoreDiagnostics',
  '--ignore-diagnostics',
  '-D',
  '--ignore',
  '-I',
  '--transpiler',
  '--scopeDir',
  '--scope-dir',
  '--experimentalSpecifierResolution',
  '--experimental-specifier-resolution',
]);

/**
 * Whether ts-node's arguments carry `--esm` as one of ts-node's own options: before the
 * script (ts-node stops parsing at the first positional argument, and at `--`), not as the
 * value of an option. `-Tr x` is `-T -r x`, as `arg` reads grouped short options.
 */
function tsNodeEsm(args: readonly string[]): boolean {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--esm') return true;
    if (a === '--' || a.length < 2 || !a.startsWith('-')) return false;
    if (a.includes('=')) continue;
    const last = a.startsWith('--') ? a : `-${a.slice(-1)}`;
    if (TS_NODE_VALUED.has(last)) i++;
  }
  return false;
}

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

/**
 * The names `file` (a real path) goes by in a package.json's `bin`: none when it is not one of
 * its scripts; a bin given as one string goes by the package's name.
 */
function binNames(file: string, pkg: { dir: string; name: string; bin: unknown }): string[] {
  const { dir, name, bin } = pkg;
  const entries: [string, unknown][] =
    typeof bin === 'string'
      ? [[name, bin]]
      : bin !== null && typeof bin === 'object'
        ? Object.entries(bin as Record<string, unknown>)
        : [];
  return entries
    .filter(([, s]) => typeof s === 'string' && real(resolve(dir, s)) === file)
    .map(([n]) => n);
}

/**
 * What the process whose main script is `script` (its `argv[1]`), given `args` (its
 * `argv[2…]`), is, when the register entry passes it over: the name of the package manager,
 * or of the launcher, it is the entry point of; else undefined. Decided by the nearest
 * package.json that has a `name` above the script's real path (`/usr/bin/npm` is a link to
 * `…/node_modules/npm/bin/npm-cli.js`; `node_modules/.bin/tsx` to `tsx/dist/cli.mjs`), and for
 * yarn 2+ by the release file the project carries (`.yarn/releases/yarn-4.x.cjs`). A
 * launcher's script must be one its package.json's `bin` names (or pm2's daemon), and for
 * ts-node the arguments must put it in child mode. Never throws: a script that cannot be read
 * is neither.
 */
export function passedOverAs(
  script: string | undefined,
  args: readonly string[] = [],
): string | undefined {
  if (script === undefined || script === '') return undefined;
  const file = real(script);
  if (file === undefined) return undefined;
  if (file.includes(`${sep}.yarn${sep}releases${sep}`)) return 'yarn';
  const pkg = nearestPackage(file);
  if (pkg === undefined) return undefined;
  if (PACKAGE_MANAGERS.includes(pkg.name)) return pkg.name;
  const launcher = LAUNCHERS.get(pkg.name);
  if (launcher === undefined) return undefined;
  const names = binNames(file, pkg);
  if (names.length > 0) return (launcher.bin?.(names, args) ?? true) ? pkg.name : undefined;
  const other = launcher.scripts?.some((s) => real(resolve(pkg.dir, s)) === file) ?? false;
  return other ? pkg.name : undefined;
}
