import { describe, expect, it } from 'vitest';
import { TrendDetector, type RawSample } from '../../src/monitor/index.js';
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

/**
 * A sample whose heap is `old` bytes of old generation plus `young` bytes of new space and
 * `youngLarge` bytes of new large-object space, with the space statistics NodeSampleSource
 * gives.
 */
function heap(old: number, young: number, youngLarge = 0, over: Partial<RawSample> = {}) {
  const sizes: Record<string, number> = {
    read_only_space: 0,
    new_space: young,
    old_space: old - 3 * MiB,
    code_space: 2 * MiB,
    new_large_object_space: youngLarge,
    large_object_space: 1 * MiB,
    code_large_object_space: 0,
  };
  return {
    heapUsed: old + young + youngLarge,
    heapSpaces: Object.entries(sizes).map(([name, used]) => ({
      name,
      size: used,
      used,
      available: 0,
    })),
    ...over,
  } satisfies Partial<RawSample>;
}

describe('the floor is the old generation (heapUsed minus new space and new large-object space)', () => {
  it('a young generation whose fill at sample time rises, over a flat old generation, is no leak', () => {
    // V8 grows the semi-space as the allocation rate climbs (traffic ramping up): where a sample
    // lands in the scavenge cycle, the young generation holds up to its whole capacity, here
    // growing from 2 to 32 MiB over 15 minutes. The old generation stays at 60 MiB.
    const rnd = prng(11);
    const { monitor, step } = rig();
    const raised: string[] = [];
    monitor.alerted.connect((a) => raised.push(a.key));
    let maxConfidence = 0;
    for (let t = 15_000; t <= 15 * 60_000; t += 15_000) {
      const capacity = (2 + (30 * t) / (15 * 60_000)) * MiB;
      const young = capacity * (0.4 + 0.6 * rnd());
      const youngLarge = rnd() < 0.3 ? rnd() * 4 * MiB : 0;
      step(15_000, heap(60 * MiB + rnd() * 128 * 1024, young, youngLarge));
      const v = monitor.trend()!;
      if (v.spanMs >= 300_000) maxConfidence = Math.max(maxConfidence, v.confidence);
    }
    const v = monitor.trend()!;
    expect(raised).toEqual([]);
    expect(v.leakSuspected).toBe(false);
    expect(v.points).toBeGreaterThanOrEqual(9);
    expect(Math.abs(v.growthBytesPerMin)).toBeLessThan(64 * 1024);
    // the floor is the old generation's use, not heapUsed's
    expect(v.floorBytes / MiB).toBeGreaterThan(59.9);
    expect(v.floorBytes / MiB).toBeLessThan(60.2);
    monitor.dispose();
  });

  it('a slow leak of the old generation under a noisy young generation is called', () => {
    // 0.75 MiB/min retained; the young generation is anywhere in 0..16 MiB at each sample,
    // sampled every 30 s (the monitor's calm interval: two samples per one-minute bucket)
    const rnd = prng(5);
    const { monitor, step } = rig();
    let flaggedAt = -1;
    for (let t = 30_000; t <= 15 * 60_000; t += 30_000) {
      const old = 60 * MiB + (t / 60_000) * 0.75 * MiB;
      step(30_000, heap(old, rnd() * 16 * MiB, rnd() < 0.2 ? rnd() * 2 * MiB : 0));
      if (flaggedAt < 0 && monitor.alerts().some((a) => a.key === 'leak.trend')) flaggedAt = t;
    }
    const v = monitor.trend()!;
    expect(flaggedAt).toBeGreaterThan(0);
    expect(flaggedAt).toBeLessThanOrEqual(10 * 60_000);
    expect(v.leakSuspected).toBe(true);
    expect(v.growthBytesPerMin / MiB).toBeGreaterThan(0.7);
    expect(v.growthBytesPerMin / MiB).toBeLessThan(0.8);
    expect(v.confidence).toBeGreaterThan(0.9);
    monitor.dispose();
  });

  it('takes the post-GC old generation (postGcOldGenUsed), not the post-GC heapUsed', () => {
    // Between GCs the old generation also holds promoted garbage (here 20 MiB); the read right
    // after a major GC finds the floor, 50 MiB, while heapUsed then already counts 12 MiB the
    // app allocated since.
    const { monitor, step } = rig();
    for (let t = 0; t <= 12 * 60_000; t += 20_000)
      step(
        20_000,
        heap(70 * MiB, 4 * MiB, 0, {
          postGcOldGenUsed: 50 * MiB,
          postGcHeapUsed: 62 * MiB,
        }),
      );
    const v = monitor.trend()!;
    expect(v.floorBytes / MiB).toBeCloseTo(50, 3);
    expect(v.growthBytesPerMin).toBe(0);
    monitor.dispose();
  });

  it('a source without space statistics keeps heapUsed and the post-GC heapUsed as the floor', () => {
    const { monitor, step } = rig();
    for (let t = 0; t <= 12 * 60_000; t += 20_000)
      step(20_000, { heapUsed: 70 * MiB, postGcHeapUsed: 62 * MiB, postGcOldGenUsed: 50 * MiB });
    expect(monitor.trend()!.floorBytes / MiB).toBeCloseTo(62, 3);
    monitor.dispose();
  });

  it('starts over when the source stops (or starts) giving space statistics', () => {
    // 14 MiB of young generation seen in heapUsed from minute 12 on: a step up of the floor
    // that is no growth of the heap
    const { monitor, step } = rig();
    let t = 0;
    for (; t < 12 * 60_000; t += 20_000) step(20_000, heap(60 * MiB, 14 * MiB));
    expect(monitor.trend()!.points).toBeGreaterThanOrEqual(9);
    step(20_000, { heapUsed: 74 * MiB });
    expect(monitor.trend()!.points).toBe(0);
    for (t += 20_000; t < 24 * 60_000; t += 20_000) step(20_000, { heapUsed: 74 * MiB });
    expect(monitor.trend()!.floorBytes / MiB).toBeCloseTo(74, 3);
    expect(monitor.alerts().map((a) => a.key)).not.toContain('leak.trend');
    monitor.dispose();
  });
});

