import { describe, expect, it } from 'vitest';
import { MiB, rig } from './helpers.js';

describe('history', () => {
  it('covers historyMs with a fixed capacity and filters by sinceMs', () => {
    const { monitor, step, state } = rig({ minIntervalMs: 5000, historyMs: 60_000 });
    expect(monitor.config.historyCapacity).toBe(13);
    const t0 = state.now;
    for (let i = 1; i <= 100; i++) step(5000, { rss: i * MiB });
    const all = monitor.history();
    expect(all).toHaveLength(13);
    expect(all[0]!.time).toBe(t0 + 88 * 5000);
    expect(all.at(-1)).toMatchObject({ time: t0 + 500_000, rss: 100 * MiB, connections: null });
    // strictly newer than sinceMs: the point at exactly t0 + 490 000 (rss 98) is not repeated
    const recent = monitor.history({ sinceMs: t0 + 490_000 });
    expect(recent.map((p) => p.rss / MiB)).toEqual([99, 100]);
    monitor.dispose();
  });

  it('forced samples closer than half the min interval replace the newest point', () => {
    const { monitor, step } = rig({ minIntervalMs: 5000, historyMs: 60_000 });
    for (let i = 1; i <= 10; i++) step(5000, { rss: i * MiB });
    for (let i = 0; i < 1000; i++) step(1, { rss: 7 * MiB });
    const h = monitor.history();
    // the newest point wins: the 10th sample was replaced, nothing else moved
    expect(h).toHaveLength(10);
    expect(h.at(-1)!.rss).toBe(7 * MiB);
    expect(h.at(-2)!.rss).toBe(9 * MiB);
    monitor.dispose();
  });

  it('drops points older than historyMs after a long gap', () => {
    const { monitor, step } = rig({ minIntervalMs: 5000, historyMs: 60_000 });
    for (let i = 0; i < 5; i++) step(5000);
    step(3_600_000);
    expect(monitor.history()).toHaveLength(1);
    monitor.dispose();
  });
});

describe('adaptive interval', () => {
  it('is maxIntervalMs when calm, minIntervalMs at warning, linear between', () => {
    const { monitor, step } = rig({ limitBytes: 1000 * MiB });
    step(1000, { rss: 100 * MiB });
    expect(monitor.intervalMs).toBe(30_000);
    step(1000, { rss: 500 * MiB });
    expect(monitor.intervalMs).toBe(30_000);
    step(1000, { rss: 650 * MiB }); // halfway between 0.5 and 0.8
    expect(monitor.intervalMs).toBe(17_500);
    step(1000, { rss: 800 * MiB });
    expect(monitor.intervalMs).toBe(5000);
    // a warning of another kind keeps the monitor close too
    step(1000, { rss: 100 * MiB, heapUsed: 10 * MiB, gc: { ...step(0).gc, maxWindowMs: 500 } });
    expect(monitor.intervalMs).toBe(5000);
    monitor.dispose();
  });
});
