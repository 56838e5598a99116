/**
 * The modules the app may load that the finder hooks when they load (ws, eventemitter2, RxJS 7
 * and 6, mitt, nanoevents), and the hooks that see them load: a wrapper of
 * `Module.prototype._compile` for CommonJS files, the module cache as a fallback, and the load
 * hook of esm-libraries.ts for the ES module builds of mitt and nanoevents. Held by hooks.ts
 * with the first tracker and by leakguard/testing from its import (`holdLibraryHooks`).
 */
import Module, { createRequire } from 'node:module';
import { ItemKind } from './liveness.js';
import type { ReceiverType } from './tracker.js';
import { keepNameAndLength, note, patch, restores, trackers } from './feed.js';
import type { AnyFn } from './feed.js';
import { hookLibraryImports, LIBRARY_HOOK } from './esm-libraries.js';
import type { LibraryName } from './esm-libraries.js';

/**
 * Modules the app may load that are hooked when they are: we never load them ourselves (that
 * would load https and more in an app that does not use them).
 *
 * - `ws`: every WebSocket (server or client side) passes through `setSocket` once its
 *   connection is established.
 * - `eventemitter2` (moleculer's local bus, NestJS's event emitter…): its listeners, as
 *   Node's EventEmitter's are (see `trackEventEmitter2`).
 * - `rxjs` 7: the subscriptions the app makes (`Observable.prototype.subscribe`, see
 *   `trackRx`). Node always loads its CommonJS build, for `import` too (its exports map puts the
 *   `node` condition first). RxJS 6's `rxjs/internal/Observable.js` (the build Node loads of
 *   it: its package has no exports map, and `main` is CommonJS) is patched the same way: its
 *   `subscribe` also returns the Subscriber, `closed` once it ends, and its operators subscribe
 *   upstream inside it.
 * - `mitt` (its CommonJS build, `dist/mitt.js`): the factory it exports is replaced by one that
 *   wraps each emitter's `on` (see `wrapFactory`). Its ES module build, and nanoevents (ESM
 *   only), are rewritten as they load instead (esm-libraries.ts).
 *
 * These are CommonJS files, patched as they finish loading, before the module that loads them
 * gets their exports (`hookModuleLoading`): a `require` from CommonJS, and an `import` from ESM
 * too (Node 20 and 24 load a CommonJS file an ES module imports through the same CommonJS
 * loader). What was loaded before the hooks installed, or loaded without that loader, is found
 * in the module cache (`pollModules`), and patched from then on (for mitt, only for the modules
 * that require it later: a factory already handed out cannot be wrapped). Each loaded copy is
 * patched once.
 */
const wsPatched = new WeakSet<object>();
const ee2Patched = new WeakSet<object>();
const rxPatched = new WeakSet<object>();
let moduleCacheSize = -1;

const WS_FILE = /[\\/]ws[\\/]lib[\\/]websocket\.js$/;
const EE2_FILE = /[\\/]eventemitter2[\\/]lib[\\/]eventemitter2\.js$/;
const RX_FILE = /[\\/]rxjs[\\/]dist[\\/]cjs[\\/]internal[\\/]Observable\.js$/;
const RX6_FILE = /[\\/]rxjs[\\/]internal[\\/]Observable\.js$/;
const MITT_FILE = /[\\/]mitt[\\/]dist[\\/]mitt\.js$/;

/**
 * Patches a module when `filename` is one of those above (four `endsWith` otherwise): mitt's
 * while the library hooks are held (its emitters are wrapped for the finders to come), the
 * others only while a tracker is attached (their prototypes are restored when the last goes).
 */
function loaded(filename: string, mod: { exports?: unknown } | undefined): void {
  if (mod === undefined) return;
  if (filename.endsWith('mitt.js')) {
    if (MITT_FILE.test(filename)) wrapMittModule(mod);
    return;
  }
  if (trackers.length === 0) return;
  if (filename.endsWith('websocket.js')) {
    if (WS_FILE.test(filename)) trackWs(mod.exports);
  } else if (filename.endsWith('eventemitter2.js')) {
    if (EE2_FILE.test(filename)) trackEventEmitter2(mod.exports);
  } else if (
    filename.endsWith('Observable.js') &&
    (RX_FILE.test(filename) || RX6_FILE.test(filename))
  ) {
    trackRx(mod.exports);
  }
}

