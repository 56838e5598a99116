/**
 * The ES module builds of the emitter libraries the finder hooks by their factory: mitt's
 * `dist/mitt.mjs` (what `import mitt from 'mitt'` loads) and nanoevents' `index.js` (its only
 * build). An ES module's exports cannot be patched from outside and Node never runs them
 * through `Module.prototype._compile`, so a load hook rewrites these two files, and only them
 * (matched by the end of their URL, as libraries.ts matches CommonJS files by path): their
 * factory is handed, when the module runs, to the function libraries.ts keeps on a global symbol
 * while its hooks are held (`LIBRARY_HOOK`), which returns the wrapper the module then exports.
 * Every other module's load result is passed on as it came (one `endsWith` pair per module).
 *
 * The rewrite keeps every line and column of the library's code (so its source map still
 * applies): mitt's `export default function(` becomes a `const` of the same length, and the
 * line that exports the wrapper goes after the code, before the `sourceMappingURL` comment;
 * nanoevents' `export let createNanoEvents` is reassigned by a line added at the end. A file
 * of another shape (another major version) is left as it is.
 *
 * Two ways to register, chosen by what this Node has:
 * - `module.registerHooks` (Node 22.15+, 23.5+, 24): a synchronous load hook on the loading
 *   thread, removed (`deregister()`) when the finder stops.
 * - `module.register` (Node 20.19+ and older 22): a load hook on Node's module-hooks thread.
 *   Node cannot remove it: when the finder stops, a message makes it pass everything through
 *   (and one re-enables it for the next start), so it is inert after stop. Node starts that
 *   thread for the first hook registered (60–95 ms per process, and each ES module's load then
 *   crosses threads), so it is registered only when `mitt` or `nanoevents` can be resolved
 *   from the app's main script or the working directory; the register entry's own hook for
 *   other copies of leakguard (copies.ts) shares the thread when it runs.
 */
import Module, { createRequire, register } from 'node:module';
import { join } from 'node:path';
import { MessageChannel } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';

/** The global symbol under which libraries.ts keeps `(library, factory) => wrapper`. */
export const LIBRARY_HOOK = Symbol.for('leakguard.detect.libraries');

export type LibraryName = 'mitt' | 'nanoevents';

/** URL endings of the files rewritten (`file:` URLs use `/` on every platform). */
const MITT_MJS = '/mitt/dist/mitt.mjs';
const NANO_JS = '/nanoevents/index.js';

interface LoadResult {
  format?: string | null;
  source?: unknown;
  [k: string]: unknown;
}

/**
 * The load result of `url` with the library's factory handed to the global hook, or the result
 * as it came when `url` is not one of the two files or its source is not of the shape known.
 * Self-contained, no nested functions: its source text is also the module-hooks thread's
 * (`THREAD_HOOKS`), where nothing else of this file exists.
 */
export function rewriteLibraryLoad(url: string, result: LoadResult): LoadResult {
  const mitt = url.endsWith('/mitt/dist/mitt.mjs');
  if (!mitt && !url.endsWith('/nanoevents/index.js')) return result;
  if (result === null || typeof result !== 'object' || result.format !== 'module') return result;
  let source = result.source;
  if (typeof source !== 'string') {
    if (!ArrayBuffer.isView(source) && !(source instanceof ArrayBuffer)) return result;
    source = new TextDecoder().decode(source);
  }
  const text = source as string;
  const hook = "globalThis[Symbol.for('leakguard.detect.libraries')]";
  let code: string;
  let added: string;
  if (mitt) {
    // `export default function(n){…}` (mitt 3): one `const` of the same length instead.
    const at = text.indexOf('export default function(');
    if (at < 0 || text.indexOf('export default', at + 1) >= 0) return result;
    code = text.slice(0, at) + 'const lg$$mitt=function(' + text.slice(at + 24);
    added =
      "Object.defineProperty(lg$$mitt,'name',{value:'default'});" +
      `export default (()=>{try{const h=${hook};` +
      "return typeof h==='function'?h('mitt',lg$$mitt):lg$$mitt}catch{return lg$$mitt}})();";
  } else {
    // `export let createNanoEvents = () => …` (nanoevents 6–9); a `const` would throw on the
    // assignment, which the try catches.
    if (!/^export (let|var|function) createNanoEvents\b/m.test(text)) return result;
    code = text;
    added =
      `try{const h=${hook};if(typeof h==='function')` +
      "createNanoEvents=h('nanoevents',createNanoEvents)}catch{}";
  }
  // Before a trailing source map comment, which must stay the last line to be found.
  const map = /\n\/\/# sourceMappingURL=[^\n]*\s*$/.exec(code);
  const cut = map === null ? code.length : map.index;
  return {
    ...result,
    source: code.slice(0, cut) + '\n;' + added + code.slice(cut),
    shortCircuit: true,
  };
}

