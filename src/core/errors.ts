/**
 * Errors with a stable `code`, and the helpers that format bad input the same way everywhere.
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
 * Short, safe description of any value for error messages: `42` (number), `"x"` (string),
 * `Foo { a, b }` (object). Never calls user code beyond reading own keys.
 */
export function describeValue(value: unknown): string {
  const type = value === null ? 'null' : typeof value;
  let shown: string;
  switch (type) {
    case 'string':
      shown = JSON.stringify(
        (value as string).length > 40 ? (value as string).slice(0, 40) + '…' : value,
      );
      break;
    case 'number':
    case 'boolean':
    case 'bigint':
    case 'undefined':
    case 'null':
      shown = String(value);
      break;
    case 'symbol':
      shown = (value as symbol).toString();
      break;
    case 'function':
      shown = `[Function ${(value as { name?: string }).name || 'anonymous'}]`;
      break;
    default: {
      let keys: string[] = [];
      try {
        keys = Object.keys(value as object);
      } catch {
        /* proxies may throw */
      }
      const proto = Object.getPrototypeOf(value) as { constructor?: { name?: string } } | null;
      const ctor = proto?.constructor?.name;
      const body =
        keys.length === 0
          ? '{}'
          : `{ ${keys.slice(0, 4).join(', ')}${keys.length > 4 ? ', …' : ''} }`;
      shown = ctor && ctor !== 'Object' ? `${ctor} ${body}` : body;
    }
  }
  return `\`${shown}\` (${type})`;
}

/** TypeError for a bad option: ``Expected `name` to be <expected>, got `v` (type)``. */
export function optionError(name: string, expected: string, got: unknown): TypeError {
  const e = new TypeError(`Expected \`${name}\` to be ${expected}, got ${describeValue(got)}`);
  (e as TypeError & { code: string }).code = 'LEAKGUARD_INVALID_OPTION';
  return e;
}

/** Validates an optional non-negative (or positive) finite number option. */
export function checkNumber(
  name: string,
  value: unknown,
  {
    min = 0,
    integer = false,
    allowInfinity = false,
  }: { min?: number; integer?: boolean; allowInfinity?: boolean } = {},
): void {
  if (value === undefined) return;
  const ok =
    typeof value === 'number' &&
    !Number.isNaN(value) &&
    (Number.isFinite(value) || (allowInfinity && value === Infinity)) &&
    value >= min &&
    (!integer || Number.isInteger(value) || value === Infinity);
  if (!ok) {
    const what = integer ? 'integer' : 'number';
    const article = integer ? 'an' : 'a';
    const range =
      min === 0
        ? `a non-negative ${what}`
        : min === 1 && integer
          ? 'a positive integer'
          : `${article} ${what} >= ${min}`;
    throw optionError(name, range, value);
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
