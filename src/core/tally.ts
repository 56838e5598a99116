/**
 * Counters and set indices keyed by owner, service, tag.
 *
 * Why not a plain Map with `delete` at zero: in V8, deleting a key from a large Map and adding
 * it back soon after costs O(size) each time. A server whose players join and leave does
 * exactly that with its owner keys; `npm run bench core` (3. disposeOwner with 100k vs 1k other
 * connections) is the figure that grows with the map without this. So entries that reach zero (or an empty set) stay, and are pruned in bulk
 * once they are more than half the map: memory stays within twice the live keys, and the cost
 * is O(1) amortized.
 */

const PRUNE_MIN = 64;

export class Tally<K> {
  readonly #map = new Map<K, number>();
  #zeros = 0;

  add(key: K, d: number): void {
    const map = this.#map;
    const before = map.get(key);
    const n = (before ?? 0) + d;
    map.set(key, n);
    if (before === 0 && n !== 0) this.#zeros--;
    else if (n === 0 && before !== undefined && before !== 0) {
      if (++this.#zeros > PRUNE_MIN && this.#zeros * 2 > map.size) this.#prune();
    }
  }

  get(key: K): number {
    return this.#map.get(key) ?? 0;
  }

  /** Keys with a non-zero count. */
  get size(): number {
    return this.#map.size - this.#zeros;
  }

  *entries(): Generator<[K, number]> {
    for (const e of this.#map) if (e[1] !== 0) yield e;
  }

  #prune(): void {
    for (const [k, v] of this.#map) if (v === 0) this.#map.delete(k);
    this.#zeros = 0;
  }
}

export class SetIndex<K, V> {
  readonly #map = new Map<K, Set<V>>();
  #empty = 0;

  add(key: K, v: V): void {
    let set = this.#map.get(key);
    if (set === undefined) this.#map.set(key, (set = new Set()));
    else if (set.size === 0) this.#empty--;
    set.add(v);
  }

  delete(key: K, v: V): void {
    const set = this.#map.get(key);
    if (set === undefined || !set.delete(v) || set.size !== 0) return;
    if (++this.#empty > PRUNE_MIN && this.#empty * 2 > this.#map.size) this.#prune();
  }

  get(key: K): Set<V> | undefined {
    const set = this.#map.get(key);
    return set !== undefined && set.size > 0 ? set : undefined;
  }

  *sets(): Generator<Set<V>> {
    for (const set of this.#map.values()) if (set.size > 0) yield set;
  }

  #prune(): void {
    for (const [k, set] of this.#map) if (set.size === 0) this.#map.delete(k);
    this.#empty = 0;
  }
}
