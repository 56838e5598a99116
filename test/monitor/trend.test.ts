import { describe, expect, it } from 'vitest';
import { TrendDetector } from '../../src/monitor/index.js';
import { MiB, rig } from './helpers.js';

/** Deterministic pseudo-random numbers (Park–Miller). */
function prng(seed: number): () => number {
  let s = seed;
  return () => (s = (s * 16807) % 2147483647) / 2147483647;
}

/** Allocation churn that GC reclaims: a sawtooth of `amp` bytes with period `periodMs`, plus noise. */
const sawtooth = (amp: number, periodMs: number, rnd: () => number) => (t: number) =>
  60 * MiB + amp * ((t % periodMs) / periodMs) + rnd() * MiB;

describe('trend detection on synthetic series (injected clock)', () => {
  it('flags a steady 1 MiB/min leak under churn within 10 minutes of samples', () => {
    for (const [stepMs, periodMs] of [
      [5000, 20_000],
      [5000, 45_000],
      [15_000, 20_000],
    ] as const) {
      const rnd = prng(42);
      const churn = sawtooth(20 * MiB, periodMs, rnd);
      const { monitor, step } = rig();
      let flaggedAt = -1;
      for (let t = stepMs; t <= 10 * 60_000; t += stepMs) {
        step(stepMs, { heapUsed: churn(t) + (t / 60_000) * MiB });
        if (flaggedAt < 0 && monitor.alerts().some((a) => a.key === 'leak.trend')) flaggedAt = t;
      }
      expect(flaggedAt, `step ${stepMs} period ${periodMs}`).toBeGreaterThan(0);
      expect(flaggedAt).toBeLessThanOrEqual(10 * 60_000);
      const v = monitor.trend()!;
      expect(v.leakSuspected).toBe(true);
      expect(v.growthBytesPerMin / MiB).toBeGreaterThan(0.9);
      expect(v.growthBytesPerMin / MiB).toBeLessThan(1.15);
      expect(v.confidence).toBeGreaterThan(0.6);
      // heap limit 1024 MiB, floor ~70 MiB, ~1 MiB/min: about 950 minutes left
      expect(v.timeToLimitMs! / 60_000).toBeGreaterThan(800);
      expect(v.timeToLimitMs! / 60_000).toBeLessThan(1100);
      const alert = monitor.alerts().find((a) => a.key === 'leak.trend')!;
      expect(alert).toMatchObject({ level: 'warning', threshold: 512 * 1024 });
      expect(alert.message).toMatch(/heap floor grows \d\.\d\d MiB\/min/);
      monitor.dispose();
    }
  });

  it('raises nothing on a healthy sawtooth over 30 minutes', () => {
    for (const [stepMs, periodMs, amp] of [
      [5000, 20_000, 20 * MiB],
      [5000, 90_000, 40 * MiB],
      [30_000, 45_000, 20 * MiB],
      [15_000, 200_000, 30 * MiB],
    ] as const) {
      const rnd = prng(7);
      const churn = sawtooth(amp, periodMs, rnd);
      const { monitor, step } = rig();
      const raised: string[] = [];
      monitor.alerted.connect((a) => raised.push(a.key));
      let maxConfidence = 0;
      for (let t = stepMs; t <= 30 * 60_000; t += stepMs) {
        step(stepMs, { heapUsed: churn(t) });
        const v = monitor.trend()!;
        if (v.spanMs >= 300_000) maxConfidence = Math.max(maxConfidence, v.confidence);
      }
      expect(raised, `step ${stepMs} period ${periodMs}`).toEqual([]);
      expect(monitor.trend()!.leakSuspected).toBe(false);
      // a long-period sawtooth can look like growth inside one window; confidence stays low
      expect(maxConfidence).toBeLessThan(0.6);
      monitor.dispose();
    }
  });

  it('clears the leak alert when growth stops', () => {
    const { monitor, step } = rig();
    let t = 0;
    for (; t < 12 * 60_000; t += 5000) step(5000, { heapUsed: 60 * MiB + (t / 60_000) * 2 * MiB });
    expect(monitor.alerts().map((a) => a.key)).toContain('leak.trend');
    for (let k = 0; k < 12 * 12; k++, t += 5000) step(5000, { heapUsed: 84 * MiB });
    expect(monitor.alerts().map((a) => a.key)).not.toContain('leak.trend');
    monitor.dispose();
  });

  it('prefers the post-GC heap over heapUsed and marks a near-limit leak critical', () => {
    const d = new TrendDetector();
    let v = d.add(0, 0, 0, 0);
    for (let t = 0; t <= 10 * 60_000; t += 10_000) {
      // heapUsed alone is a noisy high sawtooth; the post-GC figure is a clean floor
      const floor = 100 * MiB + (t / 60_000) * 5 * MiB;
      v = d.add(t, floor + ((t / 10_000) % 2) * 50 * MiB, floor, 160 * MiB);
    }
    expect(v.leakSuspected).toBe(true);
    expect(v.confidence).toBeGreaterThan(0.95);
    expect(v.floorBytes / MiB).toBeCloseTo(145, 0);
    expect(v.timeToLimitMs! / 60_000).toBeCloseTo(3, 0);
    const { monitor, step } = rig();
    for (let t = 0; t <= 10 * 60_000; t += 10_000)
      step(10_000, { heapUsed: 100 * MiB + (t / 60_000) * 5 * MiB, heapLimit: 170 * MiB });
    expect(monitor.alerts().find((a) => a.key === 'leak.trend')?.level).toBe('critical');
    monitor.dispose();
  });

  it('memory stays bounded by the number of buckets, whatever the sampling rate', () => {
    const d = new TrendDetector({ windowMs: 600_000, bucketMs: 60_000 });
    for (let t = 0; t < 60 * 60_000; t += 100) d.add(t, 50 * MiB, 0, 0);
    expect(d.verdict.points).toBeLessThanOrEqual(11);
    expect(d.verdict.spanMs).toBeLessThanOrEqual(600_000);
  });
});
