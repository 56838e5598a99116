/**
 * Why this file is long: it composes the monitor's parts (source, history, alerts, trend,
 * cleaners, snapshots, heap profile, each in its own file) and owns the alert conditions that
 * read all of them at once.
 *
 * MemoryMonitor: samples the process against the limit that will actually kill it, keeps a
 * bounded history, raises alerts with back-off, watches the heap floor for leaks, and runs
 * cleaners under pressure.
 *
 * Why the effective limit is min(container limit, system total): inside a container the
 * cgroup limit is what the OOM killer enforces — a 512 MiB limit on a 64 GiB host never gets
 * near "80 % of RAM", so measuring against host RAM (the usual approach) never alerts.
 * Outside a container, or when the cgroup has no limit (it then reports a huge number), the
 * system total is the bound. `limitBytes` overrides both (e.g. a PaaS quota that the kernel
 * does not see). The heap has its own ceiling (`--max-old-space-size` when set, else
 * `heap_size_limit`), where V8 aborts with "heap out of memory" whatever RSS is, so heap
 * alerts are a share of that.
 *
 * Lifetime: everything the monitor creates (the sampling timer, the source's event-loop probe and
 * GC observer, the ConnectionManager listener, cleaner timeouts) belongs to a core Scope:
 * `stop()` disposes the running part, `dispose()` everything. Background timers (sampling,
 * the event-loop probe, cleaner timeouts of runs nobody awaits) are unref()'d; the cleaner
 * timeouts of an awaited `cleanup()` are not, so a one-off script's `await` always settles.
 */
import { performance } from 'node:perf_hooks';
import { Scope, Signal, type Connection } from '../core/index.js';
import type { ReadonlySignal } from '../core/index.js';
import { codedError, reportError } from '../internal/errors.js';
import { checkKnownKeys, optionError } from '../internal/options.js';
import { getGc } from '../internal/gc.js';
import { PRIOR_GC_MS_PER_MIB } from '../internal/heap-guard.js';
import { AlertBook, type AlertCondition } from './alerts.js';
import {
  CleanerRunner,
  type Cleaner,
  type CleanupRun,
  type CleanupStats,
  type CleanupTrigger,
  type MemoryFigures,
} from './cleaners.js';
import {
  numericFields,
  poolLeakCount,
  readConnections,
  readPools,
  type LeakReportLike,
} from './external.js';
import { History, type HistoryPoint } from './history.js';
import { NodeSampleSource } from './node-source.js';
import { resolveOptions, type MemoryMonitorOptions, type MonitorConfig } from './options.js';
import { ReadErrors, type ReadError } from './read-errors.js';
import { HeapSnapshots, type SnapshotRecord, type SnapshotState } from './snapshots.js';
import { TrendDetector, oldGenerationUsed } from './trend.js';
import { TrendProfiler, type HeapProfileState } from './heap-profile.js';
import type {
  Alert,
  AlertLevel,
  LimitSource,
  MemorySample,
  RawSample,
  SampleSource,
  TrendVerdict,
} from './types.js';

/** Everything the HTTP layer shows, in one JSON-safe object. */
export interface MonitorStatus {
  running: boolean;
  /** Interval chosen for the next sample (ms). */
  intervalMs: number;
  config: MonitorConfig;
  current: MemorySample | null;
  alerts: Alert[];
  trend: TrendVerdict | null;
  cleanup: CleanupStats;
  snapshots: SnapshotState;
  /**
   * Distinct errors thrown by the watched objects' `stats()` (and `leakSuspects()`), oldest
   * first, at most 20: each was logged once, with its stack, then only counted.
   */
  readErrors: ReadError[];
  /** `profileOnTrend`: the last heap profile and the growing sites it named; null when off. */
  heapProfile: HeapProfileState | null;
}

const HISTORY_KEYS = ['sinceMs'];
const MiB = 1048576;
const fmtMiB = (b: number): string => `${(b / MiB).toFixed(1)} MiB`;
const fmtPct = (p: number): string => `${(p * 100).toFixed(1)}%`;
const LIMIT_WORDS: Record<LimitSource, string> = {
  option: 'configured limit',
  container: 'container limit',
  system: 'system memory',
};

