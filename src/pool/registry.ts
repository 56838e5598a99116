/**
 * PoolRegistry: the process-wide list of live pools. Every pool registers itself unless told
 * not to, and leaves on `destroy()`/`close()`, so the registry never keeps a dead pool alive.
 * Monitors, HTTP endpoints and dashboards read `list()` and listen to `leaked`.
 */
import { Signal } from '../core/index.js';
import type { ReadonlySignal } from '../core/index.js';
import type { Connection } from '../core/index.js';
import type { PoolLeakEvent } from './leaks.js';
import type { ObjectPoolStats, ResourcePoolStats } from './stats.js';

/** What the registry needs from a pool; both ObjectPool and ResourcePool implement it. */
export interface RegisteredPool {
  readonly name: string;
  readonly kind: 'object' | 'resource';
  stats(): ObjectPoolStats | ResourcePoolStats;
  readonly leaked: ReadonlySignal<[PoolLeakEvent]>;
}

/** One row of `list()`. */
export interface PoolInfo {
  /** Unique for the life of the process (names need not be unique). */
  id: number;
  name: string;
  kind: 'object' | 'resource';
  stats: ObjectPoolStats | ResourcePoolStats;
}

interface Entry {
  id: number;
  forward: Connection;
}

let nextId = 1;

export class PoolRegistry {
  readonly #leaked = new Signal<[PoolLeakEvent]>({ name: 'PoolRegistry.leaked' });
  /** Every leak event of every registered pool (`event.pool` names the pool). */
  readonly leaked: ReadonlySignal<[PoolLeakEvent]> = this.#leaked;
  readonly #added = new Signal<[RegisteredPool]>({ name: 'PoolRegistry.added' });
  /** Fired after a pool registers. */
  readonly added: ReadonlySignal<[RegisteredPool]> = this.#added;
  readonly #removed = new Signal<[RegisteredPool]>({ name: 'PoolRegistry.removed' });
  /** Fired after a pool leaves (destroyed, closed or unregistered). */
  readonly removed: ReadonlySignal<[RegisteredPool]> = this.#removed;
  readonly #pools = new Map<RegisteredPool, Entry>();

  /** Registers a pool (idempotent); returns the function that unregisters it. */
  register(pool: RegisteredPool): () => boolean {
    if (!this.#pools.has(pool)) {
      const forward = pool.leaked.connect((e) => this.#leaked.fire(e));
      this.#pools.set(pool, { id: nextId++, forward });
      this.#added.fire(pool);
    }
    return () => this.unregister(pool);
  }

  /** Removes a pool; returns false when it was not registered. */
  unregister(pool: RegisteredPool): boolean {
    const e = this.#pools.get(pool);
    if (e === undefined) return false;
    this.#pools.delete(pool);
    e.forward.dispose();
    this.#removed.fire(pool);
    return true;
  }

  has(pool: RegisteredPool): boolean {
    return this.#pools.has(pool);
  }

  /** Number of registered pools. */
  get size(): number {
    return this.#pools.size;
  }

  /** The registered pools, in registration order. */
  pools(): RegisteredPool[] {
    return [...this.#pools.keys()];
  }

  /** The first registered pool with this name. */
  get(name: string): RegisteredPool | undefined {
    for (const p of this.#pools.keys()) if (p.name === name) return p;
    return undefined;
  }

  /** Id, name, kind and a fresh `stats()` of every registered pool (JSON-safe). */
  list(): PoolInfo[] {
    const out: PoolInfo[] = [];
    for (const [pool, e] of this.#pools)
      out.push({ id: e.id, name: pool.name, kind: pool.kind, stats: pool.stats() });
    return out;
  }

  /**
   * Stats of every registered pool keyed by name (a second pool with the same name gets `#2`):
   * the `{ stats() }` shape MemoryMonitor's `pools` option reads, so
   * `new MemoryMonitor({ pools: getPoolRegistry() })` works as is.
   */
  stats(): Record<string, { name: string; [field: string]: unknown }> {
    const out: Record<string, { name: string; [field: string]: unknown }> = {};
    for (const pool of this.#pools.keys()) {
      let key = pool.name;
      for (let i = 2; key in out; i++) key = `${pool.name}#${i}`;
      out[key] = { ...pool.stats(), name: pool.name };
    }
    return out;
  }

  /** Whether anyone listens to `leaked` (pools log unheard leaks to the console instead). */
  get heard(): boolean {
    return this.leaked.size > 0;
  }
}

const KEY = Symbol.for('leakguard.poolRegistry');

/**
 * The process-wide registry. Kept on `globalThis` under a registered symbol, so two copies of
 * leakguard loaded in one process (a bundled one and a node_modules one) still share it.
 */
export function getPoolRegistry(): PoolRegistry {
  const g = globalThis as { [KEY]?: PoolRegistry };
  return (g[KEY] ??= new PoolRegistry());
}
