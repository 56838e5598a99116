/**
 * Shapes shared by the monitor's modules. Everything here is plain data (JSON-safe), so the
 * HTTP layer can serialise samples, alerts and stats as they are.
 */

/** Usage of one V8 heap space (`v8.getHeapSpaceStatistics()`), in bytes. */
export interface HeapSpaceUsage {
  name: string;
  size: number;
  used: number;
  available: number;
}

/** Event-loop figures for the period since the previous sample. */
export interface EventLoopStats {
  /** Mean event-loop delay (ms) from `monitorEventLoopDelay`; 0 when nothing was measured. */
  delayMeanMs: number;
  /** 99th percentile of the delay (ms). */
  delayP99Ms: number;
  /** Largest delay seen (ms). */
  delayMaxMs: number;
  /**
   * Event-loop utilisation (0..1) from `performance.eventLoopUtilization`, over at least 10 ms
   * of loop time since the previous sample: a read sooner than that (a forced sample) repeats
   * the last figure. Until the loop has waited once since `start()` (the first sample, which
   * `start()` takes at once), it is the utilisation since the loop started.
   */
  utilization: number;
}

/** V8 collection kinds as reported by the `gc` performance entries. */
export type GcKind = 'minor' | 'major' | 'incremental' | 'weakcb' | 'unknown';

/** Garbage collection since the previous sample. */
export interface GcStats {
  count: number;
  /** Total pause time (ms). */
  timeMs: number;
  /** Longest single pause (ms). */
  maxPauseMs: number;
  /** Most GC time (ms) that fell in any 1 s window (the "GC blocking" figure). */
  maxWindowMs: number;
  byKind: Record<GcKind, { count: number; timeMs: number }>;
}

/** What a sample source measures. All sizes in bytes. */
export interface RawSample {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  /** `heap_size_limit`: the size at which V8 gives up with "heap out of memory". */
  heapLimit: number;
  nativeContexts: number;
  /** Contexts detached but not yet collected: a classic leak signal (iframes, vm contexts). */
  detachedContexts: number;
  heapSpaces: HeapSpaceUsage[];
  systemTotal: number;
  systemFree: number;
  /** `process.constrainedMemory()`: the cgroup/container limit, 0 when unknown. */
  containerLimit: number;
  eventLoop: EventLoopStats;
  gc: GcStats;
  /** `process.getActiveResourcesInfo()` counted by type (`Timeout`, `TCPSocketWrap`, ...). */
  resources: Record<string, number>;
  /**
   * Lowest heapUsed read right after a major GC since the previous sample (bytes), 0 when
   * none was seen. It includes what the app allocated between the collection and the read (the
   * young generation). The trend detector uses it only for a sample without space statistics
   * (no `new_space` in `heapSpaces`); otherwise it uses `postGcOldGenUsed`.
   */
  postGcHeapUsed?: number;
  /**
   * Lowest use of the old generation read right after a major GC since the previous sample
   * (bytes): heapUsed then minus the young generation (`new_space`, `new_large_object_space`);
   * 0 when none was seen. With `heapSpaces` (which give the same measure for every sample), it
   * is the post-GC point of the trend detector's floor.
   */
  postGcOldGenUsed?: number;
  /**
   * The dearest atomic major GC since the previous sample, per MiB of live heap: its pause (ms)
   * and the heapUsed read right after it (bytes); both 0 when none was seen. Atomic: no
   * incremental marking ran before it (a forced GC, a heap profile read, memory pressure), so
   * its pause is the whole collection; the pause that ends incremental marking leaves out the
   * marking done concurrently and is not counted. `profileOnTrend`'s read guard learns from
   * it what the full GC inside a heap profile read costs.
   */
  fullGcPauseMs?: number;
  /** See `fullGcPauseMs`. */
  fullGcHeapBytes?: number;
}

/** Where the effective memory limit came from. */
export type LimitSource = 'option' | 'container' | 'system';

/** Counts read from a ConnectionManager (see `ConnectionStatsSource`). */
export interface ConnectionCounts {
  live: number;
  created: number;
  disposed: number;
  scopes: number;
  leakSuspects: number;
  byService: Record<string, number>;
  byKind: Record<string, number>;
}

