/**
 * Signal<Args>: a typed event (rules in docs/core.md).
 *
 * Listeners are the Connection objects themselves, kept in an intrusive doubly linked list, so
 * connect is one allocation and disconnect is O(1) whatever the number of listeners. `fire`
 * does not walk the list: the first fire after a change builds a dispatcher for the current
 * listeners, reused until the next change (most signals fire far more often than they change).
 * For up to 16 listeners the dispatcher is an unrolled function generated once per listener
 * count (the technique of tseep): each call site stays monomorphic, so V8 can inline the
 * listeners. Where code generation is not allowed (a CSP without 'unsafe-eval'), and above 16
 * listeners, it is a loop over an array snapshot. With exactly one listener there is no
 * dispatcher: `fire` calls it directly (`_one`).
 *
 * Invariants during `fire` (each is tested):
 * - a listener connected during `fire` is not called by that fire (it is not in the snapshot);
 * - a listener disconnected during `fire` before it was reached is not called, also after a
 *   connect or a nested fire in the same fire (the loop checks each entry's `Flag.Done` bit; a
 *   generated dispatcher has its slot silenced by `_kills`, which reach the dispatchers that
 *   may still be running);
 * - a listener that throws goes to `onError`; the others still run;
 * - nothing keeps a reference to the fired arguments after `fire` returns, and a disposed
 *   listener is dropped from the snapshot at the next change.
 */
import { Connection, ConnType, Flag, KindIndex } from './connection.js';
import { abortError, LeakguardError, reportError } from '../internal/errors.js';
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import { linkLast, unlink } from '../internal/list.js';

export interface SignalOptions {
  /**
   * Shown in descriptions and error reports.
   * @default undefined // no name
   */
  name?: string;
  /**
   * Receives errors thrown by listeners (never thrown out of `fire`).
   * @default undefined // reported on `console.error`
   */
  onError?: (error: unknown, signal: Signal<any>) => void;
  /**
   * Warn once when more than this many listeners are connected (like EventEmitter's
   * maxListeners); re-armed when the count falls back under it. `0` = off.
   * @default 0
   */
  maxListeners?: number;
  /**
   * Receives the leak warning. What it throws is reported on `console.error`, never thrown out
   * of `connect`.
   * @default undefined // `console.warn`
   */
  onLeak?: (info: { signal: string; listeners: number; threshold: number }) => void;
}

export interface WaitOptions {
  /**
   * Rejects with `signal.reason` (an AbortError) when it aborts.
   * @default undefined // waits until the event or the timeout
   */
  signal?: AbortSignal;
  /**
   * Rejects with a `LEAKGUARD_TIMEOUT` error after this many milliseconds.
   * @default undefined // no timeout
   */
  timeoutMs?: number;
}

type Listener<Args extends unknown[]> = (...args: Args) => void;
/** Calls the listeners of one snapshot: `n` arguments, the first three inline, all in `rest` when more. */
type Dispatch = (n: number, a0: unknown, a1: unknown, a2: unknown, rest: unknown[] | null) => void;
/** A generated dispatcher and the function that silences one of its listeners. */
type Generated = [Dispatch, (c: Connection) => void];
type Factory = (snap: Connection[], fns: unknown[], onError: (e: unknown) => void) => Generated;

const MAX_UNROLLED = 16;
/** Kills kept: generated dispatchers that may still run below a fire (see `_kills`). */
const MAX_KILLS = 4;
const factories: (Factory | null)[] = [];
let codegen = true;

/**
 * The generated dispatcher for `k` listeners: for each, skip it when it was disconnected during
 * this fire, call its function (captured when the snapshot was built, so `this` is undefined
 * as in the loop) with exactly the arguments given, and send what it throws to `onError`.
 */
