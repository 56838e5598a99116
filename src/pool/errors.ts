/**
 * The one place pool errors are built. Their codes are the catalogue's `pool` rows
 * (internal/error-codes.ts, docs/errors.md).
 */
import { LeakguardError } from '../core/index.js';
import type { PoolErrorCode } from '../internal/error-codes.js';

/** Stable codes of the errors pools throw or report (the catalogue's `pool` rows). */
export type { PoolErrorCode } from '../internal/error-codes.js';

/** Builds a LeakguardError with a pool code. */
export function poolError(code: PoolErrorCode, message: string, cause?: unknown): LeakguardError {
  return cause === undefined
    ? new LeakguardError(code, message)
    : new LeakguardError(code, message, { cause });
}

/**
 * Whether misuse (double release, foreign object) throws: outside production it is a bug to
 * find now; in production it is counted and ignored so one bad caller cannot crash a server.
 * Read once per pool, at construction.
 */
export function defaultStrict(): boolean {
  const p = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process;
  return p?.env?.NODE_ENV !== 'production';
}
