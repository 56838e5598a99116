/**
 * Join/leave churn shared by soak/realtime.ts (100k cycles) and the bounded version in
 * churn.test.ts: real ws clients on 127.0.0.1 connect, exchange one message and leave, with a
 * fixed number in flight. Heap is sampled after GC at quiescent points only (no client in
 * flight, every session ended), so the curve shows what the server retains, not what is busy.
 */
import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { WebSocket, WebSocketServer } from 'ws';
import { ConnectionManager } from '../../src/core/index.js';
import { SessionManager } from '../../src/realtime/index.js';

/** `global.gc`, enabled on the fly when the process was not started with --expose-gc. */
export function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (g) return g;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export async function heapAfterGc(): Promise<number> {
  const gc = getGc();
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

export interface ChurnServer {
  url: string;
  /** True when the server holds no live session for any client. */
  idle(): boolean;
  /** Extra figures printed with each sample. */
  describe(): string;
  stop(): Promise<void>;
}

export interface Sample {
  cycles: number;
  heapBytes: number;
}

export interface ChurnOptions {
  cycles: number;
  concurrency: number;
  warmup: number;
  /** Number of samples after the warm-up (evenly spaced). */
  samples: number;
  onSample?: (s: Sample, server: ChurnServer) => void;
}

export interface ChurnResult {
  warmHeap: number;
  endHeap: number;
  growth: number;
  samples: Sample[];
  ms: number;
}

/** One client cycle: connect, send, wait for the answer, close, wait for the close. */
function cycle(url: string, n: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${url}?player=p${n}`, { perMessageDeflate: false });
    ws.on('open', () => ws.send('{"hi":1}'));
    ws.on('message', () => ws.close());
    ws.on('error', reject);
    ws.on('close', () => resolve());
  });
}

async function run(
  server: ChurnServer,
  from: number,
  to: number,
  concurrency: number,
): Promise<void> {
  let next = from;
  const worker = async (): Promise<void> => {
    while (next < to) await cycle(server.url, next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const end = Date.now() + 10_000;
  while (!server.idle()) {
    if (Date.now() > end) throw new Error(`server not idle after churn: ${server.describe()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export async function churn(server: ChurnServer, o: ChurnOptions): Promise<ChurnResult> {
  const t0 = Date.now();
  await run(server, 0, o.warmup, o.concurrency);
  const warmHeap = await heapAfterGc();
  const samples: Sample[] = [{ cycles: o.warmup, heapBytes: warmHeap }];
  o.onSample?.(samples[0]!, server);
  const step = Math.ceil((o.cycles - o.warmup) / o.samples);
  for (let done = o.warmup; done < o.cycles;) {
    const to = Math.min(o.cycles, done + step);
    await run(server, done, to, o.concurrency);
    done = to;
    const s = { cycles: done, heapBytes: await heapAfterGc() };
    samples.push(s);
    o.onSample?.(s, server);
  }
  const endHeap = samples[samples.length - 1]!.heapBytes;
  return { warmHeap, endHeap, growth: endHeap / warmHeap - 1, samples, ms: Date.now() - t0 };
}

async function listen(server: http.Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return `ws://127.0.0.1:${(server.address() as AddressInfo).port}/ws`;
}

/** The leakguard server: every session registers listeners and timers through its scope. */
export async function leakguardServer(): Promise<
  ChurnServer & { manager: ConnectionManager; sm: SessionManager }
> {
  const manager = new ConnectionManager({ siteThreshold: 1000 });
  const world = new EventEmitter();
  const chat = new EventEmitter();
  const sm = new SessionManager({
    manager,
    reconnectWindowMs: 0,
    heartbeatMs: 5000,
    rateLimit: { connections: false },
    authenticate: (req) => new URL(req.url ?? '/', 'http://x').searchParams.get('player'),
  });
  sm.joined.connect((s) => {
    // what a game service does per player: world and chat subscriptions, a timer or two
    s.scope.on(world, 'tick', (dt: number) => s.send({ dt }));
    s.scope.on(chat, 'say', (from: string, text: string) => s.send({ from, text }));
    s.scope.setInterval(() => s.send('autosave'), 60_000, { unref: true });
    s.scope.setTimeout(() => s.send('afk?'), 300_000, { unref: true });
  });
  sm.received.connect((s) => s.send('ack'));
  const server = http.createServer();
  server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
  const url = await listen(server);
  return {
    url,
    manager,
    sm,
    idle: () => sm.stats().sessions === 0 && sm.stats().connections.ws === 0,
    describe: () => {
      const st = sm.stats();
      const m = manager.stats();
      return `sessions ${st.sessions}, ws ${st.connections.ws}, manager live ${m.live}, world listeners ${world.listenerCount('tick')}`;
    },
    async stop() {
      await sm.close({ timeoutMs: 1000 });
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}

/**
 * The naive server of real leak reports: per-player handlers on shared emitters and a
 * players map, nothing removed when the player leaves.
 */
export async function naiveServer(): Promise<ChurnServer> {
  const world = new EventEmitter();
  const chat = new EventEmitter();
  world.setMaxListeners(0); // what such code does to silence the warning
  chat.setMaxListeners(0);
  const players = new Map<string, { ws: WebSocket; joined: number }>();
  let open = 0;
  const server = http.createServer();
  const wss = new WebSocketServer({ server, perMessageDeflate: false, clientTracking: false });
  wss.on('connection', (ws, req) => {
    open++;
    const id = new URL(req.url ?? '/', 'http://x').searchParams.get('player') ?? '?';
    players.set(id, { ws, joined: Date.now() });
    world.on('tick', (dt: number) => ws.send(JSON.stringify({ dt })));
    chat.on('say', (from: string, text: string) => ws.send(JSON.stringify({ from, text })));
    ws.on('message', () => ws.send('ack'));
    ws.on('close', () => open--);
  });
  const url = await listen(server);
  return {
    url,
    idle: () => open === 0,
    describe: () =>
      `open ${open}, players map ${players.size}, world listeners ${world.listenerCount('tick')}`,
    async stop() {
      wss.close();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
      world.removeAllListeners();
      chat.removeAllListeners();
      players.clear();
    },
  };
}
