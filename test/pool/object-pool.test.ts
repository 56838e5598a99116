import assert from 'node:assert/strict';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ObjectPool, PoolRegistry, type PoolLeakEvent } from '../../src/pool/index.js';
import { collect } from '../helpers/gc.js';

interface Bullet {
  id: number;
  x: number;
}

/** A pool with a controllable clock, no timer and its own registry. */
function make(extra: Partial<ConstructorParameters<typeof ObjectPool<Bullet>>[0]> = {}) {
  let ids = 0;
  const clock = { now: 1000 };
  const log: string[] = [];
  const registry = new PoolRegistry();
  const pool = new ObjectPool<Bullet>({
    name: 'bullets',
    create: () => {
      log.push(`create ${++ids}`);
      return { id: ids, x: 0 };
    },
    reset: (b) => {
      log.push(`reset ${b.id}`);
      b.x = 0;
    },
    destroy: (b) => log.push(`destroy ${b.id}`),
    clock: () => clock.now,
    checkIntervalMs: 0,
    registry,
    strict: true,
    ...extra,
  });
  const events: PoolLeakEvent[] = [];
  pool.leaked.connect((e) => events.push(e));
  return { pool, clock, log, events, registry };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('ObjectPool: options are checked once, with exact messages', () => {
  it.each<[object, string]>([
    [{ create: 1 }, 'Expected `create` to be a function, got `1` (number)'],
    [
      { create: () => ({}), maxSize: -1 },
      'Expected `maxSize` to be a positive integer, got `-1` (number)',
    ],
    [
      { create: () => ({}), maxSize: 1.5 },
      'Expected `maxSize` to be a positive integer, got `1.5` (number)',
    ],
    [
      { create: () => ({}), initialSize: -2 },
      'Expected `initialSize` to be a non-negative integer, got `-2` (number)',
    ],
    [
      { create: () => ({}), initialSize: 5, maxSize: 2 },
      'Expected `initialSize` to be an integer <= `maxSize` (2), got `5` (number)',
    ],
    [
      { create: () => ({}), leakAfterMs: 'x' },
      'Expected `leakAfterMs` to be a non-negative number, got `"x"` (string)',
    ],
    [
      { create: () => ({}), reclaimAfterMs: 5 },
      'Expected `reclaimAfterMs` to be used together with `leakAfterMs`, got `5` (number)',
    ],
    [
      { create: () => ({}), leakAfterMs: 10, reclaimAfterMs: 5 },
      'Expected `reclaimAfterMs` to be a number >= `leakAfterMs` (10), got `5` (number)',
    ],
    [
      { create: () => ({}), captureStacks: 2 },
      'Expected `captureStacks` to be a boolean or a number from 0 to 1, got `2` (number)',
    ],
    [
      { create: () => ({}), autoResize: 'yes' },
      'Expected `autoResize` to be a boolean or an object, got `"yes"` (string)',
    ],
    [
      { create: () => ({}), autoResize: { headroom: -1 } },
      'Expected `autoResize.headroom` to be a non-negative number, got `-1` (number)',
    ],
    [
      { create: () => ({}), markObjects: 1 },
      'Expected `markObjects` to be a boolean, got `1` (number)',
    ],
    [
      { create: () => ({}), registry: {} },
      'Expected `registry` to be a boolean or a PoolRegistry, got `{}` (object)',
    ],
    [{ create: () => ({}), maxsize: 5 }, 'Unknown option `maxsize`; did you mean `maxSize`?'],
    [
      { create: () => ({}), leakAfter: 5 },
      'Unknown option `leakAfter`; did you mean `leakAfterMs`?',
    ],
    [
      { create: () => ({}), autoResize: { window: 1000 } },
      'Unknown option `autoResize.window`; did you mean `autoResize.windowMs`?',
    ],
  ])('%o', (opts, message) => {
    expect(() => new ObjectPool(opts as never)).toThrow(
      expect.objectContaining({ name: 'TypeError', code: 'LEAKGUARD_INVALID_OPTION', message }),
    );
  });
});

describe('ObjectPool: lending', () => {
  it('reuses released objects, resets them, and keeps the lifecycle order', () => {
    const { pool, log } = make();
    const a = pool.acquire();
    a.x = 5;
    pool.release(a);
    const b = pool.acquire();
    expect(b).toBe(a);
    expect(b.x).toBe(0);
    pool.release(b);
    expect(log).toEqual(['create 1', 'reset 1', 'reset 1']);
    expect(pool.stats()).toMatchObject({
      created: 1,
      acquired: 2,
      released: 2,
      borrowed: 0,
      idle: 1,
      size: 1,
      reuseRate: 0.5,
      peakBorrowed: 1,
    });
  });

  it('pre-creates initialSize objects and lends the most recently returned first', () => {
    const { pool } = make({ initialSize: 3 });
    expect(pool.stats()).toMatchObject({ created: 3, idle: 3, borrowed: 0 });
    const a = pool.acquire();
    const b = pool.acquire();
    pool.release(a);
    expect(pool.acquire()).toBe(a);
    pool.release(b);
  });

  it('acquire() is synchronous: it returns the object, never a promise', () => {
    const { pool } = make();
    const b = pool.acquire();
    expect(typeof (b as unknown as { then?: unknown }).then).toBe('undefined');
    expect(b).toMatchObject({ id: 1 });
  });

  it('throws LEAKGUARD_POOL_EXHAUSTED past maxSize, naming the pool and its size', () => {
    const { pool } = make({ maxSize: 2 });
    const a = pool.acquire();
    pool.acquire();
    expect(() => pool.acquire()).toThrow(
      expect.objectContaining({
        code: 'LEAKGUARD_POOL_EXHAUSTED',
        message: "Pool 'bullets' is exhausted: all 2 objects (maxSize) are borrowed",
      }),
    );
    pool.release(a);
    expect(pool.acquire()).toBe(a);
  });

  it('destroys returns beyond maxIdle', () => {
    const { pool, log } = make({ maxIdle: 1 });
    const a = pool.acquire();
    const b = pool.acquire();
    pool.release(a);
    pool.release(b);
    expect(log).toContain('destroy 2');
    expect(pool.stats()).toMatchObject({ idle: 1, destroyed: 1, size: 1 });
  });

  it('rejects create() results that are not new objects', () => {
    const shared = { id: 1, x: 0 };
    const p1 = new ObjectPool({ create: () => 42 as never, registry: false });
    expect(() => p1.acquire()).toThrow(
      expect.objectContaining({
        name: 'TypeError',
        code: 'LEAKGUARD_INVALID_OPTION',
        message: expect.stringContaining("create() of pool '"),
      }),
    );
    const p2 = new ObjectPool({ create: () => shared, registry: false });
    p2.acquire();
    expect(() => p2.acquire()).toThrow(
      expect.objectContaining({
        code: 'LEAKGUARD_INVALID_OPTION',
        message: expect.stringContaining('returned an object the pool already holds'),
      }),
    );
  });

  it('a reset that throws destroys the object instead of re-pooling it, and rethrows', () => {
    const { pool, log } = make({
      reset: () => {
        throw new Error('bad reset');
      },
    });
    const a = pool.acquire();
    expect(() => pool.release(a)).toThrow('bad reset');
    expect(log).toContain('destroy 1');
    expect(pool.stats()).toMatchObject({ idle: 0, borrowed: 0, released: 1, destroyed: 1 });
    expect(pool.acquire()).not.toBe(a);
  });
});

describe('ObjectPool: misuse detection', () => {
  it('double release throws LEAKGUARD_POOL_DOUBLE_RELEASE when strict', () => {
    const { pool } = make();
    const a = pool.acquire();
    pool.release(a);
    expect(() => pool.release(a)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_DOUBLE_RELEASE' }),
    );
    expect(pool.stats()).toMatchObject({ doubleReleases: 1, idle: 1 });
    // the object was not pushed twice: two acquires give two different objects
    expect(pool.acquire()).not.toBe(pool.acquire());
  });

  it('a foreign object throws LEAKGUARD_POOL_FOREIGN_OBJECT when strict', () => {
    const { pool } = make();
    const other = make().pool;
    expect(() => pool.release({ id: 99, x: 0 })).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_FOREIGN_OBJECT' }),
    );
    expect(() => pool.release(other.acquire())).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_FOREIGN_OBJECT' }),
    );
    expect(() => pool.release(null as never)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_FOREIGN_OBJECT' }),
    );
    expect(pool.stats().foreignReleases).toBe(3);
  });

  it('in production (NODE_ENV=production) misuse is counted and ignored', () => {
    const prev = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    let pool: ObjectPool<Bullet>;
    try {
      pool = new ObjectPool<Bullet>({ create: () => ({ id: 1, x: 0 }), registry: false });
    } finally {
      process.env.NODE_ENV = prev;
    }
    const a = pool.acquire();
    pool.release(a);
    expect(() => pool.release(a)).not.toThrow();
    expect(() => pool.release({ id: 2, x: 0 })).not.toThrow();
    expect(pool.stats()).toMatchObject({ doubleReleases: 1, foreignReleases: 1, idle: 1 });
  });
});

