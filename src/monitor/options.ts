/**
 * MemoryMonitor options: their defaults, units and validation (done once, in the
 * constructor, with exact messages).
 */
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import type { ConnectionStatsSource, PoolStatsSource, SessionStatsSource } from './external.js';
import type { InstanceCounter } from './instances.js';
import type { HeapSnapshotOptions } from './snapshots.js';
import { resolveTrendOptions, type TrendOptions } from './trend.js';
import type { SampleSource } from './types.js';
import { DEFAULT_MAX_READ_PAUSE_MS } from '../internal/heap.js';

/** Default `eventLoopDelayMs` (ms): also heap sites' default read budget, one number for both. */
const EVENT_LOOP_DELAY_MS = DEFAULT_MAX_READ_PAUSE_MS;

export interface AlertThresholds {
  /**
   * Share of the limit (0..1] that raises an info alert.
   * @default 0.7
   */
  info?: number;
  /**
   * Share of the limit that raises a warning (and may run the cleaners).
   * @default 0.8
   */
  warning?: number;
  /**
   * Share of the limit that raises a critical alert.
   * @default 0.9
   */
  critical?: number;
}

export interface ProfileOnTrendOptions {
  /** How long one profile runs, in milliseconds. @default 120000 */
  durationMs?: number;
  /** Time between two profile samples (each after a full GC), in milliseconds. @default 10000 */
  sampleEveryMs?: number;
  /** V8's sampling interval: average bytes between two sampled allocations. @default 131072 */
  samplingIntervalBytes?: number;
  /** Smallest growth of a site over the profile, in bytes, that names it. @default 1048576 */
  minGrowthBytes?: number;
  /** Least time between the starts of two profiles, in milliseconds. @default 1800000 */
  cooldownMs?: number;
  /**
   * Longest time one profile read may block the event loop, in milliseconds (it runs a full
   * GC): over it the sampling interval widens, or reads pause while the GC alone would exceed
   * it (the leakguard/detect option `heap.maxReadPauseMs`). `Infinity` turns the guard off.
   * @default the monitor's `eventLoopDelayMs` (200 ms)
   */
  maxReadPauseMs?: number;
}

export interface MemoryMonitorOptions {
  /**
   * Name shown in alert messages and scopes.
   * @default 'memory'
   */
  name?: string;
  /**
   * Shortest sampling interval, used under pressure (ms).
   * @default 5000
   */
  minIntervalMs?: number;
  /**
   * Longest sampling interval, used when calm (ms).
   * @default 30000
   */
  maxIntervalMs?: number;
  /**
   * Time the history covers (ms).
   * @default 1800000 // 30 min
   */
  historyMs?: number;
  /** Alert thresholds, shares of the effective limit (RSS) and of the heap limit (heap). */
  thresholds?: AlertThresholds;
  /**
   * Effective memory limit in bytes, overriding detection (container limit / system total).
   * @default undefined // detected: min(container limit, system total)
   */
  limitBytes?: number;
  /**
   * Event-loop delay p99 above which an alert is raised (ms).
   * @default 200
   */
  eventLoopDelayMs?: number;
  /**
   * GC time within any 1 s window above which an alert is raised (ms).
   * @default 100
   */
  gcBlockingMs?: number;
  /**
   * First back-off before an alert key is emitted again (ms).
   * @default 30000
   */
  alertBackoffMs?: number;
  /**
   * Longest back-off between repeats of one alert key (ms).
   * @default 300000
   */
  maxAlertBackoffMs?: number;
  /**
   * Hysteresis of the memory alerts (`memory.rss`, `memory.heap`), as a share of the limit: an
   * alert rises to a level when the share reaches its threshold, and leaves that level only
   * when the share falls below the threshold minus this margin, so a figure hovering at a
   * threshold does not toggle the alert. In [0, `thresholds.info`); when `thresholds.info` is
   * under 0.1 the default is half of it.
   * @default 0.05
   */
  alertHysteresis?: number;
  /**
   * How long an alert key keeps its back-off after its condition clears (ms). A condition
   * that returns within this time is active again but emitted only when its back-off has
   * passed or its level rises above the last one emitted; after it, it is new and emitted at
   * once. `0` forgets the back-off at every clear.
   * @default 300000 // 5 min
   */
  alertResetMs?: number;
  /**
   * A pool leak alert stays active this long after the pool's leak count last grew (ms).
   * @default 300000
   */
  poolLeakHoldMs?: number;
  /**
   * Trend (leak) detection options, or `false` to turn it off.
   * @default {} // on, with the defaults of TrendOptions
   */
  trend?: TrendOptions | false;
  /**
   * Scheduled cleaner runs, checked at each sample (ms); `0` turns them off.
   * @default 300000
   */
  cleanupIntervalMs?: number;
  /**
   * Least time between two pressure-triggered cleaner runs (ms).
   * @default 60000
   */
  cleanupCooldownMs?: number;
  /**
   * A cleaner not settled after this long is reported as timed out (ms). While an awaited
   * `cleanup()` waits on a cleaner, this timeout keeps the process alive.
   * @default 10000
   */
  cleanerTimeoutMs?: number;
  /**
   * Heap snapshot settings.
   * @default {} // manual snapshots only, into the working directory
   */
  heapSnapshots?: HeapSnapshotOptions;
  /**
   * Name what grows: when the trend verdict turns to "leak", sample the heap with V8's
   * sampling heap profiler for a bounded time and raise a `leak.sites` alert that carries the
   * allocation sites whose retained memory grew (`alert.heapSites`). `true` for the defaults.
   * Each profile sample forces a full GC, so it only runs while a leak is suspected.
   * @default false
   */
  profileOnTrend?: boolean | ProfileOnTrendOptions;
  /** A ConnectionManager (or anything shaped like one) to count and watch for leaks. */
  connections?: ConnectionStatsSource;
  /** A pool registry to count and watch for pool leaks. */
  pools?: PoolStatsSource;
  /** A session manager whose numeric stats go into each sample. */
  sessions?: SessionStatsSource;
  /** An InstanceCounter whose live counts go into each sample. */
  instances?: InstanceCounter;
  /**
   * Where samples come from.
   * @default new NodeSampleSource() // reads Node and V8
   */
  source?: SampleSource;
  /**
   * Clock for sample times, alerts, back-off, history and trends (epoch ms).
   * @default Date.now
   */
  clock?: () => number;
}