/**
 * RxJS 7 (and 6, whose `subscribe` has the same shape): every subscription goes through `Observable.prototype.subscribe` (Subject and its
 * kin inherit it and override only `_subscribe`), which returns the Subscriber that is the
 * subscription (`closed` once unsubscribed, completed or errored). One per app call is noted:
 * the subscribes rxjs makes while one runs (each operator of a `pipe()` subscribes upstream,
 * synchronously) are passed through with a depth count, so the wrapper is the outermost frame
 * and the site is the app's `.subscribe(` line. The cost of that count is that a subscribe the
 * app itself makes while another runs (in a `new Observable(fn)`'s `fn`, or in a callback a
 * BehaviorSubject calls at once with its value) is not noted either. Subscribes rxjs makes
 * later, outside any (a `mergeMap`'s inner observables, as values come), are noted, at the
 * app's frame that caused them.
 *
 * The receiver is the observable at the root of the chain subscribed to (following `source`
 * through `pipe()` and `asObservable()`): the object a `pipe()` returns is garbage once
 * subscribed, while the Subject upstream keeps the subscription. Its constructor names the
 * group (`Subject`, `BehaviorSubject`, `Observable` for a cold one).
 */
let rxDepth = 0;

function trackRx(exports: unknown): void {
  const O = (exports as { Observable?: unknown } | undefined)?.Observable;
  const P = (O as { prototype?: Record<string, AnyFn> } | undefined)?.prototype;
  if (typeof O !== 'function' || !P || rxPatched.has(P) || typeof P.subscribe !== 'function')
    return;
  rxPatched.add(P);
  const orig = P.subscribe;
  const subscribe = function (this: object) {
    // Inside an outer subscribe (rxjs's own), or with no finder left: the original, as it came.
    // eslint-disable-next-line prefer-rest-params
    if (rxDepth !== 0 || trackers.length === 0) return Reflect.apply(orig, this, arguments);
    rxDepth++;
    let s: unknown;
    try {
      // eslint-disable-next-line prefer-rest-params
      s = Reflect.apply(orig, this, arguments);
    } finally {
      rxDepth--;
    }
    if (s !== null && typeof s === 'object') noteRx(this, s, subscribe);
    return s;
  };
  patch(P, 'subscribe', subscribe);
  restores.push(() => rxPatched.delete(P));
}

function noteRx(observable: object, subscriber: object, above: AnyFn): void {
  let root = observable;
  try {
    // Bounded: a hand-made `source` cycle must not hang the app.
    for (let i = 0; i < 64; i++) {
      const up = (root as { source?: unknown }).source;
      if (up === null || typeof up !== 'object') break;
      if (typeof (up as { subscribe?: unknown }).subscribe !== 'function') break;
      root = up;
    }
  } catch {
    return; // a getter that throws: not ours to report
  }
  note('rx-subscription', ItemKind.Rx, root, null, root, subscriber, above);
}

/**
 * The hooks that see libraries as the app loads them: the `_compile` wrapper below (CommonJS),
 * the load hook of esm-libraries.ts (the ES module builds of mitt and nanoevents) and the
 * function that hook's rewritten modules call (`LIBRARY_HOOK`). Held by every installed set of
 * tracker hooks, and by `leakguard/testing` from its import (its emitters must be wrapped when
 * the code under test loads mitt, before any `expectNoLeaks` starts); each hold returns its
 * release, and the last release removes them all (the module-hooks thread's hook of Node 20,
 * which Node cannot remove, is switched off instead). What they wrapped stays, and notes
 * nothing while no tracker is attached.
 */
let libraryHolds = 0;
let unhookLibraries: (() => void) | null = null;