describe('ObjectPool: the hidden mark (markObjects)', () => {
  it('adds one non-enumerable, read-only symbol property and nothing a program would see', () => {
    const { pool } = make();
    const a = pool.acquire();
    expect(Object.keys(a)).toEqual(['id', 'x']);
    expect(JSON.stringify(a)).toBe('{"id":1,"x":0}');
    expect({ ...a }).toEqual({ id: 1, x: 0 });
    expect(a).toStrictEqual({ id: 1, x: 0 });
    assert.deepStrictEqual(a, { id: 1, x: 0 });
    expect(Reflect.ownKeys(structuredClone(a))).toEqual(['id', 'x']);
    expect(Object.getOwnPropertySymbols({ ...a })).toEqual([]);
    const syms = Object.getOwnPropertySymbols(a);
    expect(syms).toHaveLength(1);
    const desc = Object.getOwnPropertyDescriptor(a, syms[0]!)!;
    expect(desc).toMatchObject({ enumerable: false, writable: false, configurable: false });
    // The mark points at the pool's record, never back at the object.
    expect(Object.values(desc.value as object)).not.toContain(a);
    expect(() => {
      (a as unknown as Record<symbol, unknown>)[syms[0]!] = 'forged';
    }).toThrow(TypeError);
  });

  it('markObjects: false leaves objects untouched and still catches every misuse', () => {
    const { pool } = make({ markObjects: false });
    const other = make({ markObjects: false }).pool;
    const a = pool.acquire();
    expect(Reflect.ownKeys(a)).toEqual(['id', 'x']);
    pool.release(a);
    expect(() => pool.release(a)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_DOUBLE_RELEASE' }),
    );
    expect(() => pool.release(other.acquire())).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_FOREIGN_OBJECT' }),
    );
    expect(pool.acquire()).toBe(a);
  });

  /** A proxy that throws when the pool tries to mark it or read a mark from it. */
  const throwing: ProxyHandler<Bullet> = {
    defineProperty(): boolean {
      throw new Error('no new properties here');
    },
    get(t, k): unknown {
      if (typeof k === 'symbol') throw new Error('no symbol reads here');
      return Reflect.get(t, k);
    },
  };
  it.each<[string, (id: number) => Bullet]>([
    ['frozen objects', (id) => Object.freeze({ id, x: 0 })],
    ['proxies whose traps throw', (id) => new Proxy<Bullet>({ id, x: 0 }, throwing)],
  ])('%s cannot be marked: the WeakMap tracks them, misuse is still caught', (_, make) => {
    let n = 0;
    const pool = new ObjectPool<Bullet>({
      create: () => make(++n),
      registry: false,
      strict: true,
    });
    const a = pool.acquire();
    const b = pool.acquire();
    expect(pool.stats()).toMatchObject({ created: 2, borrowed: 2, idle: 0 });
    expect(Reflect.ownKeys(a)).toEqual(['id', 'x']);
    pool.release(a);
    expect(() => pool.release(a)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_DOUBLE_RELEASE' }),
    );
    pool.release(b);
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 2, doubleReleases: 1 });
  });

  it("an object another pool marked is only that pool's: create() reusing it falls back to the WeakMap", () => {
    const first = make().pool;
    const shared = first.acquire();
    const second = new ObjectPool<Bullet>({ create: () => shared, registry: false, strict: true });
    expect(second.acquire()).toBe(shared);
    // Borrowed from both: each pool checks its own record, not the other's mark.
    second.release(shared);
    expect(() => second.release(shared)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_DOUBLE_RELEASE' }),
    );
    first.release(shared);
    expect(first.stats()).toMatchObject({ borrowed: 0, doubleReleases: 0 });
    expect(second.stats()).toMatchObject({ borrowed: 0, doubleReleases: 1 });
  });
});

