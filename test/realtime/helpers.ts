/**
 * Test harness for leakguard/realtime: a real HTTP server on 127.0.0.1 with a SessionManager,
 * real `ws` clients, a real SSE client (fetch), a TCP proxy that can turn a connection
 * half-open, and the end-of-test check that nothing of ours is left.
 */
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { expect, vi } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { ConnectionManager } from '../../src/core/index.js';
import { SessionManager, type SessionManagerOptions } from '../../src/realtime/index.js';

export type HarnessOptions = Partial<SessionManagerOptions> & {
  /** Use `attach(new WebSocketServer({ server }))` instead of `handleUpgrade`. */
  attach?: boolean;
};

/** Player id from `?player=`; none → 401. */
export function playerFromUrl(req: http.IncomingMessage): string | null {
  const u = new URL(req.url ?? '/', 'http://x');
  return u.searchParams.get('player');
}

/** JSON when it parses, else the raw text (the server sends strings as they are). */
function parseText(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return s;
  }
}

const handleKinds = ['TCPSocketWrap', 'TCPServerWrap', 'Timeout'];

/** Active handles of the kinds we create (sockets, servers, ref'd timers). */
export function handleCounts(): Record<string, number> {
  const r: Record<string, number> = {};
  for (const k of process.getActiveResourcesInfo())
    if (handleKinds.includes(k)) r[k] = (r[k] ?? 0) + 1;
  return r;
}

export async function waitFor(
  cond: () => boolean,
  timeoutMs = 3000,
  what = 'condition',
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

/** `p`, or a rejection after `ms` (so a close that never comes fails fast, not at 20 s). */
/** A real WebSocket upgrade to `u`; resolves with the HTTP status it was refused with. */
export function refusedStatus(u: string, headers?: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(u, headers ? { headers } : {});
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      res.resume();
      ws.terminate();
    });
    ws.on('open', () => {
      ws.terminate();
      reject(new Error('connection was accepted'));
    });
    ws.on('error', reject);
  });
}

export function within<T>(p: Promise<T>, ms = 3000): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`not settled within ${ms} ms`)), ms);
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Runs `fn` with `Date.now()` and `performance.now()` `ms` ahead, then puts the real clocks
 * back. Only the clocks are faked — every timer stays real, so sockets, heartbeats and
 * `waitFor` keep their own time, and the faked clocks keep advancing with it. For what the
 * SessionManager measures by reading a clock (outbox TTLs, rate-limit windows) instead of
 * sleeping until that much real time has passed.
 */
export async function withClockAhead<T>(ms: number, fn: () => T | Promise<T>): Promise<T> {
  // A faked performance.now() starts at 0: start the fake Date that much earlier, then move
  // both to where the real clocks are, plus `ms`. The fake clock works in whole milliseconds,
  // so advancing by a fractional `perf + ms` could land 1 ms short of "real now + ms" (a
  // sweep at exactly the window's end then saw 9,999 ms: flaky on Node 24 CI); round up and
  // add one, so the clock is always at least `ms` ahead (measured: 1–4 ms more).
  const perf = performance.now();
  vi.useFakeTimers({
    toFake: ['Date', 'performance'],
    shouldAdvanceTime: true,
    now: Date.now() - perf,
  });
  try {
    vi.advanceTimersByTime(Math.ceil(perf) + 1 + ms);
    return await fn();
  } finally {
    vi.useRealTimers();
  }
}

export interface Client {
  ws: WebSocket;
  messages: unknown[];
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves with the n-th message (0-based) once received. */
  nth(n: number, timeoutMs?: number): Promise<unknown>;
}

export interface Harness {
  manager: ConnectionManager;
  sm: SessionManager;
  server: http.Server;
  port: number;
  wss: WebSocketServer | null;
  url(player?: string, path?: string): string;
  connect(
    player: string,
    opts?: { url?: string; autoPong?: boolean; headers?: Record<string, string> },
  ): Promise<Client>;
  /** Connect attempt expected to be refused; resolves with the HTTP status. */
  refused(url: string, headers?: Record<string, string>): Promise<number>;
  stop(): Promise<void>;
}

