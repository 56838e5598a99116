/**
 * Heap sites: the sampling heap profiler names the function whose retained memory keeps
 * growing, and stays quiet for churn, a warm-up that stops and a full bounded cache.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HeapSampler, resolveHeapOptions, type HeapSiteReport } from '../../src/internal/heap.js';
import { forceGc } from '../helpers/gc.js';

const criteria = { minSamples: 6, maxPValue: 0.01, minGrowth: 0 };
const samplers: HeapSampler[] = [];
afterEach(() => {
  for (const s of samplers.splice(0)) s.stop();
});

function sampler(minGrowthBytes = 256 * 1024): HeapSampler {
  const s = new HeapSampler(
    resolveHeapOptions({ samplingIntervalBytes: 16 * 1024, minGrowthBytes }),
    12,
  );
  samplers.push(s);
  expect(s.start()).toBe(true);
  return s;
}

/** Runs `round(i)` then a settled sample, `rounds` times, one simulated minute apart. */
function run(s: HeapSampler, rounds: number, round: (i: number) => void): HeapSiteReport[] {
  for (let i = 0; i < rounds; i++) {
    round(i);
    forceGc();
    expect(s.sample(i * 60_000, true)).toBe(true);
  }
  return s.report(criteria, 50);
}

const history: { at: number; text: string }[][] = [];
function keepHistory(i: number): void {
  const entries: { at: number; text: string }[] = [];
  for (let k = 0; k < 2000; k++)
    entries.push({ at: i, text: `message ${i}:${k} ${'x'.repeat(80)}` });
  history.push(entries); // never pruned: the leak
}

let scratch: unknown[] = [];
function churn(i: number): void {
  const tmp: unknown[] = [];
  for (let k = 0; k < 4000; k++) tmp.push({ i, k, s: `tmp ${k}`.repeat(4), f: () => k });
  scratch = tmp.slice(0, 10); // the rest is garbage at once
}

const cache = new Map<number, string>();
function fillCache(i: number): void {
  // fills 3000 entries in the first two rounds, then only replaces what it holds
  for (let k = 0; k < 1500; k++)
    cache.set(i < 2 ? i * 1500 + k : k, `entry ${k} ${'y'.repeat(100)}`);
}

