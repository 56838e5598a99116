// Test helpers: a deterministic sample source and clock for MemoryMonitor unit tests.
import {
  MemoryMonitor,
  type MemoryMonitorOptions,
  type RawSample,
} from '../../src/monitor/index.js';

export const MiB = 1048576;

export function raw(over: Partial<RawSample> = {}): RawSample {
  return {
    rss: 100 * MiB,
    heapUsed: 50 * MiB,
    heapTotal: 80 * MiB,
    external: 1 * MiB,
    arrayBuffers: 0,
    heapLimit: 1024 * MiB,
    nativeContexts: 1,
    detachedContexts: 0,
    heapSpaces: [],
    systemTotal: 8192 * MiB,
    systemFree: 4096 * MiB,
    containerLimit: 0,
    eventLoop: { delayMeanMs: 1, delayP99Ms: 2, delayMaxMs: 3, utilization: 0.1 },
    gc: {
      count: 0,
      timeMs: 0,
      maxPauseMs: 0,
      maxWindowMs: 0,
      byKind: {
        minor: { count: 0, timeMs: 0 },
        major: { count: 0, timeMs: 0 },
        incremental: { count: 0, timeMs: 0 },
        weakcb: { count: 0, timeMs: 0 },
        unknown: { count: 0, timeMs: 0 },
      },
    },
    resources: {},
    ...over,
  };
}

/** A monitor on a manual clock whose next sample is whatever `next` holds. */
export function rig(options: MemoryMonitorOptions = {}) {
  const state = { now: 1_700_000_000_000, next: raw(), reads: 0 };
  const monitor = new MemoryMonitor({
    clock: () => state.now,
    source: {
      read: () => {
        state.reads++;
        return state.next;
      },
    },
    ...options,
  });
  return {
    state,
    monitor,
    /** Advances the clock by `ms`, sets the next sample and takes it. */
    step(ms: number, over: Partial<RawSample> = {}) {
      state.now += ms;
      state.next = raw(over);
      return monitor.sample();
    },
  };
}
