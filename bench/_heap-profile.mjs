// The profile read of bench/heap.ts: builds a large heap of live objects allocated from many
// app functions (a generated module, so each is a real file:line site) while V8's sampling
// heap profiler runs at HEAP_INTERVAL bytes, then times three profile reads, each in its parts:
// (a) the full GC the inspector runs inside getSamplingProfile (from the gc performance
// entries), (b) the rest of getSamplingProfile (V8 builds the profile, the inspector turns it
// into JSON, Node parses it back), (c) our grouping (HeapSampler._ingest). Prints one
// `profile <json>` line; then the same heap read through the read guard (`guard` in the line).
// Env: HEAP_URL (built internal/heap.js), HEAP_MIB (live heap to build), HEAP_INTERVAL (bytes),
// HEAP_GUARD_MS (the guard's budget, default 200 ms).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector';
import v8 from 'node:v8';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import vm from 'node:vm';

const { HeapSampler, resolveHeapOptions } = await import(process.env.HEAP_URL);
const targetBytes = Number(process.env.HEAP_MIB ?? 1024) * 1024 * 1024;
const interval = Number(process.env.HEAP_INTERVAL ?? 2048);
v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc');

// 1000 allocating functions, each reached through one of 4 callers: ~4000 distinct stacks.
const SITES = 1000;
const dir = mkdtempSync(join(tmpdir(), 'leakguard-heap-bench-'));
const file = join(dir, 'sites.mjs');
let src = '';
for (let i = 0; i < SITES; i++)
  src += `export function site${i}(n) { return { site: ${i}, n, at: n * 2, data: new Array(64).fill(n) }; }\n`;
src += `export const sites = [${Array.from({ length: SITES }, (_, i) => `site${i}`).join(', ')}];\n`;
src += 'export const callers = [0, 1, 2, 3].map((c) => (f, n) => f(n + c));\n';
writeFileSync(file, src);
// Loaded, the module no longer needs its file (V8 keeps the source; profiles name the URL), so
// the directory goes at once: no way out of this process leaves it, not even running out of
// memory while the heap is built (no handler runs then).
let sites, callers;
try {
  ({ sites, callers } = await import(pathToFileURL(file).href));
} finally {
  rmSync(dir, { recursive: true, force: true });
}

// HEAP_GUARD_GROW=1: only the read guard, as the finder meets it while the heap grows: a
// guarded sampler from the start, one settled sample per HEAP_GUARD_STEP_MIB (64) of growth
// (a read, or when the guard skips it the finder's own forced GC, timed). Prints `grow <json>`.
if (process.env.HEAP_GUARD_GROW === '1') {
  const budget = Number(process.env.HEAP_GUARD_MS ?? 200);
  const stepBytes = Number(process.env.HEAP_GUARD_STEP_MIB ?? 64) * 1024 * 1024;
  const g = new HeapSampler(
    resolveHeapOptions({ samplingIntervalBytes: interval, maxReadPauseMs: budget }),
    90,
  );
  if (!g.start()) throw new Error(g.problem);
  const steps = [];
  const live = [];
  const base = process.memoryUsage().heapUsed;
  let next = stepBytes;
  for (let n = 0; ; n++) {
    live.push(callers[Math.floor(n / SITES) & 3](sites[n % SITES], n));
    if ((n & 0x3fff) !== 0) continue;
    const grown = process.memoryUsage().heapUsed - base;
    if (grown < next && grown < targetBytes) continue;
    next += stepBytes;
    const c0 = process.cpuUsage();
    const w0 = performance.now();
    const read = g.sample(n, true);
    const sampleMs = performance.now() - w0;
    const c1 = process.cpuUsage(c0);
    const sampleCpuMs = (c1.user + c1.system) / 1000;
    let finderGcMs = null;
    if (!read) {
      const g0 = performance.now();
      g.timedGc(() => (gc(), true));
      finderGcMs = performance.now() - g0;
    }
    const st = g.readStats();
    steps.push({
      heapMiB: Math.round(v8.getHeapStatistics().used_heap_size / 2 ** 20),
      read,
      sampleMs,
      sampleCpuMs,
      finderGcMs,
      interval: st.samplingIntervalBytes,
      paused: st.paused?.reason ?? null,
      notices: g.takeNotices(),
    });
    if (grown >= targetBytes) break;
  }
  g.stop();
  process.stdout.write(`grow ${JSON.stringify({ budget, steps, kept: live.length })}\n`);
  process.exit(0);
}

