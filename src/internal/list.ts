/**
 * An intrusive doubly linked list: the items carry their own links (`_prev`/`_next`), so
 * adding allocates nothing and removing is O(1) whatever the length. An item is in at most one
 * list at a time through these two fields. Used by the manager's per-kind lists of connections
 * and by the pool's queue of waiting callers. No Node import: core may use it.
 */

/** An item that can sit in a LinkedList. Both links are null while it is in none. */
export interface Linked<T> {
  /** @internal */ _prev: T | null;
  /** @internal */ _next: T | null;
}

export class LinkedList<T extends Linked<T>> {
  /** The oldest item, or null. */
  head: T | null = null;
  /** The newest item, or null. */
  tail: T | null = null;
  size = 0;

  /** Appends an item that is in no list. */
  push(item: T): void {
    const t = this.tail;
    item._prev = t;
    item._next = null;
    if (t === null) this.head = item;
    else t._next = item;
    this.tail = item;
    this.size++;
  }

  /** Unlinks an item of this list (the caller knows it is here) and clears its links. */
  remove(item: T): void {
    const p = item._prev;
    const n = item._next;
    if (p === null) this.head = n;
    else p._next = n;
    if (n === null) this.tail = p;
    else n._prev = p;
    item._prev = item._next = null;
    this.size--;
  }

  /** Items oldest first. Removing the current item while iterating is not supported. */
  *[Symbol.iterator](): Generator<T> {
    for (let c = this.head; c !== null; c = c._next) yield c;
  }
}
