/**
 * The heap sampler's own state stays bounded over an hour of samples: at most `maxSites` sites,
 * at most `window` settled points per site, and short per-site lists, while new allocation
 * sites keep appearing (more than `maxSites` of them) and one small leak grows all along.
 * Profiles are fed through the `_ingest` test hook, so the figures are counts, not timings.
 */
import { findSourceMap } from 'node:module';
import { describe, expect, it, vi } from 'vitest';
import { HeapSampler, resolveHeapOptions, type ProfileNode } from '../../src/internal/heap.js';

// Counts the source-map lookups a site's creation makes (its position, its stack's frames).
vi.mock('node:module', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:module')>();
  return { ...real, findSourceMap: vi.fn(real.findSourceMap) };
});

const MiB = 1048576;

/** A deterministic pseudo-random sequence (mulberry32), so a failure replays. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const node = (
  functionName: string,
  url: string,
  line: number,
  selfSize: number,
  children: ProfileNode[] = [],
) =>
  ({
    callFrame: { functionName, url, lineNumber: line, columnNumber: 2, scriptId: '0' },
    selfSize,
    children,
  }) as ProfileNode;

describe('HeapSampler state over an hour of samples', () => {
  it(
    'keeps at most maxSites sites, window points each, while new sites keep appearing',
    { timeout: 90_000 },
    () => {
      const maxSites = 500;
      const window = 90;
      const s = new HeapSampler(resolveHeapOptions({ maxSites }), window);
      const next = random(15);
      // One hour of the finder's heap reads at their default pace (heap.intervalMs, 10 s): 360
      // profiles. Each has 300 long-lived sites (churn), 150 sites never seen before (request
      // handlers, one-off code paths), a third-party path, and a leak rising 1 MiB/min.
      const profiles = 360;
      let fresh = 0;
      let maxAfter = 0;
      for (let k = 0; k < profiles; k++) {
        const t = k * 10_000;
        const children: ProfileNode[] = [];
        for (let i = 0; i < 300; i++)
          children.push(
            node('handler', '/srv/app/routes.js', i * 10, 0, [
              node('Array', '', -1, Math.round(next() * 64 * 1024)),
              node(`build${i % 7}`, '/srv/app/routes.js', 5000 + i, Math.round(next() * 32 * 1024)),
            ]),
          );
        for (let i = 0; i < 150; i++, fresh++)
          children.push(
            node(
              `once${fresh}`,
              `/srv/app/gen/${fresh % 97}.js`,
              fresh,
              1024 + Math.round(next() * 8192),
            ),
          );
        children.push(
          node('query', '/srv/app/node_modules/db/index.js', 12, 4096, [
            node('parse', '/srv/app/node_modules/db/parse.js', 40, 2048),
          ]),
        );
        children.push(node('keepHistory', '/srv/app/chat.js', 41, (k / profiles) * 60 * MiB));
        s._ingest(node('(root)', '', -1, 0, children), t, true);
        const st = s._state();
        maxAfter = Math.max(maxAfter, st.sites);
        expect(st.sites).toBeLessThanOrEqual(maxSites);
        expect(st.maxPoints).toBeLessThanOrEqual(window);
      }
      expect(fresh).toBeGreaterThan(maxSites * 100); // far more distinct sites than are kept
      const st = s._state();
      expect(maxAfter).toBe(maxSites); // it did fill up, and trimming held it there
      expect(st.points).toBeLessThanOrEqual(maxSites * window);
      expect(st.maxAllocatedBy).toBeLessThanOrEqual(3); // what one profile names under a site
      expect(st.maxFrames).toBeLessThanOrEqual(5);
      // the big growing site is never the one forgotten
      const leaks = s
        .report({ minSamples: 7, maxPValue: 0.001, minGrowth: 0 }, 10)
        .filter((r) => r.leaking);
      expect(leaks.map((r) => r.functionName)).toEqual(['keepHistory']);
      expect(leaks[0]!.samples).toBe(window);
    },
  );
});

describe('HeapSampler grouping when a profile has more sites than maxSites', () => {
  it('builds each kept site once, not the dropped ones again at every read', () => {
    const lookups = vi.mocked(findSourceMap);
    const s = new HeapSampler(resolveHeapOptions({ maxSites: 100 }), 90);
    // 300 sites under one caller, each retaining the same bytes at every read
    const profile = () =>
      node('(root)', '', -1, 0, [
        node(
          'main',
          '/srv/app/main.js',
          1,
          0,
          Array.from({ length: 300 }, (_, i) =>
            node(`site${i}`, '/srv/app/sites.js', i, (i + 1) * 1024),
          ),
        ),
      ]);
    lookups.mockClear();
    s._ingest(profile(), 0, true);
    const first = lookups.mock.calls.length;
    expect(s.size).toBe(100);
    expect(first).toBeGreaterThan(0);
    expect(first).toBeLessThanOrEqual(100 * 3); // the kept sites only: position + 2 stack frames
    lookups.mockClear();
    for (let k = 1; k <= 5; k++) s._ingest(profile(), k * 10_000, true);
    expect(lookups.mock.calls.length).toBe(0); // nothing new to build
    expect(
      s
        .report({ minSamples: 3, maxPValue: 1, minGrowth: 0 }, 100)
        .map((r) => r.functionName)
        .sort(),
    ).toEqual(Array.from({ length: 100 }, (_, i) => `site${i + 200}`).sort());
  });
});
