import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Runs `leakguard scan …args` from the sources in a child process, in `cwd` (a temp tree). tsx
 * is resolved from the repository, since the scanned tree has no node_modules.
 */
export function scanCli(cwd: string, ...args: string[]): SpawnSyncReturns<string> {
  return scanCliWith({}, cwd, ...args);
}

/** `scanCli` with `env` over the test's environment (a value of undefined removes a variable). */
export function scanCliWith(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
  ...args: string[]
): SpawnSyncReturns<string> {
  const merged: NodeJS.ProcessEnv = { ...process.env, NODE_OPTIONS: '' };
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete merged[k];
    else merged[k] = v;
  }
  return spawnSync(
    process.execPath,
    [
      '--import',
      pathToFileURL(join(repo, 'node_modules/tsx/dist/esm/index.mjs')).href,
      join(repo, 'src/cli/main.ts'),
      'scan',
      ...args,
    ],
    { cwd, encoding: 'utf8', env: merged },
  );
}