/** The resolved configuration, JSON-safe (what the HTTP layer shows). */
export interface MonitorConfig {
  name: string;
  minIntervalMs: number;
  maxIntervalMs: number;
  historyMs: number;
  historyCapacity: number;
  thresholds: Required<AlertThresholds>;
  limitBytes: number | null;
  eventLoopDelayMs: number;
  gcBlockingMs: number;
  alertBackoffMs: number;
  maxAlertBackoffMs: number;
  alertHysteresis: number;
  alertResetMs: number;
  poolLeakHoldMs: number;
  trend: Required<TrendOptions> | false;
  cleanupIntervalMs: number;
  cleanupCooldownMs: number;
  cleanerTimeoutMs: number;
  profileOnTrend: Required<ProfileOnTrendOptions> | false;
  heapSnapshots: {
    dir: string | null;
    cooldownMs: number;
    onCritical: boolean;
    nearHeapLimit: number;
  };
  watching: { connections: boolean; pools: boolean; sessions: boolean; instances: boolean };
}

function checkObject(name: string, v: unknown): void {
  if (v !== undefined && (v === null || typeof v !== 'object' || Array.isArray(v)))
    throw optionError(name, 'an object', v);
}

function checkMethod(name: string, v: unknown, method: string): void {
  if (v === undefined) return;
  if (
    v === null ||
    typeof v !== 'object' ||
    typeof (v as Record<string, unknown>)[method] !== 'function'
  )
    throw optionError(name, `an object with a ${method}() method`, v);
}

// Every key of each options object, checked by the compiler against its interface (a key
// missing here, or one the interface does not have, is a type error).
const OPTION_KEYS = Object.keys({
  name: 0,
  minIntervalMs: 0,
  maxIntervalMs: 0,
  historyMs: 0,
  thresholds: 0,
  limitBytes: 0,
  eventLoopDelayMs: 0,
  gcBlockingMs: 0,
  alertBackoffMs: 0,
  maxAlertBackoffMs: 0,
  alertHysteresis: 0,
  alertResetMs: 0,
  poolLeakHoldMs: 0,
  trend: 0,
  cleanupIntervalMs: 0,
  cleanupCooldownMs: 0,
  cleanerTimeoutMs: 0,
  heapSnapshots: 0,
  profileOnTrend: 0,
  connections: 0,
  pools: 0,
  sessions: 0,
  instances: 0,
  source: 0,
  clock: 0,
} satisfies Record<keyof MemoryMonitorOptions, 0>);
const THRESHOLD_KEYS = Object.keys({
  info: 0,
  warning: 0,
  critical: 0,
} satisfies Record<keyof AlertThresholds, 0>);
const PROFILE_KEYS = Object.keys({
  durationMs: 0,
  sampleEveryMs: 0,
  samplingIntervalBytes: 0,
  minGrowthBytes: 0,
  cooldownMs: 0,
  maxReadPauseMs: 0,
} satisfies Record<keyof ProfileOnTrendOptions, 0>);

