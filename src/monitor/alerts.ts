/**
 * Active alerts with exponential back-off of repeats.
 *
 * Each evaluation passes the full list of conditions that hold now. For each key:
 * - new key: it becomes active and is emitted at once;
 * - still holding: `lastSeen`, `count`, value and message are updated; it is emitted again
 *   only when its back-off has passed (30 s, then 60, 120, 240, capped at 300 s by default),
 *   or at once when its level rises (a warning that becomes critical is news);
 * - missing from the list: the condition cleared and the alert leaves, but its back-off is kept
 *   for `resetMs`. A condition that returns within that time is active again at once (a new
 *   alert: `firstSeen`, `count` start over) yet emitted only when its back-off has passed or
 *   its level rises above the last one emitted; after `resetMs` it is new and emitted at once.
 *   Why: with the back-off reset on every clear, a condition toggling between samples fired at
 *   every return — a heap alternating 65 %/85 % of its limit at 5 s samples gave 60 warnings
 *   in 10 minutes.
 * Memory is bounded by the number of distinct conditions holding, or cleared within `resetMs`.
 */
import type { Alert, AlertLevel, HeapSiteSummary } from './types.js';

/** A condition that holds at this evaluation. */
export interface AlertCondition {
  key: string;
  level: AlertLevel;
  message: string;
  value: number;
  threshold: number;
  /** `leak.sites` only: the growing allocation sites (see `profileOnTrend`). */
  heapSites?: HeapSiteSummary[];
}

const RANK: Record<AlertLevel, number> = { info: 0, warning: 1, critical: 2 };

interface Entry {
  alert: Alert;
  /** Highest level emitted since the last emission's back-off started. */
  emittedLevel: AlertLevel;
  nextEmitAt: number;
  backoffMs: number;
}

/** Back-off of a key that cleared, kept until `clearedAt + resetMs`. */
interface Cleared {
  emittedLevel: AlertLevel;
  nextEmitAt: number;
  backoffMs: number;
  clearedAt: number;
}

export class AlertBook {
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #resetMs: number;
  readonly #active = new Map<string, Entry>();
  readonly #cleared = new Map<string, Cleared>();

  /** `resetMs`: how long a cleared key keeps its back-off (ms); 0 forgets it at once. */
  constructor(initialBackoffMs: number, maxBackoffMs: number, resetMs = 0) {
    this.#initialMs = initialBackoffMs;
    this.#maxMs = maxBackoffMs;
    this.#resetMs = resetMs;
  }

  /**
   * Applies the conditions holding at `now`. Returns the alerts to emit (new, escalated or
   * past their back-off) and the keys that cleared.
   */
  update(conditions: readonly AlertCondition[], now: number): { emit: Alert[]; cleared: Alert[] } {
    const emit: Alert[] = [];
    const seen = new Set<string>();
    if (this.#cleared.size > 0)
      for (const [key, c] of this.#cleared)
        if (now - c.clearedAt >= this.#resetMs) this.#cleared.delete(key);
    for (const c of conditions) {
      if (seen.has(c.key)) continue; // first condition for a key wins
      seen.add(c.key);
      const e = this.#active.get(c.key);
      if (e === undefined) {
        const alert: Alert = { ...c, firstSeen: now, lastSeen: now, count: 1 };
        const back = this.#cleared.get(c.key);
        if (back === undefined) {
          this.#active.set(c.key, {
            alert,
            emittedLevel: c.level,
            nextEmitAt: now + this.#initialMs,
            backoffMs: this.#initialMs,
          });
          emit.push({ ...alert });
          continue;
        }
        // back within resetMs: active again, under the back-off it left with
        this.#cleared.delete(c.key);
        const entry: Entry = {
          alert,
          emittedLevel: back.emittedLevel,
          nextEmitAt: back.nextEmitAt,
          backoffMs: back.backoffMs,
        };
        this.#active.set(c.key, entry);
        if (this.#due(entry, c.level, now)) emit.push({ ...alert });
        continue;
      }
      const a = e.alert;
      a.level = c.level;
      a.message = c.message;
      a.value = c.value;
      a.threshold = c.threshold;
      if (c.heapSites !== undefined) a.heapSites = c.heapSites;
      a.lastSeen = now;
      a.count++;
      if (this.#due(e, c.level, now)) emit.push({ ...a });
    }
    const cleared: Alert[] = [];
    if (seen.size !== this.#active.size)
      for (const [key, e] of this.#active)
        if (!seen.has(key)) {
          this.#active.delete(key);
          if (this.#resetMs > 0)
            this.#cleared.set(key, {
              emittedLevel: e.emittedLevel,
              nextEmitAt: e.nextEmitAt,
              backoffMs: e.backoffMs,
              clearedAt: now,
            });
          cleared.push(e.alert);
        }
    return { emit, cleared };
  }

  /** Whether an entry whose condition holds at `level` is emitted now; advances its back-off. */
  #due(e: Entry, level: AlertLevel, now: number): boolean {
    if (RANK[level] > RANK[e.emittedLevel]) {
      // escalation: emit now, keep the current back-off step
      e.emittedLevel = level;
      e.nextEmitAt = now + e.backoffMs;
      return true;
    }
    if (now < e.nextEmitAt) return false;
    e.backoffMs = Math.min(e.backoffMs * 2, this.#maxMs);
    e.nextEmitAt = now + e.backoffMs;
    e.emittedLevel = level;
    return true;
  }

  /** Active alerts (copies), most severe first, then oldest first. */
  list(): Alert[] {
    const out: Alert[] = [];
    for (const e of this.#active.values()) out.push({ ...e.alert });
    return out.sort((a, b) => RANK[b.level] - RANK[a.level] || a.firstSeen - b.firstSeen);
  }

  /** True when an active alert is at `level` or above (no allocation: used on every sample). */
  hasLevel(level: AlertLevel): boolean {
    for (const e of this.#active.values()) if (RANK[e.alert.level] >= RANK[level]) return true;
    return false;
  }

  get size(): number {
    return this.#active.size;
  }

  /** When `key` may be emitted next (epoch ms), or undefined when it is not active. */
  nextEmitAt(key: string): number | undefined {
    return this.#active.get(key)?.nextEmitAt;
  }

  clear(): void {
    this.#active.clear();
    this.#cleared.clear();
  }
}
