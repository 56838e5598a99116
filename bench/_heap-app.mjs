// HTTP apps for bench/heap.ts. Each starts the runtime leak finder itself (from the built
// sources, URL in HEAP_DETECT_URL) and serves HTTP on 127.0.0.1.
//
// Env:
//   HEAP_SCENARIO  leak | churn | lru | plateau | detect
//   HEAP_FINDER    none (no finder at all) | off (finder, heap sites off) | on (heap: true)
//   HEAP_OPTIONS   JSON of extra finder options (default none: the finder's defaults)
//   HEAP_RECORD_BYTES  leak: bytes of the record each request keeps forever
//   HEAP_PRINT     1: print `heap <json>` after every finder sample
//   HEAP_READ      never: sample but never read (to separate the sampling's cost from the reads')
//
// Prints `port <n>` when listening; on SIGUSR2 prints `cpu <µs>` (CPU time used so far) and
// `gcs <n>` (full GCs so far);
// exits on SIGTERM.
import http from 'node:http';
import { EventEmitter } from 'node:events';
import { PerformanceObserver, constants } from 'node:perf_hooks';
import { LRUCache } from 'lru-cache';

const scenario = process.env.HEAP_SCENARIO ?? 'detect';
const finderMode = process.env.HEAP_FINDER ?? 'on';
const recordBytes = Number(process.env.HEAP_RECORD_BYTES ?? 1000);
// 8 bytes per element (no pointer compression in Node's builds), less the record's own ~200.
const words = Math.max(1, Math.round((recordBytes - 200) / 8));
const t0 = Date.now();

// --- scenarios -------------------------------------------------------------------------

// leak: a record per request, kept forever in a module-level Map. The finder should name
// `remember` (V8 gives the allocating function's start line, this one).
const records = new Map();
let nextId = 0;
function remember(req) {
  const id = nextId++;
  // An array, not 'r'.repeat(n): repeat builds a rope of shared halves that holds O(log n).
  records.set(id, {
    id,
    at: Date.now(),
    path: `${req.url}#${id}`,
    body: new Array(words).fill(id),
  });
}

// churn: objects, strings, arrays and closures allocated and dropped per request.
let keep = null;
function churn(req) {
  const objs = [];
  for (let i = 0; i < 200; i++)
    objs.push({ i, path: req.url, text: `item ${i} ${req.url}`.repeat(4), at: [i, i + 1, i + 2] });
  const fns = objs.map((o) => () => o.i + o.text.length);
  const total = fns.reduce((s, f) => s + f(), 0);
  const json = JSON.stringify(objs.slice(0, 50));
  keep = { total, size: json.length }; // one small object survives until the next request
  return keep;
}

// lru: a bounded lru-cache filled before serving; each request replaces an entry.
const lru = new LRUCache({ max: 5000 });
function cacheEntry(key) {
  lru.set(key, { key, at: Date.now(), payload: new Array(125).fill(key) });
}

// plateau: fills a cache to 30 MiB over its first 30 s, then only reads it.
const warm = new Map();
let warmBytes = 0;
const WARM_TARGET = 30 * 1024 * 1024;
const WARM_MS = 30_000;
function warmUp() {
  const want = Math.min(WARM_TARGET, (WARM_TARGET * (Date.now() - t0)) / WARM_MS);
  while (warmBytes < want) {
    warm.set(warm.size, { n: warm.size, data: new Array(250).fill(warm.size) });
    warmBytes += 2100;
  }
}
let warmTimer = null;
if (scenario === 'plateau') {
  // filled by time, not by requests, so the fill takes 30 s whatever the load
  warmTimer = setInterval(() => {
    warmUp();
    if (warmBytes >= WARM_TARGET) clearInterval(warmTimer);
  }, 100);
}

// detect: bench/_handler.mjs's typical handler (a per-request timer that is cleared, a listener
// that is removed, a JSON body), written out here with each scenario's work in it: the heap
// figures in docs/detect.md (site names and lines, the lru-cache inlining case) were measured
// with this layout.
const bus = new EventEmitter();
bus.setMaxListeners(0);

