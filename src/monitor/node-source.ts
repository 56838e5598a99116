/**
 * The default sample source: reads Node and V8. Node only.
 *
 * Cost: `process.memoryUsage()` (reads /proc), `os.totalmem/freemem` and
 * `process.constrainedMemory()` (reads the cgroup files) dominate; the V8 statistics are cheap.
 * `npm run bench monitor` (1. one sample) measures the whole sample.
 *
 * The event-loop probe and the GC observer exist only between `start()` and `stop()`, owned by
 * a child Scope, so a stopped source leaves nothing running. Read while stopped, it reports
 * zero delay and no GC.
 *
 * Why a probe of our own rather than `monitorEventLoopDelay()`: that histogram records the
 * time between two ticks of its native timer, and `reset()` (needed to get figures per
 * sample) also forgets the previous tick's time (Node's `Histogram::Reset` sets `prev_ = 0`),
 * so the first tick after a reset only stores a time and records nothing. A stall between a
 * sample and that tick — the monitor's own cleaners, an `onCritical` heap snapshot, `sampled`
 * or `alerted` listeners, all of which run right after `read()` — read as ~1 ms, while the
 * same stall later in the interval read in full. The probe is an unref'd interval timer that
 * keeps its own previous tick time across reads and records each tick's lateness into a
 * `createHistogram()`, whose `reset()` then drops only the figures. It costs more CPU than
 * `monitorEventLoopDelay` (a JS timer callback instead of a native one); `npm run bench
 * monitor` (2. CPU overhead of a running monitor) holds the total to its target. Keeping the
 * native histogram and patching the lost window with a one-shot
 * timer would only fix the max, not the p99 that `eventloop.delay` alerts on.
 */
import os from 'node:os';
import v8 from 'node:v8';
import {
  createHistogram,
  performance,
  PerformanceObserver,
  type EventLoopUtilization,
  type RecordableHistogram,
} from 'node:perf_hooks';
import { Scope } from '../core/index.js';
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import { FullGcWatch, GcWindow, gcKindName } from './gc-window.js';
import type { EventLoopStats, RawSample, SampleSource } from './types.js';

export interface NodeSampleSourceOptions {
  /**
   * Period of the event-loop delay probe (ms). Each tick is a timer wake-up (see the cost
   * above). A stall of S ms reads as a delay between S − resolution and S, wherever it falls
   * between two samples.
   * @default 100
   */
  eventLoopResolutionMs?: number;
  /**
   * Window for the "GC blocking" figure (ms).
   * @default 1000
   */
  gcWindowMs?: number;
}

const SOURCE_KEYS = Object.keys({
  eventLoopResolutionMs: 0,
  gcWindowMs: 0,
} satisfies Record<keyof NodeSampleSourceOptions, 0>);

/** `process.constrainedMemory()` normalised: 0 when unknown (older Node, no cgroup limit). */
export function readContainerLimit(): number {
  const fn = (process as { constrainedMemory?: () => number | undefined }).constrainedMemory;
  if (typeof fn !== 'function') return 0;
  const v = fn.call(process);
  // cgroups without a limit report "max" as 2^63 or 2^64 - 1: that is no limit, not a number
  return typeof v === 'number' && Number.isFinite(v) && v > 0 && v < 2 ** 60 ? v : 0;
}

/**
 * How long the container limit and the system total are cached (ms). Together they cost more
 * than the rest of a sample (cgroup files, sysinfo) and change only when a container is
 * resized, so a minute-old value is fine.
 */
const LIMITS_TTL_MS = 60_000;

/**
 * `--max-old-space-size` in bytes, from the process's flags or NODE_OPTIONS (0 when not set).
 * V8 aborts when the old generation passes it — long before `heap_size_limit`, which also
 * counts the young generation's reserve: with a 64 MiB old space that limit reads 112 MiB on
 * Node 20 and 256 MiB on Node 24, so a heap percentage against it never reaches the alert
 * thresholds before the process dies. Read once: the flag cannot change after start-up.
 */
