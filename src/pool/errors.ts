/**
 * Error codes of leakguard/pool and the one place their messages are built.
 */
import { LeakguardError } from '../core/index.js';

/** Stable codes of the errors pools throw or report. */
export type PoolErrorCode =
  | 'LEAKGUARD_POOL_DOUBLE_RELEASE'
  | 'LEAKGUARD_POOL_FOREIGN_OBJECT'
  | 'LEAKGUARD_POOL_EXHAUSTED'
  | 'LEAKGUARD_POOL_DESTROYED'
  | 'LEAKGUARD_POOL_CLOSED'
  | 'LEAKGUARD_POOL_ACQUIRE_TIMEOUT'
  | 'LEAKGUARD_POOL_CREATE_FAILED'
  | 'LEAKGUARD_POOL_LEASE_ENDED'
  | 'LEAKGUARD_POOL_DESTROY_TIMEOUT';

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
