/**
 * LeakFinder: owns a Tracker, samples it on an unref()'d interval, and analyses the series on
 * demand.
 *
 * GC policy. A full GC is what makes counts exact (a receiver nobody references only stops
 * counting once it is collected), but every full GC also makes V8 discard optimized code that
 * embedded now-dead objects, and re-optimizing it costs the app far more than the collection
 * itself: a forced GC every 2 s took ~25 % of an HTTP server's throughput. So the finder
 * settles (forces a GC, then samples) only when it pays: at the first sample, when
 * `gcIntervalMs` has passed since the last settled sample, and when a site not yet reported
 * rose, between settled samples, by what it knows is alive without a GC (see
 * Tracker.sampleAll). A leak is then followed at every sample and steady churn costs one GC per
 * `gcIntervalMs`. The trend test reads settled samples only. One finder per process is the normal case
 * (`startLeakFinder()`); it is kept on a global symbol so that every copy of leakguard loaded
 * in the process (register hook, the app's own import, the http layer) sees the same one.
 */
import { settledLive, Tracker } from './tracker.js';
import { attach, detach, pollModules } from './hooks.js';
import { collectGarbage, getGc } from '../internal/gc.js';
import { appHoldsLoop } from '../internal/loop.js';
import { buildReport, isLeaking } from './report.js';
import { HeapSampler } from '../internal/heap.js';
import { Signal, type ReadonlySignal } from '../core/index.js';
import type { RuntimeLeakReport } from './report.js';
import { resolveFinderOptions } from './options.js';
import { checkKnownKeys, optionError } from '../internal/options.js';
import type { LeakFinderOptions, ResolvedFinderOptions } from './options.js';
import {
  nativeClearImmediate,
  nativeClearInterval,
  nativeSetImmediate,
  nativeSetInterval,
} from '../internal/natives.js';

/**
 * Interval ticks in a row that take no sample while nothing of the app's holds the event loop
 * (see `LeakFinder.tick`). One breaks the chain of GCs; the second is for the last delayed task
 * of the GC before it. A process still running after them is held by something not listed.
 */
const IDLE_TICKS = 2;

export class LeakFinder {
  readonly options: ResolvedFinderOptions;
  /** @internal */ private tracker: Tracker | null = null;
  /** @internal */ private timer: ReturnType<typeof setInterval> | null = null;
  /** A settled sample waiting for the next turn of the event loop (see `sample`). */
  /** @internal */ private pending: ReturnType<typeof setImmediate> | null = null;
  /** @internal */ private samples = 0;
  /** @internal */ private settledSamples = 0;
  /** Date.now() of the last settled sample; null before the first. */
  /** @internal */ private lastSettledAt: number | null = null;
  /** Whether GC is forced: the option, unless the runtime refuses to give us `gc`. */
  /** @internal */ private forcing: boolean;
  // A reporter's failure must not stop sampling (nor print from inside a watched app).
  readonly #sampled = new Signal<[LeakFinder]>({ name: 'LeakFinder.sampled', onError: () => {} });
  /** Fires after every sample (settled or not), with this finder. */
  readonly sampled: ReadonlySignal<[LeakFinder]> = this.#sampled;
  /** Heap sites (option `heap`); null when off. */
  /** @internal */ private heap: HeapSampler | null = null;
  /** Date.now() of the last heap profile read. */
  /** @internal */ private lastHeapReadAt = -Infinity;
  /** Forced GCs left out because the read guard predicted them over `heap.maxReadPauseMs`. */
  /** @internal */ private skippedGcs = 0;
  /** The current run of skipped GCs was said (reset when a GC is forced again). */
  /** @internal */ private saidGcSkipped = false;
  /** Interval ticks in a row that found the event loop held by nothing of the app's. */
  /** @internal */ private idleTicks = 0;
  /** Whether the app holds the event loop (tests replace it): see `tick`. */
  /** @internal */ private holdsLoop: () => boolean | null = appHoldsLoop;

  constructor(options?: LeakFinderOptions) {
    this.options = resolveFinderOptions(options);
    this.forcing = this.options.gc;
  }

