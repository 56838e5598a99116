/**
 * Package managers' own processes. `leakguard watch -- npm start` preloads the finder through
 * NODE_OPTIONS, which reaches npm's own node process as well as the app it starts; so does
 * `NODE_OPTIONS=--import=leakguard/register npm start`. npm (npx, `npm exec`), pnpm, yarn and
 * corepack's shims run none of the app's code, so the register entry does nothing in them:
 * no finder (npm's own listeners and timers are not the app's), no report (npm exits after the
 * app, so its empty report would replace the app's LEAKGUARD_REPORT file, and `watch` would
 * list it as one of the app's processes), and no loading of the app's own leakguard. They
 * still pass NODE_OPTIONS on, so the processes they start are instrumented.
 */
import { readFileSync, realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';

/** Names in the package.json of a package manager's install. */
const PACKAGE_MANAGERS: readonly string[] = [
  'npm',
  'pnpm',
  'yarn',
  '@yarnpkg/cli-dist',
  'corepack',
];

/** How many directories up from the main script a package.json with a name is looked for. */
const MAX_LEVELS = 8;

/**
 * The package manager whose entry point `script` (a process's `argv[1]`) is, or undefined.
 * Decided by the `name` of the nearest package.json that has one above the script's real path
 * (`/usr/bin/npm` is a link to `…/node_modules/npm/bin/npm-cli.js`; npx is `npm/bin/npx-cli.js`),
 * and for yarn 2+ by the release file the project carries (`.yarn/releases/yarn-4.x.cjs`).
 * Never throws: a script that cannot be read is not a package manager.
 */
export function packageManagerOf(script: string | undefined): string | undefined {
  if (script === undefined || script === '') return undefined;
  let file: string;
  try {
    file = realpathSync(script);
  } catch {
    return undefined;
  }
  if (file.includes(`${sep}.yarn${sep}releases${sep}`)) return 'yarn';
  let dir = dirname(file);
  for (let i = 0; i < MAX_LEVELS; i++) {
    let name: unknown;
    try {
      name = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown })
        .name;
    } catch {
      name = undefined; // none here (or unreadable): look further up
    }
    if (typeof name === 'string') return PACKAGE_MANAGERS.includes(name) ? name : undefined;
    const up = dirname(dir);
    if (up === dir) break;
    dir = up;
  }
  return undefined;
}