export async function startHarness(opts: HarnessOptions = {}): Promise<Harness> {
  const baseline = handleCounts();
  const manager = new ConnectionManager({ siteThreshold: false });
  const { attach, ...rest } = opts;
  const sm = new SessionManager({ manager, authenticate: playerFromUrl, ...rest });
  const server = http.createServer((req, res) => {
    if (req.url?.startsWith('/sse')) sm.handleSse(req, res);
    else res.writeHead(404).end();
  });
  let wss: WebSocketServer | null = null;
  if (attach) {
    wss = new WebSocketServer({ server, clientTracking: false, perMessageDeflate: false });
    sm.attach(wss);
  } else server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as AddressInfo).port;
  const clients = new Set<WebSocket>();
  const url = (player?: string, path = '/ws'): string =>
    `ws://127.0.0.1:${port}${path}${player === undefined ? '' : `?player=${encodeURIComponent(player)}`}`;

  const h: Harness = {
    manager,
    sm,
    server,
    port,
    wss,
    url,
    async connect(player, o = {}) {
      const ws = new WebSocket(o.url ?? url(player), {
        autoPong: o.autoPong ?? true,
        perMessageDeflate: false,
        ...(o.headers ? { headers: o.headers } : {}),
      });
      clients.add(ws);
      const messages: unknown[] = [];
      const waiters: (() => void)[] = [];
      ws.on('message', (data, isBinary) => {
        messages.push(isBinary ? data : parseText(data.toString()));
        for (const w of waiters.splice(0)) w();
      });
      ws.on('error', () => {});
      const closed = new Promise<{ code: number; reason: string }>((resolve) =>
        ws.once('close', (code, reason) => {
          clients.delete(ws);
          resolve({ code, reason: reason.toString() });
        }),
      );
      await once(ws, 'open');
      return {
        ws,
        messages,
        closed,
        async nth(n, timeoutMs = 3000) {
          await waitFor(() => messages.length > n, timeoutMs, `message #${n}`);
          return messages[n];
        },
      };
    },
    refused: refusedStatus,
    async stop() {
      await sm.close({ timeoutMs: 500 });
      for (const ws of clients) ws.terminate();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
      // Nothing of ours is left: the manager tracks no connection (listener, timer, scope
      // task), the SessionManager no socket, and the process no extra socket or timer.
      expect(manager.stats().live).toBe(0);
      const st = sm.stats();
      expect(st.sessions).toBe(0);
      expect(st.connections).toEqual({ ws: 0, sse: 0, pending: 0 });
      await waitFor(
        () => {
          const now = handleCounts();
          return handleKinds.every((k) => (now[k] ?? 0) <= (baseline[k] ?? 0));
        },
        3000,
        `handles back to baseline ${JSON.stringify(baseline)}, now ${JSON.stringify(handleCounts())}`,
      );
    },
  };
  return h;
}

/** A TCP proxy whose `cut()` drops the client side and leaves the server side open and silent. */
export async function halfOpenProxy(
  port: number,
): Promise<{ port: number; cut(): void; close(): Promise<void> }> {
  const pairs: [net.Socket, net.Socket][] = [];
  const proxy = net.createServer((client) => {
    const upstream = net.connect(port, '127.0.0.1');
    client.pipe(upstream);
    upstream.pipe(client);
    client.on('error', () => {});
    upstream.on('error', () => {});
    pairs.push([client, upstream]);
  });
  proxy.listen(0, '127.0.0.1');
  await once(proxy, 'listening');
  return {
    port: (proxy.address() as AddressInfo).port,
    cut() {
      for (const [client, upstream] of pairs) {
        upstream.unpipe(client);
        client.unpipe(upstream);
        upstream.pause();
        client.destroy();
      }
    },
    async close() {
      for (const [c, u] of pairs) {
        c.destroy();
        u.destroy();
      }
      proxy.close();
      await once(proxy, 'close');
    },
  };
}

export interface SseEvent {
  event: string;
  data: string;
}

/** A real SSE client over fetch: collects events and comments until aborted or ended. */
export async function sseClient(url: string): Promise<{
  status: number;
  events: SseEvent[];
  comments: string[];
  ended: Promise<void>;
  abort(): void;
}> {
  const ac = new AbortController();
  const res = await fetch(url, { signal: ac.signal });
  const events: SseEvent[] = [];
  const comments: string[] = [];
  if (res.status !== 200 || res.body === null) {
    await res.body?.cancel();
    return {
      status: res.status,
      events,
      comments,
      ended: Promise.resolve(),
      abort: () => ac.abort(),
    };
  }
  const reader = res.body.getReader();
  const decoder = new TextDecoder();
  const ended = (async () => {
    let buf = '';
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buf += decoder.decode(value, { stream: true });
        let i: number;
        while ((i = buf.indexOf('\n\n')) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          let event = 'message';
          const data: string[] = [];
          for (const line of block.split('\n')) {
            if (line.startsWith(':')) comments.push(line.slice(1).trim());
            else if (line.startsWith('event: ')) event = line.slice(7);
            else if (line.startsWith('data: ')) data.push(line.slice(6));
          }
          if (data.length > 0) events.push({ event, data: data.join('\n') });
        }
      }
    } catch {
      /* aborted */
    }
  })();
  return { status: res.status, events, comments, ended, abort: () => ac.abort() };
}
