/**
 * Other copies of leakguard than the one the finder was preloaded from (a `leakguard watch`
 * installed globally, or `--import` pointing at another checkout, for an app that depends on
 * its own leakguard, or on a package that has its own). Each copy has its own `Signal` class,
 * and the hook on this copy's prototype never sees the other's connections. Two ways in, both
 * used by the register entry:
 *
 * - `trackOtherCopies`, before the app loads: looks `leakguard` up as the app would import it
 *   — from its main script, then from the working directory — and, when that is another copy,
 *   loads its core (no side effects, no Node imports; the same module instance the app gets
 *   later, through require(esm)) and hands its Signal to the hooks.
 * - `trackLoadedCopies`, while the app runs: every `require`/`import` of `leakguard` (or a
 *   subpath) by any module, a dependency's included, hands the copy it resolves to the hooks
 *   (a dependency's own nested `leakguard`, which the first way never finds).
 */
import Module, { createRequire, register } from 'node:module';
import { realpathSync } from 'node:fs';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
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

/** Whether `specifier` names leakguard or one of its entry points (`leakguard/testing`…). */
function isLeakguard(specifier: unknown): boolean {
  return (
    typeof specifier === 'string' &&
    (specifier === 'leakguard' || specifier.startsWith('leakguard/'))
  );
}

/**
 * Module hooks (run by Node on its hooks thread): for each `import … from 'leakguard…'`, the
 * importing module's URL, once, to the main thread. Resolution itself is left unchanged. A
 * data: URL, so that the hooks load the same from dist/ and from the sources.
 */
const RESOLVE_HOOKS = `
let port;
const sent = new Set();
export function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  const parent = context.parentURL;
  if ((specifier === 'leakguard' || specifier.startsWith('leakguard/')) &&
      typeof parent === 'string' && parent.startsWith('file:') && !sent.has(parent)) {
    sent.add(parent);
    port.postMessage(parent);
  }
  return result;
}
`;

/**
 * From now on, tracks the Signal of every copy of leakguard the app loads by name, wherever it
 * is installed (a dependency's own nested `leakguard` included), as it is loaded: `require`
 * through a wrapper of `Module.prototype.require` (synchronous: tracked before the requiring
 * module goes on), `import` (static or dynamic) through a resolve hook (`module.register`)
 * that names the importing module to this thread, where that copy's core is imported (the
 * same module instance) and its Signal tracked once the import settles: connections made by
 * module top-level code of the graph that first loads a copy are not seen, later ones are.
 * Copies reached without their package name (a relative path, a bundle) are not found.
 * Installed once per process by the register entry; returns the function that removes the
 * require wrapper and closes the channel (the resolve hook stays, as Node cannot remove it,
 * and no longer reports).
 */
export function trackLoadedCopies(): () => void {
  const seen = new Set<string>();
  const own = real(OWN_ROOT) + sep;
  /** The copy `leakguard` resolves to from `file`, when it is not this one nor seen before. */
  const newCopy = (file: string): string | undefined => {
    try {
      const entry = real(createRequire(file).resolve('leakguard'));
      if (entry.startsWith(own) || seen.has(entry)) return undefined;
      seen.add(entry);
      return entry;
    } catch {
      return undefined; // `leakguard` itself not resolvable from there (only a subpath is)
    }
  };
  const adopt = (entry: string, core: { Signal?: unknown }): void => {
    // dist/core/index.js → dist/
    if (trackSignalClass(core.Signal)) addOwnRoot(dirname(dirname(entry)));
  };

  const ModuleProto = Module.prototype as unknown as {
    require: (this: { filename?: unknown }, id: string) => unknown;
  };
  const origRequire = ModuleProto.require;
  const require = function (this: { filename?: unknown }, id: string): unknown {
    // eslint-disable-next-line prefer-rest-params
    const out: unknown = Reflect.apply(origRequire, this, arguments);
    if (isLeakguard(id) && typeof this?.filename === 'string') {
      const entry = newCopy(this.filename);
      if (entry !== undefined) {
        try {
          adopt(entry, createRequire(entry)(entry) as { Signal?: unknown });
        } catch {
          // not loadable: nothing to track
        }
      }
    }
    return out;
  };
  Object.defineProperty(require, 'name', { value: origRequire.name, configurable: true });
  Object.defineProperty(require, 'length', { value: origRequire.length, configurable: true });
  ModuleProto.require = require;

  let port: MessagePort | undefined;
  try {
    const channel = new MessageChannel();
    port = channel.port1;
    port.on('message', (parentUrl: unknown) => {
      if (typeof parentUrl !== 'string') return;
      let entry: string | undefined;
      try {
        entry = newCopy(fileURLToPath(parentUrl));
      } catch {
        return;
      }
      if (entry === undefined) return;
      import(pathToFileURL(entry).href).then(
        (core: { Signal?: unknown }) => adopt(entry, core),
        () => {}, // not loadable: nothing to track
      );
    });
    // A background channel: the app's own work keeps the process alive, not this.
    port.unref();
    register(`data:text/javascript,${encodeURIComponent(RESOLVE_HOOKS)}`, {
      data: { port: channel.port2 },
      transferList: [channel.port2],
    });
  } catch {
    // no module hooks here: copies imported later are not found (required ones still are)
    port?.close();
    port = undefined;
  }
  return () => {
    if (ModuleProto.require === require) ModuleProto.require = origRequire;
    port?.close();
  };
}
