import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  Lease,
  PoolRegistry,
  ResourcePool,
  type PoolLeakEvent,
  type ResourcePoolOptions,
} from '../../src/pool/index.js';
import { collect } from '../helpers/gc.js';

interface Conn {
  id: number;
}

const tick = () => new Promise((r) => setImmediate(r));

/** A pool that records its lifecycle: create/destroy/validate of numbered resources. */
function make(extra: Partial<ResourcePoolOptions<Conn>> = {}) {
  let ids = 0;
  const log: string[] = [];
  const pools: ResourcePool<Conn>[] = [];
  const pool = new ResourcePool<Conn>({
    name: 'db',
    create: () => {
      const c = { id: ++ids };
      log.push(`create ${c.id}`);
      return c;
    },
    destroy: (c) => {
      log.push(`destroy ${c.id}`);
    },
    max: 2,
    registry: new PoolRegistry(),
    checkIntervalMs: 0,
    ...extra,
  });
  pools.push(pool);
  return { pool, log };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ResourcePool: options', () => {
  it.each<[object, string]>([
    [{ destroy: () => {} }, 'Expected `create` to be a function, got `undefined` (undefined)'],
    [{ create: () => 1 }, 'Expected `destroy` to be a function, got `undefined` (undefined)'],
    [
      { create: () => 1, destroy: () => {}, max: 0 },
      'Expected `max` to be a positive integer, got `0` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, min: 5, max: 2 },
      'Expected `min` to be an integer <= `max` (2), got `5` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, acquireTimeoutMs: -1 },
      'Expected `acquireTimeoutMs` to be a non-negative number, got `-1` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, order: 'random' },
      "Expected `order` to be 'lifo' or 'fifo', got `\"random\"` (string)",
    ],
    [
      { create: () => 1, destroy: () => {}, createRetry: { attempts: 0 } },
      'Expected `createRetry.attempts` to be a positive integer, got `0` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, maxLifetimeJitter: 2 },
      'Expected `maxLifetimeJitter` to be a number from 0 to 1, got `2` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, maxUses: 0 },
      'Expected `maxUses` to be a positive integer, got `0` (number)',
    ],
    [
      { create: () => 1, destroy: () => {}, acquireTimeout: 5 },
      'Unknown option `acquireTimeout`; did you mean `acquireTimeoutMs`?',
    ],
    [
      { create: () => 1, destroy: () => {}, retry: { attempts: 2 } },
      'Unknown option `retry`; did you mean `createRetry`?',
    ],
    [
      { create: () => 1, destroy: () => {}, createRetry: { attempt: 2 } },
      'Unknown option `createRetry.attempt`; did you mean `createRetry.attempts`?',
    ],
  ])('%o', (opts, message) => {
    expect(() => new ResourcePool(opts as never)).toThrow(message);
  });

  it('acquire() and close() refuse unknown keys too', async () => {
    const pool = new ResourcePool({ create: () => 1, destroy: () => {} });
    await expect(pool.acquire({ signl: undefined } as never)).rejects.toThrow(
      'Unknown option `signl`; did you mean `signal`?',
    );
    expect(() => pool.close({ timeout: 5 } as never)).toThrow('did you mean `timeoutMs`?');
    expect(pool.stats().borrowed).toBe(0);
    await pool.close();
  });
});

