/**
 * Why this file is long: it is the class users read. Every public method (about thirty:
 * adding, the registration helpers, disposing) keeps its signature and documentation here, and
 * the registration helpers' bodies stay next to them because they are the hot path
 * (`scope.on`, `scope.setTimeout`), measured in bench/core.ts; the parts with state of their
 * own are the files below.
 *
 * Scope: an ordered set of cleanups with one lifetime (docs/core.md).
 *
 * Its parts live beside it: the sparse LIFO entry list in scope-entries.ts, keyed slots
 * (`set`/`get`/`delete`) in scope-slots.ts, async disposal in scope-async.ts, and the helpers
 * built on the public API (`wait`, `debounce`, `connectWithRetry`) in scope-helpers.ts.
 *
 * Errors: dispose runs every task (LIFO), collecting what they throw, and then throws one
 * error as itself or several as an AggregateError (code LEAKGUARD_DISPOSE_FAILED) in the order
 * they happened. We use AggregateError rather than a SuppressedError chain because it keeps a
 * flat, ordered list and exists on every runtime we support (SuppressedError needs Node 24).
 */
import {
  Connection,
  ConnType,
  End,
  Flag,
  KindIndex,
  unlinkSignal,
  type ConnectionMeta,
  type ScopeMeta,
} from './connection.js';
import {
  assertDisposableLike,
  ASYNC_DISPOSE,
  disposeValue,
  DISPOSE,
  isDisposableLike,
  isThenable,
} from './disposable.js';
import { abortError, codedError, reportError, throwCollected } from '../internal/errors.js';
import { hooks } from '../internal/scope-tracker.js';
import {
  checkKnownKeys,
  checkNumber,
  checkTimerMs,
  describeValue,
  invalidArgument,
  optionError,
  unknownOptionError,
} from '../internal/options.js';
import {
  connectWithRetry,
  debounce,
  waitFor,
  type DebounceOptions,
  type RetryOptions,
} from './scope-helpers.js';
import { Signal } from './signal.js';
import type { ReadonlySignal } from './readonly-signal.js';
import { compact, maybeCompact, pushChild, removeChild } from './scope-entries.js';
import { deleteSlot, leaveSlot, setSlot, slotValue } from './scope-slots.js';
import { disposeScopeAsync, type DisposeAsyncOptions, type DisposeReport } from './scope-async.js';

export type { DisposeAsyncOptions, DisposeReport };

export interface ScopeOptions {
  /**
   * Shown in descriptions, errors and leak reports.
   * @default undefined // no name
   */
  name?: string;
}

export interface TimerOptions extends ConnectionMeta {
  /**
   * `unref()` the timer so it does not keep the process alive (Node).
   * @default false
   */
  unref?: boolean;
}

export interface IntervalOptions extends TimerOptions {
  /**
   * Stop after this many calls (a count); the timer then leaves the scope by itself.
   * @default undefined // unlimited
   */
  maxCalls?: number;
}

type Listener = (...args: any[]) => void;

/** Node-style emitter: `on`/`off` or `addListener`/`removeListener`. */
export interface EmitterLike {
  on?(event: string | symbol, listener: Listener): unknown;
  off?(event: string | symbol, listener: Listener): unknown;
  addListener?(event: string | symbol, listener: Listener): unknown;
  removeListener?(event: string | symbol, listener: Listener): unknown;
}

/** DOM-style EventTarget (also Node's EventTarget and AbortSignal). */
export interface EventTargetLike {
  addEventListener(type: string, listener: any, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: string, listener: any, options?: boolean | EventListenerOptions): void;
}

/** Anything with `connect(listener)` or `subscribe(listener)` returning a disposable-like. */
export interface ConnectableLike {
  connect?(listener: any): unknown;
  subscribe?(listener: any): unknown;
}

/** Anything `once`, `debounce` and `wait` listen to. */
export type EventSource = EmitterLike | EventTargetLike | Signal<any> | ReadonlySignal<any>;

