/**
 * The read guard bounds the finder's own forced GC (issue #15): when the guard predicts a full
 * GC of the heap over `heap.maxReadPauseMs` (so it skips the heap read), the finder does not
 * force its own GC either — before, a 1 GiB heap paid 1–2.9 s of GC at every settled sample
 * with reads paused. A spy on the finder's gc function counts the GCs it forces; the budget is
 * made tiny (1 ms) so that this process's heap, at the guard's prior of 1 ms per MiB, is over it.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';

const forced = vi.hoisted(() => ({ n: 0 }));
vi.mock('../../src/internal/gc.js', async (importOriginal) => {
  const m = await importOriginal<typeof import('../../src/internal/gc.js')>();
  return {
    ...m,
    collectGarbage: () => {
      forced.n++;
      return m.collectGarbage();
    },
  };
});

const { LeakFinder } = await import('../../src/detect/finder.js');
const { formatReport } = await import('../../src/detect/format.js');

afterEach(() => {
  forced.n = 0;
  vi.restoreAllMocks();
});

describe('forced GCs under the read guard', () => {
  it('forces no GC while the guard predicts one over heap.maxReadPauseMs; says so once; still settles', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = new LeakFinder({
      sampleIntervalMs: 3_600_000,
      gcIntervalMs: 0, // every sample is a settled one
      heap: { maxReadPauseMs: 1 },
    });
    f.start();
    const e = new EventEmitter();
    e.setMaxListeners(0);
    try {
      // registered before the first sample (rate updates between samples taken this fast
      // would sample later registrations at a low rate)
      for (let j = 0; j < 20; j++) e.on('grow', () => {});
      for (let i = 0; i < 4; i++) f.sample();
      const r = f.report();
      expect(forced.n).toBe(0);
      expect(r.gc).toBe(true); // the option stands; GCs are left out, not turned off
      expect(r.settledSamples).toBe(4);
      expect(r.heap!.paused).toMatchObject({ reason: 'gc', budgetMs: 1 });
      expect(r.heap!.skippedReads).toBe(4);
      expect(r.heap!.skippedGcs).toBe(4);
      // the settled samples still counted what is alive
      expect(r.top.concat(r.leaks).find((s) => s.event === 'grow')?.count).toBe(20);
      const said = warn.mock.calls.map((c) => String(c[0]));
      expect(said.filter((l) => l.includes('forced GCs skipped'))).toHaveLength(1);
      expect(said.find((l) => l.includes('forced GCs skipped'))).toMatch(
        /block the event loop ~\d+ ms on a \d+ MiB heap, over heap\.maxReadPauseMs \(1 ms\)/,
      );
      expect(formatReport(r)).toContain(
        'over the 1 ms budget (heap.maxReadPauseMs); 4 forced GCs skipped (over the budget too)',
      );
      // the final report's settled sample is bounded the same way
      f.settleNow();
      expect(forced.n).toBe(0);
      expect(f.report().heap!.skippedGcs).toBe(5);
    } finally {
      f.stop();
    }
  });

  it('forces its GC as before when it fits the budget, and with heap sites off', () => {
    const off = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 0 });
    off.start();
    try {
      off.sample();
      off.sample();
      expect(forced.n).toBe(2);
    } finally {
      off.stop();
    }
    forced.n = 0;
    // a budget no GC of this heap reaches: reads are made, and a read is the sample's GC
    const on = new LeakFinder({
      sampleIntervalMs: 3_600_000,
      gcIntervalMs: 0,
      heap: { maxReadPauseMs: 1_000_000 },
    });
    on.start();
    try {
      on.sample();
      on.settleNow(); // no heap read at exit: the finder's own GC, within the budget
      expect(forced.n).toBe(1);
      expect(on.report().heap!.skippedGcs).toBe(0);
    } finally {
      on.stop();
    }
  });
});

describe('heap reads on a quiet heap', () => {
  // Each heap read is a forced full GC (V8's inspector samples with kSamplingForceGC). The
  // finder used to read every heap.intervalMs (10 s) whatever the heap did; now it reads every
  // gcIntervalMs (20 s) until a read finds a site that rose by half of minGrowthBytes since the
  // read before (or a new site of that size), and every heap.intervalMs from then on.
  it('reads every gcIntervalMs while nothing grows, every heap.intervalMs while a site rises', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.now();
    const f = new LeakFinder({
      sampleIntervalMs: 3_600_000, // samples are taken by hand below
      gcIntervalMs: 20_000,
      heap: { intervalMs: 10_000, maxReadPauseMs: Infinity },
    });
    const kept: number[][] = [];
    const retain = (bytes: number) => {
      for (let b = 0; b < bytes; b += 8 * 1000) kept.push(new Array<number>(1000).fill(b));
    };
    const readsAt: number[] = [];
    const tick = (s: number) => {
      vi.setSystemTime(t0 + s * 1000);
      const before = f.report().settledSamples;
      f.sample();
      if (f.report().settledSamples > before) readsAt.push(s);
    };
    f.start();
    try {
      for (let s = 0; s <= 60; s += 2) tick(s); // quiet
      // from 62 s on, ~12 MiB/min retained: the read at 80 s finds a new site of ~4 MiB
      for (let s = 62; s <= 140; s += 2) {
        retain(400 * 1024);
        tick(s);
      }
      expect(readsAt).toEqual([0, 20, 40, 60, 80, 90, 100, 110, 120, 130, 140]);
      // every settled sample was a heap read, whose GC was the sample's: none forced besides
      expect(forced.n).toBe(0);
      expect(f.report().heap!.lastReadMs).not.toBeNull();
    } finally {
      f.stop();
      vi.useRealTimers();
      kept.length = 0;
    }
  });
});
