import { getEventListeners } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import {
  ObjectPool,
  PoolRegistry,
  ResourcePool,
  type ResourcePoolOptions,
} from '../../src/pool/index.js';

interface Conn {
  id: number;
}
const tick = () => new Promise((r) => setImmediate(r));

function make(extra: Partial<ResourcePoolOptions<Conn>> = {}) {
  let ids = 0;
  const log: string[] = [];
  const errors: unknown[] = [];
  const pool = new ResourcePool<Conn>({
    name: 'faulty',
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
    createRetry: { attempts: 3, backoffMs: 1 },
    ...extra,
  });
  pool.failed.connect((e) => errors.push(e));
  return { pool, log, errors };
}

describe('faults: create throws', () => {
  it('retries with back-off, then rejects waiters with LEAKGUARD_POOL_CREATE_FAILED and the cause', async () => {
    const attempts: number[] = [];
    const cause = new Error('ECONNREFUSED');
    const { pool, errors } = make({
      create: async ({ attempt }) => {
        attempts.push(attempt);
        throw cause;
      },
    });
    const err = await pool.acquire().catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'LEAKGUARD_POOL_CREATE_FAILED',
      message: "Pool 'faulty' could not create a resource after 3 attempt(s)",
      cause,
    });
    expect(attempts).toEqual([1, 2, 3]);
    expect(errors).toHaveLength(3);
    expect(pool.stats()).toMatchObject({ createErrors: 3, creating: 0, waiting: 0, size: 0 });
    await pool.close();
  });

  it('a create that fails once then succeeds serves the waiter', async () => {
    let n = 0;
    const { pool } = make({
      create: () => {
        if (++n === 1) throw new Error('flaky');
        return { id: n };
      },
    });
    const l = await pool.acquire();
    expect(l.value.id).toBe(2);
    l.release();
    await pool.close();
  });

  it('min is refilled after the backend comes back', async () => {
    let up = false;
    let n = 0;
    vi.useFakeTimers();
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {}); // failures before connect
    try {
      let now = 0;
      const pool = new ResourcePool<Conn>({
        create: () => {
          if (!up) throw new Error('down');
          return { id: ++n };
        },
        destroy: () => {},
        min: 2,
        max: 4,
        checkIntervalMs: 100,
        clock: () => now,
        createRetry: { attempts: 2, backoffMs: 10, maxBackoffMs: 50 },
        registry: false,
      });
      pool.failed.connect(() => {});
      await vi.advanceTimersByTimeAsync(50);
      expect(pool.stats().idle).toBe(0);
      up = true;
      now += 1000;
      await vi.advanceTimersByTimeAsync(200);
      expect(pool.stats().idle).toBe(2);
      vi.useRealTimers();
      await pool.close();
    } finally {
      vi.useRealTimers();
      quiet.mockRestore();
    }
  });
});

describe('faults: validate throws', () => {
  it('a throwing validate counts as invalid: the resource is destroyed and another one lent', async () => {
    const { pool, log } = make({
      validate: (c) => {
        if (c.id === 1) throw new Error('validate blew up');
        return true;
      },
    });
    const a = await pool.acquire(); // fresh resources are not validated
    a.release();
    const b = await pool.acquire(); // id 1 validated -> throws -> destroyed
    expect(b.value.id).toBe(2);
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2']);
    expect(pool.stats().validationFailures).toBe(1);
    b.release();
    await pool.close();
  });

  it('a waiter that aborts during async validation does not drop the resource', async () => {
    let release!: (ok: boolean) => void;
    const { pool } = make({
      max: 1,
      validate: () =>
        new Promise<boolean>((r) => {
          release = r;
        }),
    });
    (await pool.acquire()).release();
    const ac = new AbortController();
    const p = pool.acquire({ signal: ac.signal }).catch((e: unknown) => e);
    await tick();
    expect(pool.stats().validating).toBe(1);
    ac.abort();
    expect(await p).toMatchObject({ name: 'AbortError' });
    release(true);
    await tick();
    expect(pool.stats()).toMatchObject({ idle: 1, validating: 0, borrowed: 0, destroyed: 0 });
    await pool.close();
  });
});