describe('HeapSampler', () => {
  it('names the function whose retained bytes keep growing, with what it allocated', () => {
    const s = sampler();
    const reports = run(s, 10, keepHistory);
    const leaking = reports.filter((r) => r.leaking);
    expect(leaking.map((r) => r.functionName)).toEqual(['keepHistory']);
    const r = leaking[0]!;
    expect(r.kind).toBe('heap');
    expect(r.site).toMatch(/heap\.test\.ts:\d+:\d+$/);
    expect(r.file).toMatch(/heap\.test\.ts$/);
    expect(r.attribution).toBe('app');
    expect(r.samples).toBe(10);
    expect(r.bytes).toBeGreaterThan(1024 * 1024); // 20k entries of ~150 bytes, estimated
    expect(r.growthBytesPerMinute).toBeGreaterThan(100 * 1024);
    expect(r.pValue).toBeLessThan(0.01);
    expect(r.stack[0]).toContain('keepHistory');
    expect(r.allocatedBy.length).toBeGreaterThan(0);
    history.length = 0;
  });

  it('reports nothing for churn, nor for a cache that fills up and then stays full', () => {
    const s = sampler();
    const reports = run(s, 10, (i) => {
      churn(i);
      fillCache(i);
    });
    expect(reports.filter((r) => r.leaking)).toEqual([]);
    expect(scratch.length).toBe(10);
    cache.clear();
  });

  it('stops cleanly, and says why when it cannot read', () => {
    const s = sampler();
    expect(s.running).toBe(true);
    s.stop();
    expect(s.running).toBe(false);
    expect(s.sample(0, true)).toBe(false);
    expect(s.problem).toBeNull();
  });

  it('validates its options', () => {
    expect(() => resolveHeapOptions({ samplingInterval: 1 })).toThrow(
      'Unknown option `heap.samplingInterval`; did you mean `heap.samplingIntervalBytes`?',
    );
    expect(() => resolveHeapOptions({ samplingIntervalBytes: 10 })).toThrow(
      'Expected `heap.samplingIntervalBytes` to be an integer >= 1024',
    );
    expect(() => resolveHeapOptions('yes')).toThrow('Expected `heap` to be a boolean or an object');
    expect(resolveHeapOptions(true).samplingIntervalBytes).toBe(128 * 1024);
  });

  it('checks the bounds of every heap option, naming the dotted key', () => {
    const bad: [Record<string, unknown>, string][] = [
      [
        { samplingIntervalBytes: 1023 },
        'Expected `heap.samplingIntervalBytes` to be an integer >= 1024',
      ],
      [
        { samplingIntervalBytes: 4096.5 },
        'Expected `heap.samplingIntervalBytes` to be an integer >= 1024',
      ],
      [{ minGrowthBytes: 0 }, 'Expected `heap.minGrowthBytes` to be a number >= 1'],
      [{ maxSites: 0 }, 'Expected `heap.maxSites` to be a positive integer'],
      [{ maxSites: 2.5 }, 'Expected `heap.maxSites` to be a positive integer'],
      [{ intervalMs: 99 }, 'Expected `heap.intervalMs` to be a number >= 100'],
      [{ intervalMs: Number.NaN }, 'Expected `heap.intervalMs` to be a number >= 100'],
      [{ intervalMs: '10s' }, 'Expected `heap.intervalMs` to be a number >= 100'],
    ];
    for (const [o, message] of bad) {
      let err: unknown;
      try {
        resolveHeapOptions(o);
      } catch (e) {
        err = e;
      }
      expect(err, JSON.stringify(o)).toBeInstanceOf(TypeError);
      expect((err as Error).message).toContain(message);
      expect((err as { code?: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    }
    expect(
      resolveHeapOptions({ samplingIntervalBytes: 1024, intervalMs: 100, maxSites: 1 }),
    ).toMatchObject({
      samplingIntervalBytes: 1024,
      intervalMs: 100,
      maxSites: 1,
    });
  });

  it('LEAKGUARD_HEAP takes 1 or 0 only, named in the error', async () => {
    const { readRegisterConfig } = await import('../../src/detect/env.js');
    expect(readRegisterConfig({ LEAKGUARD_HEAP: '1' }).finder.heap).toBe(true);
    expect(readRegisterConfig({ LEAKGUARD_HEAP: '0' }).finder.heap).toBe(false);
    expect(() => readRegisterConfig({ LEAKGUARD_HEAP: 'yes' })).toThrow(
      'Expected `LEAKGUARD_HEAP` to be `1` or `0`',
    );
  });
});

describe('LeakFinder with heap: true', () => {
  const retained: string[][] = [];
  function growRegistry(i: number): void {
    const batch: string[] = [];
    for (let k = 0; k < 3000; k++) batch.push(`session ${i}:${k} ${'z'.repeat(60)}`);
    retained.push(batch);
  }

  it('reports the growing heap site under `heap`, next to the listener sites', async () => {
    const { LeakFinder } = await import('../../src/detect/finder.js');
    const f = new LeakFinder({
      sampleIntervalMs: 3_600_000,
      gcIntervalMs: 0,
      minSamples: 6,
      window: 20,
      heap: { samplingIntervalBytes: 16 * 1024, minGrowthBytes: 256 * 1024 },
    });
    // The finder's clock is Date.now(): a real clock makes the growth per minute follow the
    // machine's load (a slow last third reads as "no longer growing"). Each sample is 1 s later.
    vi.useFakeTimers({ toFake: ['Date'] });
    const t0 = Date.now();
    f.start();
    try {
      for (let i = 0; i < 10; i++) {
        growRegistry(i);
        await new Promise((r) => setImmediate(r)); // the sample's GC frees only past jobs
        vi.setSystemTime(t0 + (i + 1) * 1000);
        f.sample();
      }
      const heap = f.report().heap!;
      expect(heap.running).toBe(true);
      expect(heap.problem).toBeNull();
      expect(heap.leaks.map((h) => h.functionName)).toEqual(['growRegistry']);
      expect(heap.leaks[0]!.site).toMatch(/heap\.test\.ts:\d+:\d+$/);
      // A graceful shutdown releases the data before the final report: the report at exit
      // (settleNow) still shows what grew while the app ran.
      retained.length = 0;
      f.settleNow();
      expect(f.report().heap!.leaks.map((h) => h.functionName)).toEqual(['growRegistry']);
    } finally {
      f.stop();
      vi.useRealTimers();
      retained.length = 0;
    }
  });

  it('says once that heap sites are off when another inspector client stops the profiler', async () => {
    const { LeakFinder } = await import('../../src/detect/finder.js');
    const { Session } = await import('node:inspector');
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 0, heap: true });
    f.start();
    const other = new Session();
    other.connect();
    try {
      f.sample();
      other.post('HeapProfiler.stopSampling');
      f.sample();
      f.sample();
      const report = f.report();
      expect(report.heap!.running).toBe(false);
      expect(report.heap!.problem).toMatch(/heap profile read failed/);
      expect(
        warn.mock.calls.filter((c) => String(c[0]).includes('heap sites are off')),
      ).toHaveLength(1);
      expect(report.active).toBe(true); // the other kinds carry on
      expect(report.settledSamples).toBe(3);
    } finally {
      other.disconnect();
      f.stop();
      warn.mockRestore();
    }
  });

  it('refuses bad heap options through the finder, with the did-you-mean', async () => {
    const { LeakFinder } = await import('../../src/detect/finder.js');
    expect(() => new LeakFinder({ heap: { interval: 5 } } as never)).toThrow(
      'Unknown option `heap.interval`; did you mean `heap.intervalMs`?',
    );
    expect(() => new LeakFinder({ heaps: true } as never)).toThrow('did you mean `heap`?');
  });
});

describe('HeapSampler attribution', () => {
  it("never names leakguard's own code (its sources are named by path under vitest)", () => {
    const s = sampler(1);
    // the sampler's own bookkeeping allocates on every sample: it must not become a site
    const reports = run(s, 8, () => {});
    expect(reports.filter((r) => /src[\\/]internal[\\/]/.test(r.file))).toEqual([]);
  });
});

describe('HeapSampler and source maps', () => {
  it('names the original TypeScript line when Node has the source map (--enable-source-maps)', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { spawnSync } = await import('node:child_process');
    const ts = (await import('typescript')).default;
    const { buildSources } = await import('./support/build.js');
    const dir = mkdtempSync(join(tmpdir(), 'lg-heap-map-'));
    try {
      // Types and interfaces vanish in the JavaScript: the TS line of keepLog is not the JS one.
      const source = [
        'interface Entry {',
        '  at: number;',
        '  text: string;',
        '}',
        'type Log = Entry[];',
        'const log: Log = [];',
        'export function keepLog(i: number): void {',
        "  for (let k = 0; k < 3000; k++) log.push({ at: i, text: `entry ${i}:${k} ${'m'.repeat(60)}` });",
        '}',
      ].join('\n');
      const js = ts.transpileModule(source, {
        fileName: join(dir, 'app.ts'),
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          inlineSourceMap: true,
          inlineSources: true,
        },
      }).outputText;
      writeFileSync(join(dir, 'app.js'), js);
      writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
      writeFileSync(
        join(dir, 'run.mjs'),
        [
          `import { HeapSampler, resolveHeapOptions } from ${JSON.stringify(buildSources().url('internal/heap.js'))};`,
          "import { keepLog } from './app.js';",
          'const s = new HeapSampler(resolveHeapOptions({ samplingIntervalBytes: 16384, minGrowthBytes: 262144 }), 12);',
          's.start();',
          'for (let i = 0; i < 10; i++) { keepLog(i); await new Promise((r) => setImmediate(r)); gc(); s.sample(i * 60000, true); }',
          'console.log(JSON.stringify(s.report({ minSamples: 6, maxPValue: 0.01, minGrowth: 0 }, 5).filter((r) => r.leaking)));',
          's.stop();',
        ].join('\n'),
      );
      const r = spawnSync(
        process.execPath,
        ['--enable-source-maps', '--expose-gc', join(dir, 'run.mjs')],
        {
          encoding: 'utf8',
          timeout: 60_000,
        },
      );
      expect(r.stderr).toBe('');
      const leaks = JSON.parse(r.stdout) as HeapSiteReport[];
      expect(leaks.map((l) => [l.functionName, l.line])).toEqual([['keepLog', 7]]);
      expect(leaks[0]!.file).toMatch(/app\.ts$/);
      expect(leaks[0]!.site).toMatch(/app\.ts:7:\d+$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 90_000);
});

describe('HeapSampler grouping', () => {
  it("leaves out what leakguard's instrumentation allocates for the app, keeps what the app makes through leakguard", async () => {
    const { pathToFileURL } = await import('node:url');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers/cached-build.js');
    const url = (rel: string) => pathToFileURL(join(ROOT, rel)).href;
    const frame = (functionName: string, u: string, lineNumber = 0) => ({
      functionName,
      url: u,
      lineNumber,
      columnNumber: 0,
      scriptId: '0',
    });
    const node = (
      callFrame: ReturnType<typeof frame>,
      selfSize: number,
      children: unknown[] = [],
    ) => ({
      callFrame,
      selfSize,
      children,
      id: 0,
    });
    const app = '/srv/app/server.js';
    const profile = (n: number) =>
      node(frame('(root)', ''), 0, [
        node(frame('join', app, 9), 0, [
          // a Connection made by core for the app's scope.on(): the app's data
          node(frame('on', url('src/core/scope.ts'), 400), 1000 * n),
          // a stack string the finder captured when the app registered: leakguard's own
          node(frame('captureSite', url('src/detect/stack.ts'), 70), 0, [
            node(frame('relativize', url('src/detect/stack.ts'), 160), 5000 * n),
          ]),
        ]),
      ]);
    const s = new HeapSampler(resolveHeapOptions({ minGrowthBytes: 1000 }), 12);
    for (let i = 1; i <= 8; i++) s._ingest(profile(i) as never, i * 60_000, true);
    const [site] = s.report(criteria, 5);
    expect(site).toMatchObject({ functionName: 'join', bytes: 8000, leaking: true });
    expect(site!.allocatedBy.map((a) => a.name)).toEqual(['on']);
  });
});

describe('HeapSampler: a warm-up that stopped', () => {
  it('is not reported while its rise is still inside the window; a steady rise is', () => {
    const MiB = 1048576;
    const frame = (functionName: string, lineNumber: number) => ({
      functionName,
      url: '/srv/app/cache.js',
      lineNumber,
      columnNumber: 0,
      scriptId: '0',
    });
    const profile = (warm: number, leak: number) => ({
      callFrame: {
        functionName: '(root)',
        url: '',
        lineNumber: -1,
        columnNumber: -1,
        scriptId: '0',
      },
      selfSize: 0,
      id: 0,
      children: [
        { callFrame: frame('warmUp', 3), selfSize: warm, children: [], id: 1 },
        { callFrame: frame('keepAll', 20), selfSize: leak, children: [], id: 2 },
      ],
    });
    const s = new HeapSampler(resolveHeapOptions({ minGrowthBytes: MiB }), 90);
    // warmUp fills 30 MiB over its first eight samples, then stays flat; keepAll rises steadily
    for (let i = 0; i < 12; i++)
      s._ingest(profile(Math.min(i, 8) * 3.75 * MiB, i * MiB) as never, i * 10_000, true);
    const leaking = s
      .report({ minSamples: 7, maxPValue: 0.001, minGrowth: 0 }, 10)
      .filter((r) => r.leaking);
    expect(leaking.map((r) => r.functionName)).toEqual(['keepAll']);
  });
});

describe('HeapSampler: a function V8 inlines into its caller, or deoptimizes again', () => {
  it('does not report the bytes moving between the two sites; a leak under the same caller is', () => {
    const MiB = 1048576;
    const frame = (functionName: string, lineNumber: number) => ({
      functionName,
      url: '/srv/app/server.js',
      lineNumber,
      columnNumber: 0,
      scriptId: '0',
    });
    // handle() calls cacheEntry() (a full LRU cache: 6 MiB that turns over) and remember() (a
    // leak). As cacheEntry gets inlined into handle, the entries it replaces are sampled under
    // handle; later it is deoptimized and they move back. The cache's bytes stay 6 MiB.
    const profile = (inHandle: number, leak: number) => ({
      callFrame: {
        functionName: '(root)',
        url: '',
        lineNumber: -1,
        columnNumber: -1,
        scriptId: '0',
      },
      selfSize: 0,
      id: 0,
      children: [
        {
          callFrame: frame('handle', 80),
          selfSize: 0.5 * MiB + inHandle,
          id: 1,
          children: [
            {
              callFrame: frame('cacheEntry', 58),
              selfSize: 6 * MiB - inHandle,
              children: [],
              id: 2,
            },
            { callFrame: frame('remember', 30), selfSize: leak, children: [], id: 3 },
          ],
        },
      ],
    });
    const criteria7 = { minSamples: 7, maxPValue: 0.001, minGrowth: 0 };
    const inlined = new HeapSampler(resolveHeapOptions({ minGrowthBytes: MiB }), 90);
    const deoptimized = new HeapSampler(resolveHeapOptions({ minGrowthBytes: MiB }), 90);
    for (let i = 0; i < 20; i++) {
      const moved = (i / 19) * 6 * MiB; // from none to all of the cache, steadily
      inlined._ingest(profile(moved, i * 0.5 * MiB) as never, i * 10_000, true);
      deoptimized._ingest(profile(6 * MiB - moved, 0) as never, i * 10_000, true);
    }
    expect(
      inlined
        .report(criteria7, 10)
        .filter((r) => r.leaking)
        .map((r) => r.functionName),
    ).toEqual(['remember']);
    expect(deoptimized.report(criteria7, 10).filter((r) => r.leaking)).toEqual([]);
  });
});

describe('HeapSampler: code whose script was collected', () => {
  it('gives what it allocated to no site (not to its caller); builtins stay with the caller', () => {
    const MiB = 1048576;
    const frame = (functionName: string, url: string, lineNumber: number, scriptId: string) => ({
      functionName,
      url,
      lineNumber,
      columnNumber: url === '' ? -1 : 4,
      scriptId,
    });
    // handle() stores into a full ring (6 MiB) objects made by freshly compiled functions
    // (vm scripts, each dropped a little later). As each script is collected, V8's profile
    // keeps its id but loses its file and position (url "", line -1): the heap soak's shape.
    // Meanwhile remember() leaks through a builtin (Array.prototype.push: script id "0").
    const profile = (dead: number, leak: number) => ({
      callFrame: frame('(root)', '', -1, '0'),
      selfSize: 0,
      id: 0,
      children: [
        {
          callFrame: frame('', '/srv/app/server.js', 98, '40'),
          selfSize: 0.5 * MiB,
          id: 1,
          children: [
            { callFrame: frame('make7', '', -1, '243'), selfSize: dead, children: [], id: 2 },
            {
              callFrame: frame('make8', '/tmp/gen-8.js', 0, '244'),
              selfSize: 6 * MiB - dead,
              children: [],
              id: 3,
            },
          ],
        },
        {
          callFrame: frame('remember', '/srv/app/server.js', 30, '40'),
          selfSize: 0,
          id: 4,
          children: [
            { callFrame: frame('push', '', -1, '0'), selfSize: leak, children: [], id: 5 },
          ],
        },
      ],
    });
    const s = new HeapSampler(resolveHeapOptions({ minGrowthBytes: MiB }), 90);
    for (let i = 0; i < 20; i++)
      s._ingest(profile((i / 19) * 6 * MiB, i * 0.5 * MiB) as never, i * 10_000, true);
    const reports = s.report({ minSamples: 7, maxPValue: 0.001, minGrowth: 0 }, 10);
    expect(reports.filter((r) => r.leaking).map((r) => r.functionName)).toEqual(['remember']);
    // the handler keeps only what it allocated itself; the collected script's 6 MiB is nobody's
    const handler = reports.find((r) => r.line === 99);
    expect(handler?.bytes).toBe(0.5 * MiB);
    expect(reports.some((r) => r.functionName === 'make7')).toBe(false);
    expect(reports.find((r) => r.functionName === 'remember')?.allocatedBy[0]?.name).toBe('push');
  });
});
