import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { WebSocket } from 'ws';
import { CloseCodes, SessionManager, type RateLimitedInfo } from '../../src/realtime/index.js';
import { Outbox } from '../../src/realtime/outbox.js';
import { KeyedLimiter } from '../../src/realtime/rate-limit.js';
import { resolveOptions } from '../../src/realtime/options.js';
import {
  sleep,
  sseClient,
  startHarness,
  waitFor,
  withClockAhead,
  within,
  type Harness,
} from './helpers.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

/** Connects, disconnects, and leaves the player away with an empty outbox. */
async function away(harness: Harness, player: string): Promise<void> {
  const c = await harness.connect(player);
  await waitFor(() => harness.sm.session(player) !== undefined);
  c.ws.close();
  await waitFor(() => harness.sm.session(player)?.state === 'away');
}

describe('outbox bounds', () => {
  it('caps by count (oldest dropped first), then delivers the rest in order', async () => {
    h = await startHarness({ outbox: { maxMessages: 3 } });
    const drops: unknown[] = [];
    h.sm.dropped.connect((d) => drops.push(d));
    await away(h, 'a');
    for (let i = 0; i < 5; i++) h.sm.send('a', `m${i}`);
    expect(h.sm.stats().outbox).toEqual({ players: 1, messages: 3, bytes: 6, largest: 3 });
    expect(drops).toEqual([
      { playerId: 'a', reason: 'outbox-count', count: 1, bytes: 2 },
      { playerId: 'a', reason: 'outbox-count', count: 1, bytes: 2 },
    ]);
    const c = await h.connect('a');
    await c.nth(2);
    expect(c.messages).toEqual(['m2', 'm3', 'm4']);
    expect(h.sm.stats().outbox.players).toBe(0);
  });

  it('caps by bytes, refuses a message bigger than the cap, and counts every drop by reason', async () => {
    h = await startHarness({ outbox: { maxBytes: 10 } });
    await away(h, 'b');
    expect(h.sm.send('b', 'aaaa')).toBe(true);
    expect(h.sm.send('b', 'bbbb')).toBe(true);
    expect(h.sm.send('b', 'cccc')).toBe(true); // 12 bytes > 10: 'aaaa' goes
    expect(h.sm.send('b', 'x'.repeat(11))).toBe(false);
    const st = h.sm.stats();
    expect(st.outbox).toMatchObject({ messages: 2, bytes: 8 });
    expect(st.dropped).toEqual({ total: 2, byReason: { 'outbox-bytes': 1, 'too-large': 1 } });
    expect(st.bytesBuffered).toBe(8);
  });

  it('drops messages past their TTL on sweep() and deletes the empty outbox', async () => {
    h = await startHarness({ outbox: { ttlMs: 40 } });
    await away(h, 'c');
    h.sm.send('c', 'old-1');
    h.sm.send('c', 'old-2');
    // queued 60 ms ago as far as the outbox's Date.now() knows
    await withClockAhead(60, () => {
      h!.sm.send('c', 'new');
      expect(h!.sm.sweep()).toMatchObject({ expiredMessages: 2, expiredSessions: 0 });
      expect(h!.sm.stats().outbox).toMatchObject({ players: 1, messages: 1 });
    });
    await withClockAhead(120, () => expect(h!.sm.sweep().expiredMessages).toBe(1));
    expect(h.sm.stats().outbox).toEqual({ players: 0, messages: 0, bytes: 0, largest: 0 });
    expect(h.sm.stats().dropped.byReason.expired).toBe(3);
  });

  it('TTL is also enforced when a player comes back', async () => {
    h = await startHarness({ outbox: { ttlMs: 40 } });
    await away(h, 'd');
    h.sm.send('d', 'stale');
    const c = await withClockAhead(60, async () => {
      h!.sm.send('d', 'fresh');
      const back = await h!.connect('d');
      await back.nth(0);
      return back;
    });
    // nothing else arrives: whatever was queued for the player comes before a later send
    h.sm.send('d', 'marker');
    await c.nth(1);
    expect(c.messages).toEqual(['fresh', 'marker']);
    expect(h.sm.stats().dropped.byReason.expired).toBe(1);
  });

  it('sweep() ends away sessions past their window', async () => {
    // a window the session's own timer cannot reach during the test: sweep() alone ends it
    h = await startHarness({ reconnectWindowMs: 10_000 });
    await away(h, 'e');
    const s = h.sm.session('e')!;
    expect(h.sm.sweep().expiredSessions).toBe(0); // still within its window
    const swept = await withClockAhead(10_000, () => h!.sm.sweep());
    expect(swept).toMatchObject({ expiredSessions: 1 });
    expect(s.state).toBe('ended');
    expect(h.sm.stats().ended.expired).toBe(1);
    expect(s.scope.disposed).toBe(true);
  });

  it('Outbox keeps FIFO order across compaction', () => {
    const o = new Outbox();
    const drops: string[] = [];
    for (let i = 0; i < 500; i++)
      o.push({ data: String(i), bytes: 1, at: i }, 100, 1e9, (r, n) => drops.push(`${r}${n}`));
    expect(o.count).toBe(100);
    expect(drops.length).toBe(400);
    const out: string[] = [];
    for (let q = o.shift(); q; q = o.shift()) out.push(q.data as string);
    expect(out).toEqual(Array.from({ length: 100 }, (_, i) => String(400 + i)));
    expect(o.empty).toBe(true);
    expect(o.bytes).toBe(0);
  });
});