describe('ObjectPool: releaseAll and destroy', () => {
  it('releaseAll() returns every borrowed object (frame-scoped pools)', () => {
    const { pool, log } = make();
    const objs = [pool.acquire(), pool.acquire(), pool.acquire()];
    pool.release(objs[1]!);
    expect(pool.releaseAll()).toBe(2);
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 3 });
    expect(log.filter((l) => l.startsWith('reset'))).toHaveLength(3);
    expect(() => pool.release(objs[0]!)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_DOUBLE_RELEASE' }),
    );
  });

  it('destroy() destroys idle objects at once, borrowed ones when they come back, then refuses work', () => {
    const { pool, log, registry } = make({ initialSize: 2 });
    expect(registry.has(pool)).toBe(true);
    const borrowed = pool.acquire();
    pool.destroy();
    expect(log.filter((l) => l.startsWith('destroy'))).toEqual(['destroy 1']);
    expect(registry.has(pool)).toBe(false);
    expect(pool.destroyed).toBe(true);
    expect(() => pool.acquire()).toThrow(
      expect.objectContaining({
        code: 'LEAKGUARD_POOL_DESTROYED',
        message: "Pool 'bullets' was destroyed",
      }),
    );
    pool.release(borrowed);
    expect(log).toContain('destroy 2');
    expect(log).not.toContain('reset 2');
    expect(pool.stats()).toMatchObject({ size: 0, borrowed: 0, idle: 0, destroyed: 2 });
    pool.destroy(); // idempotent
  });

  it('destroy() runs every destroy hook even when some throw, then throws them together', () => {
    let n = 0;
    const pool = new ObjectPool({
      create: () => ({ n: ++n }),
      destroy: (o) => {
        if (o.n !== 2) throw new Error(`boom ${o.n}`);
      },
      initialSize: 3,
      registry: false,
    });
    let caught: unknown;
    try {
      pool.destroy();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AggregateError);
    expect((caught as AggregateError).errors.map((e: Error) => e.message).sort()).toEqual([
      'boom 1',
      'boom 3',
    ]);
    expect(pool.stats()).toMatchObject({ destroyed: 3, destroyErrors: 2, idle: 0 });
  });

  it('`using` destroys the pool at the end of the block', () => {
    let pool!: ObjectPool<Bullet>;
    {
      using p = new ObjectPool<Bullet>({ create: () => ({ id: 1, x: 0 }), registry: false });
      pool = p;
      p.release(p.acquire());
    }
    expect(pool.destroyed).toBe(true);
  });
});