describe('faults: destroy throws or hangs', () => {
  it('a throwing destroy is counted and reported; the pool keeps working', async () => {
    const { pool, errors } = make({
      max: 1,
      destroy: () => {
        throw new Error('destroy failed');
      },
    });
    (await pool.acquire()).destroy();
    expect(errors).toEqual([expect.objectContaining({ message: 'destroy failed' })]);
    const l = await pool.acquire();
    expect(l.value.id).toBe(2);
    l.release();
    const report = await pool.close();
    expect(report.destroyed).toBe(1);
    expect(pool.stats()).toMatchObject({ destroyErrors: 2, destroyed: 2 });
  });

  it('a hanging destroy times out (destroyTimeoutMs) and does not block close', async () => {
    const { pool, errors } = make({
      max: 1,
      destroy: () => new Promise<void>(() => {}),
      destroyTimeoutMs: 30,
    });
    (await pool.acquire()).destroy();
    expect(pool.stats().destroying).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    expect(errors).toEqual([expect.objectContaining({ code: 'LEAKGUARD_POOL_DESTROY_TIMEOUT' })]);
    expect(pool.stats()).toMatchObject({ destroying: 0, destroyErrors: 1 });
    const l = await pool.acquire();
    l.release();
    const report = await pool.close({ timeoutMs: 50 });
    expect(report).toMatchObject({ destroyed: 1, forced: 0 });
  });

  it('close({ timeoutMs }) gives up on a hung destroy and says so', async () => {
    const { pool } = make({
      max: 1,
      destroy: () => new Promise<void>(() => {}),
      destroyTimeoutMs: Infinity,
    });
    (await pool.acquire()).release();
    const t = performance.now();
    const report = await pool.close({ timeoutMs: 40 });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(report).toEqual({ destroyed: 1, forced: 0, pendingDestroys: 1, pendingCreates: 0 });
  });
});

