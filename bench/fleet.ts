/**
 * Benchmarks for leakguard/fleet (the Redis session store), each against a baseline measured in
 * the same run, on a redis-server this script starts (loopback, free port, persistence off):
 * 1. resume latency: a player reconnecting to ANOTHER node (Redis store: claim + its queued
 *    message) vs to the SAME node (in-memory store), from the connect call to the queued
 *    message arriving; p99 target <= 5x, and <= 20 ms absolute (information);
 * 2. sending to away players through Redis (EVALSHA per tick's calls, caps enforced in Lua):
 *    target >= 50k messages/s, printed with the load average, the CPU each side spent per
 *    message (this process; Redis from INFO cpu), Redis's own time per script call (INFO
 *    commandstats) and three ceilings measured in this run: what a hand-written app would do
 *    with the same client (an explicit pipeline() of RPUSH + LTRIM per message, as many
 *    messages in flight as ours), the same client batched as the store batches (one
 *    multi-value RPUSH per player per window, no caps) and Redis alone (redis-benchmark -P 64
 *    RPUSH, same payload);
 * 3. heap per away player holding queued messages: Redis store vs in-memory store; target
 *    <= 0.5x (the queue lives in Redis).
 *
 * Env: BENCH_ONLY (resume,send,heap: the parts to run), BENCH_RESUMES (default 500),
 *      BENCH_MESSAGES (100000), BENCH_AWAY (2000),
 *      BENCH_QUEUED (20 per away player), REDIS_SERVER (path to redis-server).
 * Run: npm run bench fleet  (node --expose-gc --import tsx bench/fleet.ts)
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { delimiter, dirname, join } from 'node:path';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { ConnectionManager } from '../src/core/index.js';
import { createRedisSessionStore } from '../src/fleet/index.js';
import { SessionManager, type SessionStore } from '../src/realtime/index.js';
import { heapUsed } from './_harness.js';

const RESUMES = Number(process.env.BENCH_RESUMES ?? 500);
const MESSAGES = Number(process.env.BENCH_MESSAGES ?? 100_000);
const AWAY = Number(process.env.BENCH_AWAY ?? 2000);
const QUEUED = Number(process.env.BENCH_QUEUED ?? 20);
/** Which parts to run: `resume`, `send`, `heap` (comma-separated; default all). */
const ONLY = new Set((process.env.BENCH_ONLY ?? 'resume,send,heap').split(','));
/** Messages sent before the bench waits for the store to drain below this many in flight. */
const WINDOW = 5000;
/** Messages per explicit pipeline in the raw ceiling (each message is RPUSH + LTRIM). */
const PIPELINE = 500;

function findRedis(): string | null {
  const env = process.env.REDIS_SERVER;
  if (env !== undefined && env !== '') return existsSync(env) ? env : null;
  for (const d of (process.env.PATH ?? '').split(delimiter))
    if (d !== '' && existsSync(join(d, 'redis-server'))) return join(d, 'redis-server');
  for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server'])
    if (existsSync(p)) return p;
  return null;
}

async function freePort(): Promise<number> {
  const s = net.createServer().listen(0, '127.0.0.1');
  await once(s, 'listening');
  const port = (s.address() as net.AddressInfo).port;
  s.close();
  await once(s, 'close');
  return port;
}

