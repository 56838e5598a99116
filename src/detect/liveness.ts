/**
 * Liveness checks for tracked items, run once per sample (never on the app's hot path).
 * Items hold only weak references, so tracking never keeps a receiver, a listener or a timer
 * alive: a receiver that was collected takes its listeners with it.
 *
 * Listener checks group items by (receiver, event) through a per-sample cache, so a receiver
 * with n listeners costs O(n) per sample, not O(n) per item.
 */
import { getEventListeners } from 'node:events';

/** Item kinds (plain numbers: the check is a switch on the hot sampling loop). */
export const ItemKind = {
  Emitter: 0,
  Target: 1,
  Timer: 2,
  Immediate: 3,
  Socket: 4,
  WebSocket: 5,
  /** A leakguard `Signal` connection: `ref` is the Signal, `fn` the Connection. */
  Signal: 6,
  /**
   * An RxJS subscription: `ref` is the observable at the root of what was subscribed to (the
   * Subject under `pipe()`), `fn` the Subscriber `subscribe` returned.
   */
  Rx: 7,
  /**
   * A mitt handler: `ref` is the emitter's `all` Map (what its `on`/`off`/`emit` closures
   * share), `fn` the handler; alive while `all.get(event)` holds it.
   */
  Mitt: 8,
  /** A nanoevents callback: `ref` is the emitter, alive while `emitter.events[event]` holds it. */
  NanoEvents: 9,
} as const;
export type ItemKind = (typeof ItemKind)[keyof typeof ItemKind];

export interface Item {
  readonly k: ItemKind;
  /** Weight: how many real resources this sampled one stands for (1/p at sampling time). */
  w: number;
  /**
   * The receiver (emitter, event target, Signal, observable) or the resource itself (timer,
   * socket).
   */
  readonly ref: WeakRef<object>;
  /**
   * Listener items: the event and the listener function exactly as registered; Signal items:
   * the Signal's name and the Connection `connect` returned; RxJS items: no event, and the
   * Subscriber `subscribe` returned.
   */
  readonly event?: unknown;
  readonly fn?: WeakRef<object>;
}

/** Per-sample cache: receiver → event → remaining count of each registered listener. */
export type LivenessCache = Map<object, Map<unknown, Map<unknown, number>>>;

export function makeLivenessCache(): LivenessCache {
  return new Map();
}

function emitterListeners(em: object, event: unknown): unknown[] {
  // An EventEmitter2 with wildcards keeps its listeners in a tree; its own `listeners(type)`
  // reads it (libraries.ts, trackEventEmitter2). Without wildcards it keeps `_events` as Node does.
  const ee2 = em as { wildcard?: unknown; listeners?: unknown };
  if (ee2.wildcard === true && typeof ee2.listeners === 'function') {
    try {
      const l: unknown = (ee2.listeners as (t: unknown) => unknown).call(em, event);
      return Array.isArray(l) ? l : [];
    } catch {
      return [];
    }
  }
  const evs = (em as { _events?: unknown })._events;
  if (evs === null || typeof evs !== 'object') return [];
  const l = (evs as Record<PropertyKey, unknown>)[event as PropertyKey];
  if (l === undefined) return [];
  return typeof l === 'function' ? [l] : Array.isArray(l) ? l : [];
}

/** A mitt emitter's handlers for `event` (`all.get(event)`; `all.clear()` empties the Map). */
function mittListeners(all: object, event: unknown): unknown[] {
  try {
    const l: unknown = Map.prototype.get.call(all, event);
    return Array.isArray(l) ? l : [];
  } catch {
    return [];
  }
}

/** A nanoevents emitter's callbacks for `event` (read from `events` anew: unbind replaces it). */
function nanoListeners(em: object, event: unknown): unknown[] {
  try {
    const evs = (em as { events?: unknown }).events;
    if (evs === null || typeof evs !== 'object') return [];
    const l = (evs as Record<PropertyKey, unknown>)[event as PropertyKey];
    return Array.isArray(l) ? l : [];
  } catch {
    return [];
  }
}

function listenersOf(k: ItemKind, recv: object, event: unknown): unknown[] {
  switch (k) {
    case ItemKind.Emitter:
      return emitterListeners(recv, event);
    case ItemKind.Mitt:
      return mittListeners(recv, event);
    case ItemKind.NanoEvents:
      return nanoListeners(recv, event);
    default:
      return targetListeners(recv, event);
  }
}

function targetListeners(target: object, event: unknown): unknown[] {
  try {
    return getEventListeners(target as EventTarget, event as string);
  } catch {
    return [];
  }
}

/**
 * Multiset matching: each registered copy of a listener accounts for one item, so a function
 * added twice from one site and removed once leaves exactly one item alive.
 */
function takeListener(
  cache: LivenessCache,
  recv: object,
  event: unknown,
  fn: object,
  k: ItemKind,
): boolean {
  let byEvent = cache.get(recv);
  if (byEvent === undefined) cache.set(recv, (byEvent = new Map()));
  let counts = byEvent.get(event);
  if (counts === undefined) {
    counts = new Map();
    for (const l of listenersOf(k, recv, event)) counts.set(l, (counts.get(l) ?? 0) + 1);
    byEvent.set(event, counts);
  }
  const c = counts.get(fn);
  if (c === undefined || c <= 0) return false;
  counts.set(fn, c - 1);
  return true;
}

export function isAlive(it: Item, cache: LivenessCache): boolean {
  // Before the receiver check: a subscription can outlive the observable it was made on (a
  // `pipe()` result, an `interval()`: nothing references them once subscribed, while a timer or
  // a Subject upstream keeps the Subscriber). It is alive while its Subscriber is not closed
  // (unsubscribed, completed, errored: rxjs sets `closed` in each case).
  if (it.k === ItemKind.Rx)
    return (it.fn?.deref() as { closed?: unknown } | undefined)?.closed === false;
  const target = it.ref.deref();
  if (target === undefined) return false;
  switch (it.k) {
    case ItemKind.Emitter:
    case ItemKind.Target:
    case ItemKind.Mitt:
    case ItemKind.NanoEvents: {
      const fn = it.fn?.deref();
      return fn !== undefined && takeListener(cache, target, it.event, fn, it.k);
    }
    case ItemKind.Timer: {
      // Node marks a Timeout `_destroyed` once it fired (non-repeating) or was cleared, and
      // clearTimeout sets `_idleTimeout` to -1.
      const t = target as { _destroyed?: boolean; _idleTimeout?: number };
      return t._destroyed !== true && t._idleTimeout !== -1;
    }
    case ItemKind.Immediate:
      return (target as { _destroyed?: boolean })._destroyed !== true;
    case ItemKind.Socket:
      return (target as { destroyed?: boolean }).destroyed !== true;
    case ItemKind.WebSocket:
      // ws readyState: 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED.
      return (target as { readyState?: number }).readyState !== 3;
    case ItemKind.Signal:
      // A Connection is `connected` until it is disposed or disconnected, its `once` fired, or
      // its Signal was disposed (disconnectAll disposes each one). While connected, the Signal
      // and the Connection hold each other: they are collected together or not at all.
      return (it.fn?.deref() as { connected?: unknown } | undefined)?.connected === true;
  }
}