/** One sample: the raw figures plus what the monitor derives from them. */
export interface MemorySample extends RawSample {
  /** When it was taken (the monitor's clock, epoch ms). */
  time: number;
  /** Effective limit in bytes: min(container limit when known, system total), or the option. */
  limit: number;
  limitSource: LimitSource;
  /** rss / limit. */
  rssPercent: number;
  /** heapUsed / heapLimit. */
  heapPercent: number;
  /** How long taking the sample took (ms, performance.now() based). */
  costMs: number;
  connections?: ConnectionCounts;
  /** Per pool name: its numeric stats. */
  pools?: Record<string, Record<string, number>>;
  /** Numeric stats of the session manager (nested objects flattened as `a.b`). */
  sessions?: Record<string, number>;
  /** Live instances per type from an InstanceCounter. */
  instances?: Record<string, number>;
}

/**
 * Produces raw samples. The default one reads Node (`NodeSampleSource`); tests inject their
 * own. `start`/`stop` bracket the monitor's running period (observers live only in between).
 */
export interface SampleSource {
  read(): RawSample;
  start?(): void;
  stop?(): void;
}

export type AlertLevel = 'info' | 'warning' | 'critical';

/** An active alert. `key` is stable for the condition (`memory.rss`, `pool.leak:db`...). */
export interface Alert {
  key: string;
  level: AlertLevel;
  message: string;
  value: number;
  threshold: number;
  /** First time the condition was seen since it last cleared (epoch ms). */
  firstSeen: number;
  lastSeen: number;
  /** Samples in which the condition was seen since it last cleared. */
  count: number;
  /** `leak.sites` only: the allocation sites whose retained memory grew (see `profileOnTrend`). */
  heapSites?: HeapSiteSummary[];
}

/** A growing allocation site named by `profileOnTrend`. */
export interface HeapSiteSummary {
  /** `file:line:column` of the allocating function (relative to the working directory). */
  site: string;
  functionName: string;
  /** Estimated bytes it retained at the profile's end. */
  bytes: number;
  growthBytesPerMinute: number;
  /** What did the allocating under it (constructors, `Array`, natives), largest first. */
  allocatedBy: string[];
}

/** The trend detector's verdict. */
export interface TrendVerdict {
  /** True when the post-GC heap floor grows steadily enough to call it a leak. */
  leakSuspected: boolean;
  /** Growth of the heap floor (bytes per minute; negative when it shrinks). */
  growthBytesPerMin: number;
  /** 0..1: how consistently the floor rises (see docs/monitor.md). */
  confidence: number;
  /**
   * Estimated time until the heap floor reaches the heap limit (ms), at the growth of what
   * survives major GCs for a leak they confirm, else at the floor's; null when not growing.
   */
  timeToLimitMs: number | null;
  /** Floor points used (one per bucket). */
  points: number;
  /** Time covered by those points (ms). */
  spanMs: number;
  /**
   * The current heap floor estimate (bytes), or 0 without data: the old generation's use at its
   * lowest (heapUsed minus the young generation), or heapUsed at its lowest for a source without
   * space statistics. See docs/monitor.md.
   */
  floorBytes: number;
  /**
   * From a source that reports major GCs (NodeSampleSource): the growth (bytes per minute) that
   * the latest read after a major GC proves, at least — what survived it against the floor
   * earlier (see docs/monitor.md, "Confirmed by a major GC"); null before such a read, or from a
   * source that does not report them. A leak is called only when it reaches the threshold too.
   */
  confirmedGrowthBytesPerMin: number | null;
  /**
   * True when a major GC decides: the floor grows enough to call a leak (span, points and
   * growth), the source reports major GCs, and what survives them does not confirm it — no two
   * reads after major GCs `minSpanMs` apart yet (`confirmedGrowthBytesPerMin` is null), or they
   * prove less than `minGrowthBytesPerMin` (until the next one). The monitor runs a full GC to
   * settle it (`trend.collectToConfirm`) when its pause is within budget. False otherwise.
   */
  awaitingConfirmation: boolean;
  /** Why it is (not) a leak, in words. */
  reason: string;
}
