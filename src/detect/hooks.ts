/**
 * Instrumentation of Node's resource-creating APIs, and of leakguard's own
 * `Signal.prototype.connect` (the events our docs tell apps to use). Each wrapper calls the original first,
 * with the same `this` and arguments, and returns its result untouched; an error thrown by the
 * original propagates as is and nothing is recorded. Tracking runs after the original and is
 * fenced by try/catch: a bug here can never change what the app sees. Listener order is never
 * touched (no listener of ours is added to any app object).
 *
 * Hooks are shared process-wide (one set of wrappers) and feed every installed tracker; they
 * are installed by the first tracker and restored when the last one goes, unless something
 * else has wrapped the same function after us, in which case our wrapper stays and idles.
 */
import { EventEmitter } from 'node:events';
import dc from 'node:diagnostics_channel';
import net from 'node:net';
import timers from 'node:timers';
import Module, { createRequire, syncBuiltinESMExports } from 'node:module';
import { Signal } from '../core/index.js';
import { ItemKind } from './liveness.js';
import type { Item } from './liveness.js';
import type { Group, ReceiverType, ResourceKind, Tracker } from './tracker.js';
import { captureSite } from './stack.js';
import { nativeClearInterval, nativeSetInterval } from '../internal/natives.js';
import type { ResolvedSite } from './stack.js';
import { hookLibraryImports, LIBRARY_HOOK } from './esm-libraries.js';
import type { LibraryName } from './esm-libraries.js';

type AnyFn = (...args: any[]) => any;

const trackers: Tracker[] = [];
const restores: (() => void)[] = [];

/** The trackers currently fed by the hooks (read-only view). */
export function activeTrackers(): readonly Tracker[] {
  return trackers;
}

/** Starts feeding `t`; installs the hooks on first use. */
export function attach(t: Tracker): void {
  if (trackers.includes(t)) return;
  // Before the first tracker is fed: what Node creates for the library hooks (on Node 20, the
  // module-hooks thread, its ports and streams) is not the app's and is not tracked.
  const release = trackers.length === 0 ? holdLibraryHooks() : undefined;
  trackers.push(t);
  if (trackers.length === 1) install(release!);
}

/** Stops feeding `t`; restores the originals when no tracker is left. */
export function detach(t: Tracker): void {
  const i = trackers.indexOf(t);
  if (i < 0) return;
  trackers.splice(i, 1);
  if (trackers.length === 0) uninstall();
}

function note(
  kind: ResourceKind,
  k: ItemKind,
  recv: object | null,
  event: unknown,
  res: object,
  fn: object | undefined,
  above: AnyFn,
  at?: ResolvedSite,
  type?: ReceiverType,
): void {
  try {
    for (let i = 0; i < trackers.length; i++) {
      const t = trackers[i]!;
      const g: Group =
        recv !== null
          ? t.groupFor(kind, recv, event, type)
          : t.resourceGroup(kind, res, event == null ? null : String(event));
      if (g.skip > 1) {
        // not sampled, the common case: Tracker.sample's countdown, without the call
        g.skip--;
        g.calls++;
        continue;
      }
      const w = t.sample(g);
      if (w === 0) continue;
      const item: Item =
        fn === undefined
          ? { k, w, ref: new WeakRef(res) }
          : { k, w, ref: new WeakRef(res), event, fn: new WeakRef(fn) };
      t.record(g, item, above, at);
    }
  } catch {
    // Tracking must never break the app.
  }
}

/** Replaces `obj[key]` with `wrapper`, keeping name, length and own extras (promisify.custom). */
function patch(obj: object, key: string, wrapper: AnyFn, shared?: string[]): void {
  const o = obj as Record<string, unknown>;
  const orig = o[key] as AnyFn;
  for (const k of Reflect.ownKeys(orig)) {
    if (k === 'length' || k === 'name' || k === 'prototype' || k === 'arguments' || k === 'caller')
      continue;
    const d = Object.getOwnPropertyDescriptor(orig, k);
    if (d) Object.defineProperty(wrapper, k, d);
  }
  Object.defineProperty(wrapper, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: orig.length, configurable: true });
  const keys = [key, ...(shared ?? []).filter((k) => o[k] === orig)];
  for (const k of keys) o[k] = wrapper;
  restores.push(() => {
    for (const k of keys) if (o[k] === wrapper) o[k] = orig;
  });
}

