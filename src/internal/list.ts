/**
 * An intrusive doubly linked list: the items carry their own links (`_prev`/`_next`), so
 * adding allocates nothing and removing is O(1) whatever the length. An item is in at most one
 * list at a time through these two fields. Used by the manager's per-kind lists of connections
 * and by the pool's queue of waiting callers. No Node import: core may use it.
 *
 * The two link operations are also plain functions over any object that keeps the list's ends
 * (`head`/`tail`) on itself: a Signal is its own list that way, with no second object to reach
 * through on every fire (its listener count lives apart, next to its leak warning).
 */

/** An item that can sit in a LinkedList. Both links are null while it is in none. */
export interface Linked<T> {
  /** @internal */ _prev: T | null;
  /** @internal */ _next: T | null;
}

/** The two ends of an intrusive list, on whatever object owns the list. */
export interface ListEnds<T extends Linked<T>> {
  head: T | null;
  tail: T | null;
}

/** Appends an item that is in no list. */
export function linkLast<T extends Linked<T>>(ends: ListEnds<T>, item: T): void {
  const t = ends.tail;
  item._prev = t;
  item._next = null;
  if (t === null) ends.head = item;
  else t._next = item;
  ends.tail = item;
}

/** Unlinks an item of this list (the caller knows it is there) and clears its links. */
export function unlink<T extends Linked<T>>(ends: ListEnds<T>, item: T): void {
  const p = item._prev;
  const n = item._next;
  if (p === null) ends.head = n;
  else p._next = n;
  if (n === null) ends.tail = p;
  else n._prev = p;
  item._prev = item._next = null;
}

export class LinkedList<T extends Linked<T>> implements ListEnds<T> {
  /** The oldest item, or null. */
  head: T | null = null;
  /** The newest item, or null. */
  tail: T | null = null;
  size = 0;

  /** Appends an item that is in no list. */
  push(item: T): void {
    linkLast(this, item);
    this.size++;
  }

  /** Unlinks an item of this list (the caller knows it is here) and clears its links. */
  remove(item: T): void {
    unlink(this, item);
    this.size--;
  }

  /** Items oldest first. Removing the current item while iterating is not supported. */
  *[Symbol.iterator](): Generator<T> {
    for (let c = this.head; c !== null; c = c._next) yield c;
  }
}
