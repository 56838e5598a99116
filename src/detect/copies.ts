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

/** `module.registerHooks` (Node >= 22.15 / 23.5): synchronous hooks run on the loading thread. */
interface SyncResolveContext {
  parentURL?: string;
}
type SyncResolve = (
  specifier: string,
  context: SyncResolveContext,
  next: (specifier: string, context?: SyncResolveContext) => unknown,
) => unknown;
type RegisterHooks = (hooks: { resolve: SyncResolve }) => { deregister(): void };

/** How `import`s of leakguard are seen: `sync` where Node has `module.registerHooks`. */
export type ImportHooks = 'sync' | 'thread';

/** `sync` when this Node has `module.registerHooks`, else `thread` (`module.register`). */
export function defaultImportHooks(): ImportHooks {
  return typeof (Module as unknown as { registerHooks?: unknown }).registerHooks === 'function'
    ? 'sync'
    : 'thread';
}

/**
 * From now on, tracks the Signal of every copy of leakguard the app loads by name, wherever it
 * is installed (a dependency's own nested `leakguard` included), as it is loaded: `require`
 * through a wrapper of `Module.prototype.require` (synchronous: tracked before the requiring
 * module goes on), `import` (static or dynamic) through a resolve hook that names the
 * importing module; resolution itself is unchanged.
 *
 * - `sync` (where Node has `module.registerHooks`: 22.15+, 23.5+, 24): the hook runs on this
 *   thread, during resolution, and loads the copy's core there (require(esm): the same module
 *   instance the import gets), so its Signal is tracked before the importing graph runs. When
 *   that load throws (a copy with top-level await), the copy is imported as below instead.
 * - `thread` (Node 20: `module.register`): the hook runs on Node's module-hooks thread, which
 *   Node starts for it (60–95 ms more per process at low load, more on a busy machine;
 *   docs/detect.md "Cost and safety"; `LEAKGUARD_COPIES_HOOK=0` leaves it out), and posts
 *   the importing module to this thread, where that copy's core is imported and its Signal
 *   tracked once the import settles: connections made by module top-level code of the graph
 *   that first loads a copy are not seen, later ones are.
 *
 * Copies reached without their package name (a relative path, a bundle) are not found.
 * Installed once per process by the register entry (`hooks` is for benchmarks and tests);
 * returns the function that removes the require wrapper and the sync hook, or closes the
 * channel of the thread hook (which stays, as Node cannot remove it, and no longer reports).
 */
export function trackLoadedCopies(hooks: ImportHooks = defaultImportHooks()): () => void {
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

  /**
   * Set while this copy resolves or loads a copy itself: the sync hook also sees those
   * resolutions (`createRequire(…).resolve('leakguard')` is one), and must let them through.
   */
  let busy = false;

  const ModuleProto = Module.prototype as unknown as {
    require: (this: { filename?: unknown }, id: string) => unknown;
  };
  const origRequire = ModuleProto.require;
  const require = function (this: { filename?: unknown }, id: string): unknown {
    // eslint-disable-next-line prefer-rest-params
    const out: unknown = Reflect.apply(origRequire, this, arguments);
    if (isLeakguard(id) && typeof this?.filename === 'string' && !busy) {
      busy = true;
      try {
        const entry = newCopy(this.filename);
        if (entry !== undefined) adopt(entry, createRequire(entry)(entry) as { Signal?: unknown });
      } catch {
        // not loadable: nothing to track
      } finally {
        busy = false;
      }
    }
    return out;
  };
  Object.defineProperty(require, 'name', { value: origRequire.name, configurable: true });
  Object.defineProperty(require, 'length', { value: origRequire.length, configurable: true });
  ModuleProto.require = require;

  /** The import hooks' part: the copy `leakguard` resolves to from `parentUrl`, loaded. */
  const imported = (parentUrl: string, sync: boolean): void => {
    let entry: string | undefined;
    try {
      entry = newCopy(fileURLToPath(parentUrl));
    } catch {
      return;
    }
    if (entry === undefined) return;
    if (sync) {
      try {
        adopt(entry, createRequire(entry)(entry) as { Signal?: unknown });
        return;
      } catch {
        // not loadable synchronously (top-level await): imported below
      }
    }
    const found = entry;
    import(pathToFileURL(found).href).then(
      (core: { Signal?: unknown }) => adopt(found, core),
      () => {}, // not loadable: nothing to track
    );
  };
  const unrequire = (): void => {
    if (ModuleProto.require === require) ModuleProto.require = origRequire;
  };

  const registerHooks = (Module as unknown as { registerHooks?: RegisterHooks }).registerHooks;
  if (hooks === 'sync' && typeof registerHooks === 'function') {
    let handle: { deregister(): void } | undefined;
    const parents = new Set<string>();
    try {
      handle = registerHooks.call(Module, {
        resolve(specifier, context, next) {
          const result = next(specifier, context);
          const parent = context.parentURL;
          if (
            !busy &&
            isLeakguard(specifier) &&
            typeof parent === 'string' &&
            parent.startsWith('file:') &&
            !parents.has(parent)
          ) {
            parents.add(parent);
            busy = true;
            try {
              imported(parent, true);
            } finally {
              busy = false;
            }
          }
          return result;
        },
      });
    } catch {
      // no module hooks here: copies imported later are not found (required ones still are)
    }
    return () => {
      unrequire();
      handle?.deregister();
      handle = undefined;
    };
  }

  let port: MessagePort | undefined;
  try {
    const channel = new MessageChannel();
    port = channel.port1;
    port.on('message', (parentUrl: unknown) => {
      if (typeof parentUrl === 'string') imported(parentUrl, false);
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
    unrequire();
    port?.close();
  };
}
