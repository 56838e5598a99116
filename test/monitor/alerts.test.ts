import { describe, expect, it } from 'vitest';
import { AlertBook } from '../../src/monitor/alerts.js';
import type { Alert, MemoryMonitorOptions } from '../../src/monitor/index.js';
import { MiB, rig } from './helpers.js';

describe('AlertBook back-off', () => {
  const cond = {
    key: 'memory.rss',
    level: 'warning' as const,
    message: 'm',
    value: 0.85,
    threshold: 0.8,
  };

  it('emits at once, then after 30, 60, 120, 240, 300, 300 s; resets when the condition clears', () => {
    const book = new AlertBook(30_000, 300_000);
    const emittedAt: number[] = [];
    for (let t = 0; t <= 1_500_000; t += 1000)
      if (book.update([cond], t).emit.length) emittedAt.push(t);
    expect(emittedAt).toEqual([0, 30_000, 90_000, 210_000, 450_000, 750_000, 1_050_000, 1_350_000]);
    const active = book.list()[0] as Alert;
    expect(active).toMatchObject({
      key: 'memory.rss',
      firstSeen: 0,
      lastSeen: 1_500_000,
      count: 1501,
    });
    // clears, then comes back: emitted at once with fresh counters
    const { cleared } = book.update([], 1_501_000);
    expect(cleared.map((a) => a.key)).toEqual(['memory.rss']);
    expect(book.size).toBe(0);
    const again = book.update([cond], 1_502_000).emit;
    expect(again).toHaveLength(1);
    expect(again[0]).toMatchObject({ firstSeen: 1_502_000, count: 1 });
    expect(book.update([cond], 1_531_000).emit).toHaveLength(0);
    expect(book.update([cond], 1_532_000).emit).toHaveLength(1); // back to the 30 s step
  });

  it('emits an escalation at once, and not a de-escalation', () => {
    const book = new AlertBook(30_000, 300_000);
    expect(book.update([cond], 0).emit).toHaveLength(1);
    const up = book.update(
      [{ ...cond, level: 'critical', threshold: 0.9, value: 0.95 }],
      1000,
    ).emit;
    expect(up.map((a) => a.level)).toEqual(['critical']);
    expect(book.update([cond], 2000).emit).toHaveLength(0);
    expect(book.list()[0]?.level).toBe('warning');
  });
});

