/**
 * Benchmarks for leakguard/realtime, each against a bare `ws` baseline measured in the same run:
 * 1. heap per idle WebSocket session: 10k clients (in a separate process) held by a bare ws
 *    server, then by a SessionManager; target ours <= 1.3x bare;
 * 2. broadcast of a 100-byte text message to 1k sessions: SessionManager.broadcast vs a bare
 *    `for (ws of clients) ws.send(msg)` loop; target ours >= 0.8x bare.
 *
 * Env: BENCH_IDLE (default 10000), BENCH_FANOUT (1000), BENCH_ROUNDS (300).
 * Run: npm run bench realtime  (node --expose-gc --import tsx bench/realtime.ts)
 */
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { WebSocket, WebSocketServer } from 'ws';
import { ConnectionManager } from '../src/core/index.js';
import { SessionManager } from '../src/realtime/index.js';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// ------------------------------------------------------------------ client process

if (process.argv[2] === 'clients') {
  const [url, countArg] = process.argv.slice(3);
  const count = Number(countArg);
  const sockets: WebSocket[] = [];
  let next = 0;
  const open = async (): Promise<void> => {
    while (next < count) {
      const i = next++;
      const ws = new WebSocket(`${url}?player=p${i}`, { perMessageDeflate: false });
      ws.on('error', (e) => console.error('client error', e.message));
      await once(ws, 'open');
      sockets.push(ws);
    }
  };
  await Promise.all(Array.from({ length: 100 }, open));
  process.send!('ready');
  process.on('message', (m) => {
    if (m !== 'close') return;
    for (const ws of sockets) ws.terminate();
    process.disconnect();
  });
} else await main();

function spawnClients(url: string, count: number): Promise<ChildProcess> {
  const child = fork(fileURLToPath(import.meta.url), ['clients', url, String(count)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`client process exited with ${code}`)));
  });
}

async function stopClients(child: ChildProcess): Promise<void> {
  child.removeAllListeners('exit');
  const exited = once(child, 'exit');
  child.send('close');
  await exited;
}

// ------------------------------------------------------------------ servers

interface BenchServer {
  url: string;
  count(): number;
  broadcast(msg: string): void;
  buffered(): number;
  stop(): Promise<void>;
}

async function listen(server: http.Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
}

/** The baseline: ws holding clients in a Set, the minimum any real server does. */
async function bareServer(): Promise<BenchServer> {
  const server = http.createServer();
  const wss = new WebSocketServer({
    noServer: true,
    perMessageDeflate: false,
    clientTracking: false,
    maxPayload: 65536,
  });
  const clients = new Set<WebSocket>();
  server.on('upgrade', (req, socket, head) =>
    wss.handleUpgrade(req, socket, head, (ws) => {
      clients.add(ws);
      ws.on('error', () => {});
      ws.on('close', () => clients.delete(ws));
    }),
  );
  const url = await listen(server);
  return {
    url,
    count: () => clients.size,
    broadcast(msg) {
      for (const ws of clients) ws.send(msg);
    },
    buffered() {
      let b = 0;
      for (const ws of clients) b += ws.bufferedAmount;
      return b;
    },
    async stop() {
      server.closeAllConnections();
      server.close();
      wss.close();
    },
  };
}

/** `useScope`: every session also registers a listener and a timer through its scope. */
async function leakguardServer(useScope = false): Promise<BenchServer> {
  const manager = new ConnectionManager();
  const world = new EventEmitter();
  world.setMaxListeners(0);
  const sm = new SessionManager({
    manager,
    rateLimit: { connections: false },
    authenticate: (req) => new URL(req.url ?? '/', 'http://x').searchParams.get('player'),
  });
  if (useScope)
    sm.joined.connect((s) => {
      s.scope.on(world, 'tick', () => {});
      s.scope.setInterval(() => {}, 60_000, { unref: true });
    });
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
  const url = await listen(server);
  return {
    url,
    count: () => sm.stats().connected,
    broadcast: (msg) => void sm.broadcast(msg),
    buffered: () => sm.stats().bytesBuffered,
    async stop() {
      await sm.close({ timeoutMs: 2000 });
      server.closeAllConnections();
      server.close();
    },
  };
}

