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

describe('HeapSampler: inlining into a caller whose callees are forgotten (the hour soak)', () => {
  // The hour soak's false site, replayed: a request handler stores objects made by functions
  // that keep appearing (a new one every second) in a ring buffer of constant size. V8 inlines
  // the functions into the handler as they get hot, so more and more of the ring is sampled
  // under the handler: it rises steadily while the functions' own sites lose as much together.
  // But no one of them falls steadily — each rises while it is new and drops when the ring
  // passes it, a bump — and most are not even followed (small, beyond maxSites): the inlining
  // rule, which read the followed sites one by one, found nothing falling and named the
  // handler (it did so here with every site followed too: maxSites 4000).
  const HANDLER = '/srv/app/server.js';
  const ring = 16 * MiB;
  /** Profile `k` (one read every 10 s): `inlined` is the share of the ring sampled under the handler. */
  function profile(k: number, inlined: number, next: () => number, leak: number): ProfileNode {
    const routes: ProfileNode[] = [];
    // 30 long-lived sites of ~1 MiB each: they, not the small makers, fill maxSites
    for (let i = 0; i < 30; i++)
      routes.push(
        node(`route${i}`, '/srv/app/routes.js', i * 20, MiB + Math.round(next() * 64 * 1024)),
      );
    // 10 new makers per read; the ring holds objects of the last 8 reads' makers, equally
    const makers: ProfileNode[] = [];
    const first = Math.max(0, (k - 7) * 10);
    const live = k * 10 + 10 - first;
    for (let m = first; m < k * 10 + 10; m++)
      makers.push(
        node(`make${m}`, `/tmp/soak/gen-${m}.js`, 0, Math.round(((1 - inlined) * ring) / live)),
      );
    routes.push(node('keepHistory', '/srv/app/chat.js', 41, leak));
    return node('(root)', '', -1, 0, [
      node('(anonymous)', HANDLER, 99, 2 * MiB + Math.round(inlined * ring), makers),
      ...routes,
    ]);
  }
  const criteria = { minSamples: 7, maxPValue: 0.001, minGrowth: 0 };

  it('does not name the handler while the ring turns over into it; a leak elsewhere is named', () => {
    const s = new HeapSampler(resolveHeapOptions({ maxSites: 40 }), 90);
    const next = random(7);
    const named = new Set<string>();
    let keepHistoryAt: number | null = null;
    for (let k = 0; k < 60; k++) {
      // from read 6 on, the ring moves into the handler over 5 minutes (30 reads), then stays
      const inlined = Math.min(1, Math.max(0, (k - 6) / 30));
      s._ingest(profile(k, inlined, next, k * 0.25 * MiB), k * 10_000, true);
      expect(s.size).toBeLessThanOrEqual(40);
      for (const r of s.report(criteria, 10)) {
        if (!r.leaking) continue;
        named.add(r.functionName);
        if (r.functionName === 'keepHistory') keepHistoryAt ??= k;
      }
    }
    expect([...named]).toEqual(['keepHistory']);
    expect(keepHistoryAt).not.toBeNull();
    expect(keepHistoryAt!).toBeLessThan(12);
  });

  it('still names the handler when what moves into it is not lost elsewhere (a kept history)', () => {
    // The same makers, but what they store is kept forever: half of it sampled under the
    // handler (inlined), half under the makers, whose sites each stay flat once their second
    // has passed — real growth under the handler that nothing falling explains.
    const s = new HeapSampler(resolveHeapOptions({ maxSites: 40 }), 90);
    const next = random(8);
    let handlerAt: number | null = null;
    for (let k = 0; k < 30; k++) {
      const routes: ProfileNode[] = [];
      for (let i = 0; i < 30; i++)
        routes.push(
          node(`route${i}`, '/srv/app/routes.js', i * 20, MiB + Math.round(next() * 64 * 1024)),
        );
      const makers: ProfileNode[] = [];
      for (let m = 0; m < k * 10 + 10; m++)
        makers.push(node(`make${m}`, `/tmp/soak/gen-${m}.js`, 0, 8 * 1024));
      s._ingest(
        node('(root)', '', -1, 0, [
          node('(anonymous)', HANDLER, 99, 2 * MiB + k * 0.5 * MiB, makers),
          ...routes,
        ]),
        k * 10_000,
        true,
      );
      const leaks = s.report(criteria, 10).filter((r) => r.leaking);
      if (leaks.some((r) => r.functionName === '(anonymous)')) handlerAt ??= k;
    }
    expect(handlerAt).not.toBeNull();
    expect(handlerAt!).toBeLessThan(12);
  });
});
