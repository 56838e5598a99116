/**
 * Errors with a stable `code`, and how errors that have nowhere to go are reported. Shared by
 * every layer; no Node imports (core uses it). Codes come from the catalogue (error-codes.ts).
 */

import type { ErrorCodeThrownAs } from './error-codes.js';

export type { LeakguardErrorCode } from './error-codes.js';

/**
 * An error with a stable machine-readable `code` (like Node's `ERR_*` and fastify's `FST_*`).
 * Its codes are the catalogue's rows whose class is `LeakguardError` (internal/error-codes.ts).
 */
export class LeakguardError extends Error {
  readonly code: ErrorCodeThrownAs<'LeakguardError'>;
  constructor(
    code: ErrorCodeThrownAs<'LeakguardError'>,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'LeakguardError';
    this.code = code;
  }
}

/** The built-in classes some catalogue codes are thrown as (what `instanceof` users expect). */
type BuiltinCoded = 'TypeError' | 'ReferenceError';
type BuiltinOf<C extends BuiltinCoded> = C extends 'TypeError' ? TypeError : ReferenceError;

/**
 * A built-in error carrying a catalogue code: `codedError('TypeError',
 * 'LEAKGUARD_INVALID_OPTION', …)`. The code must be one the catalogue throws as that class.
 */
export function codedError<C extends BuiltinCoded>(
  cls: C,
  code: ErrorCodeThrownAs<C>,
  message: string,
): BuiltinOf<C> & { readonly code: ErrorCodeThrownAs<C> } {
  const e = (
    cls === 'TypeError' ? new TypeError(message) : new ReferenceError(message)
  ) as BuiltinOf<C> & {
    code: ErrorCodeThrownAs<C>;
  };
  e.code = code;
  return e;
}

/**
 * The one shape of "several cleanups threw": an AggregateError with code
 * LEAKGUARD_DISPOSE_FAILED whose `errors` keep the order they happened and whose message names
 * what was being disposed (`3 errors while disposing scope 'db'`).
 */
export function disposeFailed(
  errors: readonly unknown[],
  what: string,
): AggregateError & { readonly code: 'LEAKGUARD_DISPOSE_FAILED' } {
  const e = new AggregateError(
    errors,
    `${errors.length} errors while disposing ${what}`,
  ) as AggregateError & {
    code: 'LEAKGUARD_DISPOSE_FAILED';
  };
  e.code = 'LEAKGUARD_DISPOSE_FAILED';
  return e;
}

/**
 * What was collected while disposing, as one value to throw: the one error as itself, or
 * {@link disposeFailed} for several; `undefined` when nothing threw.
 */
export function collectedError(errors: readonly unknown[] | null, what: string): unknown {
  if (errors === null || errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : disposeFailed(errors, what);
}

/**
 * Throws what was collected while disposing: nothing, the one error as itself, or an
 * AggregateError (code LEAKGUARD_DISPOSE_FAILED, see {@link disposeFailed}).
 */
export function throwCollected(errors: unknown[] | null, what: string): void {
  if (errors === null || errors.length === 0) return;
  throw collectedError(errors, what);
}

/** The error pending waits reject with when their scope or signal ends. */
export function abortError(message: string): Error {
  if (typeof DOMException === 'function') return new DOMException(message, 'AbortError');
  const e = new Error(message);
  e.name = 'AbortError';
  return e;
}

/** Reports an error that has nowhere to be thrown (a listener inside `fire`, an async task in a sync dispose). */
export function reportError(error: unknown, context: string): void {
  const g = globalThis as { reportError?: (e: unknown) => void };
  // Node has no global reportError; browsers and Deno do. Either way, never throw from here.
  try {
    if (typeof g.reportError === 'function' && typeof process === 'undefined') g.reportError(error);
    else console.error(`[leakguard] ${context}:`, error);
  } catch {
    /* reporting must never fail the caller */
  }
}