describe('ResourcePool: leases', () => {
  it('lends, reuses and records the lifecycle in order', async () => {
    const { pool, log } = make();
    const a = await pool.acquire();
    expect(a).toBeInstanceOf(Lease);
    const conn = a.value;
    expect(conn).toEqual({ id: 1 });
    a.release();
    const b = await pool.acquire();
    expect(b.value).toBe(conn);
    b.release();
    await pool.close();
    expect(log).toEqual(['create 1', 'destroy 1']);
    expect(pool.stats()).toMatchObject({
      created: 1,
      destroyed: 1,
      acquired: 2,
      released: 2,
      reuseRate: 0.5,
    });
  });

  it('releasing a lease twice is harmless, and the ended lease refuses `value`', async () => {
    const { pool } = make({ max: 1 });
    const a = await pool.acquire();
    a.release();
    const b = await pool.acquire(); // same resource, new lease
    a.release(); // must NOT release b's borrow
    expect(pool.stats().borrowed).toBe(1);
    expect(() => a.value).toThrow(expect.objectContaining({ code: 'LEAKGUARD_POOL_LEASE_ENDED' }));
    expect(a.active).toBe(false);
    expect(b.active).toBe(true);
    b.release();
    b.release();
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 1, released: 2 });
    await pool.close();
  });

  it('lease.destroy() destroys a broken resource and a new one is made', async () => {
    const { pool, log } = make({ max: 1 });
    const a = await pool.acquire();
    a.destroy();
    const b = await pool.acquire();
    expect(b.value.id).toBe(2);
    b.release();
    await pool.close();
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2', 'destroy 2']);
  });

  it('works with `await using`', async () => {
    const { pool } = make();
    {
      await using lease = await pool.acquire();
      expect(pool.stats().borrowed).toBe(1);
      expect(lease.value.id).toBe(1);
    }
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 1 });
    {
      using lease = await pool.acquire();
      expect(lease.active).toBe(true);
    }
    expect(pool.stats().borrowed).toBe(0);
    await pool.close();
  });

  it('waiters are served in FIFO order as resources come back, and their wait is timed', async () => {
    let now = 1000;
    const { pool } = make({ max: 1, clock: () => now });
    const first = await pool.acquire();
    const order: number[] = [];
    const waits = [1, 2, 3].map((n) =>
      pool.acquire().then((l) => {
        order.push(n);
        return l;
      }),
    );
    await tick();
    expect(pool.stats().waiting).toBe(3);
    now += 40;
    first.release();
    for (const w of waits) {
      const lease = await w;
      now += 10;
      lease.release();
    }
    expect(order).toEqual([1, 2, 3]);
    const s = pool.stats();
    // the first acquire did not wait; the others waited 40, 50 and 60 ms on the pool's clock
    expect(s.waitTime).toMatchObject({ count: 4, minMs: 0, maxMs: 60, meanMs: 37.5 });
    expect(s.usageTime.count).toBe(4);
    await pool.close();
  });

  it('order: lifo lends the most recently returned, fifo the oldest', async () => {
    for (const order of ['lifo', 'fifo'] as const) {
      const { pool } = make({ order, max: 3 });
      const ls = await Promise.all([pool.acquire(), pool.acquire(), pool.acquire()]);
      for (const l of ls) l.release(); // returned 1, 2, 3
      const next = await pool.acquire();
      expect(next.value.id).toBe(order === 'lifo' ? 3 : 1);
      next.release();
      await pool.close();
    }
  });

  it('keeps `min` resources filled, at start and after destroys', async () => {
    const { pool, log } = make({ min: 2, max: 3 });
    await tick();
    expect(pool.stats()).toMatchObject({ idle: 2, created: 2 });
    const a = await pool.acquire();
    a.destroy();
    await tick();
    expect(pool.stats()).toMatchObject({ idle: 2, created: 3 });
    await pool.close();
    expect(log.filter((l) => l.startsWith('destroy'))).toHaveLength(3);
  });
});