describe('ObjectPool: leak detection', () => {
  it('reports borrows older than leakAfterMs once, with age, and reports the late return', () => {
    const { pool, clock, events } = make({ leakAfterMs: 100 });
    const a = pool.acquire();
    clock.now += 50;
    const b = pool.acquire();
    clock.now += 60; // a is 110 ms old, b 60 ms
    expect(pool.checkLeaks()).toBe(1);
    expect(events).toEqual([
      { type: 'leaked', pool: 'bullets', ageMs: 110, site: undefined, stack: undefined },
    ]);
    expect(pool.checkLeaks()).toBe(0); // reported once
    clock.now += 50;
    expect(pool.checkLeaks()).toBe(1); // b now
    pool.release(a);
    expect(events.map((e) => e.type)).toEqual(['leaked', 'leaked', 'returned']);
    expect(events[2]!.ageMs).toBe(160);
    expect(pool.stats()).toMatchObject({ leaksDetected: 2, leaksReturned: 1, borrowed: 1 });
    pool.release(b);
  });

  it('captures the acquire() site when stacks are on', () => {
    const { pool, clock, events } = make({ leakAfterMs: 10, captureStacks: true });
    pool.acquire(); // the site is this line
    clock.now += 20;
    pool.checkLeaks();
    expect(events[0]!.site).toMatch(/object-pool\.test\.ts:\d+:\d+/);
    expect(events[0]!.stack).toContain('object-pool.test.ts');
  });

  it('samples stacks at the given rate', () => {
    const { pool, clock, events } = make({ leakAfterMs: 10, captureStacks: 0 });
    pool.acquire();
    clock.now += 20;
    pool.checkLeaks();
    expect(events[0]!.stack).toBeUndefined();
  });

  it('reclaimAfterMs writes an object off: no longer borrowed, never handed out again', () => {
    const { pool, clock, events, log } = make({
      leakAfterMs: 100,
      reclaimAfterMs: 200,
      maxSize: 1,
    });
    const a = pool.acquire();
    expect(() => pool.acquire()).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_POOL_EXHAUSTED' }),
    );
    clock.now += 150;
    pool.checkLeaks();
    clock.now += 100;
    pool.checkLeaks();
    expect(events.map((e) => e.type)).toEqual(['leaked', 'reclaimed']);
    expect(pool.stats()).toMatchObject({ borrowed: 0, reclaimed: 1 });
    const b = pool.acquire(); // its place under maxSize is free again
    expect(b).not.toBe(a);
    pool.release(a); // late return: reported, destroyed, not re-pooled
    expect(events.map((e) => e.type)).toEqual(['leaked', 'reclaimed', 'returned']);
    expect(log).toContain('destroy 1');
    pool.release(b);
    expect(pool.acquire()).toBe(b);
  });

  it('the periodic sweep runs on an unref’d timer and never reports early', () => {
    vi.useFakeTimers();
    let now = 0;
    const events: PoolLeakEvent[] = [];
    const pool = new ObjectPool<Bullet>({
      create: () => ({ id: 1, x: 0 }),
      leakAfterMs: 400,
      clock: () => now,
      registry: false,
    });
    pool.leaked.connect((e) => events.push(e));
    const step = (ms: number) => {
      for (let i = 0; i < ms; i += 10) {
        now += 10;
        vi.advanceTimersByTime(10);
      }
    };
    step(50);
    pool.acquire(); // stamped with the coarse clock (last tick)
    step(400);
    expect(events).toHaveLength(0);
    step(300);
    expect(events).toHaveLength(1);
    expect(events[0]!.ageMs).toBeGreaterThanOrEqual(400);
    pool.destroy();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('logs a leak nobody listens to', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    let now = 0;
    const pool = new ObjectPool({
      name: 'unheard',
      create: () => ({}),
      leakAfterMs: 5,
      checkIntervalMs: 0,
      clock: () => now,
      registry: new PoolRegistry(),
    });
    pool.acquire();
    now = 10;
    pool.checkLeaks();
    expect(warn).toHaveBeenCalledWith(
      expect.stringContaining("pool 'unheard': an object borrowed 10 ms ago"),
    );
    warn.mockRestore();
  });

  it('holds no strong reference to borrowed objects: a dropped one is collected and reported', async () => {
    const { pool, events } = make({ reportCollected: true, leakAfterMs: 1000 });
    const keep = pool.acquire();
    (() => {
      pool.acquire(); // dropped without release
    })();
    for (let i = 0; i < 10 && events.length === 0; i++) await collect();
    expect(events.map((e) => e.type)).toEqual(['collected']);
    expect(pool.stats()).toMatchObject({ borrowed: 1, collected: 1, size: 1 });
    pool.release(keep);
  });
});

