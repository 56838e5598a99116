/**
 * The one place the testing helpers' errors are built. Their codes are the catalogue's
 * `testing` rows (internal/error-codes.ts, docs/errors.md).
 */
import { LeakguardError } from '../core/index.js';
import { optionError } from '../internal/options.js';
import type { TestingErrorCode } from '../internal/error-codes.js';

/** Codes of the errors the testing helpers throw (the catalogue's `testing` rows). */
export type { TestingErrorCode } from '../internal/error-codes.js';

export function testingError<D extends object>(
  code: TestingErrorCode,
  message: string,
  details: D,
): LeakguardError & D {
  return Object.assign(new LeakguardError(code, message), details);
}

/**
 * The arguments every `expect…(scenario, options)` helper takes: a function, and a plain
 * options object (not null, not an array). Throws LEAKGUARD_INVALID_OPTION naming which.
 */
export function checkScenario(scenario: unknown, options: unknown): void {
  if (typeof scenario !== 'function') throw optionError('scenario', 'a function', scenario);
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw optionError('options', 'an object', options);
}
