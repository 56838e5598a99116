/**
 * The one place the testing helpers' errors are built. Their codes are the catalogue's
 * `testing` rows (internal/error-codes.ts, docs/errors.md).
 */
import { LeakguardError } from '../core/index.js';
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
