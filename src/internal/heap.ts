/**
 * Why this file is long: options, the profile walk, site admission and the trend analysis all
 * read and write the sampler's private site map; split, that map would become an exported
 * mutable structure shared by modules.
 *
 * Heap sites: which allocation sites' retained memory keeps growing, from V8's sampling heap
 * profiler (`HeapProfiler.startSampling` / `getSamplingProfile` over `node:inspector`).
 *
 * The profile V8 returns holds only sampled allocations that are still alive, each scaled to
 * an estimate of the bytes it stands for; grouped by allocation site, it estimates the bytes
 * each site retains now. The same trend test the finder runs on listener counts (Mann–Kendall,
 * Theil–Sen, "still above its first third") then runs on each site's retained bytes, on
 * settled samples only (taken right after a full GC), so garbage not yet collected, a GC
 * sawtooth, a warm-up that stops and a cache that fills up and stays full are not reported.
 *
 * Site precision: V8 records the *function* an allocation happened in (its start position),
 * not the statement. The site is the innermost frame of the allocation stack that is app code
 * (else a dependency); the function that allocated (a constructor, `Array`, `JSON.parse`, a
 * native like `repeat`) is kept as `allocatedBy`.
 *
 * Invariants: memory is bounded by `maxSites` × `window` × 3 numbers (time, bytes, bytes of its
 * callees) plus a few strings per site;
 * the session is created in `start()` and disconnected in `stop()`; a profile read never
 * throws out of `sample()` (a failure stops heap sampling and is reported once); a read whose
 * predicted pause exceeds `maxReadPauseMs` is not made (`heap-guard.ts`: the interval widens,
 * or reads pause while the GC alone would exceed it).
 *
 * `node:inspector` is loaded in `start()`, not imported: in a Node built without the inspector
 * (some embedders) importing it throws, and that must not take leakguard/detect down with it.
 */
import { findSourceMap } from 'node:module';
import { isAbsolute } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import v8 from 'node:v8';
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';
import { ReadGuard, type ReadPause } from './heap-guard.js';
import { displayPath, siteLocation } from './paths.js';

/** Where a frame's code comes from. */
export type Attribution = 'app' | 'dependency' | 'internal';
import { drift, firstThirdMax, isGrowing, trend, type GrowthCriteria } from './trend.js';

export interface HeapOptions {
  /**
   * Average bytes allocated between two samples (V8's `samplingInterval`): smaller is more
   * precise and costs more.
   * @default 131072 (128 KiB)
   */
  samplingIntervalBytes?: number;
  /**
   * Smallest growth over the window, in bytes, that can make a site a leak.
   * @default 1048576 (1 MiB)
   */
  minGrowthBytes?: number;
  /**
   * Allocation sites followed at most; beyond it the smallest are forgotten.
   * @default 500
   */
  maxSites?: number;
  /**
   * Time between two heap profile reads in the runtime finder while a site grows, in
   * milliseconds: once a read finds a site that rose by half of `minGrowthBytes` since the read
   * before, the next read comes after this long; otherwise after the finder's `gcIntervalMs`
   * (20 s). Each read is a settled sample and forces a full GC; lower names a leak sooner and
   * costs more GCs.
   * @default 10000
   */
  intervalMs?: number;
  /**
   * Longest time one heap profile read may block the event loop, in milliseconds (the read
   * runs a full GC, then V8 lists the live samples). Before each read its pause is predicted
   * from the last ones: over this budget the sampling interval is widened (fewer samples; the
   * sites' series start again), and when the GC alone would exceed it, reads pause until the
   * heap shrinks (said once, and `paused` in the report). `Infinity` turns the guard off.
   * @default 200 (the monitor's event-loop warning threshold, `eventLoopDelayMs`)
   */
  maxReadPauseMs?: number;
}

export interface ResolvedHeapOptions {
  samplingIntervalBytes: number;
  minGrowthBytes: number;
  maxSites: number;
  intervalMs: number;
  maxReadPauseMs: number;
}

/** The monitor's default `eventLoopDelayMs` (src/monitor/options.ts), in ms. */
export const DEFAULT_MAX_READ_PAUSE_MS = 200;

export const HEAP_DEFAULTS: ResolvedHeapOptions = {
  samplingIntervalBytes: 128 * 1024,
  minGrowthBytes: 1024 * 1024,
  maxSites: 500,
  intervalMs: 10_000,
  maxReadPauseMs: DEFAULT_MAX_READ_PAUSE_MS,
};

const HEAP_KEYS = [
  'samplingIntervalBytes',
  'minGrowthBytes',
  'maxSites',
  'intervalMs',
  'maxReadPauseMs',
] as const;

