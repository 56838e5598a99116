// The profile read of bench/heap.ts: builds a large heap of live objects allocated from many
// app functions (a generated module, so each is a real file:line site) while V8's sampling
// heap profiler runs at HEAP_INTERVAL bytes, then times HeapSampler.sample (one
// getSamplingProfile + grouping by site) three times. Prints one `profile <json>` line.
// Env: HEAP_URL (built detect/heap.js), HEAP_MIB (live heap to build), HEAP_INTERVAL (bytes).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Session } from 'node:inspector';
import v8 from 'node:v8';
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
const { sites, callers } = await import(pathToFileURL(file).href);

const sampler = new HeapSampler(resolveHeapOptions({ samplingIntervalBytes: interval }), 90);
if (!sampler.start()) throw new Error(`heap sampling did not start: ${sampler.problem}`);

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

// live samples and nodes, read once through a second session
const s2 = new Session();
s2.connect();
let liveSamples = 0;
let nodes = 0;
s2.post('HeapProfiler.getSamplingProfile', (err, r) => {
  if (err) throw err;
  liveSamples = r.profile.samples.length;
  const stack = [r.profile.head];
  while (stack.length > 0) {
    const n = stack.pop();
    nodes++;
    stack.push(...n.children);
  }
});
s2.disconnect();

const readMs = [];
const readCpuMs = [];
const heapGrowth = [];
let rssPeakGrowth = 0;
for (let i = 0; i < 3; i++) {
  gc();
  const rss0 = process.resourceUsage().maxRSS;
  const h0 = process.memoryUsage().heapUsed;
  const c0 = process.cpuUsage();
  const w0 = performance.now();
  if (!sampler.sample(i * 60_000, true)) throw new Error(`sample failed: ${sampler.problem}`);
  readMs.push(performance.now() - w0);
  const c = process.cpuUsage(c0);
  readCpuMs.push((c.user + c.system) / 1000);
  heapGrowth.push(process.memoryUsage().heapUsed - h0);
  rssPeakGrowth = Math.max(rssPeakGrowth, (process.resourceUsage().maxRSS - rss0) * 1024);
}
sampler.stop();
rmSync(dir, { recursive: true, force: true });
process.stdout.write(
  `profile ${JSON.stringify({ heapUsed, liveSamples, nodes, sites: sampler.size, allocSeconds, readMs, readCpuMs, heapGrowth, rssPeakGrowth, gcMs, kept: live.length })}\n`,
);