/**
 * An EventEmitter method that adds a listener (`on`, `prependListener`), wrapped to note the
 * registration; the wrapper names itself as the frame to cut the stack at.
 */
function trackedAdd(orig: AnyFn): AnyFn {
  const wrapped = function (this: object, type: unknown, listener: unknown) {
    const r: unknown = orig.call(this, type, listener);
    if (trackers.length !== 0)
      note('listener', ItemKind.Emitter, this, type, this, listener as object, wrapped);
    return r;
  };
  return wrapped;
}

/**
 * `Signal.prototype.connect`, wrapped. `once`, `wait` and `scope.connect(signal, …)` all go
 * through it (`this.connect` / `source.connect`), so each subscription is noted once; their
 * frames are leakguard's own, so the site is the app's call. The item is the Signal (the
 * receiver, as an emitter is for its listeners) and the Connection, live while `connected`.
 *
 * The Signal classes patched: this copy's (the one `leakguard` resolves to in the same
 * package), and any other copy handed to `trackSignalClass` (the app's own install, when the
 * finder was preloaded from another one: see copies.ts).
 */
const signalClasses: object[] = [Signal];

/**
 * Patches another copy's Signal class too (now if hooks are installed, else at install).
 * Ignored unless it looks like one (a class whose prototype has `connect` and `once`).
 */
export function trackSignalClass(C: unknown): boolean {
  const P = (C as { prototype?: unknown } | null)?.prototype as Record<string, unknown> | undefined;
  if (
    typeof C !== 'function' ||
    signalClasses.includes(C) ||
    typeof P?.connect !== 'function' ||
    typeof P.once !== 'function'
  )
    return false;
  signalClasses.push(C);
  if (trackers.length !== 0) trackConnect(P as Record<string, AnyFn>);
  return true;
}

function trackConnect(SP: Record<string, AnyFn>): void {
  const orig = SP.connect!;
  const connect = function (this: object, listener: unknown) {
    // One argument is what connect takes; more are forwarded as they came (`arguments`).
    const c: unknown =
      arguments.length === 1
        ? orig.call(this, listener)
        : // eslint-disable-next-line prefer-rest-params
          Reflect.apply(orig, this, arguments);
    if (trackers.length !== 0 && c !== null && typeof c === 'object') noteConnect(this, c, connect);
    return c;
  };
  patch(SP, 'connect', connect);
}

function noteConnect(signal: object, c: object, above: AnyFn): void {
  let name: unknown;
  try {
    name = (signal as { name?: unknown }).name; // a subclass's getter may throw
  } catch {
    return;
  }
  note(
    'signal-listener',
    ItemKind.Signal,
    signal,
    typeof name === 'string' ? name : null,
    signal,
    c,
    above,
  );
}

