/**
 * Errors thrown by watched objects (`connections`, `pools`, `sessions` stats()), logged once
 * per distinct error and counted after that. A broken `stats()` throws the same error at every
 * sample; logging its stack each time (every 5 s under pressure) buried the logs and cost more
 * than the sample. Memory is bounded: at most MAX_KEPT distinct errors, the oldest dropped
 * first (one that comes back after being dropped is logged again).
 */
import { reportError } from '../internal/errors.js';

/** One distinct error from a watched object, as `status().readErrors` shows it. */
export interface ReadError {
  /** What was read: `connections`, `pools`, `sessions` or `connections.leakSuspects`. */
  source: string;
  /** `Name: message` of what was thrown. */
  message: string;
  /** Times it was thrown; only the first was logged (with its stack). */
  count: number;
  /** Monitor clock (epoch ms) of the first and the latest time. */
  firstSeen: number;
  lastSeen: number;
}

const MAX_KEPT = 20;

export class ReadErrors {
  readonly #byKey = new Map<string, ReadError>();

  /** Records `error` thrown while reading `source`; logs it when it is new. */
  add(source: string, error: unknown, now: number, context: string): void {
    const message = describe(error);
    const key = `${source}\n${message}`;
    const seen = this.#byKey.get(key);
    if (seen !== undefined) {
      seen.count++;
      seen.lastSeen = now;
      return;
    }
    if (this.#byKey.size >= MAX_KEPT) this.#byKey.delete(this.#byKey.keys().next().value!);
    this.#byKey.set(key, { source, message, count: 1, firstSeen: now, lastSeen: now });
    reportError(error, context);
  }

  /** Copies, oldest first. */
  list(): ReadError[] {
    const out: ReadError[] = [];
    for (const e of this.#byKey.values()) out.push({ ...e });
    return out;
  }
}

function describe(e: unknown): string {
  try {
    return e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  } catch {
    return Object.prototype.toString.call(e); // String() throws on e.g. Object.create(null)
  }
}