describe('ObjectPool: auto-resize', () => {
  function resizing(windowMs = 1000) {
    vi.useFakeTimers();
    let now = 0;
    let n = 0;
    const pool = new ObjectPool({
      create: () => ({ n: ++n }),
      autoResize: { windowMs, headroom: 0.25 },
      clock: () => now,
      registry: false,
    });
    const advance = (ms: number) => {
      for (let i = 0; i < ms; i += 10) {
        now += 10;
        vi.advanceTimersByTime(10);
      }
    };
    return { pool, advance };
  }

  it('grows on demand and trims idle objects a few at a time once the window forgets the peak', () => {
    const { pool, advance } = resizing();
    const held = Array.from({ length: 100 }, () => pool.acquire());
    for (const o of held) pool.release(o);
    expect(pool.stats().idle).toBe(100);
    advance(500); // peak still in the window
    expect(pool.stats().idle).toBe(100);
    const sizes: number[] = [];
    for (let i = 0; i < 25; i++) {
      advance(100);
      sizes.push(pool.stats().idle);
    }
    // drained gradually (a quarter of the excess per tick), not all at once, down to nothing
    expect(sizes[sizes.length - 1]).toBe(0);
    expect(pool.stats()).toMatchObject({ created: 100, destroyed: 100 });
    expect(sizes.some((s) => s > 20 && s < 100)).toBe(true);
    pool.destroy();
  });

  it('a steady sawtooth shorter than the window never thrashes', () => {
    const { pool, advance } = resizing(1000);
    for (let cycle = 0; cycle < 20; cycle++) {
      const held = Array.from({ length: 50 }, () => pool.acquire());
      advance(200);
      for (const o of held) pool.release(o);
      advance(200);
    }
    expect(pool.stats()).toMatchObject({ created: 50, destroyed: 0 });
    pool.destroy();
  });
});
