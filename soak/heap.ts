/**
 * Soak: the runtime leak finder with heap sites on (`startLeakFinder({ heap: true })`, default
 * options) for an hour, in this process, against an HTTP server on 127.0.0.1 that has churn
 * (objects, strings, closures made and dropped per request), allocation sites that keep
 * appearing (a new compiled function every second, whose objects live in a ring buffer for a
 * while and are then dropped: far more sites over the run than `heap.maxSites`) and a steady
 * small leak (a history kept forever, SOAK_LEAK_KIB per minute).
 *
 * Checked every SOAK_CHECK_SECONDS, and at the end, against the cap stated in docs/detect.md
 * ("Heap sites: the finder's own memory"): sites followed <= heap.maxSites (500), settled points
 * per site <= window (90), and the bytes the sampler's state retains (measured at the end: the
 * heap after a full GC with the sampler, then with it dropped) <= SOAK_CAP_MIB (2 MiB). Also
 * checks that the leak is named. Prints the figures.
 *
 * Env: SOAK_SECONDS (default 3600), SOAK_RATE (requests/s, default 50), SOAK_LEAK_KIB (leak per
 * minute, default 256), SOAK_CHECK_SECONDS (default 60), SOAK_CAP_MIB (default 2).
 */
import http from 'node:http';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { constants as osConstants, tmpdir } from 'node:os';
import { join } from 'node:path';
import vm from 'node:vm';
import { LeakFinder, startLeakFinder, stopLeakFinder } from '../src/detect/index.js';
import type { HeapSampler } from '../src/internal/heap.js';
import { collectGarbage } from '../src/internal/gc.js';

const seconds = Number(process.env.SOAK_SECONDS ?? 3600);
const rate = Number(process.env.SOAK_RATE ?? 50);
const leakKiB = Number(process.env.SOAK_LEAK_KIB ?? 256);
const checkSeconds = Number(process.env.SOAK_CHECK_SECONDS ?? 60);
const capMiB = Number(process.env.SOAK_CAP_MIB ?? 2);
const MiB = 1048576;
const mib = (b: number): string => (b / MiB).toFixed(2);

// --- the app --------------------------------------------------------------------------------

// The generated scripts' file names live here (vm only names them; nothing is written). Removed
// on every way out: 'exit' runs at the end below (process.exit), after an uncaught error or a
// failed check, and after Ctrl-C or kill, which end through process.exit. Stopped with only
// the removal at the end, the hour-long soak left its directory behind.
const dir = mkdtempSync(join(tmpdir(), 'leakguard-soak-heap-'));
process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
for (const s of ['SIGINT', 'SIGTERM'] as const)
  process.once(s, () => process.exit(128 + osConstants.signals[s]));
const history: unknown[] = [];
let leaked = 0;
const t0 = Date.now();
/** The steady leak: what should be named. Filled by wall time, whatever the load. */
function keepHistory(): void {
  const want = (((Date.now() - t0) / 60_000) * leakKiB * 1024) | 0;
  while (leaked < want) {
    history.push({ at: Date.now(), words: new Array(120).fill(leaked) });
    leaked += 1024;
  }
}

let keep: unknown = null;
function churn(path: string): number {
  const objs = [];
  for (let i = 0; i < 50; i++) objs.push({ i, path, text: `item ${i} ${path}`, at: [i, i + 1] });
  const fns = objs.map((o) => () => o.i + o.text.length);
  keep = { total: fns.reduce((s, f) => s + f(), 0) };
  return objs.length;
}

// A new allocating function every second (a script of its own: a site of its own); each
// request stores an object (~4 KiB) made by one of the 50 newest into a ring of 4000 (~16 MiB,
// ~125 live samples at the default 128 KiB interval), so sites keep coming and going.
type Make = (n: number) => unknown;
const makers: Make[] = [];
let generated = 0;
function newMaker(): void {
  const id = generated++;
  const file = join(dir, `gen-${id}.js`);
  const make = vm.runInThisContext(
    `(function make${id}(n) { return { id: ${id}, n, data: new Array(500).fill(n) }; })`,
    { filename: file },
  ) as Make;
  makers.push(make);
  if (makers.length > 50) makers.shift();
}
const ring: unknown[] = new Array<unknown>(4000).fill(null);
let ringAt = 0;

newMaker();
const makerTimer = setInterval(newMaker, 1000);
const leakTimer = setInterval(keepHistory, 100);

// --- the finder -----------------------------------------------------------------------------

