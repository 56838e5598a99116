/**
 * ResourcePool options: their documentation, defaults and the one-time validation.
 */
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import type { Clock } from './clock.js';
import { monotonicNow } from './clock.js';
import { LEAK_OPTION_KEYS, leakCheckInterval, parseLeakOptions } from './leaks.js';
import type { LeakOptions } from './leaks.js';
import { getPoolRegistry, PoolRegistry } from './registry.js';

/** What `create` receives. */
export interface CreateContext {
  /** 1 for the first attempt, 2 for the first retry… */
  attempt: number;
  /**
   * Aborted when this attempt passes `createTimeoutMs` (reason: a `TimeoutError`) or when
   * `close()` gives up waiting (its `timeoutMs` passed).
   */
  signal: AbortSignal;
}

export interface CreateRetryOptions {
  /**
   * Attempts in all (the first one included) before waiters are rejected.
   * @default 3
   */
  attempts?: number;
  /**
   * Delay before the first retry, in milliseconds; doubles each retry.
   * @default 100
   */
  backoffMs?: number;
  /**
   * Cap on the delay between retries, in milliseconds.
   * @default 5000
   */
  maxBackoffMs?: number;
}

export interface ResourcePoolOptions<T> extends LeakOptions {
  /** Makes a resource (may be async). */
  create: (context: CreateContext) => T | Promise<T>;
  /** Frees a resource (may be async). Errors are counted and reported through `error`. */
  destroy: (value: T) => void | Promise<void>;
  /**
   * Checks a resource before it is lent (every borrow). `false` or a throw destroys it and the
   * pool tries another one.
   * @default undefined // every resource is valid
   */
  validate?: (value: T) => boolean | Promise<boolean>;
  /**
   * An async `validate` still pending after this many milliseconds counts as `false`: the
   * resource is destroyed and the pool tries another one. `Infinity` = wait forever (a hung
   * validate then holds its resource and the waiter it was for).
   * @default 5000
   */
  validateTimeoutMs?: number;
  /**
   * Shown in errors, stats and leak reports.
   * @default 'ResourcePool#<n>'
   */
  name?: string;
  /**
   * Resources kept alive even when idle (created at start and refilled).
   * @default 0
   */
  min?: number;
  /**
   * Most resources alive at once (borrowed + idle + being created).
   * @default 10
   */
  max?: number;
  /**
   * How long `acquire()` waits for a resource before rejecting with
   * `LEAKGUARD_POOL_ACQUIRE_TIMEOUT`, in milliseconds. `Infinity` = forever.
   * @default 30000
   */
  acquireTimeoutMs?: number;
  /**
   * Idle resources older than this (in milliseconds) are destroyed, never below `min`. `Infinity` =
   * never.
   * @default 30000
   */
  idleTimeoutMs?: number;
  /**
   * Resources are retired (destroyed when idle or when returned) after living this long, in
   * milliseconds, minus a random jitter so they do not all expire together. `Infinity` = never.
   * @default Infinity
   */
  maxLifetimeMs?: number;
  /**
   * Fraction of `maxLifetimeMs` taken off at random per resource (0..1).
   * @default 0.1
   */
  maxLifetimeJitter?: number;
  /**
   * Resources are retired after this many borrows.
   * @default Infinity
   */
  maxUses?: number;
  /** Retry policy of `create`. */
  createRetry?: CreateRetryOptions;
  /**
   * A `create` attempt still pending after this many milliseconds counts as failed (a
   * `TimeoutError`, reported through `failed`; its `signal` aborts) and frees its place under
   * `max`; the next attempt follows the retry policy. A resource it still delivers later is
   * destroyed at once. `Infinity` = wait forever (a hung create then holds its place for good).
   * @default 30000
   */
  createTimeoutMs?: number;
  /**
   * A `destroy` still pending after this many milliseconds is counted as failed (reported as
   * `LEAKGUARD_POOL_DESTROY_TIMEOUT`) and no longer waited for.
   * @default 10000
   */
  destroyTimeoutMs?: number;
  /**
   * Which idle resource is lent first: the most recently returned or the oldest.
   * @default 'lifo'
   */
  order?: 'lifo' | 'fifo';
  /**
   * Development check: report (`leaked` type `'collected'`) and destroy the resource of a lease
   * garbage-collected without being released. Costs a FinalizationRegistry registration per
   * acquire.
   * @default false
   */
  trackCollected?: boolean;
  /**
   * Register with a PoolRegistry: `true` = the process-wide one.
   * @default true
   */
  registry?: boolean | PoolRegistry;
  /**
   * Monotonic clock in milliseconds.
   * @default performance.now
   */
  clock?: Clock;
}

/** @internal */
export interface ParsedResourceOptions<T> {
  name: string | undefined;
  create: (context: CreateContext) => T | Promise<T>;
  destroy: (value: T) => void | Promise<void>;
  validate: ((value: T) => boolean | Promise<boolean>) | undefined;
  validateTimeoutMs: number;
  min: number;
  max: number;
  acquireTimeoutMs: number;
  idleTimeoutMs: number;
  maxLifetimeMs: number;
  jitter: number;
  maxUses: number;
  attempts: number;
  backoffMs: number;
  maxBackoffMs: number;
  destroyTimeoutMs: number;
  createTimeoutMs: number;
  lifo: boolean;
  trackCollected: boolean;
  registry: PoolRegistry | null;
  clock: Clock;
  leakAfterMs: number;
  reclaimAfterMs: number;
  captureRate: number;
  /** 0 = no maintenance timer. */
  checkIntervalMs: number;
}

