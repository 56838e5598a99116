/**
 * Errors with a stable `code`, and how errors that have nowhere to go are reported. Shared by
 * every layer; no Node imports (core uses it).
 */

/** Every run-time error leakguard throws on purpose carries one of these codes. */
export type LeakguardErrorCode =
  | 'LEAKGUARD_DISPOSE_FAILED'
  | 'LEAKGUARD_SCOPE_DISPOSED'
  | 'LEAKGUARD_TIMEOUT'
  | 'LEAKGUARD_INVALID_OPTION'
  | 'LEAKGUARD_RETRY_EXHAUSTED'
  | (string & {});

/** An error with a stable machine-readable `code` (like Node's `ERR_*` and fastify's `FST_*`). */
export class LeakguardError extends Error {
  readonly code: LeakguardErrorCode;
  constructor(code: LeakguardErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'LeakguardError';
    this.code = code;
  }
}

/**
 * Throws what was collected while disposing: nothing, the one error as itself, or an
 * AggregateError (code LEAKGUARD_DISPOSE_FAILED) whose `errors` keep the order they happened.
 */
export function throwCollected(errors: unknown[] | null, what: string): void {
  if (errors === null || errors.length === 0) return;
  if (errors.length === 1) throw errors[0];
  const e = new AggregateError(errors, `${errors.length} errors while disposing ${what}`);
  (e as AggregateError & { code: string }).code = 'LEAKGUARD_DISPOSE_FAILED';
  throw e;
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
