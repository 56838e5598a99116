/**
 * Connection: one registered cleanup with its metadata (rules in docs/core.md).
 *
 * One class with a small type tag instead of a closure per registration: the hot paths
 * (`scope.on`, `signal.connect`) allocate one object and nothing else (ARCHITECTURE.md), and
 * every call site sees one hidden class.
 */
import { coarseNow, preciseNow, timeOrigin } from './clock.js';
import { disposeValue, disposeValueAsync, DISPOSE, isThenable } from './disposable.js';
import type { RegistryHost } from './host.js';
import type { Scope } from './scope.js';

/** What a connection holds. Free-form strings are allowed for user kinds. */
export type ConnectionKind =
  'listener' | 'timer' | 'subscription' | 'socket' | 'pool-lease' | 'custom' | (string & {});

/** Who owns a connection: a player id, a session id… */
export type Owner = string | number;

/** Metadata a caller may attach to one registration. */
export interface ConnectionMeta {
  /**
   * What the connection is, in stats and reports.
   * @default undefined // what the helper registers: `listener`, `timer`, `subscription`, `custom`
   */
  kind?: ConnectionKind;
  /**
   * Human-readable description.
   * @default undefined // derived from the registration (`'data' on Socket`)
   */
  description?: string;
  /**
   * Tags of this connection, added to the tags of its scope.
   * @default [] // the scope's tags only
   */
  tags?: readonly string[];
  /**
   * Creation site (`file:line`), when the caller knows it.
   * @default undefined // the leak watch captures it near the threshold
   */
  site?: string;
  /**
   * The object this connection serves. Held weakly: when it is collected, `sweepStale()`
   * disposes the connection.
   * @default undefined // the emitter/target for listeners (held strongly there, since removing the listener needs it)
   */
  target?: object;
  /**
   * Custom liveness check for `sweepStale()`: return false when the connection is stale.
   * @default undefined // alive while connected (and while `target` is reachable)
   */
  isValid?: () => boolean;
}

/** @internal Metadata shared by every connection made through one scope. */
export interface ScopeMeta {
  /** The registry counting the scope's connections (its manager), or null. */
  readonly host: RegistryHost | null;
  readonly owner: Owner | undefined;
  readonly service: string | undefined;
  readonly tags: readonly string[];
}

/** @internal Rarely used per-connection data, kept out of line to keep connections small. */
export class ConnectionExtra {
  // `declare`: no field is created until it is set, so an extra holding only a site stays small.
  /** the leak-watch counter, when the connection also needs other extra data */
  declare siteStat?: { count: number } | null;
  declare id?: number;
  declare site?: string;
  declare desc?: string;
  declare tags?: readonly string[];
  declare weak?: WeakRef<object>;
  declare isValid?: () => boolean;
  /** The key of a keyed slot (`scope.set(key, …)`). */
  declare key?: unknown;
  declare keyed?: boolean;
  /** What was handed to `scope.set(key, value)`. */
  declare value?: unknown;
  /**
   * For an EventTarget listener added with `{ signal }`: removes the connection's own 'abort'
   * listener from that signal. Run once, when the connection ends in any way.
   */
  declare unlinkSignal?: (() => void) | undefined;
}

/** @internal Runs and forgets `c`'s `unlinkSignal` (see ConnectionExtra), if it has one. */
export function unlinkSignal(c: Connection): void {
  const x = c._extra;
  const f = x?.unlinkSignal;
  if (f === undefined) return;
  (x as ConnectionExtra).unlinkSignal = undefined;
  f();
}

/** @internal What a connection's cleanup does: the low bits of `_flags`. */
export const ConnType = {
  Task: 0,
  EmitterOff: 1,
  EmitterRemove: 2,
  EventTarget: 3,
  EventTargetCapture: 4,
  Timeout: 5,
  Interval: 6,
  Signal: 7,
} as const;
export type ConnType = (typeof ConnType)[keyof typeof ConnType];

/** @internal The other bits of `_flags` (the kind index sits above them, see KIND_SHIFT). */
export const Flag = {
  /** the ConnType bits */
  TypeMask: 0xf,
  /** the connection has ended (disposed, or a timer's last call) */
  Done: 0x10,
  /** its RegistryHost (a manager) counts it */
  Tracked: 0x20,
  /** scratch bit of the scope's compaction */
  Seen: 0x40,
} as const;
const KIND_SHIFT = 8;

/** @internal How `_end` ends a connection. */
export const End = { Disposed: 1, Detached: 2, ByItself: 3 } as const;
export type End = (typeof End)[keyof typeof End];

const CAPTURE = Object.freeze({ capture: true });
const BUBBLE = Object.freeze({ capture: false });

/**
 * Kinds are stored as a small index in `_flags` (a string field would cost 8 bytes in every
 * connection). The table only grows with the distinct kinds a program uses.
 */