function unrolled(k: number): Factory | null {
  if (!codegen) return null;
  const cached = factories[k];
  if (cached !== undefined) return cached;
  // The listener functions are `let` slots: disconnecting a listener (even during this very
  // fire) points its slot at a no-op, so the hot path checks nothing per listener.
  let body = '"use strict";\nconst nop = () => {};\n';
  for (let i = 0; i < k; i++) body += `const c${i} = s[${i}]; let f${i} = f[${i}];\n`;
  const seq = (args: string): string => {
    let out = '';
    for (let i = 0; i < k; i++) out += `try { f${i}(${args}); } catch (e) { h(e); }\n`;
    return out;
  };
  body += 'const d = function (n, a0, a1, a2, r) {\n';
  body += `if (n === 1) {\n${seq('a0')}} else if (n === 0) {\n${seq('')}} else if (n === 2) {\n${seq('a0, a1')}}`;
  body += ` else if (n === 3) {\n${seq('a0, a1, a2')}} else {\n${seq('...r')}}\n`;
  body += '};\nconst kill = function (c) {\n';
  for (let i = 0; i < k; i++) body += `if (c === c${i}) { f${i} = nop; return; }\n`;
  body += '};\nreturn [d, kill];';
  let make: Factory | null;
  try {
    make = new Function('s', 'f', 'h', body) as Factory;
  } catch {
    codegen = false; // e.g. a Content-Security-Policy without 'unsafe-eval'
    make = null;
  }
  factories[k] = make;
  return make;
}

function loop(snap: Connection[], onError: (e: unknown) => void): Dispatch {
  return (n, a0, a1, a2, rest) => {
    for (let i = 0; i < snap.length; i++) {
      const c = snap[i] as Connection;
      if ((c._flags & Flag.Done) !== 0) continue;
      const fn = c._fn as (...a: unknown[]) => void;
      try {
        if (n === 1) fn(a0);
        else if (n === 0) fn();
        else if (n === 2) fn(a0, a1);
        else if (n === 3) fn(a0, a1, a2);
        else fn(...(rest as unknown[]));
      } catch (e) {
        onError(e);
      }
    }
  };
}

export class Signal<Args extends unknown[] = []> {
  readonly name: string | undefined;
  /** @internal The oldest listener (this Signal is its own intrusive list: internal/list.ts). */
  head: Connection | null = null;
  /** @internal The newest listener. */
  tail: Connection | null = null;
  /** @internal */ _size = 0;
  /** @internal calls the current listeners; rebuilt by `fire` after any change */
  _dispatch: Dispatch | null = null;
  /**
   * @internal silence a listener in the generated dispatchers that may still be running: the
   * current one's kill first, then those of the dispatchers it replaced. A fire whose listener
   * changed the list and fired again runs below a newer dispatcher, and a listener disconnected
   * later in that outer fire must not be called by it. Kept without knowing which dispatchers
   * still run (a running count in the dispatchers took bench/core's fire to 10 from 0.95-1.04x
   * to 1.1-1.5x of tseep): the last MAX_KILLS, so up to MAX_KILLS - 1 nested rebuilds in one
   * fire are exact. A kill of a finished dispatcher costs its comparisons and changes nothing.
   */
  _kills: ((c: Connection) => void)[] | null = null;
  /** @internal the listener, when there is exactly one (called without a dispatcher) */
  _one: ((...a: unknown[]) => void) | null = null;
  readonly #onError: ((error: unknown, signal: Signal<any>) => void) | undefined;
  readonly #threshold: number;
  readonly #onLeak: SignalOptions['onLeak'];
  #warned = false;

