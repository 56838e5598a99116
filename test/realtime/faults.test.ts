/**
 * Faults of the peer that the transports must survive without keeping anything: a peer that
 * stops reading, one that vanishes without a close, one that leaves mid-admission.
 */
import { spawnSync } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConnectionManager } from '../../src/core/index.js';
import { SessionManager } from '../../src/realtime/index.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import {
  playerFromUrl,
  sleep,
  sseClient,
  startHarness,
  waitFor,
  within,
  withClockAhead,
  type Harness,
} from './helpers.js';

let h: Harness | null = null;
const raw: net.Socket[] = [];
afterEach(async () => {
  for (const s of raw.splice(0)) s.destroy();
  await h?.stop();
  h = null;
});

/**
 * An SSE client that reads the response headers and then nothing: sends are written until the
 * kernel buffers on both sides are full and our own send buffer holds `bytes`.
 */
async function stuckSse(hh: Harness, player: string, bytes = 512 * 1024): Promise<net.Socket> {
  const sock = net.connect(hh.port, '127.0.0.1');
  raw.push(sock);
  sock.on('error', () => {});
  sock.write(`GET /sse?player=${player} HTTP/1.1\r\nHost: x\r\n\r\n`);
  await waitFor(() => hh.sm.session(player) !== undefined);
  sock.pause();
  const chunk = 'z'.repeat(64 * 1024);
  // full when our own buffer still holds `bytes` after a pause (the kernel took what it could)
  for (let i = 0; i < 200; i++) {
    for (let j = 0; j < 8; j++) hh.sm.send(player, chunk);
    await sleep(5);
    if (hh.sm.stats().bytesBuffered >= bytes) break;
  }
  expect(hh.sm.stats().bytesBuffered).toBeGreaterThanOrEqual(bytes);
  return sock;
}

describe('an SSE stream closed while its peer does not read', () => {
  // The final `event: close` cannot leave, so the response never finishes and its socket
  // never closes by itself: it is destroyed within one heartbeat period.
  const opts = { heartbeatMs: 100, maxBufferedBytes: 64 * 1024 * 1024 };

  it('kick: the stream and its send buffer are let go', async () => {
    h = await startHarness({ ...opts, reconnectWindowMs: 0 });
    await stuckSse(h, 'stuck');
    expect(h.sm.kick('stuck')).toBe(true);
    expect(h.sm.session('stuck')).toBeUndefined();
    await waitFor(() => h!.sm.stats().connections.sse === 0, 3000, 'the kicked stream to close');
    expect(h.sm.stats().bytesBuffered).toBe(0);
  });

  it('replaced by a reconnect of the same player (4001): the old stream is let go', async () => {
    h = await startHarness({ ...opts, reconnectWindowMs: 5000 });
    await stuckSse(h, 'p');
    const s = h.sm.session('p')!;
    const fresh = await sseClient(`http://127.0.0.1:${h.port}/sse?player=p`);
    await waitFor(() => h!.sm.session('p')?.transport === 'sse' && h!.sm.stats().connected === 1);
    await waitFor(() => h!.sm.stats().connections.sse === 1, 3000, 'the replaced stream to close');
    expect(h.sm.session('p')).toBe(s);
    expect(h.sm.send('p', 'still here')).toBe(true);
    await waitFor(() => fresh.events.some((e) => e.data === 'still here'));
    fresh.abort();
  });

  it('maxAgeMs (4002): the session goes away instead of staying connected to a dead stream', async () => {
    h = await startHarness({ heartbeatMs: 400, maxAgeMs: 60_000, reconnectWindowMs: 5000 });
    await stuckSse(h, 'old');
    const s = h.sm.session('old')!;
    // the next heartbeat finds the connection past its age and closes it (before any ping)
    await withClockAhead(60_000, () =>
      waitFor(() => s.state === 'away', 3000, 'the session to go away'),
    );
    expect(h.sm.stats()).toMatchObject({ heartbeatTerminations: 0, away: 1, connected: 0 });
    expect(h.sm.stats().connections.sse).toBe(0);
  });
});

