/**
 * TimeSummary: count, mean, min and max over everything recorded (until `reset()`), and
 * percentiles over the most recent samples (a fixed ring, so recording never allocates and the
 * memory is bounded whatever the traffic).
 */

/** A summary of durations in milliseconds (JSON-safe: no Infinity, no NaN). */
export interface TimeSummarySnapshot {
  count: number;
  meanMs: number;
  minMs: number;
  maxMs: number;
  /**
   * Percentiles over the last `window` samples.
   * @default 1024
   */
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
}

export class TimeSummary {
  readonly #ring: Float64Array;
  #next = 0;
  #filled = 0;
  #count = 0;
  #sum = 0;
  #min = Infinity;
  #max = 0;

  constructor(window = 1024) {
    this.#ring = new Float64Array(window);
  }

  record(ms: number): void {
    const ring = this.#ring;
    ring[this.#next] = ms;
    this.#next = this.#next + 1 === ring.length ? 0 : this.#next + 1;
    if (this.#filled < ring.length) this.#filled++;
    this.#count++;
    this.#sum += ms;
    if (ms < this.#min) this.#min = ms;
    if (ms > this.#max) this.#max = ms;
  }

  reset(): void {
    this.#next = this.#filled = this.#count = this.#sum = this.#max = 0;
    this.#min = Infinity;
  }

  snapshot(): TimeSummarySnapshot {
    const n = this.#filled;
    if (n === 0) return { count: 0, meanMs: 0, minMs: 0, maxMs: 0, p50Ms: 0, p95Ms: 0, p99Ms: 0 };
    const sorted = this.#ring.slice(0, n).sort();
    const at = (q: number): number => sorted[Math.min(n - 1, Math.floor(q * n))] as number;
    return {
      count: this.#count,
      meanMs: this.#sum / this.#count,
      minMs: this.#min,
      maxMs: this.#max,
      p50Ms: at(0.5),
      p95Ms: at(0.95),
      p99Ms: at(0.99),
    };
  }
}
