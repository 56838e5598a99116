/**
 * The read guard of heap sites (issue #15): a heap profile read must not block the event loop
 * longer than a budget (`heap.maxReadPauseMs`, by default the monitor's event-loop warning
 * threshold, `eventLoopDelayMs`: 200 ms).
 *
 * One read (`HeapProfiler.getSamplingProfile` + our grouping) costs, in wall-clock time:
 * - (a) the full, atomic GC the inspector runs first (V8 samples with kSamplingForceGC): it
 *   grows with the heap, not with the samples, so it is modelled per MiB of used heap;
 * - (b) building the profile, its JSON round trip through the inspector, and our walk over it:
 *   per live sample;
 * - building each allocation site seen for the first time (source maps, formatted stack): per
 *   new site. This one is not predicted but bounded: a read builds only as many new sites as
 *   the budget has room for after the rest (the largest first; the others wait for a later
 *   read), so the first read of a heap with hundreds of sites does not pay for all at once.
 * Before the first measurement each coefficient is a conservative prior (measured on a dense
 * heap of small objects, bench/_heap-profile.mjs, rounded up); every read (and every full GC
 * timed elsewhere, `observeGc`: the finder's forced GCs, the monitor's observed atomic major
 * GCs) replaces it: a dearer figure at once, a cheaper one slowly.
 *
 * Live samples are predicted from the last read (or from zero when sampling started): its
 * count, scaled by the heap's growth since, plus the growth over the interval, with a margin;
 * never more than the whole heap over the interval. Turnover (live objects replaced by new
 * ones at a constant heap) is not seen before a read: a read after a sudden turnover can
 * exceed its prediction, and the guard learns the count from that read.
 *
 * Before each read the guard predicts its pause. Within the budget: read. Over it while (a)
 * alone fits: widen the sampling interval (fewer live samples; restarting the sampler empties
 * the profile, so the sites' series start again). When (a) alone exceeds the budget no interval
 * helps: the read is skipped (paused) until the prediction fits again (the heap shrank, or a
 * timed GC showed it cheaper), with a margin so it does not flap. A widened interval narrows
 * back one step (halved, never below the interval asked for) once a read at half of it has been
 * predicted within half the budget at three decisions in a row: the heap shrank (or its GC proved
 * cheaper), with room enough that the next read does not widen it again.
 *
 * Pure arithmetic, no Node imports: tests drive it with made-up costs.
 */

const MIB = 1024 * 1024;

/** Prior GC cost (ms per MiB of used heap): 0.5 ms/MiB of CPU measured at 512 MiB, doubled. */
export const PRIOR_GC_MS_PER_MIB = 1;
/** Prior cost per live sample (ms) of the profile build + JSON + our walk. */
export const PRIOR_MS_PER_SAMPLE = 0.05;
/** Prior cost of building one new site (ms): ~0.3 ms measured, rounded up. */
export const PRIOR_MS_PER_NEW_SITE = 0.5;
/** Widest sampling interval the guard widens to (bytes). */
export const MAX_SAMPLING_INTERVAL = 64 * MIB;
/** Fixed part of a read (ms): session round trip, empty profile. */
const FIXED_MS = 2;
/**
 * A GC of a heap smaller than this is mostly fixed cost (roots, code, weak handles): it teaches
 * the fixed part of the GC term, not the per-MiB part. Per MiB it overstates a large heap: reads
 * of a 4.5 MiB heap took 6–10 ms (~2 ms/MiB), the full GC in a read of a ~110 MiB heap of small
 * objects 0.5–1.1 ms/MiB (Node 20 and 24), and learnt from the small heap the guard paused reads
 * of heaps it could have read.
 */
const SMALL_HEAP_BYTES = 16 * MIB;

/** Share of the budget a widened interval aims at (room for noise). */
const WIDEN_TARGET = 0.8;
/** A paused guard resumes when the prediction falls below this share of the budget. */
const RESUME_AT = 0.8;
/**
 * A widened interval is halved back when a read at half of it is predicted within this share
 * of the budget — well under the 100 % that widens it (and the 80 % a widening aims at), so a
 * heap that stays put does not widen and narrow in turn.
 */
const NARROW_AT = 0.5;
/** Decisions in a row, each predicting a narrower interval fits, that narrow the interval. */
const NARROW_AFTER = 3;
/** Weight of a cheaper measurement against the current figure (dearer ones replace it). */
const EASE = 0.3;
/** Margin on the predicted live samples. */
const SAMPLES_MARGIN = 1.25;

/** Why reads are skipped, as the report shows it. */
export interface ReadPause {
  /** `gc`: the GC inside a read alone exceeds the budget; `samples`: the widest interval does. */
  reason: 'gc' | 'samples';
  predictedMs: number;
  budgetMs: number;
}