export function holdLibraryHooks(): () => void {
  if (libraryHolds++ === 0) {
    const undo: (() => void)[] = [hookModuleLoading(), hookLibraryImports()];
    const g = globalThis as unknown as Record<symbol, unknown>;
    const hook = (name: LibraryName, factory: unknown): unknown => wrapFactory(name, factory);
    Object.defineProperty(g, LIBRARY_HOOK, { value: hook, configurable: true, writable: true });
    undo.push(() => {
      if (g[LIBRARY_HOOK] === hook) Reflect.deleteProperty(g, LIBRARY_HOOK);
    });
    moduleCacheSize = -1;
    pollModules();
    unhookLibraries = () => {
      while (undo.length > 0) undo.pop()!();
      // mitt's CommonJS exports go back to the factory it made (a wrapper handed out stays).
      for (const [mod, orig] of mittModules) {
        const m = mod.deref();
        if (m !== undefined && m.exports === factoryWrappers.get(orig)) m.exports = orig;
      }
      mittModules.clear();
      moduleCacheSize = -1;
    };
  }
  let held = true;
  return () => {
    if (!held) return;
    held = false;
    if (--libraryHolds === 0) {
      unhookLibraries?.();
      unhookLibraries = null;
    }
  };
}

/**
 * Wraps `Module.prototype._compile`, which runs a CommonJS file's code: once it returns, the
 * module's `exports` are what its requirer is about to get, and it is given the resolved file
 * name. It runs once per module loaded (not per `require` of a cached one), for every way
 * into Node's CommonJS loader: `require`, `Module._load`, an ES module's static or dynamic
 * `import` of a CommonJS file (checked on Node 20.20 and 24.21, with and without tsx), and
 * loaders that compile through it (tsx's CommonJS hook, pirates). `Module._load` would see the
 * same loads plus every cached `require`, and only the request as written (`./websocket`,
 * `ws`, a path), not the file. `module.registerHooks` (Node 22.15+) sees a file's source
 * before it runs, not its exports: using it would mean rewriting the source. Costs four
 * `endsWith` per loaded module (~25 ns, against ~0.1 ms to load one); never throws into the
 * app, never changes what the module exports beyond the patch. Returns its removal (which
 * leaves it idle when something wrapped `_compile` after us).
 */
function hookModuleLoading(): () => void {
  const MP = (Module as unknown as { prototype?: Record<string, AnyFn> } | undefined)?.prototype;
  const orig = MP?._compile;
  if (MP === undefined || typeof orig !== 'function') return () => {};
  let active = true;
  const _compile = function (this: { exports?: unknown }, content: unknown, filename: unknown) {
    // eslint-disable-next-line prefer-rest-params
    const r: unknown = Reflect.apply(orig, this, arguments);
    if (active && typeof filename === 'string') {
      try {
        loaded(filename, this);
      } catch {
        // Tracking must never break the app.
      }
    }
    return r;
  };
  keepNameAndLength(_compile, orig);
  MP._compile = _compile;
  return () => {
    active = false;
    if (MP._compile === _compile) MP._compile = orig;
  };
}

/**
 * Looks at the CommonJS module cache for the modules above (while the library hooks are held):
 * at each sample, when its size changed since the last look; `all`: whatever its size (when
 * the first tracker attaches: what was loaded before is patched then).
 */
export function pollModules(all = false): void {
  if (libraryHolds === 0) return;
  if (all) moduleCacheSize = -1;
  try {
    const cache = createRequire(import.meta.url).cache;
    const keys = Object.keys(cache);
    if (keys.length === moduleCacheSize) return;
    moduleCacheSize = keys.length;
    for (const k of keys) loaded(k, cache[k]);
  } catch {
    // module cache unavailable: no ws / eventemitter2 / rxjs / mitt tracking
  }
}

/** Receiver types of the emitters mitt and nanoevents return (plain objects: `Object`). */
const MITT_TYPE: ReceiverType = { name: 'mitt' };
const NANO_TYPE: ReceiverType = { name: 'nanoevents' };

/** Factory → its wrapper, one per factory (a module loaded twice hands out the same one). */
const factoryWrappers = new WeakMap<object, AnyFn>();
/** mitt's CommonJS modules whose exports are the wrapper, and the factory they had. */
const mittModules = new Map<WeakRef<{ exports?: unknown }>, object>();

function wrapMittModule(mod: { exports?: unknown }): void {
  const orig = mod.exports;
  if (typeof orig !== 'function' || factoryWrappers.get(orig) === orig) return;
  const w = wrapFactory('mitt', orig);
  if (w === orig) return;
  mod.exports = w;
  mittModules.set(new WeakRef(mod), orig);
}