describe('faults: close and release after close', () => {
  it('close rejects waiters, waits for borrowed resources, then later acquires are refused', async () => {
    const { pool, log } = make({ max: 1 });
    const a = await pool.acquire();
    const waiter = pool.acquire().catch((e: unknown) => e);
    const closing = pool.close({ timeoutMs: 1000 });
    expect(await waiter).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    await tick();
    expect(log).toEqual(['create 1']); // borrowed: not destroyed under the holder
    a.release();
    expect(await closing).toEqual({
      destroyed: 1,
      forced: 0,
      pendingDestroys: 0,
      pendingCreates: 0,
    });
    expect(log).toEqual(['create 1', 'destroy 1']);
    await expect(pool.acquire()).rejects.toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    expect(pool.close()).toBe(pool.close()); // idempotent
  });

  it('borrowed resources are force-destroyed after the timeout; a release afterwards is harmless', async () => {
    const { pool, log } = make({ max: 2 });
    const a = await pool.acquire();
    const b = await pool.acquire();
    b.release();
    const report = await pool.close({ timeoutMs: 20 });
    expect(report).toEqual({ destroyed: 2, forced: 1, pendingDestroys: 0, pendingCreates: 0 });
    expect(() => a.value).toThrow(expect.objectContaining({ code: 'LEAKGUARD_POOL_LEASE_ENDED' }));
    a.release();
    a.destroy();
    expect(log.filter((l) => l === 'destroy 1')).toHaveLength(1); // destroyed exactly once
    expect(pool.stats()).toMatchObject({ size: 0, borrowed: 0 });
  });

  it('close waits for an in-flight create and destroys what it returns', async () => {
    let finish!: () => void;
    const { pool, log } = make({
      create: () =>
        new Promise<Conn>((r) => {
          finish = () => r({ id: 7 });
        }),
    });
    const waiter = pool.acquire().catch((e: unknown) => e);
    await tick();
    const closing = pool.close({ timeoutMs: 1000 });
    expect(await waiter).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    finish();
    expect(await closing).toMatchObject({ forced: 0 });
    expect(log).toEqual(['destroy 7']);
    expect(pool.stats()).toMatchObject({ creating: 0, size: 0 });
  });

  it('close says how many creates it left hanging: aborted at its timeout, or past createTimeoutMs', async () => {
    const signals: AbortSignal[] = [];
    const hung = ({ signal }: { signal: AbortSignal }) => {
      signals.push(signal);
      return new Promise<Conn>(() => {}); // never settles, whatever the signal says
    };
    // no createTimeoutMs: close gives up on the create at its own timeout and aborts it
    const a = make({ create: hung, createTimeoutMs: Infinity });
    const waiter = a.pool.acquire().catch((e: unknown) => e);
    await tick();
    const t = performance.now();
    expect(await a.pool.close({ timeoutMs: 20 })).toEqual({
      destroyed: 0,
      forced: 0,
      pendingDestroys: 0,
      pendingCreates: 1,
    });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(await waiter).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    expect(signals[0]?.reason).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });

    // with createTimeoutMs the create fails in time (close waits no longer), still unsettled
    const b = make({ create: hung, createTimeoutMs: 100 });
    const w = b.pool.acquire().catch((e: unknown) => e);
    await tick();
    const t2 = performance.now();
    expect(await b.pool.close({ timeoutMs: 5000 })).toEqual({
      destroyed: 0,
      forced: 0,
      pendingDestroys: 0,
      pendingCreates: 1,
    });
    expect(performance.now() - t2).toBeLessThan(2000);
    expect(signals[1]?.reason).toMatchObject({ name: 'TimeoutError' });
    expect(await w).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
  });

  it('a create close gave up on is finished for the pool, even one that ignores its signal', async () => {
    const signals: AbortSignal[] = [];
    const deliver: ((c: Conn) => void)[] = [];
    const fail: ((e: Error) => void)[] = [];
    const { pool, log, errors } = make({
      createTimeoutMs: Infinity,
      // ignores its signal: settles only when the test says so
      create: ({ signal }) => {
        signals.push(signal);
        return new Promise<Conn>((resolve, reject) => {
          deliver.push(resolve);
          fail.push(reject);
        });
      },
    });
    const waiters = [pool.acquire(), pool.acquire()].map((p) => p.catch((e: unknown) => e));
    await tick();
    expect(pool.stats()).toMatchObject({ creating: 2 });
    expect(await pool.close({ timeoutMs: 20 })).toMatchObject({ pendingCreates: 2 });
    for (const w of waiters) expect(await w).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    expect(signals.map((s) => s.aborted)).toEqual([true, true]);
    // Nothing of the pool waits on them any more: no create in flight, no failure reported.
    expect(pool.stats()).toMatchObject({ creating: 0, createErrors: 0 });

    // What one delivers later is destroyed, as a timed-out attempt's delivery is; a late
    // failure changes nothing (close already counted the attempt in pendingCreates).
    deliver[0]!({ id: 7 });
    fail[1]!(new Error('gave up too'));
    await tick();
    expect(log).toEqual(['destroy 7']);
    expect(pool.stats()).toMatchObject({
      creating: 0,
      created: 1,
      destroyed: 1,
      size: 0,
      createErrors: 0,
    });
    expect(errors).toEqual([]);
  });

  it('close stops a create retry loop in back-off at once', async () => {
    const { pool } = make({
      create: () => {
        throw new Error('down');
      },
      createRetry: { attempts: 5, backoffMs: 60_000 },
    });
    const w = pool.acquire().catch((e: unknown) => e);
    await tick();
    const t = performance.now();
    await pool.close({ timeoutMs: 5000 });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(await w).toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    expect(pool.stats().creating).toBe(0);
  });
});

describe('faults: release after a forced close', () => {
  it('is a harmless no-op, not counted as a double release', async () => {
    const { pool } = make({ max: 2 });
    const a = await pool.acquire();
    const report = await pool.close({ timeoutMs: 10 });
    expect(report.forced).toBe(1);
    a.release();
    a.release();
    expect(pool.stats()).toMatchObject({ doubleReleases: 0, borrowed: 0, released: 0 });
  });
});

