/**
 * Cleaners: user functions that free memory (trim caches, sweep sessions), run on a schedule,
 * under pressure, or on demand.
 *
 * Isolation: a cleaner that throws or rejects is recorded and the others still run; one that
 * does not settle within `timeoutMs` is recorded as timed out and the run moves on. A cleaner
 * still pending from an earlier run is skipped (never two copies of one cleaner at once), so a
 * hung cleaner cannot pile up. Runs never overlap: `run()` during a run returns that run.
 * Results keep error messages as strings, never live Error objects (they retain their scope).
 *
 * Timers: a cleaner's timeout bounds a promise. When somebody awaits the run (`cleanup()`,
 * which may also join a background run already going), the timeout keeps the process alive
 * while pending — unref'd, a one-off `await monitor.cleanup()` with a hung cleaner had nothing
 * left holding the loop and node exited with code 13 (unsettled top-level await) instead of
 * reporting the timeout. Runs nobody awaits (schedule, pressure) keep them unref'd, like the
 * sampling timer: background work never holds the process.
 */
import { performance } from 'node:perf_hooks';
import { LeakguardError, type Scope } from '../core/index.js';
import { optionError } from '../internal/options.js';

export type CleanupTrigger = 'manual' | 'schedule' | 'pressure';

export type Cleaner = () => unknown;

export interface CleanerResult {
  name: string;
  durationMs: number;
  ok: boolean;
  /** Error message when it threw or rejected. */
  error?: string;
  timedOut: boolean;
  /** True when it was still running from an earlier run and so was not started again. */
  skipped: boolean;
}

export interface MemoryFigures {
  rss: number;
  heapUsed: number;
}

export interface CleanupRun {
  trigger: CleanupTrigger;
  reason: string;
  /** Monitor clock (epoch ms). */
  startedAt: number;
  durationMs: number;
  before: MemoryFigures;
  after: MemoryFigures;
  /** before - after (negative when memory grew during the run). */
  freed: MemoryFigures;
  cleaners: CleanerResult[];
  errors: number;
  timeouts: number;
}

export interface CleanupStats {
  runs: number;
  byTrigger: Record<CleanupTrigger, number>;
  errors: number;
  timeouts: number;
  /** Sum of heapUsed freed over all runs (bytes; may be negative). */
  freedHeapBytes: number;
  running: boolean;
  cleaners: string[];
  lastRun: CleanupRun | null;
  /** The last runs, newest last (at most 20). */
  recent: CleanupRun[];
}

const RECENT = 20;

export class CleanerRunner {
  readonly #cleaners = new Map<string, Cleaner>();
  readonly #pending = new Set<string>();
  readonly #scope: Scope;
  readonly #clock: () => number;
  readonly #memory: () => MemoryFigures;
  readonly #timeoutMs: number;
  #running: Promise<CleanupRun> | null = null;
  /** True when somebody awaits the run in progress: its timeouts then hold the process. */
  #awaited = false;
  /** The pending cleaner's timeout, while one is pending (ref'd when the run becomes awaited). */
  #timer: ReturnType<typeof setTimeout> | null = null;
  #recent: CleanupRun[] = [];
  #runs = 0;
  #byTrigger: Record<CleanupTrigger, number> = { manual: 0, schedule: 0, pressure: 0 };
  #errors = 0;
  #timeouts = 0;
  #freedHeap = 0;

  constructor(scope: Scope, clock: () => number, memory: () => MemoryFigures, timeoutMs: number) {
    this.#scope = scope;
    this.#clock = clock;
    this.#memory = memory;
    this.#timeoutMs = timeoutMs;
  }