  constructor(options: SignalOptions = {}) {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, ['name', 'onError', 'maxListeners', 'onLeak']);
    const { name, onError, maxListeners = 0, onLeak } = options;
    if (name !== undefined && typeof name !== 'string') throw optionError('name', 'a string', name);
    if (onError !== undefined && typeof onError !== 'function')
      throw optionError('onError', 'a function', onError);
    if (onLeak !== undefined && typeof onLeak !== 'function')
      throw optionError('onLeak', 'a function', onLeak);
    checkNumber('maxListeners', maxListeners, { integer: true });
    this.name = name;
    this.#onError = onError;
    this.#threshold = maxListeners;
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
      ConnType.Signal,
      KindIndex.Listener,
      this,
      undefined,
      listener as (...a: any[]) => unknown,
    );
    this._dispatch = null;
    this._one = null; // a fire in progress keeps its own dispatcher (and _kills reach it)
    linkLast(this, c);
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
    checkKnownKeys(options, ['signal', 'timeoutMs']);
    const { signal, timeoutMs } = options;
    checkTimerMs('timeoutMs', timeoutMs);
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
  fire(...args: Args): void;
  // No rest parameter: `arguments` read by index in a strict function allocates nothing (V8
  // escape-analyses it), where a rest array would be created on every fire.
  fire(): void {
    /* eslint-disable prefer-rest-params */
    let one = this._one;
    if (one === null) {
      let d = this._dispatch;
      if (d === null) {
        const head = this.head;
        if (head === null) return;
        // Exactly one listener, the most common case: no dispatcher, the listener is called
        // directly until the next connect or disconnect.
        if (head === this.tail) one = this._one = head._fn as (...a: unknown[]) => void;
        else d = this.#build();
      }
      if (d !== null) {
        // Read only the arguments that were passed (an out-of-range `arguments[i]` is slow).
        const n = arguments.length;
        if (n === 1) d(1, arguments[0], undefined, undefined, null);
        else if (n === 0) d(0, undefined, undefined, undefined, null);
        else if (n === 2) d(2, arguments[0], arguments[1], undefined, null);
        else if (n === 3) d(3, arguments[0], arguments[1], arguments[2], null);
        else d(n, undefined, undefined, undefined, Array.prototype.slice.call(arguments));
        return;
      }
    }
    // One listener: whatever it connects or disconnects during the call, nothing is left to
    // call or skip in this fire (a listener connected now waits for the next fire, as always).
    try {
      const n = arguments.length;
      if (n === 1) one!(arguments[0]);
      else if (n === 0) one!();
      else if (n === 2) one!(arguments[0], arguments[1]);
      else one!(...Array.prototype.slice.call(arguments));
    } catch (e) {
      this.#handleError(e);
    }
    /* eslint-enable prefer-rest-params */
  }

  /** Disconnects every listener. */
  disconnectAll(): void {
    while (this.head !== null) this.head.dispose();
  }

  /** Same as `disconnectAll()`, so a Signal can be handed to a Scope. */
  dispose(): void {
    this.disconnectAll();
  }

  /** @internal Called by Connection when it is disposed. */
  _unlink(c: Connection): void {
    unlink(this, c);
    const kills = this._kills; // bounded: MAX_KILLS × MAX_UNROLLED comparisons at most
    if (kills !== null) for (let i = 0; i < kills.length; i++) kills[i]!(c);
    this._dispatch = null;
    this._one = null;
    if (--this._size <= this.#threshold) this.#warned = false;
  }

  #build(): Dispatch {
    const snap: Connection[] = new Array<Connection>(this._size);
    let i = 0;
    for (let c = this.head; c !== null; c = c._next) snap[i++] = c;
    const onError = (e: unknown): void => this.#handleError(e);
    const make = snap.length <= MAX_UNROLLED ? unrolled(snap.length) : null;
    let d: Dispatch;
    if (make !== null) {
      let kill: (c: Connection) => void;
      [d, kill] = make(
        snap,
        snap.map((c) => c._fn),
        onError,
      );
      const kills = (this._kills ??= []);
      kills.unshift(kill);
      if (kills.length > MAX_KILLS) kills.pop();
    } else {
      d = loop(snap, onError); // checks each listener's Flag.Done: nothing to silence
    }
    this._dispatch = d;
    return d;
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
    if (this.#onLeak) {
      // Reported, not thrown: the listener is already connected, and a throw out of `connect`
      // would leave it connected with nobody holding its Connection to remove it.
      try {
        this.#onLeak(info);
      } catch (e) {
        reportError(e, `onLeak of signal '${info.signal}' threw`);
      }
    } else
      console.warn(
        `[leakguard] possible leak: ${info.listeners} listeners on signal '${info.signal}' (threshold ${info.threshold})`,
      );
  }
}
