/**
 * The composite helpers of Scope (wait, debounce, connectWithRetry), built only from the
 * scope's own primitives: each one keeps its listeners and timers in a child scope, so
 * whichever way it ends — success, timeout, the parent scope ending — nothing stays behind.
 */
import type { Connection, ConnectionMeta } from './connection.js';
import { assertDisposableLike } from './disposable.js';
import { abortError, LeakguardError } from '../internal/errors.js';
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import type { EventSource, Scope } from './scope.js';
import { Signal } from './signal.js';

export interface DebounceOptions {
  /**
   * Debounce per key (e.g. per player): `key(...args)` names the bucket. Expired keys are
   * pruned, so the state stays as large as the keys seen within `ms`.
   * @default undefined // one bucket for every call
   */
  key?: (...args: any[]) => unknown;
}

export interface RetryOptions {
  /**
   * Attempts in all, the first included.
   * @default 3
   */
  attempts?: number;
  /**
   * Delay before retry n (1-based), in milliseconds: a number doubled after each failure
   * (capped by `maxBackoffMs`), or a function of n.
   * @default 1000
   */
  backoffMs?: number | ((retry: number) => number);
  /**
   * Upper bound of the doubling back-off, in milliseconds.
   * @default 30000
   */
  maxBackoffMs?: number;
}

type Listener = (...args: any[]) => void;

export function waitFor(
  scope: Scope,
  source: EventSource,
  event: string | symbol | undefined,
  options: { timeoutMs?: number } = {},
): Promise<unknown[]> {
  checkKnownKeys(options, ['timeoutMs']);
  const { timeoutMs } = options;
  checkTimerMs('timeoutMs', timeoutMs);
  if (source instanceof Signal) {
    return source.wait(
      timeoutMs === undefined ? { signal: scope.signal } : { signal: scope.signal, timeoutMs },
    );
  }
  return new Promise<unknown[]>((resolve, reject) => {
    if (scope.disposed) {
      reject(abortError(`Scope${scope.name ? ` '${scope.name}'` : ''} is disposed`));
      return;
    }
    const sub = scope.child('wait');
    // Runs whichever way `sub` ends; after a resolve it is a no-op.
    sub.defer(() =>
      reject(abortError(`Scope${scope.name ? ` '${scope.name}'` : ''} was disposed while waiting`)),
    );
    try {
      sub.once(source, event, (...args: unknown[]) => {
        resolve(args);
        sub.dispose();
      });
      if (timeoutMs !== undefined) {
        sub.setTimeout(() => {
          reject(
            new LeakguardError(
              'LEAKGUARD_TIMEOUT',
              `Timed out after ${timeoutMs} ms waiting for '${String(event)}'`,
            ),
          );
          sub.dispose();
        }, timeoutMs);
      }
    } catch (e) {
      // Not something we can listen to: the wait fails with that error, and its child scope
      // must not stay behind in `scope` (one per failed call, until `scope` ends).
      reject(e);
      sub.dispose();
    }
  });
}

export function debounce(
  scope: Scope,
  source: EventSource,
  event: string | symbol | undefined,
  ms: number,
  listener: Listener,
  options: DebounceOptions & ConnectionMeta = {},
): Connection {
  checkNumber('ms', ms);
  if (typeof listener !== 'function') throw optionError('listener', 'a function', listener);
  const keyFn = options.key;
  if (keyFn !== undefined && typeof keyFn !== 'function')
    throw optionError('key', 'a function', keyFn);
  let until = -Infinity;
  const byKey = keyFn ? new Map<unknown, number>() : null;
  let pruneAt = 64;
  const wrapped = function (this: unknown, ...args: unknown[]): void {
    const now = performance.now();
    if (byKey !== null) {
      const k = (keyFn as (...a: unknown[]) => unknown)(...args);
      const u = byKey.get(k);
      if (u !== undefined && now < u) return;
      byKey.set(k, now + ms);
      if (byKey.size >= pruneAt) {
        for (const [key, t] of byKey) if (t <= now) byKey.delete(key);
        pruneAt = Math.max(64, byKey.size * 2);
      }
    } else {
      if (now < until) return;
      until = now + ms;
    }
    listener.apply(this, args);
  };
  const { key: _key, ...meta } = options;
  return scope._listenAny(source, event, wrapped, meta);
}

export async function connectWithRetry<T>(
  scope: Scope,
  connect: (attempt: number, signal: AbortSignal) => T | Promise<T>,
  options: RetryOptions = {},
): Promise<T> {
  if (typeof connect !== 'function') throw optionError('connect', 'a function', connect);
  checkKnownKeys(options, ['attempts', 'backoffMs', 'maxBackoffMs']);
  const { attempts = 3, backoffMs = 1000, maxBackoffMs = 30_000 } = options;
  checkNumber('attempts', attempts, { min: 1, integer: true });
  if (typeof backoffMs !== 'function') checkTimerMs('backoffMs', backoffMs);
  checkTimerMs('maxBackoffMs', maxBackoffMs);
  const aborted = (): Error =>
    abortError(`Scope${scope.name ? ` '${scope.name}'` : ''} was disposed during connectWithRetry`);
  let last: unknown;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    if (scope.disposed) throw aborted();
    try {
      const r = await connect(attempt, scope.signal);
      assertDisposableLike(r);
      scope.add(r); // disposed at once if the scope ended meanwhile
      if (scope.disposed) throw aborted();
      return r;
    } catch (e) {
      if (scope.disposed) throw aborted();
      last = e;
    }
    if (attempt < attempts) {
      const delay =
        typeof backoffMs === 'function'
          ? backoffMs(attempt)
          : Math.min(maxBackoffMs, backoffMs * 2 ** (attempt - 1));
      // a function's answer is an argument passed now: a delay Node cannot take is refused
      if (typeof backoffMs === 'function') checkTimerMs(`backoffMs(${attempt})`, delay);
      await sleep(scope, delay);
    }
  }
  throw new LeakguardError(
    'LEAKGUARD_RETRY_EXHAUSTED',
    `connect failed after ${attempts} attempt(s)`,
    { cause: last },
  );
}

/** Resolves after `ms`, or rejects with an AbortError when the scope ends first. */
function sleep(scope: Scope, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const sub = scope.child('retry back-off');
    sub.defer(() => reject(abortError('Scope was disposed during back-off')));
    sub.setTimeout(() => {
      resolve();
      sub.dispose();
    }, ms);
  });
}
