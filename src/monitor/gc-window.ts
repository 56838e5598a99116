/**
 * Accumulates GC performance entries between two samples, and tracks the most GC time that
 * fell inside any 1 s window ("GC blocking").
 *
 * The window is a queue of the entries that ended within the last `windowMs`, held in two
 * plain number arrays with a moving head (no object per entry); it spans samples, so a burst
 * that straddles a sample boundary is still seen whole. It is compacted when the head passes
 * half the array, so memory is bounded by the number of GCs in one window.
 */
import type { GcKind, GcStats } from './types.js';

// perf_hooks.constants.NODE_PERFORMANCE_GC_*: MINOR 1, MAJOR 4, INCREMENTAL 8, WEAKCB 16.
export function gcKindName(kind: number | undefined): GcKind {
  switch (kind) {
    case 1:
      return 'minor';
    case 4:
      return 'major';
    case 8:
      return 'incremental';
    case 16:
      return 'weakcb';
    default:
      return 'unknown';
  }
}

function emptyKinds(): GcStats['byKind'] {
  return {
    minor: { count: 0, timeMs: 0 },
    major: { count: 0, timeMs: 0 },
    incremental: { count: 0, timeMs: 0 },
    weakcb: { count: 0, timeMs: 0 },
    unknown: { count: 0, timeMs: 0 },
  };
}

export class GcWindow {
  readonly windowMs: number;
  #count = 0;
  #timeMs = 0;
  #maxPauseMs = 0;
  #maxWindowMs = 0;
  #byKind = emptyKinds();
  #starts: number[] = [];
  #durations: number[] = [];
  #head = 0;
  #sum = 0;

  constructor(windowMs = 1000) {
    this.windowMs = windowMs;
  }

  /** One GC: its kind, start time and duration (ms, performance.now() timeline). */
  add(kind: GcKind, startMs: number, durationMs: number): void {
    this.#count++;
    this.#timeMs += durationMs;
    if (durationMs > this.#maxPauseMs) this.#maxPauseMs = durationMs;
    const k = this.#byKind[kind];
    k.count++;
    k.timeMs += durationMs;
    const end = startMs + durationMs;
    this.#starts.push(startMs);
    this.#durations.push(durationMs);
    this.#sum += durationMs;
    // drop entries that started more than windowMs before this one ended
    while (
      this.#head < this.#starts.length &&
      (this.#starts[this.#head] as number) < end - this.windowMs
    ) {
      this.#sum -= this.#durations[this.#head] as number;
      this.#head++;
    }
    if (this.#sum > this.#maxWindowMs) this.#maxWindowMs = this.#sum;
    if (this.#head > 64 && this.#head * 2 > this.#starts.length) {
      this.#starts = this.#starts.slice(this.#head);
      this.#durations = this.#durations.slice(this.#head);
      this.#head = 0;
    }
  }

  /** Returns what was accumulated since the last call and starts a new period. */
  take(): GcStats {
    const out: GcStats = {
      count: this.#count,
      timeMs: this.#timeMs,
      maxPauseMs: this.#maxPauseMs,
      maxWindowMs: this.#maxWindowMs,
      byKind: this.#byKind,
    };
    this.#count = 0;
    this.#timeMs = 0;
    this.#maxPauseMs = 0;
    // the next period starts with whatever is still inside the current window
    this.#maxWindowMs = 0;
    this.#byKind = emptyKinds();
    return out;
  }

  /** Forgets everything (used when the source stops). */
  clear(): void {
    this.take();
    this.#starts = [];
    this.#durations = [];
    this.#head = 0;
    this.#sum = 0;
  }
}

/** A GcStats with nothing in it (sources that cannot observe GC). */
export function emptyGcStats(): GcStats {
  return { count: 0, timeMs: 0, maxPauseMs: 0, maxWindowMs: 0, byKind: emptyKinds() };
}

/**
 * The dearest atomic major GC per byte of live heap between two samples: a major GC with no
 * incremental-marking entry since the previous major, so its pause is the whole collection (a
 * forced GC, a heap profile read, memory pressure). The pause that ends incremental marking
 * leaves out the marking done concurrently (0.08–0.14 ms/MiB measured against 1.4–2.4 ms/MiB
 * for a forced one on the same heap) and is not counted. Three numbers and a flag.
 */
export class FullGcWatch {
  /** An incremental entry came since the last major one: that major only finishes it. */
  #marking = false;
  /** Longest atomic pause in the current batch of entries (ms). */
  #batchMs = 0;
  #ms = 0;
  #heap = 1;

  /** One GC entry, in the order they come. */
  add(kind: GcKind, durationMs: number): void {
    if (kind === 'incremental') this.#marking = true;
    else if (kind === 'major') {
      if (!this.#marking && durationMs > this.#batchMs) this.#batchMs = durationMs;
      this.#marking = false;
    }
  }

  /** Ends a batch of entries with the used heap read after it (bytes). */
  endBatch(usedBytes: number): void {
    const ms = this.#batchMs;
    this.#batchMs = 0;
    const used = Math.max(usedBytes, 1);
    if (ms > 0 && ms / used > this.#ms / this.#heap) {
      this.#ms = ms;
      this.#heap = used;
    }
  }

  /** The dearest since the last call (both 0 when none) and starts a new period. */
  take(): { pauseMs: number; heapBytes: number } {
    const out = { pauseMs: this.#ms, heapBytes: this.#ms > 0 ? this.#heap : 0 };
    this.#ms = 0;
    this.#heap = 1;
    return out;
  }

  /** Forgets everything (the source stopped). */
  clear(): void {
    this.take();
    this.#marking = false;
    this.#batchMs = 0;
  }
}