/**
 * A server's old generation between rare major GCs: `live` bytes survive, and what minor GCs
 * promote (objects that lived through two scavenges and died later) adds `garbagePerMin` until
 * the next major GC, every `gcEveryMs`, drops it. The source reports major GCs as
 * NodeSampleSource does: `postGcOldGenUsed` is the read right after one, 0 when none came
 * since the previous sample.
 */
function sawtoothServer(opts: {
  live: (t: number) => number;
  garbagePerMin: number;
  gcEveryMs: number;
  stepMs: number;
  minutes: number;
}) {
  const { monitor, step } = rig();
  const raised: string[] = [];
  monitor.alerted.connect((a) => raised.push(a.key));
  const verdicts: { t: number; leak: boolean; confirmed: number | null; awaiting: boolean }[] = [];
  let lastGc = 0;
  for (let t = opts.stepMs; t <= opts.minutes * 60_000; t += opts.stepMs) {
    let postGc = 0;
    if (t - lastGc >= opts.gcEveryMs) {
      lastGc = t - (t % opts.gcEveryMs);
      postGc = opts.live(lastGc);
    }
    const old = opts.live(t) + ((t - lastGc) / 60_000) * opts.garbagePerMin;
    step(opts.stepMs, heap(old, 8 * MiB, 0, { postGcOldGenUsed: postGc, postGcHeapUsed: 0 }));
    const v = monitor.trend()!;
    verdicts.push({
      t,
      leak: v.leakSuspected,
      confirmed: v.confirmedGrowthBytesPerMin,
      awaiting: v.awaitingConfirmation,
    });
  }
  return { monitor, raised, verdicts };
}