describe('backpressure', () => {
  const chunk = 'x'.repeat(64 * 1024);

  it("'drop': a client that stops reading loses messages (counted) and server memory stays bounded", async () => {
    h = await startHarness({ maxBufferedBytes: 256 * 1024, backpressure: 'drop' });
    const c = await h.connect('slow');
    await waitFor(() => h!.sm.session('slow') !== undefined);
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    let sent = 0;
    for (let i = 0; i < 600; i++) {
      if (h.sm.send('slow', chunk)) sent++;
      if (i % 50 === 0) await sleep(5); // let the kernel buffers fill
    }
    const st = h.sm.stats();
    expect(st.dropped.byReason.backpressure).toBeGreaterThan(0);
    expect(sent + (st.dropped.byReason.backpressure ?? 0)).toBe(600);
    expect(st.bytesBuffered).toBeLessThanOrEqual(256 * 1024 + chunk.length);
    expect(h.sm.session('slow')!.state).toBe('connected');
  });

  it("'close': the slow connection is cut and its messages wait for the reconnect", async () => {
    h = await startHarness({
      maxBufferedBytes: 256 * 1024,
      backpressure: 'close',
      outbox: { maxBytes: 64 * 1024 * 1024 },
    });
    const c = await h.connect('slow');
    await waitFor(() => h!.sm.session('slow') !== undefined);
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    for (let i = 0; i < 600 && h.sm.stats().backpressureCloses === 0; i++) {
      h.sm.send('slow', chunk);
      if (i % 50 === 0) await sleep(5);
    }
    expect(h.sm.stats().backpressureCloses).toBe(1);
    h.sm.send('slow', 'after-cut');
    await waitFor(() => h!.sm.session('slow')?.state === 'away');
    const st = h.sm.stats();
    expect(st.outbox.players).toBe(1);
    expect(st.dropped.byReason.backpressure ?? 0).toBe(0);
    c.ws.terminate();
  });
  it("'close': the message that crossed the limit and every later one arrive after the reconnect, in order", async () => {
    h = await startHarness({
      maxBufferedBytes: 256 * 1024,
      backpressure: 'close',
      outbox: { maxBytes: 64 * 1024 * 1024 },
    });
    const c = await h.connect('slow');
    await waitFor(() => h!.sm.session('slow') !== undefined);
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    // Numbered chunks until one crosses the limit: that one is `crossing`.
    let crossing = -1;
    for (let i = 0; i < 600 && crossing < 0; i++) {
      h.sm.send('slow', `${i}:${chunk}`);
      if (h.sm.stats().backpressureCloses === 1) crossing = i;
      if (i % 50 === 0) await sleep(5);
    }
    expect(crossing).toBeGreaterThan(0);
    // Sent while the cut connection is still closing, then while the session is away.
    expect(h.sm.send('slow', 'while-closing')).toBe(true);
    await waitFor(() => h!.sm.session('slow')?.state === 'away');
    expect(h.sm.send('slow', 'while-away')).toBe(true);
    h.sm.broadcast('broadcast-while-away');
    c.ws.terminate();

    const back = await h.connect('slow');
    h.sm.send('slow', 'marker'); // after everything queued: nothing arrives after it
    await back.nth(4);
    const got = back.messages.map((m) => (String(m).includes(':') ? String(m).split(':')[0] : m));
    expect(got).toEqual([
      String(crossing),
      'while-closing',
      'while-away',
      'broadcast-while-away',
      'marker',
    ]);
    expect(back.messages[0]).toBe(`${crossing}:${chunk}`); // whole, not cut
    expect(h.sm.stats().dropped.total).toBe(0);
  });
});