export type ReadDecision =
  | {
      action: 'read';
      predictedMs: number;
      /** New sites the read may build (what the budget leaves room for; Infinity: no guard). */
      newSites: number;
    }
  | { action: 'widen'; intervalBytes: number; predictedMs: number }
  /** Back one step (half the interval, never below the one asked for): the heap shrank. */
  | { action: 'narrow'; intervalBytes: number; predictedMs: number }
  | { action: 'skip'; pause: ReadPause };

/** What one read cost, measured. */
export interface ReadCost {
  /** Used heap bytes before the read. */
  heapBytes: number;
  /** Live samples in the profile read. */
  samples: number;
  /** Sites built for the first time during the read. */
  newSites: number;
  /** Wall-clock ms of the whole read (GC included). */
  totalMs: number;
  /** Ms of full GC inside the read; null when it could not be told apart. */
  gcMs: number | null;
  /** Ms spent building new sites. */
  newSitesMs: number;
}

function ease(current: number, measured: number, prior: boolean): number {
  if (prior || measured >= current) return measured;
  return current + EASE * (measured - current);
}

export class ReadGuard {
  readonly budgetMs: number;
  /** The interval asked for: the guard widens from it and narrows back to it, never below. */
  readonly floorBytes: number;
  gcMsPerMiB = PRIOR_GC_MS_PER_MIB;
  /** Fixed part of the GC inside a read (ms), learnt from GCs of small heaps. */
  gcFixedMs = 0;
  msPerSample = PRIOR_MS_PER_SAMPLE;
  msPerNewSite = PRIOR_MS_PER_NEW_SITE;
  #gcPrior = true;
  #fixedPrior = true;

  #samplePrior = true;
  #sitePrior = true;
  /** The last read since sampling (re)started: its samples and the heap before it. */
  #last: { samples: number; heapBytes: number; read: boolean } | null = null;
  #paused: ReadPause | null = null;
  /** Reads in a row that predicted a read at half the interval within NARROW_AT. */
  #narrowable = 0;

  constructor(budgetMs: number, floorBytes = Infinity) {
    this.budgetMs = budgetMs;
    this.floorBytes = floorBytes;
  }

  /** Why reads are skipped now, or null. */
  get paused(): ReadPause | null {
    return this.#paused;
  }

  /**
   * Live samples expected in a read now: the last read's count scaled by the heap's growth
   * (never down); before any read since sampling (re)started, the heap over the interval
   * (every byte sampled: an upper bound).
   */
  expectedSamples(heapBytes: number, intervalBytes: number): number {
    const all = heapBytes / intervalBytes;
    const l = this.#last;
    if (l === null) return all;
    const grown = Math.max(0, heapBytes - l.heapBytes);
    const scaled = l.samples * Math.max(1, heapBytes / Math.max(l.heapBytes, 1));
    return Math.min(all, SAMPLES_MARGIN * (scaled + grown / intervalBytes));
  }

  /** Predicted pause (ms) of a full GC of `heapBytes`. */
  predictGc(heapBytes: number): number {
    return this.gcFixedMs + this.gcMsPerMiB * (heapBytes / MIB);
  }

  /**
   * Whether a full GC of `heapBytes` fits the budget: the test that skips a read for its GC
   * alone (with the same margin while paused), for GCs forced outside a read. The finder asks
   * it before forcing its own: a GC the guard would not let a read run is not forced either.
   * Until a GC of a heap this size has been timed, the per-MiB figure is the prior, which is
   * twice what was measured: a GC within the budget at half the prior is forced, and timed, so
   * that the guard learns this process's figure (without it, reads paused on the prior would
   * never resume at a constant heap).
   */
  gcFits(heapBytes: number): boolean {
    if (this.budgetMs === Infinity) return true;
    const limit = this.#paused === null ? this.budgetMs : this.budgetMs * RESUME_AT;
    const ms = this.#gcPrior
      ? this.gcFixedMs + (this.gcMsPerMiB / 2) * (heapBytes / MIB)
      : this.predictGc(heapBytes);
    return ms + FIXED_MS <= limit;
  }

  /** Predicted pause (ms) of a read now without new sites, and its GC part. */
  predict(
    heapBytes: number,
    intervalBytes: number,
  ): { gcMs: number; totalMs: number; samples: number } {
    const samples = this.expectedSamples(heapBytes, intervalBytes);
    const gcMs = this.predictGc(heapBytes);
    const totalMs = FIXED_MS + gcMs + this.msPerSample * samples;
    return { gcMs, totalMs, samples };
  }