function handle(req, res) {
  const timer = setTimeout(() => res.destroy(), 30_000);
  const onShutdown = () => res.end();
  bus.on('shutdown', onShutdown);
  res.on('finish', () => {
    clearTimeout(timer);
    bus.off('shutdown', onShutdown);
  });
  let extra = null;
  if (scenario === 'leak') remember(req);
  else if (scenario === 'churn') extra = churn(req).total;
  else if (scenario === 'lru') {
    const k = `k${Math.floor(Math.random() * 10_000)}`;
    if (lru.get(k) === undefined) cacheEntry(k);
  } else if (scenario === 'plateau') extra = warm.get(Math.floor(Math.random() * warm.size))?.n;
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify({ ok: true, path: req.url, extra }));
}

// --- finder ----------------------------------------------------------------------------

let finder = null;
const timing = {
  maxSampleMs: 0,
  maxSampleCpuMs: 0,
  maxHeapReadMs: 0,
  maxHeapReadCpuMs: 0,
  sampleCalls: 0,
  majorGcs: 0,
};
// Full (mark-compact) collections, whoever caused them.
const gcObserver = new PerformanceObserver((list) => {
  for (const e of list.getEntries())
    if (e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR) timing.majorGcs++;
});
gcObserver.observe({ entryTypes: ['gc'] });
if (finderMode !== 'none') {
  const { startLeakFinder } = await import(process.env.HEAP_DETECT_URL);
  const extra = process.env.HEAP_OPTIONS ? JSON.parse(process.env.HEAP_OPTIONS) : {};
  finder = startLeakFinder({ heap: finderMode === 'on', ...extra });
  // Time every finder turn (a sample, a settled sample with its GC) and every heap profile
  // read: each blocks the event loop for that long.
  let depth = 0;
  const timed = (obj, name, key) => {
    const orig = obj[name];
    obj[name] = function (...args) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      depth++;
      try {
        return orig.apply(this, args);
      } finally {
        depth--;
        const ms = performance.now() - start;
        const c = process.cpuUsage(cpu);
        const cpuKey = key.replace('Ms', 'CpuMs');
        if (key === 'maxHeapReadMs' || depth === 0) {
          timing[key] = Math.max(timing[key], ms);
          timing[cpuKey] = Math.max(timing[cpuKey], (c.user + c.system) / 1000);
        }
        if (key === 'maxSampleMs' && depth === 0) timing.sampleCalls++;
      }
    };
  };
  timed(finder, 'sample', 'maxSampleMs');
  timed(finder, 'settle', 'maxSampleMs');
  if (finder.heap && process.env.HEAP_READ === 'never') {
    // Sampling without reads: what V8's sampling itself costs, apart from the reads' full GCs.
    finder.heap.sample = () => true;
  }
  if (finder.heap) timed(finder.heap, 'sample', 'maxHeapReadMs');
  if (process.env.HEAP_PRINT === '1') {
    const brief = (h) => ({
      site: h.site,
      file: h.file,
      line: h.line,
      functionName: h.functionName,
      bytes: h.bytes,
      growthBytesPerMinute: h.growthBytesPerMinute,
      pValue: h.pValue,
      samples: h.samples,
      allocatedBy: h.allocatedBy.map((a) => a.name),
    });
    finder.sampled.connect(() => {
      const r = finder.report();
      const h = r.heap;
      const line = {
        t: Date.now() - t0,
        samples: r.samples,
        settled: r.settledSamples,
        heapUsed: process.memoryUsage().heapUsed,
        running: h?.running ?? false,
        problem: h?.problem ?? null,
        leaks: (h?.leaks ?? []).map(brief),
        top: (h?.top ?? []).slice(0, 3).map(brief),
        otherLeaks: r.leaks.length + r.internal.length,
        kept: records.size, // leak: records retained (what the estimate should match)
        sites: finder.heap?.size ?? 0,
        ...timing,
      };
      process.stdout.write(`heap ${JSON.stringify(line)}\n`);
    });
  }
}

// lru: filled once the finder runs (entries allocated before sampling starts are never seen,
// so a cache filled earlier would look like growth while its entries are replaced).
if (scenario === 'lru') for (let k = 0; k < 5000; k++) cacheEntry(`k${k}`);

const server = http.createServer(handle);
server.listen(0, '127.0.0.1', () => process.stdout.write(`port ${server.address().port}\n`));
process.on('SIGUSR2', () => {
  const u = process.cpuUsage();
  process.stdout.write(`cpu ${u.user + u.system}\ngcs ${timing.majorGcs}\n`);
});
process.on('SIGTERM', () => {
  if (warmTimer !== null) clearInterval(warmTimer);
  finder?.stop();
  gcObserver.disconnect();
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