function install(releaseLibraryHooks: () => void): void {
  restores.push(releaseLibraryHooks);
  for (const C of signalClasses)
    trackConnect((C as { prototype: object }).prototype as Record<string, AnyFn>);
  const EP = EventEmitter.prototype as unknown as Record<string, AnyFn>;
  // `on` and `addListener` are one function in Node; keep them one (identity is observable).
  patch(EP, 'on', trackedAdd(EP.on!), ['addListener']);
  patch(EP, 'prependListener', trackedAdd(EP.prependListener!));
  // once/prependOnceListener call this.on / this.prependListener with Node's once-wrapper,
  // which is what sits in the listener array: tracking it follows the real registration.

  if (typeof EventTarget === 'function') {
    const TP = EventTarget.prototype as unknown as Record<string, AnyFn>;
    const origAdd = TP.addEventListener!;
    const addEventListener = function (this: object, ...args: unknown[]) {
      const r = Reflect.apply(origAdd, this, args);
      const listener = args[1];
      if (
        trackers.length !== 0 &&
        listener !== null &&
        (typeof listener === 'function' || typeof listener === 'object')
      )
        note(
          'event-target-listener',
          ItemKind.Target,
          this,
          args[0],
          this,
          listener as object,
          addEventListener,
        );
      return r;
    };
    patch(TP, 'addEventListener', addEventListener);
  }

  const g = globalThis as unknown as Record<string, AnyFn>;
  const T = timers as unknown as Record<string, AnyFn>;
  const timerHook = (name: string, kind: ResourceKind, k: ItemKind): void => {
    const orig = g[name]!;
    // `arguments`, not a rest parameter: V8 forwards it without building an array.
    const wrapper = function (this: unknown, a: unknown, b: unknown) {
      // The usual one or two arguments are passed as such; more go through `arguments`, which
      // V8 forwards without building an array. The count is kept exact: Node's timers read
      // arguments.length (setImmediate(fn, undefined) passes the callback one argument).
      const t = (
        arguments.length === 2
          ? orig.call(this, a, b)
          : arguments.length === 1
            ? orig.call(this, a)
            : // eslint-disable-next-line prefer-rest-params
              Reflect.apply(orig, this, arguments)
      ) as unknown;
      if (trackers.length !== 0 && t !== null && typeof t === 'object')
        note(kind, k, null, null, t, undefined, wrapper);
      return t;
    };
    const sameInModule = T[name] === orig;
    patch(g, name, wrapper);
    if (sameInModule) patch(T, name, wrapper);
  };
  timerHook('setTimeout', 'timeout', ItemKind.Timer);
  timerHook('setInterval', 'interval', ItemKind.Timer);
  timerHook('setImmediate', 'immediate', ItemKind.Immediate);
  // `import { setTimeout } from 'node:timers'` reads the ESM facade: resync it both ways.
  syncBuiltinESMExports();

  // Sockets: diagnostics channels publish every client socket (net.connect) and accepted
  // server socket. Accepted sockets have no app frame on their stack, so they are charged to
  // the site that called server.listen().
  const listenSites = new WeakMap<object, ResolvedSite>();
  const SP = net.Server.prototype as unknown as Record<string, AnyFn>;
  const origListen = SP.listen!;
  const listen = function (this: object, ...args: unknown[]) {
    const r = Reflect.apply(origListen, this, args);
    if (trackers.length !== 0) {
      try {
        const t = trackers[0]!;
        const cap = captureSite(listen, t.options);
        if (cap) listenSites.set(this, { ...cap, stack: cap.stack() });
      } catch {
        // ignore
      }
    }
    return r;
  };
  patch(SP, 'listen', listen);
  const onClient = (msg: unknown): void => {
    const s = (msg as { socket?: object }).socket;
    if (s) note('socket', ItemKind.Socket, null, 'client', s, undefined, onClient);
  };
  const onServer = (msg: unknown): void => {
    const s = (msg as { socket?: { server?: object } }).socket;
    if (s)
      note(
        'socket',
        ItemKind.Socket,
        null,
        'server',
        s,
        undefined,
        onServer,
        s.server ? listenSites.get(s.server) : undefined,
      );
  };
  dc.subscribe('net.client.socket', onClient);
  dc.subscribe('net.server.socket', onServer);
  restores.push(() => {
    dc.unsubscribe('net.client.socket', onClient);
    dc.unsubscribe('net.server.socket', onServer);
  });

  moduleCacheSize = -1;
  pollModules();
  // The fallback for a module the loading hook does not see (loaded by a module loader that
  // hands Node the source of a CommonJS file itself: then Node compiles it without
  // Module.prototype._compile): look at the cache every 50 ms for the first 2 s, at start-up
  // where such a module is most likely loaded, as well as at each sample. A look costs one
  // Object.keys of the module cache. The native timer functions keep this poll out of what the
  // finder tracks.
  let looks = 0;
  const early = nativeSetInterval(() => {
    pollModules();
    if (++looks >= 40) nativeClearInterval(early);
  }, 50);
  early.unref();
  restores.push(() => nativeClearInterval(early));
}

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
  Object.defineProperty(_compile, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(_compile, 'length', { value: orig.length, configurable: true });
  MP._compile = _compile;
  return () => {
    active = false;
    if (MP._compile === _compile) MP._compile = orig;
  };
}

/** Looks at the CommonJS module cache for the modules above (while the library hooks are held). */
export function pollModules(): void {
  if (libraryHolds === 0) return;
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
  Object.defineProperty(wrapper, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: orig.length, configurable: true });
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
  Object.defineProperty(on, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(on, 'length', { value: orig.length, configurable: true });
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
  Object.defineProperty(on, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(on, 'length', { value: orig.length, configurable: true });
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

function uninstall(): void {
  while (restores.length > 0) restores.pop()!();
  syncBuiltinESMExports();
}