  /** Registers a cleaner; dispose the result to remove it. Names are unique. */
  add(name: string, fn: Cleaner): { dispose(): void; [Symbol.dispose](): void } {
    if (typeof name !== 'string' || name === '')
      throw optionError('name', 'a non-empty string', name);
    if (typeof fn !== 'function') throw optionError('fn', 'a function', fn);
    if (this.#cleaners.has(name))
      throw new LeakguardError(
        'LEAKGUARD_DUPLICATE_CLEANER',
        `A cleaner named '${name}' is already registered`,
      );
    this.#cleaners.set(name, fn);
    const remove = (): void => {
      if (this.#cleaners.get(name) === fn) this.#cleaners.delete(name);
    };
    return { dispose: remove, [Symbol.dispose]: remove };
  }

  get size(): number {
    return this.#cleaners.size;
  }

  get running(): boolean {
    return this.#running !== null;
  }

  /**
   * Runs every cleaner now (or returns the run in progress). Never rejects. `awaited`: the
   * caller awaits the result, so the run's timeouts keep the process alive (see the top).
   */
  run(trigger: CleanupTrigger, reason: string, awaited: boolean): Promise<CleanupRun> {
    if (this.#running !== null) {
      if (awaited && !this.#awaited) {
        this.#awaited = true;
        this.#timer?.ref();
      }
      return this.#running;
    }
    this.#awaited = awaited;
    const p = this.#run(trigger, reason).finally(() => {
      this.#running = null;
      this.#awaited = false;
    });
    this.#running = p;
    return p;
  }

  stats(): CleanupStats {
    return {
      runs: this.#runs,
      byTrigger: { ...this.#byTrigger },
      errors: this.#errors,
      timeouts: this.#timeouts,
      freedHeapBytes: this.#freedHeap,
      running: this.#running !== null,
      cleaners: [...this.#cleaners.keys()],
      lastRun: this.#recent[this.#recent.length - 1] ?? null,
      recent: this.#recent.slice(),
    };
  }

  async #run(trigger: CleanupTrigger, reason: string): Promise<CleanupRun> {
    const startedAt = this.#clock();
    const t0 = performance.now();
    const before = this.#memory();
    const runScope = this.#scope.child('cleanup run');
    const results: CleanerResult[] = [];
    try {
      for (const [name, fn] of [...this.#cleaners])
        results.push(await this.#runOne(runScope, name, fn));
    } finally {
      runScope.dispose();
    }
    const after = this.#memory();
    const errors = results.filter((r) => r.error !== undefined).length;
    const timeouts = results.filter((r) => r.timedOut).length;
    const run: CleanupRun = {
      trigger,
      reason,
      startedAt,
      durationMs: performance.now() - t0,
      before,
      after,
      freed: { rss: before.rss - after.rss, heapUsed: before.heapUsed - after.heapUsed },
      cleaners: results,
      errors,
      timeouts,
    };
    this.#runs++;
    this.#byTrigger[trigger]++;
    this.#errors += errors;
    this.#timeouts += timeouts;
    this.#freedHeap += run.freed.heapUsed;
    this.#recent.push(run);
    if (this.#recent.length > RECENT) this.#recent.shift();
    return run;
  }

  #runOne(runScope: Scope, name: string, fn: Cleaner): Promise<CleanerResult> {
    const result = (t0: number, extra: Partial<CleanerResult>): CleanerResult => ({
      name,
      durationMs: performance.now() - t0,
      ok: extra.error === undefined && !extra.timedOut && !extra.skipped,
      timedOut: false,
      skipped: false,
      ...extra,
    });
    const t0 = performance.now();
    if (this.#pending.has(name)) return Promise.resolve(result(t0, { skipped: true }));
    let value: unknown;
    try {
      value = fn();
    } catch (e) {
      return Promise.resolve(result(t0, { error: message(e) }));
    }
    if (!isThenable(value)) return Promise.resolve(result(t0, {}));
    const pending = Promise.resolve(value);
    this.#pending.add(name);
    const release = (): void => {
      this.#pending.delete(name);
    };
    pending.then(release, release);
    return new Promise<CleanerResult>((resolve) => {
      const s = runScope.child(name);
      const finish = (r: CleanerResult): void => {
        resolve(r);
        s.dispose();
      };
      const timer = setTimeout(() => finish(result(t0, { timedOut: true })), this.#timeoutMs);
      if (!this.#awaited) timer.unref();
      this.#timer = timer;
      s.defer(() => {
        clearTimeout(timer);
        if (this.#timer === timer) this.#timer = null;
      });
      // the monitor was disposed mid-run: report the cleaner as cut short
      s.defer(() => resolve(result(t0, { error: 'monitor disposed during the run' })));
      pending.then(
        () => finish(result(t0, {})),
        (e: unknown) => finish(result(t0, { error: message(e) })),
      );
    });
  }
}

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}

function message(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}
