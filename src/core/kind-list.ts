/**
 * The live connections of one kind, for a ConnectionManager (`disposeKind`, `stats().byKind`,
 * `connections({ kind })`, `sweepStale`).
 *
 * Most connections sit in an intrusive LinkedList (src/internal/list.ts) through their own
 * `_prev`/`_next`: no per-entry allocation, O(1) removal, creation order (the head is the
 * oldest). Signal listeners use those two links for their signal's listener list, so they sit
 * in a Set beside it. Both alternatives were measured and lost (bench/core.ts): a second pair
 * of links on Connection made "heap per connection beyond the raw listener" 157-158 bytes
 * (target <= 150, 141 with one pair); keeping a signal's listeners in an array (slot in
 * `_event`) made "Signal disconnect" at 100k listeners 730-1650 ns against 290-930 ns for the
 * list in the same minutes, putting its 10x target at risk.
 */
import { ConnType, type Connection } from './connection.js';
import { LinkedList } from '../internal/list.js';

/** @internal The live connections of one kind, in a ConnectionManager's `_kinds`. */
export class KindList {
  /** Everything but signal listeners, oldest first. */
  readonly conns = new LinkedList<Connection>();
  /** Signal listeners (their `_prev`/`_next` belong to their signal). */
  signals: Set<Connection> | null = null;

  get count(): number {
    return this.conns.size + (this.signals === null ? 0 : this.signals.size);
  }

  add(c: Connection): void {
    if (c._type === ConnType.Signal) (this.signals ??= new Set()).add(c);
    else this.conns.push(c);
  }

  remove(c: Connection): void {
    if (c._type === ConnType.Signal) (this.signals as Set<Connection>).delete(c);
    else this.conns.remove(c);
  }

  /** The first live connection, to dispose while the list shrinks. */
  first(): Connection | null {
    if (this.conns.head !== null) return this.conns.head;
    if (this.signals !== null) for (const c of this.signals) return c;
    return null;
  }

  /** Every connection, oldest first within each part. */
  *[Symbol.iterator](): Generator<Connection> {
    yield* this.conns;
    if (this.signals !== null) yield* this.signals;
  }
}