export function oldSpaceLimitFromFlags(
  execArgv: readonly string[] = process.execArgv,
  nodeOptions: string = process.env.NODE_OPTIONS ?? '',
): number {
  let mib = 0;
  // NODE_OPTIONS first: flags on the command line take precedence over it, and within each the
  // last one wins, as in node
  for (const a of [...nodeOptions.split(/\s+/), ...execArgv]) {
    const m = /^--max[-_]old[-_]space[-_]size=(\d+(?:\.\d+)?)$/.exec(a);
    if (m) mib = Number(m[1]);
  }
  return Math.floor(mib * 1048576);
}
const OLD_SPACE_LIMIT = oldSpaceLimitFromFlags();

/** Least loop time (idle + active, ms) an event-loop utilisation figure is measured over. */
const MIN_ELU_WINDOW_MS = 10;

export class NodeSampleSource implements SampleSource {
  readonly #resolution: number;
  #limitsAt = -Infinity;
  #containerLimit = 0;
  #systemTotal = 0;
  readonly #gc: GcWindow;
  #scope: Scope | null = null;
  /** Lateness of each probe tick since the last read (ns, >= 1: the histogram's floor). */
  readonly #delays: RecordableHistogram = createHistogram();
  /** performance.now() of the probe's previous tick; survives reads, unlike the native one. */
  #lastTick = 0;
  #elu: EventLoopUtilization = performance.eventLoopUtilization();
  /** Utilisation of the last window measured since `start()`, -1 before the first. */
  #lastUtilization = -1;
  #postGc = Infinity;
  /** Lowest old-generation use read after a major GC since the last read (postGcOldGenUsed). */
  #postGcOld = Infinity;
  /** The dearest atomic major GC since the last read (`fullGcPauseMs`). */
  readonly #fullGc = new FullGcWatch();

