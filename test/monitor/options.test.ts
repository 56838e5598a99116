import { describe, expect, it } from 'vitest';
import {
  InstanceCounter,
  MemoryMonitor,
  NodeSampleSource,
  TrendDetector,
  type MemoryMonitorOptions,
} from '../../src/monitor/index.js';

const bad =
  (o: unknown): (() => MemoryMonitor) =>
  () =>
    new MemoryMonitor(o as MemoryMonitorOptions);

describe('MemoryMonitor options', () => {
  it('rejects bad input with exact messages', () => {
    const cases: [unknown, string][] = [
      [null, 'Expected `options` to be an object, got `null` (null)'],
      [{ minIntervalMs: 0 }, 'Expected `minIntervalMs` to be a number >= 1, got `0` (number)'],
      [
        { minIntervalMs: '5s' },
        'Expected `minIntervalMs` to be a number >= 1, got `"5s"` (string)',
      ],
      [
        { minIntervalMs: 5000, maxIntervalMs: 1000 },
        'Expected `maxIntervalMs` to be a number >= `minIntervalMs` (5000), got `1000` (number)',
      ],
      [{ historyMs: -1 }, 'Expected `historyMs` to be a number >= 1, got `-1` (number)'],
      [
        { thresholds: { warning: 1.5 } },
        'Expected `thresholds.warning` to be a number in (0, 1], got `1.5` (number)',
      ],
      [
        { thresholds: { warning: 0.6 } },
        'Expected `thresholds.warning` to be a number > `thresholds.info` (0.7), got `0.6` (number)',
      ],
      [{ thresholds: 'high' }, 'Expected `thresholds` to be an object, got `"high"` (string)'],
      [{ limitBytes: 0 }, 'Expected `limitBytes` to be a number >= 1, got `0` (number)'],
      [
        { gcBlockingMs: NaN },
        'Expected `gcBlockingMs` to be a non-negative number, got `NaN` (number)',
      ],
      [
        { alertBackoffMs: 1000, maxAlertBackoffMs: 10 },
        'Expected `maxAlertBackoffMs` to be a number >= `alertBackoffMs` (1000), got `10` (number)',
      ],
      [
        { alertHysteresis: 0.7 },
        'Expected `alertHysteresis` to be a number in [0, `thresholds.info`) ([0, 0.7)), got `0.7` (number)',
      ],
      [
        { alertResetMs: -1 },
        'Expected `alertResetMs` to be a non-negative number, got `-1` (number)',
      ],
      [
        { trend: { minPoints: 1 } },
        'Expected `trend.minPoints` to be an integer >= 2, got `1` (number)',
      ],
      [
        { trend: { minConfidence: 2 } },
        'Expected `trend.minConfidence` to be a number in [0, 1], got `2` (number)',
      ],
      [
        { trend: { windowMs: 1000, bucketMs: 5000 } },
        'Expected `trend.bucketMs` to be a number <= `trend.windowMs` (1000), got `5000` (number)',
      ],
      [
        { trend: { collectToConfirm: 1 } },
        'Expected `trend.collectToConfirm` to be a boolean, got `1` (number)',
      ],
      [
        { cleanerTimeoutMs: 0 },
        'Expected `cleanerTimeoutMs` to be a number >= 1, got `0` (number)',
      ],
      [
        { heapSnapshots: { dir: '' } },
        'Expected `heapSnapshots.dir` to be a non-empty string, got `""` (string)',
      ],
      [
        { heapSnapshots: { onCritical: 'yes' } },
        'Expected `heapSnapshots.onCritical` to be a boolean, got `"yes"` (string)',
      ],
      [
        { connections: {} },
        'Expected `connections` to be an object with a stats() method, got `{}` (object)',
      ],
      [
        { source: { read: 1 } },
        'Expected `source` to be an object with a read() method, got `{ read }` (object)',
      ],
      [{ clock: 5 }, 'Expected `clock` to be a function, got `5` (number)'],
    ];
    for (const [o, message] of cases) {
      let err: unknown;
      try {
        bad(o)();
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(o)).toBeInstanceOf(TypeError);
      expect((err as Error).message).toBe(message);
      expect((err as { code?: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    }
  });

  it('refuses timer delays past the longest one Node takes (it would fire them after 1 ms)', () => {
    const over = 2 ** 31;
    const tooLong = (name: string): string =>
      `Expected \`${name}\` to be a number <= 2147483647 (the longest timer delay), got \`2147483648\` (number)`;
    // each of these is a timer's delay: the sample timer, a cleaner's timeout, the profile's
    // sampling interval, the event-loop probe
    expect(bad({ minIntervalMs: over, maxIntervalMs: over })).toThrow(tooLong('minIntervalMs'));
    expect(bad({ maxIntervalMs: over })).toThrow(tooLong('maxIntervalMs'));
    expect(bad({ cleanerTimeoutMs: over })).toThrow(tooLong('cleanerTimeoutMs'));
    expect(bad({ profileOnTrend: { sampleEveryMs: over } })).toThrow(
      tooLong('profileOnTrend.sampleEveryMs'),
    );
    expect(() => new NodeSampleSource({ eventLoopResolutionMs: over })).toThrow(
      tooLong('eventLoopResolutionMs'),
    );
    const max = 2 ** 31 - 1;
    expect(
      new MemoryMonitor({ minIntervalMs: max, maxIntervalMs: max, cleanerTimeoutMs: max }).config,
    ).toMatchObject({ minIntervalMs: max, maxIntervalMs: max, cleanerTimeoutMs: max });
  });

  it('resolves documented defaults into a JSON-safe config', () => {
    const m = new MemoryMonitor({ source: { read: () => ({}) as never } });
    const c = m.config;
    expect(c.minIntervalMs).toBe(5000);
    expect(c.maxIntervalMs).toBe(30000);
    expect(c.historyMs).toBe(1_800_000);
    expect(c.historyCapacity).toBe(361);
    expect(c.thresholds).toEqual({ info: 0.7, warning: 0.8, critical: 0.9 });
    expect(c.alertBackoffMs).toBe(30_000);
    expect(c.maxAlertBackoffMs).toBe(300_000);
    expect(c.alertHysteresis).toBe(0.05);
    expect(c.alertResetMs).toBe(300_000);
    expect(c.cleanupIntervalMs).toBe(300_000);
    expect(c.gcBlockingMs).toBe(100);
    expect(c.heapSnapshots).toEqual({
      dir: null,
      cooldownMs: 600_000,
      onCritical: false,
      nearHeapLimit: 0,
    });
    expect(JSON.parse(JSON.stringify(c))).toEqual(c);
    expect(Object.isFrozen(c)).toBe(true);
    m.dispose();
  });

  it('rejects unknown keys, nested ones included, with a did-you-mean', () => {
    const cases: [() => unknown, string][] = [
      [bad({ interval: 5000 }), 'Unknown option `interval`; did you mean `minIntervalMs`?'],
      [bad({ treshold: {} }), 'Unknown option `treshold`; did you mean `thresholds`?'],
      [
        bad({ thresholds: { warn: 0.5 } }),
        'Unknown option `thresholds.warn`; did you mean `thresholds.warning`?',
      ],
      [
        bad({ trend: { window: 1 } }),
        'Unknown option `trend.window`; did you mean `trend.windowMs`?',
      ],
      [
        bad({ heapSnapshots: { directory: '/tmp' } }),
        'Unknown option `heapSnapshots.directory`; did you mean `heapSnapshots.dir`?',
      ],
      [bad({ heapSnapshots: { zzz: undefined } }), 'Unknown option `heapSnapshots.zzz`'],
      [
        () => new NodeSampleSource({ resolution: 10 } as never),
        'Unknown option `resolution`; did you mean `eventLoopResolutionMs`?',
      ],
      [
        () => new NodeSampleSource({ eventLoopResolutionMs: 0 }),
        'Expected `eventLoopResolutionMs` to be a number >= 1, got `0` (number)',
      ],
      [
        () => new NodeSampleSource({ gcWindowMs: '1s' } as never),
        'Expected `gcWindowMs` to be a number >= 1, got `"1s"` (string)',
      ],
      [
        () => new TrendDetector({ bucket: 1 } as never),
        'Unknown option `bucket`; did you mean `bucketMs`?',
      ],
      [
        () => new TrendDetector({ minPoints: 1 }),
        'Expected `minPoints` to be an integer >= 2, got `1` (number)',
      ],
      [() => new InstanceCounter({ types: ['Player'] } as never), 'Unknown option `types`'],
      [
        () =>
          new MemoryMonitor({ source: { read: () => ({}) as never } }).history({
            since: 1,
          } as never),
        'Unknown option `since`; did you mean `sinceMs`?',
      ],
      [
        () =>
          new MemoryMonitor({ source: { read: () => ({}) as never } }).history({
            sinceMs: '1',
          } as never),
        'Expected `sinceMs` to be a number, got `"1"` (string)',
      ],
    ];
    for (const [make, message] of cases) {
      let err: unknown;
      try {
        make();
      } catch (e) {
        err = e;
      }
      expect(err, message).toBeInstanceOf(TypeError);
      expect((err as Error).message).toBe(message);
      expect((err as { code?: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    }
    // every documented key is known: the whole set is accepted
    const all: Required<MemoryMonitorOptions> = {
      name: 'm',
      minIntervalMs: 1000,
      maxIntervalMs: 2000,
      historyMs: 60_000,
      thresholds: { info: 0.5, warning: 0.6, critical: 0.7 },
      limitBytes: 1e9,
      eventLoopDelayMs: 100,
      gcBlockingMs: 100,
      alertBackoffMs: 1000,
      maxAlertBackoffMs: 2000,
      alertHysteresis: 0.02,
      alertResetMs: 1000,
      poolLeakHoldMs: 1000,
      trend: {
        windowMs: 60_000,
        bucketMs: 10_000,
        minSpanMs: 30_000,
        minPoints: 3,
        minGrowthBytesPerMin: 1,
        minConfidence: 0.5,
        collectToConfirm: false,
      },
      cleanupIntervalMs: 0,
      cleanupCooldownMs: 0,
      cleanerTimeoutMs: 10,
      heapSnapshots: { dir: '/tmp', cooldownMs: 1, onCritical: false, nearHeapLimit: 0 },
      profileOnTrend: {
        durationMs: 1000,
        sampleEveryMs: 100,
        samplingIntervalBytes: 16384,
        minGrowthBytes: 1,
        cooldownMs: 0,
      },
      connections: {
        stats: () => ({ live: 0, created: 0, disposed: 0, scopes: 0, leakSuspects: 0 }),
      },
      pools: { stats: () => [] },
      sessions: { stats: () => ({}) },
      instances: new InstanceCounter(),
      source: new NodeSampleSource({ eventLoopResolutionMs: 20, gcWindowMs: 500 }),
      clock: Date.now,
    };
    const m = new MemoryMonitor(all);
    expect(m.history({ sinceMs: 0 })).toEqual([]);
    expect(new TrendDetector({ ...all.trend }).options.minPoints).toBe(3);
    expect(m.config.trend && m.config.trend.collectToConfirm).toBe(false);
    m.dispose();
  });
});
