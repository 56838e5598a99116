/**
 * History of samples: a columnar ring buffer (one Float64Array per field) with a fixed
 * capacity of `ceil(historyMs / minIntervalMs) + 1` points, allocated once.
 *
 * Invariants:
 * - memory is fixed at construction whatever the sampling interval: a point that arrives less
 *   than `minSpacingMs` after the newest one replaces it instead of taking a slot (forced
 *   samples cannot push the window below `historyMs`);
 * - points older than `historyMs` (relative to the newest) are never returned.
 */
import type { MemorySample } from './types.js';

/** One point of history: the figures a chart needs. Sizes in bytes, times in epoch ms. */
export interface HistoryPoint {
  time: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  arrayBuffers: number;
  limit: number;
  heapLimit: number;
  rssPercent: number;
  heapPercent: number;
  eventLoopDelayP99Ms: number;
  eventLoopUtilization: number;
  gcCount: number;
  gcTimeMs: number;
  /** Live connections of the ConnectionManager, or null when none is watched. */
  connections: number | null;
}

const FIELDS = [
  'time',
  'rss',
  'heapUsed',
  'heapTotal',
  'external',
  'arrayBuffers',
  'limit',
  'heapLimit',
  'rssPercent',
  'heapPercent',
  'eventLoopDelayP99Ms',
  'eventLoopUtilization',
  'gcCount',
  'gcTimeMs',
  'connections',
] as const satisfies readonly (keyof HistoryPoint)[];

export class History {
  readonly capacity: number;
  readonly historyMs: number;
  readonly minSpacingMs: number;
  readonly #cols: Float64Array[];
  #next = 0; // slot of the next write
  #size = 0;

  constructor(historyMs: number, minIntervalMs: number) {
    this.historyMs = historyMs;
    this.minSpacingMs = minIntervalMs / 2;
    this.capacity = Math.ceil(historyMs / minIntervalMs) + 1;
    this.#cols = FIELDS.map(() => new Float64Array(this.capacity));
  }

  get size(): number {
    return this.#size;
  }

  /** Bytes held by the columns (fixed). */
  get bytes(): number {
    return this.capacity * FIELDS.length * 8;
  }

  push(s: MemorySample): void {
    const cols = this.#cols;
    let slot = this.#next;
    if (this.#size > 0) {
      const last = (this.#next - 1 + this.capacity) % this.capacity;
      if (s.time - (cols[0] as Float64Array)[last]! < this.minSpacingMs) slot = last;
    }
    const values = [
      s.time,
      s.rss,
      s.heapUsed,
      s.heapTotal,
      s.external,
      s.arrayBuffers,
      s.limit,
      s.heapLimit,
      s.rssPercent,
      s.heapPercent,
      s.eventLoop.delayP99Ms,
      s.eventLoop.utilization,
      s.gc.count,
      s.gc.timeMs,
      s.connections ? s.connections.live : NaN,
    ];
    for (let i = 0; i < values.length; i++) (cols[i] as Float64Array)[slot] = values[i] as number;
    if (slot === this.#next) {
      this.#next = (slot + 1) % this.capacity;
      if (this.#size < this.capacity) this.#size++;
    }
  }

  /** Points in time order, newer than `sinceMs` (epoch ms) and within `historyMs`. */
  points(sinceMs = -Infinity): HistoryPoint[] {
    const out: HistoryPoint[] = [];
    if (this.#size === 0) return out;
    const cols = this.#cols;
    const time = cols[0] as Float64Array;
    const newest = time[(this.#next - 1 + this.capacity) % this.capacity] as number;
    const oldest = newest - this.historyMs;
    const start = (this.#next - this.#size + this.capacity) % this.capacity;
    for (let k = 0; k < this.#size; k++) {
      const slot = (start + k) % this.capacity;
      const t = time[slot] as number;
      // strictly newer than `sinceMs` (a client polling with its last timestamp gets no repeat)
      if (t <= sinceMs || t < oldest) continue;
      const p = {} as Record<string, number | null>;
      for (let i = 0; i < FIELDS.length; i++)
        p[FIELDS[i] as string] = (cols[i] as Float64Array)[slot] as number;
      if (Number.isNaN(p.connections)) p.connections = null;
      out.push(p as unknown as HistoryPoint);
    }
    return out;
  }

  clear(): void {
    this.#next = 0;
    this.#size = 0;
  }
}
