/**
 * Trend statistics for live-count series: the Mann–Kendall test (is the series rising more
 * often than chance allows?) and the Theil–Sen slope (how fast, robust to outliers). Together
 * they decide "keeps growing" without a single fixed threshold: a ramp that reaches a plateau
 * gives a median pairwise slope of 0, a sawtooth gives no significant trend, and steady churn
 * gives noise around a constant.
 *
 * Both are O(n²) in the number of samples; callers keep windows short (tens of samples).
 */

export interface TrendResult {
  /** Number of samples tested. */
  n: number;
  /** Mann–Kendall S statistic: concordant minus discordant pairs. */
  s: number;
  /** Standardised statistic (continuity- and tie-corrected). */
  z: number;
  /** One-sided p-value for an upward trend. */
  pValue: number;
  /** Theil–Sen slope: median of pairwise slopes, in value units per time unit of `times`. */
  slope: number;
}

/** Mann–Kendall + Theil–Sen on (times[i], values[i]); `times` strictly increasing. */
export function trend(times: ArrayLike<number>, values: ArrayLike<number>): TrendResult {
  const n = Math.min(times.length, values.length);
  let s = 0;
  const slopes: number[] = [];
  for (let i = 0; i < n - 1; i++) {
    const xi = values[i]!;
    const ti = times[i]!;
    for (let j = i + 1; j < n; j++) {
      const d = values[j]! - xi;
      if (d > 0) s++;
      else if (d < 0) s--;
      const dt = times[j]! - ti;
      if (dt > 0) slopes.push(d / dt);
    }
  }
  // Tie correction: groups of equal values reduce the variance of S.
  const counts = new Map<number, number>();
  for (let i = 0; i < n; i++) counts.set(values[i]!, (counts.get(values[i]!) ?? 0) + 1);
  let ties = 0;
  for (const t of counts.values()) if (t > 1) ties += t * (t - 1) * (2 * t + 5);
  const variance = (n * (n - 1) * (2 * n + 5) - ties) / 18;
  let z = 0;
  if (variance > 0) {
    if (s > 0) z = (s - 1) / Math.sqrt(variance);
    else if (s < 0) z = (s + 1) / Math.sqrt(variance);
  }
  return { n, s, z, pValue: 1 - normalCdf(z), slope: median(slopes) };
}

/** Median of a list (0 for an empty list). Sorts its argument in place. */
export function median(xs: number[]): number {
  if (xs.length === 0) return 0;
  xs.sort((a, b) => a - b);
  const mid = xs.length >> 1;
  return xs.length % 2 === 1 ? xs[mid]! : (xs[mid - 1]! + xs[mid]!) / 2;
}

/** Standard normal CDF (Abramowitz–Stegun 7.1.26 erf approximation, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  const erf = 1 - poly * Math.exp(-x * x);
  return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
}

export interface GrowthCriteria {
  /** Fewest samples before a verdict. */
  minSamples: number;
  /** Largest one-sided p-value of the Mann–Kendall test that still counts as a trend. */
  maxPValue: number;
  /** Smallest growth over the window (Theil–Sen slope × window length), in resources. */
  minGrowth: number;
}

/** True when the series is significantly and materially rising. */
export function isGrowing(r: TrendResult, windowSpan: number, c: GrowthCriteria): boolean {
  return (
    r.n >= c.minSamples &&
    r.pValue <= c.maxPValue &&
    r.slope > 0 &&
    r.slope * windowSpan >= c.minGrowth
  );
}

/**
 * The largest value in the first third of a window (at least its first value): a series whose
 * last value is not above it grew and was released, or was a single burst.
 */
export function firstThirdMax(values: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < Math.max(1, Math.floor(values.length / 3)); i++)
    max = Math.max(max, values[i]!);
  return max;
}

export interface DriftResult {
  /** Student's t of the mean increment per time unit. */
  t: number;
  /** One-sided p-value for an upward drift. */
  pValue: number;
}

/**
 * Drift test: reads the series as a random walk and asks whether its increments rise on
 * average (Student's t on the increments, each weighted by its time step). A series estimated
 * by sampling (V8's sampling heap profiler: a site's live bytes are its live samples times the
 * interval) wanders like a random walk when old objects are replaced by new ones from the same
 * site: no real growth, but a walk drifts far enough, often enough, that Mann–Kendall — which
 * assumes independent noise around a trend — calls it a trend. Increments of a walk are
 * independent, so this test keeps its p-value honest for walks and for noise alike; a real leak
 * adds about the same every step and gives a large t.
 */
export function drift(times: ArrayLike<number>, values: ArrayLike<number>): DriftResult {
  const n = Math.min(times.length, values.length);
  const ds: number[] = [];
  const dts: number[] = [];
  let sumD = 0;
  let sumDt = 0;
  for (let i = 1; i < n; i++) {
    const dt = times[i]! - times[i - 1]!;
    if (!(dt > 0)) continue;
    const d = values[i]! - values[i - 1]!;
    ds.push(d);
    dts.push(dt);
    sumD += d;
    sumDt += dt;
  }
  const df = ds.length - 1;
  if (df < 1 || sumDt <= 0) return { t: 0, pValue: 1 };
  const mu = sumD / sumDt;
  let ss = 0;
  for (let i = 0; i < ds.length; i++) {
    const r = ds[i]! - mu * dts[i]!;
    ss += (r * r) / dts[i]!;
  }
  const variance = ss / df;
  if (variance === 0) return sumD > 0 ? { t: Infinity, pValue: 0 } : { t: 0, pValue: 1 };
  const t = sumD / Math.sqrt(variance * sumDt);
  return { t, pValue: studentUpperTail(t, df) };
}

/**
 * P(T > t) for Student's t with `df` degrees of freedom, through the normal approximation
 * z = t (1 − 1/(4 df)) / √(1 + t² / (2 df)) (within a few percent of the exact tail for df ≥ 5
 * at the p-values used here).
 */
export function studentUpperTail(t: number, df: number): number {
  if (t === Infinity) return 0;
  const z = (t * (1 - 1 / (4 * df))) / Math.sqrt(1 + (t * t) / (2 * df));
  return 1 - normalCdf(z);
}
