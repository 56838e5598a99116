/**
 * `profileOnTrend`: when the monitor's trend verdict turns to "leak", sample the heap with V8's
 * sampling heap profiler (src/internal/heap.ts) for a bounded time, then keep the allocation
 * sites whose retained memory grew, for the `leak.sites` alert.
 *
 * Invariants: at most one profile runs; it ends by itself after `durationMs` (its timer and
 * the inspector session are released then, or when the monitor stops or is disposed); two
 * profiles start at least `cooldownMs` apart. The profile runs on real time (performance.now),
 * not the monitor's injected clock: it measures the real heap. Each profile sample forces a
 * full GC (V8 collects before it lists live allocations), which is why it only runs while a
 * leak is suspected.
 *
 * The read guard (`maxReadPauseMs`, src/internal/heap-guard.ts) predicts each read's pause from
 * the full GC it runs. There is no forced GC to time here, so the profiler keeps the last few
 * atomic major GCs the monitor's sample source observed (`onSample`: pause and live heap) and
 * teaches a new profile's guard the dearest per MiB before its first read. The guard's notices
 * (reads paused, interval widened) are kept as `notice`, which the monitor's trend alert
 * repeats while a profile has named no site.
 */
import { performance } from 'node:perf_hooks';
import type { Scope } from '../core/index.js';
import { HeapSampler, type HeapReadStats } from '../internal/heap.js';
import type { ProfileOnTrendOptions } from './options.js';
import type { HeapSiteSummary } from './types.js';

export interface HeapProfileState {
  /**
   * `idle` (never ran), `running`, `done` (sites below hold), `stopped` (the monitor stopped
   * mid-profile), or `off` (could not sample).
   */
  state: 'idle' | 'running' | 'done' | 'stopped' | 'off';
  /** Epoch ms of the last profile's start; null before the first. */
  startedAt: number | null;
  /** Why heap sampling is off, when it is. */
  problem: string | null;
  /** Growing allocation sites of the last profile, fastest first (at most 5). */
  sites: HeapSiteSummary[];
  /**
   * The read guard of the last profile (`maxReadPauseMs`): the sampling interval now, the last
   * read's pause, reads skipped, and `paused` when the GC alone exceeds the budget. Null
   * before the first profile.
   */
  reads: HeapReadStats | null;
  /**
   * The read guard's last notice in this profile, one line (reads paused: a read would block
   * the event loop over `maxReadPauseMs`; the sampling interval widened); null when none.
   */
  notice: string | null;
}

/** A profile's state at its start (nothing read, no site, no notice yet). */
function fresh(
  state: HeapProfileState['state'],
  startedAt: number | null,
  problem: string | null,
): HeapProfileState {
  return { state, startedAt, problem, sites: [], reads: null, notice: null };
}

/** Window kept per site: enough for every sample of one profile. */
const WINDOW_CAP = 1000;
/** Atomic major GCs kept to teach a new profile's read guard (the most recent). */
const GC_KEPT = 8;

export class TrendProfiler {
  readonly #o: Required<ProfileOnTrendOptions>;
  readonly #parent: Scope;
  #run: Scope | null = null;
  #lastStart = -Infinity;
  #state: HeapProfileState = fresh('idle', null, null);
  #sampler: HeapSampler | null = null;
  /** Pauses (ms) and live heaps (bytes) of the last GC_KEPT atomic major GCs, a ring. */
  readonly #gcMs: number[] = [];
  readonly #gcHeap: number[] = [];
  #gcNext = 0;

  constructor(parent: Scope, options: Required<ProfileOnTrendOptions>) {
    this.#parent = parent;
    this.#o = options;
  }

  /** Growing sites of the last profile while the leak is still suspected. */
  get sites(): HeapSiteSummary[] {
    return this.#state.sites;
  }

