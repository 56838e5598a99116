import v8 from 'node:v8';
import vm from 'node:vm';
import { createHook } from 'node:async_hooks';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { InstanceCounter, MemoryMonitor, NodeSampleSource } from '../../src/monitor/index.js';
import { MiB, raw, rig } from './helpers.js';

// Live Timeout objects created from src/monitor (unref'd timers do not show in
// getActiveResourcesInfo, so they are tracked with an async hook).
const monitorTimers = new Set<number>();
const hook = createHook({
  init(id, type) {
    if (type === 'Timeout' && /src[\\/]monitor[\\/]/.test(new Error().stack ?? ''))
      monitorTimers.add(id);
  },
  destroy(id) {
    monitorTimers.delete(id);
  },
});
const timeouts = async () => {
  await new Promise((r) => setImmediate(r)); // destroy hooks are emitted asynchronously
  return monitorTimers.size;
};
beforeAll(() => void hook.enable());
afterAll(() => void hook.disable());
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('MemoryMonitor lifecycle (real timers)', () => {
  it('samples at the interval, and nothing of it is left running after stop()', async () => {
    expect(await timeouts()).toBe(0);
    const m = new MemoryMonitor({ minIntervalMs: 10, maxIntervalMs: 20 });
    const samples: number[] = [];
    m.sampled.connect((s) => samples.push(s.time));
    m.start();
    expect(m.running).toBe(true);
    expect(await timeouts()).toBe(2); // the next-sample timer and the event-loop delay probe
    // ~10 samples in 150 ms on idle cores; on busy ones the timers come late, so wait for 4
    // (bounded) rather than sleep a fixed time and count
    const deadline = Date.now() + 10_000;
    while (samples.length < 4 && Date.now() < deadline) await sleep(20);
    m.stop();
    expect(await timeouts()).toBe(0);
    const n = samples.length;
    expect(n).toBeGreaterThanOrEqual(4);
    await sleep(60);
    expect(samples.length).toBe(n);
    const s = m.current()!;
    expect(s.heapSpaces.length).toBeGreaterThan(3);
    expect(s.heapLimit).toBe(v8.getHeapStatistics().heap_size_limit);
    expect(s.resources.Timeout).toBeGreaterThanOrEqual(1);
    expect(['container', 'system']).toContain(s.limitSource);
    expect(m.history().length).toBe(n);
    // restartable (its schedule runs again: a sample comes from the timer, not only from
    // start()), and dispose is final
    m.start();
    const restarted = samples.length;
    await m.sampled.wait({ timeoutMs: 10_000 });
    expect(samples.length).toBe(restarted + 1);
    m.dispose();
    expect(await timeouts()).toBe(0);
    expect(() => m.start()).toThrow('disposed');
  });

  it('start() and sample() after dispose throw a ReferenceError with code LEAKGUARD_MONITOR_DISPOSED', () => {
    const { monitor } = rig();
    monitor.dispose();
    for (const call of [() => monitor.start(), () => monitor.sample()]) {
      let caught: unknown;
      try {
        call();
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(ReferenceError);
      expect(caught).toMatchObject({
        code: 'LEAKGUARD_MONITOR_DISPOSED',
        message: 'The memory monitor is disposed',
      });
    }
  });

  it('observes real GC and event-loop delay through NodeSampleSource', async () => {
    const src = new NodeSampleSource({ eventLoopResolutionMs: 10 });
    src.start();
    try {
      await sleep(30);
      src.read();
      v8.setFlagsFromString('--expose-gc');
      const gc = vm.runInNewContext('gc') as () => void;
      // Block the loop three times, each in its own timer callback: the histogram's timer can
      // land in the same timers phase as one block and miss it, never all three.
      for (let i = 0; i < 3; i++) {
        await new Promise<void>((resolve) =>
          setTimeout(() => {
            if (i === 0) gc();
            const end = Date.now() + 120;
            while (Date.now() < end); // block the loop
            resolve();
          }, 15),
        );
      }
      await sleep(40);
      const s = src.read();
      expect(s.gc.byKind.major.count).toBeGreaterThanOrEqual(1);
      expect(s.gc.timeMs).toBeGreaterThan(0);
      expect(s.postGcHeapUsed).toBeGreaterThan(0);
      // the same read without the young generation (what was allocated since the GC)
      expect(s.postGcOldGenUsed).toBeGreaterThan(0);
      expect(s.postGcOldGenUsed).toBeLessThanOrEqual(s.postGcHeapUsed!);
      expect(s.eventLoop.delayMaxMs).toBeGreaterThan(80);
    } finally {
      src.stop();
    }
    expect(src.running).toBe(false);
  });
});

describe('MemoryMonitor schedule (fake timeouts)', () => {
  it('a throwing source and a hanging cleaner never stop sampling', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    let reads = 0;
    const errors: unknown[] = [];
    const origError = console.error;
    console.error = (...a: unknown[]) => void errors.push(a);
    const m = new MemoryMonitor({
      minIntervalMs: 5,
      maxIntervalMs: 5,
      cleanerTimeoutMs: 20,
      limitBytes: 100 * MiB,
      source: {
        read: () => {
          reads++;
          if (reads % 2 === 0) throw new Error('flaky source');
          return raw({ rss: 95 * MiB });
        },
      },
    });
    m.addCleaner('hangs', () => new Promise(() => {}));
    try {
      m.start();
      await vi.advanceTimersByTimeAsync(120);
    } finally {
      m.dispose();
      console.error = origError;
      vi.useRealTimers();
    }
    // a sample at start and every 5 ms of the 120 (the cleanup run reads the source too), every
    // other one throwing and reported: not one tick was lost
    expect(reads).toBeGreaterThanOrEqual(25);
    expect(errors.length).toBeGreaterThanOrEqual(10);
    expect(m.cleanupStats().lastRun?.timeouts).toBe(1);
  });
});