  /** What to do before a read. */
  decide(heapBytes: number, intervalBytes: number): ReadDecision {
    const budget = this.budgetMs;
    if (budget === Infinity) return { action: 'read', predictedMs: 0, newSites: Infinity };
    const p = this.predict(heapBytes, intervalBytes);
    const limit = this.#paused === null ? budget : budget * RESUME_AT;
    const predictedMs = Math.round(p.totalMs);
    if (p.gcMs + FIXED_MS > limit) {
      this.#narrowable = 0;
      this.#paused = { reason: 'gc', predictedMs, budgetMs: budget };
      return { action: 'skip', pause: this.#paused };
    }
    if (p.totalMs <= limit) {
      this.#paused = null;
      const narrow = this.#narrowTo(intervalBytes, p);
      if (narrow !== null) return narrow;
      // at least one, so a tight budget still follows its largest site
      const newSites = Math.max(1, Math.floor((budget - p.totalMs) / this.msPerNewSite));
      return { action: 'read', predictedMs, newSites };
    }
    this.#narrowable = 0;
    if (intervalBytes >= MAX_SAMPLING_INTERVAL) {
      this.#paused = { reason: 'samples', predictedMs, budgetMs: budget };
      return { action: 'skip', pause: this.#paused };
    }
    // Aim the samples' part at a share of what the GC leaves.
    const room = Math.max(budget * WIDEN_TARGET - FIXED_MS - p.gcMs, 1);
    const factor = (p.samples * this.msPerSample) / room;
    let next = intervalBytes * 2;
    while (next < MAX_SAMPLING_INTERVAL && next < intervalBytes * factor) next *= 2;
    return {
      action: 'widen',
      intervalBytes: Math.min(next, MAX_SAMPLING_INTERVAL),
      predictedMs,
    };
  }

  /**
   * Narrowing back, one step at a time, once the interval was widened: when a read at half the
   * interval (twice the live samples) is predicted within NARROW_AT of the budget at
   * NARROW_AFTER decisions in a row, each made after a real read (the decision right after a
   * restart does not count: the profile is nearly empty and says nothing of the samples to come).
   * The last of them narrows instead of reading.
   */
  #narrowTo(intervalBytes: number, p: { gcMs: number; samples: number }): ReadDecision | null {
    if (intervalBytes <= this.floorBytes || this.#last?.read !== true) return null;
    const next = Math.max(this.floorBytes, intervalBytes / 2);
    const predicted = FIXED_MS + p.gcMs + this.msPerSample * p.samples * (intervalBytes / next);
    if (predicted > this.budgetMs * NARROW_AT) {
      this.#narrowable = 0;
      return null;
    }
    if (++this.#narrowable < NARROW_AFTER) return null;
    this.#narrowable = 0;
    return { action: 'narrow', intervalBytes: next, predictedMs: Math.round(predicted) };
  }

  /** Sampling (re)started with `heapBytes` used: the profile is empty. */
  restarted(heapBytes: number): void {
    this.#last = { samples: 0, heapBytes, read: false };
    this.#narrowable = 0;
  }

  /** Learns from a read that was made. */
  record(c: ReadCost): void {
    this.#last = { samples: c.samples, heapBytes: c.heapBytes, read: true };
    let gcMs = c.gcMs;
    if (gcMs === null) {
      // not told apart: what the samples and sites do not explain is the GC's
      gcMs = Math.max(0, c.totalMs - FIXED_MS - c.newSitesMs - this.msPerSample * c.samples);
    }
    this.observeGc(gcMs, c.heapBytes);
    if (c.newSites >= 10) {
      this.msPerNewSite = ease(this.msPerNewSite, c.newSitesMs / c.newSites, this.#sitePrior);
      this.#sitePrior = false;
    }
    // Few samples are all fixed cost: they would overstate the per-sample figure.
    if (c.samples >= 500) {
      const rest = Math.max(0, c.totalMs - gcMs - c.newSitesMs - FIXED_MS);
      this.msPerSample = ease(this.msPerSample, rest / c.samples, this.#samplePrior);
      this.#samplePrior = false;
    }
  }

  /**
   * Learns from a full GC of `heapBytes` timed elsewhere (the finder's forced GCs, the monitor's
   * atomic major GCs).
   */
  observeGc(ms: number, heapBytes: number): void {
    if (heapBytes < SMALL_HEAP_BYTES) {
      // mostly fixed cost: it says what any GC costs at least, not what a MiB costs
      this.gcFixedMs = ease(this.gcFixedMs, Math.max(ms - FIXED_MS, 0), this.#fixedPrior);
      this.#fixedPrior = false;
      return;
    }
    const perMiB = Math.max(ms - FIXED_MS - this.gcFixedMs, 0) / (heapBytes / MIB);
    this.gcMsPerMiB = ease(this.gcMsPerMiB, perMiB, this.#gcPrior);
    this.#gcPrior = false;
  }
}