/** Validates `heap` options (`true` = defaults). */
export function resolveHeapOptions(v: unknown, name = 'heap'): ResolvedHeapOptions {
  if (v === true || v === undefined) return { ...HEAP_DEFAULTS };
  if (v === null || typeof v !== 'object' || Array.isArray(v))
    throw optionError(name, 'a boolean or an object', v);
  checkKnownKeys(v, HEAP_KEYS, name);
  const o = v as HeapOptions;
  checkNumber(`${name}.samplingIntervalBytes`, o.samplingIntervalBytes, {
    min: 1024,
    integer: true,
  });
  checkNumber(`${name}.minGrowthBytes`, o.minGrowthBytes, { min: 1 });
  checkNumber(`${name}.maxSites`, o.maxSites, { min: 1, integer: true });
  checkNumber(`${name}.intervalMs`, o.intervalMs, { min: 100 });
  checkNumber(`${name}.maxReadPauseMs`, o.maxReadPauseMs, { min: 1, allowInfinity: true });
  return {
    samplingIntervalBytes: o.samplingIntervalBytes ?? HEAP_DEFAULTS.samplingIntervalBytes,
    minGrowthBytes: o.minGrowthBytes ?? HEAP_DEFAULTS.minGrowthBytes,
    maxSites: o.maxSites ?? HEAP_DEFAULTS.maxSites,
    intervalMs: o.intervalMs ?? HEAP_DEFAULTS.intervalMs,
    maxReadPauseMs: o.maxReadPauseMs ?? HEAP_DEFAULTS.maxReadPauseMs,
  };
}

/** What the read guard did, for reports. */
export interface HeapReadStats {
  /** V8's sampling interval now (wider than asked when the guard widened it), in bytes. */
  samplingIntervalBytes: number;
  /** The read budget (`maxReadPauseMs`). */
  maxReadPauseMs: number;
  /** Wall-clock ms the last read blocked the event loop (GC included); null before one. */
  lastReadMs: number | null;
  /** Longest read so far (ms). */
  longestReadMs: number;
  reads: number;
  /** Reads not made because their predicted pause exceeded the budget. */
  skipped: number;
  /** Times the interval was widened (each restarted the sites' series). */
  widened: number;
  /** Times a widened interval was narrowed back one step (each restarted the series too). */
  narrowed: number;
  /** Why reads are skipped now, or null. */
  paused: ReadPause | null;
}

/** The part of an inspector session the sampler uses. */
export interface InspectorSession {
  post(
    method: string,
    params?: object | ((err: Error | null, result?: unknown) => void),
    callback?: (err: Error | null, result?: unknown) => void,
  ): void;
  disconnect(): void;
}

/** What a sampler reads from the process; tests replace them. */
export interface HeapSamplerHooks {
  /** A connected inspector session (default: `node:inspector`'s, in-process). */
  connect?: () => InspectorSession;
  /** Clock, in ms (default `performance.now`). */
  now?: () => number;
  /**
   * CPU time of the process, in ms (default `process.cpuUsage()`): a read's cost is learned as
   * the smaller of its wall-clock time and the CPU time it took, so a read slowed by other
   * processes on a loaded machine does not teach the guard that reads are dear.
   */
  cpuMs?: () => number;
  /** Used heap bytes now (default `v8.getHeapStatistics().used_heap_size`). */
  heapBytes?: () => number;
  /** Runs `fn`, returns the ms of GC it ran, or null when unknown (default `v8.GCProfiler`). */
  gcMsDuring?: (fn: () => void) => number | null;
}

function connectInspector(): InspectorSession {
  const inspector = process.getBuiltinModule('node:inspector');
  const session = new inspector.Session();
  session.connect();
  return session as unknown as InspectorSession;
}

function gcMsDuring(fn: () => void): number | null {
  let profiler: v8.GCProfiler;
  try {
    profiler = new v8.GCProfiler();
    profiler.start();
  } catch {
    fn();
    return null;
  }
  try {
    fn();
  } catch (e) {
    profiler.stop();
    throw e;
  }
  let us = 0;
  for (const s of profiler.stop().statistics) us += s.cost; // microseconds
  return us / 1000;
}