describe('watched layers', () => {
  it('counts a ConnectionManager and alerts per leaking site', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    onTestFinished(() => void vi.useRealTimers());
    const manager = new ConnectionManager({ siteThreshold: 5 });
    const m = new MemoryMonitor({
      connections: manager,
      minIntervalMs: 10_000,
      maxIntervalMs: 10_000,
    });
    const alerts: string[] = [];
    m.alerted.connect((a) => alerts.push(a.key));
    m.start();
    const scope = manager.scope({ service: 'chat' });
    const warn = console.warn;
    console.warn = () => {};
    try {
      for (let i = 0; i < 8; i++) scope.add(() => {}); // one call site, over its threshold
    } finally {
      console.warn = warn;
    }
    // leakSuspected makes the monitor sample soon instead of in 10 s
    expect(m.current()?.connections?.live).toBe(0); // the sample taken at start()
    await vi.advanceTimersByTimeAsync(30);
    const s = m.current()!;
    expect(s.connections).toMatchObject({ live: 8, leakSuspects: 1 });
    expect(s.connections!.byService).toEqual({ chat: 8 });
    expect(alerts.filter((k) => k.startsWith('connections.leak:'))).toHaveLength(1);
    scope.dispose();
    m.sample();
    expect(m.alerts().filter((a) => a.key.startsWith('connections.leak'))).toEqual([]);
    m.dispose();
    expect(manager.stats().live).toBe(0);
  });

  it('reads pools, sessions and instance counts; alerts while a pool leak count grows', () => {
    const pools = [
      { name: 'bullets', borrowed: 3, idle: 10, leaksDetected: 0 },
      { name: 'db', borrowed: 1, idle: 2, leaks: 0, wait: { p99Ms: 4 } },
    ];
    const counter = new InstanceCounter();
    const keep = [counter.track({}, 'Player'), counter.track(new Map(), 'Room')];
    const { monitor, step } = rig({
      pools: { stats: () => pools },
      sessions: { stats: () => ({ connected: 4, away: 1, dropped: { slow: 2 }, name: 'x' }) },
      instances: counter,
      poolLeakHoldMs: 60_000,
    });
    const s = step(5000);
    expect(s.pools).toEqual({
      bullets: { borrowed: 3, idle: 10, leaksDetected: 0 },
      db: { borrowed: 1, idle: 2, leaks: 0, 'wait.p99Ms': 4 },
    });
    expect(s.sessions).toEqual({ connected: 4, away: 1, 'dropped.slow': 2 });
    expect(s.instances).toEqual({ Player: 1, Room: 1 });
    expect(monitor.alerts()).toEqual([]);
    pools[1]!.leaks = 2;
    step(5000);
    expect(monitor.alerts()).toMatchObject([{ key: 'pool.leak:db', level: 'warning', value: 2 }]);
    step(30_000);
    expect(monitor.alerts()).toHaveLength(1);
    step(31_000); // hold time passed without growth
    expect(monitor.alerts()).toEqual([]);
    monitor.dispose();
    expect(keep).toHaveLength(2);
  });
});

