/**
 * InstanceCounter: live instances per type, counted without walking the heap.
 *
 * `track(obj, type)` increments the type's count and registers the object with a
 * FinalizationRegistry whose held value is the type string; when V8 collects the object the
 * count goes down. The registry holds the object weakly, so tracking never keeps anything
 * alive. Counts drop some time after collection (finalizers run when V8 gets to them, never
 * synchronously), so treat them as a trend, not an exact census.
 */
import { checkKnownKeys, optionError } from '../internal/options.js';

export interface InstanceCounts {
  /** Live (tracked and not yet finalized) per type. */
  live: Record<string, number>;
  /** Ever tracked per type. */
  tracked: Record<string, number>;
}

export class InstanceCounter {
  readonly #live = new Map<string, number>();
  readonly #tracked = new Map<string, number>();
  readonly #registry = new FinalizationRegistry<string>((type) => {
    const n = (this.#live.get(type) ?? 1) - 1;
    // zero counts stay as entries: types are few (code-defined), and a 0 is informative
    this.#live.set(type, n < 0 ? 0 : n);
  });
  readonly #seen = new WeakSet<object>();

  /**
   * Takes no options; an options object with any key in it is refused (TypeError, code
   * LEAKGUARD_INVALID_OPTION) rather than silently ignored.
   */
  constructor(options?: Record<string, never>) {
    if (options !== undefined && (options === null || typeof options !== 'object'))
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, []);
  }

  /**
   * Counts `obj` as a live instance of `type` until it is collected. Returns `obj`. Tracking
   * the same object twice counts it once. `type` should come from code (a class name), not
   * from data: every distinct type is a map entry for the life of the counter.
   */
  track<T extends object>(obj: T, type?: string): T {
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
      throw optionError('obj', 'an object', obj);
    const t = type ?? (obj as { constructor?: { name?: string } }).constructor?.name ?? 'Object';
    if (typeof t !== 'string' || t === '') throw optionError('type', 'a non-empty string', type);
    if (this.#seen.has(obj)) return obj;
    this.#seen.add(obj);
    this.#registry.register(obj, t);
    this.#live.set(t, (this.#live.get(t) ?? 0) + 1);
    this.#tracked.set(t, (this.#tracked.get(t) ?? 0) + 1);
    return obj;
  }

  /** Live instances per type. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.#live);
  }

  /** Live and ever-tracked counts per type. */
  stats(): InstanceCounts {
    return { live: Object.fromEntries(this.#live), tracked: Object.fromEntries(this.#tracked) };
  }
}