// ------------------------------------------------------------------ measurements

async function heap(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc (npm run bench does)');
  for (let i = 0; i < 4; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

async function until(cond: () => boolean, what: string, ms = 60_000): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Heap per held session in bytes: (heap with n clients - heap before) / n. */
async function idleHeap(make: () => Promise<BenchServer>, n: number): Promise<number> {
  const srv = await make();
  const before = await heap();
  const clients = await spawnClients(srv.url, n);
  await until(() => srv.count() === n, `${n} sessions`);
  const after = await heap();
  await stopClients(clients);
  await until(() => srv.count() === 0, 'clients gone');
  await srv.stop();
  return (after - before) / n;
}

/**
 * Messages per second of the send loop itself: `rounds` broadcasts in bursts of 10, timing only
 * the bursts; between bursts the sockets drain (untimed), so neither side measures the client
 * process or kernel back-pressure.
 */
async function fanout(srv: BenchServer, rounds: number, msg: string, n: number): Promise<number> {
  let ns = 0n;
  for (let r = 0; r < rounds; r += 10) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 10; i++) srv.broadcast(msg);
    ns += process.hrtime.bigint() - t0;
    while (srv.buffered() > 0) await new Promise((res) => setTimeout(res, 1));
  }
  return (rounds * n) / (Number(ns) / 1e9);
}

async function main(): Promise<void> {
  const idle = Number(process.env.BENCH_IDLE ?? 10_000);
  const n = Number(process.env.BENCH_FANOUT ?? 1000);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 300);

  console.log(`idle sessions: ${idle} ws clients in a separate process`);
  const bare = await idleHeap(bareServer, idle);
  const ours = await idleHeap(() => leakguardServer(false), idle);
  const used = await idleHeap(() => leakguardServer(true), idle);
  const heapRatio = ours / bare;
  console.log(`  bare ws:        ${Math.round(bare)} bytes of heap per session`);
  console.log(`  SessionManager: ${Math.round(ours)} bytes of heap per session`);
  console.log(
    `  ratio ${heapRatio.toFixed(2)}x (target <= 1.3x) ${heapRatio <= 1.3 ? 'OK' : 'MISSED'}`,
  );
  console.log(
    `  (sessions whose scope holds a listener and a timer: ${Math.round(used)} bytes, ${(used / bare).toFixed(2)}x bare — ` +
      `the scope is created on first use)`,
  );

  console.log(
    `\nbroadcast: 100-byte text message to ${n} sessions, ${rounds} rounds, 5 alternating runs`,
  );
  const msg = JSON.stringify({ t: 'state', pad: 'x'.repeat(100 - 22) });
  if (Buffer.byteLength(msg) !== 100) throw new Error(`message is ${Buffer.byteLength(msg)} bytes`);
  const b = await bareServer();
  const o = await leakguardServer();
  const cb = await spawnClients(b.url, n);
  const co = await spawnClients(o.url, n);
  await until(() => b.count() === n && o.count() === n, 'fan-out clients');
  const rb: number[] = [];
  const ro: number[] = [];
  await fanout(b, rounds / 4, msg, n); // warm-up both paths
  await fanout(o, rounds / 4, msg, n);
  for (let i = 0; i < 5; i++) {
    rb.push(await fanout(b, rounds, msg, n));
    ro.push(await fanout(o, rounds, msg, n));
  }
  await stopClients(cb);
  await stopClients(co);
  await b.stop();
  await o.stop();
  const mb = median(rb);
  const mo = median(ro);
  const tRatio = mo / mb;
  console.log(
    `  bare ws loop:             ${Math.round(mb).toLocaleString('en')} msg/s (runs: ${rb.map((x) => Math.round(x / 1000)).join(', ')} k)`,
  );
  console.log(
    `  SessionManager.broadcast: ${Math.round(mo).toLocaleString('en')} msg/s (runs: ${ro.map((x) => Math.round(x / 1000)).join(', ')} k)`,
  );
  console.log(`  ratio ${tRatio.toFixed(2)}x (target >= 0.8x) ${tRatio >= 0.8 ? 'OK' : 'MISSED'}`);
}