/** @internal Where a scope is in its life (`_state`). */
export const ScopeState = { Live: 0, Disposing: 1, Disposed: 2 } as const;
export type ScopeState = (typeof ScopeState)[keyof typeof ScopeState];

/** @internal */
export interface ScopeExtra {
  ctrl?: AbortController | null;
  keys?: Map<unknown, Connection> | null;
  asyncDone?: Promise<DisposeReport> | null;
  /** The entries a `disposeAsync()` under way has not reached: a sync `dispose()` runs them. */
  asyncLeft?: unknown[] | null;
}

export class Scope {
  /** @internal */ _name: string | undefined;
  /**
   * @internal In order of addition: raw tasks, Connections, child Scopes. Entries that are no
   * longer ours (`undefined`, a connection that ended or moved away) are counted in `_dead`
   * and compacted away once they outnumber the live ones.
   */
  _entries: unknown[] = [];
  /** @internal */ _dead = 0;
  /** @internal */ _state: ScopeState = ScopeState.Live;
  /** @internal */ _parent: Scope | null = null;
  /** @internal index in the parent's entries (children are removed exactly) */ _slot = -1;
  /** @internal */ _meta: ScopeMeta | null = null;
  /** @internal AbortController, keyed slots, pending disposeAsync: allocated on first use */
  _x: ScopeExtra | null = null;
  /** @internal set by the manager when the scope is one of its roots */ _root = false;