describe('faults: ObjectPool hooks that throw', () => {
  type Obj = { id: number };
  function objectPool(reset: (o: Obj) => void, destroy?: (o: Obj) => void) {
    let ids = 0;
    return new ObjectPool<Obj>({
      name: 'objs',
      create: () => ({ id: ++ids }),
      reset,
      destroy,
      strict: true,
      registry: false,
    });
  }

  it('releaseAll() returns every borrowed object even when reset throws for some, then throws', () => {
    const pool = objectPool((o) => {
      if (o.id % 2 === 0) throw new Error(`reset ${o.id}`);
    });
    const objs = [pool.acquire(), pool.acquire(), pool.acquire(), pool.acquire(), pool.acquire()];
    let err: unknown;
    try {
      pool.releaseAll();
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({
      code: 'LEAKGUARD_DISPOSE_FAILED',
      message: "2 errors while disposing objects released by releaseAll() to pool 'objs'",
    });
    expect((err as AggregateError).errors.map((e: Error) => e.message).sort()).toEqual([
      'reset 2',
      'reset 4',
    ]);
    // nothing is left borrowed: 1, 3, 5 are idle again, 2 and 4 were destroyed
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 3, released: 5, destroyed: 2 });
    expect(objs).toHaveLength(5);
    // a single failure is thrown as itself, and the rest still come back
    const b = [pool.acquire(), pool.acquire(), pool.acquire()].map((o) => o.id);
    expect(b.sort()).toEqual([1, 3, 5]);
    pool.acquire(); // a new object: id 6
    expect(() => pool.releaseAll()).toThrow('reset 6');
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 3 });
  });

  it('a reset that throws and a destroy that throws both reach the caller', () => {
    const pool = objectPool(
      () => {
        throw new Error('bad reset');
      },
      () => {
        throw new Error('bad destroy');
      },
    );
    const a = pool.acquire();
    let err: unknown;
    try {
      pool.release(a);
    } catch (e) {
      err = e;
    }
    expect(err).toMatchObject({ code: 'LEAKGUARD_DISPOSE_FAILED' });
    expect((err as AggregateError).errors.map((e: Error) => e.message)).toEqual([
      'bad reset',
      'bad destroy',
    ]);
    expect(pool.stats()).toMatchObject({ borrowed: 0, idle: 0, destroyed: 1, destroyErrors: 1 });
  });
});

