/**
 * Disposable-like values (docs/core.md, what `add()` takes) and how to dispose each of them.
 */
import { describeValue, invalidArgument } from '../internal/options.js';

/** `Symbol.dispose` / `Symbol.asyncDispose`, with the registry symbols as a fallback on old runtimes. */
export const DISPOSE: typeof Symbol.dispose =
  (Symbol as { dispose?: typeof Symbol.dispose }).dispose ??
  (Symbol.for('Symbol.dispose') as typeof Symbol.dispose);
export const ASYNC_DISPOSE: typeof Symbol.asyncDispose =
  (Symbol as { asyncDispose?: typeof Symbol.asyncDispose }).asyncDispose ??
  (Symbol.for('Symbol.asyncDispose') as typeof Symbol.asyncDispose);

/** Anything a Scope accepts. Checked at `add()` time. */
export type DisposableLike =
  | (() => unknown)
  | { [Symbol.dispose](): void }
  | { [Symbol.asyncDispose](): PromiseLike<void> }
  | { dispose(): unknown }
  | { unsubscribe(): unknown }
  | { disconnect(): unknown }
  | { close(): unknown }
  | { destroy(): unknown }
  | { abort(): unknown };

/** Method names tried, in order, after the two symbols. Node timers have `close()` and Symbol.dispose. */
const METHODS = ['dispose', 'unsubscribe', 'disconnect', 'close', 'destroy', 'abort'] as const;

export function isDisposableLike(value: unknown): value is DisposableLike {
  if (typeof value === 'function') return true;
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<PropertyKey, unknown>;
  if (typeof v[DISPOSE] === 'function' || typeof v[ASYNC_DISPOSE] === 'function') return true;
  for (const m of METHODS) if (typeof v[m] === 'function') return true;
  return false;
}

export function assertDisposableLike(value: unknown): asserts value is DisposableLike {
  if (!isDisposableLike(value)) {
    throw invalidArgument(`Expected a function or a disposable, got ${describeValue(value)}`);
  }
}

/**
 * Disposes a disposable-like synchronously. Prefers the synchronous protocol; an object that
 * only has `[Symbol.asyncDispose]` is started and its promise returned (the caller decides
 * whether to await it).
 */
export function disposeValue(value: unknown): unknown {
  if (typeof value === 'function') return (value as () => unknown)();
  const v = value as Record<PropertyKey, unknown>;
  const d = v[DISPOSE];
  if (typeof d === 'function') return d.call(v);
  for (const m of METHODS) {
    const f = v[m];
    if (typeof f === 'function') return f.call(v);
  }
  const a = v[ASYNC_DISPOSE];
  if (typeof a === 'function') return a.call(v);
  return undefined;
}

/** Like disposeValue but prefers `[Symbol.asyncDispose]`, for `disposeAsync()`. */
export function disposeValueAsync(value: unknown): unknown {
  if (typeof value === 'object' && value !== null) {
    const a = (value as Record<PropertyKey, unknown>)[ASYNC_DISPOSE];
    if (typeof a === 'function') return a.call(value);
  }
  return disposeValue(value);
}

export function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}