/** One raw PING over TCP: true when Redis answers. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    const done = (ok: boolean): void => {
      s.destroy();
      resolve(ok);
    };
    s.on('error', () => done(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(cond: () => boolean, ms = 10_000, what = 'condition'): Promise<void> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(1);
  }
}

const p99 = (xs: number[]): number =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.99))]!;

interface Node {
  sm: SessionManager;
  port: number;
  stop(): Promise<void>;
}

async function startNode(store?: SessionStore): Promise<Node> {
  const sm = new SessionManager({
    manager: new ConnectionManager({ siteThreshold: false }),
    rateLimit: false,
    authenticate: (req) => new URL(req.url ?? '/', 'http://x').searchParams.get('player'),
    ...(store === undefined ? {} : { store }),
  });
  const server = http.createServer((_q, r) => r.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    sm,
    port: (server.address() as net.AddressInfo).port,
    async stop() {
      await sm.close({ timeoutMs: 500 });
      server.closeAllConnections();
      server.close();
    },
  };
}

async function connect(port: number, player: string): Promise<WebSocket> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?player=${player}`, {
    perMessageDeflate: false,
  });
  ws.on('error', () => {});
  await once(ws, 'open');
  return ws;
}

/** Connect → first (queued) message, in ms. */
async function timedResume(port: number, player: string): Promise<[number, WebSocket]> {
  const t0 = performance.now();
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?player=${player}`, {
    perMessageDeflate: false,
  });
  ws.on('error', () => {});
  await once(ws, 'message');
  return [performance.now() - t0, ws];
}

async function goAway(node: Node, ws: WebSocket, player: string): Promise<void> {
  ws.close(1000);
  await until(() => node.sm.session(player)?.state === 'away', 5000, 'away');
}

async function resumeBench(url: string): Promise<boolean> {
  // Same node with the memory store, and another node each time with the Redis store, measured
  // in alternation so that both see the same machine: the p99 of a few hundred resumes follows
  // the load of the moment, and two blocks measured one after the other compared two moments.
  const m = await startNode();
  const prefix = `bench${process.pid}:`;
  const nodes = [
    await startNode(await createRedisSessionStore({ redis: url, nodeId: 'A', keyPrefix: prefix })),
    await startNode(await createRedisSessionStore({ redis: url, nodeId: 'B', keyPrefix: prefix })),
  ];
  for (const n of nodes) await until(() => n.sm.stats().fleet?.state === 'connected');
  const memory: number[] = [];
  const fleet: number[] = [];
  let local = await connect(m.port, 'r');
  let ws = await connect(nodes[0]!.port, 'r');
  await until(() => nodes[0]!.sm.session('r') !== undefined);
  for (let i = 0; i < RESUMES + 20; i++) {
    await goAway(m, local, 'r');
    m.sm.send('r', { i });
    const [lms, lnext] = await timedResume(m.port, 'r');
    local = lnext;
    if (i >= 20) memory.push(lms);

    const from = nodes[i % 2]!;
    const to = nodes[(i + 1) % 2]!;
    await goAway(from, ws, 'r');
    from.sm.send('r', { i });
    // the queued message is in Redis before the player comes back (as in real life)
    await until(() => from.sm.stats().fleet?.inFlight === 0, 5000, 'queued');
    const [ms, next] = await timedResume(to.port, 'r');
    ws = next;
    if (i >= 20) fleet.push(ms);
    await until(() => from.sm.session('r') === undefined, 5000, 'moved');
  }
  local.close();
  ws.close();
  await m.stop();
  for (const n of nodes) await n.stop();
  const a = p99(fleet);
  const b = p99(memory);
  const ratio = a / b;
  const ok = ratio <= 5;
  console.log(
    `${ok ? 'PASS' : 'MISS'}  resume p99, another node (Redis) vs same node (memory): ${ratio.toFixed(2)}x (target <= 5x)  ${a.toFixed(2)} ms vs ${b.toFixed(2)} ms over ${RESUMES} resumes`,
  );
  console.log(
    `${a <= 20 ? 'PASS' : 'MISS'}  resume p99 on another node: ${a.toFixed(2)} ms (information: <= 20 ms on loopback)`,
  );
  return ok;
}

/** CPU seconds Redis has used (INFO cpu, user + system of the server process). */
async function redisCpu(r: Redis): Promise<number> {
  const info = await r.info('cpu');
  const user = /used_cpu_user:([\d.]+)/.exec(info);
  const sys = /used_cpu_sys:([\d.]+)/.exec(info);
  return Number(user?.[1] ?? NaN) + Number(sys?.[1] ?? NaN);
}

/** Redis's own time for one command, from INFO commandstats (µs per call), or null. */
async function usecPerCall(r: Redis, cmd: string): Promise<{ calls: number; usec: number } | null> {
  const info = await r.info('commandstats');
  const m = new RegExp(`cmdstat_${cmd}:calls=(\\d+),usec=(\\d+)`).exec(info);
  return m === null ? null : { calls: Number(m[1]), usec: Number(m[2]) };
}

async function throughputBench(url: string, port: number): Promise<boolean> {
  const prefix = `tput${process.pid}:`;
  const node = await startNode(
    await createRedisSessionStore({ redis: url, nodeId: 'T', keyPrefix: prefix }),
  );
  await until(() => node.sm.stats().fleet?.state === 'connected');
  const players = 200;
  for (let i = 0; i < players; i++) {
    const ws = await connect(node.port, `t${i}`);
    await until(() => node.sm.session(`t${i}`) !== undefined);
    await goAway(node, ws, `t${i}`);
  }
  const msg = { t: 'state', x: 12, y: 34, hp: 100, pad: 'x'.repeat(40) };
  const run = async (n: number): Promise<number> => {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) {
      if (!node.sm.send(`t${i % players}`, msg)) throw new Error('refused');
      // keep below maxInFlight: let the pipeline drain every few thousand
      if (i % WINDOW === WINDOW - 1)
        await until(() => node.sm.stats().fleet!.inFlight < WINDOW, 10_000);
    }
    await until(() => node.sm.stats().fleet!.inFlight === 0, 30_000, 'acknowledged');
    return (n / (performance.now() - t0)) * 1000;
  };
  await run(10_000); // warm-up
  const admin = new Redis(url);
  await admin.config('RESETSTAT');
  const load0 = loadavg()[0]!;
  const redis0 = await redisCpu(admin);
  const node0 = process.cpuUsage();
  const ours = await run(MESSAGES);
  const node1 = process.cpuUsage(node0);
  const redis1 = await redisCpu(admin);
  const script = await usecPerCall(admin, 'evalsha');
  const f = node.sm.stats();
  await node.stop();
  // Ceiling 1, what a hand-written app would do with the same client: an explicit pipeline of
  // RPUSH + LTRIM (the count cap, nothing else) per message, the same messages in flight.
  const raw = new Redis(url);
  await raw.ping();
  const payload = JSON.stringify(msg);
  const cap = -1000;
  const t0 = performance.now();
  const inFlight: Promise<unknown>[] = [];
  for (let i = 0; i < MESSAGES; i += PIPELINE) {
    const p = raw.pipeline();
    for (let j = i; j < Math.min(MESSAGES, i + PIPELINE); j++) {
      const key = `${prefix}raw${j % players}`;
      p.rpush(key, payload).ltrim(key, cap, -1);
    }
    inFlight.push(p.exec());
    if (inFlight.length * PIPELINE >= WINDOW) await inFlight.shift();
  }
  await Promise.all(inFlight);
  const rawRate = (MESSAGES / (performance.now() - t0)) * 1000;
  // Ceiling 1b, the same client batched as the store batches (no caps, no script): each
  // window's messages as one multi-value RPUSH per player, pipelined.
  const t1 = performance.now();
  for (let i = 0; i < MESSAGES; i += WINDOW) {
    const byKey = new Map<string, string[]>();
    for (let j = i; j < Math.min(MESSAGES, i + WINDOW); j++) {
      const key = `${prefix}rawb${j % players}`;
      const list = byKey.get(key);
      if (list === undefined) byKey.set(key, [payload]);
      else list.push(payload);
    }
    const p = raw.pipeline();
    for (const [key, list] of byKey) p.rpush(key, ...list);
    await p.exec();
  }
  const batchedRate = (MESSAGES / (performance.now() - t1)) * 1000;
  raw.disconnect();
  // Ceiling 2, Redis alone (no JavaScript per command): redis-benchmark, RPUSH of the same
  // payload over the same number of keys, 64 commands per pipeline.
  let rbLine = 'redis-benchmark not installed';
  const rb = join(dirname(findRedis() ?? '/usr/bin/x'), 'redis-benchmark');
  if (existsSync(rb)) {
    const r = spawnSync(
      rb,
      [
        ...[
          '-h',
          '127.0.0.1',
          '-p',
          String(port),
          '-n',
          '200000',
          '-P',
          '64',
          '-r',
          String(players),
        ],
        ...['-q', 'RPUSH', `${prefix}rb:__rand_int__`, payload],
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    const m = /([\d.]+) requests per second/.exec(r.stdout);
    const rbRate = m === null ? null : Number(m[1]);
    rbLine =
      rbRate === null
        ? `redis-benchmark failed: ${r.stderr || r.stdout}`.trim()
        : `redis-benchmark -P 64 RPUSH (same payload, ${players} keys): ${Math.round(rbRate)}/s (ours ${(ours / rbRate).toFixed(2)}x)`;
  }
  admin.disconnect();
  const ok = ours >= 50_000;
  console.log(
    `${ok ? 'PASS' : 'MISS'}  send to away players through Redis: ${Math.round(ours)} msg/s (target >= 50000/s; ${f.dropped.total} dropped; load average ${load0.toFixed(2)} -> ${loadavg()[0]!.toFixed(2)})`,
  );
  // CPU, not time: what each side costs per message whatever share of the cores it got
  console.log(
    `      CPU per message: this node ${((node1.user + node1.system) / MESSAGES).toFixed(2)} µs (the app's send and encode included), Redis ${(((redis1 - redis0) * 1e6) / MESSAGES).toFixed(2)} µs (INFO cpu)`,
  );
  if (script !== null && script.calls > 0)
    console.log(
      `      in Redis: ${script.calls} script calls, ${(script.usec / script.calls).toFixed(0)} µs per call, ${((script.usec / MESSAGES) * 1000).toFixed(0)} ns per message (INFO commandstats)`,
    );
  console.log(
    `      ceiling in this run: ioredis explicit pipeline() of RPUSH+LTRIM per message: ${Math.round(rawRate)} msg/s (ours ${(ours / rawRate).toFixed(2)}x)`,
  );
  console.log(
    `      ceiling in this run: ioredis pipeline() of one multi-value RPUSH per player per ${WINDOW} messages (no caps): ${Math.round(batchedRate)} msg/s (ours ${(ours / batchedRate).toFixed(2)}x)`,
  );
  console.log(`      ceiling in this run: ${rbLine}`);
  return ok;
}

