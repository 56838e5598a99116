import { LeakguardError } from '../core/index.js';
import { describeValue } from '../core/index.js';

/** Codes of the errors the testing helpers throw. */
export type TestingErrorCode =
  | 'LEAKGUARD_LEAKS_FOUND'
  | 'LEAKGUARD_SCOPES_NOT_DISPOSED'
  | 'LEAKGUARD_NOT_COLLECTED'
  | 'LEAKGUARD_HEAP_GROWTH'
  | 'LEAKGUARD_HEAP_UNAVAILABLE';

export function testingError<D extends object>(
  code: TestingErrorCode,
  message: string,
  details: D,
): LeakguardError & D {
  return Object.assign(new LeakguardError(code, message), details);
}

/** TypeError with code LEAKGUARD_INVALID_OPTION: ``Expected `x` to be …, got `v` (type)``. */
export function invalid(name: string, expected: string, v: unknown): TypeError {
  const e = new TypeError(`Expected \`${name}\` to be ${expected}, got ${describeValue(v)}`);
  (e as TypeError & { code: string }).code = 'LEAKGUARD_INVALID_OPTION';
  return e;
}