function resolveProfileOnTrend(
  v: unknown,
  eventLoopDelayMs: number,
): Required<ProfileOnTrendOptions> | false {
  if (v === undefined || v === false) return false;
  if (v !== true && (v === null || typeof v !== 'object' || Array.isArray(v)))
    throw optionError('profileOnTrend', 'a boolean or an object', v);
  const p = (v === true ? {} : v) as ProfileOnTrendOptions;
  checkKnownKeys(p, PROFILE_KEYS, 'profileOnTrend');
  checkNumber('profileOnTrend.durationMs', p.durationMs, { min: 1 });
  checkTimerMs('profileOnTrend.sampleEveryMs', p.sampleEveryMs, { min: 1 });
  checkNumber('profileOnTrend.samplingIntervalBytes', p.samplingIntervalBytes, {
    min: 1024,
    integer: true,
  });
  checkNumber('profileOnTrend.minGrowthBytes', p.minGrowthBytes, { min: 1 });
  checkNumber('profileOnTrend.cooldownMs', p.cooldownMs);
  checkNumber('profileOnTrend.maxReadPauseMs', p.maxReadPauseMs, { min: 1, allowInfinity: true });
  return {
    durationMs: p.durationMs ?? 120_000,
    sampleEveryMs: p.sampleEveryMs ?? 10_000,
    samplingIntervalBytes: p.samplingIntervalBytes ?? 128 * 1024,
    minGrowthBytes: p.minGrowthBytes ?? 1024 * 1024,
    cooldownMs: p.cooldownMs ?? 1_800_000,
    maxReadPauseMs:
      p.maxReadPauseMs ?? (eventLoopDelayMs >= 1 ? eventLoopDelayMs : EVENT_LOOP_DELAY_MS),
  };
}

const SNAPSHOT_KEYS = Object.keys({
  dir: 0,
  cooldownMs: 0,
  onCritical: 0,
  nearHeapLimit: 0,
} satisfies Record<keyof HeapSnapshotOptions, 0>);

/**
 * Validates `options` and returns the resolved configuration. Throws TypeError (code
 * LEAKGUARD_INVALID_OPTION) on a bad value or an unknown key, nested objects included. The
 * watched objects (`connections`, `pools`, ...) are the caller's own, so only their methods are
 * checked, not their keys.
 */