describe('ResourcePool: timeouts, aborts, retirement', () => {
  it('acquireTimeoutMs is on by default (30 s) and rejects with a clear error', async () => {
    vi.useFakeTimers();
    const { pool } = make({ max: 1 });
    const a = await pool.acquire();
    const w = pool.acquire();
    const caught = w.catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(29_000);
    expect(pool.stats().waiting).toBe(1);
    await vi.advanceTimersByTimeAsync(1_500);
    expect(await caught).toMatchObject({
      code: 'LEAKGUARD_POOL_ACQUIRE_TIMEOUT',
      message: expect.stringContaining(
        "Timed out after 30000 ms waiting for a resource from pool 'db'",
      ),
    });
    expect(pool.stats()).toMatchObject({ waiting: 0, acquireTimeouts: 1 });
    a.release();
    expect(pool.stats()).toMatchObject({ idle: 1, borrowed: 0 }); // nothing dropped
    vi.useRealTimers();
    await pool.close();
  });

  it('a waiter that aborts leaves the queue, and the resource goes to the next one', async () => {
    const { pool } = make({ max: 1 });
    const a = await pool.acquire();
    const ac = new AbortController();
    const aborted = pool.acquire({ signal: ac.signal }).catch((e: unknown) => e);
    const next = pool.acquire();
    await tick();
    ac.abort();
    expect(await aborted).toMatchObject({ name: 'AbortError' });
    a.release();
    const b = await next;
    expect(b.value.id).toBe(1);
    expect(pool.stats()).toMatchObject({ acquireAborts: 1, waiting: 0, borrowed: 1 });
    b.release();
    await expect(pool.acquire({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    await pool.close();
  });

  it('a signal that cannot take a listener rejects the call and leaves no waiter behind', async () => {
    const { pool } = make({ max: 1 });
    const a = await pool.acquire();
    const broken = { aborted: false } as unknown as AbortSignal; // no addEventListener
    await expect(pool.acquire({ signal: broken })).rejects.toBeInstanceOf(TypeError);
    expect(pool.stats().waiting).toBe(0);
    a.release();
    expect(pool.stats()).toMatchObject({ idle: 1, borrowed: 0 }); // not handed to a ghost
    await pool.close();
  });

  it('idle resources past idleTimeoutMs are destroyed, never below min', async () => {
    let now = 0;
    vi.useFakeTimers();
    const { pool, log } = make({
      min: 1,
      max: 3,
      idleTimeoutMs: 1000,
      checkIntervalMs: 100,
      clock: () => now,
    });
    const ls = await Promise.all([pool.acquire(), pool.acquire(), pool.acquire()]);
    for (const l of ls) l.release();
    now += 1500;
    await vi.advanceTimersByTimeAsync(200);
    expect(pool.stats()).toMatchObject({ idle: 1, idleEvictions: 2 });
    expect(log.filter((l) => l.startsWith('destroy'))).toHaveLength(2);
    vi.useRealTimers();
    await pool.close();
  });

  it('maxUses and maxLifetimeMs retire resources', async () => {
    let now = 0;
    const { pool, log } = make({
      max: 1,
      maxUses: 2,
      maxLifetimeMs: 1000,
      maxLifetimeJitter: 0,
      clock: () => now,
    });
    (await pool.acquire()).release();
    (await pool.acquire()).release(); // second use: retired
    expect(log).toEqual(['create 1', 'destroy 1']);
    (await pool.acquire()).release();
    now += 1000; // resource 2 expired while idle
    const l = await pool.acquire();
    expect(l.value.id).toBe(3);
    l.release();
    expect(pool.stats().retirements).toBe(2);
    await pool.close();
  });

  it('jitter spreads lifetimes below maxLifetimeMs', async () => {
    let now = 0;
    const { pool } = make({
      max: 20,
      maxLifetimeMs: 1000,
      maxLifetimeJitter: 0.5,
      clock: () => now,
    });
    const ls = await Promise.all(Array.from({ length: 20 }, () => pool.acquire()));
    now = 760; // with jitter up to 50 %, some (but not all) have expired
    for (const l of ls) l.release();
    const s = pool.stats();
    expect(s.retirements).toBeGreaterThan(0);
    expect(s.retirements).toBeLessThan(20);
    await pool.close();
  });

  it('validate runs on every borrow; refused resources are destroyed and replaced', async () => {
    const bad = new Set<number>();
    const { pool, log } = make({ max: 2, validate: async (c) => !bad.has(c.id) });
    const a = await pool.acquire();
    a.release();
    bad.add(1);
    const b = await pool.acquire();
    expect(b.value.id).toBe(2);
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2']);
    expect(pool.stats().validationFailures).toBe(1);
    b.release();
    await pool.close();
  });
});

describe('ResourcePool: leak detection and registry', () => {
  it('reports leaked leases, the late return, and reclaims after reclaimAfterMs', async () => {
    let now = 0;
    const { pool, log } = make({
      max: 1,
      leakAfterMs: 100,
      reclaimAfterMs: 300,
      captureStacks: true,
      clock: () => now,
    });
    const events: PoolLeakEvent[] = [];
    pool.leaked.connect((e) => events.push(e));
    const a = await pool.acquire();
    now = 150;
    expect(pool.checkLeaks()).toBe(1);
    expect(events[0]).toMatchObject({ type: 'leaked', pool: 'db', ageMs: 150 });
    expect(events[0]!.site).toMatch(/resource-pool\.test\.ts:\d+/);
    now = 350;
    pool.checkLeaks();
    expect(events.map((e) => e.type)).toEqual(['leaked', 'reclaimed']);
    expect(log).toEqual(['create 1', 'destroy 1']); // the slot was freed
    const b = await pool.acquire();
    expect(b.value.id).toBe(2);
    a.release(); // late: reported, harmless
    expect(events.map((e) => e.type)).toEqual(['leaked', 'reclaimed', 'returned']);
    expect(() => a.value).toThrow(expect.objectContaining({ code: 'LEAKGUARD_POOL_LEASE_ENDED' }));
    expect(pool.stats()).toMatchObject({
      borrowed: 1,
      leaksDetected: 1,
      reclaimed: 1,
      leaksReturned: 1,
    });
    b.release();
    await pool.close();
  });

  it('trackCollected reports a lease dropped without release and frees its resource', async () => {
    const { pool, log } = make({ max: 1, trackCollected: true });
    const events: PoolLeakEvent[] = [];
    pool.leaked.connect((e) => events.push(e));
    await (async () => {
      await pool.acquire(); // dropped
    })();
    for (let i = 0; i < 10 && events.length === 0; i++) await collect();
    expect(events.map((e) => e.type)).toEqual(['collected']);
    expect(log).toEqual(['create 1', 'destroy 1']);
    const l = await pool.acquire();
    expect(l.value.id).toBe(2);
    l.release();
    await pool.close();
  });

  it('registers with the registry, forwards leaks, lists stats, and leaves on close', async () => {
    const registry = new PoolRegistry();
    const added: string[] = [];
    registry.added.connect((p) => added.push(p.name));
    const { pool } = make({ registry, leakAfterMs: 10, clock: () => 0 });
    const { pool: other } = make({ registry, name: 'cache' });
    expect(added).toEqual(['db', 'cache']);
    expect(registry.list().map((p) => [p.name, p.kind, (p.stats as { max?: number }).max])).toEqual(
      [
        ['db', 'resource', 2],
        ['cache', 'resource', 2],
      ],
    );
    expect(registry.get('cache')).toBe(other);
    expect(JSON.parse(JSON.stringify(registry.list()))[0].stats.waitTime).toMatchObject({
      count: 0,
    });
    await pool.close();
    expect(registry.pools()).toEqual([other]);
    await other.close();
    expect(registry.size).toBe(0);
  });
});