describe('without authenticate (every connection a fresh anonymous player)', () => {
  it('a session that can never resume ends when its connection closes, keeping nothing', async () => {
    h = await startHarness({ authenticate: undefined, reconnectWindowMs: 60_000 });
    const world = new EventEmitter();
    const ends: string[] = [];
    h.sm.joined.connect((s) => s.scope.on(world, 'tick', (n: number) => s.send({ n })));
    h.sm.ended.connect((s, r) => ends.push(`${String(s.playerId).slice(0, 5)} ${r}`));
    const a = await h.connect('ignored');
    await waitFor(() => h!.sm.stats().connected === 1);
    a.ws.close();
    await a.closed;
    // no connection can ever return to an anonymous id: nothing waits out the window for it
    await waitFor(() => ends.length === 1, 3000, 'the session to end');
    expect(ends).toEqual(['anon- closed']);
    for (let i = 0; i < 50; i++) world.emit('tick', i);
    expect(h.sm.stats()).toMatchObject({ sessions: 0, away: 0, outbox: { messages: 0 } });
    expect(world.listenerCount('tick')).toBe(0);
    // the next connection is a new player, as before
    const b = await h.connect('ignored');
    await waitFor(() => h!.sm.stats().joined === 2);
    expect(h.sm.stats().resumed).toBe(0);
    b.ws.close();
  });
});

describe('a step of the wall clock (an NTP step, a clock set by hand)', () => {
  it('neither ages connections past maxAgeMs nor ends away sessions in sweep()', async () => {
    h = await startHarness({ heartbeatMs: 30, maxAgeMs: 60_000, reconnectWindowMs: 60_000 });
    const a = await h.connect('a');
    const b = await h.connect('b');
    await waitFor(() => h!.sm.stats().connected === 2);
    b.ws.close();
    await waitFor(() => h!.sm.session('b')?.state === 'away');
    // Date.now() jumps an hour ahead; the monotonic clock and every timer go on as they were
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true, now: Date.now() + 3_600_000 });
    try {
      await sleep(200); // several heartbeats
      expect(h.sm.sweep()).toMatchObject({ expiredSessions: 0 });
      expect(h.sm.session('a')?.state).toBe('connected');
      expect(h.sm.session('b')?.state).toBe('away');
      expect(a.ws.readyState).toBe(a.ws.OPEN);
    } finally {
      vi.useRealTimers();
    }
    a.ws.close();
  });
});

describe('a WebSocket whose peer has sent its close frame', () => {
  it('messages sent before its close completes wait in the outbox for the resume', async () => {
    h = await startHarness({ reconnectWindowMs: 60_000, heartbeatMs: 10_000 });
    const c = await h.connect('p');
    await waitFor(() => h!.sm.stats().connected === 1);
    // The client closes and then its network goes quiet: the server has the close frame, but
    // the TCP close never completes, so the session is still "connected" (ws waits 30 s).
    c.ws.close(1000);
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    await sleep(100);
    expect(h.sm.session('p')?.state).toBe('connected');
    expect(h.sm.send('p', 'after the close frame')).toBe(true);
    // the player comes back: what was sent meanwhile is waiting for it
    const back = await h.connect('p');
    expect(await back.nth(0)).toBe('after the close frame');
    expect(h.sm.stats().resumed + h.sm.stats().joined).toBe(1);
    c.ws.terminate();
  });
});