/**
 * The factory of mitt (`mitt(all?)`) or nanoevents (`createNanoEvents()`), wrapped to wrap the
 * `on` of each emitter it returns (`instrumentMitt`, `instrumentNano`). Every emitter made
 * while the wrapper is in use is instrumented, with or without a tracker attached, so that a
 * finder started later sees its subscriptions (a long-lived bus is made at start-up); the
 * wrapped `on` notes only while a tracker is attached. Same name and length as the factory.
 */
function wrapFactory(name: LibraryName, factory: unknown): unknown {
  if (typeof factory !== 'function') return factory;
  const known = factoryWrappers.get(factory);
  if (known !== undefined) return known;
  const orig = factory as AnyFn;
  const instrument = name === 'mitt' ? instrumentMitt : instrumentNano;
  const wrapper = function (this: unknown) {
    // eslint-disable-next-line prefer-rest-params
    const em: unknown = Reflect.apply(orig, this, arguments);
    try {
      instrument(em);
    } catch {
      // Tracking must never break the app.
    }
    return em;
  };
  keepNameAndLength(wrapper, orig);
  factoryWrappers.set(factory, wrapper);
  factoryWrappers.set(wrapper, wrapper);
  return wrapper;
}

/**
 * mitt: `on(type, handler)` pushes `handler` to `all.get(type)` (a closure over `all`, the Map
 * the emitter exposes). The receiver noted is that Map, which every closure of the emitter
 * holds (`const { on, emit } = mitt()` keeps it, not the object), read by liveness.ts.
 */
function instrumentMitt(em: unknown): void {
  const o = em as { all?: unknown; on?: unknown } | null;
  if (o === null || typeof o !== 'object' || typeof o.on !== 'function') return;
  const all = o.all;
  if (!(all instanceof Map)) return;
  const orig = o.on as AnyFn;
  const on = function (this: unknown, type: unknown, handler: unknown) {
    // eslint-disable-next-line prefer-rest-params
    const r: unknown = Reflect.apply(orig, this, arguments);
    if (trackers.length !== 0 && typeof handler === 'function')
      note('listener', ItemKind.Mitt, all, type, all, handler, on, undefined, MITT_TYPE);
    return r;
  };
  keepNameAndLength(on, orig);
  o.on = on;
}

/**
 * nanoevents: `on(event, cb)` pushes `cb` to `this.events[event]` and returns the function that
 * unbinds it (which replaces the array by a filtered copy). The receiver is the emitter the
 * call was made on (`this`, whose `events` liveness.ts reads anew).
 */
function instrumentNano(em: unknown): void {
  const o = em as { on?: unknown } | null;
  if (o === null || typeof o !== 'object' || typeof o.on !== 'function') return;
  const orig = o.on as AnyFn;
  const on = function (this: unknown, event: unknown, cb: unknown) {
    // eslint-disable-next-line prefer-rest-params
    const r: unknown = Reflect.apply(orig, this, arguments);
    if (
      trackers.length !== 0 &&
      typeof cb === 'function' &&
      this !== null &&
      typeof this === 'object'
    )
      note('listener', ItemKind.NanoEvents, this, event, this, cb, on, undefined, NANO_TYPE);
    return r;
  };
  keepNameAndLength(on, orig);
  o.on = on;
}

function trackWs(exports: unknown): void {
  const P = (exports as { prototype?: Record<string, AnyFn> } | undefined)?.prototype;
  if (!P || wsPatched.has(P) || typeof P.setSocket !== 'function') return;
  wsPatched.add(P);
  const orig = P.setSocket;
  const setSocket = function (this: object, ...args: unknown[]) {
    const r = Reflect.apply(orig, this, args);
    if (trackers.length !== 0)
      note('websocket', ItemKind.WebSocket, null, null, this, undefined, setSocket);
    return r;
  };
  patch(P, 'setSocket', setSocket);
  restores.push(() => wsPatched.delete(P));
}

