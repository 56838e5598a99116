/**
 * Outbox: the messages waiting for an away player, bounded by count, bytes and age.
 *
 * Invariants:
 * - order of delivery is order of `push` (a FIFO with a moving head; compacted when the dead
 *   prefix is larger than the live part, so a long-lived outbox never grows by itself);
 * - `count <= maxMessages` and `bytes <= maxBytes` after every push: the OLDEST messages are
 *   dropped to make room (the newest state is what a returning player needs);
 * - every message that leaves other than by `shift()` is reported to `onDrop` with a reason —
 *   nothing is lost silently;
 * - the session drops its outbox object as soon as it is empty (`empty`), so an idle player
 *   costs nothing here.
 */

/** An encoded message: what goes on the wire, its size, and when it was queued. */
export interface Queued {
  data: string | Buffer;
  bytes: number;
  /** `Date.now()` when queued. */
  at: number;
}

export type DropReason =
  | 'outbox-count'
  | 'outbox-bytes'
  | 'too-large'
  | 'expired'
  | 'backpressure'
  | 'session-ended'
  | 'no-session'
  | 'store-unavailable';

export class Outbox {
  #items: (Queued | undefined)[] = [];
  #head = 0;
  /** Bytes of the queued messages. */
  bytes = 0;

  get count(): number {
    return this.#items.length - this.#head;
  }

  get empty(): boolean {
    return this.#items.length === this.#head;
  }

  /**
   * Queues `q`, dropping the oldest messages when a bound is passed. A message bigger than
   * `maxBytes` on its own is refused (`too-large`) rather than emptying the queue for it.
   */
  push(
    q: Queued,
    maxMessages: number,
    maxBytes: number,
    onDrop: (reason: DropReason, count: number, bytes: number) => void,
  ): void {
    if (q.bytes > maxBytes) {
      onDrop('too-large', 1, q.bytes);
      return;
    }
    this.#items.push(q);
    this.bytes += q.bytes;
    if (this.count > maxMessages) {
      const d = this.#dropOldest(this.count - maxMessages);
      onDrop('outbox-count', 1, d);
    }
    if (this.bytes > maxBytes) {
      let n = 0;
      let b = 0;
      while (this.bytes > maxBytes) {
        b += this.#dropOldest(1);
        n++;
      }
      onDrop('outbox-bytes', n, b);
    }
  }

  /** The oldest message, removed. */
  shift(): Queued | undefined {
    if (this.empty) return undefined;
    const q = this.#items[this.#head] as Queued;
    this.#items[this.#head++] = undefined;
    this.bytes -= q.bytes;
    this.#compact();
    return q;
  }

  /** Puts back a message taken by `shift()` (delivery could not start). */
  unshift(q: Queued): void {
    if (this.#head > 0) this.#items[--this.#head] = q;
    else this.#items.unshift(q);
    this.bytes += q.bytes;
  }

  /** Drops the messages queued before `cutoff` (`Date.now()` based); returns [count, bytes]. */
  expire(cutoff: number): [number, number] {
    let n = 0;
    let b = 0;
    // Queued in time order, so the expired ones are a prefix.
    while (!this.empty && (this.#items[this.#head] as Queued).at < cutoff) {
      b += this.#dropOldest(1);
      n++;
    }
    return [n, b];
  }

  /** Removes and returns every message, oldest first. */
  drain(): Queued[] {
    const r = this.#items.slice(this.#head) as Queued[];
    this.clear();
    return r;
  }

  /** Empties the outbox; returns [count, bytes] of what was in it. */
  clear(): [number, number] {
    const r: [number, number] = [this.count, this.bytes];
    this.#items = [];
    this.#head = 0;
    this.bytes = 0;
    return r;
  }

  #dropOldest(n: number): number {
    let b = 0;
    for (let i = 0; i < n && !this.empty; i++) {
      const q = this.#items[this.#head] as Queued;
      this.#items[this.#head++] = undefined;
      b += q.bytes;
    }
    this.bytes -= b;
    this.#compact();
    return b;
  }

  #compact(): void {
    if (this.#head === this.#items.length) {
      this.#items = [];
      this.#head = 0;
    } else if (this.#head > 32 && this.#head * 2 > this.#items.length) {
      this.#items = this.#items.slice(this.#head);
      this.#head = 0;
    }
  }
}