describe('a floor that rises between major GCs must be confirmed by one', () => {
  it('promoted garbage climbing between major GCs 25 minutes apart, over a flat live heap, is no leak', () => {
    // before: the floor climbed 1.5 MiB/min for 25 minutes and a leak was called at minute 6
    const { monitor, raised, verdicts } = sawtoothServer({
      live: () => 60 * MiB,
      garbagePerMin: 1.5 * MiB,
      gcEveryMs: 25 * 60_000,
      stepMs: 30_000,
      minutes: 80,
    });
    expect(raised).toEqual([]);
    expect(verdicts.filter((v) => v.leak)).toEqual([]);
    const v = monitor.trend()!;
    expect(v.leakSuspected).toBe(false);
    // the floor itself climbed: the rule, not a flat series, keeps the verdict
    const climbing = verdicts.filter((x) => x.t % (25 * 60_000) > 8 * 60_000);
    expect(climbing.length).toBeGreaterThan(0);
    // what survived each major GC proves no growth
    const proofs = verdicts.map((x) => x.confirmed).filter((c): c is number => c !== null);
    expect(proofs.length).toBeGreaterThan(0);
    for (const c of proofs) expect(c).toBeLessThan(64 * 1024);
    // while the floor climbs, the verdict says a major GC decides (and it said no)
    expect(verdicts.filter((x) => x.awaiting).length).toBeGreaterThan(0);
    for (const x of verdicts) if (x.awaiting) expect(x.leak).toBe(false);
    monitor.dispose();
  });

  it('the same climb between major GCs reports the floor growth, and says why it is no leak', () => {
    const { monitor } = sawtoothServer({
      live: () => 60 * MiB,
      garbagePerMin: 1.5 * MiB,
      gcEveryMs: 25 * 60_000,
      stepMs: 30_000,
      minutes: 22,
    });
    const v = monitor.trend()!;
    expect(v.growthBytesPerMin / MiB).toBeGreaterThan(1.3);
    expect(v.growthBytesPerMin / MiB).toBeLessThan(1.7);
    expect(v.confidence).toBeGreaterThan(0.9);
    expect(v.leakSuspected).toBe(false);
    expect(v.confirmedGrowthBytesPerMin).toBeNull();
    expect(v.awaitingConfirmation).toBe(true);
    expect(v.reason).toMatch(/not confirmed by a major GC: no two reads after major GCs yet/);
    monitor.dispose();
  });

  it('a leak under the same garbage, whose post-GC reads rise, is called and stays called', () => {
    // 1 MiB/min retained, 1.5 MiB/min of promoted garbage, a major GC every 8 minutes
    const { monitor, raised, verdicts } = sawtoothServer({
      live: (t) => 60 * MiB + (t / 60_000) * MiB,
      garbagePerMin: 1.5 * MiB,
      gcEveryMs: 8 * 60_000,
      stepMs: 30_000,
      minutes: 60,
    });
    expect(raised).toContain('leak.trend');
    const first = verdicts.find((v) => v.leak)!;
    // called by the second major GC (minute 16): the first compares against floors that still
    // held garbage promoted before sampling began
    expect(first.t).toBeLessThanOrEqual(17 * 60_000);
    // a confirmation stands until the next major GC, which renews it: no gap after the first
    const after = verdicts.filter((v) => v.t >= first.t);
    expect(after.filter((v) => !v.leak).length).toBeLessThanOrEqual(after.length * 0.1);
    const v = monitor.trend()!;
    expect(v.leakSuspected).toBe(true);
    expect(v.confirmedGrowthBytesPerMin! / MiB).toBeGreaterThan(0.8);
    expect(v.confirmedGrowthBytesPerMin! / MiB).toBeLessThan(1.2);
    expect(v.reason).toMatch(/what survived the last major GC proves at least \d\.\d\d MiB\/min/);
    expect(v.awaitingConfirmation).toBe(false);
    monitor.dispose();
  });

  it('wants a collection when the floor rises unconfirmed, not again before minSpanMs', () => {
    const d = new TrendDetector();
    let t = 0;
    for (; t <= 8 * 60_000; t += 30_000) d.add(t, 60 * MiB + (t / 60_000) * 2 * MiB, 0, 0, true);
    expect(d.verdict.leakSuspected).toBe(false);
    expect(d.wantsCollection).toBe(true);
    // a full GC: what survives is the 60 MiB it started from
    d.add(t, 76 * MiB, 60 * MiB, 0, true);
    expect(d.verdict.leakSuspected).toBe(false);
    // one read after a major GC is a baseline: only a second one, 5 minutes on, can confirm
    expect(d.verdict.confirmedGrowthBytesPerMin).toBeNull();
    expect(d.wantsCollection).toBe(false);
    // the floor climbs again from there: no new collection until 5 minutes after the last
    const gcAt = t;
    for (t += 30_000; t <= gcAt + 12 * 60_000; t += 30_000) {
      d.add(t, 60 * MiB + ((t - gcAt) / 60_000) * 2 * MiB, 0, 0, true);
      if (t - gcAt < 5 * 60_000) expect(d.wantsCollection).toBe(false);
      expect(d.verdict.leakSuspected).toBe(false);
    }
    expect(d.wantsCollection).toBe(true);
  });

  /**
   * A quiet process with a large young generation (Node 24's 64 MiB semi-space): a minor GC
   * every few minutes, and what leaks reaches the old generation in steps `stepEveryMs` apart.
   * The caller runs a full GC whenever the detector wants one (as the monitor does), which
   * reads the live heap. Returns each verdict after the leak was first called.
   */
  function staircase(
    leakPerMin: number,
    stepEveryMs: number,
    minutes: number,
    stopAtMin = Infinity,
  ) {
    const d = new TrendDetector();
    const live = (t: number) => 60 * MiB + (Math.min(t, stopAtMin * 60_000) / 60_000) * leakPerMin;
    const verdicts: { t: number; leak: boolean; reason: string; etaMin: number | null }[] = [];
    let calledAt = -1;
    let lastFull = -Infinity;
    for (let t = 0; t <= minutes * 60_000; t += 30_000) {
      const full = d.wantsCollection;
      if (full) lastFull = t;
      // promotion comes in steps: the old generation holds what was live at the last step, or
      // at the last full GC (which promotes all that is live)
      const old = live(Math.max(Math.floor(t / stepEveryMs) * stepEveryMs, lastFull));
      const v = d.add(t, old, full ? live(t) : 0, 1024 * MiB, true);
      if (calledAt < 0 && v.leakSuspected) calledAt = t;
      if (calledAt >= 0)
        verdicts.push({
          t,
          leak: v.leakSuspected,
          reason: v.reason,
          etaMin: v.timeToLimitMs === null ? null : v.timeToLimitMs / 60_000,
        });
    }
    return { d, calledAt, verdicts };
  }

  it('a leak promoted in steps minutes apart, once called, is not cleared by a flat stretch', () => {
    // before: called at minute 19.5, then cleared on most flat stretches of the staircase
    // (23–25, 43–45, 50–60)
    const { calledAt, verdicts } = staircase(1 * MiB, 7.5 * 60_000, 60);
    expect(calledAt).toBeGreaterThan(0);
    expect(calledAt).toBeLessThanOrEqual(20 * 60_000);
    const cleared = verdicts.filter((v) => !v.leak);
    expect(cleared, JSON.stringify(cleared.slice(0, 3))).toEqual([]);
    // the time to the limit comes from what survives major GCs (1 MiB/min), flat stretches too:
    // about 1024 - 60 - minutes MiB at 1 MiB/min
    for (const v of verdicts) {
      expect(v.etaMin, `minute ${v.t / 60_000}`).not.toBeNull();
      expect(v.etaMin!).toBeGreaterThan(900);
      expect(v.etaMin!).toBeLessThan(1000);
    }
  });

  it('a called leak that stops is cleared by the next full GC the detector asks for', () => {
    const { d, calledAt, verdicts } = staircase(1 * MiB, 7.5 * 60_000, 60, 25);
    expect(calledAt).toBeGreaterThan(0);
    expect(calledAt).toBeLessThan(25 * 60_000);
    // the leak stops at minute 25: the detector's next full GCs (at most one per minSpanMs,
    // 5 min) read what survives, and the first that shows no growth ends it (minute 31.5)
    const clearedAt = verdicts.find((v) => v.t > 25 * 60_000 && !v.leak)!.t;
    expect(clearedAt).toBeLessThanOrEqual(37 * 60_000);
    expect(verdicts.filter((v) => v.t >= clearedAt && v.leak)).toEqual([]);
    expect(d.verdict.leakSuspected).toBe(false);
    expect(d.verdict.reason).toMatch(/is under/);
  });

  it('without reportsGc nor post-GC reads the floor alone decides, as before', () => {
    const d = new TrendDetector();
    for (let t = 0; t <= 8 * 60_000; t += 30_000) d.add(t, 60 * MiB + (t / 60_000) * 2 * MiB, 0, 0);
    expect(d.verdict.leakSuspected).toBe(true);
    expect(d.verdict.confirmedGrowthBytesPerMin).toBeNull();
    // nothing to wait for: no major GC is asked to confirm
    expect(d.verdict.awaitingConfirmation).toBe(false);
    expect(d.wantsCollection).toBe(false);
  });
});