/** Heap retained per away player with QUEUED messages each, for one store. */
async function heapPerAway(store: SessionStore | undefined): Promise<number> {
  const node = await startNode(store);
  if (store !== undefined) await until(() => node.sm.stats().fleet?.state === 'connected');
  const msg = { t: 'chat', text: 'y'.repeat(80) };
  // warm-up player, so code paths and the store's connections are in the baseline
  const w = await connect(node.port, 'warm');
  await until(() => node.sm.session('warm') !== undefined);
  await goAway(node, w, 'warm');
  node.sm.send('warm', msg);
  await sleep(100);
  const before = heapUsed();
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < AWAY) {
      const p = `h${next++}`;
      const ws = await connect(node.port, p);
      await until(() => node.sm.session(p) !== undefined);
      await goAway(node, ws, p);
      for (let k = 0; k < QUEUED; k++) node.sm.send(p, msg);
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  if (store !== undefined)
    await until(() => node.sm.stats().fleet!.inFlight === 0, 30_000, 'acknowledged');
  await sleep(200);
  const after = heapUsed();
  const st = node.sm.stats();
  if (st.away !== AWAY + 1) throw new Error(`expected ${AWAY + 1} away, got ${st.away}`);
  await node.stop();
  return (after - before) / AWAY;
}

