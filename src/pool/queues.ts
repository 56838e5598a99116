/**
 * The two queues of ResourcePool: idle resources (LIFO or FIFO) and waiting callers
 * (FIFO, O(1) removal when one aborts).
 */
import { LinkedList } from '../internal/list.js';

/**
 * Idle items. LIFO takes the most recently returned one (keeps a warm working set and lets the
 * rest idle out); FIFO takes the oldest (spreads use evenly). Both push at the back; FIFO
 * takes from a moving head index and compacts now and then, so taking is O(1) amortised.
 */
export class IdleQueue<S> {
  #items: (S | undefined)[] = [];
  #head = 0;
  readonly #lifo: boolean;

  constructor(lifo: boolean) {
    this.#lifo = lifo;
  }

  get size(): number {
    return this.#items.length - this.#head;
  }

  push(s: S): void {
    this.#items.push(s);
  }

  take(): S | undefined {
    const items = this.#items;
    if (items.length === this.#head) return undefined;
    if (this.#lifo) return items.pop();
    const s = items[this.#head];
    items[this.#head++] = undefined;
    if (this.#head === items.length) {
      items.length = 0;
      this.#head = 0;
    } else if (this.#head >= 1024 && this.#head * 2 >= items.length) {
      this.#items = items.slice(this.#head);
      this.#head = 0;
    }
    return s;
  }

  /** Removes and returns the items `drop` selects (oldest first); keeps the others in order. */
  removeWhere(drop: (s: S) => boolean): S[] {
    const kept: S[] = [];
    const out: S[] = [];
    for (let i = this.#head; i < this.#items.length; i++) {
      const s = this.#items[i] as S;
      (drop(s) ? out : kept).push(s);
    }
    this.#items = kept;
    this.#head = 0;
    return out;
  }
}

/** A caller waiting in `acquire()`. */
export class Waiter<L> {
  /** @internal links of the WaiterQueue */ _prev: Waiter<L> | null = null;
  /** @internal */ _next: Waiter<L> | null = null;
  /** Whether it is still queued. */
  queued = false;
  /** The abort listener, when the caller passed a signal. */
  onAbort: (() => void) | null = null;
  /** Stack of the `acquire()` call, when sampled. */
  stack: string | undefined = undefined;
  constructor(
    readonly resolve: (lease: L) => void,
    readonly reject: (error: unknown) => void,
    readonly signal: AbortSignal | undefined,
    /** When it was queued (monotonic clock, ms). */
    readonly start: number,
    /** When it times out (monotonic clock, ms); Infinity = never. */
    readonly deadline: number,
  ) {}
}

/**
 * Waiting callers, oldest first (the shared LinkedList, plus `queued` so that removing a
 * waiter that already left is a no-op). Every waiter has the same timeout, so deadlines are in
 * queue order too: one timer for the head's deadline serves the whole queue.
 */
export class WaiterQueue<L> extends LinkedList<Waiter<L>> {
  override push(w: Waiter<L>): void {
    super.push(w);
    w.queued = true;
  }

  /** Unlinks a queued waiter (O(1)); no-op when it already left. */
  override remove(w: Waiter<L>): void {
    if (!w.queued) return;
    super.remove(w);
    w.queued = false;
  }

  shift(): Waiter<L> | null {
    const w = this.head;
    if (w !== null) this.remove(w);
    return w;
  }
}
