/**
 * Active alerts with exponential back-off of repeats.
 *
 * Each evaluation passes the full list of conditions that hold now. For each key:
 * - new key: it becomes active and is emitted at once;
 * - still holding: `lastSeen`, `count`, value and message are updated; it is emitted again
 *   only when its back-off has passed (30 s, then 60, 120, 240, capped at 300 s by default),
 *   or at once when its level rises (a warning that becomes critical is news);
 * - missing from the list: the condition cleared, the alert leaves and its back-off resets, so
 *   the next occurrence is emitted at once.
 * Memory is bounded by the number of distinct conditions holding at the same time.
 */
import type { Alert, AlertLevel } from './types.js';

/** A condition that holds at this evaluation. */
export interface AlertCondition {
  key: string;
  level: AlertLevel;
  message: string;
  value: number;
  threshold: number;
}

const RANK: Record<AlertLevel, number> = { info: 0, warning: 1, critical: 2 };

interface Entry {
  alert: Alert;
  /** Highest level emitted since the last emission's back-off started. */
  emittedLevel: AlertLevel;
  nextEmitAt: number;
  backoffMs: number;
}

export class AlertBook {
  readonly #initialMs: number;
  readonly #maxMs: number;
  readonly #active = new Map<string, Entry>();

  constructor(initialBackoffMs: number, maxBackoffMs: number) {
    this.#initialMs = initialBackoffMs;
    this.#maxMs = maxBackoffMs;
  }

  /**
   * Applies the conditions holding at `now`. Returns the alerts to emit (new, escalated or
   * past their back-off) and the keys that cleared.
   */
  update(conditions: readonly AlertCondition[], now: number): { emit: Alert[]; cleared: Alert[] } {
    const emit: Alert[] = [];
    const seen = new Set<string>();
    for (const c of conditions) {
      if (seen.has(c.key)) continue; // first condition for a key wins
      seen.add(c.key);
      const e = this.#active.get(c.key);
      if (e === undefined) {
        const alert: Alert = { ...c, firstSeen: now, lastSeen: now, count: 1 };
        this.#active.set(c.key, {
          alert,
          emittedLevel: c.level,
          nextEmitAt: now + this.#initialMs,
          backoffMs: this.#initialMs,
        });
        emit.push({ ...alert });
        continue;
      }
      const a = e.alert;
      a.level = c.level;
      a.message = c.message;
      a.value = c.value;
      a.threshold = c.threshold;
      a.lastSeen = now;
      a.count++;
      if (RANK[c.level] > RANK[e.emittedLevel]) {
        // escalation: emit now, keep the current back-off step
        e.emittedLevel = c.level;
        e.nextEmitAt = now + e.backoffMs;
        emit.push({ ...a });
      } else if (now >= e.nextEmitAt) {
        e.backoffMs = Math.min(e.backoffMs * 2, this.#maxMs);
        e.nextEmitAt = now + e.backoffMs;
        e.emittedLevel = c.level;
        emit.push({ ...a });
      }
    }
    const cleared: Alert[] = [];
    if (seen.size !== this.#active.size)
      for (const [key, e] of this.#active)
        if (!seen.has(key)) {
          this.#active.delete(key);
          cleared.push(e.alert);
        }
    return { emit, cleared };
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
  }
}