const KINDS: string[] = ['listener', 'timer', 'subscription', 'socket', 'pool-lease', 'custom'];
/** @internal Indices of the built-in kinds (in KINDS), so the hot paths never look a kind up. */
export const KindIndex = { Listener: 0, Timer: 1, Subscription: 2, Custom: 5 } as const;
const KIND_INDEX = new Map(KINDS.map((k, i) => [k, i]));
function kindIndex(kind: string): number {
  let i = KIND_INDEX.get(kind);
  if (i === undefined) {
    i = KINDS.push(kind) - 1;
    KIND_INDEX.set(kind, i);
  }
  return i;
}

let nextId = 1;

interface Unlinkable {
  _unlink(c: Connection): void;
  readonly name?: string;
}
type Fn = (...args: any[]) => unknown;

/**
 * A live registration. `dispose()` runs its cleanup exactly once and removes it from every
 * index that holds it (its scope, its manager, its signal).
 *
 * Layout: nine fields, because V8 in Node stores every field in 8 bytes and a server holds
 * hundreds of thousands of these. Type, state, the "counted by a manager" bit and the kind
 * share one integer; metadata most connections never set (id, site, description, own tags,
 * weak target, validity check, slot key) lives in `_aux`, allocated on first use; owner and
 * service are read from the scope. A connection does not know its index in its scope's array:
 * when it ends on its own, the scope counts one dead entry and compacts later. `_prev`/`_next`
 * link the connection into its signal's listener list (signal listeners) or its manager's kind
 * list (everything else).
 */
export class Connection {
  /** @internal */ _flags: number;
  /** @internal */ _scope: Scope | null;
  /** @internal emitter / event target / timer handle / task / signal */ _target: unknown;
  /** @internal event name (listeners); delay (timers); unused (signal listeners) */ _event: unknown;
  /** @internal */ _fn: Fn | undefined;
  /** @internal whole ms since the time origin */ _t: number;
  /** @internal */ _prev: Connection | null;
  /** @internal */ _next: Connection | null;
  /**
   * @internal Either the leak-watch counter of its site, or a ConnectionExtra (which then holds
   * that counter): one field for two things most connections have at most one of.
   */
  _aux: { count: number } | ConnectionExtra | null;

  /** @internal Use the helpers (`scope.on`, `signal.connect`, …); connections are not built by hand. */
  constructor(type: number, kind: number, target: unknown, event: unknown, fn: Fn | undefined) {
    // `kind` is an index (KindIndex.Listener…); a kind named in the meta is applied with _setKind
    this._flags = type | (kind << KIND_SHIFT);
    this._scope = null;
    this._target = target;
    this._event = event;
    this._fn = fn;
    this._t = coarseNow();
    this._prev = null;
    this._next = null;
    this._aux = null;
  }

  /** Unique (assigned on first read). */
  get id(): number {
    const x = this._x();
    return (x.id ??= nextId++);
  }

  /** What the connection holds. */
  get kind(): ConnectionKind {
    return KINDS[this._flags >>> KIND_SHIFT] as ConnectionKind;
  }

  /** True until disposed (or until a timer's last call / a once-listener's call). */
  get connected(): boolean {
    return (this._flags & Flag.Done) === 0;
  }

  get description(): string {
    return this._extra?.desc ?? defaultDescription(this);
  }

  /** Creation site (`file:line:column`), when known. */
  get site(): string | undefined {
    return this._extra?.site;
  }

  set site(site: string | undefined) {
    this._x().site = site;
  }

  /** Owner of the scope it lives in (undefined once it has left it). */
  get owner(): Owner | undefined {
    return this._scope?._meta?.owner;
  }

  /** Service of the scope it lives in (undefined once it has left it). */
  get service(): string | undefined {
    return this._scope?._meta?.service;
  }

  /** Tags of its scope plus its own. */
  get tags(): readonly string[] {
    const scopeTags = this._scope?._meta?.tags;
    const own = this._extra?.tags;
    if (own === undefined) return scopeTags ?? EMPTY;
    if (scopeTags === undefined || scopeTags.length === 0) return own;
    return [...new Set([...scopeTags, ...own])];
  }

  /** Wall-clock creation time (ms since the epoch). Ages are measured on the monotonic clock. */
  get createdAt(): number {
    return timeOrigin + this._t;
  }

  /** Milliseconds since creation, on the monotonic clock. */
  get ageMs(): number {
    return Math.max(0, preciseNow() - this._t);
  }

  /**
   * Runs the cleanup exactly once and removes the connection from its scope, its manager and
   * its signal. Safe to call again. Errors of the cleanup are thrown (after the removal).
   */
  dispose(): void {
    if ((this._flags & Flag.Done) !== 0) return;
    const host = this._end(End.Disposed, true);
    const r = this._run(false, host);
    if (isThenable(r)) this._watchAsync(r, host);
  }

