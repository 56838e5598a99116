// Event-loop figures from NodeSampleSource with real stalls (busy loops) and real timers.
// Bounds are generous: a loaded machine only makes measured delays longer, and every
// assertion below is a lower bound on a 300 ms stall or an upper bound far from the failure.
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { MemoryMonitor, NodeSampleSource, type MemorySample } from '../../src/monitor/index.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const stall = (ms: number): void => {
  const end = performance.now() + ms;
  while (performance.now() < end); // blocks the loop
};
const STALL = 300;
const RESOLUTION = 10;

describe('event-loop delay: a stall is measured wherever it falls in the interval', () => {
  it('right after a read, and later in an interval (NodeSampleSource)', async () => {
    const src = new NodeSampleSource({ eventLoopResolutionMs: RESOLUTION });
    src.start();
    try {
      await sleep(50);
      src.read();
      stall(STALL); // the very next thing after a read
      await sleep(40);
      const right = src.read().eventLoop;
      await sleep(40);
      stall(STALL); // the same stall, part-way through the interval
      await sleep(40);
      const later = src.read().eventLoop;
      // a stall of S is seen as a timer late by between S - resolution and S
      expect(right.delayMaxMs).toBeGreaterThan(STALL - 3 * RESOLUTION);
      expect(later.delayMaxMs).toBeGreaterThan(STALL - 3 * RESOLUTION);
      await sleep(60);
      // and a calm interval after them reads far less
      expect(src.read().eventLoop.delayMaxMs).toBeLessThan(STALL / 2);
    } finally {
      src.stop();
    }
  });

  it("caused by the monitor's own onSample listener, it shows in the next sample", async () => {
    const m = new MemoryMonitor({
      minIntervalMs: 60,
      maxIntervalMs: 60,
      source: new NodeSampleSource({ eventLoopResolutionMs: RESOLUTION }),
    });
    const samples: MemorySample[] = [];
    m.sampled.connect((s) => {
      samples.push(s);
      if (samples.length === 2) stall(STALL); // a slow dashboard listener, once
    });
    try {
      m.start();
      const deadline = Date.now() + 10_000;
      while (samples.length < 4 && Date.now() < deadline) await sleep(20);
    } finally {
      m.dispose();
    }
    expect(samples.length).toBeGreaterThanOrEqual(4);
    expect(samples[2]!.eventLoop.delayMaxMs).toBeGreaterThan(STALL - 3 * RESOLUTION);
  });
});

describe('event-loop utilization', () => {
  it('the first sample after start() is a real figure, not a 100 % spike', async () => {
    await sleep(50); // the loop has idled: its utilization is well under 1
    const m = new MemoryMonitor({ source: new NodeSampleSource() });
    try {
      m.start();
      const first = m.current()!.eventLoop.utilization;
      // a forced sample right after it measures a window just as short
      const forced = m.sample().eventLoop.utilization;
      const loop = performance.eventLoopUtilization().utilization;
      expect(first).toBeLessThan(1);
      expect(first).toBeGreaterThan(0);
      expect(Math.abs(first - loop)).toBeLessThan(0.2);
      expect(Math.abs(forced - first)).toBeLessThan(0.01);
      await sleep(150); // idle
      expect(m.sample().eventLoop.utilization).toBeLessThan(0.5);
      await sleep(20);
      stall(200);
      expect(m.sample().eventLoop.utilization).toBeGreaterThan(0.6);
    } finally {
      m.dispose();
    }
  });
});