async function main(): Promise<void> {
  const bin = findRedis();
  if (bin === null) {
    console.log(
      'SKIP  bench/fleet: redis-server not found (apt-get install redis-server, or set REDIS_SERVER)',
    );
    return;
  }
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lg-bench-redis-'));
  const redis: ChildProcess = spawn(
    bin,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    { cwd: dir, stdio: 'ignore' },
  );
  const url = `redis://127.0.0.1:${port}`;
  try {
    for (let i = 0; !(await ping(port)); i++) {
      if (i > 200) throw new Error('redis-server did not start');
      await sleep(25);
    }
    console.log(`redis-server ${bin} on 127.0.0.1:${port} (persistence off)`);
    let ok = true;
    if (ONLY.has('resume')) ok = (await resumeBench(url)) && ok;
    if (ONLY.has('send')) ok = (await throughputBench(url, port)) && ok;
    if (ONLY.has('heap')) ok = (await heapBench(url)) && ok;
    if (!ok) process.exitCode = 1;
  } finally {
    // A redis-server that already exited (it failed to start: port taken, bad binary) emits no
    // second 'exit': waiting for one left the process with an unsettled await, and the dir.
    if (redis.exitCode === null && redis.signalCode === null) {
      redis.kill('SIGTERM');
      await once(redis, 'exit');
    }
    rmSync(dir, { recursive: true, force: true });
  }
}

async function heapBench(url: string): Promise<boolean> {
  const mem = await heapPerAway(undefined);
  const red = await heapPerAway(
    await createRedisSessionStore({ redis: url, nodeId: 'H', keyPrefix: `heap${process.pid}:` }),
  );
  const ratio = red / mem;
  const ok = ratio <= 0.5;
  console.log(
    `${ok ? 'PASS' : 'MISS'}  heap per away player with ${QUEUED} queued messages, Redis store vs in-memory: ${ratio.toFixed(2)}x (target <= 0.5x)  ${Math.round(red)} B vs ${Math.round(mem)} B over ${AWAY} players`,
  );
  return ok;
}

await main();
