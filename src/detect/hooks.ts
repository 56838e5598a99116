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
import { syncBuiltinESMExports } from 'node:module';
import { Signal } from '../core/index.js';
import { ItemKind } from './liveness.js';
import type { ResourceKind, Tracker } from './tracker.js';
import { captureSite } from './stack.js';
import { nativeClearInterval, nativeSetInterval } from '../internal/natives.js';
import type { ResolvedSite } from './stack.js';
import { note, patch, restores, trackers } from './feed.js';
import type { AnyFn } from './feed.js';
import { holdLibraryHooks, pollModules } from './libraries.js';

export { activeTrackers } from './feed.js';
export { holdLibraryHooks, pollModules } from './libraries.js';

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

  pollModules(true);
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

function uninstall(): void {
  while (restores.length > 0) restores.pop()!();
  syncBuiltinESMExports();
}
