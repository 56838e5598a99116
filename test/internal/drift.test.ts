// The drift test of src/internal/trend.ts: honest p-values for random walks (the sampled bytes
// of a full cache whose entries are replaced), where Mann–Kendall is not; steady growth found.
import { describe, expect, it } from 'vitest';
import { drift, studentUpperTail, trend } from '../../src/internal/trend.js';

/** A seeded generator (LCG), so every run of this file sees the same walks. */
function random(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
}

function poisson(rnd: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = 1;
  do {
    k++;
    p *= rnd();
  } while (p > limit);
  return k - 1;
}

/** Sampled bytes of a site whose objects are replaced: +Poisson new samples, −Poisson freed. */
function walk(
  rnd: () => number,
  steps: number,
  growth: number,
  dt: (i: number) => number = () => 1,
) {
  const times = [0];
  const values = [660 * 1024];
  for (let i = 1; i <= steps; i++) {
    const d = dt(i);
    times.push(times[i - 1]! + d);
    values.push(values[i - 1]! + (poisson(rnd, (4 + growth) * d) - poisson(rnd, 4 * d)) * 8192);
  }
  return { times, values };
}

describe('drift', () => {
  it('keeps its false positives at the p-value on random walks, where Mann–Kendall does not', () => {
    const rnd = random(7);
    const runs = 2000;
    let driftHits = 0;
    let mkHits = 0;
    for (let r = 0; r < runs; r++) {
      const { times, values } = walk(rnd, 20, 0);
      if (drift(times, values).pValue <= 0.01) driftHits++;
      if (trend(times, values).pValue <= 0.01) mkHits++;
    }
    // 1 % by construction; a few tenths either way over 2000 runs
    expect(driftHits / runs).toBeLessThan(0.02);
    expect(driftHits / runs).toBeGreaterThan(0.002);
    // Mann–Kendall reads a wandering walk as a trend far more often than its p-value says
    expect(mkHits / runs).toBeGreaterThan(0.1);
  });

  it('weights uneven time steps (a walk whose variance grows with the step)', () => {
    const rnd = random(11);
    let hits = 0;
    for (let r = 0; r < 2000; r++) {
      const { times, values } = walk(rnd, 20, 0, (i) => (i % 3 === 0 ? 3 : 1));
      if (drift(times, values).pValue <= 0.01) hits++;
    }
    expect(hits / 2000).toBeLessThan(0.02);
  });

  it('finds a site that adds about the same every step, alone or under churn', () => {
    const rnd = random(3);
    for (let r = 0; r < 50; r++) {
      const { times, values } = walk(rnd, 20, 6);
      expect(drift(times, values).pValue).toBeLessThan(0.001);
    }
    const steady = Array.from({ length: 21 }, (_, i) => i * 16384);
    const times = steady.map((_, i) => i);
    expect(drift(times, steady)).toEqual({ t: Infinity, pValue: 0 });
  });

  it('says nothing on too few points, a flat series or a falling one', () => {
    expect(drift([0, 1], [5, 9]).pValue).toBe(1);
    expect(drift([0, 1, 2, 3], [5, 5, 5, 5]).pValue).toBe(1);
    expect(drift([0, 1, 2, 3, 4], [9, 7, 8, 5, 4]).pValue).toBeGreaterThan(0.5);
  });

  it("approximates Student's t tail within a few percent where it is used", () => {
    // exact one-sided tails: t(18) 2.101 → 0.025, t(18) 3.610 → 0.001, t(20) 1.725 → 0.05
    for (const [t, df, p] of [
      [2.101, 18, 0.025],
      [3.61, 18, 0.001],
      [1.725, 20, 0.05],
    ] as const) {
      expect(Math.abs(studentUpperTail(t, df) - p) / p).toBeLessThan(0.15);
    }
  });
});
