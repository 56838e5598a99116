import { describe, expect, it } from 'vitest';
import { drawSkip } from '../../src/detect/tracker.js';

describe('sampling countdown (drawSkip)', () => {
  it('samples every call at p = 1', () => {
    for (let i = 0; i < 100; i++) expect(drawSkip(1)).toBe(1);
  });

  it('draws the number of Bernoulli(p) trials up to the first success', () => {
    const p = 0.02;
    const n = 40_000;
    let sum = 0;
    let ones = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const k = drawSkip(p);
      expect(Number.isInteger(k)).toBe(true);
      sum += k;
      if (k === 1) ones++;
      min = Math.min(min, k);
    }
    // geometric(p): mean 1/p (sd of the mean ~ sqrt(1-p)/p/sqrt(n) = 0.25), P(1) = p
    expect(min).toBe(1);
    expect(sum / n).toBeGreaterThan(1 / p - 2);
    expect(sum / n).toBeLessThan(1 / p + 2);
    expect(ones / n).toBeGreaterThan(p * 0.8);
    expect(ones / n).toBeLessThan(p * 1.2);
  });
});