const RESOURCE_POOL_KEYS = [
  'create',
  'destroy',
  'validate',
  'validateTimeoutMs',
  'name',
  'min',
  'max',
  'acquireTimeoutMs',
  'idleTimeoutMs',
  'maxLifetimeMs',
  'maxLifetimeJitter',
  'maxUses',
  'createRetry',
  'destroyTimeoutMs',
  'createTimeoutMs',
  'order',
  'trackCollected',
  'registry',
  'clock',
  ...LEAK_OPTION_KEYS,
];

function fn(name: string, v: unknown, optional: boolean): void {
  if (v === undefined && optional) return;
  if (typeof v !== 'function') throw optionError(name, 'a function', v);
}

/** @internal */
export function parseResourceOptions<T>(o: ResourcePoolOptions<T>): ParsedResourceOptions<T> {
  if (typeof o !== 'object' || o === null) throw optionError('options', 'an object', o);
  checkKnownKeys(o, RESOURCE_POOL_KEYS);
  fn('create', o.create, false);
  fn('destroy', o.destroy, false);
  fn('validate', o.validate, true);
  fn('clock', o.clock, true);
  if (o.name !== undefined && typeof o.name !== 'string')
    throw optionError('name', 'a string', o.name);
  const int = { integer: true };
  const intInf = { integer: true, allowInfinity: true };
  const {
    min = 0,
    max = 10,
    acquireTimeoutMs = 30_000,
    idleTimeoutMs = 30_000,
    maxLifetimeMs = Infinity,
    maxLifetimeJitter = 0.1,
    maxUses = Infinity,
    destroyTimeoutMs = 10_000,
    createTimeoutMs = 30_000,
    validateTimeoutMs = 5000,
    order = 'lifo',
    trackCollected = false,
    createRetry = {},
  } = o;
  checkNumber('min', min, int);
  checkNumber('max', max, { min: 1, integer: true });
  if (min > max) throw optionError('min', `an integer <= \`max\` (${max})`, min);
  checkTimerMs('acquireTimeoutMs', acquireTimeoutMs, { allowInfinity: true });
  checkNumber('idleTimeoutMs', idleTimeoutMs, { allowInfinity: true });
  checkNumber('maxLifetimeMs', maxLifetimeMs, { allowInfinity: true });
  if (typeof maxLifetimeJitter !== 'number' || !(maxLifetimeJitter >= 0 && maxLifetimeJitter <= 1))
    throw optionError('maxLifetimeJitter', 'a number from 0 to 1', maxLifetimeJitter);
  checkNumber('maxUses', maxUses, { min: 1, ...intInf });
  checkTimerMs('destroyTimeoutMs', destroyTimeoutMs, { allowInfinity: true });
  checkTimerMs('createTimeoutMs', createTimeoutMs, { allowInfinity: true });
  checkTimerMs('validateTimeoutMs', validateTimeoutMs, { allowInfinity: true });
  if (order !== 'lifo' && order !== 'fifo') throw optionError('order', "'lifo' or 'fifo'", order);
  if (typeof trackCollected !== 'boolean')
    throw optionError('trackCollected', 'a boolean', trackCollected);
  if (typeof createRetry !== 'object' || createRetry === null)
    throw optionError('createRetry', 'an object', createRetry);
  checkKnownKeys(createRetry, ['attempts', 'backoffMs', 'maxBackoffMs'], 'createRetry');
  const { attempts = 3, backoffMs = 100, maxBackoffMs = 5000 } = createRetry;
  checkNumber('createRetry.attempts', attempts, { min: 1, integer: true });
  checkTimerMs('createRetry.backoffMs', backoffMs);
  checkTimerMs('createRetry.maxBackoffMs', maxBackoffMs);
  const reg = o.registry ?? true;
  if (typeof reg !== 'boolean' && !(reg instanceof PoolRegistry))
    throw optionError('registry', 'a boolean or a PoolRegistry', reg);
  const leak = parseLeakOptions(o);
  let interval = leak.checkIntervalMs;
  if (interval === undefined) {
    interval = 1000;
    if (leak.leakAfterMs !== Infinity)
      interval = Math.min(interval, leakCheckInterval(leak.leakAfterMs));
    if (idleTimeoutMs !== Infinity) interval = Math.min(interval, Math.max(1, idleTimeoutMs / 2));
  }
  return {
    name: o.name,
    create: o.create,
    destroy: o.destroy,
    validate: o.validate,
    validateTimeoutMs,
    min,
    max,
    acquireTimeoutMs,
    idleTimeoutMs,
    maxLifetimeMs,
    jitter: maxLifetimeJitter,
    maxUses,
    attempts,
    backoffMs,
    maxBackoffMs,
    destroyTimeoutMs,
    createTimeoutMs,
    lifo: order === 'lifo',
    trackCollected,
    registry: reg === false ? null : reg === true ? getPoolRegistry() : reg,
    clock: o.clock ?? monotonicNow,
    leakAfterMs: leak.leakAfterMs,
    reclaimAfterMs: leak.reclaimAfterMs,
    captureRate: leak.captureRate,
    checkIntervalMs: interval,
  };
}