describe('attach(wss) after close()', () => {
  it('the server keeps refusing (503) instead of accepting unauthenticated connections', async () => {
    h = await startHarness({ attach: true });
    const wss = h.wss!;
    const opts = wss.options as { verifyClient?: unknown; maxPayload?: number };
    await h.sm.close();
    expect(opts.maxPayload).toBe(100 * 1024 * 1024); // restored
    // no ?player= would be a 401; a closed SessionManager admits nobody, as handleUpgrade's 503
    expect(await h.refused(h.url())).toBe(503);
    expect(await h.refused(h.url('someone'))).toBe(503);
    // the server can be handed to a new SessionManager, which then admits players again
    const manager = new ConnectionManager({ siteThreshold: false });
    const next = new SessionManager({
      manager,
      authenticate: (req) => new URL(req.url ?? '/', 'http://x').searchParams.get('player'),
    }).attach(wss);
    try {
      const c = await h.connect('again');
      await waitFor(() => next.session('again') !== undefined);
      expect(await h.refused(h.url())).toBe(401);
      c.ws.close();
    } finally {
      await next.close({ timeoutMs: 500 });
    }
    expect(manager.stats().live).toBe(0);
    wss.close();
  });
});

describe('churn through every way a connection ends', () => {
  // churn.test.ts measures the heap over graceful WebSocket closes; this one runs the other
  // endings side by side and checks that each leaves nothing: no session, scope, listener,
  // timer, outbox or socket of ours.
  it('graceful, RST, silent (heartbeat), mid-handshake, SSE abort, stuck SSE, resume: nothing left', async () => {
    h = await startHarness({
      heartbeatMs: 40,
      reconnectWindowMs: 150,
      maxBufferedBytes: 64 * 1024,
      rateLimit: { connections: false },
    });
    const hh = h;
    const world = new EventEmitter().setMaxListeners(0); // 24 players at once
    const ends = new Map<string, number>();
    hh.sm.joined.connect((s) => {
      s.scope.on(world, 'tick', (n: number) => s.send({ n }));
      s.scope.setInterval(() => s.send('autosave'), 60_000, { unref: true });
    });
    hh.sm.ended.connect((_s, r) => ends.set(r, (ends.get(r) ?? 0) + 1));
    const ticker = setInterval(() => world.emit('tick', Date.now()), 10);
    const sse = (p: string): string => `http://127.0.0.1:${hh.port}/sse?player=${p}`;
    const joinedAs = (p: string): Promise<void> =>
      waitFor(() => hh.sm.session(p)?.state === 'connected', 3000, `${p} connected`);
    const ways: ((p: string) => Promise<void>)[] = [
      async (p) => {
        const c = await hh.connect(p);
        await joinedAs(p);
        c.ws.close();
        await c.closed;
      },
      async (p) => {
        const c = await hh.connect(p);
        await joinedAs(p);
        c.ws.terminate(); // no close frame
        await c.closed;
      },
      async (p) => {
        const c = await hh.connect(p, { autoPong: false }); // alive socket, silent peer
        await joinedAs(p);
        await c.closed;
      },
      async (p) => {
        const sock = net.connect(hh.port, '127.0.0.1');
        sock.on('error', () => {});
        sock.end(
          `GET /ws?player=${p} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n` +
            'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n' +
            'Sec-WebSocket-Version: 13\r\n\r\n',
        );
        sock.destroy(); // gone during the handshake
        await sleep(20);
      },
      async (p) => {
        const c = await sseClient(sse(p));
        await joinedAs(p);
        c.abort();
        await c.ended;
      },
      async (p) => {
        const sock = net.connect(hh.port, '127.0.0.1');
        raw.push(sock);
        sock.on('error', () => {});
        sock.write(`GET /sse?player=${p} HTTP/1.1\r\nHost: x\r\n\r\n`);
        await joinedAs(p);
        sock.pause(); // reads nothing more: the heartbeat ends it, or the kick below
        for (let i = 0; i < 40; i++) hh.sm.send(p, 'x'.repeat(32 * 1024));
        hh.sm.kick(p);
      },
      async (p) => {
        const c1 = await hh.connect(p);
        await joinedAs(p);
        c1.ws.terminate();
        await waitFor(() => hh.sm.session(p)?.state === 'away', 3000, `${p} away`);
        const c2 = await sseClient(sse(p)); // resumes over SSE, then leaves for good
        await joinedAs(p);
        c2.abort();
      },
    ];
    try {
      for (let round = 0; round < 4; round++)
        await Promise.all(ways.map((way, i) => way(`r${round}w${i}`)));
      await waitFor(
        () =>
          hh.sm.stats().sessions === 0 &&
          hh.sm.stats().connections.ws + hh.sm.stats().connections.sse === 0,
        5000,
        `every session to end: ${JSON.stringify(hh.sm.stats())}`,
      );
    } finally {
      clearInterval(ticker);
    }
    const st = hh.sm.stats();
    expect(st).toMatchObject({
      sessions: 0,
      outbox: { players: 0, messages: 0, bytes: 0 },
      connections: { ws: 0, sse: 0, pending: 0 },
      bytesBuffered: 0,
      joined: 24, // 6 ways that join, 4 rounds (the mid-handshake one never does)
      resumed: 4,
    });
    expect([...ends.values()].reduce((a, b) => a + b, 0)).toBe(24);
    expect(ends.get('kicked')).toBe(4);
    expect(st.heartbeatTerminations).toBeGreaterThanOrEqual(4);
    expect(world.listenerCount('tick')).toBe(0);
    expect(hh.manager.stats().live).toBe(0);
  });
});

