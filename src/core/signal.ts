/**
 * Signal<Args>: a typed event (DESIGN.md, core vocabulary).
 *
 * Listeners are the Connection objects themselves, kept in an intrusive doubly linked list:
 * connect is one allocation, disconnect is O(1) whatever the number of listeners, and `fire`
 * walks the list without copying it.
 *
 * Invariants during `fire` (each is tested):
 * - a listener connected during `fire` is not called by that fire: every connection records the
 *   signal's epoch when it connects, and `fire` stops at the first one newer than its start;
 * - a listener disconnected during `fire` before it was reached is not called: it is unlinked,
 *   and a connection removed while a fire is running keeps its `_next` pointer until the
 *   outermost fire ends, so the iteration can step past it (then the pointer is cleared, so a
 *   disposed connection that someone keeps retains nothing);
 * - a listener that throws goes to `onError`; the others still run;
 * - nothing keeps a reference to the fired arguments after `fire` returns.
 */
import { Connection, T_SIGNAL } from './connection.js';
import { abortError, checkNumber, LeakguardError, optionError, reportError } from './errors.js';

export interface SignalOptions {
  /** Shown in descriptions and error reports. */
  name?: string;
  /**
   * Receives errors thrown by listeners. Default: reported on `console.error` (never thrown out
   * of `fire`).
   */
  onError?: (error: unknown, signal: Signal<any>) => void;
  /**
   * Warn once when more than this many listeners are connected (like EventEmitter's
   * maxListeners). Default: `0` = off. Re-armed when the count falls back under it.
   */
  leakThreshold?: number;
  /** Receives the leak warning. Default: `console.warn`. */
  onLeak?: (info: { signal: string; listeners: number; threshold: number }) => void;
}

export interface WaitOptions {
  /** Rejects with `signal.reason` (an AbortError) when it aborts. */
  signal?: AbortSignal;
  /** Rejects with a `LEAKGUARD_TIMEOUT` error after this many milliseconds. Default: no timeout. */
  timeoutMs?: number;
}

type Listener<Args extends unknown[]> = (...args: Args) => void;

export class Signal<Args extends unknown[] = []> {
  readonly name: string | undefined;
  /** @internal */ _head: Connection | null = null;
  /** @internal */ _tail: Connection | null = null;
  /** @internal */ _size = 0;
  /** @internal */ _epoch = 0;
  /** @internal */ _firing = 0;
  /** @internal connections unlinked during a fire; their `_next` is cleared when it ends */
  _dead: Connection[] | null = null;
  readonly #onError: ((error: unknown, signal: Signal<any>) => void) | undefined;
  readonly #threshold: number;
  readonly #onLeak: SignalOptions['onLeak'];
  #warned = false;

  constructor(options: SignalOptions = {}) {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    const { name, onError, leakThreshold = 0, onLeak } = options;
    if (name !== undefined && typeof name !== 'string') throw optionError('name', 'a string', name);
    if (onError !== undefined && typeof onError !== 'function')
      throw optionError('onError', 'a function', onError);
    if (onLeak !== undefined && typeof onLeak !== 'function')
      throw optionError('onLeak', 'a function', onLeak);
    checkNumber('leakThreshold', leakThreshold, { integer: true });
    this.name = name;
    this.#onError = onError;
    this.#threshold = leakThreshold;
    this.#onLeak = onLeak;
  }

  /** Number of connected listeners. */
  get size(): number {
    return this._size;
  }

