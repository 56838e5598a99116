/**
 * profileOnTrend: when the trend verdict turns to "leak", the monitor samples the real heap for
 * a bounded time and raises `leak.sites` naming the function whose retained memory grew.
 */
import { describe, expect, it } from 'vitest';
import type { Alert } from '../../src/monitor/index.js';
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
      profileOnTrend: {
        durationMs: 2000,
        sampleEveryMs: 50,
        samplingIntervalBytes: 16 * 1024,
        minGrowthBytes: 256 * 1024,
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
    expect(sites?.heapSites?.[0]?.functionName).toBe('hoardSessions');
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