describe('a client that resets its connection right after the upgrade request', () => {
  // Our refusal is written to a socket the peer has reset: the write fails (ECONNRESET), and
  // an 'error' with no listener is an uncaught exception — the whole server down.
  it.each([
    [401, '/ws'],
    [429, '/ws?player=p'],
    [503, '/ws?player=p'],
  ])('the %i refusal does not crash the process', async (status, path) => {
    h = await startHarness({
      rateLimit: {
        connections: status === 429 ? { points: 1, durationMs: 60_000 } : false,
        keyOf: () => 'one client', // a reset socket may have lost its remoteAddress already
      },
    });
    if (status === 503) await h.sm.close();
    const errors: unknown[] = [];
    const onError = (e: unknown): number => errors.push(e);
    process.on('uncaughtException', onError);
    try {
      for (let i = 0; i < 20; i++) {
        const sock = net.connect(h.port, '127.0.0.1');
        sock.on('error', () => {});
        await new Promise((r) => sock.once('connect', r));
        sock.write(
          `GET ${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
            'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
        );
        sock.resetAndDestroy();
        await sleep(2);
      }
      await sleep(100);
    } finally {
      process.off('uncaughtException', onError);
    }
    expect(errors).toEqual([]);
    // the refusals were the ones named (the first 429 attempt took the only token)
    expect(await h.refused(h.url(status === 401 ? undefined : 'p'))).toBe(status);
    if (status === 401) expect(h.sm.stats().authFailures).toBeGreaterThanOrEqual(20);
    if (status === 429) expect(h.sm.stats().rateLimited.connections).toBeGreaterThanOrEqual(19);
  });
});

describe('connection attempts with no peer address (the rate-limit key)', () => {
  // A socket's remoteAddress comes from getpeername(), which fails once a TCP peer has reset:
  // every such attempt got the key 'unknown', one bucket for all of them.
  const upgrade = (player: string): string =>
    `GET /ws?player=${player} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n';
  const sse = (player: string): string => `GET /sse?player=${player} HTTP/1.1\r\nHost: x\r\n\r\n`;

  /**
   * A client (another process) that connects from 127.0.0.2, sends `requests` and resets each
   * connection right after. spawnSync blocks this process meanwhile, so the resets are in before
   * the server accepts: the address is gone whenever the server first asks for it.
   */
  function resettingClient(port: number, requests: string[]): void {
    const code = `
      const net = require('node:net');
      const reqs = JSON.parse(process.argv[1]);
      let open = reqs.length;
      for (const r of reqs) {
        const s = net.connect({ port: ${port}, host: '127.0.0.1', localAddress: '127.0.0.2' }, () => {
          s.write(r, () => setTimeout(() => { s.resetAndDestroy(); if (--open === 0) setTimeout(() => {}, 50); }, 20));
        });
        s.on('error', () => {});
      }`;
    const r = spawnSync(process.execPath, ['-e', code, JSON.stringify(requests)], {
      timeout: 5000,
    });
    expect(r.status).toBe(0);
  }

  it.each(['upgrade', 'attach', 'sse'] as const)(
    '%s: a peer gone before its address was read is refused before the limit and authenticate',
    async (path) => {
      const authenticated: string[] = [];
      h = await startHarness({
        attach: path === 'attach',
        authenticate: (req) => {
          const p = playerFromUrl(req);
          if (p !== null) authenticated.push(p);
          return p;
        },
        rateLimit: { connections: { points: 2, durationMs: 60_000 } },
      });
      const hh = h;
      const build = path === 'sse' ? sse : upgrade;
      resettingClient(
        hh.port,
        Array.from({ length: 6 }, (_, i) => build(`gone${i}`)),
      );
      // a live client after them: accepted after every reset one was handled
      if (path === 'sse') {
        const s = await within(sseClient(`http://127.0.0.1:${hh.port}/sse?player=live`));
        expect(s.status).toBe(200);
        s.abort();
      } else (await within(hh.connect('live'))).ws.close();
      await waitFor(() => hh.sm.session('live') !== undefined, 3000, 'the live client');
      await sleep(50);
      // Before: the first two went on to authenticate and the four others were refused 429,
      // all under 'unknown' (so would be any other attempt without an address).
      expect(authenticated).toEqual(['live']);
      expect(hh.sm.stats().rateLimited).toMatchObject({ connections: 0, trackedKeys: 1 });
    },
  );

  it('a server on a Unix socket (no client has an address): one client does not lock out the others', async () => {
    const manager = new ConnectionManager({ siteThreshold: false });
    const sm = new SessionManager({
      manager,
      authenticate: playerFromUrl,
      rateLimit: { connections: { points: 1, durationMs: 60_000 } },
    });
    const server = http.createServer((req, res) => sm.handleSse(req, res));
    server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
    const path = join(tmpdir(), `leakguard-realtime-${process.pid}-${Date.now()}.sock`);
    server.listen(path);
    await once(server, 'listening');
    const clients: WebSocket[] = [];
    try {
      const statuses: number[] = [];
      for (const player of ['a', 'b', 'c']) {
        const ws = new WebSocket(`ws+unix://${path}:/ws?player=${player}`);
        clients.push(ws);
        statuses.push(
          await within(
            new Promise<number>((resolve, reject) => {
              ws.once('open', () => resolve(101));
              ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
              ws.once('error', reject);
            }),
          ),
        );
      }
      // Before: [101, 429, 429] — every client of the server shared the key 'unknown'.
      expect(statuses).toEqual([101, 101, 101]);
      expect(sm.stats()).toMatchObject({ connected: 3, rateLimited: { trackedKeys: 0 } });
    } finally {
      for (const ws of clients) ws.terminate();
      await sm.close({ timeoutMs: 500 });
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    }
    expect(manager.stats().live).toBe(0);
  });
});

describe('a rateLimit.keyOf that throws (a proxy header the request does not have)', () => {
  it('counts the attempt under the peer address instead of throwing out of the upgrade or request handler', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    h = await startHarness({
      rateLimit: {
        connections: { points: 2, durationMs: 60_000 },
        keyOf: (req) => (req.headers['x-forwarded-for'] as string).split(',')[0]!,
      },
    });
    const errors: unknown[] = [];
    const onError = (e: unknown): number => errors.push(e);
    process.on('uncaughtException', onError);
    let reports: number;
    try {
      const c = await within(h.connect('direct')); // no X-Forwarded-For: keyOf throws
      const s = await within(sseClient(`http://127.0.0.1:${h.port}/sse?player=direct-sse`));
      expect(s.status).toBe(200);
      await waitFor(() => h!.sm.stats().connected === 2);
      // both counted under 127.0.0.1, whose 2 points are spent now
      expect(await h.refused(h.url('third'))).toBe(429);
      // a request with the header is keyed by it
      const proxied = await h.connect('proxied', { headers: { 'x-forwarded-for': '10.0.0.1' } });
      await waitFor(() => h!.sm.stats().connected === 3);
      expect(h.sm.stats().connections.pending).toBe(0);
      c.ws.close();
      proxied.ws.close();
      s.abort();
      reports = logged.mock.calls.filter((a) => String(a[0]).includes('keyOf')).length;
    } finally {
      process.off('uncaughtException', onError);
      logged.mockRestore();
    }
    expect(errors).toEqual([]);
    // reported once, not once per attempt
    expect(reports).toBe(1);
  });
});

describe('an SSE client slower than the stream, but reading', () => {
  it("'drop' keeps the connection: the heartbeat ends only a stream whose previous ping did not leave", async () => {
    h = await startHarness({
      heartbeatMs: 1500,
      reconnectWindowMs: 0,
      // more than the kernel takes at each wakeup (about a third of its send buffer), so this
      // buffer never empties while the client reads: no 'drain' ever comes
      maxBufferedBytes: 4 * 1024 * 1024,
    });
    const sock = net.connect(h.port, '127.0.0.1');
    raw.push(sock);
    sock.on('error', () => {});
    sock.write('GET /sse?player=slow HTTP/1.1\r\nHost: x\r\n\r\n');
    await waitFor(() => h!.sm.session('slow') !== undefined);
    // reads a chunk, then rests: slower than what the server pushes, never stopped
    let received = 0;
    sock.on('data', (d: Buffer) => {
      received += d.length;
      sock.pause();
      setTimeout(() => sock.resume(), 10);
    });
    const chunk = 'y'.repeat(64 * 1024);
    const t0 = Date.now();
    let checkpoint = 0;
    while (Date.now() - t0 < 4500 && h.sm.session('slow') !== undefined) {
      for (let i = 0; i < 16; i++) h.sm.send('slow', chunk);
      await sleep(10);
      if (checkpoint === 0 && Date.now() - t0 > 2000) checkpoint = received;
    }
    const st = h.sm.stats();
    expect(st.dropped.byReason.backpressure ?? 0).toBeGreaterThan(0); // it is too slow
    expect(received).toBeGreaterThan(checkpoint); // and it kept reading to the end
    expect(st.heartbeatTerminations).toBe(0);
    expect(h.sm.session('slow')?.state).toBe('connected');
  });
});

describe('a message bigger than maxBufferedBytes, to a client that reads', () => {
  const big = 'b'.repeat(128 * 1024);
  const opts = { maxBufferedBytes: 64 * 1024, outbox: { maxBytes: 16 * 1024 * 1024 } };

  it("'close': is written to the idle connection, instead of cutting it at every reconnect", async () => {
    h = await startHarness({ ...opts, backpressure: 'close', reconnectWindowMs: 60_000 });
    const c = await h.connect('p');
    await waitFor(() => h!.sm.stats().connected === 1);
    expect(h.sm.send('p', big)).toBe(true);
    expect(h.sm.send('p', 'after')).toBe(true);
    // Before: the connection was cut and the message queued; every reconnect flushed it into an
    // empty buffer, crossed the limit again and was cut again, until the message expired.
    for (let attempt = 0; attempt < 3 && c.messages.length < 2; attempt++) await sleep(100);
    expect(c.messages).toEqual([big, 'after']);
    expect(h.sm.stats()).toMatchObject({ backpressureCloses: 0, connected: 1 });
    c.ws.close();
  });

  it("'drop': is written to the idle connection, not dropped as backpressure", async () => {
    h = await startHarness({ ...opts, backpressure: 'drop', reconnectWindowMs: 0 });
    const c = await h.connect('p');
    await waitFor(() => h!.sm.stats().connected === 1);
    expect(h.sm.send('p', big)).toBe(true);
    expect(await c.nth(0)).toBe(big);
    expect(h.sm.stats().dropped.total).toBe(0);
    c.ws.close();
  });
});