/**
 * The module-hooks thread's module (`module.register`), as a data: URL so that it loads the
 * same from dist/ and from the sources. `data.port` switches it on and off.
 */
const THREAD_HOOKS = `
const rewriteLibraryLoad = ${rewriteLibraryLoad.toString()};
let on = true;
export function initialize(data) {
  data.port.on('message', (m) => { on = m === true; });
  data.port.unref();
}
export async function load(url, context, next) {
  const result = await next(url, context);
  if (!on || !(url.endsWith(${JSON.stringify(MITT_MJS)}) || url.endsWith(${JSON.stringify(NANO_JS)}))) return result;
  try { return rewriteLibraryLoad(url, result); } catch { return result; }
}
`;

type SyncLoad = (
  url: string,
  context: object,
  next: (url: string, context?: object) => LoadResult,
) => LoadResult;
type RegisterHooks = (hooks: { load: SyncLoad }) => { deregister(): void };

/** Whether `mitt` or `nanoevents` resolves from one of `from` (files; a directory ends in `/`). */
function resolvable(from: readonly (string | undefined)[]): boolean {
  for (const f of from) {
    if (f === undefined || f === '') continue;
    const req = createRequire(f.endsWith('/') ? join(f, 'noop.js') : f);
    for (const name of ['mitt', 'nanoevents']) {
      try {
        req.resolve(name);
        return true;
      } catch {
        // not installed there
      }
    }
  }
  return false;
}

/** The thread hook, registered once per process (Node cannot remove it); its switch. */
let threadPort: MessagePort | null = null;

/**
 * Starts rewriting the two files as they load; returns the function that stops it. Never
 * throws: where Node has no module hooks, ES module loads of mitt and nanoevents are not seen.
 */
export function hookLibraryImports(
  mode: 'sync' | 'thread' = typeof (Module as unknown as { registerHooks?: unknown })
    .registerHooks === 'function'
    ? 'sync'
    : 'thread',
): () => void {
  const registerHooks = (Module as unknown as { registerHooks?: RegisterHooks }).registerHooks;
  if (mode === 'sync' && typeof registerHooks === 'function') {
    let handle: { deregister(): void } | undefined;
    try {
      handle = registerHooks.call(Module, {
        load(url, context, next) {
          const result = next(url, context);
          if (!url.endsWith(MITT_MJS) && !url.endsWith(NANO_JS)) return result;
          try {
            return rewriteLibraryLoad(url, result);
          } catch {
            return result;
          }
        },
      });
    } catch {
      // no module hooks here
    }
    return () => {
      handle?.deregister();
      handle = undefined;
    };
  }
  try {
    if (threadPort !== null) threadPort.postMessage(true);
    else if (resolvable([process.argv[1], process.cwd() + '/'])) {
      const channel = new MessageChannel();
      threadPort = channel.port1;
      // A background channel: the app's own work keeps the process alive, not this.
      threadPort.unref();
      register(`data:text/javascript,${encodeURIComponent(THREAD_HOOKS)}`, {
        data: { port: channel.port2 },
        transferList: [channel.port2],
      });
    }
  } catch {
    // no module hooks here
  }
  return () => {
    try {
      threadPort?.postMessage(false);
    } catch {
      // closed
    }
  };
}
