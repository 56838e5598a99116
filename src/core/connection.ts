/**
 * Connection: one registered cleanup with its metadata (DESIGN.md, core vocabulary).
 *
 * One class with a small type tag instead of a closure per registration: the hot paths
 * (`scope.on`, `signal.connect`) allocate one object and nothing else (DESIGN style 4), and
 * every call site sees one hidden class.
 */
import { disposeValue, disposeValueAsync, DISPOSE, isThenable } from './disposable.js';
import type { ConnectionManager } from './manager.js';
import type { Scope } from './scope.js';

/** What a connection holds. Free-form strings are allowed for user kinds. */
export type ConnectionKind =
  'listener' | 'timer' | 'subscription' | 'socket' | 'pool-lease' | 'custom' | (string & {});

/** Who owns a connection: a player id, a session id… */
export type Owner = string | number;

/** Metadata a caller may attach to one registration. */
export interface ConnectionMeta {
  /** Defaults to what the helper registers (`listener`, `timer`, `subscription`, `custom`). */
  kind?: ConnectionKind;
  /** Human-readable; defaults to something derived from the registration (`'data' on Socket`). */
  description?: string;
  /** Tags of this connection, added to the tags of its scope. */
  tags?: readonly string[];
  /** Creation site (`file:line`), when the caller knows it. Leak watch fills it near the threshold. */
  site?: string;
  /**
   * The object this connection serves. Held weakly: when it is collected, `sweepStale()`
   * disposes the connection. Defaults to the emitter/target for listeners (held strongly there,
   * since removing the listener needs it).
   */
  target?: object;
  /** Custom liveness check for `sweepStale()`: return false when the connection is stale. */
  isValid?: () => boolean;
}

/** @internal Metadata shared by every connection made through one scope. */
export interface ScopeMeta {
  readonly manager: ConnectionManager | null;
  readonly owner: Owner | undefined;
  readonly service: string | undefined;
  readonly tags: readonly string[];
}

/** @internal Rarely used per-connection data, kept out of line to keep connections small. */
export interface ConnectionExtra {
  weak?: WeakRef<object>;
  isValid?: () => boolean;
  /** The key of a keyed slot (`scope.set(key, …)`). */
  key?: unknown;
  keyed?: boolean;
  /** What was handed to `scope.set(key, value)`. */
  value?: unknown;
}

/** @internal type tags */
export const T_TASK = 0;
export const T_EMITTER_OFF = 1;
export const T_EMITTER_REMOVE = 2;
export const T_EVENT_TARGET = 3;
export const T_EVENT_TARGET_CAPTURE = 4;
export const T_TIMEOUT = 5;
export const T_INTERVAL = 6;
export const T_SIGNAL = 7;

const LIVE = 0;
const DONE = 1;
const CAPTURE = Object.freeze({ capture: true });
const BUBBLE = Object.freeze({ capture: false });

let nextId = 1;

interface Unlinkable {
  _unlink(c: Connection): void;
  readonly name?: string;
}
type Fn = (...args: any[]) => unknown;

/**
 * A live registration. `dispose()` runs its cleanup exactly once and removes it from every
 * index that holds it (its scope, its manager, its signal).
 */
export class Connection {
  /** Unique, increasing. */
  readonly id: number;
  /** What the connection holds. */
  readonly kind: ConnectionKind;
  /** Creation site (`file:line:column`), when known. */
  site: string | undefined;
  /** @internal */ _type: number;
  /** @internal */ _state: number;
  /** @internal */ _desc: string | undefined;
  /** @internal */ _scope: Scope | null;
  /** @internal */ _slot: number;
  /** @internal */ _meta: ScopeMeta | null;
  /** @internal */ _mgr: ConnectionManager | null;
  /** @internal */ _target: unknown;
  /** @internal */ _event: unknown;
  /** @internal */ _fn: Fn | undefined;
  /** @internal */ _t: number;
  /** @internal */ _tags: readonly string[] | undefined;
  /** @internal signal list */ _prev: Connection | null;
  /** @internal signal list */ _next: Connection | null;
  /** @internal signal list */ _epoch: number;
  /** @internal manager kind list */ _kprev: Connection | null;
  /** @internal manager kind list */ _knext: Connection | null;
  /** @internal leak-watch counter of its site */ _siteStat: { count: number } | null;
  /** @internal */ _extra: ConnectionExtra | null;

  /** @internal Use the helpers (`scope.on`, `signal.connect`, …); connections are not built by hand. */
  constructor(
    type: number,
    kind: ConnectionKind,
    target: unknown,
    event: unknown,
    fn: Fn | undefined,
  ) {
    this.id = nextId++;
    this.kind = kind;
    this.site = undefined;
    this._type = type;
    this._state = LIVE;
    this._desc = undefined;
    this._scope = null;
    this._slot = -1;
    this._meta = null;
    this._mgr = null;
    this._target = target;
    this._event = event;
    this._fn = fn;
    this._t = performance.now();
    this._tags = undefined;
    this._prev = null;
    this._next = null;
    this._epoch = 0;
    this._kprev = null;
    this._knext = null;
    this._siteStat = null;
    this._extra = null;
  }