describe('bad input', () => {
  it('a frame over maxPayloadBytes closes with 1009; the server keeps serving', async () => {
    h = await startHarness({ maxPayloadBytes: 1024, reconnectWindowMs: 0 });
    const c = await h.connect('big');
    c.ws.send('y'.repeat(2000));
    expect((await c.closed).code).toBe(1009);
    await waitFor(() => h!.sm.stats().oversized === 1);
    const ok = await h.connect('small');
    h.sm.send('small', 'still here');
    expect(await ok.nth(0)).toBe('still here');
  });

  it('1009 on the attach(wss) path too', async () => {
    h = await startHarness({ attach: true, maxPayloadBytes: 512, reconnectWindowMs: 0 });
    const c = await h.connect('big');
    c.ws.send(Buffer.alloc(600));
    expect((await c.closed).code).toBe(1009);
    await h.sm.close();
    h.wss!.close();
  });

  it('malformed messages are counted and reported, never crash, and the connection stays usable', async () => {
    h = await startHarness();
    const reports: unknown[] = [];
    h.sm.malformed.connect((m) => reports.push([m.playerId, m.bytes, (m.error as Error).name]));
    const got: unknown[] = [];
    h.sm.received.connect((_s, m) => {
      if ((m as { boom?: boolean }).boom) throw new Error('app listener bug');
      got.push(m);
    });
    const c = await h.connect('m');
    c.ws.send('{not json');
    c.ws.send('');
    c.ws.send(JSON.stringify({ boom: true }));
    c.ws.send(JSON.stringify({ ok: 1 }));
    await waitFor(() => got.length === 1);
    expect(got).toEqual([{ ok: 1 }]);
    expect(reports).toEqual([
      ['m', 9, 'SyntaxError'],
      ['m', 0, 'SyntaxError'],
    ]);
    expect(h.sm.stats().malformed).toBe(2);
    expect(h.sm.session('m')!.state).toBe('connected');
  });

  it('an authenticate that hangs is answered 503 after authenticateTimeoutMs, on every path', async () => {
    // 'hang' never settles (a hung auth backend), 'late' settles after the timeout
    const gate = new Set<() => void>();
    for (const attach of [false, true]) {
      h = await startHarness({
        attach,
        authenticateTimeoutMs: 200,
        authenticate: (req) => {
          const p = new URL(req.url ?? '/', 'http://x').searchParams.get('player');
          if (p === 'hang') return new Promise<string>(() => {});
          if (p === 'late') return new Promise<string>((r) => gate.add(() => r('late')));
          return p;
        },
      });
      // before: the attempt waited for good, its socket counted as pending
      expect(await within(h.refused(h.url('hang')), 3000)).toBe(503);
      expect(await within(h.refused(h.url('late')), 3000)).toBe(503);
      for (const open of gate) open();
      gate.clear();
      await sleep(20);
      expect(h.sm.session('late')).toBeUndefined();
      const st = h.sm.stats();
      expect(st.authTimeouts).toBe(2);
      expect(st.authFailures).toBe(0);
      expect(st.connections.pending).toBe(0);
      if (!attach) {
        const sse = await sseClient(`http://127.0.0.1:${h.port}/sse?player=hang`);
        expect(sse.status).toBe(503);
        expect(h.sm.stats().authTimeouts).toBe(3);
      }
      // one that answers in time still gets in
      const c = await h.connect('ok');
      h.sm.send('ok', 1);
      expect(await c.nth(0)).toBe(1);
      await h.stop();
      h = null;
    }
    const manager = new ConnectionManager();
    const make = (o: object) => () => new SessionManager({ manager, ...o });
    expect(make({ authenticateTimeoutMs: 0 })).toThrow(
      'Expected `authenticateTimeoutMs` to be a number >= 1, got `0` (number)',
    );
    expect(make({ authenticateTimeoutMs: 2 ** 31 })).toThrow(/`authenticateTimeoutMs`/);
    await new SessionManager({ manager, authenticateTimeoutMs: Infinity }).close();
  });

  it('authentication failure answers 401 before the upgrade (sync, async, throwing)', async () => {
    h = await startHarness({
      authenticate: async (req) => {
        await sleep(5);
        const p = new URL(req.url ?? '/', 'http://x').searchParams.get('player');
        if (p === 'throw') throw new Error('db down');
        return p;
      },
    });
    expect(await h.refused(h.url())).toBe(401);
    expect(await h.refused(h.url('throw'))).toBe(401);
    expect(h.sm.stats().authFailures).toBe(2);
    expect(h.sm.stats().sessions).toBe(0);
    const c = await h.connect('ok');
    h.sm.send('ok', 1);
    expect(await c.nth(0)).toBe(1);
  });
});