  constructor(options: ScopeOptions = {}) {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, ['name']);
    if (options.name !== undefined && typeof options.name !== 'string')
      throw optionError('name', 'a string', options.name);
    this._name = options.name;
    hooks.scopeTracker?.created(this);
  }

  /**
   * Shown in descriptions, errors and reports. Manager scopes without a name of their own are
   * named after their service and owner (built when read, not stored in every scope).
   */
  get name(): string | undefined {
    if (this._name !== undefined) return this._name;
    const m = this._meta;
    if (m === null) return undefined;
    const parts = [
      m.service,
      m.owner === undefined ? undefined : `owner ${String(m.owner)}`,
    ].filter(Boolean);
    return parts.length > 0 ? parts.join(' / ') : undefined;
  }

  /** True once `dispose()` (or `disposeAsync()`/`move()`) has started. */
  get disposed(): boolean {
    return this._state !== ScopeState.Live;
  }

  /** Live entries: tasks, connections and child scopes. */
  get size(): number {
    return this._entries.length - this._dead;
  }

  /** Owner of this scope's connections (manager scopes only). */
  get owner(): string | number | undefined {
    return this._meta?.owner;
  }

  /** Service of this scope's connections (manager scopes only). */
  get service(): string | undefined {
    return this._meta?.service;
  }

  get tags(): readonly string[] {
    return this._meta?.tags ?? [];
  }

  /**
   * An AbortSignal aborted (with an AbortError) when this scope is disposed: hand it to
   * `fetch`, `addEventListener`, `events.on`… and they join the scope for free. Created on
   * first use.
   */
  get signal(): AbortSignal {
    const x = (this._x ??= {});
    if (x.ctrl == null) {
      x.ctrl = new AbortController();
      if (this._state !== ScopeState.Live) x.ctrl.abort(this._abortReason());
    }
    return x.ctrl.signal;
  }

  // ---------------------------------------------------------------- adding

  /**
   * Takes ownership of a disposable-like (function, `[Symbol.dispose]`, `[Symbol.asyncDispose]`,
   * `dispose`/`unsubscribe`/`disconnect`/`close`/`destroy`/`abort` method, Node timer,
   * Connection, Scope) and returns it. Anything else throws a TypeError naming what it got.
   * Added during or after dispose, it is disposed at once.
   */
  add<T>(task: T): T {
    assertDisposableLike(task);
    if (task instanceof Connection) {
      this._adoptConnection(task, undefined);
    } else if (task instanceof Scope) {
      this._adoptScope(task);
    } else if (this._state !== ScopeState.Live) {
      disposeNow(task);
    } else if (this._meta?.host) {
      // Manager scopes count every registration, so plain tasks get a Connection too.
      this._track(
        new Connection(ConnType.Task, KindIndex.Custom, task, undefined, undefined),
        undefined,
      );
    } else {
      this._entries.push(task);
    }
    return task;
  }

  /** TC39 `defer`: runs `fn` on dispose. */
  defer(fn: () => unknown): void {
    if (typeof fn !== 'function') throw optionError('fn', 'a function', fn);
    this.add(fn);
  }

  /** TC39 `adopt`: calls `onDispose(value)` on dispose and returns `value`. */
  adopt<T>(value: T, onDispose: (value: T) => unknown): T {
    if (typeof onDispose !== 'function') throw optionError('onDispose', 'a function', onDispose);
    this.add(() => onDispose(value));
    return value;
  }

  /**
   * TC39 `move`: a new scope takes every entry (and this scope's AbortSignal and metadata);
   * this one ends without disposing anything. Throws a ReferenceError (as TC39's does) with code
   * LEAKGUARD_SCOPE_DISPOSED when this scope is already disposed or moved.
   */
  move(): Scope {
    if (this._state !== ScopeState.Live)
      throw codedError(
        'ReferenceError',
        'LEAKGUARD_SCOPE_DISPOSED',
        `Scope${this._label()} is already disposed`,
      );
    const next = new Scope(this._name === undefined ? {} : { name: this._name });
    next._meta = this._meta;
    next._x = this._x; // AbortSignal and keyed slots go along
    this._x = null;
    compact(this); // drops dead entries and duplicates, so each entry moves once
    for (const e of this._entries) {
      if (e instanceof Connection) e._scope = next;
      else if (e instanceof Scope) {
        e._parent = next;
        e._slot = next._entries.length;
      }
      next._entries.push(e);
    }
    this._entries = [];
    this._dead = 0;
    const host = this._meta?.host;
    if (host) host._moved(this, next);
    const parent = this._parent;
    if (parent !== null) {
      // the new scope takes this one's place in its parent
      next._parent = parent;
      next._slot = this._slot;
      parent._entries[this._slot] = next;
      this._parent = null;
    }
    this._state = ScopeState.Disposed;
    hooks.scopeTracker?.disposed(this);
    return next;
  }

  /** A child scope, disposed with this one; disposed on its own, it leaves this one at once. */
  child(name?: string): Scope {
    if (name !== undefined && typeof name !== 'string') throw optionError('name', 'a string', name);
    const s = new Scope(name === undefined ? {} : { name });
    s._meta = this._meta;
    if (s._meta?.host) s._meta.host._scopeCreated(s);
    pushChild(this, s);
    return s;
  }

  /**
   * Keyed slot: `task` takes `key`, and what held the key before is disposed. The entry leaves
   * the slot by itself when it is disposed or ends (a timer's last call).
   */
  set<T>(key: unknown, task: T): T {
    return setSlot(this, key, task);
  }

  /** What holds `key`, or undefined. */
  get(key: unknown): unknown {
    return slotValue(this, key);
  }

  has(key: unknown): boolean {
    return this._x?.keys?.has(key) ?? false;
  }

  /** Disposes what holds `key`. Returns whether there was something. */
  delete(key: unknown): boolean {
    return deleteSlot(this, key);
  }

  /**
   * Removes a task, Connection or child scope WITHOUT disposing it (its ownership is handed
   * elsewhere). Returns whether it was here.
   */
  detach(task: unknown): boolean {
    if (task instanceof Connection) {
      if (task._scope !== this) return false;
      task._end(End.Detached, true);
      return true;
    }
    if (task instanceof Scope) {
      if (task._parent !== this) return false;
      removeChild(this, task);
      task._parent = null;
      task._meta?.host?._addRoot(task);
      return true;
    }
    const entries = this._entries;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e === task) {
        entries[i] = undefined;
        this._dead++;
        maybeCompact(this);
        return true;
      }
      if (e instanceof Connection && e._type === ConnType.Task && e._target === task) {
        e._end(End.Detached, true);
        return true;
      }
    }
    return false;
  }

  /**
   * Ends this scope when `lifetime` ends: an AbortSignal aborts, another Scope is disposed, or
   * an emitter / EventTarget emits `event` (a socket's 'close'). The binding is removed when
   * this scope ends first. Returns this scope.
   */
  bind(
    lifetime: AbortSignal | Scope | EmitterLike | EventTargetLike,
    event?: string | symbol,
  ): this {
    const end = (): void => this.dispose();
    if (lifetime instanceof Scope) {
      if (lifetime === this || this._isAncestorOf(lifetime)) {
        throw invalidArgument('A scope cannot be bound to itself or to one of its descendants');
      }
      if (lifetime.disposed) {
        this.dispose();
        return this;
      }
      const link = lifetime._track(
        new Connection(ConnType.Task, KindIndex.Custom, end, undefined, undefined),
        {
          description: `ends scope${this._label()}`,
        },
      );
      this.defer(() => link._cancel());
    } else if (isAbortSignal(lifetime)) {
      if (lifetime.aborted) this.dispose();
      else
        this.listen(lifetime, 'abort', end, { once: true }, { description: 'bind(AbortSignal)' });
    } else if (event === undefined) {
      throw invalidArgument(
        'bind(emitter, event): an emitter or EventTarget needs the name of the event that ends the scope',
      );
    } else if (isEventTarget(lifetime) && typeof event === 'string') {
      this.listen(lifetime, event, end, { once: true });
    } else {
      this.on(lifetime as EmitterLike, event, end);
    }
    return this;
  }

  // ---------------------------------------------------------------- registration helpers

  /** `emitter.on(event, listener)`, removed with `off`/`removeListener` on dispose. */
  on(
    emitter: EmitterLike,
    event: string | symbol,
    listener: Listener,
    meta?: ConnectionMeta,
  ): Connection {
    if (typeof listener !== 'function') throw optionError('listener', 'a function', listener);
    const e = emitter as Required<EmitterLike>;
    const isObject = e !== null && typeof e === 'object';
    let type: number;
    if (isObject && typeof e.on === 'function' && typeof e.off === 'function') {
      e.on(event, listener);
      type = ConnType.EmitterOff;
    } else if (
      isObject &&
      typeof e.addListener === 'function' &&
      typeof e.removeListener === 'function'
    ) {
      e.addListener(event, listener);
      type = ConnType.EmitterRemove;
    } else {
      throw invalidArgument(
        `Expected an emitter with on/off or addListener/removeListener, got ${describeValue(emitter)}`,
      );
    }
    return this._track(new Connection(type, KindIndex.Listener, emitter, event, listener), meta);
  }

  /** `onMany(emitter, { data: fn, end: fn2 })`: one connection per event. */
  onMany(
    emitter: EmitterLike,
    listeners: Record<string | symbol, Listener>,
    meta?: ConnectionMeta,
  ): Connection[] {
    if (typeof listeners !== 'object' || listeners === null)
      throw optionError('listeners', 'an object of event: listener', listeners);
    return Reflect.ownKeys(listeners).map((k) =>
      this.on(emitter, k, listeners[k as string] as Listener, meta),
    );
  }

  /**
   * `target.addEventListener(type, listener, options)`, removed on dispose with the same
   * capture flag. With `{ once: true }` the connection leaves the scope when it fires, and with
   * `{ signal }` when the signal aborts (its 'abort' listener goes when the connection ends).
   */
  listen(
    target: EventTargetLike,
    type: string,
    listener: Listener | { handleEvent(e: any): void },
    options?: boolean | AddEventListenerOptions,
    meta?: ConnectionMeta,
  ): Connection {
    if (!isEventTarget(target))
      throw invalidArgument(
        `Expected an EventTarget (addEventListener/removeEventListener), got ${describeValue(target)}`,
      );
    if (
      typeof listener !== 'function' &&
      typeof (listener as { handleEvent?: unknown })?.handleEvent !== 'function'
    )
      throw optionError('listener', 'a function or an object with handleEvent', listener);
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    const once = typeof options === 'object' && options !== null && options.once === true;
    const signal = typeof options === 'object' && options !== null ? options.signal : undefined;
    // With once, the target drops the listener after one call; the connection follows it.
    const registered: any = once
      ? function (this: unknown, ev: unknown): void {
          unlinkSignal(c);
          c._end(End.ByItself, true);
          if (typeof listener === 'function') listener.call(this, ev);
          else listener.handleEvent(ev);
        }
      : listener;
    target.addEventListener(type, registered, options);
    const c = new Connection(
      capture ? ConnType.EventTargetCapture : ConnType.EventTarget,
      KindIndex.Listener,
      target,
      type,
      registered,
    );
    this._track(c, meta);
    // With a signal, the target drops the listener on abort: the connection follows it too,
    // or a long-lived scope would keep one entry per aborted operation until it ends.
    if (signal != null && (c._flags & Flag.Done) === 0) {
      if (signal.aborted)
        c._end(End.ByItself, true); // the target added nothing
      else {
        const onAbort = (): void => {
          unlinkSignal(c);
          c._end(End.ByItself, true);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        c._x().unlinkSignal = () => signal.removeEventListener('abort', onAbort);
      }
    }
    return c;
  }

  /**
   * Connects to a Signal, or to anything whose `connect(listener)` / `subscribe(listener)`
   * returns a disposable-like; disconnected on dispose.
   */
  connect(
    source: Signal<any> | ReadonlySignal<any> | ConnectableLike,
    listener: Listener,
    meta?: ConnectionMeta,
  ): Connection {
    if (source instanceof Signal) return this._adoptConnection(source.connect(listener), meta);
    const s = source as ConnectableLike;
    let r: unknown;
    if (s !== null && typeof s === 'object' && typeof s.connect === 'function')
      r = s.connect(listener);
    else if (s !== null && typeof s === 'object' && typeof s.subscribe === 'function')
      r = s.subscribe(listener);
    else
      throw invalidArgument(
        `Expected a Signal or an object with connect() or subscribe(), got ${describeValue(source)}`,
      );
    return this._wrapResult(r, 'connect()', meta);
  }

  /** `observable.subscribe(observer)`; the subscription is unsubscribed on dispose. */
  subscribe(
    observable: { subscribe(observer: any): unknown },
    observer: unknown,
    meta?: ConnectionMeta,
  ): Connection {
    if (
      observable === null ||
      typeof observable !== 'object' ||
      typeof observable.subscribe !== 'function'
    )
      throw invalidArgument(
        `Expected an observable with subscribe(), got ${describeValue(observable)}`,
      );
    return this._wrapResult(observable.subscribe(observer), 'subscribe()', meta);
  }

  /** A timeout cleared on dispose; once it has fired it leaves the scope by itself. */
  setTimeout(fn: () => void, ms: number, meta?: TimerOptions): Connection {
    if (typeof fn !== 'function') throw optionError('fn', 'a function', fn);
    checkTimerMs('ms', ms);
    const c = new Connection(ConnType.Timeout, KindIndex.Timer, undefined, ms, undefined);
    const handle = setTimeout(() => {
      if ((c._flags & Flag.Done) !== 0) return;
      c._end(End.ByItself, true);
      c._target = undefined;
      fn();
    }, ms);
    c._target = handle;
    if (meta?.unref) (handle as { unref?: () => void }).unref?.();
    return this._track(c, meta);
  }

  /**
   * An interval cleared on dispose. With `maxCalls`, it clears itself after its last call and
   * leaves the scope.
   */
  setInterval(fn: () => void, ms: number, options?: IntervalOptions): Connection {
    if (typeof fn !== 'function') throw optionError('fn', 'a function', fn);
    checkTimerMs('ms', ms);
    const max = options?.maxCalls;
    checkNumber('maxCalls', max, { min: 1, integer: true });
    let calls = 0;
    const c = new Connection(ConnType.Interval, KindIndex.Timer, undefined, ms, undefined);
    const handle = setInterval(() => {
      if ((c._flags & Flag.Done) !== 0) return;
      if (max !== undefined && ++calls >= max) {
        c._end(End.ByItself, true);
        c._target = undefined;
        clearInterval(handle);
      }
      fn();
    }, ms);
    c._target = handle;
    if (options?.unref) (handle as { unref?: () => void }).unref?.();
    return this._track(c, options);
  }

  /** A listener called at most once, then removed (emitter, EventTarget or Signal). */
  once(
    source: EventSource,
    event: string | symbol | undefined,
    listener: Listener,
    meta?: ConnectionMeta,
  ): Connection {
    if (typeof listener !== 'function') throw optionError('listener', 'a function', listener);
    if (source instanceof Signal) return this._adoptConnection(source.once(listener), meta);
    const wrapped = function (this: unknown, ...args: unknown[]): void {
      c.dispose();
      listener.apply(this, args);
    };
    const c: Connection = this._listenAny(source, event, wrapped, meta);
    return c;
  }

  /**
   * Resolves with the arguments of the next `event` (or the next fire of a Signal). Rejects
   * with an AbortError when this scope ends first, or a LEAKGUARD_TIMEOUT error after
   * `timeoutMs`. Leaves nothing behind.
   */
  wait(
    source: EventSource,
    event?: string | symbol,
    options?: { timeoutMs?: number },
  ): Promise<unknown[]> {
    return waitFor(this, source, event, options);
  }

  /**
   * Calls `listener` at most once per `ms` (touch/collision-style events), or once per `ms`
   * per key when `key(...args)` is given (per player). Per-key state is pruned as it expires.
   */
  debounce(
    source: EventSource,
    event: string | symbol | undefined,
    ms: number,
    listener: Listener,
    options?: DebounceOptions & ConnectionMeta,
  ): Connection {
    return debounce(this, source, event, ms, listener, options);
  }

  /**
   * Calls `connect(attempt, signal)` until it returns (or resolves to) a disposable-like,
   * retrying with exponential back-off; the result joins this scope. Rejects with a
   * LEAKGUARD_RETRY_EXHAUSTED error (its `cause` is the last failure), or an AbortError when
   * the scope ends first.
   */
  connectWithRetry<T>(
    connect: (attempt: number, signal: AbortSignal) => T | Promise<T>,
    options?: RetryOptions,
  ): Promise<T> {
    return connectWithRetry(this, connect, options);
  }

  // ---------------------------------------------------------------- disposing

  /**
   * Runs every cleanup once, last added first. Every task runs even when some throw; then the
   * errors are thrown (one as itself, several as an AggregateError). Idempotent.
   *
   * During a `disposeAsync()` it runs at once the cleanups that one has not started yet
   * (children's included) and throws their errors; it cannot wait for the async cleanup being
   * awaited, which the `disposeAsync()` promise still waits for (`disposed` is true all along).
   */
  dispose(): void {
    const during = this._state !== ScopeState.Live;
    const entries = during ? this._x?.asyncLeft : this._begin();
    if (entries == null) return;
    let errors: unknown[] | null = null;
    for (let i = entries.length - 1; i >= 0; i--) {
      const e = entries[i];
      if (e === undefined) continue;
      entries[i] = undefined;
      try {
        if (e instanceof Connection) {
          // an entry that ended, or moved to another scope, is not ours any more
          if (e._scope === this && (e._flags & Flag.Done) === 0) {
            const host = e._end(End.Disposed, false);
            const r = e._run(false, host);
            if (isThenable(r)) e._watchAsync(r, host);
          }
        } else if (e instanceof Scope) {
          e._parent = null;
          e.dispose();
        } else {
          const r = disposeValue(e);
          if (isThenable(r)) watchRaw(r);
        }
      } catch (err) {
        (errors ??= []).push(err);
      }
    }
    if (!during) this._state = ScopeState.Disposed; // else disposeAsync() ends it
    throwCollected(errors, `scope${this._label()}`);
  }

  /**
   * Like `dispose()` but awaits async cleanups one after the other (LIFO, like
   * AsyncDisposableStack), each for at most `timeoutMs`. Resolves with what was done; rejects
   * with the collected errors (their `report` property holds the report). Idempotent: a second
   * call returns the same promise. A sync `dispose()` meanwhile runs at once what it has not
   * reached; the report counts only what this call ran.
   */
  disposeAsync(options: DisposeAsyncOptions = {}): Promise<DisposeReport> {
    return disposeScopeAsync(this, options);
  }

  [DISPOSE](): void {
    this.dispose();
  }

  async [ASYNC_DISPOSE](): Promise<void> {
    await this.disposeAsync();
  }

  // ---------------------------------------------------------------- internals

  /** @internal Registers a connection made by a helper, or disposes it at once when this scope has ended. */
  _track(c: Connection, meta: ConnectionMeta | undefined): Connection {
    if (meta !== undefined) {
      try {
        applyMeta(c, meta);
      } catch (e) {
        c.dispose(); // bad metadata: the listener or timer already made must not outlive the throw
        throw e;
      }
    }
    if (this._state !== ScopeState.Live) {
      c.dispose();
      return c;
    }
    c._scope = this;
    this._entries.push(c);
    const m = this._meta;
    if (m !== null && m.host !== null) m.host._track(c, m);
    return c;
  }

  /** @internal Registers on an emitter, EventTarget or Signal, whichever `source` is. */
  _listenAny(
    source: EventSource,
    event: string | symbol | undefined,
    fn: Listener,
    meta?: ConnectionMeta,
  ): Connection {
    if (source instanceof Signal) return this._adoptConnection(source.connect(fn), meta);
    if (event === undefined) throw invalidArgument('An emitter or EventTarget needs an event name');
    if (isEventTarget(source) && typeof event === 'string')
      return this.listen(source, event, fn, undefined, meta);
    return this.on(source as EmitterLike, event, fn, meta);
  }

  /** @internal A connection that left on its own: its entry is now dead. */
  _removeConnection(c: Connection): void {
    if (this._state === ScopeState.Live) {
      this._dead++;
      maybeCompact(this);
    }
    if (c._aux !== null) leaveSlot(this, c); // null, the common case: not in a keyed slot
  }

  /** @internal Walks live connections (children included). */
  *_connections(): Generator<Connection> {
    if (this._dead > 0 && this._state === ScopeState.Live) compact(this);
    for (const e of this._entries) {
      if (e instanceof Connection) {
        if (e._scope === this) yield e;
      } else if (e instanceof Scope) yield* e._connections();
    }
  }

  /** @internal */
  _begin(): unknown[] {
    this._state = ScopeState.Disposing;
    hooks.scopeTracker?.disposed(this);
    const parent = this._parent;
    if (parent !== null) {
      this._parent = null;
      removeChild(parent, this);
    }
    this._meta?.host?._scopeEnded(this);
    const ctrl = this._x?.ctrl;
    if (ctrl != null && !ctrl.signal.aborted) {
      try {
        ctrl.abort(this._abortReason());
      } catch (e) {
        reportError(e, `an abort listener of scope${this._label()} threw`);
      }
    }
    const entries = this._entries;
    this._entries = [];
    this._dead = 0;
    if (this._x !== null) this._x.keys = null;
    return entries;
  }

  /** @internal */
  _adoptConnection(c: Connection, meta: ConnectionMeta | undefined): Connection {
    if ((c._flags & Flag.Done) !== 0) return c;
    if (c._scope === this && meta === undefined) return c;
    // Re-tracking (rather than patching metadata in place) keeps every manager index exact.
    if (c._scope !== null) c._end(End.Detached, true);
    return this._track(c, meta);
  }

  /** @internal */
  _adoptScope(s: Scope): void {
    if (s === this || s._isAncestorOf(this))
      throw invalidArgument('A scope cannot own itself or one of its ancestors');
    if (s._state !== ScopeState.Live || s._parent === this) return;
    if (s._parent !== null) removeChild(s._parent, s);
    else s._meta?.host?._removeRoot(s);
    pushChild(this, s);
  }

  /** @internal */
  _wrapResult(r: unknown, what: string, meta: ConnectionMeta | undefined): Connection {
    if (r instanceof Connection) return this._adoptConnection(r, meta);
    if (!isDisposableLike(r))
      throw invalidArgument(
        `Expected ${what} to return a disposable or an unsubscribe function, got ${describeValue(r)}`,
      );
    return this._track(
      new Connection(ConnType.Task, KindIndex.Subscription, r, undefined, undefined),
      meta,
    );
  }

  /** @internal */
  _isAncestorOf(s: Scope): boolean {
    for (let p = s._parent; p !== null; p = p._parent) if (p === this) return true;
    return false;
  }

  /** @internal */
  _label(): string {
    return this.name === undefined ? '' : ` '${this.name}'`;
  }

  /** @internal */
  _abortReason(): unknown {
    return abortError(`Scope${this._label()} was disposed`);
  }
}

