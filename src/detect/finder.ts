/**
 * LeakFinder: owns a Tracker, samples it on an unref()'d interval (after a forced GC by
 * default), and analyses the series on demand. One finder per process is the normal case
 * (`startLeakFinder()`); it is kept on a global symbol so that every copy of leakguard loaded
 * in the process (register hook, the app's own import, the http layer) sees the same one.
 */
import { Tracker } from './tracker.js';
import { attach, detach, pollModules } from './hooks.js';
import { collectGarbage } from './gc.js';
import { buildReport } from './report.js';
import type { RuntimeLeakReport } from './report.js';
import { resolveFinderOptions } from './options.js';
import type { LeakFinderOptions, ResolvedFinderOptions } from './options.js';
import { nativeClearInterval, nativeSetInterval } from './natives.js';

export class LeakFinder {
  readonly options: ResolvedFinderOptions;
  private tracker: Tracker | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private samples = 0;
  private readonly listeners = new Set<(finder: LeakFinder) => void>();

  constructor(options?: LeakFinderOptions) {
    this.options = resolveFinderOptions(options);
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
    this.timer = nativeSetInterval(() => this.sample(), o.sampleIntervalMs);
    this.timer.unref();
    return this;
  }

  /** Removes the hooks and stops sampling; the last data stays readable via report(). */
  stop(): void {
    if (this.timer !== null) nativeClearInterval(this.timer);
    this.timer = null;
    if (this.tracker !== null) detach(this.tracker);
  }

  /** Takes one sample now (the interval does this on its own). */
  sample(): void {
    const t = this.tracker;
    if (t === null || this.timer === null) return;
    pollModules();
    if (this.options.gc) collectGarbage();
    t.sampleAll();
    t.updateRates();
    this.samples++;
    for (const fn of this.listeners) {
      try {
        fn(this);
      } catch {
        // a reporter's failure must not stop sampling
      }
    }
  }

  /** Calls `fn` after every sample; returns the function that unsubscribes it. */
  onSample(fn: (finder: LeakFinder) => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** The current analysis. Cheap enough for a monitoring endpoint (O(sites × window²)). */
  report(): RuntimeLeakReport {
    const o = this.options;
    return buildReport(
      this.tracker,
      { samples: this.samples, sampleIntervalMs: o.sampleIntervalMs, gc: o.gc },
      { minSamples: o.minSamples, maxPValue: o.maxPValue, minGrowth: o.minGrowth },
    );
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
      { samples: 0, sampleIntervalMs: 0, gc: false },
      { minSamples: 1, maxPValue: 1, minGrowth: 1 },
    );
  return f.report();
}