describe('rate limits', () => {
  it('a connection flood from one IP gets 429 beyond the limit', async () => {
    h = await startHarness({
      reconnectWindowMs: 0,
      rateLimit: { connections: { points: 5, durationMs: 60_000 } },
    });
    const statuses = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        h!.connect(`p${i}`).then(
          (c) => {
            c.ws.close();
            return 101;
          },
          () => 0,
        ),
      ),
    );
    // refused ones fail to open; count them through the stats and a direct probe
    expect(statuses.filter((s) => s === 101).length).toBe(5);
    expect(h.sm.stats().rateLimited.connections).toBe(15);
    expect(await h.refused(h.url('late'))).toBe(429);
  });

  it('a flood of distinct client keys cannot grow the tracked keys past maxKeys', async () => {
    h = await startHarness({
      rateLimit: {
        connections: { points: 1, durationMs: 60_000 },
        maxKeys: 20,
        keyOf: (req) => String(req.headers['x-client'] ?? 'none'),
      },
    });
    for (let i = 0; i < 60; i++)
      expect(await h.refused(h.url(), { 'x-client': `10.0.0.${i}` })).toBe(401);
    expect(h.sm.stats().rateLimited.trackedKeys).toBe(20);
    // the same key twice within the window is limited
    expect(await h.refused(h.url(), { 'x-client': 'again' })).toBe(401);
    expect(await h.refused(h.url(), { 'x-client': 'again' })).toBe(429);
  });

  it('KeyedLimiter memory is bounded by maxKeys and idle keys are purged', async () => {
    const l = new KeyedLimiter({ points: 2, durationMs: 30, ratePerMs: 2 / 30 }, 1000);
    for (let i = 0; i < 100_000; i++) l.consume(`k${i}`);
    expect(l.size).toBe(1000);
    expect(l.consume('x')).toBe(true);
    expect(l.consume('x')).toBe(true);
    expect(l.consume('x')).toBe(false);
    // lru-cache and the limiter read performance.now() (lru-cache through the object it kept
    // at load, which fake timers do not replace): move that past the 30 ms window
    const at = performance.now();
    const now = vi.spyOn(performance, 'now').mockImplementation(() => at + 50);
    try {
      expect(l.purge()).toBe(1000);
    } finally {
      now.mockRestore();
    }
    expect(l.size).toBe(0);
    expect(l.consume('x')).toBe(true);
  });

  it('messages per player beyond the limit are counted, announced on rateLimited, not delivered', async () => {
    h = await startHarness({ rateLimit: { messages: { points: 10, durationMs: 60_000 } } });
    const got: unknown[] = [];
    h.sm.received.connect((_s, m) => got.push(m));
    const infos: RateLimitedInfo[] = [];
    h.sm.rateLimited.connect((s, info) => {
      expect(s).toBe(h!.sm.session('spam'));
      infos.push(info);
    });
    const c = await h.connect('spam');
    for (let i = 0; i < 100; i++) c.ws.send(String(i));
    await waitFor(() => h!.sm.stats().rateLimited.messages === 90);
    expect(got).toEqual(Array.from({ length: 10 }, (_, i) => i));
    // Every dropped message is announced with its running count in the window.
    const sessionId = h.sm.session('spam')!.id;
    expect(infos.map((i) => i.dropped)).toEqual(Array.from({ length: 90 }, (_, i) => i + 1));
    expect(infos.every((i) => i.playerId === 'spam' && i.sessionId === sessionId)).toBe(true);
    expect(infos.every((i) => i.windows === 1 && i.retryAfterMs > 0)).toBe(true);
    // By default the client is told nothing and stays connected: a frame about the drops
    // (all counted above) would come before a message sent now.
    h.sm.send('spam', 'marker');
    await c.nth(0);
    expect(c.messages).toEqual(['marker']);
    expect(c.ws.readyState).toBe(WebSocket.OPEN);
    expect(h.sm.stats().rateLimited.closes).toBe(0);
  });

  it('notify: one error frame per window; closeAfterWindows: 4004 at the Nth window in a row', async () => {
    const durationMs = 1500;
    h = await startHarness({
      rateLimit: { messages: { points: 5, durationMs, notify: true, closeAfterWindows: 2 } },
    });
    const infos: RateLimitedInfo[] = [];
    h.sm.rateLimited.connect((_s, info) => infos.push(info));
    const got: unknown[] = [];
    h.sm.received.connect((_s, m) => got.push(m));
    const c = await h.connect('flood');

    for (let i = 0; i < 20; i++) c.ws.send(String(i));
    await waitFor(() => infos.length === 15, 3000, '15 drops');
    expect(got).toHaveLength(5);
    const frame = (await c.nth(0)) as Record<string, unknown>;
    expect(Object.keys(frame).sort()).toEqual(['durationMs', 'error', 'points', 'retryAfterMs']);
    expect(frame).toMatchObject({ error: 'rate-limited', points: 5, durationMs });
    // the next token comes after at most durationMs / points
    expect(frame.retryAfterMs).toBeGreaterThan(0);
    expect(frame.retryAfterMs).toBeLessThanOrEqual(durationMs / 5);
    // once per window, not once per dropped message: a second frame would come before this
    h.sm.send('flood', 'marker');
    expect(await c.nth(1)).toBe('marker');
    expect(c.messages).toHaveLength(2);
    expect(c.ws.readyState).toBe(WebSocket.OPEN); // one window over the limit is not enough

    // The window ends (the limiter reads performance.now()); flooding again right after it is
    // the second window in a row.
    const closed = await withClockAhead(durationMs + 200, () => {
      for (let i = 20; i < 40; i++) c.ws.send(String(i));
      return within(c.closed);
    });
    expect(closed).toEqual({ code: CloseCodes.rateLimited, reason: 'rate limited' });
    expect(c.messages).toHaveLength(3);
    expect(c.messages[2]).toMatchObject({ error: 'rate-limited' });
    expect(got).toHaveLength(10);
    expect(infos[15]).toMatchObject({ dropped: 1, windows: 2 });
    // The connection was closed, not the session: it waits for a reconnect like any other.
    await waitFor(() => h!.sm.session('flood')?.state === 'away');
    expect(h.sm.stats().rateLimited.closes).toBe(1);
  });

  it('closeAfterWindows: 1 closes at the first dropped message; without notify no frame is sent', async () => {
    h = await startHarness({
      reconnectWindowMs: 0,
      rateLimit: { messages: { points: 3, durationMs: 60_000, closeAfterWindows: 1 } },
    });
    const ends: string[] = [];
    h.sm.ended.connect((s, r) => ends.push(`${s.playerId} ${r}`));
    const c = await h.connect('burst');
    for (let i = 0; i < 10; i++) c.ws.send(String(i));
    expect(await within(c.closed)).toEqual({ code: 4004, reason: 'rate limited' });
    expect(c.messages).toEqual([]);
    await waitFor(() => ends.length === 1);
    expect(ends).toEqual(['burst closed']);
  });
});