describe('MemoryMonitor alerts', () => {
  it('raises RSS info/warning/critical against the container limit and reports its source', () => {
    const { monitor, step } = rig({ alertBackoffMs: 30_000 });
    const seen: Alert[] = [];
    monitor.alerted.connect((a) => seen.push(a));
    // 512 MiB container on an 8 GiB host: RSS is measured against 512 MiB
    const s0 = step(5000, { rss: 300 * MiB, containerLimit: 512 * MiB });
    expect(s0).toMatchObject({ limit: 512 * MiB, limitSource: 'container' });
    expect(s0.rssPercent).toBeCloseTo(300 / 512);
    expect(seen).toHaveLength(0);
    step(5000, { rss: 370 * MiB, containerLimit: 512 * MiB }); // 72 %
    step(5000, { rss: 420 * MiB, containerLimit: 512 * MiB }); // 82 %
    step(5000, { rss: 470 * MiB, containerLimit: 512 * MiB }); // 92 %
    expect(seen.map((a) => [a.key, a.level, a.threshold])).toEqual([
      ['memory.rss', 'info', 0.7],
      ['memory.rss', 'warning', 0.8],
      ['memory.rss', 'critical', 0.9],
    ]);
    const [a] = monitor.alerts();
    expect(a).toMatchObject({ key: 'memory.rss', level: 'critical', count: 3 });
    expect(a?.message).toMatch(/of the container limit \(512\.0 MiB\)/);
    // without a container limit the same RSS is a tiny share of the host
    const s = step(5000, { rss: 470 * MiB });
    expect(s.limitSource).toBe('system');
    expect(monitor.alerts()).toEqual([]);
    monitor.dispose();
  });

  it('a container limit above the host total is not the bound; limitBytes overrides both', () => {
    const { monitor, step } = rig();
    expect(step(1, { containerLimit: 64 * 1024 * MiB })).toMatchObject({
      limitSource: 'system',
      limit: 8192 * MiB,
    });
    monitor.dispose();
    const r = rig({ limitBytes: 200 * MiB });
    expect(r.step(1, { containerLimit: 512 * MiB, rss: 190 * MiB })).toMatchObject({
      limitSource: 'option',
      limit: 200 * MiB,
    });
    expect(r.monitor.alerts()[0]).toMatchObject({ key: 'memory.rss', level: 'critical' });
    r.monitor.dispose();
  });

  it('raises heap alerts against heap_size_limit, event-loop and GC-blocking alerts', () => {
    const { monitor, step } = rig();
    step(5000, {
      heapUsed: 850 * MiB,
      heapLimit: 1000 * MiB,
      eventLoop: { delayMeanMs: 50, delayP99Ms: 350, delayMaxMs: 400, utilization: 0.9 },
      gc: { ...stepGc(150) },
    });
    const keys = monitor.alerts().map((a) => [a.key, a.level, a.value, a.threshold]);
    expect(keys).toEqual([
      ['memory.heap', 'warning', 0.85, 0.8],
      ['eventloop.delay', 'warning', 350, 200],
      ['gc.blocking', 'warning', 150, 100],
    ]);
    step(5000, { gc: stepGc(90) });
    expect(monitor.alerts()).toEqual([]);
    monitor.dispose();
  });

  it('repeats of a held condition follow the back-off through the monitor', () => {
    const { monitor, step, state } = rig({ limitBytes: 100 * MiB });
    const times: number[] = [];
    const t0 = state.now;
    monitor.alerted.connect((a) => times.push(a.lastSeen - t0));
    step(0, { rss: 85 * MiB });
    for (let i = 0; i < 120; i++) step(5000, { rss: 85 * MiB }); // 10 minutes
    expect(times).toEqual([0, 30_000, 90_000, 210_000, 450_000]);
    monitor.dispose();
  });
});

function stepGc(maxWindowMs: number) {
  return {
    count: 3,
    timeMs: maxWindowMs,
    maxPauseMs: maxWindowMs / 3,
    maxWindowMs,
    byKind: {
      minor: { count: 2, timeMs: 10 },
      major: { count: 1, timeMs: maxWindowMs - 10 },
      incremental: { count: 0, timeMs: 0 },
      weakcb: { count: 0, timeMs: 0 },
      unknown: { count: 0, timeMs: 0 },
    },
  };
}

