/**
 * expectNoHeapGrowth: fails naming the allocation site whose retained memory grows with the
 * iteration count; passes a cache that fills up and stays full, and churn; validates its
 * options; restores everything (no heap sampling left running) when the scenario throws.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Session } from 'node:inspector';
import { expectNoHeapGrowth } from '../../src/testing/index.js';
import type { HeapGrowthSite } from '../../src/testing/index.js';

/** Whether any inspector client samples the heap now (a fresh session can read a profile). */
function heapSampling(): boolean {
  const s = new Session();
  s.connect();
  let on = false;
  s.post('HeapProfiler.getSamplingProfile', (err) => (on = err === null));
  s.disconnect();
  return on;
}

afterEach(() => {
  expect(heapSampling(), 'heap sampling left running').toBe(false);
});

const history: { at: number; text: string }[][] = [];
function rememberEverything(i: number): void {
  const entries: { at: number; text: string }[] = [];
  for (let k = 0; k < 500; k++) entries.push({ at: i, text: `event ${i}:${k} ${'x'.repeat(40)}` });
  history.push(entries); // never pruned: the leak
}

const cache = new Map<number, string>();
function warmCache(i: number): void {
  // 2000 entries of ~330 bytes: full after the 3 warm-up runs, then 100 replaced per run. Were
  // the warm-up not sampled, the replaced entries would look like 33 KiB of growth per run.
  const fresh = i < 3 ? 700 : 100;
  for (let k = 0; k < fresh; k++)
    cache.set((i < 3 ? i * 700 + k : (i - 3) * 100 + k) % 2000, `v${i}:${k} ${'y'.repeat(320)}`);
}

let kept: unknown[] = [];
function churn(i: number): void {
  const tmp: unknown[] = [];
  for (let k = 0; k < 3000; k++) tmp.push({ i, k, s: `tmp ${k}`.repeat(3), f: () => k });
  kept = tmp.slice(0, 5); // the rest is garbage at once
}

async function failure(
  p: Promise<void>,
): Promise<Error & { code?: string; sites?: HeapGrowthSite[] }> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expectNoHeapGrowth should have failed').toBeInstanceOf(Error);
  return err as Error & { code?: string; sites?: HeapGrowthSite[] };
}