/** `HeapProfiler.startSampling`; the error, or null. In-process sessions answer synchronously. */
function startSampling(session: InspectorSession, interval: number): Error | null {
  let failed: Error | null = null;
  try {
    session.post('HeapProfiler.startSampling', { samplingInterval: interval }, (err) => {
      failed = err;
    });
  } catch (e) {
    failed = e as Error;
  }
  return failed;
}

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function kib(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MiB` : `${bytes / 1024} KiB`;
}

/** One heap site in a report. */
export interface HeapSiteReport {
  /** `file:line:column` of the allocating function (relative to the working directory). */
  site: string;
  file: string;
  line: number;
  column: number;
  functionName: string;
  attribution: Attribution;
  kind: 'heap';
  /** Estimated bytes the site retains now (last settled sample). */
  bytes: number;
  /** Theil–Sen slope of the retained bytes over the window. */
  growthBytesPerMinute: number;
  /** One-sided Mann–Kendall p-value for a rise. */
  pValue: number;
  leaking: boolean;
  /** Settled samples in the window. */
  samples: number;
  /** A few frames of the allocation stack, innermost first. */
  stack: string[];
  /** The functions that did the allocating under this site, by retained bytes (top 3). */
  allocatedBy: { name: string; bytes: number }[];
}

export interface CallFrame {
  functionName: string;
  /** V8's id of the frame's script: "0" for builtins (no script). */
  scriptId?: string;
  url: string;
  lineNumber: number;
  columnNumber: number;
}

export interface ProfileNode {
  callFrame: CallFrame;
  selfSize: number;
  children: ProfileNode[];
}

interface HeapSite {
  key: string;
  file: string;
  line: number;
  column: number;
  functionName: string;
  attribution: Attribution;
  stack: string[];
  /** Keys of the app/dependency frames that called it (up to STACK_FRAMES - 1), outermost first. */
  callers: string[];
  /** Settled sample times (ms) and retained bytes, oldest first, at most `window`. */
  times: number[];
  values: number[];
  /**
   * At the same settled samples: the bytes of every site it calls (those with it among their
   * `callers`), followed or not — what the inlining rule reads when the callees that lose what
   * it gains are too small, or too many, to be followed.
   */
  below: number[];
  /** Bytes at the last sample, settled or not. */
  bytes: number;
  allocatedBy: Map<string, number>;
}

const STACK_FRAMES = 5;
const MS_PER_MIN = 60_000;

/**
 * Root of leakguard's own code (the folder above internal/: `dist/` or `src/`), as a URL and
 * as a path: scripts are named by `file:` URL under plain ESM and by path under loaders (tsx,
 * vitest). Frames there are never a site.
 */
const OWN_ROOT_URL = new URL('..', import.meta.url).href;
const OWN_ROOT_PATH = fileURLToPath(OWN_ROOT_URL);

/**
 * leakguard's instrumentation (the runtime finder and this sampler): what it allocates while
 * called from an app frame is its own bookkeeping (stacks, series), not the app's data.
 */
const INSTRUMENTATION = ['detect', 'internal'].flatMap((d) => [
  `${OWN_ROOT_URL}${d}/`,
  `${OWN_ROOT_PATH}${d}/`,
  `${OWN_ROOT_PATH}${d}\\`,
]);

function isInstrumentation(url: string): boolean {
  for (const p of INSTRUMENTATION) if (url.startsWith(p)) return true;
  return false;
}

function attributionOf(url: string): Attribution | 'own' {
  if (url === '' || url.startsWith('node:') || !(url.startsWith('file:') || isAbsolute(url)))
    return 'internal';
  if (url.startsWith(OWN_ROOT_URL) || url.startsWith(OWN_ROOT_PATH)) return 'own';
  return url.includes('/node_modules/') ? 'dependency' : 'app';
}

/**
 * A frame of code whose script V8 has collected since (a function compiled with `vm`,
 * `new Function` or `eval` and dropped): the profile keeps its script id but no longer knows
 * its file or position (url "", line -1; builtins have script id "0"). What it allocated is
 * still live, but it will allocate no more, so it is no site's growth — counted as the
 * innermost app frame would be, it moved to the caller as scripts were collected: a request
 * handler that calls freshly compiled functions whose objects live in a ring rose as each
 * function's script died (the heap soak's false site). Its bytes go to no site; its callers'
 * `below` still counts them, so that series does not fall when a script is collected.
 */
function isCollectedScript(f: CallFrame): boolean {
  return f.url === '' && f.lineNumber < 0 && f.scriptId !== undefined && f.scriptId !== '0';
}
const LOST = '(collected script)';

function frameName(f: CallFrame): string {
  if (f.functionName !== '') return f.functionName;
  return f.url === '' ? '(native)' : '(anonymous)';
}

/**
 * The frame's position in the original source when Node knows a source map for its script
 * (`--enable-source-maps`, or a loader such as tsx that turns them on), else as V8 gives it.
 * 1-based line and column.
 */
function original(f: CallFrame): { file: string; line: number; column: number } {
  try {
    const map = findSourceMap(f.url);
    const e = map?.findEntry(f.lineNumber, f.columnNumber) as
      { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (
      e?.originalSource !== undefined &&
      e.originalLine !== undefined &&
      e.originalColumn !== undefined
    )
      return { file: e.originalSource, line: e.originalLine + 1, column: e.originalColumn + 1 };
  } catch {
    // no map for this script
  }
  return { file: f.url, line: f.lineNumber + 1, column: f.columnNumber + 1 };
}

function formatFrame(f: CallFrame): string {
  const o = original(f);
  const loc = `${displayPath(o.file)}:${o.line}:${o.column}`;
  return f.functionName === '' ? loc : `${f.functionName} (${loc})`;
}

/**
 * Follows retained bytes per allocation site. `start()` begins V8's sampling; each `sample()`
 * reads the live profile; `report()` runs the trend test.
 */
export class HeapSampler {
  readonly #o: ResolvedHeapOptions;
  readonly #window: number;
  readonly #sites = new Map<string, HeapSite>();
  readonly #connect: () => InspectorSession;
  readonly #now: () => number;
  readonly #cpuMs: () => number;
  readonly #heapBytes: () => number;
  readonly #gcMsDuring: (fn: () => void) => number | null;
  readonly #guard: ReadGuard;
  #session: InspectorSession | null = null;
  #problem: string | null = null;
  #interval: number;
  #notices: string[] = [];
  #saidPaused = false;
  #stats = {
    lastReadMs: null as number | null,
    longestReadMs: 0,
    reads: 0,
    skipped: 0,
    widened: 0,
    narrowed: 0,
  };
  /** See rising(): set at each settled read. */
  #rose = false;
  /** Sites built and ms spent on them during the current read. */
  #built = { sites: 0, ms: 0 };

  constructor(options: ResolvedHeapOptions, window: number, hooks: HeapSamplerHooks = {}) {
    this.#o = options;
    this.#window = window;
    this.#interval = options.samplingIntervalBytes;
    this.#connect = hooks.connect ?? connectInspector;
    this.#now = hooks.now ?? (() => performance.now());
    this.#cpuMs = hooks.cpuMs ?? cpuMs;
    this.#heapBytes = hooks.heapBytes ?? (() => v8.getHeapStatistics().used_heap_size);
    this.#gcMsDuring = hooks.gcMsDuring ?? gcMsDuring;
    this.#guard = new ReadGuard(options.maxReadPauseMs, options.samplingIntervalBytes);
  }

  /** Why heap sampling is off (inspector missing, another client sampling, a failed read). */
  get problem(): string | null {
    return this.#problem;
  }

  get running(): boolean {
    return this.#session !== null;
  }

  /** What the read guard did: the interval now, the last read's pause, skips, widenings. */
  readStats(): HeapReadStats {
    return {
      samplingIntervalBytes: this.#interval,
      maxReadPauseMs: this.#o.maxReadPauseMs,
      ...this.#stats,
      paused: this.#guard.paused === null ? null : { ...this.#guard.paused },
    };
  }

  /**
   * Lines to say once each (the interval widened, reads paused), oldest first; taking them
   * empties the list.
   */
  takeNotices(): string[] {
    const n = this.#notices;
    this.#notices = [];
    return n;
  }

  /**
   * Runs a full GC made elsewhere (the finder's forced GC) and times it: the read guard learns
   * what a GC of this heap costs without a read. Returns what `gc` returned.
   */
  timedGc(gc: () => boolean): boolean {
    const heap = this.#heapBytes();
    const c0 = this.#cpuMs();
    const t0 = this.#now();
    const ok = gc();
    if (ok) this.#guard.observeGc(Math.min(this.#now() - t0, this.#cpuMs() - c0), heap);
    return ok;
  }

  /**
   * Whether a full GC of the heap now fits `maxReadPauseMs`, as the read guard predicts it (the
   * test that skips a read for its GC alone), with the prediction (ms) and the heap (bytes).
   */
  gcFits(): { fits: boolean; predictedMs: number; heapBytes: number } {
    const heapBytes = this.#heapBytes();
    return {
      fits: this.#guard.gcFits(heapBytes),
      predictedMs: Math.round(this.#guard.predictGc(heapBytes)),
      heapBytes,
    };
  }

  /**
   * Learns what a full GC of `heapBytes` costs from one timed elsewhere (`ms` of pause): the
   * monitor passes the atomic major GCs it observed, so a profile's first read is predicted
   * from this process's figure rather than the prior.
   */
  observeGc(ms: number, heapBytes: number): void {
    this.#guard.observeGc(ms, heapBytes);
  }

  /** Starts V8's sampling heap profiler; false (and `problem` set) when it cannot. */
  start(): boolean {
    if (this.#session !== null) return true;
    let session: InspectorSession;
    try {
      session = this.#connect();
    } catch (e) {
      this.#problem = `node:inspector is not available (${String(e)})`;
      return false;
    }
    // V8 has one sampling heap profiler per isolate: if another client (DevTools, a profiler,
    // another leakguard sampler) runs it, startSampling would silently share it at that
    // client's interval, and our stop() would end its sampling. A read succeeds only then.
    let sampledAlready = false;
    session.post('HeapProfiler.getSamplingProfile', (err) => {
      sampledAlready = err === null;
    });
    if (sampledAlready) {
      session.disconnect();
      this.#problem =
        'another inspector client is sampling the heap already; stopping ours would stop it too';
      return false;
    }
    const failed = startSampling(session, this.#interval);
    if (failed !== null) {
      session.disconnect();
      this.#problem = `heap sampling could not start: ${failed.message}`;
      return false;
    }
    this.#guard.restarted(this.#heapBytes());
    this.#session = session;
    this.#problem = null;
    return true;
  }

  /** Stops sampling and drops the session (the collected series stay for `report()`). */
  stop(): void {
    const s = this.#session;
    if (s === null) return;
    this.#session = null;
    try {
      // disable, not stopSampling: that one reads the profile first (a full GC and the whole
      // profile: as dear as a read) only to drop it; disable stops V8's sampler at once
      s.post('HeapProfiler.disable');
    } catch {
      /* the session may already be gone */
    }
    s.disconnect();
  }

  /**
   * Reads the live profile and records each site's retained bytes at `t` (ms). Only `settled`
   * samples (right after a full GC) enter the trend series. Returns whether a profile was
   * read: false when sampling is off (`running` false, `problem` says why) or when the read
   * guard did not read (its predicted pause exceeded `maxReadPauseMs`: see `readStats()` and
   * `takeNotices()`); no full GC ran then.
   */
  sample(t: number, settled: boolean): boolean {
    const session = this.#session;
    if (session === null) return false;
    const heapBytes = this.#heapBytes();
    const d = this.#guard.decide(heapBytes, this.#interval);
    if (d.action === 'skip') {
      this.#stats.skipped++;
      if (!this.#saidPaused) {
        this.#saidPaused = true;
        const p = d.pause;
        this.#notices.push(
          `heap reads paused: one would block the event loop ~${p.predictedMs} ms ` +
            `(${p.reason === 'gc' ? `the full GC it runs alone exceeds the budget on a ${Math.round(heapBytes / 2 ** 20)} MiB heap` : 'at the widest sampling interval'}), ` +
            `over heap.maxReadPauseMs (${p.budgetMs} ms); they resume when the heap shrinks`,
        );
      }
      return false;
    }
    if (d.action === 'widen') {
      const from = this.#interval;
      if (!this.#restart(session, d.intervalBytes)) return false;
      this.#stats.skipped++;
      this.#stats.widened++;
      this.#notices.push(
        `heap sampling interval widened from ${kib(from)} to ${kib(d.intervalBytes)}: a profile ` +
          `read would have blocked the event loop ~${d.predictedMs} ms, over heap.maxReadPauseMs ` +
          `(${this.#o.maxReadPauseMs} ms); the heap sites' series start again`,
      );
      return false;
    }
    if (d.action === 'narrow') {
      // no read this time either: restarting empties the profile
      const from = this.#interval;
      if (!this.#restart(session, d.intervalBytes)) return false;
      this.#stats.narrowed++;
      this.#notices.push(
        `heap sampling interval narrowed back from ${kib(from)} to ${kib(d.intervalBytes)}: a ` +
          `profile read there is predicted at ~${d.predictedMs} ms, within heap.maxReadPauseMs ` +
          `(${this.#o.maxReadPauseMs} ms) with room; the heap sites' series start again`,
      );
      return false;
    }
    let profile: { head: ProfileNode; samples?: unknown[] } | null = null;
    let failed: Error | null = null;
    const c0 = this.#cpuMs();
    const t0 = this.#now();
    const gcMs = this.#gcMsDuring(() => {
      try {
        session.post('HeapProfiler.getSamplingProfile', (err, r) => {
          failed = err;
          profile = (r as { profile?: { head: ProfileNode } } | undefined)?.profile ?? null;
        });
      } catch (e) {
        failed = e as Error;
      }
    });
    const p = profile as { head: ProfileNode; samples?: unknown[] } | null;
    if (failed !== null || p === null) {
      this.#problem = `heap profile read failed: ${failed === null ? 'no profile' : (failed as Error).message}`;
      this.stop();
      return false;
    }
    this.#built = { sites: 0, ms: 0 };
    this.#record(t, settled, this.#group(p.head, d.newSites));
    const totalMs = this.#now() - t0;
    this.#stats.reads++;
    this.#stats.lastReadMs = totalMs;
    this.#stats.longestReadMs = Math.max(this.#stats.longestReadMs, totalMs);
    // what the read itself cost: wall-clock time, unless other processes stretched it
    const scale = totalMs > 0 ? Math.min(1, (this.#cpuMs() - c0) / totalMs) : 1;
    this.#guard.record({
      heapBytes,
      samples: p.samples?.length ?? 0,
      newSites: this.#built.sites,
      totalMs: totalMs * scale,
      gcMs: gcMs === null ? null : gcMs * scale,
      newSitesMs: this.#built.ms * scale,
    });
    return true;
  }

  /** Restarts V8's sampling at a wider interval: the profile (and so each series) starts empty. */
  #restart(session: InspectorSession, interval: number): boolean {
    let failed: Error | null = null;
    try {
      session.post('HeapProfiler.disable'); // not stopSampling: see stop()
    } catch (e) {
      failed = e as Error;
    }
    failed ??= startSampling(session, interval);
    if (failed !== null) {
      this.#problem = `heap sampling could not restart: ${failed.message}`;
      this.stop();
      return false;
    }
    this.#interval = interval;
    this.#sites.clear();
    this.#rose = false;
    this.#guard.restarted(this.#heapBytes());
    return true;
  }

  /** @internal Records a profile given as V8 returns it (tests drive grouping with this). */
  _ingest(head: ProfileNode, t: number, settled: boolean): void {
    this.#record(t, settled, this.#group(head));
  }

  /**
   * Bytes per site key in one profile. One pass over the nodes that allocates nothing per node
   * but the path's bookkeeping: each frame's attribution and key are computed once when it is
   * pushed, and the innermost app frame of the path is kept as the path grows. Sites seen for
   * the first time are only collected (their frames, their allocators); the ones that make the
   * `maxSites` cut are built afterwards (source maps, formatted stack), so a profile with more
   * sites than are kept does not build and drop the same sites at every read.
   */
  #group(
    head: ProfileNode,
    newSites = Infinity,
  ): { bytes: Map<string, number>; below: Map<string, number> } {
    const bytes = new Map<string, number>();
    const below = new Map<string, number>(); // bytes under each caller key (see HeapSite.below)
    const fresh = new Map<string, { frames: CallFrame[]; allocatedBy: Map<string, number> }>();
    for (const site of this.#sites.values()) site.allocatedBy.clear(); // describes this profile
    const attribution = new Map<string, Attribution | 'own'>(); // by url, for this walk
    const attributionOfUrl = (url: string): Attribution | 'own' => {
      let a = attribution.get(url);
      if (a === undefined) attribution.set(url, (a = attributionOf(url)));
      return a;
    };
    // The path from the root, as its app/dependency frames (outermost first), each with its
    // depth, its key and the index of the innermost app frame up to it (-1: none).
    const nodes: ProfileNode[] = [head];
    const depths: number[] = [0];
    const frames: CallFrame[] = [];
    const frameDepth: number[] = [];
    const frameKey: string[] = [];
    const lastApp: number[] = [];
    const instrumented: number[] = []; // depths of leakguard instrumentation frames on the path
    while (nodes.length > 0) {
      const node = nodes.pop()!;
      const depth = depths.pop()!;
      while (frameDepth.length > 0 && frameDepth[frameDepth.length - 1]! >= depth) {
        frameDepth.pop();
        frames.pop();
        frameKey.pop();
        lastApp.pop();
      }
      while (instrumented.length > 0 && instrumented[instrumented.length - 1]! >= depth)
        instrumented.pop();
      const cf = node.callFrame;
      const a = attributionOfUrl(cf.url);
      const lost = a === 'internal' && isCollectedScript(cf);
      if (a === 'app' || a === 'dependency' || lost) {
        const i = frames.length;
        frames.push(cf);
        frameDepth.push(depth);
        frameKey.push(lost ? LOST : `${cf.url}:${cf.lineNumber}:${cf.columnNumber}`);
        lastApp.push(a === 'dependency' ? (i === 0 ? -1 : lastApp[i - 1]!) : i);
      } else if (a === 'own' && isInstrumentation(cf.url)) instrumented.push(depth);
      const n = frames.length;
      // made by leakguard's instrumentation on the app's behalf (a captured stack): not the app's
      if (node.selfSize > 0 && n > 0) {
        // innermost app frame, else innermost dependency frame
        const app = lastApp[n - 1]!;
        const at = app === -1 ? n - 1 : app;
        if (instrumented.length === 0 || instrumented[instrumented.length - 1]! < frameDepth[at]!) {
          const key = frameKey[at]!;
          // the site's callers as HeapSite.callers has them, each once (recursion repeats keys)
          for (let j = Math.max(0, at - STACK_FRAMES + 1); j < at; j++) {
            const k = frameKey[j]!;
            const again = frameKey.indexOf(k, j + 1);
            if (k === key || k === LOST || (again !== -1 && again < at)) continue;
            below.set(k, (below.get(k) ?? 0) + node.selfSize);
          }
          // a collected script's bytes belong to no site (see isCollectedScript)
          if (key !== LOST) {
            bytes.set(key, (bytes.get(key) ?? 0) + node.selfSize);
            const by = frameName(cf);
            const site = this.#sites.get(key);
            let allocatedBy = site?.allocatedBy;
            if (allocatedBy === undefined) {
              let f = fresh.get(key);
              if (f === undefined) {
                f = {
                  frames: frames.slice(Math.max(0, at - STACK_FRAMES + 1), at + 1),
                  allocatedBy: new Map(),
                };
                fresh.set(key, f);
              }
              allocatedBy = f.allocatedBy;
            }
            allocatedBy.set(by, (allocatedBy.get(by) ?? 0) + node.selfSize);
          }
        }
      }
      for (const c of node.children) {
        nodes.push(c);
        depths.push(depth + 1);
      }
    }
    this.#admit(fresh, bytes, newSites);
    return { bytes, below };
  }

  /**
   * Builds the sites seen for the first time, as many as `maxSites` allows: when there are too
   * many, those that retain least now are left out (or forgotten, if already followed), as
   * `#trim` would do after recording them. At most `newSites` are built in one read (the read
   * guard's room), the largest first.
   */
  #admit(
    fresh: Map<string, { frames: CallFrame[]; allocatedBy: Map<string, number> }>,
    bytes: Map<string, number>,
    newSites: number,
  ): void {
    if (fresh.size === 0) return;
    if (fresh.size > newSites) {
      // the read guard's room: the largest now, the others at a later read
      const keep = [...fresh.keys()]
        .sort((x, y) => (bytes.get(y) ?? 0) - (bytes.get(x) ?? 0))
        .slice(0, newSites);
      fresh = new Map(keep.map((k) => [k, fresh.get(k)!]));
    }
    let admit: Iterable<string> = fresh.keys();
    if (this.#sites.size + fresh.size > this.#o.maxSites) {
      const all = [...this.#sites.keys(), ...fresh.keys()].sort(
        (x, y) => (bytes.get(x) ?? 0) - (bytes.get(y) ?? 0),
      );
      const drop = new Set(all.slice(0, all.length - this.#o.maxSites));
      for (const key of drop) this.#sites.delete(key);
      admit = [...fresh.keys()].filter((k) => !drop.has(k));
    }
    const t0 = this.#now();
    let built = 0;
    for (const key of admit) {
      built++;
      const { frames, allocatedBy } = fresh.get(key)!;
      const f = frames[frames.length - 1]!;
      const at0 = original(f);
      this.#sites.set(key, {
        key,
        file: at0.file,
        line: at0.line,
        column: at0.column,
        functionName: frameName(f),
        attribution: attributionOf(f.url) as Attribution,
        stack: frames.map(formatFrame).reverse(),
        callers: frames.slice(0, -1).map((c) => `${c.url}:${c.lineNumber}:${c.columnNumber}`),
        times: [],
        values: [],
        below: [],
        bytes: 0,
        allocatedBy,
      });
    }
    this.#built.sites += built;
    this.#built.ms += this.#now() - t0;
  }

  #record(
    t: number,
    settled: boolean,
    { bytes, below }: { bytes: Map<string, number>; below: Map<string, number> },
  ): void {
    if (settled) this.#rose = false;
    const step = this.#o.minGrowthBytes / 2;
    for (const site of this.#sites.values()) {
      const b = bytes.get(site.key) ?? 0;
      site.bytes = b;
      if (settled) {
        // a site new since the last read rose from nothing
        const n = site.values.length;
        if (b - (n > 0 ? site.values[n - 1]! : 0) >= step) this.#rose = true;
        site.times.push(t);
        site.values.push(b);
        site.below.push(below.get(site.key) ?? 0);
        if (site.times.length > this.#window) {
          site.times.shift();
          site.values.shift();
          site.below.shift();
        }
      }
    }
    if (this.#sites.size > this.#o.maxSites) this.#trim();
  }

  /** Forgets the sites that retain least now, down to `maxSites` (a big growing site stays). */
  #trim(): void {
    const sites = [...this.#sites.values()].sort((a, b) => a.bytes - b.bytes);
    for (const s of sites) {
      if (this.#sites.size <= this.#o.maxSites) break;
      this.#sites.delete(s.key);
    }
  }

  /**
   * Whether the last settled read found a site whose retained bytes rose, since the settled
   * read before (from nothing for a site new since), by half of `minGrowthBytes` (4 samples at
   * the default interval and growth: a site of churn seldom moves that much between two reads). The finder reads every
   * `intervalMs` while this holds and every `gcIntervalMs` (20 s) otherwise: each read is a
   * forced full GC (V8's inspector samples with kSamplingForceGC), so a quiet heap costs half
   * the GCs, while a leak of a few MiB/min keeps the faster pace from its second read on.
   */
  rising(): boolean {
    return this.#rose;
  }

  /** Sites followed now (for tests and stats). */
  get size(): number {
    return this.#sites.size;
  }

  /**
   * @internal What the sampler holds, in counts (tests and the soak check its bounds): sites,
   * settled points kept (each a time, its bytes and its callees' bytes), and the longest
   * per-site lists.
   */
  _state(): {
    sites: number;
    points: number;
    maxPoints: number;
    maxAllocatedBy: number;
    maxFrames: number;
  } {
    let points = 0;
    let maxPoints = 0;
    let maxAllocatedBy = 0;
    let maxFrames = 0;
    for (const s of this.#sites.values()) {
      points += s.values.length;
      maxPoints = Math.max(maxPoints, s.values.length, s.times.length, s.below.length);
      maxAllocatedBy = Math.max(maxAllocatedBy, s.allocatedBy.size);
      maxFrames = Math.max(maxFrames, s.stack.length, s.callers.length);
    }
    return { sites: this.#sites.size, points, maxPoints, maxAllocatedBy, maxFrames };
  }

  /**
   * Every site whose retained bytes are growing (leaking first), then the largest others, up to
   * `top` in all.
   */
  report(criteria: GrowthCriteria, top = 10): HeapSiteReport[] {
    const out: HeapSiteReport[] = [];
    for (const s of this.#sites.values()) out.push(this.#analyze(s, criteria));
    out.sort((a, b) =>
      a.leaking !== b.leaking
        ? a.leaking
          ? -1
          : 1
        : b.growthBytesPerMinute - a.growthBytesPerMinute || b.bytes - a.bytes,
    );
    const leaking = out.filter((r) => r.leaking).length;
    return out.slice(0, Math.max(top, leaking));
  }

  /**
   * The slope of `s` less what its callers' and callees' sites (those on its stack, and those
   * with it on theirs) lose over its window. When V8 inlines a function into its caller, or
   * deoptimizes it again, new allocations move from one of these sites to the other: as a
   * structure of constant size turns over, one site rises while the other falls by as much.
   * That is no growth; a leak next to a site that does not fall is.
   *
   * The callees' loss is the larger of two readings: the falls of the followed callee sites,
   * one by one (a falling callee is not hidden by a leaking one), and the fall of all its
   * callees' bytes together (`below`: sites not followed included). The second is what catches
   * a caller into which many short-lived functions get inlined in turn: together they lose what
   * the caller gains, but no one of them falls steadily (each rises while new and drops when
   * its objects go, a bump, whose slope is about zero) and most are slivers forgotten beyond
   * `maxSites` (the hour soak's request handler and its generated functions).
   */
  #netSlope(s: HeapSite, times: number[], slope: number): number {
    const n = s.values.length;
    let callers = 0;
    let callees = 0;
    for (const o of this.#sites.values()) {
      const callee = o.callers.includes(s.key);
      if (o === s || !(callee || s.callers.includes(o.key))) continue;
      // every site gets a value at every settled sample since it was first seen: align by end
      const values = new Array<number>(n);
      for (let i = 0; i < n; i++) {
        const j = o.times.length - (n - i);
        values[i] = j >= 0 && o.times[j] === s.times[i] ? o.values[j]! : 0;
      }
      const falls = trend(times, values).slope;
      if (falls >= 0) continue;
      if (callee) callees += falls;
      else callers += falls;
    }
    const all = trend(times, s.below).slope;
    return slope + callers + Math.min(callees, all, 0);
  }

  #analyze(s: HeapSite, c: GrowthCriteria): HeapSiteReport {
    const n = s.values.length;
    let pValue = 1;
    let perMin = 0;
    let leaking = false;
    if (n >= 3) {
      const times = s.times.map((t) => t / MS_PER_MIN);
      const r = trend(times, s.values);
      pValue = r.pValue;
      perMin = r.slope;
      const span = times[n - 1]! - times[0]!;

      // Still growing now: the last third of the window must rise at half the window's pace at
      // least, so a warm-up or a cache fill that stopped (flat since) is not reported while
      // its rise is still inside the window.
      const k = Math.max(3, Math.floor(n / 3));
      const recent = trend(times.slice(-k), s.values.slice(-k)).slope;
      // A site's bytes are estimated from samples: objects replaced by new ones from the same
      // site (a full cache) make the estimate wander like a random walk, which Mann–Kendall can
      // take for a trend. The increments must rise too (trend.ts, `drift`).
      leaking =
        isGrowing(r, span, { ...c, minGrowth: this.#o.minGrowthBytes }) &&
        s.values[n - 1]! > firstThirdMax(s.values) &&
        recent >= 0.5 * r.slope &&
        this.#netSlope(s, times, r.slope) >= 0.5 * r.slope &&
        drift(times, s.values).pValue <= c.maxPValue;
    }
    const allocatedBy = [...s.allocatedBy]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([name, bytes]) => ({ name, bytes: Math.round(bytes) }));
    return {
      ...siteLocation(s.file, s.line, s.column),
      functionName: s.functionName,
      attribution: s.attribution,
      kind: 'heap',
      bytes: Math.round(s.bytes),
      growthBytesPerMinute: Math.round(perMin),
      pValue: pValue < 1e-12 ? 0 : Number(pValue.toPrecision(3)),
      leaking,
      samples: n,
      stack: [...s.stack],
      allocatedBy,
    };
  }
}
