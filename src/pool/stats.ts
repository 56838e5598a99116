/**
 * The shapes `stats()` returns. JSON-safe: no Infinity (unbounded caps are `null`), no NaN.
 */
import type { TimeSummarySnapshot } from './summary.js';

/** Counters both pools keep. */
export interface CommonPoolStats {
  name: string;
  /** Live objects/resources: borrowed + idle. */
  size: number;
  borrowed: number;
  idle: number;
  /** Created since the pool started. */
  created: number;
  /** Destroyed since the pool started (hook called, or dropped when there is no hook). */
  destroyed: number;
  acquired: number;
  released: number;
  /** `1 - created / acquired`, clamped to 0..1 (0 before the first acquire). */
  reuseRate: number;
  /** Most borrowed at once since the pool started or the last `resetPeak()`. */
  peakBorrowed: number;
  /** Borrows reported as leaked (older than `leakAfterMs`). */
  leaksDetected: number;
  /** Reported borrows that came back afterwards. */
  leaksReturned: number;
  /** Borrows written off after `reclaimAfterMs`. */
  reclaimed: number;
  /** Borrowed objects garbage-collected without being released. */
  collected: number;
  /** Releases of something already released (or written off). */
  doubleReleases: number;
  /** Errors thrown (or time-outs) by the `destroy` hook. */
  destroyErrors: number;
}

export interface ObjectPoolStats extends CommonPoolStats {
  kind: 'object';
  /** `null` = unbounded. */
  maxSize: number | null;
  /** Releases of objects this pool never lent. */
  foreignReleases: number;
}

export interface ResourcePoolStats extends CommonPoolStats {
  kind: 'resource';
  min: number;
  max: number;
  /** Callers waiting in `acquire()`. */
  waiting: number;
  /** Creates in flight (including back-off between attempts). */
  creating: number;
  /** Resources being checked by `validate` before being lent. */
  validating: number;
  /** Destroys in flight. */
  destroying: number;
  /** Failed create attempts (each retry counts). */
  createErrors: number;
  /** Resources `validate` refused or threw on. */
  validationFailures: number;
  /** Acquires rejected after `acquireTimeoutMs`. */
  acquireTimeouts: number;
  /** Acquires aborted through their AbortSignal. */
  acquireAborts: number;
  /** Resources destroyed because they idled longer than `idleTimeoutMs`. */
  idleEvictions: number;
  /** Resources destroyed because they reached `maxLifetimeMs` or `maxUses`. */
  retirements: number;
  /** Time from `acquire()` to getting a lease (0 when a resource was idle). */
  waitTime: TimeSummarySnapshot;
  /** Time from getting a lease to releasing it. */
  usageTime: TimeSummarySnapshot;
}