describe('alert flicker (hysteresis and back-off kept after a clear)', () => {
  /** Ten minutes of 5 s samples with the heap alternating between `a` and `b` % of its limit. */
  function flicker(options: MemoryMonitorOptions, a: number, b: number) {
    const { monitor, step } = rig(options);
    const events: string[] = [];
    monitor.alerted.connect((x) => events.push(`${x.key} ${x.level}`));
    monitor.alertCleared.connect((x) => events.push(`${x.key} cleared`));
    for (let i = 0; i < 120; i++)
      step(5000, { heapUsed: ((i % 2 === 0 ? a : b) * 1024 * MiB) / 100, heapLimit: 1024 * MiB });
    monitor.dispose();
    const count = (what: string) => events.filter((e) => e === `memory.heap ${what}`).length;
    return { warnings: count('warning'), clears: count('cleared'), events };
  }

  it('a heap alternating 65 % / 85 % of its limit warns at most 6 times in 10 minutes', () => {
    for (const [a, b] of [
      [85, 65],
      [65, 85],
    ] as const) {
      const r = flicker({}, a, b);
      expect(r.warnings, r.events.join('\n')).toBeGreaterThanOrEqual(1);
      expect(r.warnings, r.events.join('\n')).toBeLessThanOrEqual(6);
      expect(r.clears).toBe(0); // 65 % is within the 5 % margin under info (70 %)
    }
  });

  it('when it does clear each time, the kept back-off still bounds the repeats', () => {
    // 50 % is well under every threshold: each such sample clears the alert
    const r = flicker({}, 85, 50);
    expect(r.clears).toBeGreaterThanOrEqual(50);
    expect(r.warnings, r.events.join('\n')).toBeLessThanOrEqual(6);
    // with neither margin nor hold, every return fires: what used to happen
    const old = flicker({ alertHysteresis: 0, alertResetMs: 0 }, 85, 65);
    expect(old.warnings).toBe(60);
  });

  it('a real escalation still fires at once, during flicker and on a return after a clear', () => {
    const { monitor, step } = rig({ limitBytes: 100 * MiB });
    const seen: string[] = [];
    monitor.alerted.connect((a) => seen.push(`${a.level}@${a.value.toFixed(2)}`));
    monitor.alertCleared.connect(() => seen.push('cleared'));
    step(5000, { rss: 85 * MiB });
    step(5000, { rss: 66 * MiB }); // held (info, within the margin)
    step(5000, { rss: 85 * MiB }); // back to warning: no news
    step(5000, { rss: 95 * MiB }); // critical: news at once
    step(5000, { rss: 40 * MiB }); // clears
    step(5000, { rss: 85 * MiB }); // returns within the hold at warning: back-off applies
    expect(seen).toEqual(['warning@0.85', 'critical@0.95', 'cleared']);
    step(5000, { rss: 40 * MiB });
    step(5000, { rss: 96 * MiB }); // returns at critical, the level last emitted: back-off applies
    step(5000, { rss: 40 * MiB });
    expect(seen).toEqual(['warning@0.85', 'critical@0.95', 'cleared', 'cleared', 'cleared']);
    // clear for alertResetMs (300 s by default): the next occurrence is new altogether
    step(300_000, { rss: 85 * MiB });
    expect(seen.at(-1)).toBe('warning@0.85');
    expect(monitor.alerts()[0]).toMatchObject({ level: 'warning', count: 1 });
    monitor.dispose();
  });

  it('hysteresis: an alert leaves its level only below the threshold minus the margin', () => {
    const { monitor, step } = rig({ limitBytes: 100 * MiB, alertHysteresis: 0.03 });
    const level = (rss: number) => (step(5000, { rss: rss * MiB }), monitor.alerts()[0]?.level);
    expect(level(91)).toBe('critical');
    expect(level(88)).toBe('critical'); // 0.88 >= 0.9 - 0.03
    expect(level(86.5)).toBe('warning');
    expect(level(78)).toBe('warning');
    expect(level(76)).toBe('info');
    expect(level(68)).toBe('info');
    expect(level(66)).toBeUndefined();
    expect(level(69)).toBeUndefined(); // rising needs the threshold itself
    expect(level(70)).toBe('info');
    monitor.dispose();
  });
});

describe('AlertBook reset period', () => {
  const cond = {
    key: 'k',
    level: 'warning' as const,
    message: 'm',
    value: 1,
    threshold: 1,
  };

  it('keeps the back-off of a cleared key for resetMs, then forgets it', () => {
    const book = new AlertBook(30_000, 300_000, 60_000);
    expect(book.update([cond], 0).emit).toHaveLength(1);
    expect(book.update([], 1000).cleared).toHaveLength(1);
    expect(book.update([cond], 2000).emit).toHaveLength(0); // inside the 30 s back-off
    expect(book.list()[0]).toMatchObject({ firstSeen: 2000, count: 1 });
    expect(book.update([cond], 30_000).emit).toHaveLength(1); // back-off passed: repeat
    expect(book.nextEmitAt('k')).toBe(90_000); // doubled, as for a held condition
    book.update([], 31_000);
    expect(book.update([cond], 91_000).emit).toHaveLength(1); // 60 s clear: new again
    expect(book.nextEmitAt('k')).toBe(121_000); // back to the first step
    expect(book.update([{ ...cond, level: 'critical' }], 92_000).emit).toHaveLength(1);
  });
});