/** Per-call metadata keys (ConnectionMeta, plus the timer options that travel with it). */
const META_KEYS = [
  'kind',
  'description',
  'tags',
  'site',
  'target',
  'isValid',
  'unref',
  'maxCalls',
] as const;

function applyMeta(c: Connection, meta: ConnectionMeta): void {
  // for-in with compares, not Object.keys: no array per registration
  for (const k in meta)
    if (
      k !== 'kind' &&
      k !== 'description' &&
      k !== 'tags' &&
      k !== 'site' &&
      k !== 'target' &&
      k !== 'isValid' &&
      k !== 'unref' &&
      k !== 'maxCalls'
    )
      throw unknownOptionError('', k, META_KEYS);
  if (meta.kind !== undefined) c._setKind(meta.kind);
  if (
    meta.description === undefined &&
    meta.tags === undefined &&
    meta.site === undefined &&
    meta.target === undefined &&
    meta.isValid === undefined
  )
    return;
  const x = c._x();
  if (meta.description !== undefined) x.desc = meta.description;
  if (meta.tags !== undefined) x.tags = meta.tags;
  if (meta.site !== undefined) x.site = meta.site;
  if (meta.target !== undefined) x.weak = new WeakRef(meta.target);
  if (meta.isValid !== undefined) x.isValid = meta.isValid;
}

/** @internal Disposes a task handed to a scope that has ended. */
export function disposeNow(task: unknown): void {
  if (task instanceof Connection || task instanceof Scope) task.dispose();
  else {
    const r = disposeValue(task);
    if (isThenable(r)) watchRaw(r);
  }
}

/** @internal Reports an async cleanup's failure during a sync dispose. */
export function watchRaw(p: PromiseLike<unknown>): void {
  Promise.resolve(p).then(undefined, (e: unknown) =>
    reportError(e, 'an async cleanup failed during a sync dispose'),
  );
}

function isAbortSignal(v: unknown): v is AbortSignal {
  return typeof AbortSignal === 'function' && v instanceof AbortSignal;
}

function isEventTarget(v: unknown): v is EventTargetLike {
  return (
    v !== null &&
    typeof v === 'object' &&
    typeof (v as EventTargetLike).addEventListener === 'function' &&
    typeof (v as EventTargetLike).removeEventListener === 'function'
  );
}
