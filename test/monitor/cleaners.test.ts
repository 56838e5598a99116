import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MiB, rig } from './helpers.js';

describe('cleaners', () => {
  // The cleaners' timeouts and durations run on fake timeouts and a fake performance.now(): a
  // hung cleaner times out at exactly cleanerTimeoutMs without the test waiting for it.
  beforeEach(
    () => void vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }),
  );
  afterEach(() => void vi.useRealTimers());

  it('records each run; a throwing or hanging cleaner is isolated and reported', async () => {
    const { monitor } = rig({ cleanerTimeoutMs: 50 });
    const log: string[] = [];
    monitor.addCleaner('sync', () => void log.push('sync'));
    monitor.addCleaner('throws', () => {
      throw new Error('boom');
    });
    monitor.addCleaner('hangs', () => new Promise(() => log.push('hangs')));
    monitor.addCleaner('rejects', async () => {
      await Promise.resolve();
      throw new RangeError('nope');
    });
    monitor.addCleaner('async', async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.push('async');
    });
    const running = monitor.cleanup('test');
    let settled = false;
    void running.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(49);
    expect(settled).toBe(false); // the hung cleaner holds the run until cleanerTimeoutMs…
    await vi.advanceTimersByTimeAsync(1 + 5); // …then the async one runs its 5 ms
    const run = await running;
    expect(log).toEqual(['sync', 'hangs', 'async']);
    expect(run).toMatchObject({ trigger: 'manual', reason: 'test', errors: 2, timeouts: 1 });
    expect(run.cleaners.map((c) => [c.name, c.ok, c.error ?? null, c.timedOut])).toEqual([
      ['sync', true, null, false],
      ['throws', false, 'Error: boom', false],
      ['hangs', false, null, true],
      ['rejects', false, 'RangeError: nope', false],
      ['async', true, null, false],
    ]);
    expect(run.before).toEqual({ rss: 100 * MiB, heapUsed: 50 * MiB });
    // the hung cleaner is still pending: the next run skips it rather than stacking a copy
    const rerun = monitor.cleanup();
    await vi.advanceTimersByTimeAsync(5);
    const again = await rerun;
    expect(again.cleaners.find((c) => c.name === 'hangs')).toMatchObject({
      skipped: true,
      ok: false,
    });
    expect(log.filter((x) => x === 'hangs')).toHaveLength(1);
    const stats = monitor.cleanupStats();
    expect(stats).toMatchObject({ runs: 2, errors: 4, timeouts: 1, running: false });
    expect(stats.byTrigger).toEqual({ manual: 2, schedule: 0, pressure: 0 });
    expect(stats.lastRun).toBe(stats.recent[1]);
    monitor.dispose();
  });

  it('measures memory before and after, and overlapping calls share one run', async () => {
    const { monitor, state } = rig();
    monitor.addCleaner('trim', async () => {
      await new Promise((r) => setTimeout(r, 5));
      state.next = { ...state.next, rss: 70 * MiB, heapUsed: 20 * MiB };
    });
    const a = monitor.cleanup('a');
    const b = monitor.cleanup('b');
    expect(a).toBe(b);
    await vi.advanceTimersByTimeAsync(5);
    const run = await a;
    expect(run.freed).toEqual({ rss: 30 * MiB, heapUsed: 30 * MiB });
    expect(monitor.cleanupStats().freedHeapBytes).toBe(30 * MiB);
  });

  it('runs on pressure crossings at most once per cooldown, and on schedule', async () => {
    const { monitor, step } = rig({
      limitBytes: 100 * MiB,
      cleanupCooldownMs: 60_000,
      cleanupIntervalMs: 300_000,
    });
    const runs: string[] = [];
    monitor.addCleaner('c', () => void runs.push('run'));
    const flush = () => new Promise((r) => setImmediate(r));
    step(5000, { rss: 50 * MiB });
    step(5000, { rss: 85 * MiB }); // crosses warning
    await flush();
    step(5000, { rss: 95 * MiB }); // crosses critical within the cooldown: no run
    await flush();
    step(5000, { rss: 50 * MiB });
    step(5000, { rss: 85 * MiB }); // within the cooldown again
    await flush();
    expect(monitor.cleanupStats().byTrigger.pressure).toBe(1);
    step(60_000, { rss: 50 * MiB });
    step(5000, { rss: 92 * MiB }); // cooldown over
    await flush();
    expect(monitor.cleanupStats().byTrigger.pressure).toBe(2);
    expect(monitor.cleanupStats().recent.map((r) => r.reason)).toEqual([
      'memory warning',
      'memory critical',
    ]);
    // 300 s after the first sample the schedule runs them
    for (let i = 0; i < 50; i++) step(5000, { rss: 50 * MiB });
    await flush();
    expect(monitor.cleanupStats().byTrigger.schedule).toBe(1);
    monitor.dispose();
  });

  it('rejects duplicate names and removes a cleaner when its handle is disposed', async () => {
    const { monitor } = rig();
    const h = monitor.addCleaner('x', () => {});
    expect(() => monitor.addCleaner('x', () => {})).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_DUPLICATE_CLEANER' }),
    );
    expect(() => monitor.addCleaner('', () => {})).toThrow(
      'Expected `name` to be a non-empty string, got `""` (string)',
    );
    expect(() => monitor.addCleaner('y', 5 as never)).toThrow(
      'Expected `fn` to be a function, got `5` (number)',
    );
    h.dispose();
    expect(monitor.cleanupStats().cleaners).toEqual([]);
    monitor.dispose();
  });
});