export function resolveOptions(options: unknown): MonitorConfig {
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, OPTION_KEYS);
  const o = options as MemoryMonitorOptions;
  if (o.name !== undefined && typeof o.name !== 'string')
    throw optionError('name', 'a string', o.name);
  checkTimerMs('minIntervalMs', o.minIntervalMs, { min: 1 });
  const minIntervalMs = o.minIntervalMs ?? 5000;
  checkTimerMs('maxIntervalMs', o.maxIntervalMs, { min: 1 });
  const maxIntervalMs = notBelow(
    ['maxIntervalMs', o.maxIntervalMs ?? Math.max(30_000, minIntervalMs)],
    ['minIntervalMs', minIntervalMs],
  );
  checkNumber('historyMs', o.historyMs, { min: 1 });
  const historyMs = o.historyMs ?? 1_800_000;

  checkObject('thresholds', o.thresholds);
  checkKnownKeys(o.thresholds, THRESHOLD_KEYS, 'thresholds');
  const th = { info: 0.7, warning: 0.8, critical: 0.9, ...o.thresholds };
  let prev = 0;
  let prevName = '';
  for (const level of ['info', 'warning', 'critical'] as const) {
    const v = th[level];
    if (typeof v !== 'number' || !(v > 0 && v <= 1))
      throw optionError(`thresholds.${level}`, 'a number in (0, 1]', v);
    if (v <= prev)
      throw optionError(
        `thresholds.${level}`,
        `a number > \`thresholds.${prevName}\` (${prev})`,
        v,
      );
    prev = v;
    prevName = level;
  }

  checkNumber('limitBytes', o.limitBytes, { min: 1 });
  checkNumber('eventLoopDelayMs', o.eventLoopDelayMs, { allowInfinity: true });
  checkNumber('gcBlockingMs', o.gcBlockingMs, { allowInfinity: true });
  checkNumber('alertBackoffMs', o.alertBackoffMs);
  const alertBackoffMs = o.alertBackoffMs ?? 30_000;
  checkNumber('maxAlertBackoffMs', o.maxAlertBackoffMs);
  const maxAlertBackoffMs = notBelow(
    ['maxAlertBackoffMs', o.maxAlertBackoffMs ?? Math.max(300_000, alertBackoffMs)],
    ['alertBackoffMs', alertBackoffMs],
  );
  checkNumber('alertHysteresis', o.alertHysteresis);
  if (o.alertHysteresis !== undefined && o.alertHysteresis >= th.info)
    throw optionError(
      'alertHysteresis',
      `a number in [0, \`thresholds.info\`) ([0, ${th.info}))`,
      o.alertHysteresis,
    );
  checkNumber('alertResetMs', o.alertResetMs);
  checkNumber('poolLeakHoldMs', o.poolLeakHoldMs);

  const trend: Required<TrendOptions> | false =
    o.trend === false ? false : resolveTrendOptions(o.trend, 'trend');

  checkNumber('cleanupIntervalMs', o.cleanupIntervalMs);
  checkNumber('cleanupCooldownMs', o.cleanupCooldownMs);
  checkTimerMs('cleanerTimeoutMs', o.cleanerTimeoutMs, { min: 1 });

  checkObject('heapSnapshots', o.heapSnapshots);
  checkKnownKeys(o.heapSnapshots, SNAPSHOT_KEYS, 'heapSnapshots');
  const hs = o.heapSnapshots ?? {};
  if (hs.dir !== undefined && (typeof hs.dir !== 'string' || hs.dir === ''))
    throw optionError('heapSnapshots.dir', 'a non-empty string', hs.dir);
  checkNumber('heapSnapshots.cooldownMs', hs.cooldownMs);
  if (hs.onCritical !== undefined && typeof hs.onCritical !== 'boolean')
    throw optionError('heapSnapshots.onCritical', 'a boolean', hs.onCritical);
  checkNumber('heapSnapshots.nearHeapLimit', hs.nearHeapLimit, { integer: true });

  checkMethod('connections', o.connections, 'stats');
  checkMethod('pools', o.pools, 'stats');
  checkMethod('sessions', o.sessions, 'stats');
  checkMethod('instances', o.instances, 'counts');
  checkMethod('source', o.source, 'read');
  if (o.clock !== undefined && typeof o.clock !== 'function')
    throw optionError('clock', 'a function', o.clock);

  const profileOnTrend = resolveProfileOnTrend(
    o.profileOnTrend,
    o.eventLoopDelayMs ?? EVENT_LOOP_DELAY_MS,
  );
  return {
    name: o.name ?? 'memory',
    minIntervalMs,
    maxIntervalMs,
    historyMs,
    historyCapacity: Math.ceil(historyMs / minIntervalMs) + 1,
    thresholds: { info: th.info, warning: th.warning, critical: th.critical },
    limitBytes: o.limitBytes ?? null,
    eventLoopDelayMs: o.eventLoopDelayMs ?? EVENT_LOOP_DELAY_MS,
    gcBlockingMs: o.gcBlockingMs ?? 100,
    alertBackoffMs,
    maxAlertBackoffMs,
    alertHysteresis: o.alertHysteresis ?? Math.min(0.05, th.info / 2),
    alertResetMs: o.alertResetMs ?? 300_000,
    poolLeakHoldMs: o.poolLeakHoldMs ?? 300_000,
    trend,
    cleanupIntervalMs: o.cleanupIntervalMs ?? 300_000,
    cleanupCooldownMs: o.cleanupCooldownMs ?? 60_000,
    cleanerTimeoutMs: o.cleanerTimeoutMs ?? 10_000,
    profileOnTrend,
    heapSnapshots: {
      dir: hs.dir ?? null,
      cooldownMs: hs.cooldownMs ?? 600_000,
      onCritical: hs.onCritical ?? false,
      nearHeapLimit: hs.nearHeapLimit ?? 0,
    },
    watching: {
      connections: o.connections !== undefined,
      pools: o.pools !== undefined,
      sessions: o.sessions !== undefined,
      instances: o.instances !== undefined,
    },
  };
}

/** The upper bound of a pair (`maxIntervalMs` of `minIntervalMs`), refused below the lower one. */
function notBelow(
  [name, value]: readonly [string, number],
  [lowerName, lower]: readonly [string, number],
): number {
  if (value < lower) throw optionError(name, `a number >= \`${lowerName}\` (${lower})`, value);
  return value;
}
