/**
 * Leak detection shared by both pools.
 *
 * A borrow is a timestamp and a flag on the pool's own per-object record (never on the user's
 * object): the hot path does no list or Set bookkeeping. One periodic sweep scans the records
 * (O(live objects) per tick, a few microseconds for thousands) and reports each leak once.
 */
import { checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import { siteOf } from '../internal/site.js';

/** What a leak event says happened to one borrow. */
export type PoolLeakEventType =
  /** Borrowed longer than `leakAfterMs` and not returned yet. */
  | 'leaked'
  /** Came back after having been reported as leaked (HikariCP's "unleaked"). */
  | 'returned'
  /** Written off after `reclaimAfterMs`: no longer counted as borrowed, never handed out again. */
  | 'reclaimed'
  /** Garbage-collected while borrowed, without being released. */
  | 'collected';

export interface PoolLeakEvent {
  type: PoolLeakEventType;
  /** Name of the pool. */
  pool: string;
  /** Age of the borrow in milliseconds when the event happened (monotonic clock). */
  ageMs: number;
  /** `file:line:column` of the `acquire()` call, when its stack was captured. */
  site: string | undefined;
  /** Short stack (a few frames, a string) of the `acquire()` call, when captured. */
  stack: string | undefined;
}

/** Leak options common to ObjectPool and ResourcePool. */
export interface LeakOptions {
  /**
   * Report borrows older than this many milliseconds through the `leaked` Signal. Checked by one
   * periodic, unref'd timer (see `checkIntervalMs`) or by an explicit `checkLeaks()`.
   * @default undefined // off
   */
  leakAfterMs?: number;
  /**
   * Write off borrows older than this many milliseconds (>= `leakAfterMs`, which it requires):
   * they stop counting as borrowed, free their place under the size cap, and are never handed
   * out again.
   * @default undefined // off
   */
  reclaimAfterMs?: number;
  /**
   * Capture the `acquire()` call site of borrows: `true` (every borrow), `false` (none), or a
   * sampling rate from 0 to 1. Costs a stack capture per sampled borrow.
   * @default false
   */
  captureStacks?: boolean | number;
  /**
   * How often, in milliseconds, the pool's maintenance timer runs (leak sweep, auto-resize,
   * idle reaping). `0` = no timer: call `checkLeaks()` yourself. Unset, it is derived from the
   * other options.
   * @default Math.min(1000, leakAfterMs / 4) // derived from the other options
   */
  checkIntervalMs?: number;
}

/** The keys of {@link LeakOptions}, for the pools' unknown-key checks. */
export const LEAK_OPTION_KEYS = [
  'leakAfterMs',
  'reclaimAfterMs',
  'captureStacks',
  'checkIntervalMs',
] as const;

export interface ParsedLeakOptions {
  /** Infinity when off. */
  leakAfterMs: number;
  /** Infinity when off. */
  reclaimAfterMs: number;
  captureRate: number;
  /** undefined = derive. */
  checkIntervalMs: number | undefined;
}

export function parseLeakOptions(o: LeakOptions): ParsedLeakOptions {
  const { leakAfterMs, reclaimAfterMs, captureStacks = false, checkIntervalMs } = o;
  checkNumber('leakAfterMs', leakAfterMs);
  checkNumber('reclaimAfterMs', reclaimAfterMs);
  checkTimerMs('checkIntervalMs', checkIntervalMs);
  if (reclaimAfterMs !== undefined && (leakAfterMs === undefined || reclaimAfterMs < leakAfterMs))
    throw optionError(
      'reclaimAfterMs',
      leakAfterMs === undefined
        ? 'used together with `leakAfterMs`'
        : `a number >= \`leakAfterMs\` (${leakAfterMs})`,
      reclaimAfterMs,
    );
  let captureRate: number;
  if (typeof captureStacks === 'boolean') captureRate = captureStacks ? 1 : 0;
  else if (typeof captureStacks === 'number' && captureStacks >= 0 && captureStacks <= 1)
    captureRate = captureStacks;
  else throw optionError('captureStacks', 'a boolean or a number from 0 to 1', captureStacks);
  return {
    leakAfterMs: leakAfterMs ?? Infinity,
    reclaimAfterMs: reclaimAfterMs ?? Infinity,
    captureRate,
    checkIntervalMs,
  };
}

/** The default maintenance interval for a leak threshold: a quarter of it, 1 ms to 1 s. */
export function leakCheckInterval(leakAfterMs: number): number {
  return Math.max(1, Math.min(1000, Math.floor(leakAfterMs / 4)));
}

/** What leak events read from one borrow record. */
export interface Borrow {
  /** @internal Borrow time on the pool's monotonic clock. */
  _since: number;
  /** @internal Short stack of the borrow site, when sampled. */
  _stack: string | undefined;
  /** @internal Whether the borrow was already reported as leaked. */
  _reported: boolean;
}

/** The event for one borrow. */
export function leakEvent(
  type: PoolLeakEventType,
  pool: string,
  now: number,
  b: Borrow,
): PoolLeakEvent {
  const stack = b._stack;
  return {
    type,
    pool,
    ageMs: Math.max(0, now - b._since),
    site: stack ? siteOf(stack) : undefined,
    stack,
  };
}

/** The line logged when a leak event has no listener at all. */
export function describeLeak(e: PoolLeakEvent): string {
  const what =
    e.type === 'leaked'
      ? `an object borrowed ${Math.round(e.ageMs)} ms ago has not been released`
      : e.type === 'collected'
        ? `an object borrowed ${Math.round(e.ageMs)} ms ago was garbage-collected without being released`
        : e.type === 'reclaimed'
          ? `an object borrowed ${Math.round(e.ageMs)} ms ago was written off (reclaimAfterMs)`
          : `a leaked object came back after ${Math.round(e.ageMs)} ms`;
  return `[leakguard] pool '${e.pool}': ${what}${e.site ? ` (acquired at ${e.site})` : ''}`;
}