const finder: LeakFinder = startLeakFinder({ heap: true });
/** The finder's sampler (private on LeakFinder; the soak reads its state like a test). */
const sampler = (): HeapSampler | null => (finder as unknown as { heap: HeapSampler | null }).heap;
const o = finder.options;
const heapOptions = o.heap === false ? null : o.heap;
if (heapOptions === null) throw new Error('heap sites are off');
let longestTurnMs = 0;
const sample = finder.sample.bind(finder);
finder.sample = () => {
  const start = performance.now();
  sample();
  longestTurnMs = Math.max(longestTurnMs, performance.now() - start);
};

const server = http.createServer((req, res) => {
  const n = churn(req.url ?? '/');
  ring[ringAt++ % ring.length] = makers[requests % makers.length]!(n);
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ ok: true, n, kept: keep !== null }));
});
server.listen(0, '127.0.0.1');
await once(server, 'listening');
const port = (server.address() as { port: number }).port;
const agent = new http.Agent({ keepAlive: true, maxSockets: 4 });

// --- load and checks ------------------------------------------------------------------------

let requests = 0;
let failures = 0;
const loadTimer = setInterval(() => {
  for (let i = 0; i < rate / 10; i++) {
    const req = http.get({ host: '127.0.0.1', port, path: `/r/${requests}`, agent }, (res) => {
      res.resume();
      res.on('end', () => requests++);
    });
    req.on('error', () => failures++);
  }
}, 100);

const problems: string[] = [];
let maxSites = 0;
let maxPoints = 0;
function check(label: string): void {
  const h = sampler();
  if (h === null) {
    problems.push(`${label}: no heap sampler`);
    return;
  }
  const st = h._state();
  maxSites = Math.max(maxSites, st.sites);
  maxPoints = Math.max(maxPoints, st.maxPoints);
  if (st.sites > heapOptions!.maxSites)
    problems.push(`${label}: ${st.sites} sites > maxSites ${heapOptions!.maxSites}`);
  if (st.maxPoints > o.window)
    problems.push(`${label}: ${st.maxPoints} points on a site > window ${o.window}`);
  const r = finder.report();
  console.log(
    `${label.padStart(6)}  heapUsed ${mib(process.memoryUsage().heapUsed).padStart(7)} MiB  ` +
      `sites ${String(st.sites).padStart(3)} (${generated} generated)  points ${st.points} (max ${st.maxPoints}/site)  ` +
      `samples ${r.samples} (${r.settledSamples} settled)  heap leaks: ${(r.heap?.leaks ?? []).map((l) => `${l.functionName} (${l.site}) ${mib(l.growthBytesPerMinute)} MiB/min by ${l.allocatedBy.map((a) => a.name).join('/')}`).join(', ') || '-'}` +
      `  longest finder turn ${longestTurnMs.toFixed(0)} ms  ${requests} requests`,
  );
}

const checkTimer = setInterval(
  () => check(`${Math.round((Date.now() - t0) / 1000)}s`),
  checkSeconds * 1000,
);
await new Promise((r) => setTimeout(r, seconds * 1000));
clearInterval(loadTimer);
clearInterval(checkTimer);
clearInterval(makerTimer);
clearInterval(leakTimer);
agent.destroy();
server.close();
server.closeAllConnections();
check('end');

const report = finder.report();
// 256 KiB/min needs minGrowthBytes (1 MiB) over the window and 7 settled reads: minutes
const named = (report.heap?.leaks ?? []).some((l) => l.functionName === 'keepHistory');
if (!named && seconds >= 900) problems.push('the leak (keepHistory) was not named at the end');
stopLeakFinder();
const points = sampler()!._state().points;

// The sampler's retained bytes: the heap after a full GC with it, then without it.
keep = null;
ring.fill(null);
makers.length = 0;
collectGarbage();
collectGarbage();
const withSampler = process.memoryUsage().heapUsed;
(finder as unknown as { heap: HeapSampler | null }).heap = null;
collectGarbage();
collectGarbage();
const stateBytes = withSampler - process.memoryUsage().heapUsed;
if (stateBytes > capMiB * MiB)
  problems.push(`the sampler's state retains ${mib(stateBytes)} MiB > cap ${capMiB} MiB`);

console.log(
  `\nheap soak: ${seconds} s, leak named: ${named ? 'yes' : 'no'}, ${requests} requests (${failures} failed), ${generated} generated sites, ` +
    `leak ${leakKiB} KiB/min (${mib(leaked)} MiB kept), ${report.samples} samples (${report.settledSamples} settled)`,
);
console.log(
  `finder's heap state: at most ${maxSites} sites (cap ${heapOptions.maxSites}), at most ${maxPoints} points per site (cap ${o.window}), ` +
    `${points} points at the end; retains ${mib(stateBytes)} MiB (cap ${capMiB} MiB); longest finder turn ${longestTurnMs.toFixed(0)} ms`,
);
console.log(problems.length === 0 ? 'PASS' : `FAIL: ${problems.join('; ')}`);
process.exit(problems.length === 0 ? 0 : 1);