describe('refused attempts', () => {
  it('are counted by reason in stats().refused, on every path (handleUpgrade, attach, SSE)', async () => {
    for (const attach of [false, true]) {
      const param = (req: { url?: string }, name: string): string | null =>
        new URL(req.url ?? '/', 'http://x').searchParams.get(name);
      let anon = 0;
      h = await startHarness({
        attach,
        authenticateTimeoutMs: 100,
        // one attempt per `key` (each attempt without one has its own)
        rateLimit: {
          connections: { points: 1, durationMs: 60_000 },
          keyOf: (req) => param(req, 'key') ?? `anon-${++anon}`,
        },
        authenticate: (req) => {
          const p = param(req, 'player');
          return p === 'hang' ? new Promise<string>(() => {}) : p;
        },
      });
      const ws = (query: string): string => `ws://127.0.0.1:${h!.port}/ws?${query}`;
      const sse = async (query: string): Promise<number> => {
        const c = await sseClient(`http://127.0.0.1:${h!.port}/sse?${query}`);
        c.abort();
        return c.status;
      };
      const zero = { unauthorized: 0, 'rate-limited': 0, 'auth-timeout': 0, shutdown: 0 };
      expect(h.sm.stats().refused).toEqual({ total: 0, byReason: zero });

      expect(await h.refused(ws(''))).toBe(401);
      expect(await sse('')).toBe(401);
      expect(await h.refused(ws('key=flood'))).toBe(401); // takes the key's one point
      expect(await h.refused(ws('key=flood&player=a'))).toBe(429);
      expect(await sse('key=flood&player=a')).toBe(429);
      expect(await within(h.refused(ws('player=hang')))).toBe(503);
      expect(await within(sse('player=hang'))).toBe(503);
      expect(h.sm.stats().refused).toEqual({
        total: 7,
        byReason: { unauthorized: 3, 'rate-limited': 2, 'auth-timeout': 2, shutdown: 0 },
      });

      // While close() waits for a peer that does not answer its close frame, newcomers get 503.
      const deaf = await h.connect('deaf');
      await waitFor(() => h!.sm.stats().connected === 1);
      (deaf.ws as unknown as { _socket: { pause(): void } })._socket.pause();
      const closing = h.sm.close({ timeoutMs: 5000 });
      expect(await h.refused(ws('player=late'))).toBe(503);
      expect(await sse('player=late')).toBe(503);
      deaf.ws.terminate();
      await within(closing);
      const st = h.sm.stats();
      expect(st.refused).toEqual({
        total: 9,
        byReason: { unauthorized: 3, 'rate-limited': 2, 'auth-timeout': 2, shutdown: 2 },
      });
      // the older counters say the same
      expect([st.authFailures, st.rateLimited.connections, st.authTimeouts]).toEqual([3, 2, 2]);
      expect(st.sessions).toBe(0);
      await h.stop();
      h = null;
    }
  });
});

