import { getEventListeners } from 'node:events';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PoolRegistry, ResourcePool, type Lease } from '../../src/pool/index.js';

/**
 * ResourcePool under injected faults: create() that rejects, throws or hangs, destroy() that
 * rejects or throws, validate() that throws, refuses, is async or hangs, callers that abort at
 * every stage or release twice, and close() in the middle of it all. After every run: no
 * resource was lent to
 * two holders at once, the pool never held more than `max`, every caller settled, every
 * resource created was destroyed exactly once, the counters are back to zero, and the
 * long-lived AbortSignal the callers shared holds no listener.
 */

type CreateOutcome = 'ok' | 'reject' | 'throw' | 'hang';
type DestroyOutcome = 'ok' | 'reject' | 'throw';
type ValidateOutcome = 'ok' | 'false' | 'throw' | 'async-ok' | 'async-false' | 'hang';
type AbortAt = 'none' | 'before' | 'sync' | 'micro' | 'later';

const ALLOWED_CODES = new Set([
  'LEAKGUARD_POOL_CREATE_FAILED',
  'LEAKGUARD_POOL_CLOSED',
  'LEAKGUARD_POOL_ACQUIRE_TIMEOUT',
]);

const yieldN = async (n: number) => {
  for (let i = 0; i < n; i++) await null;
};

describe('ResourcePool fault injection (property)', () => {
  it('stays consistent whatever create/destroy/validate/abort/close do', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.record({
            delay: fc.integer({ min: 0, max: 3 }),
            hold: fc.integer({ min: 0, max: 3 }),
            broken: fc.boolean(),
            twice: fc.boolean(),
            abortAt: fc.constantFrom<AbortAt>('none', 'none', 'before', 'sync', 'micro', 'later'),
          }),
          { minLength: 1, maxLength: 25 },
        ),
        fc.array(fc.constantFrom<CreateOutcome>('ok', 'ok', 'ok', 'reject', 'throw', 'hang'), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.array(fc.constantFrom<DestroyOutcome>('ok', 'ok', 'reject', 'throw'), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.option(
          fc.array(
            fc.constantFrom<ValidateOutcome>(
              'ok',
              'ok',
              'false',
              'throw',
              'async-ok',
              'async-false',
              'hang',
            ),
            { minLength: 1, maxLength: 20 },
          ),
          { nil: undefined },
        ),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.integer({ min: 0, max: 12 }), { nil: undefined }),
        async (jobs, creates, destroys, validates, max, minWanted, closeAfter) => {
          const min = Math.min(minWanted, max);
          let ids = 0;
          let creations = 0;
          let destructions = 0;
          let validations = 0;
          const alive = new Set<number>();
          const destroyedOnce = new Set<number>();
          const inUse = new Set<number>();
          const shared = new AbortController(); // long-lived: every caller listens to it
          const pool = new ResourcePool<number>({
            create: async () => {
              const outcome = creates[creations++ % creates.length];
              if (outcome === 'throw') throw new Error('create threw');
              if (outcome === 'hang') return new Promise<number>(() => {});
              await null;
              if (outcome === 'reject') throw new Error('create rejected');
              const id = ++ids;
              alive.add(id);
              return id;
            },
            destroy: (id) => {
              expect(inUse.has(id)).toBe(false); // never destroyed while somebody holds it
              expect(destroyedOnce.has(id)).toBe(false); // destroyed exactly once
              destroyedOnce.add(id);
              alive.delete(id);
              const outcome = destroys[destructions++ % destroys.length];
              if (outcome === 'throw') throw new Error('destroy threw');
              if (outcome === 'reject') return Promise.reject(new Error('destroy rejected'));
              return undefined;
            },
            validate:
              validates === undefined
                ? undefined
                : (id) => {
                    void id;
                    const v = validates[validations++ % validates.length];
                    if (v === 'throw') throw new Error('validate threw');
                    if (v === 'async-ok') return Promise.resolve(true);
                    if (v === 'async-false') return Promise.resolve(false);
                    if (v === 'hang') return new Promise<boolean>(() => {});
                    return v === 'ok';
                  },
            min,
            max,
            acquireTimeoutMs: 2000,
            createRetry: { attempts: 2, backoffMs: 0, maxBackoffMs: 0 },
            createTimeoutMs: 5,
            validateTimeoutMs: 5,
            checkIntervalMs: 0,
            registry: new PoolRegistry(),
          });
          pool.failed.connect(() => {}); // create/destroy failures: expected here
          let closing: ReturnType<ResourcePool<number>['close']> | null = null;
          let started = 0;
          const results = await Promise.all(
            jobs.map(async (job, i) => {
              await yieldN(job.delay);
              if (closeAfter !== undefined && started++ === closeAfter)
                closing = pool.close({ timeoutMs: 100 });
              const ac = new AbortController();
              // callers that never abort share one long-lived signal
              const signal = job.abortAt === 'none' ? shared.signal : ac.signal;
              if (job.abortAt === 'before') ac.abort();
              const p = pool.acquire({ signal });
              if (job.abortAt === 'sync') ac.abort();
              if (job.abortAt === 'micro') queueMicrotask(() => ac.abort());
              if (job.abortAt === 'later') setImmediate(() => ac.abort());
              let lease: Lease<number>;
              try {
                lease = await p;
              } catch (e) {
                const err = e as { name?: string; code?: string };
                if (err.name !== 'AbortError') expect(ALLOWED_CODES).toContain(err.code);
                return 'refused';
              }
              const id = lease.value;
              expect(inUse.has(id)).toBe(false); // no resource lent twice at once
              expect(alive.has(id)).toBe(true);
              inUse.add(id);
              const s = pool.stats();
              expect(s.borrowed + s.idle + s.creating + s.validating).toBeLessThanOrEqual(max);
              await yieldN(job.hold);
              inUse.delete(id);
              if (job.broken) lease.destroy();
              else lease.release();
              if (job.twice) lease.release();
              void i;
              return 'served';
            }),
          );
          const report = await (closing ?? pool.close({ timeoutMs: 100 }));
          // Let rejected destroys settle.
          await new Promise((r) => setImmediate(r));
          const s = pool.stats();
          expect(report.forced).toBe(0); // every lease was released before close gave up
          expect(s).toMatchObject({
            borrowed: 0,
            idle: 0,
            waiting: 0,
            creating: 0,
            validating: 0,
            destroying: 0,
            doubleReleases: 0,
          });
          expect(s.acquired).toBe(results.filter((r) => r === 'served').length);
          expect(s.released).toBe(s.acquired);
          expect(alive.size).toBe(0); // everything created was destroyed…
          expect(destroyedOnce.size).toBe(ids); // …exactly once
          expect(s.created).toBe(ids);
          expect(s.destroyed).toBe(ids);
          expect(getEventListeners(shared.signal, 'abort')).toHaveLength(0);
          shared.abort();
        },
      ),
      { numRuns: 150 },
    );
  });
});