  /** Connects a listener; dispose the returned Connection to disconnect it (O(1)). */
  connect(listener: Listener<Args>): Connection {
    if (typeof listener !== 'function') throw optionError('listener', 'a function', listener);
    const c = new Connection(
      T_SIGNAL,
      'listener',
      this,
      undefined,
      listener as (...a: any[]) => unknown,
    );
    c._epoch = ++this._epoch;
    const tail = this._tail;
    c._prev = tail;
    if (tail === null) this._head = c;
    else tail._next = c;
    this._tail = c;
    if (++this._size > this.#threshold && this.#threshold > 0 && !this.#warned) this.#warn();
    return c;
  }

  /** Connects a listener that is disconnected before its first call. */
  once(listener: Listener<Args>): Connection {
    if (typeof listener !== 'function') throw optionError('listener', 'a function', listener);
    const c = this.connect(function (this: unknown, ...args: Args) {
      c.dispose();
      listener.apply(this, args);
    });
    return c;
  }

  /**
   * Resolves with the arguments of the next `fire`. Rejects with the AbortSignal's reason when
   * it aborts (an AbortError — pass `scope.signal` to tie the wait to a scope), or with a
   * `LEAKGUARD_TIMEOUT` error after `timeoutMs`. Leaves no listener or timer behind either way.
   */
  wait(options: WaitOptions = {}): Promise<Args> {
    const { signal, timeoutMs } = options;
    checkNumber('timeoutMs', timeoutMs);
    return new Promise<Args>((resolve, reject) => {
      if (signal?.aborted) {
        reject(signal.reason ?? abortError('The wait was aborted'));
        return;
      }
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = (): void => {
        conn.dispose();
        signal?.removeEventListener('abort', onAbort);
        if (timer !== undefined) clearTimeout(timer);
      };
      const onAbort = (): void => {
        done();
        reject(signal?.reason ?? abortError('The wait was aborted'));
      };
      const conn = this.connect((...args: Args) => {
        done();
        resolve(args);
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          done();
          const what = this.name ? `signal '${this.name}'` : 'signal';
          reject(
            new LeakguardError(
              'LEAKGUARD_TIMEOUT',
              `Timed out after ${timeoutMs} ms waiting for ${what}`,
            ),
          );
        }, timeoutMs);
      }
    });
  }

  /** Calls every listener connected before this call, in connection order. Never throws. */
  fire(...args: Args): void {
    if (this._head === null) return;
    const limit = this._epoch;
    this._firing++;
    try {
      for (let c: Connection | null = this._head; c !== null; c = c._next) {
        if (c._epoch > limit) break;
        if (c._state !== 0) continue;
        try {
          (c._fn as Listener<Args>)(...args);
        } catch (e) {
          this.#handleError(e);
        }
      }
    } finally {
      if (--this._firing === 0 && this._dead !== null) this.#clearDead();
    }
  }

  /** Disconnects every listener. */
  disconnectAll(): void {
    while (this._head !== null) this._head.dispose();
  }

  /** Same as `disconnectAll()`, so a Signal can be handed to a Scope. */
  dispose(): void {
    this.disconnectAll();
  }

  /** @internal Called by Connection when it is disposed. */
  _unlink(c: Connection): void {
    const p = c._prev;
    const n = c._next;
    if (p === null) this._head = n;
    else p._next = n;
    if (n === null) this._tail = p;
    else n._prev = p;
    c._prev = null;
    if (this._firing > 0) (this._dead ??= []).push(c);
    else c._next = null;
    if (--this._size <= this.#threshold) this.#warned = false;
  }

  #clearDead(): void {
    const dead = this._dead as Connection[];
    this._dead = null;
    for (const c of dead) c._next = null;
  }

  #handleError(e: unknown): void {
    const handler = this.#onError;
    if (handler === undefined) {
      reportError(e, `a listener of signal '${this.name ?? 'anonymous'}' threw`);
      return;
    }
    try {
      handler(e, this);
    } catch (e2) {
      reportError(e2, `onError of signal '${this.name ?? 'anonymous'}' threw`);
    }
  }

  #warn(): void {
    this.#warned = true;
    const info = {
      signal: this.name ?? 'anonymous',
      listeners: this._size,
      threshold: this.#threshold,
    };
    if (this.#onLeak) this.#onLeak(info);
    else
      console.warn(
        `[leakguard] possible leak: ${info.listeners} listeners on signal '${info.signal}' (threshold ${info.threshold})`,
      );
  }
}
