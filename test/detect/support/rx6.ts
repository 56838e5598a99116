/**
 * RxJS 6, for the tests that check the finder on it. The project's own `rxjs` is 7; 6 is the
 * devDependency `rxjs6` (`npm:rxjs@^6`). The finder recognises RxJS 6 by its path
 * (`…/rxjs/internal/Observable.js`), so the package is copied once per process under the name
 * `rxjs`, into `node_modules/.cache/leakguard-rx6/node_modules/rxjs` (inside the project's
 * `node_modules`, so that what it requires, `tslib@1` nested in the copy, resolves as
 * installed). A symlink would not do: Node loads the real path.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/cached-build.js';

const SOURCE = join(ROOT, 'node_modules', 'rxjs6');

function copyRx6(): string {
  if (!existsSync(join(SOURCE, 'internal', 'Observable.js')))
    throw new Error('rxjs6 (npm:rxjs@^6) is not installed: run npm install');
  const base = join(ROOT, 'node_modules', '.cache', 'leakguard-rx6', String(process.pid));
  const dir = join(base, 'node_modules', 'rxjs');
  rmSync(base, { recursive: true, force: true });
  mkdirSync(join(base, 'node_modules'), { recursive: true });
  cpSync(SOURCE, dir, { recursive: true });
  return dir;
}

let copied: string | undefined;

/** rxjs@6's package directory, laid out as `…/node_modules/rxjs`. */
export function rx6Dir(): string {
  copied ??= copyRx6();
  return copied;
}

/** Removes this process's copy (call from afterAll). */
export function removeRx6(): void {
  if (copied === undefined) return;
  rmSync(join(copied, '..', '..'), { recursive: true, force: true });
  copied = undefined;
}