/**
 * EventEmitter2: every listener goes through `_on(type, listener, prepend, options)`, which
 * stores `listener` as given (a `once`/`many` wrapper for those) unless `options` asks for an
 * async or promisified one, which it makes (`ee2Stored` finds it). `_on` is wrapped to note each
 * registration with a string or symbol event, under the kind `listener` like Node's, with the
 * function stored; the public methods that reach it
 * (`on`/`addListener`, `prependListener`, `once`, `prependOnceListener`, `many`, `prependMany`)
 * are wrapped only to mark where the app's frame is, so that the site is the app's call and not
 * a line of eventemitter2. Liveness reads the stored listeners (`_events`, or `listeners(type)`
 * for a wildcard emitter's tree: liveness.ts).
 */
function trackEventEmitter2(exports: unknown): void {
  const P = (exports as { prototype?: Record<string, AnyFn> } | undefined)?.prototype;
  if (!P || ee2Patched.has(P) || typeof P._on !== 'function') return;
  ee2Patched.add(P);
  let entry: AnyFn | null = null;
  const origOn = P._on;
  const _on = function (
    this: object,
    type: unknown,
    listener: unknown,
    prepend: unknown,
    options: unknown,
  ) {
    // eslint-disable-next-line prefer-rest-params
    const r: unknown = Reflect.apply(origOn, this, arguments);
    if (
      trackers.length !== 0 &&
      (typeof type === 'string' || typeof type === 'symbol') &&
      typeof listener === 'function'
    ) {
      const stored =
        options === undefined ? listener : ee2Stored(this, type, listener, prepend === true, r);
      if (stored !== undefined)
        note('listener', ItemKind.Emitter, this, type, this, stored, entry ?? _on);
    }
    return r;
  };
  patch(P, '_on', _on);
  const publicAdd = (name: string, shared?: string[]): void => {
    const orig = P[name];
    if (typeof orig !== 'function') return;
    const wrapper = function (this: object, ...args: unknown[]) {
      if (entry !== null) return Reflect.apply(orig, this, args) as unknown;
      entry = wrapper;
      try {
        return Reflect.apply(orig, this, args) as unknown;
      } finally {
        entry = null;
      }
    };
    patch(P, name, wrapper, shared);
  };
  publicAdd('on', ['addListener']);
  for (const name of ['prependListener', 'once', 'prependOnceListener', 'many', 'prependMany'])
    publicAdd(name);
  restores.push(() => ee2Patched.delete(P));
}

/**
 * The function eventemitter2's `_on` stored for `listener` registered with `options`
 * (`{ async }`, `{ nextTick }`, `{ promisify }`, `true`, `false`: a wrapper it makes, whose
 * `_origin` is the listener; `{ objectify }` alone: the listener), which is what liveness must
 * look for. With `objectify`, `_on` returned a listener object that holds it (`listener`; its
 * `off()` removes it). Otherwise it is the newest one stored for `type`: the last (the first,
 * prepended) in `_events[type]`, or in the wildcard tree's leaf for `type`. Undefined when what
 * sits there is not it (nothing is then noted), and on any surprise: this never throws.
 */
function ee2Stored(
  em: object,
  type: string | symbol,
  listener: object,
  prepend: boolean,
  returned: unknown,
): object | undefined {
  try {
    if (returned !== em && returned !== null && typeof returned === 'object') {
      const o = returned as { emitter?: unknown; listener?: unknown };
      if (o.emitter === em && typeof o.listener === 'function') return o.listener;
    }
    const e = em as {
      wildcard?: unknown;
      listenerTree?: unknown;
      delimiter?: unknown;
      _events?: unknown;
    };
    let list: unknown;
    if (e.wildcard === true) {
      if (typeof type !== 'string' || typeof e.delimiter !== 'string' || e.delimiter === '')
        return undefined;
      let node = e.listenerTree as Record<string, unknown> | undefined;
      for (const name of type.split(e.delimiter))
        node = node?.[name] as Record<string, unknown> | undefined;
      list = node?._listeners;
    } else {
      list = (e._events as Record<PropertyKey, unknown> | undefined)?.[type];
    }
    const at: unknown =
      typeof list === 'function'
        ? list
        : Array.isArray(list)
          ? list[prepend ? 0 : list.length - 1]
          : undefined;
    if (typeof at !== 'function') return undefined;
    if (at === listener) return at;
    const origin = (listener as { _origin?: unknown })._origin ?? listener;
    return (at as { _origin?: unknown })._origin === origin ? at : undefined;
  } catch {
    return undefined;
  }
}