// Sampling runs on a session of our own, so each part of a read can be timed apart: the read
// is exactly what HeapSampler.sample does (getSamplingProfile, then grouping = _ingest).
const session = new Session();
session.connect();
session.post('HeapProfiler.startSampling', { samplingInterval: interval });
const sampler = new HeapSampler(resolveHeapOptions({ samplingIntervalBytes: interval }), 90);

const live = [];
const t0 = performance.now();
const base = process.memoryUsage().heapUsed;
for (let n = 0; ; n++) {
  live.push(callers[Math.floor(n / SITES) & 3](sites[n % SITES], n));
  if ((n & 0xffff) === 0 && process.memoryUsage().heapUsed - base >= targetBytes) break;
}
const allocSeconds = (performance.now() - t0) / 1000;
let g = performance.now();
gc();
const gcMs = performance.now() - g;
const heapUsed = process.memoryUsage().heapUsed;

// Full GCs, with their durations (the inspector's read runs one: kSamplingForceGC).
const gcs = [];
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) gcs.push(e);
});
obs.observe({ entryTypes: ['gc'] });
// lets the observer deliver (gc entries come a few turns later)
const tick = async () => {
  for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 20));
};

const rounds = [];
let liveSamples = 0;
let nodes = 0;
let rssPeakGrowth = 0;
for (let i = 0; i < 3; i++) {
  gc();
  await tick();
  gcs.length = 0;
  // (a) + (b): one getSamplingProfile, its forced GC included
  const rss0 = process.resourceUsage().maxRSS;
  const h0 = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  let profile = null;
  session.post('HeapProfiler.getSamplingProfile', (err, r) => {
    if (err) throw err;
    profile = r.profile;
  });
  const w1 = performance.now();
  const c1 = process.cpuUsage(c0);
  const profileBytes = process.memoryUsage().heapUsed - h0; // the profile as JS objects, and garbage
  // (c): our grouping of that profile
  const g0 = performance.now();
  const gc0 = process.cpuUsage();
  sampler._ingest(profile.head, i * 60_000, true);
  const groupMs = performance.now() - g0;
  const gc1 = process.cpuUsage(gc0);
  rssPeakGrowth = Math.max(rssPeakGrowth, (process.resourceUsage().maxRSS - rss0) * 1024);
  await tick();
  const inRead = gcs.filter((e) => e.startTime >= w0 - 1 && e.startTime <= w1);
  const gcInReadMs = inRead.reduce((s, e) => s + e.duration, 0);
  if (i === 0) {
    liveSamples = profile.samples.length;
    const stack = [profile.head];
    while (stack.length > 0) {
      const n = stack.pop();
      nodes++;
      for (const c of n.children) stack.push(c);
    }
  }
  rounds.push({
    readMs: w1 - w0,
    readCpuMs: (c1.user + c1.system) / 1000,
    gcInReadMs,
    gcsInRead: inRead.length,
    profileMs: w1 - w0 - gcInReadMs,
    groupMs,
    groupCpuMs: (gc1.user + gc1.system) / 1000,
    profileBytes,
  });
}
obs.disconnect();
session.post('HeapProfiler.stopSampling');
session.disconnect();

// With the read guard (heap.maxReadPauseMs = HEAP_GUARD_MS): what the finder does at each
// settled sample: a guarded read, and when the guard skips it, the finder's own forced GC
// (timed, so the guard learns what a GC of this heap costs). Sampling restarts here, so the
// profile starts empty: the guard's decision is the GC's.
const budget = Number(process.env.HEAP_GUARD_MS ?? 200);
const guarded = new HeapSampler(
  resolveHeapOptions({ samplingIntervalBytes: interval, maxReadPauseMs: budget }),
  90,
);
if (!guarded.start()) throw new Error(guarded.problem);
const steps = [];
const notices = [];
for (let i = 0; i < 4; i++) {
  await tick();
  const w0 = performance.now();
  const read = guarded.sample(i * 10_000, true);
  const sampleMs = performance.now() - w0;
  let finderGcMs = null;
  if (!read) {
    const g0 = performance.now();
    guarded.timedGc(() => (gc(), true));
    finderGcMs = performance.now() - g0;
  }
  notices.push(...guarded.takeNotices());
  steps.push({ read, sampleMs, finderGcMs });
}
const guard = { budget, steps, notices, stats: guarded.readStats() };
guarded.stop();
process.stdout.write(
  `profile ${JSON.stringify({ heapUsed, liveSamples, nodes, sites: sampler.size, allocSeconds, rounds, rssPeakGrowth, gcMs, kept: live.length, guard })}\n`,
);
