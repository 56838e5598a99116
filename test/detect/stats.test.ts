import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isGrowing, median, normalCdf, trend } from '../../src/internal/trend.js';

const seq = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
const C = { minSamples: 10, maxPValue: 0.001, minGrowth: 10 };

describe('trend statistics', () => {
  it('normalCdf matches known quantiles', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 6);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-3.09)).toBeCloseTo(0.001, 4);
  });

  it('median of odd, even and empty lists', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBe(0);
  });

  it('a steady linear leak is significant, with the right slope', () => {
    const t = seq(20);
    const r = trend(
      t,
      t.map((x) => 5 + 3 * x),
    );
    expect(r.pValue).toBeLessThan(1e-6);
    expect(r.slope).toBe(3);
    expect(isGrowing(r, 19, C)).toBe(true);
  });

  it('a ramp that reached a plateau is not growing (median pairwise slope is 0)', () => {
    const t = seq(30);
    const v = t.map((x) => Math.min(x, 5) * 10);
    const r = trend(t, v);
    expect(r.slope).toBe(0);
    expect(isGrowing(r, 29, C)).toBe(false);
  });

  it('a GC sawtooth without a rising floor is not growing', () => {
    const t = seq(40);
    const v = t.map((x) => (x % 8) * 10);
    expect(isGrowing(trend(t, v), 39, C)).toBe(false);
  });

  it('too few samples or too small a growth never count', () => {
    const t = seq(8);
    expect(isGrowing(trend(t, t), 7, C)).toBe(false);
    const t2 = seq(20);
    expect(
      isGrowing(
        trend(
          t2,
          t2.map((x) => x * 0.1),
        ),
        19,
        C,
      ),
    ).toBe(false);
  });

  it('pure noise around a constant is (almost) never reported', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { minLength: 10, maxLength: 60 }),
        (noise) => {
          // A sorted series would be a trend: shuffle-free noise of small amplitude instead.
          const t = seq(noise.length);
          const v = noise.map((x) => 100 + x);
          const r = trend(t, v);
          // Growth over the window can never reach minGrowth with amplitude 5 < 10.
          expect(isGrowing(r, t.length - 1, C)).toBe(false);
        },
      ),
    );
  });

  it('a leak under noise is found', () => {
    let seed = 1;
    const rnd = (): number => ((seed = (seed * 16807) % 2147483647) / 2147483647) * 20 - 10;
    const t = seq(30);
    const v = t.map((x) => 100 + 4 * x + rnd());
    const r = trend(t, v);
    expect(isGrowing(r, 29, C)).toBe(true);
    expect(r.slope).toBeGreaterThan(3);
    expect(r.slope).toBeLessThan(5);
  });
});
