/**
 * Sliding window of peak usage for ObjectPool auto-resize.
 *
 * The window is `buckets` slots of `windowMs / buckets` each. The pool's hot path only raises
 * the current slot's peak (one compare); `rotate()` is called by the maintenance timer. The
 * window's peak is the highest borrowed count seen in the last `windowMs`, so a steady
 * sawtooth whose period is shorter than the window keeps its full peak and never shrinks the
 * pool (no thrashing); `headroom` adds a band on top of that peak before anything is trimmed.
 */
import { checkKnownKeys, checkNumber, optionError, TIMER_MAX_MS } from '../internal/options.js';

export interface AutoResizeOptions {
  /**
   * Length of the sliding window of peak usage, in milliseconds.
   * @default 10000
   */
  windowMs?: number;
  /**
   * Extra fraction kept above the window's peak before idle objects are trimmed (hysteresis).
   * @default 0.25 // keep 125 % of the peak
   */
  headroom?: number;
  /**
   * Idle objects never trimmed whatever the usage.
   * @default 0
   */
  minIdle?: number;
}

export interface ParsedResize {
  windowMs: number;
  bucketMs: number;
  headroom: number;
  minIdle: number;
}

export const BUCKETS = 10;

export function parseAutoResize(v: unknown): ParsedResize | null {
  if (v === undefined || v === false) return null;
  if (v !== true && (typeof v !== 'object' || v === null))
    throw optionError('autoResize', 'a boolean or an object', v);
  const o = (v === true ? {} : v) as AutoResizeOptions;
  checkKnownKeys(o, ['windowMs', 'headroom', 'minIdle'], 'autoResize');
  const { windowMs = 10_000, headroom = 0.25, minIdle = 0 } = o;
  checkNumber('autoResize.windowMs', windowMs, { min: BUCKETS, integer: true });
  // a bucket is the maintenance timer's period: Node runs a longer one every millisecond
  if (windowMs > BUCKETS * TIMER_MAX_MS)
    throw optionError(
      'autoResize.windowMs',
      `an integer <= ${BUCKETS * TIMER_MAX_MS} (a tenth of it is a timer delay)`,
      windowMs,
    );
  checkNumber('autoResize.headroom', headroom);
  checkNumber('autoResize.minIdle', minIdle, { integer: true });
  return { windowMs, bucketMs: windowMs / BUCKETS, headroom, minIdle };
}

export class PeakWindow {
  readonly #slots = new Uint32Array(BUCKETS);
  #at = 0;
  /** Peak of the current slot; raised by the pool's hot path. */
  current = 0;

  /** Closes the current slot; the next one starts at `borrowedNow`. */
  rotate(borrowedNow: number): void {
    this.#slots[this.#at] = this.current;
    this.#at = (this.#at + 1) % BUCKETS;
    this.current = borrowedNow;
  }

  /** Highest borrowed count over the window (the current slot included). */
  peak(): number {
    let m = this.current;
    for (let i = 0; i < BUCKETS; i++)
      if ((this.#slots[i] as number) > m) m = this.#slots[i] as number;
    return m;
  }
}

/**
 * How many idle objects to destroy now: none while live objects fit the window's peak plus
 * headroom; otherwise a quarter of the excess (at least one), so a drop in load drains the
 * pool over a few ticks instead of all at once.
 */
export function trimCount(
  borrowed: number,
  idle: number,
  windowPeak: number,
  r: ParsedResize,
): number {
  const keep = Math.max(Math.ceil(windowPeak * (1 + r.headroom)), borrowed + r.minIdle);
  const excess = Math.min(idle, borrowed + idle - keep);
  return excess <= 0 ? 0 : Math.max(1, Math.ceil(excess / 4));
}