  /** Throws a TypeError (code LEAKGUARD_INVALID_OPTION) for a bad value or an unknown key. */
  constructor(options: NodeSampleSourceOptions = {}) {
    if (options === null || typeof options !== 'object' || Array.isArray(options))
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, SOURCE_KEYS);
    checkTimerMs('eventLoopResolutionMs', options.eventLoopResolutionMs, { min: 1 });
    checkNumber('gcWindowMs', options.gcWindowMs, { min: 1 });
    this.#resolution = options.eventLoopResolutionMs ?? 100;
    this.#gc = new GcWindow(options.gcWindowMs ?? 1000);
  }

  get running(): boolean {
    return this.#scope !== null;
  }

  start(): void {
    if (this.#scope !== null) return;
    const scope = (this.#scope = new Scope({ name: 'leakguard monitor source' }));
    this.#lastTick = performance.now();
    scope.setInterval(() => this.#probe(), this.#resolution, {
      unref: true, // background: never keeps the process alive
      description: 'monitor: event-loop delay probe',
    });
    scope.defer(() => this.#delays.reset());
    const gc = this.#gc;
    const full = this.#fullGc;
    const obs = new PerformanceObserver((list) => {
      let major = false;
      for (const e of list.getEntries()) {
        const detail = (e as { detail?: { kind?: number } }).detail;
        const kind = gcKindName(detail?.kind ?? (e as { kind?: number }).kind);
        if (kind === 'major') major = true;
        gc.add(kind, e.startTime, e.duration);
        full.add(kind, e.duration);
      }
      // Entries arrive shortly after the collection, so the heap read now is close to what
      // survived it: the floor the trend detector wants (one cheap V8 call per batch). The
      // young generation holds what the app allocated since, not survivors: the old
      // generation's use is the floor, by the definition the samples use (oldGenerationUsed).
      if (major) {
        let used = 0;
        let young = 0;
        for (const sp of v8.getHeapSpaceStatistics()) {
          used += sp.space_used_size;
          if (sp.space_name === 'new_space' || sp.space_name === 'new_large_object_space')
            young += sp.space_used_size;
        }
        if (used < this.#postGc) this.#postGc = used;
        if (used - young < this.#postGcOld) this.#postGcOld = used - young;
        // per MiB of live heap: the survivors are what a full GC marks
        full.endBatch(used);
      }
    });
    obs.observe({ entryTypes: ['gc'] });
    // PerformanceObserver has disconnect(): a disposable-like the scope accepts as is.
    scope.add(obs);
    scope.defer(() => {
      gc.clear();
      full.clear();
    });
    this.#elu = performance.eventLoopUtilization();
    this.#lastUtilization = -1;
  }

  stop(): void {
    const s = this.#scope;
    this.#scope = null;
    s?.dispose();
  }

  read(): RawSample {
    const t = performance.now();
    if (t - this.#limitsAt >= LIMITS_TTL_MS) {
      this.#limitsAt = t;
      this.#containerLimit = readContainerLimit();
      this.#systemTotal = os.totalmem();
    }
    const full = this.#fullGc.take();
    const postGc = this.#postGc;
    const postGcOld = this.#postGcOld;
    this.#postGc = this.#postGcOld = Infinity;
    const mem = process.memoryUsage();
    const heap = v8.getHeapStatistics();
    const spaces = v8.getHeapSpaceStatistics();
    const heapSpaces = new Array<RawSample['heapSpaces'][number]>(spaces.length);
    for (let i = 0; i < spaces.length; i++) {
      const s = spaces[i] as v8.HeapSpaceInfo;
      heapSpaces[i] = {
        name: s.space_name,
        size: s.space_size,
        used: s.space_used_size,
        available: s.space_available_size,
      };
    }
    const resources: Record<string, number> = {};
    const getInfo = (process as { getActiveResourcesInfo?: () => string[] }).getActiveResourcesInfo;
    if (typeof getInfo === 'function')
      for (const r of getInfo.call(process)) resources[r] = (resources[r] ?? 0) + 1;
    return {
      rss: mem.rss,
      heapUsed: mem.heapUsed,
      heapTotal: mem.heapTotal,
      external: mem.external,
      arrayBuffers: mem.arrayBuffers,
      // the limit that actually ends the process (see oldSpaceLimitFromFlags)
      heapLimit:
        OLD_SPACE_LIMIT > 0
          ? Math.min(OLD_SPACE_LIMIT, heap.heap_size_limit)
          : heap.heap_size_limit,
      nativeContexts: heap.number_of_native_contexts,
      detachedContexts: heap.number_of_detached_contexts,
      heapSpaces,
      systemTotal: this.#systemTotal,
      systemFree: os.freemem(),
      containerLimit: this.#containerLimit,
      eventLoop: this.#readEventLoop(),
      gc: this.#gc.take(),
      resources,
      postGcHeapUsed: postGc === Infinity ? 0 : postGc,
      postGcOldGenUsed: postGcOld === Infinity ? 0 : postGcOld,
      fullGcPauseMs: full.pauseMs,
      fullGcHeapBytes: full.heapBytes,
    };
  }

  #probe(): void {
    const now = performance.now();
    // setInterval schedules the next tick from the start of this one, so each gap is one
    // period plus however late this tick ran
    const late = now - this.#lastTick - this.#resolution;
    this.#lastTick = now;
    this.#delays.record(late >= 1e-6 ? Math.round(late * 1e6) : 1);
  }

  /**
   * Utilisation since the previous read. The first read after `start()` (the monitor takes one
   * sample at once) used to measure the tail of the very callback that started it: no idle time
   * at all, so it reported 1 — a 100 % spike on every dashboard. A window that says nothing
   * about the loop — shorter than MIN_ELU_WINDOW_MS, or, before any window has been measured
   * since `start()`, one in which the loop never waited (on a loaded machine the starting
   * callback can outlast any fixed minimum) — leaves the baseline where it is (the next read
   * covers it) and reports the last figure, or, with none yet, the utilisation since the loop
   * started (0 before it has started: nothing to measure yet).
   */
  #readUtilization(): number {
    const now = performance.eventLoopUtilization();
    const d = performance.eventLoopUtilization(now, this.#elu);
    if (d.idle + d.active < MIN_ELU_WINDOW_MS || (this.#lastUtilization < 0 && d.idle === 0)) {
      if (this.#lastUtilization < 0) return now.utilization;
      return this.#lastUtilization;
    }
    this.#elu = now;
    return (this.#lastUtilization = d.utilization);
  }

  #readEventLoop(): EventLoopStats {
    const utilization = this.#readUtilization();
    const h = this.#delays;
    if (h.count === 0) return { delayMeanMs: 0, delayP99Ms: 0, delayMaxMs: 0, utilization };
    const out = {
      delayMeanMs: h.mean / 1e6,
      delayP99Ms: h.percentile(99) / 1e6,
      delayMaxMs: h.max / 1e6,
      utilization,
    };
    // drops the figures only: the probe's previous tick time is ours (see the top of the file)
    h.reset();
    return out;
  }
}
