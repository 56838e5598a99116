import { LeakFinder } from '../../../src/detect/index.js';

/**
 * A started finder for in-process tests: sampled by hand (`sample()`), every creation captured
 * (budget high), every sample settled (GC first), so live counts are exact at each sample.
 */
export function startExactFinder(): LeakFinder {
  return new LeakFinder({
    sampleIntervalMs: 3_600_000,
    gcIntervalMs: 0,
    budget: 1e9,
    minSamples: 3,
    window: 50,
  }).start();
}
