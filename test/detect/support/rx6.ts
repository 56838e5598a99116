/**
 * RxJS 6, for the tests that check the finder on it: the project depends on RxJS 7, so 6 comes
 * from an install of its own, never from the project's node_modules.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'vitest';
import { ROOT } from '../../helpers/cached-build.js';

/**
 * rxjs@6's package directory: LEAKGUARD_RX6 when set, else `.ci/rx6` (where .ci/run installs
 * it), else /tmp/rx6 (`npm install --prefix /tmp/rx6 rxjs@6`); undefined when none has it.
 */
export function findRx6(): string | undefined {
  const env = process.env.LEAKGUARD_RX6;
  const candidates =
    env !== undefined && env !== ''
      ? [env]
      : [join(ROOT, '.ci', 'rx6', 'node_modules', 'rxjs'), '/tmp/rx6/node_modules/rxjs'];
  return candidates.find((d) => existsSync(join(d, 'internal', 'Observable.js')));
}

export const RX6 = findRx6();

const MISSING =
  'rxjs@6 is not installed: npm install --no-save --no-package-lock --prefix .ci/rx6 rxjs@6 ' +
  '(or set LEAKGUARD_RX6 to its package directory)';

/**
 * `it` for tests that need RxJS 6: skipped with one warning per file when it is missing, and
 * failing under CI (CI=true), where a lost install must not go green by skipping.
 */
export function itRx6(): (name: string, fn: () => Promise<void>, timeout?: number) => void {
  if (RX6 !== undefined) return (name, fn, timeout) => it(name, fn, timeout);
  if (process.env.CI === 'true')
    return (name) =>
      it(name, () => {
        throw new Error(MISSING);
      });
  console.warn(MISSING);
  return (name, fn) => it.skip(name, fn);
}