  /** Alias of `dispose()`, for Signal/Roblox-style code. */
  disconnect(): void {
    this.dispose();
  }

  [DISPOSE](): void {
    this.dispose();
  }

  /** @internal */
  get _type(): number {
    return this._flags & Flag.TypeMask;
  }

  /** @internal */
  get _extra(): ConnectionExtra | null {
    const a = this._aux;
    return a instanceof ConnectionExtra ? a : null;
  }

  /** @internal */
  _x(): ConnectionExtra {
    const a = this._aux;
    if (a instanceof ConnectionExtra) return a;
    const x = new ConnectionExtra();
    if (a !== null) x.siteStat = a;
    this._aux = x;
    return x;
  }

  /** @internal */
  get _siteStat(): { count: number } | null {
    const a = this._aux;
    return a instanceof ConnectionExtra ? (a.siteStat ?? null) : a;
  }

  /** @internal */
  set _siteStat(st: { count: number } | null) {
    const a = this._aux;
    if (a instanceof ConnectionExtra) a.siteStat = st;
    else this._aux = st;
  }

  /** @internal */
  _setKind(kind: string): void {
    this._flags = (this._flags & 0xff) | (kindIndex(kind) << KIND_SHIFT);
  }

  /** @internal Ends (counted as disposed) without running the cleanup: for links whose other end is gone. */
  _cancel(): void {
    if ((this._flags & Flag.Done) !== 0) return;
    this._end(End.Disposed, true);
    this._target = undefined;
    this._fn = undefined;
  }

  /**
   * @internal Ends without running the cleanup: leaves its manager's counts (while its scope,
   * which carries the metadata, is still known) and, when `detach`, its scope. A detached
   * connection stays live. Returns the manager that counted it, for failure accounting.
   */
  _end(how: End, detach: boolean): RegistryHost | null {
    const s = this._scope;
    let host: RegistryHost | null = null;
    if ((this._flags & Flag.Tracked) !== 0) {
      const meta = (s as Scope)._meta as ScopeMeta;
      host = meta.host as RegistryHost;
      this._flags &= ~Flag.Tracked;
      host._untrack(this, meta, how === End.Detached);
    }
    if (how !== End.Detached) this._flags |= Flag.Done;
    if (s !== null) {
      this._scope = null;
      if (detach) s._removeConnection(this);
    }
    return host;
  }

  /**
   * @internal Runs the cleanup and drops references to what it held, so a disposed connection
   * someone keeps retains nothing. Returns what an async cleanup returned.
   */
  _run(preferAsync: boolean, host: RegistryHost | null): unknown {
    this._flags |= Flag.Done;
    const target = this._target as any;
    const event = this._event as any;
    const fn = this._fn;
    this._target = undefined;
    this._fn = undefined;
    try {
      switch (this._flags & Flag.TypeMask) {
        case ConnType.Task:
          return preferAsync ? disposeValueAsync(target) : disposeValue(target);
        case ConnType.EmitterOff:
          target.off(event, fn);
          return undefined;
        case ConnType.EmitterRemove:
          target.removeListener(event, fn);
          return undefined;
        case ConnType.EventTarget:
          unlinkSignal(this);
          target.removeEventListener(event, fn, BUBBLE);
          return undefined;
        case ConnType.EventTargetCapture:
          unlinkSignal(this);
          // The object form: Node's EventTarget ignores a bare `true` on removal.
          target.removeEventListener(event, fn, CAPTURE);
          return undefined;
        case ConnType.Timeout:
          clearTimeout(target);
          return undefined;
        case ConnType.Interval:
          clearInterval(target);
          return undefined;
        case ConnType.Signal:
          (target as Unlinkable)._unlink(this);
          return undefined;
      }
    } catch (e) {
      if (host !== null) host._cleanupFailed();
      throw e;
    }
    return undefined;
  }

  /** @internal counts an async cleanup's failure */
  _watchAsync(p: PromiseLike<unknown>, host: RegistryHost | null): void {
    const what = `${this.kind} connection`;
    Promise.resolve(p).then(undefined, (e: unknown) => {
      if (host !== null) host._cleanupFailed();
      // a sync dispose cannot await: report, never leave an unhandled rejection
      console.error(`[leakguard] async cleanup of a ${what} failed:`, e);
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
  switch (c._flags & Flag.TypeMask) {
    case ConnType.EmitterOff:
    case ConnType.EmitterRemove:
    case ConnType.EventTarget:
    case ConnType.EventTargetCapture:
      return `'${String(c._event)}' listener on ${ctorName(c._target)}`;
    case ConnType.Timeout:
      return `setTimeout(${String(c._event)} ms)`;
    case ConnType.Interval:
      return `setInterval(${String(c._event)} ms)`;
    case ConnType.Signal: {
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
