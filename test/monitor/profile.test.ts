/**
 * profileOnTrend: when the trend verdict turns to "leak", the monitor samples the real heap for
 * a bounded time and raises `leak.sites` naming the function whose retained memory grew.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { NodeSampleSource, type Alert } from '../../src/monitor/index.js';
import { FullGcWatch } from '../../src/monitor/gc-window.js';
import { MiB, rig } from './helpers.js';

const hoard: string[][] = [];
function hoardSessions(): void {
  const batch: string[] = [];
  for (let k = 0; k < 2000; k++) batch.push(`session ${hoard.length}:${k} ${'s'.repeat(100)}`);
  hoard.push(batch);
}

/** Samples on the injected clock with a heap floor rising 5 MiB/min until the trend says leak. */
function untilLeak(step: (ms: number, over: object) => unknown, leak: () => boolean): number {
  let t = 0;
  while (!leak() && t < 20 * 60_000) {
    t += 5000;
    step(5000, { heapUsed: 60 * MiB + (t / 60_000) * 5 * MiB });
  }
  return t;
}

describe('profileOnTrend', () => {
  it('names the growing allocation site in a leak.sites alert once the profile ends', async () => {
    const { monitor, step } = rig({
      // The profile runs on real time and each of its samples forces a full GC: on loaded
      // cores a 500 ms profile got 2 or 3 samples, too few to call a site growing (no
      // leak.sites alert). 2 s gives enough even when ticks come late.
      // The read guard is off here (`maxReadPauseMs: Infinity`): on a loaded machine (CI's
      // Node 24 pass, 2026-12-05) full GCs slow down, the guard skipped reads, and the profile
      // ended with too few samples to name a site. What the guard does is tested below.
      profileOnTrend: {
        durationMs: 2000,
        sampleEveryMs: 50,
        samplingIntervalBytes: 16 * 1024,
        minGrowthBytes: 256 * 1024,
        maxReadPauseMs: Infinity,
      },
    });
    const alerts: Alert[] = [];
    monitor.alerted.connect((a) => alerts.push(a));
    expect(monitor.status().heapProfile).toMatchObject({ state: 'idle', sites: [] });
    let t = untilLeak(step, () => monitor.trend()?.leakSuspected === true);
    expect(monitor.status().heapProfile!.state).toBe('running');
    // the real heap grows while the profile runs; its end is awaited (bounded), not slept
    // for: its last tick can come well after durationMs when the event loop is busy
    const grow = setInterval(hoardSessions, 20);
    try {
      const deadline = Date.now() + 12_000;
      while (monitor.status().heapProfile!.state === 'running' && Date.now() < deadline)
        await new Promise((r) => setTimeout(r, 50));
    } finally {
      clearInterval(grow);
    }
    expect(monitor.status().heapProfile!.state).toBe('done');
    t += 5000;
    step(5000, { heapUsed: 60 * MiB + (t / 60_000) * 5 * MiB });
    const sites = alerts.find((a) => a.key === 'leak.sites');
    expect(
      sites?.heapSites?.[0]?.functionName,
      `no growing site named; profile: ${JSON.stringify(monitor.status().heapProfile)}`,
    ).toBe('hoardSessions');
    expect(sites!.heapSites![0]!.site).toMatch(/profile\.test\.ts:\d+:\d+$/);
    expect(sites!.message).toMatch(
      /^Growing allocation sites: hoardSessions \(.*profile\.test\.ts:\d+:\d+\) \+[\d.]+ MiB\/min/,
    );
    expect(monitor.status().heapProfile!.sites[0]!.functionName).toBe('hoardSessions');
    monitor.dispose();
    hoard.length = 0;
  });

  it('is off by default, validates its options, and releases its timer on dispose', () => {
    const { monitor, step } = rig();
    untilLeak(step, () => monitor.trend()?.leakSuspected === true);
    expect(monitor.status().heapProfile).toBeNull();
    monitor.dispose();
    expect(() => rig({ profileOnTrend: { duration: 5 } as never })).toThrow(
      'Unknown option `profileOnTrend.duration`; did you mean `profileOnTrend.durationMs`?',
    );
    expect(() => rig({ profileOnTrend: 'yes' as never })).toThrow(
      'Expected `profileOnTrend` to be a boolean or an object',
    );
    const r = rig({ profileOnTrend: { durationMs: 60_000, sampleEveryMs: 10 } });
    untilLeak(r.step, () => r.monitor.trend()?.leakSuspected === true);
    expect(r.monitor.status().heapProfile!.state).toBe('running');
    r.monitor.stop(); // a running profile ends with the monitor: nothing keeps sampling
    expect(r.monitor.status().heapProfile!.state).toBe('stopped');
    r.monitor.dispose();
  });
});

describe('profileOnTrend while another inspector client samples the heap', () => {
  it('does not start (state off, the reason given) and leaves the other sampling running', async () => {
    const { Session } = await import('node:inspector');
    const other = new Session();
    other.connect();
    other.post('HeapProfiler.startSampling', { samplingInterval: 32768 });
    const reads = (): boolean => {
      let ok = false;
      other.post('HeapProfiler.getSamplingProfile', (err) => (ok = err === null));
      return ok;
    };
    const { monitor, step } = rig({ profileOnTrend: { durationMs: 100, sampleEveryMs: 20 } });
    try {
      untilLeak(step, () => monitor.trend()?.leakSuspected === true);
      expect(monitor.status().heapProfile).toMatchObject({ state: 'off', sites: [] });
      expect(monitor.status().heapProfile!.problem).toMatch(
        /another inspector client is sampling the heap already/,
      );
      monitor.dispose();
      expect(reads()).toBe(true); // a profile of ours would have stopped it when it ended
    } finally {
      monitor.dispose();
      other.post('HeapProfiler.stopSampling');
      other.disconnect();
    }
  });
});