  state(): HeapProfileState {
    const reads = this.#sampler?.readStats() ?? this.#state.reads;
    return { ...this.#state, sites: [...this.#state.sites], reads };
  }

  /**
   * The notice to repeat in the trend alert: the guard's last one while the profile runs or
   * after it named no site; null otherwise.
   */
  get notice(): string | null {
    const st = this.#state;
    return (st.state === 'running' || st.state === 'done') && st.sites.length === 0
      ? st.notice
      : null;
  }

  /**
   * Called with each sample's dearest atomic major GC (`RawSample.fullGcPauseMs`, and the live
   * heap after it): kept for the next profile's read guard. Zero or missing: none was seen.
   */
  observeGc(pauseMs: number | undefined, heapBytes: number | undefined): void {
    if (pauseMs === undefined || !(pauseMs > 0) || heapBytes === undefined || !(heapBytes > 0))
      return;
    this.#gcMs[this.#gcNext] = pauseMs;
    this.#gcHeap[this.#gcNext] = heapBytes;
    this.#gcNext = (this.#gcNext + 1) % GC_KEPT;
  }

  /** Called with each trend verdict: starts a profile when a leak is newly suspected. */
  onVerdict(leakSuspected: boolean): void {
    if (!leakSuspected) {
      if (this.#state.state === 'done') this.#state = { ...this.#state, sites: [] };
      return;
    }
    const now = performance.now();
    if (this.#run !== null || now - this.#lastStart < this.#o.cooldownMs) return;
    const sampler = new HeapSampler(
      {
        samplingIntervalBytes: this.#o.samplingIntervalBytes,
        minGrowthBytes: this.#o.minGrowthBytes,
        maxSites: 500,
        intervalMs: this.#o.sampleEveryMs,
        maxReadPauseMs: this.#o.maxReadPauseMs,
      },
      WINDOW_CAP,
    );
    this.#teach(sampler);
    this.#sampler = sampler;
    this.#lastStart = now;
    if (!sampler.start()) {
      this.#state = fresh('off', Date.now(), sampler.problem);
      return;
    }
    const run = this.#parent.child('profileOnTrend');
    this.#run = run;
    run.add(() => {
      sampler.stop();
      this.#state = { ...this.#state, reads: sampler.readStats() };
      if (this.#sampler === sampler) this.#sampler = null;
      if (this.#run === run) this.#run = null;
    });
    this.#state = fresh('running', Date.now(), null);
    const tick = (): void => {
      // no collectGarbage(): reading V8's sampling profile forces a full GC itself
      const t = performance.now();
      // false with sampling still on: the read guard skipped a read over maxReadPauseMs (the
      // state's `reads` says why); the profile goes on.
      const read = sampler.sample(t, true);
      const said = sampler.takeNotices();
      if (said.length > 0) this.#state = { ...this.#state, notice: said[said.length - 1]! };
      if (!read && !sampler.running) {
        this.#state = { ...this.#state, state: 'off', problem: sampler.problem };
        run.dispose();
        return;
      }
      if (t - now >= this.#o.durationMs) this.#finish(sampler, run);
    };
    run.setInterval(tick, this.#o.sampleEveryMs, {
      unref: true,
      description: 'profileOnTrend heap sample',
    });
  }

  /** Ends a running profile (the monitor stopped): its timer and inspector session go. */
  stop(): void {
    if (this.#run === null) return;
    this.#state = { ...this.#state, state: 'stopped' };
    this.#run.dispose();
  }

  /** Teaches a new profile's read guard the dearest kept GC per MiB (none kept: the prior). */
  #teach(sampler: HeapSampler): void {
    let best = -1;
    for (let i = 0; i < this.#gcMs.length; i++)
      if (best < 0 || this.#gcMs[i]! / this.#gcHeap[i]! > this.#gcMs[best]! / this.#gcHeap[best]!)
        best = i;
    if (best >= 0) sampler.observeGc(this.#gcMs[best]!, this.#gcHeap[best]!);
  }

  #finish(sampler: HeapSampler, run: Scope): void {
    const sites = sampler
      .report({ minSamples: 3, maxPValue: 0.05, minGrowth: 0 }, 5)
      .filter((r) => r.leaking)
      .slice(0, 5)
      .map((r) => ({
        site: r.site,
        functionName: r.functionName,
        bytes: r.bytes,
        growthBytesPerMinute: r.growthBytesPerMinute,
        allocatedBy: r.allocatedBy.map((a) => a.name),
      }));
    this.#state = { ...this.#state, state: 'done', sites };
    run.dispose();
  }
}