describe('faults: create hangs', () => {
  it('a create that never settles frees its place after createTimeoutMs (default 30 s)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let now = 0;
      let calls = 0;
      const signals: AbortSignal[] = [];
      const { pool, errors } = make({
        max: 1,
        acquireTimeoutMs: 60_000,
        clock: () => now,
        create: ({ signal }) => {
          signals.push(signal);
          return ++calls === 1 ? new Promise<Conn>(() => {}) : { id: 100 + calls };
        },
      });
      const settled = pool.acquire().then(
        (lease) => lease,
        (e: unknown) => e,
      );
      now = 30_010;
      await vi.advanceTimersByTimeAsync(30_010); // the create timeout, then the 1 ms back-off
      now = 61_000;
      await vi.advanceTimersByTimeAsync(31_000); // past acquireTimeoutMs: unserved would reject
      const lease = await settled;
      expect(lease).toMatchObject({ value: { id: 102 } });
      expect(signals[0]?.aborted).toBe(true);
      expect(signals[0]?.reason).toMatchObject({ name: 'TimeoutError' });
      expect(errors).toEqual([expect.objectContaining({ name: 'TimeoutError' })]);
      expect(pool.stats()).toMatchObject({ createErrors: 1, creating: 0, borrowed: 1 });
    } finally {
      vi.useRealTimers();
    }
  });

  it('what a timed-out create delivers later is destroyed; every resource is destroyed once', async () => {
    let calls = 0;
    const { pool, log, errors } = make({
      max: 1,
      createTimeoutMs: 20,
      create: () => {
        const id = ++calls;
        log.push(`create ${id}`);
        return id === 1
          ? new Promise<Conn>((r) => setTimeout(() => r({ id }), 80))
          : Promise.resolve({ id });
      },
    });
    const lease = await pool.acquire();
    expect(lease.value.id).toBe(2);
    await new Promise((r) => setTimeout(r, 120));
    // The late resource is destroyed whether it arrives before or after the retry's create
    // starts: on a loaded machine the 20 ms timeout and the 80 ms delivery can fire in the same
    // turn of the event loop, before the retry's 1 ms back-off has run.
    expect(log[0]).toBe('create 1');
    expect([...log].sort()).toEqual(['create 1', 'create 2', 'destroy 1']);
    expect(errors).toHaveLength(1);
    expect(pool.stats()).toMatchObject({ created: 2, destroyed: 1, borrowed: 1, size: 1 });
    lease.release();
    expect(await pool.close()).toMatchObject({ pendingCreates: 0 }); // the late one settled
    expect(pool.stats()).toMatchObject({ created: 2, destroyed: 2, size: 0 });
  });

  it('createTimeoutMs is validated', () => {
    expect(() => make({ createTimeoutMs: -1 })).toThrow('createTimeoutMs');
    expect(() => make({ createTimeoutMs: Infinity })).not.toThrow();
  });

  it('timeouts past the longest timer delay are refused (Node would fire them after 1 ms)', () => {
    for (const key of [
      'createTimeoutMs',
      'validateTimeoutMs',
      'acquireTimeoutMs',
      'destroyTimeoutMs',
    ] as const) {
      expect(() => make({ [key]: 2 ** 31 })).toThrow(
        `Expected \`${key}\` to be a number <= 2147483647 (the longest timer delay) or Infinity, got \`2147483648\` (number)`,
      );
      expect(() => make({ [key]: 2 ** 31 - 1 })).not.toThrow();
    }
  });

  it('intervals, back-offs and the close timeout past the longest timer delay are refused too', async () => {
    const over = 2 ** 31;
    const tooLong = (name: string, inf = ''): string =>
      `Expected \`${name}\` to be a number <= 2147483647 (the longest timer delay)${inf}, got \`2147483648\` (number)`;
    // checkIntervalMs is the maintenance interval: Node would run it every millisecond
    expect(() => make({ checkIntervalMs: over })).toThrow(tooLong('checkIntervalMs'));
    expect(() => make({ createRetry: { backoffMs: over } })).toThrow(
      tooLong('createRetry.backoffMs'),
    );
    expect(() => make({ createRetry: { maxBackoffMs: over } })).toThrow(
      tooLong('createRetry.maxBackoffMs'),
    );
    const objects = (o: object) => () =>
      new ObjectPool({ create: () => ({}), registry: false, ...o }).destroy();
    expect(objects({ checkIntervalMs: over })).toThrow(tooLong('checkIntervalMs'));
    // the window's tenth is the maintenance interval
    expect(objects({ autoResize: { windowMs: 10 * over } })).toThrow(
      'Expected `autoResize.windowMs` to be an integer <= 21474836470 (a tenth of it is a timer delay), got `21474836480` (number)',
    );
    expect(objects({ autoResize: { windowMs: 21_474_836_470 } })).not.toThrow();
    const { pool } = make();
    expect(() => pool.close({ timeoutMs: over })).toThrow(tooLong('timeoutMs', ' or Infinity'));
    expect(pool.closed).toBe(false);
    expect(await pool.close({ timeoutMs: 2 ** 31 - 1 })).toMatchObject({ forced: 0 });
  });
});