describe('a watched stats() that throws', () => {
  it('is logged once per distinct error and source, then counted in status().readErrors', () => {
    let sessionsFail = true;
    let poolError = 'pools down';
    const logged: unknown[][] = [];
    const origError = console.error;
    console.error = (...a: unknown[]) => void logged.push(a);
    const { monitor, step, state } = rig({
      sessions: {
        stats: () => {
          if (sessionsFail) throw new Error('sessions down');
          return { connected: 1 };
        },
      },
      pools: {
        stats: () => {
          throw new TypeError(poolError);
        },
      },
    });
    const t0 = state.now;
    try {
      for (let i = 1; i <= 10; i++) {
        const s = step(5000);
        expect(s.sessions).toBeUndefined(); // the field is lost, the sample is not
        expect(s.pools).toBeUndefined();
      }
      expect(logged).toHaveLength(2);
      expect(String(logged[0]![0])).toMatch(/reading pools failed/); // read before sessions
      expect(String(logged[1]![0])).toMatch(/reading sessions failed/);
      expect(logged[0]![1]).toBeInstanceOf(Error); // the first one with its stack
      poolError = 'pools on fire'; // a different error from the same source is news
      step(5000);
      sessionsFail = false;
      expect(step(5000).sessions).toEqual({ connected: 1 });
      expect(logged).toHaveLength(3);
      expect(String((logged[2]![1] as Error).message)).toBe('pools on fire');
    } finally {
      console.error = origError;
    }
    expect(monitor.status().readErrors).toEqual([
      {
        source: 'pools',
        message: 'TypeError: pools down',
        count: 10,
        firstSeen: t0 + 5000,
        lastSeen: t0 + 50_000,
      },
      {
        source: 'sessions',
        message: 'Error: sessions down',
        count: 11,
        firstSeen: t0 + 5000,
        lastSeen: t0 + 55_000,
      },
      {
        source: 'pools',
        message: 'TypeError: pools on fire',
        count: 2,
        firstSeen: t0 + 55_000,
        lastSeen: t0 + 60_000,
      },
    ]);
    monitor.dispose();
  });
});

describe('InstanceCounter', () => {
  it('counts live instances and forgets collected ones', async () => {
    v8.setFlagsFromString('--expose-gc');
    const gc = vm.runInNewContext('gc') as () => void;
    const counter = new InstanceCounter();
    class Bullet {}
    let live: Bullet[] = [];
    for (let i = 0; i < 100; i++) live.push(counter.track(new Bullet()));
    const kept = counter.track({ id: 1 }, 'Player');
    counter.track(kept, 'Player'); // counted once
    expect(counter.counts()).toEqual({ Bullet: 100, Player: 1 });
    live = live.slice(0, 10);
    for (let i = 0; i < 20 && (counter.counts().Bullet ?? 0) > 10; i++) {
      gc();
      await sleep(10);
    }
    expect(counter.counts()).toEqual({ Bullet: 10, Player: 1 });
    expect(counter.stats().tracked).toEqual({ Bullet: 100, Player: 1 });
    expect(live).toHaveLength(10);
    expect(kept.id).toBe(1);
    expect(() => counter.track(5 as never)).toThrow(
      'Expected `obj` to be an object, got `5` (number)',
    );
  });
});