describe('options', () => {
  it('a rule with keys left out takes them from its default ({ notify: true } alone is enough)', () => {
    const manager = new ConnectionManager();
    const r = resolveOptions({ manager, rateLimit: { messages: { notify: true } } });
    expect(r.msgRule).toMatchObject({ points: 100, durationMs: 1000 });
    expect(r.msgNotify).toBe(true);
    const c = resolveOptions({ manager, rateLimit: { connections: { points: 5 } } });
    expect(c.connRule).toMatchObject({ points: 5, durationMs: 10_000 });
    expect(c.msgRule).toMatchObject({ points: 100, durationMs: 1000 });
  });

  it('are validated once with exact messages', () => {
    const manager = new ConnectionManager();
    const make = (o: object) => () => new SessionManager({ manager, ...o });
    expect(make({ heartbeatMs: -1 })).toThrow(
      'Expected `heartbeatMs` to be a number >= 1, got `-1` (number)',
    );
    expect(make({ maxPayloadBytes: 1.5 })).toThrow(
      'Expected `maxPayloadBytes` to be a positive integer, got `1.5` (number)',
    );
    expect(make({ backpressure: 'block' })).toThrow(
      "Expected `backpressure` to be 'drop' or 'close', got `\"block\"` (string)",
    );
    for (const v of [500, -1, 32_768_000, '15s'])
      expect(make({ sseKeepAliveMs: v })).toThrow(
        `Expected \`sseKeepAliveMs\` to be 0 (off) or a number from 1000 to 32767000 (TCP counts whole seconds, at most 32767)`,
      );
    expect(make({ outbox: { maxMessages: 0 } })).toThrow(
      'Expected `outbox.maxMessages` to be a positive integer, got `0` (number)',
    );
    expect(make({ rateLimit: { messages: 5 } })).toThrow(
      'Expected `rateLimit.messages` to be an object { points, durationMs } or false',
    );
    expect(make({ rateLimit: { messages: { points: 0 } } })).toThrow(
      'Expected `rateLimit.messages.points` to be a positive integer, got `0` (number)',
    );
    const rule = { points: 5, durationMs: 1000 };
    expect(make({ rateLimit: { messages: { ...rule, notify: 'yes' } } })).toThrow(
      'Expected `rateLimit.messages.notify` to be a boolean, got `"yes"` (string)',
    );
    expect(make({ rateLimit: { messages: { ...rule, closeAfterWindows: -1 } } })).toThrow(
      'Expected `rateLimit.messages.closeAfterWindows` to be a non-negative integer, got `-1` (number)',
    );
    expect(make({ rateLimit: { messages: { ...rule, closeAfterWindows: 1.5 } } })).toThrow(
      'Expected `rateLimit.messages.closeAfterWindows` to be a non-negative integer, got `1.5` (number)',
    );
    // notify and closeAfterWindows are about messages; a connection attempt is refused with 429
    expect(make({ rateLimit: { connections: { ...rule, notify: true } } })).toThrow(
      'Unknown option `rateLimit.connections.notify`',
    );
    expect(() => new SessionManager({} as never)).toThrow(
      'Expected `manager` to be a ConnectionManager, got `undefined` (undefined)',
    );
    expect(manager.stats().live).toBe(0); // a refused constructor leaves nothing behind
  });

  it('timer delays past the longest Node takes are refused (a longer one fires after 1 ms)', async () => {
    const manager = new ConnectionManager();
    const make = (o: object) => () => new SessionManager({ manager, ...o });
    // 2^31 ms (24.8 days) was taken and turned into 1 ms by Node: every away session expired
    // at once, the heartbeat ran every millisecond
    expect(make({ reconnectWindowMs: 2 ** 31 })).toThrow(
      'Expected `reconnectWindowMs` to be a number <= 2147483647 (the longest timer delay), got `2147483648` (number)',
    );
    expect(make({ heartbeatMs: 2 ** 31 })).toThrow(
      'Expected `heartbeatMs` to be a number <= 2147483647 (the longest timer delay), got `2147483648` (number)',
    );
    const sm = new SessionManager({
      manager,
      heartbeatMs: 2 ** 31 - 1,
      reconnectWindowMs: 2 ** 31 - 1,
    });
    expect(() => sm.close({ timeoutMs: 2 ** 31 })).toThrow(
      'Expected `timeoutMs` to be a number <= 2147483647 (the longest timer delay), got `2147483648` (number)',
    );
    await sm.close({ timeoutMs: 2 ** 31 - 1 });
    expect(manager.stats().live).toBe(0);
  });

  it('refuse unknown keys, nested ones too, with the dotted path and a did-you-mean', async () => {
    const manager = new ConnectionManager();
    const make = (o: object) => () => new SessionManager({ manager, ...o });
    const cases: [object, string][] = [
      [{ heartbeat: 1000 }, 'Unknown option `heartbeat`; did you mean `heartbeatMs`?'],
      [{ sseKeepAlive: 5000 }, 'Unknown option `sseKeepAlive`; did you mean `sseKeepAliveMs`?'],
      [
        { reconnectWindow: 5 },
        'Unknown option `reconnectWindow`; did you mean `reconnectWindowMs`?',
      ],
      [
        { outbox: { maxMessage: 5 } },
        'Unknown option `outbox.maxMessage`; did you mean `outbox.maxMessages`?',
      ],
      [{ outbox: { ttl: 5 } }, 'Unknown option `outbox.ttl`; did you mean `outbox.ttlMs`?'],
      [
        { rateLimit: { message: false } },
        'Unknown option `rateLimit.message`; did you mean `rateLimit.messages`?',
      ],
      [
        { rateLimit: { connections: { points: 1, duration: 5 } } },
        'Unknown option `rateLimit.connections.duration`; did you mean `rateLimit.connections.durationMs`?',
      ],
      [
        { rateLimit: { messages: { points: 1, durationMs: 5, pionts: 2 } } },
        'Unknown option `rateLimit.messages.pionts`; did you mean `rateLimit.messages.points`?',
      ],
      // a key whose value is undefined is still a misspelling
      [{ maxPayload: undefined }, 'Unknown option `maxPayload`; did you mean `maxPayloadBytes`?'],
    ];
    for (const [o, message] of cases)
      expect(make(o)).toThrow(
        expect.objectContaining({ name: 'TypeError', code: 'LEAKGUARD_INVALID_OPTION', message }),
      );
    // close() options are checked the same way (and the manager still closes afterwards)
    const sm = new SessionManager({ manager, rateLimit: false });
    expect(() => sm.close({ timeout: 5 } as never)).toThrow(
      'Unknown option `timeout`; did you mean `timeoutMs`?',
    );
    await sm.close();
    expect(manager.stats().live).toBe(0);
  });

  it('an unused manager closes to nothing', async () => {
    const manager = new ConnectionManager();
    const sm = new SessionManager({ manager, rateLimit: false });
    // Its own machinery is not registered in `manager` (disposeAll must not reach it)…
    expect(manager.stats().live).toBe(0);
    sm.joined.connect(() => {});
    sm.received.connect(() => {});
    // …but its own scope owns its signals: close() disconnects every listener.
    await sm.close();
    expect([sm.joined.size, sm.received.size]).toEqual([0, 0]);
    expect(manager.stats().live).toBe(0);
    expect(() => sm.attach({ options: {} } as never)).toThrow('The SessionManager is closed');
  });
});

describe('MemoryMonitor integration', () => {
  it('registers sweep() as a cleaner and removes it on close', async () => {
    const { MemoryMonitor } = await import('../../src/monitor/index.js');
    const monitor = new MemoryMonitor();
    try {
      h = await startHarness({ monitor, reconnectWindowMs: 60_000, outbox: { ttlMs: 20 } });
      expect(monitor.cleanupStats()).toMatchObject({ cleaners: ['realtime:realtime'] });
      await away(h, 'm');
      h.sm.send('m', 'soon stale');
      const run = await withClockAhead(40, () => monitor.cleanup('test'));
      expect(JSON.stringify(run)).toContain('realtime:realtime');
      expect(h.sm.stats().dropped.byReason.expired).toBe(1);
      expect(h.sm.stats().outbox.players).toBe(0);
      await h.sm.close();
      expect(monitor.cleanupStats()).toMatchObject({ cleaners: [] });
    } finally {
      monitor.dispose();
    }
  });
});