describe('faults: validate hangs', () => {
  it('a validate that never settles fails at validateTimeoutMs; the resource is destroyed and the caller served', async () => {
    let validations = 0;
    const { pool, log } = make({
      max: 2,
      acquireTimeoutMs: 1000,
      validateTimeoutMs: 30,
      validate: () => (++validations === 1 ? new Promise<boolean>(() => {}) : true),
    });
    const a = await pool.acquire(); // fresh: not validated
    a.release();
    const t = performance.now();
    const b = await pool.acquire(); // the idle one hangs in validate
    expect(performance.now() - t).toBeLessThan(500);
    expect(b.value.id).toBe(2);
    expect(log).toEqual(['create 1', 'destroy 1', 'create 2']);
    expect(pool.stats()).toMatchObject({ validating: 0, validationFailures: 1, borrowed: 1 });
    b.release();
    // later callers are not held back by a validation that never ends
    const c = await pool.acquire();
    expect(c.value.id).toBe(2);
    c.release();
    await pool.close();
    expect(pool.stats()).toMatchObject({ created: 2, destroyed: 2, validating: 0 });
  });

  it('a late answer of a timed-out validate changes nothing', async () => {
    let answer!: (ok: boolean) => void;
    let validations = 0;
    const { pool } = make({
      max: 1,
      validateTimeoutMs: 20,
      validate: () =>
        ++validations === 1
          ? new Promise<boolean>((r) => {
              answer = r;
            })
          : true,
    });
    (await pool.acquire()).release();
    const b = await pool.acquire(); // validation 1 times out; a new resource is made
    answer(true);
    await tick();
    expect(pool.stats()).toMatchObject({ validating: 0, idle: 0, borrowed: 1, created: 2 });
    b.release();
    await pool.close();
    expect(pool.stats()).toMatchObject({ created: 2, destroyed: 2 });
  });

  it('by default (5 s) a hung validate no longer starves a lone caller', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      let now = 0;
      let validations = 0;
      const { pool } = make({
        max: 2,
        acquireTimeoutMs: 10_000,
        clock: () => now,
        validate: () => (++validations === 1 ? new Promise<boolean>(() => {}) : true),
      });
      (await pool.acquire()).release();
      const settled = pool.acquire().then(
        (lease) => lease,
        (e: unknown) => e,
      );
      now = 11_000;
      await vi.advanceTimersByTimeAsync(11_000); // past acquireTimeoutMs: unserved would reject
      expect(await settled).toMatchObject({ value: { id: 2 } });
    } finally {
      vi.useRealTimers();
    }
  });

  it('validateTimeoutMs is validated', () => {
    expect(() => make({ validateTimeoutMs: -1 })).toThrow('validateTimeoutMs');
  });
});

describe('faults: a long-lived AbortSignal passed to acquire()', () => {
  it('keeps no listener after 10,000 waits that were served, failed or closed', async () => {
    const ac = new AbortController();
    const signal = ac.signal;
    let fail = false;
    const { pool } = make({
      max: 1,
      createRetry: { attempts: 1 },
      create: () => {
        if (fail) throw new Error('down');
        return { id: 1 };
      },
    });
    for (let i = 0; i < 10_000; i++) {
      const held = await pool.acquire({ signal }); // fast path: no listener at all
      const queued = pool.acquire({ signal }); // waits: listens to `signal`
      if (i % 100 === 99) {
        // the held resource comes back broken and its replacement fails: the waiter is rejected
        fail = true;
        held.destroy();
        await expect(queued).rejects.toMatchObject({ code: 'LEAKGUARD_POOL_CREATE_FAILED' });
        fail = false;
      } else {
        held.release();
        (await queued).release();
      }
    }
    const held = await pool.acquire({ signal });
    const queued = pool.acquire({ signal });
    expect(getEventListeners(signal, 'abort')).toHaveLength(1);
    const closing = pool.close({ timeoutMs: 1000 });
    await expect(queued).rejects.toMatchObject({ code: 'LEAKGUARD_POOL_CLOSED' });
    held.release();
    await closing;
    expect(getEventListeners(signal, 'abort')).toHaveLength(0);
    expect(pool.stats()).toMatchObject({ waiting: 0, borrowed: 0, acquireAborts: 0 });
  });
});