  /** True between start() and stop(). */
  get running(): boolean {
    return this.timer !== null;
  }

  /** Installs the hooks and starts sampling. Idempotent. */
  start(): this {
    if (this.timer !== null) return this;
    const o = this.options;
    this.tracker ??= new Tracker({
      depth: o.stackDepth,
      includeNodeModules: o.includeNodeModules,
      stackFrames: o.stackFrames,
      budget: o.budget,
      minProbability: o.minProbability,
      maxItemsPerSite: o.maxItemsPerSite,
      window: o.window,
      maxSites: o.maxSites,
    });
    attach(this.tracker);
    if (o.heap !== false) {
      this.heap ??= new HeapSampler(o.heap, o.window);
      // Said once; the other kinds carry on without it (see HeapSampler.problem).
      if (!this.heap.start()) console.warn(`[leakguard] heap sites are off: ${this.heap.problem}`);
    }
    this.timer = nativeSetInterval(() => this.tick(), o.sampleIntervalMs);
    this.timer.unref();
    return this;
  }

  /** Removes the hooks and stops sampling; the last data stays readable via report(). */
  stop(): void {
    if (this.timer !== null) nativeClearInterval(this.timer);
    this.timer = null;
    if (this.pending !== null) nativeClearImmediate(this.pending);
    this.pending = null;
    if (this.tracker !== null) detach(this.tracker);
    this.heap?.stop();
  }

  /**
   * The interval's turn: a sample, unless nothing of the app's holds the event loop any more
   * (no ref'd timer, handle or request but stdout/stderr: the app is done and the process is
   * about to exit). The timer is unref'd, yet the full GC of a settled sample (and of a heap
   * read) leaves V8 work that turns the loop once more, and when that GC outlasted the interval
   * the tick is due again in that turn: on a starved CPU the finder kept a finished app alive,
   * GC after GC, for up to a minute (src/internal/loop.ts), and the flat tail it sampled hid
   * the heap site that had grown until then. So such a tick takes no sample and forces no GC,
   * `IDLE_TICKS` times in a row; a process still running after that is held by something not
   * listed (a native addon's handle, thread-pool work) and is sampled again.
   */
  /** @internal */ private tick(): void {
    if (this.holdsLoop() === false) {
      if (this.idleTicks < IDLE_TICKS) {
        this.idleTicks++;
        return;
      }
    } else this.idleTicks = 0;
    this.sample();
  }

  /** Takes one sample now (the interval does this on its own). */
  sample(): void {
    const t = this.tracker;
    if (t === null || this.timer === null) return;
    pollModules();
    const now = Date.now();
    if (
      !this.forcing ||
      this.lastSettledAt === null ||
      now - this.lastSettledAt >= this.settleEveryMs()
    ) {
      this.settle(t, now);
      for (const site of t.sites.values()) site.probed = false;
    } else {
      t.sampleAll(now, false);
      if (this.pending === null && this.suspect(t)) {
        // The GC must run in a later job: the objects this sample dereferenced stay alive
        // until the current one ends (WeakRef semantics), so a GC now would not free them.
        this.pending = nativeSetImmediate(() => {
          this.pending = null;
          if (this.timer !== null) {
            this.settle(t, Date.now());
            this.notify();
          }
        });
      }
    }
    t.updateRates(now);
    this.samples++;
    this.notify();
  }

  /**
   * A settled sample now (after a full GC when forcing), as the final report wants: exact
   * counts whatever the schedule. Synchronous; a no-op when the finder is not running.
   * Heap sites take no sample here: at exit a graceful shutdown has usually released the app's
   * data already, and that last figure would hide what grew while it ran.
   */
  settleNow(): void {
    const t = this.tracker;
    if (t === null || this.timer === null) return;
    pollModules();
    this.settle(t, Date.now(), false);
    this.samples++;
    this.notify();
  }

