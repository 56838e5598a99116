import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ObjectPool, PoolRegistry, ResourcePool, type Lease } from '../../src/pool/index.js';

/**
 * Model-based properties: random programs of acquire / release / misuse / releaseAll against
 * a pool, checking after every step that no object is lent to two holders at once and that the
 * counters add up; and that after destroy/close nothing is left.
 */

type Op =
  | { t: 'acquire' }
  | { t: 'release'; i: number }
  | { t: 'double'; i: number }
  | { t: 'foreign' }
  | { t: 'releaseAll' }
  | { t: 'checkLeaks'; ms: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.constant({ t: 'acquire' } as Op) },
  { weight: 4, arbitrary: fc.nat(50).map((i) => ({ t: 'release', i }) as Op) },
  { weight: 1, arbitrary: fc.nat(50).map((i) => ({ t: 'double', i }) as Op) },
  { weight: 1, arbitrary: fc.constant({ t: 'foreign' } as Op) },
  { weight: 1, arbitrary: fc.constant({ t: 'releaseAll' } as Op) },
  {
    weight: 1,
    arbitrary: fc.integer({ min: 0, max: 300 }).map((ms) => ({ t: 'checkLeaks', ms }) as Op),
  },
);

describe('ObjectPool properties', () => {
  it('never lends one object to two holders; counters match a model; destroy leaves nothing', () => {
    fc.assert(
      fc.property(
        fc.array(opArb, { maxLength: 120 }),
        fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }),
        fc.integer({ min: 0, max: 5 }),
        fc.boolean(),
        (ops, maxSize, maxIdle, reclaim) => {
          let now = 0;
          let created = 0;
          let destroyed = 0;
          type Obj = { n: number };
          const pool = new ObjectPool<Obj>({
            create: () => ({ n: ++created }),
            destroy: () => void destroyed++,
            maxSize,
            maxIdle,
            strict: false,
            leakAfterMs: 100,
            reclaimAfterMs: reclaim ? 200 : undefined,
            checkIntervalMs: 0,
            clock: () => now,
            registry: false,
          });
          // the model
          const held = new Map<Obj, number>(); // what callers hold -> when it was acquired
          const writtenOff = new Set<Obj>(); // held, but written off by the pool
          const gone: Obj[] = []; // released by callers
          const m = { released: 0, reclaimed: 0, late: 0, doubles: 0, foreign: 0 };
          for (const op of ops) {
            switch (op.t) {
              case 'acquire': {
                const borrowed = held.size - writtenOff.size;
                if (maxSize !== undefined && borrowed >= maxSize) {
                  expect(() => pool.acquire()).toThrow(
                    expect.objectContaining({ code: 'LEAKGUARD_POOL_EXHAUSTED' }),
                  );
                  break;
                }
                const o = pool.acquire();
                expect(held.has(o)).toBe(false); // never lent to two holders
                held.set(o, now);
                break;
              }
              case 'release': {
                if (held.size === 0) break;
                const o = [...held.keys()][op.i % held.size]!;
                held.delete(o);
                pool.release(o);
                gone.push(o);
                if (writtenOff.delete(o)) m.late++;
                else m.released++;
                break;
              }
              case 'double': {
                const o = gone[op.i % Math.max(1, gone.length)];
                if (o === undefined || held.has(o)) break;
                pool.release(o);
                m.doubles++;
                break;
              }
              case 'foreign':
                pool.release({ n: -1 });
                m.foreign++;
                break;
              case 'releaseAll': {
                const expected = held.size - writtenOff.size;
                expect(pool.releaseAll()).toBe(expected);
                m.released += expected;
                for (const o of [...held.keys()])
                  if (!writtenOff.has(o)) {
                    held.delete(o);
                    gone.push(o);
                  }
                break;
              }
              case 'checkLeaks':
                now += op.ms;
                pool.checkLeaks();
                if (reclaim)
                  for (const [o, t] of held)
                    if (!writtenOff.has(o) && now - t >= 200) {
                      writtenOff.add(o);
                      m.reclaimed++;
                    }
                break;
            }
            const s = pool.stats();
            expect(s.created).toBe(created);
            expect(s.destroyed).toBe(destroyed);
            expect(s.borrowed).toBe(held.size - writtenOff.size);
            expect(s.size).toBe(s.borrowed + s.idle);
            expect(s.released).toBe(m.released);
            expect(s.reclaimed).toBe(m.reclaimed);
            expect(s.doubleReleases).toBe(m.doubles);
            expect(s.foreignReleases).toBe(m.foreign);
            expect(s.acquired).toBe(s.released + s.reclaimed + s.borrowed);
            // every object ever created is idle, borrowed, destroyed or written off
            expect(s.created).toBe(s.idle + s.borrowed + s.destroyed - m.late + s.reclaimed);
            expect(s.idle).toBeLessThanOrEqual(maxIdle);
          }
          pool.releaseAll();
          pool.destroy();
          const s = pool.stats();
          expect(s).toMatchObject({ size: 0, borrowed: 0, idle: 0 });
          expect(s.destroyed - m.late + s.reclaimed).toBe(created);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('ResourcePool properties', () => {
  it('concurrent random acquire/release/destroy: no resource shared, counters add up, close leaves nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            hold: fc.integer({ min: 0, max: 3 }),
            broken: fc.boolean(),
            abort: fc.boolean(),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.constantFrom('lifo', 'fifo') as fc.Arbitrary<'lifo' | 'fifo'>,
        async (jobs, max, minWanted, order) => {
          const min = Math.min(minWanted, max);
          const inUse = new Set<number>();
          const alive = new Set<number>();
          let ids = 0;
          const pool = new ResourcePool<number>({
            create: async () => {
              await null;
              const id = ++ids;
              alive.add(id);
              return id;
            },
            destroy: async (id) => {
              expect(inUse.has(id)).toBe(false);
              expect(alive.delete(id)).toBe(true);
            },
            validate: (id) => id % 7 !== 0,
            min,
            max,
            order,
            checkIntervalMs: 0,
            registry: new PoolRegistry(),
          });
          let aborted = 0;
          await Promise.all(
            jobs.map(async (job) => {
              const ac = new AbortController();
              if (job.abort) queueMicrotask(() => ac.abort());
              let lease: Lease<number>;
              try {
                lease = await pool.acquire({ signal: ac.signal });
              } catch (e) {
                expect((e as Error).name).toBe('AbortError');
                aborted++;
                return;
              }
              const id = lease.value;
              expect(inUse.has(id)).toBe(false); // no resource lent twice at once
              inUse.add(id);
              for (let i = 0; i < job.hold; i++) await null;
              const s = pool.stats();
              expect(s.borrowed).toBeLessThanOrEqual(max);
              expect(s.borrowed + s.idle + s.creating + s.validating).toBeLessThanOrEqual(max);
              inUse.delete(id);
              if (job.broken) lease.destroy();
              else lease.release();
              lease.release(); // harmless
            }),
          );
          const s = pool.stats();
          expect(s.acquired).toBe(jobs.length - aborted);
          expect(s.released).toBe(s.acquired);
          expect(s.borrowed).toBe(0);
          expect(s.acquireAborts).toBe(aborted);
          expect(s.waiting).toBe(0);
          const report = await pool.close({ timeoutMs: 1000 });
          expect(report.forced).toBe(0);
          expect(alive.size).toBe(0); // everything created was destroyed
          expect(pool.stats()).toMatchObject({
            size: 0,
            creating: 0,
            validating: 0,
            destroying: 0,
          });
          expect(pool.stats().destroyed).toBe(pool.stats().created);
        },
      ),
      { numRuns: 60 },
    );
  });
});
