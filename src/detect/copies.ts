/**
 * The app's own copy of leakguard, when the finder was preloaded from another install (a
 * `leakguard watch` installed globally, or `--import` pointing at another checkout, for an app
 * that depends on its own leakguard). Each copy has its own `Signal` class, and the hook on
 * this copy's prototype never sees the other's connections. The register entry looks
 * `leakguard` up as the app would import it — from its main script, then from the working
 * directory — and, when that is another copy, loads its core (no side effects, no Node
 * imports; the same module instance the app gets later, through require(esm)) and hands its
 * Signal to the hooks. Copies loaded some other way (a dependency's own nested leakguard) are
 * not found: docs/detect.md says so.
 */
import { createRequire } from 'node:module';
import { realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { trackSignalClass } from './hooks.js';
import { addOwnRoot } from './stack.js';

/** This copy's root (dist/, or src/ when run from the sources). */
const OWN_ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/**
 * Finds `leakguard` from each of `from` (file paths; a directory is given as `<dir>/`) and
 * tracks the Signal of every copy that is not this one. Returns the roots of the copies found
 * (their `dist/`). Never throws: a copy that cannot be resolved or loaded is skipped.
 */
export function trackOtherCopies(from: readonly (string | undefined)[]): string[] {
  const own = real(OWN_ROOT) + sep;
  const found: string[] = [];
  for (const f of from) {
    if (f === undefined || f === '') continue;
    try {
      const req = createRequire(f.endsWith('/') || f.endsWith(sep) ? join(f, 'noop.js') : f);
      const entry = real(req.resolve('leakguard'));
      // dist/core/index.js → dist/
      const root = dirname(dirname(entry));
      if (entry.startsWith(own) || found.includes(root)) continue;
      const core = req('leakguard') as { Signal?: unknown };
      if (trackSignalClass(core.Signal)) {
        addOwnRoot(root);
        found.push(root);
      }
    } catch {
      // not installed there, or not loadable: nothing to track
    }
  }
  return found;
}