  /** A full GC (when forcing) and a settled sample. */
  /** @internal */ private settle(t: Tracker, now: number, heap = true): void {
    // A heap profile read forces a full GC itself (V8's inspector samples with
    // kSamplingForceGC), so when one is due it is this settled sample's GC, not a second one.
    // Without forced GCs (gc: false) heap reads still come at most every gcIntervalMs.
    const readHeap =
      heap &&
      this.heap !== null &&
      this.heap.running &&
      (this.forcing || now - this.lastHeapReadAt >= this.options.gcIntervalMs);
    if (readHeap && this.sampleHeap(now, true)) this.lastHeapReadAt = now;
    else if (this.forcing && !this.gcOverBudget()) {
      // Timed while heap sites are on: the read guard learns a GC's cost without a read
      // (getGc() first: its first call makes a vm context, which is no part of a GC).
      const ok =
        this.heap?.running === true && getGc() !== null
          ? this.heap.timedGc(collectGarbage)
          : collectGarbage();
      if (!ok) this.forcing = false;
    }
    t.sampleAll(now, true);
    this.lastSettledAt = now;
    this.settledSamples++;
  }

  /**
   * While heap sites run, the read guard's budget (`heap.maxReadPauseMs`) bounds the finder's
   * own forced GC too: a full GC the guard predicts over it (the one that makes it skip reads)
   * is not forced either, and the settled sample counts without it, as with `gc: false` (a
   * receiver nobody references still counts until V8 collects it on its own). Said once per
   * run of skipped GCs; counted in `report().heap.skippedGcs`.
   */
  /** @internal */ private gcOverBudget(): boolean {
    const h = this.heap;
    if (h === null || !h.running) return false;
    const g = h.gcFits();
    if (g.fits) {
      this.saidGcSkipped = false;
      return false;
    }
    this.skippedGcs++;
    if (!this.saidGcSkipped) {
      this.saidGcSkipped = true;
      console.warn(
        `[leakguard] forced GCs skipped: one would block the event loop ~${g.predictedMs} ms on a ` +
          `${Math.round(g.heapBytes / 2 ** 20)} MiB heap, over heap.maxReadPauseMs ` +
          `(${h.readStats().maxReadPauseMs} ms); listener, timer and socket counts are taken ` +
          `without one (as with gc: false) until the heap shrinks`,
      );
    }
    return true;
  }

  /**
   * Longest time between settled samples: gcIntervalMs, or heap.intervalMs while heap sites
   * are read and the last read found a site rising (each read is a forced GC: see
   * HeapSampler.rising).
   */
  /** @internal */ private settleEveryMs(): number {
    const o = this.options;
    return o.heap !== false && this.heap?.running === true && this.heap.rising()
      ? Math.min(o.gcIntervalMs, o.heap.intervalMs)
      : o.gcIntervalMs;
  }

  /**
   * A heap sample when heap sites are on; says once why, if sampling just stopped, and what
   * the read guard did (interval widened, reads paused: each said once).
   */
  /** @internal */ private sampleHeap(now: number, settled: boolean): boolean {
    const h = this.heap;
    if (h === null || !h.running) return false;
    const read = h.sample(now, settled);
    for (const n of h.takeNotices()) console.warn(`[leakguard] ${n}`);
    if (!read && !h.running) console.warn(`[leakguard] heap sites are off: ${h.problem}`);
    return read;
  }

  /**
   * Whether a GC is worth it now, for a site not yet reported:
   * - its certainly-alive count rose, since its last settled sample, by half of `minGrowth`
   *   and two tracked resources. The site is then followed: any further rise settles again,
   *   so a leak is sampled at every tick until the trend test has decided, while a false alarm
   *   (a burst of churn) ends at the first sample that does not rise;
   * - or it has half of `minGrowth` (at least 2) live listeners on one receiver not yet known
   *   to survive a GC (an emitter made, or first listened to, since the last settled sample).
   *   One GC tells whether that receiver lives on; this probe runs at most once per site
   *   between scheduled GCs, so per-request emitters with many listeners cost little.
   */
  /** @internal */ private suspect(t: Tracker): boolean {
    const o = this.options;
    const rise = o.minGrowth / 2;
    const crowd = Math.max(2, rise);
    let any = false;
    for (const site of t.sites.values()) {
      const up = site.followed
        ? site.live > settledLive(site) && site.liveItems > site.settledItems
        : site.live - settledLive(site) >= rise && site.liveItems - site.settledItems >= 2;
      const probe = !site.probed && site.crowd >= crowd;
      site.followed = false;
      if ((!up && !probe) || isLeaking(site, o)) continue;
      site.followed = up;
      if (probe) site.probed = true;
      any = true;
    }
    return any;
  }