export class MemoryMonitor {
  readonly #alerted = new Signal<[Alert]>({ name: 'memory alert' });
  /** Fired for each alert that is new, escalated, or past its back-off. */
  readonly alerted: ReadonlySignal<[Alert]> = this.#alerted;
  readonly #alertCleared = new Signal<[Alert]>({ name: 'memory alert cleared' });
  /** Fired when an active alert's condition no longer holds. */
  readonly alertCleared: ReadonlySignal<[Alert]> = this.#alertCleared;
  readonly #sampled = new Signal<[MemorySample]>({ name: 'memory sample' });
  /** Fired after each sample (a live feed for dashboards). */
  readonly sampled: ReadonlySignal<[MemorySample]> = this.#sampled;
  /** The resolved configuration (frozen, JSON-safe). */
  readonly config: Readonly<MonitorConfig>;

  readonly #options: MemoryMonitorOptions;
  readonly #scope: Scope;
  readonly #clock: () => number;
  readonly #source: SampleSource;
  readonly #ownsSource: boolean;
  readonly #history: History;
  readonly #trend: TrendDetector | null;
  readonly #alerts: AlertBook;
  readonly #cleaners: CleanerRunner;
  readonly #snapshots: HeapSnapshots;
  readonly #readErrors = new ReadErrors();
  readonly #profiler: TrendProfiler | null;
  #run: Scope | null = null;
  #current: MemorySample | null = null;
  #intervalMs: number;
  #memoryLevel: AlertLevel | null = null;
  /** Level of the memory.rss / memory.heap alerts after hysteresis (see #heldLevel). */
  #rssLevel: AlertLevel | null = null;
  #heapLevel: AlertLevel | null = null;
  /** What the trend's floor measured so far: the old generation (true) or heapUsed (false). */
  #floorIsOldGen: boolean | null = null;
  /** When the monitor last ran a full GC to confirm a rising floor (`trend.collectToConfirm`). */
  #lastCollectAt = -Infinity;
  /** What a full GC costs, ms per MiB of used heap: the last one timed (ours or V8's atomic). */
  #gcMsPerMiB = PRIOR_GC_MS_PER_MIB;
  #lastPressureCleanup = -Infinity;
  #lastScheduledCleanup: number | null = null;
  /** Per pool: last leak count and when it last grew. Pruned with the pools. */
  #poolLeaks = new Map<string, { count: number; grewAt: number }>();

