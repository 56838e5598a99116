import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { buildSources } from '../../detect/support/build.js';

/**
 * Runs `leakguard scan …args` in a child process, in `cwd` (a temp tree): the CLI of the
 * sources transpiled to plain JavaScript (test/detect/support/build.ts, one build shared by
 * every test file and run, which the finder's tests use too), as a user's `npx leakguard scan`
 * runs it, with no loader in the child. Run from src/ through tsx, a run of a small tree took
 * ~1 s of CPU instead of ~0.4 s: the six test files that run the CLI took 75 s of CPU alone,
 * 54 s this way.
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
  return spawnSync(process.execPath, [buildSources().path('cli/main.js'), 'scan', ...args], {
    cwd,
    encoding: 'utf8',
    env: merged,
  });
}