  /** @internal */ private notify(): void {
    this.#sampled.fire(this);
  }

  /**
   * The current analysis. Cheap enough for a monitoring endpoint (O(sites × window²)).
   * `sites: true` also lists every site of the app's own code (`RuntimeLeakReport.sites`, what
   * the final report files hold for `leakguard scan --runtime`).
   */
  report(options: { sites?: boolean } = {}): RuntimeLeakReport {
    if (options === null || typeof options !== 'object')
      throw optionError('report options', 'an object', options);
    checkKnownKeys(options, ['sites']);
    if (options.sites !== undefined && typeof options.sites !== 'boolean')
      throw optionError('sites', 'a boolean', options.sites);
    const o = this.options;
    const criteria = { minSamples: o.minSamples, maxPValue: o.maxPValue, minGrowth: o.minGrowth };
    const report = buildReport(
      this.tracker,
      {
        samples: this.samples,
        settledSamples: this.settledSamples,
        sampleIntervalMs: o.sampleIntervalMs,
        gc: this.forcing,
      },
      criteria,
      { sites: options.sites === true },
    );
    if (this.heap !== null) {
      // A heap read is a settled sample every heap.intervalMs (10 s): 7 of them are the fewest
      // with which Mann–Kendall can reach p <= 0.001, so heap sites need no more than that.
      const sites = this.heap.report({ ...criteria, minSamples: Math.min(o.minSamples, 7) }, 10);
      const reads = this.heap.readStats();
      report.heap = {
        running: this.heap.running,
        problem: this.heap.problem,
        samplingIntervalBytes: reads.samplingIntervalBytes,
        maxReadPauseMs: reads.maxReadPauseMs,
        lastReadMs: reads.lastReadMs === null ? null : Math.round(reads.lastReadMs),
        longestReadMs: Math.round(reads.longestReadMs),
        skippedReads: reads.skipped,
        skippedGcs: this.skippedGcs,
        paused: reads.paused,
        leaks: sites.filter((h) => h.leaking),
        top: sites.filter((h) => !h.leaking),
      };
    }
    return report;
  }
}

const KEY = Symbol.for('leakguard.detect.finder');
type Holder = { [KEY]?: LeakFinder };

/** The process-wide finder, if one was started. */
export function currentLeakFinder(): LeakFinder | undefined {
  return (globalThis as Holder)[KEY];
}

/**
 * Starts the process-wide finder (what `--import leakguard/register` does), from options or
 * a finder built beforehand. If one already runs, it is returned as is and the argument is
 * ignored.
 */
export function startLeakFinder(options?: LeakFinderOptions | LeakFinder): LeakFinder {
  const existing = currentLeakFinder();
  if (existing?.running) return existing;
  const f = options instanceof LeakFinder ? options : new LeakFinder(options);
  (globalThis as Holder)[KEY] = f;
  return f.start();
}

/** Stops the process-wide finder (its last report stays available). */
export function stopLeakFinder(): void {
  currentLeakFinder()?.stop();
}

/**
 * The process-wide finder's current report: sites whose live listeners, timers, sockets or
 * WebSockets keep growing. `{ active: false, … }` when no finder was started. This is what
 * `GET /monitoring/leaks` serves.
 */
export function runtimeLeakReport(): RuntimeLeakReport {
  const f = currentLeakFinder();
  if (f === undefined)
    return buildReport(
      null,
      { samples: 0, settledSamples: 0, sampleIntervalMs: 0, gc: false },
      { minSamples: 1, maxPValue: 1, minGrowth: 1 },
    );
  return f.report();
}
