/**
 * leakguard/http costs, as ratios against baselines measured in this same run:
 *
 * - a /metrics render (prom-client defaults + leakguard_*) against prom-client's default
 *   metrics alone (what any app using prom-client pays), with 0 and 100k live connections —
 *   first scrape (walks the connections for the service × kind gauge) and cached scrape;
 * - a GET /monitoring/memory round trip on 127.0.0.1 against a bare JSON endpoint on the same
 *   server returning process.memoryUsage().
 *
 *   npm run bench http        (node --expose-gc --import tsx bench/http.ts)
 */
import { EventEmitter } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { Registry, collectDefaultMetrics } from 'prom-client';
import { ConnectionManager } from '../src/core/index.js';
import { MemoryMonitor } from '../src/monitor/index.js';
import { createMonitoringHandler } from '../src/http/index.js';

const TOKEN = 'bench-token-0123456789abcdef';
const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
};
const results: boolean[] = [];
function verdict(name: string, ratio: number, target: number, extra = ''): void {
  const ok = ratio <= target;
  results.push(ok);
  console.log(
    `  ${ok ? 'PASS' : 'MISS'}  ${name}: ${ratio.toFixed(2)}x (target <= ${target}x)${extra}`,
  );
}

async function time(fn: () => Promise<unknown> | unknown): Promise<number> {
  const t0 = performance.now();
  await fn();
  return performance.now() - t0;
}

const defaults = new Registry();
collectDefaultMetrics({ register: defaults });

function world(n: number): { manager: ConnectionManager; monitor: MemoryMonitor } {
  const manager = new ConnectionManager({ siteThreshold: false });
  const services = ['chat', 'world', 'combat', 'trade', 'guild'];
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  // a game-server-like mix: half listeners, 30 % timers, 20 % custom cleanups
  for (let i = 0; i < n; i++) {
    const s = manager.scope({ service: services[i % 5] as string, owner: `p${i % 5000}` });
    const k = i % 10;
    if (k < 5) s.on(bus, 'tick', () => {});
    else if (k < 8) s.setInterval(() => {}, 600_000, { unref: true });
    else s.defer(() => {});
  }
  const monitor = new MemoryMonitor({ connections: manager });
  monitor.sample();
  return { manager, monitor };
}

async function metricsBench(n: number): Promise<void> {
  const { manager, monitor } = world(n);
  const make = () =>
    createMonitoringHandler({
      monitor,
      manager,
      pools: false,
      auth: { tokens: [{ token: TOKEN, role: 'read' }] },
      logger: { info() {}, warn() {}, error() {} },
    });
  const base: number[] = [];
  const naive: number[] = [];
  const first: number[] = [];
  const cached: number[] = [];
  for (let r = 0; r < 15; r++) {
    gc();
    base.push(await time(() => defaults.metrics()));
    // what a naive exporter does for the service x kind gauge: list every live connection
    naive.push(
      await time(async () => {
        await defaults.metrics();
        const tally = new Map<string, number>();
        for (const c of manager.connections({ limit: n + 1 })) {
          const k = `${c.service}\0${c.kind}`;
          tally.set(k, (tally.get(k) ?? 0) + 1);
        }
      }),
    );
    const h = make();
    // a forced GC before each timed scrape, as before the baseline's: without it the second
    // scrape paid for the collection that the naive listing above left due (a major GC of a
    // heap with 100k connections, ~15 ms) and read 15x slower than the first
    gc();
    first.push(await time(() => h.metrics()));
    gc();
    cached.push(await time(() => h.metrics()));
    h.dispose();
  }
  const b = median(base);
  console.log(
    `  ${n} live connections: default metrics ${b.toFixed(3)} ms, ours first ${median(first).toFixed(3)} ms, cached ${median(cached).toFixed(3)} ms`,
  );
  if (n === 0)
    verdict('/metrics first scrape, no connections, vs defaults only', median(first) / b, 2);
  else
    verdict(
      `/metrics first scrape, ${n} connections, vs defaults + listing every connection`,
      median(first) / median(naive),
      0.7,
      ` (naive ${median(naive).toFixed(1)} ms)`,
    );
  verdict(`/metrics cached scrape, ${n} connections, vs defaults only`, median(cached) / b, 2);
  monitor.dispose();
  manager.disposeAll();
}

async function memoryBench(): Promise<void> {
  const { manager, monitor } = world(10_000);
  const h = createMonitoringHandler({
    monitor,
    manager,
    auth: { tokens: [{ token: TOKEN, role: 'read' }] },
    logger: { info() {}, warn() {}, error() {} },
  });
  const server = http.createServer((req, res) => {
    if (req.url === '/bare') {
      const body = JSON.stringify(process.memoryUsage());
      res.writeHead(200, { 'content-type': 'application/json' }).end(body);
    } else if (!h(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (p: string) =>
    new Promise<void>((resolve, reject) => {
      http
        .get(url + p, { agent, headers: { authorization: `Bearer ${TOKEN}` } }, (res) => {
          res.resume();
          res.on('end', resolve);
        })
        .on('error', reject);
    });
  for (let i = 0; i < 50; i++) await Promise.all([get('/bare'), get('/monitoring/memory')]);
  const ratios: number[] = [];
  let bare = 0;
  let ours = 0;
  for (let r = 0; r < 200; r++) {
    const a = await time(() => get('/bare'));
    const b = await time(() => get('/monitoring/memory'));
    bare += a;
    ours += b;
    ratios.push(b / a);
  }
  console.log(
    `  GET round trip: bare JSON ${(bare / 200).toFixed(3)} ms, /monitoring/memory ${(ours / 200).toFixed(3)} ms (10k connections)`,
  );
  verdict('GET /monitoring/memory vs a bare JSON endpoint', median(ratios), 3);
  agent.destroy();
  await new Promise<void>((r) => server.close(() => r()));
  h.dispose();
  monitor.dispose();
  manager.disposeAll();
}

console.log('leakguard/http');
await metricsBench(0);
await metricsBench(100_000);
await memoryBench();
console.log(`${results.filter(Boolean).length}/${results.length} within target`);