describe('profileOnTrend read guard learns from the GCs the monitor observed', () => {
  /** Used heap now, in MiB (the profile reads the real heap; its guard predicts from it). */
  const heapMiB = (): number => v8.getHeapStatistics().used_heap_size / MiB;

  /**
   * A profile whose source reported full GCs costing `gcMsPerMiB`, under a budget of
   * `budgetPerMiB` × the real heap; returns the monitor once the profile ended.
   */
  async function profileAfterGcs(gcMsPerMiB: number, budgetPerMiB: number) {
    const budget = Math.max(1, Math.round(budgetPerMiB * heapMiB()));
    const r = rig({
      profileOnTrend: {
        durationMs: 300,
        sampleEveryMs: 50,
        // wide: the samples' part of the prediction stays negligible, the GC decides
        samplingIntervalBytes: 1024 * 1024,
        maxReadPauseMs: budget,
      },
    });
    // the source saw a full (atomic) GC of 300 MiB costing gcMsPerMiB (+2 ms fixed)
    r.step(5000, { fullGcPauseMs: 2 + gcMsPerMiB * 300, fullGcHeapBytes: 300 * MiB });
    let t = 5000;
    t += untilLeak(r.step, () => r.monitor.trend()?.leakSuspected === true);
    expect(r.monitor.status().heapProfile!.state).toBe('running');
    const deadline = Date.now() + 8000;
    while (r.monitor.status().heapProfile!.state === 'running' && Date.now() < deadline)
      await new Promise((res) => setTimeout(res, 20));
    t += 5000;
    r.step(5000, { heapUsed: 60 * MiB + (t / 60_000) * 5 * MiB });
    return { ...r, budget };
  }

  it('slow GCs (2 ms/MiB): the first read is predicted from them and skipped; the trend alert says why', async () => {
    // The prior (1 ms/MiB) predicts ~1 × heap: within 1.5 × heap, it would read.
    const { monitor, budget } = await profileAfterGcs(2, 1.5);
    try {
      const p = monitor.status().heapProfile!;
      expect(p.state).toBe('done');
      expect(p.reads).toMatchObject({ reads: 0, maxReadPauseMs: budget });
      expect(p.reads!.skipped).toBeGreaterThanOrEqual(1);
      expect(p.reads!.paused).toMatchObject({ reason: 'gc', budgetMs: budget });
      // predicted from the process's 2 ms/MiB, not the prior's 1
      expect(p.reads!.paused!.predictedMs).toBeGreaterThan(budget);
      expect(p.notice).toMatch(/^heap reads paused: one would block the event loop ~\d+ ms/);
      const trend = monitor.alerts().find((a) => a.key === 'leak.trend');
      expect(trend!.message).toMatch(/; heap profile: heap reads paused: .*maxReadPauseMs/);
      expect(trend!.message).not.toMatch(/\n/);
    } finally {
      monitor.dispose();
    }
  });

  it('fast GCs (0.2 ms/MiB): the profile reads where the prior would have skipped', async () => {
    // The prior (1 ms/MiB) predicts ~1 × heap: over 0.8 × heap, it would skip every read.
    const { monitor } = await profileAfterGcs(0.2, 0.8);
    try {
      const p = monitor.status().heapProfile!;
      expect(p.state).toBe('done');
      expect(p.reads!.reads).toBeGreaterThanOrEqual(1);
      expect(p.reads!.lastReadMs).not.toBeNull();
      // (a later read may pause: the first one taught the guard the read's real GC cost)
    } finally {
      monitor.dispose();
    }
  });
});

describe('NodeSampleSource full GC figure', () => {
  it('counts atomic majors only, the dearest per MiB of live heap, taken once', () => {
    const w = new FullGcWatch();
    // a major that ends incremental marking: its pause leaves the concurrent marking out
    w.add('incremental', 3);
    w.add('major', 12);
    w.endBatch(150 * MiB);
    expect(w.take()).toEqual({ pauseMs: 0, heapBytes: 0 });
    // atomic majors (none marking before): 60 ms on 100 MiB beats 90 ms on 300 MiB per MiB
    w.add('major', 60);
    w.endBatch(100 * MiB);
    w.add('minor', 500); // scavenges are not full GCs
    w.add('major', 90);
    w.endBatch(300 * MiB);
    // marking across batches: the incremental entry in one, its major in the next
    w.add('incremental', 2);
    w.endBatch(200 * MiB);
    w.add('major', 400);
    w.endBatch(200 * MiB);
    expect(w.take()).toEqual({ pauseMs: 60, heapBytes: 100 * MiB });
    expect(w.take()).toEqual({ pauseMs: 0, heapBytes: 0 });
  });

  it('reports an atomic major GC (a forced one) with the live heap after it', async () => {
    const src = new NodeSampleSource();
    src.start();
    try {
      src.read();
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      // the second GC follows the first: no incremental marking can have started in between
      gc();
      gc();
      await new Promise((r) => setTimeout(r, 30)); // gc entries are delivered asynchronously
      const s = src.read();
      expect(s.fullGcPauseMs).toBeGreaterThan(0);
      expect(s.fullGcHeapBytes).toBeGreaterThan(MiB);
      expect(s.fullGcHeapBytes).toBeLessThanOrEqual(v8.getHeapStatistics().total_heap_size);
      // taken by the read: the next one starts empty
      expect(src.read().fullGcPauseMs).toBe(0);
    } finally {
      src.stop();
    }
  });
});