  /** True until disposed (or until a timer's last call / a once-listener's call). */
  get connected(): boolean {
    return this._state === LIVE;
  }

  get description(): string {
    return this._desc ?? defaultDescription(this);
  }

  get owner(): Owner | undefined {
    return this._meta?.owner;
  }

  get service(): string | undefined {
    return this._meta?.service;
  }

  /** Tags of its scope plus its own. */
  get tags(): readonly string[] {
    const scopeTags = this._meta?.tags;
    const own = this._tags;
    if (own === undefined) return scopeTags ?? EMPTY;
    if (scopeTags === undefined || scopeTags.length === 0) return own;
    return [...new Set([...scopeTags, ...own])];
  }

  /** Wall-clock creation time (ms since the epoch). Ages are measured on the monotonic clock. */
  get createdAt(): number {
    return performance.timeOrigin + this._t;
  }

  /** Milliseconds since creation, on the monotonic clock. */
  get ageMs(): number {
    return performance.now() - this._t;
  }

  /**
   * Runs the cleanup exactly once and removes the connection from its scope, its manager and
   * its signal. Safe to call again. Errors of the cleanup are thrown (after the removal).
   */
  dispose(): void {
    if (this._state !== LIVE) return;
    this._end(1);
    const r = this._run(false);
    if (isThenable(r)) this._watchAsync(r);
  }

  /** Alias of `dispose()`, for Signal/Roblox-style code. */
  disconnect(): void {
    this.dispose();
  }

  [DISPOSE](): void {
    this.dispose();
  }

  /** @internal Ends (counted as disposed) without running the cleanup: for links whose other end is gone. */
  _cancel(): void {
    if (this._state !== LIVE) return;
    this._end(1);
    this._target = undefined;
    this._fn = undefined;
  }

  /** @internal Ends without running the cleanup: `how` 1 = disposed, 2 = released, 3 = ended by itself. */
  _end(how: number): void {
    this._state = how === 2 ? LIVE : DONE;
    const s = this._scope;
    if (s !== null) {
      this._scope = null;
      s._removeConnection(this);
    }
    const m = this._mgr;
    if (m !== null) {
      this._mgr = null;
      m._untrack(this, how === 2);
    }
  }

  /**
   * @internal Runs the cleanup and drops references to what it held, so a disposed connection
   * someone keeps retains nothing. Returns what an async cleanup returned.
   */
  _run(preferAsync: boolean): unknown {
    this._state = DONE;
    const target = this._target as any;
    const event = this._event as any;
    const fn = this._fn;
    this._target = undefined;
    this._fn = undefined;
    const mgr = this._meta?.manager ?? null;
    try {
      switch (this._type) {
        case T_TASK:
          return preferAsync ? disposeValueAsync(target) : disposeValue(target);
        case T_EMITTER_OFF:
          target.off(event, fn);
          return undefined;
        case T_EMITTER_REMOVE:
          target.removeListener(event, fn);
          return undefined;
        case T_EVENT_TARGET:
          target.removeEventListener(event, fn, BUBBLE);
          return undefined;
        case T_EVENT_TARGET_CAPTURE:
          // The object form: Node's EventTarget ignores a bare `true` on removal.
          target.removeEventListener(event, fn, CAPTURE);
          return undefined;
        case T_TIMEOUT:
          clearTimeout(target);
          return undefined;
        case T_INTERVAL:
          clearInterval(target);
          return undefined;
        case T_SIGNAL:
          (target as Unlinkable)._unlink(this);
          return undefined;
      }
    } catch (e) {
      if (mgr !== null) mgr._failed++;
      throw e;
    }
    return undefined;
  }

  /** @internal counts an async cleanup's failure */
  _watchAsync(p: PromiseLike<unknown>): void {
    const mgr = this._meta?.manager ?? null;
    const what = `${this.kind} #${this.id}`;
    Promise.resolve(p).then(undefined, (e: unknown) => {
      if (mgr !== null) mgr._failed++;
      // a sync dispose cannot await: report, never leave an unhandled rejection
      console.error(`[leakguard] async cleanup of ${what} failed:`, e);
    });
  }
}

const EMPTY: readonly string[] = Object.freeze([]);

function ctorName(v: unknown): string {
  if (v === null || v === undefined) return String(v);
  const name = (Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null)?.constructor
    ?.name;
  return name || typeof v;
}

function defaultDescription(c: Connection): string {
  switch (c._type) {
    case T_EMITTER_OFF:
    case T_EMITTER_REMOVE:
    case T_EVENT_TARGET:
    case T_EVENT_TARGET_CAPTURE:
      return `'${String(c._event)}' listener on ${ctorName(c._target)}`;
    case T_TIMEOUT:
      return `setTimeout(${String(c._event)} ms)`;
    case T_INTERVAL:
      return `setInterval(${String(c._event)} ms)`;
    case T_SIGNAL: {
      const name = (c._target as Unlinkable | undefined)?.name;
      return name ? `listener on signal '${name}'` : 'signal listener';
    }
    default: {
      const t = c._target;
      if (typeof t === 'function') return (t as { name?: string }).name || 'function task';
      return t === undefined ? c.kind : ctorName(t);
    }
  }
}
