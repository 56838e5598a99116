/**
 * Lease<T>: the handle `ResourcePool.acquire()` resolves with. Releasing goes through the
 * handle, not the raw resource, so releasing twice is harmless: the handle remembers which
 * lend of its slot it stands for (`seq`), and once that lend is over every call is a no-op.
 * The slot keeps no reference to its lease, so a lease a caller drops can be collected (and
 * reported, with `trackCollected`).
 */
import { poolError } from './errors.js';

/** @internal What a lease needs from its pool. */
export interface LeaseOwner<T> {
  readonly name: string;
  _release(lease: Lease<T>, slot: LeaseSlot<T>, broken: boolean): void;
  _stale(lease: Lease<T>, slot: LeaseSlot<T>): void;
}

/** @internal The part of a pool slot a lease reads. */
export interface LeaseSlot<T> {
  value: T;
  /** Incremented on every lend and whenever a lend ends without the lease (reclaim, close). */
  seq: number;
}

export class Lease<T> {
  /** @internal */ readonly _pool: LeaseOwner<T>;
  /** @internal */ _slot: LeaseSlot<T> | null;
  /** @internal */ readonly _seq: number;

  /** @internal Made by ResourcePool only. */
  constructor(pool: LeaseOwner<T>, slot: LeaseSlot<T>) {
    this._pool = pool;
    this._slot = slot;
    this._seq = slot.seq;
  }

  /** The resource. Throws `LEAKGUARD_POOL_LEASE_ENDED` once the lease is over. */
  get value(): T {
    const s = this._slot;
    if (s === null || s.seq !== this._seq)
      throw poolError(
        'LEAKGUARD_POOL_LEASE_ENDED',
        `This lease on pool '${this._pool.name}' has ended (released, written off or force-closed); acquire a new one`,
      );
    return s.value;
  }

  /** Whether this lease still holds its resource. */
  get active(): boolean {
    const s = this._slot;
    return s !== null && s.seq === this._seq;
  }

  /** Gives the resource back. Safe to call more than once. */
  release(): void {
    this.#end(false);
  }

  /** Gives the resource back as broken: the pool destroys it (and refills to `min`). */
  destroy(): void {
    this.#end(true);
  }

  [Symbol.dispose](): void {
    this.#end(false);
  }

  [Symbol.asyncDispose](): Promise<void> {
    this.#end(false);
    return Promise.resolve();
  }

  #end(broken: boolean): void {
    const s = this._slot;
    if (s === null) return; // already ended through this handle: harmless
    this._slot = null;
    if (s.seq !== this._seq) this._pool._stale(this, s);
    else this._pool._release(this, s, broken);
  }
}