  constructor(options: MemoryMonitorOptions = {}) {
    this.config = Object.freeze(resolveOptions(options));
    this.#options = options;
    const c = this.config;
    this.#clock = options.clock ?? Date.now;
    this.#scope = new Scope({ name: `leakguard monitor '${c.name}'` });
    this.#ownsSource = options.source === undefined;
    this.#source = options.source ?? new NodeSampleSource();
    this.#history = new History(c.historyMs, c.minIntervalMs);
    this.#trend = c.trend === false ? null : new TrendDetector(c.trend);
    this.#profiler =
      c.profileOnTrend === false ? null : new TrendProfiler(this.#scope, c.profileOnTrend);
    this.#alerts = new AlertBook(c.alertBackoffMs, c.maxAlertBackoffMs, c.alertResetMs);
    this.#intervalMs = c.maxIntervalMs;
    this.#cleaners = new CleanerRunner(
      this.#scope,
      this.#clock,
      () => this.#memoryFigures(),
      c.cleanerTimeoutMs,
    );
    const hs = c.heapSnapshots;
    this.#snapshots = new HeapSnapshots(
      {
        ...(hs.dir === null ? {} : { dir: hs.dir }),
        cooldownMs: hs.cooldownMs,
        onCritical: hs.onCritical,
        nearHeapLimit: hs.nearHeapLimit,
      },
      this.#clock,
    );
    // the signals are the monitor's: disposing it disconnects their listeners
    this.#scope.add(this.alerted);
    this.#scope.add(this.alertCleared);
    this.#scope.add(this.sampled);
  }

  get running(): boolean {
    return this.#run !== null;
  }

  get disposed(): boolean {
    return this.#scope.disposed;
  }

  /** Interval chosen for the next sample (ms), from the last sample's pressure. */
  get intervalMs(): number {
    return this.#intervalMs;
  }

  /**
   * Starts sampling: one sample now, then at the adaptive interval. Idempotent. Throws a
   * ReferenceError (code LEAKGUARD_MONITOR_DISPOSED) after `dispose()`.
   */
  start(): this {
    if (this.#scope.disposed) throw disposedError();
    if (this.#run !== null) return this;
    const run = (this.#run = this.#scope.child('running'));
    this.#source.start?.();
    run.defer(() => this.#source.stop?.());
    const leak = this.#options.connections?.leakSuspected;
    // A site passing its threshold is news: sample soon instead of waiting for the timer
    // (not synchronously — the signal fires inside whatever code made the connection).
    if (leak) run.connect(leak, () => this.#schedule(0), { description: 'monitor: leakSuspected' });
    this.#tick();
    return this;
  }

  /** Stops sampling; nothing of the monitor's is left running. History and alerts stay. */
  stop(): void {
    const run = this.#run;
    this.#run = null;
    run?.dispose();
    this.#profiler?.stop();
  }

  /**
   * Takes a sample now (whether or not the monitor runs), evaluates it and returns it. Throws a
   * ReferenceError (code LEAKGUARD_MONITOR_DISPOSED) after `dispose()`.
   */
  sample(): MemorySample {
    if (this.#scope.disposed) throw disposedError();
    const t0 = performance.now();
    const raw = this.#source.read();
    const now = this.#clock();
    const s = this.#derive(raw, now);
    s.costMs = performance.now() - t0;
    this.#current = s;
    this.#history.push(s);
    const verdict = this.#trend === null ? null : this.#addToTrend(this.#trend, raw, now);
    if (verdict !== null) this.#collectToConfirm(raw, now);
    this.#profiler?.observeGc(raw.fullGcPauseMs, raw.fullGcHeapBytes);
    if (verdict !== null) this.#profiler?.onVerdict(verdict.leakSuspected);
    this.#evaluate(s, verdict, now);
    this.#intervalMs = this.#nextInterval(s);
    this.#sampled.fire(s);
    return s;
  }

  /** The latest sample, or null before the first. */
  current(): MemorySample | null {
    return this.#current;
  }

  /** History points newer than `sinceMs` (epoch ms), oldest first, within `historyMs`. */
  history(options: { sinceMs?: number } = {}): HistoryPoint[] {
    if (options === null || typeof options !== 'object')
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, HISTORY_KEYS);
    const since = options.sinceMs;
    if (since !== undefined && (typeof since !== 'number' || Number.isNaN(since)))
      throw optionError('sinceMs', 'a number', since);
    return this.#history.points(since);
  }

  /** Active alerts, most severe first. */
  alerts(): Alert[] {
    return this.#alerts.list();
  }

  /** The trend verdict from the last sample, or null when trend detection is off. */
  trend(): TrendVerdict | null {
    return this.#trend?.verdict ?? null;
  }

  /** Registers a cleaner (sync or async); dispose the result to remove it. Names are unique. */
  addCleaner(name: string, fn: Cleaner): { dispose(): void; [Symbol.dispose](): void } {
    return this.#cleaners.add(name, fn);
  }

  /**
   * Runs the cleaners now (or joins the run in progress); resolves with what they did, never
   * rejects. While it is pending the process stays alive, for at most `cleanerTimeoutMs` per
   * cleaner: a hung one is reported as `timedOut` rather than leaving the await unsettled.
   */
  cleanup(reason = 'manual'): Promise<CleanupRun> {
    return this.#cleaners.run('manual', reason, true);
  }

  cleanupStats(): CleanupStats {
    return this.#cleaners.stats();
  }

  /**
   * Writes a heap snapshot into `dir` (default: `heapSnapshots.dir` or the working directory)
   * and records its path. Throws LEAKGUARD_SNAPSHOT_COOLDOWN inside the cooldown.
   */
  writeHeapSnapshot(dir?: string, reason = 'manual'): SnapshotRecord {
    return this.#snapshots.write(reason, dir);
  }

  snapshots(): SnapshotState {
    return this.#snapshots.state();
  }

  /** Everything the monitoring endpoints show. */
  status(): MonitorStatus {
    return {
      running: this.running,
      intervalMs: this.#intervalMs,
      config: this.config,
      current: this.#current,
      alerts: this.alerts(),
      trend: this.trend(),
      cleanup: this.cleanupStats(),
      snapshots: this.snapshots(),
      readErrors: this.#readErrors.list(),
      heapProfile: this.#profiler?.state() ?? null,
    };
  }

  /** Stops and releases everything (listeners of the monitor's signals included). Idempotent. */
  dispose(): void {
    this.#run = null;
    this.#scope.dispose();
  }

  [Symbol.dispose](): void {
    this.dispose();
  }

  // ------------------------------------------------------------------ internals

  #tick(): void {
    if (this.#run === null) return;
    try {
      this.sample();
    } catch (e) {
      // a failing source or watched object never stops the schedule
      reportError(e, `memory monitor '${this.config.name}' failed to sample`);
    }
    this.#schedule(this.#intervalMs);
  }

  #schedule(ms: number): void {
    const run = this.#run;
    if (run === null) return;
    // keyed slot: the new timer replaces (and clears) the pending one
    const timer: Connection = run.setTimeout(() => this.#tick(), ms, {
      unref: true,
      description: 'monitor: next sample',
    });
    run.set('timer', timer);
  }

  /**
   * Feeds the trend detector the heap floor: the old generation's use (heapUsed minus the young
   * generation) and its post-GC read, or, from a source without space statistics, heapUsed and
   * the post-GC heapUsed. The two differ by the young generation (up to the semi-space size),
   * so a source that switches between them would make the floor jump: the detector starts over.
   */
  #addToTrend(trend: TrendDetector, raw: RawSample, now: number): TrendVerdict {
    const old = oldGenerationUsed(raw.heapUsed, raw.heapSpaces);
    const oldGen = old !== null;
    if (oldGen !== this.#floorIsOldGen) {
      if (this.#floorIsOldGen !== null) trend.clear();
      this.#floorIsOldGen = oldGen;
    }
    // a source that gives the post-GC field at all (0: no major GC since the last read)
    // reports major GCs: the detector then wants a leak confirmed by one
    return old !== null
      ? trend.add(
          now,
          old,
          raw.postGcOldGenUsed ?? 0,
          raw.heapLimit,
          raw.postGcOldGenUsed !== undefined,
        )
      : trend.add(
          now,
          raw.heapUsed,
          raw.postGcHeapUsed ?? 0,
          raw.heapLimit,
          raw.postGcHeapUsed !== undefined,
        );
  }

  /**
   * The floor rises but no major GC has shown what survives (promoted garbage climbs the same
   * way until V8's next major GC, which can be an hour away on a large heap): one full GC
   * settles it. Only for this process's own heap (a NodeSampleSource that runs, whose GC
   * observer passes the read after it to the next sample), at most once per `minSpanMs`, and
   * only when the pause is predicted within `eventLoopDelayMs` (from the last full GC timed).
   */
  #collectToConfirm(raw: RawSample, now: number): void {
    // a small heap's GC is mostly fixed cost: per MiB it would overstate a large one
    const perMiB = (bytes: number): number => Math.max(bytes, 16 * MiB) / MiB;
    if ((raw.fullGcPauseMs ?? 0) > 0 && (raw.fullGcHeapBytes ?? 0) > 0)
      this.#gcMsPerMiB = raw.fullGcPauseMs! / perMiB(raw.fullGcHeapBytes!);
    const trend = this.#trend;
    const c = this.config.trend;
    if (
      trend === null ||
      c === false ||
      !c.collectToConfirm ||
      !trend.wantsCollection ||
      this.#run === null ||
      !(this.#source instanceof NodeSampleSource) ||
      now - this.#lastCollectAt < c.minSpanMs
    )
      return;
    if (this.#gcMsPerMiB * perMiB(raw.heapUsed) > this.config.eventLoopDelayMs) return;
    const gc = getGc();
    if (gc === null) return;
    this.#lastCollectAt = now;
    const t0 = performance.now();
    gc();
    this.#gcMsPerMiB = (performance.now() - t0) / perMiB(raw.heapUsed);
  }

  #memoryFigures(): MemoryFigures {
    if (this.#ownsSource) {
      const m = process.memoryUsage();
      return { rss: m.rss, heapUsed: m.heapUsed };
    }
    try {
      const r = this.#source.read();
      return { rss: r.rss, heapUsed: r.heapUsed };
    } catch {
      // a failing source must not fail the cleanup run: fall back to the last sample
      const c = this.#current;
      return { rss: c?.rss ?? 0, heapUsed: c?.heapUsed ?? 0 };
    }
  }

  #derive(raw: RawSample, now: number): MemorySample {
    let limit: number;
    let limitSource: LimitSource;
    if (this.config.limitBytes !== null) {
      limit = this.config.limitBytes;
      limitSource = 'option';
    } else if (raw.containerLimit > 0 && raw.containerLimit < raw.systemTotal) {
      limit = raw.containerLimit;
      limitSource = 'container';
    } else {
      limit = raw.systemTotal;
      limitSource = 'system';
    }
    const s: MemorySample = {
      ...raw,
      time: now,
      limit,
      limitSource,
      rssPercent: limit > 0 ? raw.rss / limit : 0,
      heapPercent: raw.heapLimit > 0 ? raw.heapUsed / raw.heapLimit : 0,
      costMs: 0,
    };
    const o = this.#options;
    // Watched objects are user code: one that throws loses its field, never the sample.
    // (Fields are only ever added, never deleted: deleting would slow every later access.)
    if (o.connections) {
      const v = this.#attempt(() => readConnections(o.connections!), 'connections', now);
      if (v !== undefined) s.connections = v;
    }
    if (o.pools) {
      const v = this.#attempt(() => readPools(o.pools!), 'pools', now);
      if (v !== undefined) s.pools = v;
    }
    if (o.sessions) {
      const v = this.#attempt(() => numericFields(o.sessions!.stats()), 'sessions', now);
      if (v !== undefined) s.sessions = v;
    }
    if (o.instances) s.instances = o.instances.counts();
    return s;
  }

  #level(p: number): AlertLevel | null {
    const t = this.config.thresholds;
    return p >= t.critical ? 'critical' : p >= t.warning ? 'warning' : p >= t.info ? 'info' : null;
  }

  /**
   * Level of a memory share with hysteresis: rising takes the threshold itself, falling out of
   * a level needs the share under its threshold minus `alertHysteresis` (each level between
   * `prev` and the raw one is checked, so 0.77 from critical holds warning with 0.05).
   */
  #heldLevel(p: number, prev: AlertLevel | null): AlertLevel | null {
    const raw = this.#level(p);
    const t = this.config.thresholds;
    const h = this.config.alertHysteresis;
    for (let i = rank(prev); i > rank(raw); i--) {
      const l = LEVELS[i]!;
      if (p >= t[l] - h) return l;
    }
    return raw;
  }

  #conditions(s: MemorySample, verdict: TrendVerdict | null, now: number): AlertCondition[] {
    const c = this.config;
    const out: AlertCondition[] = [];
    const rssLevel = (this.#rssLevel = this.#heldLevel(s.rssPercent, this.#rssLevel));
    if (rssLevel !== null)
      out.push({
        key: 'memory.rss',
        level: rssLevel,
        message: `RSS ${fmtMiB(s.rss)} is ${fmtPct(s.rssPercent)} of the ${LIMIT_WORDS[s.limitSource]} (${fmtMiB(s.limit)})`,
        value: s.rssPercent,
        threshold: c.thresholds[rssLevel],
      });
    const heapLevel = (this.#heapLevel = this.#heldLevel(s.heapPercent, this.#heapLevel));
    if (heapLevel !== null)
      out.push({
        key: 'memory.heap',
        level: heapLevel,
        message: `Heap ${fmtMiB(s.heapUsed)} is ${fmtPct(s.heapPercent)} of the V8 heap limit (${fmtMiB(s.heapLimit)})`,
        value: s.heapPercent,
        threshold: c.thresholds[heapLevel],
      });
    if (verdict?.leakSuspected) {
      const eta = verdict.timeToLimitMs;
      // why a profile names no site (its reads were paused or restarted by the read guard)
      const notice = this.#profiler?.notice ?? null;
      out.push({
        key: 'leak.trend',
        // a leak that reaches the limit within 15 minutes needs someone now
        level: eta !== null && eta < 900_000 ? 'critical' : 'warning',
        message: `Possible leak: ${verdict.reason}${eta !== null ? `; heap limit in ~${Math.round(eta / 60_000)} min` : ''}${notice !== null ? `; heap profile: ${notice}` : ''}`,
        value: verdict.growthBytesPerMin,
        threshold: c.trend === false ? 0 : c.trend.minGrowthBytesPerMin,
      });
    }
    const sites = this.#profiler?.sites ?? [];
    if (verdict?.leakSuspected && sites.length > 0) {
      const top = sites[0]!;
      out.push({
        key: 'leak.sites',
        level: 'warning',
        message: `Growing allocation sites: ${sites
          .slice(0, 3)
          .map((x) => `${x.functionName} (${x.site}) +${fmtMiB(x.growthBytesPerMinute)}/min`)
          .join('; ')}`,
        value: top.growthBytesPerMinute,
        threshold: c.profileOnTrend === false ? 0 : c.profileOnTrend.minGrowthBytes,
        heapSites: sites,
      });
    }
    if (s.eventLoop.delayP99Ms > c.eventLoopDelayMs)
      out.push({
        key: 'eventloop.delay',
        level: 'warning',
        message: `Event-loop delay p99 ${s.eventLoop.delayP99Ms.toFixed(0)} ms is over ${c.eventLoopDelayMs} ms`,
        value: s.eventLoop.delayP99Ms,
        threshold: c.eventLoopDelayMs,
      });
    if (s.gc.maxWindowMs > c.gcBlockingMs)
      out.push({
        key: 'gc.blocking',
        level: 'warning',
        message: `GC took ${s.gc.maxWindowMs.toFixed(0)} ms within one second (over ${c.gcBlockingMs} ms)`,
        value: s.gc.maxWindowMs,
        threshold: c.gcBlockingMs,
      });
    this.#connectionConditions(s, now, out);
    this.#poolConditions(s, now, out);
    return out;
  }

  #connectionConditions(s: MemorySample, now: number, out: AlertCondition[]): void {
    const src = this.#options.connections;
    if (!src || !s.connections || s.connections.leakSuspects === 0) return;
    const reports: LeakReportLike[] | undefined = src.leakSuspects
      ? this.#attempt(() => src.leakSuspects!(), 'connections.leakSuspects', now)
      : undefined;
    if (reports === undefined) {
      out.push({
        key: 'connections.leak',
        level: 'warning',
        message: `${s.connections.leakSuspects} call site(s) hold more live connections than their threshold`,
        value: s.connections.leakSuspects,
        threshold: 0,
      });
      return;
    }
    for (const r of reports)
      out.push({
        key: `connections.leak:${r.key}`,
        level: 'warning',
        message: `${r.count} live connections from ${r.site ?? r.description ?? r.key} (threshold ${r.threshold})`,
        value: r.count,
        threshold: r.threshold,
      });
  }

  #poolConditions(s: MemorySample, now: number, out: AlertCondition[]): void {
    if (!s.pools) return;
    const hold = this.config.poolLeakHoldMs;
    const seen = new Set<string>();
    for (const [name, stats] of Object.entries(s.pools)) {
      seen.add(name);
      const count = poolLeakCount(stats);
      const st = this.#poolLeaks.get(name);
      if (st === undefined) {
        // a pool seen for the first time with leaks already counted: they are news
        this.#poolLeaks.set(name, { count, grewAt: count > 0 ? now : -Infinity });
      } else if (count > st.count) {
        st.count = count;
        st.grewAt = now;
      } else st.count = count;
      const cur = this.#poolLeaks.get(name)!;
      if (now - cur.grewAt <= hold)
        out.push({
          key: `pool.leak:${name}`,
          level: 'warning',
          message: `Pool '${name}' reported leaked borrows (${count} in total)`,
          value: count,
          threshold: 0,
        });
    }
    for (const name of this.#poolLeaks.keys()) if (!seen.has(name)) this.#poolLeaks.delete(name);
  }

  /** Runs a watched object's method: one that throws loses its field, never the sample. */
  #attempt<T>(fn: () => T, what: string, now: number): T | undefined {
    try {
      return fn();
    } catch (e) {
      this.#readErrors.add(
        what,
        e,
        now,
        `memory monitor '${this.config.name}': reading ${what} failed`,
      );
      return undefined;
    }
  }

  #evaluate(s: MemorySample, verdict: TrendVerdict | null, now: number): void {
    const conditions = this.#conditions(s, verdict, now);
    const { emit, cleared } = this.#alerts.update(conditions, now);
    for (const a of emit) this.#alerted.fire(a);
    for (const a of cleared) this.#alertCleared.fire(a);

    // Memory level = the worse of RSS and heap. Crossing into warning/critical (a rise, not
    // staying there) triggers the cleaners, at most once per cooldown.
    let level: AlertLevel | null = null;
    for (const c of conditions)
      if ((c.key === 'memory.rss' || c.key === 'memory.heap') && rank(c.level) > rank(level))
        level = c.level;
    const prev = this.#memoryLevel;
    this.#memoryLevel = level;
    const c = this.config;
    if (
      rank(level) >= rank('warning') &&
      rank(level) > rank(prev) &&
      now - this.#lastPressureCleanup >= c.cleanupCooldownMs &&
      this.#cleaners.size > 0
    ) {
      this.#lastPressureCleanup = now;
      void this.#cleaners.run('pressure', `memory ${level}`, false);
    }
    if (c.cleanupIntervalMs > 0) {
      if (this.#lastScheduledCleanup === null) this.#lastScheduledCleanup = now;
      else if (now - this.#lastScheduledCleanup >= c.cleanupIntervalMs) {
        this.#lastScheduledCleanup = now;
        if (this.#cleaners.size > 0)
          void this.#cleaners.run('schedule' satisfies CleanupTrigger, 'schedule', false);
      }
    }
    const heapCritical = conditions.some((x) => x.key === 'memory.heap' && x.level === 'critical');
    if (
      heapCritical &&
      emit.some((a) => a.key === 'memory.heap') &&
      this.#snapshots.onCritical &&
      this.#snapshots.allowed
    ) {
      try {
        this.#snapshots.write('heap critical');
      } catch (e) {
        reportError(e, `memory monitor '${c.name}' could not write a heap snapshot`);
      }
    }
  }

  /**
   * Adaptive interval: calm (pressure under info − 0.2) samples every `maxIntervalMs`; at the
   * warning threshold and above, or while any warning/critical alert is active, every
   * `minIntervalMs`; in between, linearly. Pressure is the worse of RSS and heap shares.
   */
  #nextInterval(s: MemorySample): number {
    const { minIntervalMs: min, maxIntervalMs: max, thresholds } = this.config;
    if (this.#alerts.hasLevel('warning')) return min;
    const p = Math.max(s.rssPercent, s.heapPercent);
    const calm = Math.max(0, thresholds.info - 0.2);
    const t = Math.min(1, Math.max(0, (p - calm) / (thresholds.warning - calm)));
    return Math.round(max - (max - min) * t);
  }
}

const LEVELS: readonly AlertLevel[] = ['info', 'warning', 'critical'];

function disposedError(): ReferenceError {
  return codedError(
    'ReferenceError',
    'LEAKGUARD_MONITOR_DISPOSED',
    'The memory monitor is disposed',
  );
}

function rank(level: AlertLevel | null): number {
  return level === null ? -1 : level === 'info' ? 0 : level === 'warning' ? 1 : 2;
}
