/**
 * Option validation shared by every layer: one message shape for a bad value
 * (``Expected `name` to be …, got `v` (type)``) and one for an unknown key
 * (``Unknown option `thresholds.warn`; did you mean `thresholds.warning`?``). Options objects are
 * validated once, in the constructor; nested objects too. No Node imports (core uses it).
 */
import { codedError } from './errors.js';

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

/** A wrong argument or value (not a named option): a TypeError with LEAKGUARD_INVALID_OPTION. */
export function invalidArgument(message: string): TypeError {
  return codedError('TypeError', 'LEAKGUARD_INVALID_OPTION', message);
}

/** TypeError for a bad option: ``Expected `name` to be <expected>, got `v` (type)``. */
export function optionError(name: string, expected: string, got: unknown): TypeError {
  return codedError(
    'TypeError',
    'LEAKGUARD_INVALID_OPTION',
    `Expected \`${name}\` to be ${expected}, got ${describeValue(got)}`,
  );
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

/** Edit distance (insertions, deletions, substitutions) between two short keys. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j]!;
      prev[j] = Math.min(up + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length]!;
}

/**
 * The known key closest to `key`, or undefined when none is close: a known key that starts with
 * it or contains it (`warn` → `warning`, `interval` → `minIntervalMs`), or one within an edit
 * distance of about a third of its length (`treshold` → `threshold`). Case is ignored.
 */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const k = key.toLowerCase();
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of known) {
    const c = candidate.toLowerCase();
    let score: number;
    if (c === k) score = 0;
    else if (k.length >= 3 && (c.startsWith(k) || k.startsWith(c))) score = 1;
    else if (k.length >= 4 && (c.includes(k) || k.includes(c))) score = 2;
    else {
      const d = distance(k, c);
      score = d <= Math.max(1, Math.floor(Math.max(k.length, c.length) / 3)) ? 2 + d : Infinity;
    }
    if (score < bestScore) {
      bestScore = score;
      best = candidate;
    }
  }
  return best;
}

/**
 * TypeError (code LEAKGUARD_INVALID_OPTION) for a key that no option has:
 * ``Unknown option `thresholds.warn`; did you mean `thresholds.warning`?``.
 */
export function unknownOptionError(path: string, key: string, known: readonly string[]): TypeError {
  const full = path ? `${path}.${key}` : key;
  const near = closestKey(key, known);
  const hint = near === undefined ? '' : `; did you mean \`${path ? `${path}.${near}` : near}\`?`;
  return codedError('TypeError', 'LEAKGUARD_INVALID_OPTION', `Unknown option \`${full}\`${hint}`);
}

/**
 * Throws {@link unknownOptionError} for the first own enumerable key of `options` that is not in
 * `known`. `path` is the option's own name for nested objects (`'thresholds'`), `''` at the top.
 * Keys whose value is `undefined` are checked too: a misspelt key is wrong whatever it holds.
 * Does nothing for a non-object (the caller's type check reports that).
 */
export function checkKnownKeys(options: unknown, known: readonly string[], path = ''): void {
  if (options === null || typeof options !== 'object') return;
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw unknownOptionError(path, key, known);
  }
}

/**
 * Longest delay a Node.js timer accepts, in milliseconds (2^31 − 1, about 24.8 days). A longer
 * one fires after 1 ms instead, with only a TimeoutOverflowWarning to say so.
 */
export const TIMER_MAX_MS = 2_147_483_647;

/** `checkNumber` for a delay that becomes a timer: also at most `TIMER_MAX_MS` (or Infinity). */
export function checkTimerMs(
  name: string,
  value: unknown,
  options: { min?: number; allowInfinity?: boolean } = {},
): void {
  checkNumber(name, value, options);
  if (typeof value === 'number' && value !== Infinity && value > TIMER_MAX_MS)
    throw optionError(
      name,
      `a number <= ${TIMER_MAX_MS} (the longest timer delay)${options.allowInfinity ? ' or Infinity' : ''}`,
      value,
    );
}
