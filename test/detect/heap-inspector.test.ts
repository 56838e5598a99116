/**
 * Heap sites when the inspector cannot be ours: a Node built without `node:inspector` (some
 * embedders: importing it throws), and another inspector client already sampling the heap.
 * Either way the finder says so once and carries on with the other kinds.
 */
import { Session } from 'node:inspector';
import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.doUnmock('node:inspector');
  vi.resetModules();
  vi.restoreAllMocks();
});

/** Whether a fresh session can read a sampling profile: some client samples the heap now. */
function heapSampling(): boolean {
  const s = new Session();
  s.connect();
  let ok = false;
  s.post('HeapProfiler.getSamplingProfile', (err) => (ok = err === null));
  s.disconnect();
  return ok;
}

function heapWarnings(warn: { mock: { calls: unknown[][] } }): string[] {
  return warn.mock.calls.map((c) => String(c[0])).filter((m) => m.includes('heap sites are off'));
}

describe('LeakFinder heap sites without node:inspector', () => {
  it('loads, says once that heap sites are off, and samples the other kinds', async () => {
    // As in a Node built without the inspector: importing the module throws, and so would
    // loading it any other way.
    const missing = (): never => {
      throw Object.assign(new Error('Inspector is not available'), {
        code: 'ERR_INSPECTOR_NOT_AVAILABLE',
      });
    };
    vi.doMock('node:inspector', missing);
    const real = process.getBuiltinModule.bind(process);
    vi.spyOn(process, 'getBuiltinModule').mockImplementation(((id: string) =>
      id === 'node:inspector' || id === 'inspector' ? missing() : real(id)) as never);
    vi.resetModules();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { LeakFinder } = await import('../../src/detect/finder.js');
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 0, heap: true });
    f.start();
    try {
      f.sample();
      f.sample();
      const r = f.report();
      expect(r.heap).toMatchObject({ running: false, leaks: [], top: [] });
      expect(r.heap!.problem).toMatch(
        /node:inspector is not available.*Inspector is not available/,
      );
      expect(heapWarnings(warn)).toHaveLength(1);
      expect(r.active).toBe(true);
      expect(r.settledSamples).toBe(2); // the finder's own GC, since no profile read does it
    } finally {
      f.stop();
    }
  });
});

describe('LeakFinder heap sites while another inspector client samples the heap', () => {
  it('says once that heap sites are off, carries on, and leaves the other client sampling', async () => {
    const other = new Session();
    other.connect();
    other.post('HeapProfiler.startSampling', { samplingInterval: 32768 });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { LeakFinder } = await import('../../src/detect/finder.js');
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 0, heap: true });
    try {
      f.start();
      f.sample();
      f.sample();
      const r = f.report();
      expect(r.heap!.running).toBe(false);
      expect(r.heap!.problem).toMatch(/another inspector client is sampling the heap already/);
      expect(heapWarnings(warn)).toEqual([
        '[leakguard] heap sites are off: another inspector client is sampling the heap already; stopping ours would stop it too',
      ]);
      expect(r.active).toBe(true);
      expect(r.settledSamples).toBe(2);
      f.stop();
      expect(heapSampling()).toBe(true); // the other client's sampling was not ended by ours
    } finally {
      f.stop();
      other.post('HeapProfiler.stopSampling');
      other.disconnect();
    }
    expect(heapSampling()).toBe(false);
  });
});