// Two full GCs per iteration: a few seconds per test, more on a loaded machine.
describe('expectNoHeapGrowth', { timeout: 60_000 }, () => {
  it('fails on a module-level array that keeps growing, naming the function and its file', async () => {
    try {
      const err = await failure(expectNoHeapGrowth((i) => rememberEverything(i)));
      expect(err.code).toBe('LEAKGUARD_HEAP_GROWTH');
      expect(err.message).toMatch(
        /^expectNoHeapGrowth: retained memory kept growing over 20 iterations at 1 allocation site:\n {2}- rememberEverything \(test\/testing\/heap-growth\.test\.ts:\d+:\d+\): \+[\d.]+ KiB per iteration/,
      );
      expect(err.message).toMatch(/allocated by /);
      const sites = err.sites!;
      expect(sites.map((s) => s.functionName)).toEqual(['rememberEverything']);
      const s = sites[0]!;
      expect(s.file).toMatch(/heap-growth\.test\.ts$/);
      expect(s.attribution).toBe('app');
      // 500 entries of ~100 bytes per iteration: tens of KiB, estimated from 8 KiB samples
      expect(s.bytesPerIteration).toBeGreaterThan(16 * 1024);
      expect(s.bytes).toBeGreaterThan(256 * 1024);
      expect(s.allocatedBy.length).toBeGreaterThan(0);
    } finally {
      history.length = 0;
    }
  });

  it('awaits an async scenario', async () => {
    try {
      const err = await failure(
        expectNoHeapGrowth(
          async (i) => {
            await new Promise((r) => setImmediate(r));
            rememberEverything(i);
          },
          { iterations: 10 },
        ),
      );
      expect(err.sites!.map((s) => s.functionName)).toEqual(['rememberEverything']);
    } finally {
      history.length = 0;
    }
  });

  it('passes a cache that warms up and then stays full', async () => {
    try {
      await expectNoHeapGrowth((i) => warmCache(i));
      expect(cache.size).toBe(2000);
    } finally {
      cache.clear();
    }
  });

  it('passes churn: lots of short-lived objects, strings, arrays and closures', async () => {
    await expectNoHeapGrowth((i) => churn(i));
    expect(kept).toHaveLength(5);
  });

  it("never blames leakguard's own bookkeeping, even with a tiny minGrowthBytes", async () => {
    // The sampler's series grow by a few numbers per sample; under vitest its frames look like
    // app code (scripts are named by path, not file: URL).
    await expectNoHeapGrowth(() => {}, { iterations: 40, minGrowthBytes: 4096, maxPValue: 0.01 });
  });

  it('leaves growth below minGrowthBytes alone', async () => {
    try {
      await expectNoHeapGrowth((i) => rememberEverything(i), {
        iterations: 10,
        minGrowthBytes: 64 * 1024 * 1024,
      });
    } finally {
      history.length = 0;
    }
  });

  it('rethrows what the scenario throws and leaves no heap sampling running', async () => {
    const boom = new Error('boom');
    let calls = 0;
    await expect(
      expectNoHeapGrowth(() => {
        if (++calls === 6) throw boom;
      }),
    ).rejects.toBe(boom);
    expect(calls).toBe(6);
    expect(heapSampling()).toBe(false);
    // a rejected promise too, during the warm-up
    await expect(expectNoHeapGrowth(() => Promise.reject(boom))).rejects.toBe(boom);
    expect(heapSampling()).toBe(false);
  });

  it('refuses to run while another inspector client samples the heap, and leaves it running', async () => {
    const other = new Session();
    other.connect();
    other.post('HeapProfiler.startSampling', { samplingInterval: 32768 });
    try {
      const err = await failure(expectNoHeapGrowth(() => {}));
      expect(err.code).toBe('LEAKGUARD_HEAP_UNAVAILABLE');
      expect(err.message).toMatch(/another inspector client is sampling the heap already/);
      expect(heapSampling()).toBe(true);
    } finally {
      other.post('HeapProfiler.stopSampling');
      other.disconnect();
    }
  });

  it('rejects a second call that overlaps the first, and the first still completes', async () => {
    const first = expectNoHeapGrowth(() => {}, { iterations: 5, warmup: 0 });
    const err = await failure(expectNoHeapGrowth(() => {}));
    expect(err.code).toBe('LEAKGUARD_HEAP_UNAVAILABLE');
    await first;
  });

  it('validates its options, naming the key', async () => {
    const noop = (): void => {};
    const cases: [unknown, string][] = [
      [{ iteration: 5 }, 'Unknown option `iteration`; did you mean `iterations`?'],
      [{ samplingInterval: 4096 }, 'did you mean `samplingIntervalBytes`?'],
      [{ iterations: 4 }, 'Expected `iterations` to be an integer >= 5, got `4` (number)'],
      [{ iterations: 7.5 }, 'Expected `iterations` to be an integer >= 5'],
      [{ warmup: -1 }, 'Expected `warmup` to be a non-negative integer, got `-1` (number)'],
      [{ samplingIntervalBytes: 100 }, 'Expected `samplingIntervalBytes` to be an integer >= 1024'],
      [{ minGrowthBytes: 0 }, 'Expected `minGrowthBytes` to be a number >= 1'],
      [{ minGrowthBytes: '1MB' }, 'Expected `minGrowthBytes` to be a number >= 1, got `"1MB"`'],
      [{ maxPValue: 0 }, 'Expected `maxPValue` to be a number in (0, 1], got `0` (number)'],
      [{ maxPValue: 2 }, 'Expected `maxPValue` to be a number in (0, 1]'],
      [null, 'Expected `options` to be an object, got `null` (null)'],
    ];
    for (const [options, message] of cases) {
      const err = await failure(expectNoHeapGrowth(noop, options as never));
      expect(err).toBeInstanceOf(TypeError);
      expect(err.code).toBe('LEAKGUARD_INVALID_OPTION');
      expect(err.message).toContain(message);
    }
    await expect(expectNoHeapGrowth('nope' as never)).rejects.toThrow(
      'Expected `scenario` to be a function, got `"nope"` (string)',
    );
    expect(heapSampling()).toBe(false);
  });
});
