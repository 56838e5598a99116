import { EventEmitter } from 'node:events';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import type { Session } from '../../src/realtime/index.js';
import { halfOpenProxy, sleep, sseClient, startHarness, waitFor, type Harness } from './helpers.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

/** Registers a listener and a timer through the session scope and counts its disposals. */
function instrument(s: Session, bus: EventEmitter): { disposals: () => number } {
  let n = 0;
  s.scope.on(bus, 'tick', () => {});
  s.scope.setInterval(() => {}, 60_000);
  s.scope.defer(() => n++);
  return { disposals: () => n };
}

describe('SessionManager sessions', () => {
  it('join, messages both ways, leave: the scope is disposed exactly once', async () => {
    h = await startHarness({ reconnectWindowMs: 0 });
    const bus = new EventEmitter();
    const log: string[] = [];
    let probe: { disposals: () => number } | null = null;
    h.sm.joined.connect((s) => {
      log.push(`joined ${s.playerId}`);
      probe = instrument(s, bus);
    });
    h.sm.ended.connect((s, reason) => log.push(`ended ${s.playerId} ${reason}`));
    const received: unknown[] = [];
    h.sm.received.connect((s, m) => received.push([s.playerId, m]));

    const c = await h.connect('alice');
    await waitFor(() => h!.sm.session('alice') !== undefined);
    const s = h.sm.session('alice')!;
    expect(s.state).toBe('connected');
    expect(s.scope.owner).toBe('alice');
    expect(s.transport).toBe('ws');
    expect(bus.listenerCount('tick')).toBe(1);
    expect(h.manager.stats().byService.realtime).toBeGreaterThan(0);

    expect(h.sm.send('alice', { hello: 1 })).toBe(true);
    expect(s.send('second')).toBe(true);
    expect(await c.nth(0)).toEqual({ hello: 1 });
    expect(await c.nth(1)).toBe('second');
    c.ws.send(JSON.stringify({ move: 'north' }));
    await waitFor(() => received.length === 1);
    expect(received[0]).toEqual(['alice', { move: 'north' }]);
    expect(s.lastSeen).toBeGreaterThanOrEqual(s.connectedAt);

    c.ws.close(1000);
    await waitFor(() => h!.sm.session('alice') === undefined);
    expect(log).toEqual(['joined alice', 'ended alice closed']);
    expect(s.state).toBe('ended');
    expect(probe!.disposals()).toBe(1);
    expect(bus.listenerCount('tick')).toBe(0);
    expect(h.sm.stats()).toMatchObject({ connected: 0, away: 0, sessions: 0 });
    // the session's connections are gone (the SessionManager's own are not in the manager)
    expect(h.manager.stats().topOwners).toEqual([]);
    expect(h.manager.stats().live).toBe(0);
    expect(h.sm.send('alice', 'late')).toBe(false);
    expect(h.sm.stats().dropped.byReason['no-session']).toBe(1);
  });

  it('an abrupt disconnect (half-open, no close frame) is caught by the heartbeat', async () => {
    h = await startHarness({ heartbeatMs: 60, reconnectWindowMs: 150 });
    const proxy = await halfOpenProxy(h.port);
    try {
      const ends: string[] = [];
      h.sm.ended.connect((s, r) => ends.push(`${s.playerId} ${r}`));
      const bus = new EventEmitter();
      let probe: { disposals: () => number } | null = null;
      h.sm.joined.connect((s) => (probe = instrument(s, bus)));
      const c = await h.connect('bob', { url: `ws://127.0.0.1:${proxy.port}/ws?player=bob` });
      await waitFor(() => h!.sm.session('bob') !== undefined);
      // healthy: the second ping comes after the server checked the answer to the first
      let pings = 0;
      c.ws.on('ping', () => pings++);
      await waitFor(() => pings >= 2, 5000, 'two heartbeats');
      expect(h.sm.stats().heartbeatTerminations).toBe(0);
      expect(h.sm.session('bob')!.state).toBe('connected');
      proxy.cut();
      await c.closed;
      // the server still sees an open socket; only the heartbeat can tell
      await waitFor(() => h!.sm.stats().heartbeatTerminations === 1, 2000, 'heartbeat termination');
      await waitFor(() => h!.sm.session('bob')?.state !== 'connected');
      await waitFor(() => ends.length === 1, 2000, 'window expiry');
      expect(ends).toEqual(['bob expired']);
      expect(probe!.disposals()).toBe(1);
      expect(bus.listenerCount('tick')).toBe(0);
    } finally {
      await proxy.close();
    }
  });

  it('a peer that stops answering pings is terminated', async () => {
    h = await startHarness({ heartbeatMs: 50, reconnectWindowMs: 0 });
    const c = await h.connect('mute', { autoPong: false });
    const closed = await c.closed;
    expect(closed.code).toBe(1006);
    expect(h.sm.stats().heartbeatTerminations).toBe(1);
    await waitFor(() => h!.sm.stats().ended.closed === 1);
  });

  it('reconnect within the window keeps the session, its scope and queued messages in order', async () => {
    h = await startHarness({ reconnectWindowMs: 5000 });
    const bus = new EventEmitter();
    const log: string[] = [];
    let probe: { disposals: () => number } | null = null;
    h.sm.joined.connect((s) => {
      log.push('joined');
      probe = instrument(s, bus);
    });
    h.sm.wentAway.connect(() => log.push('away'));
    h.sm.resumed.connect(() => log.push('resumed'));
    const c1 = await h.connect('carol');
    await waitFor(() => h!.sm.session('carol') !== undefined);
    const s = h.sm.session('carol')!;
    c1.ws.close();
    await waitFor(() => s.state === 'away');
    expect(s.transport).toBe(null);
    for (let i = 0; i < 5; i++) expect(h.sm.send('carol', { n: i })).toBe(true);
    expect(h.sm.stats().outbox).toMatchObject({ players: 1, messages: 5 });
    const c2 = await h.connect('carol');
    await c2.nth(4);
    h.sm.send('carol', { n: 5 });
    await c2.nth(5);
    expect(c2.messages).toEqual([0, 1, 2, 3, 4, 5].map((n) => ({ n })));
    expect(h.sm.session('carol')).toBe(s);
    expect(s.state).toBe('connected');
    expect(s.scope.disposed).toBe(false);
    expect(probe!.disposals()).toBe(0);
    expect(bus.listenerCount('tick')).toBe(1);
    expect(h.sm.stats().outbox.players).toBe(0);
    expect(log).toEqual(['joined', 'away', 'resumed']);
  });

  it('reconnect after the window gets a new session; the old scope was disposed and its queue reported', async () => {
    h = await startHarness({ reconnectWindowMs: 80 });
    const drops: string[] = [];
    h.sm.dropped.connect((d) => drops.push(`${d.reason}:${d.count}`));
    const c1 = await h.connect('dave');
    await waitFor(() => h!.sm.session('dave') !== undefined);
    const first = h.sm.session('dave')!;
    let disposed = 0;
    first.scope.defer(() => disposed++);
    c1.ws.close();
    await waitFor(() => first.state === 'away');
    h.sm.send('dave', 'lost-1');
    h.sm.send('dave', 'lost-2');
    await waitFor(() => first.state === 'ended', 2000);
    expect(disposed).toBe(1);
    expect(drops).toEqual(['session-ended:2']);
    expect(h.sm.stats().ended.expired).toBe(1);
    const c2 = await h.connect('dave');
    await waitFor(() => h!.sm.session('dave') !== undefined);
    const second = h.sm.session('dave')!;
    expect(second.id).not.toBe(first.id);
    h.sm.send('dave', 'fresh');
    expect(await c2.nth(0)).toBe('fresh');
    expect(c2.messages).toEqual(['fresh']);
  });

  it('a second connection of the same player replaces the first (4001) and keeps the session', async () => {
    h = await startHarness();
    const c1 = await h.connect('erin');
    await waitFor(() => h!.sm.session('erin') !== undefined);
    const s = h.sm.session('erin')!;
    const c2 = await h.connect('erin');
    expect((await c1.closed).code).toBe(4001);
    expect(h.sm.session('erin')).toBe(s);
    expect(s.state).toBe('connected');
    h.sm.send('erin', 'to-new');
    expect(await c2.nth(0)).toBe('to-new');
    expect(h.sm.stats()).toMatchObject({ connected: 1, away: 0, joined: 1 });
  });

  it('kick closes with 4000 and the reason, and ends the session at once', async () => {
    h = await startHarness();
    const c = await h.connect('frank');
    await waitFor(() => h!.sm.session('frank') !== undefined);
    const s = h.sm.session('frank')!;
    let disposed = 0;
    s.scope.defer(() => disposed++);
    expect(h.sm.kick('frank', 'cheating')).toBe(true);
    expect(s.state).toBe('ended');
    expect(disposed).toBe(1);
    expect(await c.closed).toEqual({ code: 4000, reason: 'cheating' });
    expect(h.sm.kick('frank', 'again')).toBe(false);
    expect(disposed).toBe(1);
    expect(h.sm.stats().ended.kicked).toBe(1);
  });

  it('the scope of an ended session disposes anything added to it at once', async () => {
    h = await startHarness({ reconnectWindowMs: 0 });
    const c = await h.connect('late');
    await waitFor(() => h!.sm.session('late') !== undefined);
    const s = h.sm.session('late')!;
    c.ws.close();
    await waitFor(() => s.state === 'ended');
    // this session never touched its scope: a disposed one is made on demand
    let ran = 0;
    s.scope.defer(() => ran++);
    expect(ran).toBe(1);
    expect(s.scope.disposed).toBe(true);
    expect(s.send('x')).toBe(false);
  });

  it('maxAgeMs (off by default) closes old connections with 4002', async () => {
    h = await startHarness({ heartbeatMs: 30, maxAgeMs: 100, reconnectWindowMs: 0 });
    const t0 = Date.now();
    const c = await h.connect('gina');
    expect((await c.closed).code).toBe(4002);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(90);
    expect(h.sm.stats().heartbeatTerminations).toBe(0);
  });

  it('the attach(wss) path authenticates in verifyClient and restores maxPayload on close', async () => {
    h = await startHarness({ attach: true, reconnectWindowMs: 0 });
    const opts = h.wss!.options as { verifyClient?: unknown; maxPayload?: number };
    expect(typeof opts.verifyClient).toBe('function');
    expect(await h.refused(h.url())).toBe(401);
    const c = await h.connect('hank');
    h.sm.send('hank', 'hi');
    expect(await c.nth(0)).toBe('hi');
    c.ws.close();
    await waitFor(() => h!.sm.stats().ended.closed === 1);
    await h.sm.close();
    // what close() leaves refuses everyone (test/realtime/faults.test.ts), not nothing
    expect(typeof opts.verifyClient).toBe('function');
    expect(await h.refused(h.url('hank'))).toBe(503);
    expect(opts.maxPayload).toBe(100 * 1024 * 1024);
    h.wss!.close();
  });
});

describe('SessionManager over Server-Sent Events', () => {
  it('streams messages, pings, and cleans up when the client aborts', async () => {
    h = await startHarness({ heartbeatMs: 40, reconnectWindowMs: 0 });
    const bus = new EventEmitter();
    let probe: { disposals: () => number } | null = null;
    h.sm.joined.connect((s) => (probe = instrument(s, bus)));
    const refused = await sseClient(`http://127.0.0.1:${h.port}/sse`);
    expect(refused.status).toBe(401);
    const c = await sseClient(`http://127.0.0.1:${h.port}/sse?player=ivy`);
    expect(c.status).toBe(200);
    await waitFor(() => h!.sm.session('ivy') !== undefined);
    const s = h.sm.session('ivy')!;
    expect(s.transport).toBe('sse');
    h.sm.send('ivy', { a: 1 });
    h.sm.send('ivy', 'two\nlines');
    await waitFor(() => c.events.length === 2);
    expect(c.events).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'message', data: 'two\nlines' },
    ]);
    await waitFor(() => c.comments.includes('ping'), 1000, 'a comment ping');
    expect(h.sm.stats().connections.sse).toBe(1);
    c.abort();
    await waitFor(() => s.state === 'ended', 2000, 'session end after abort');
    expect(probe!.disposals()).toBe(1);
    expect(bus.listenerCount('tick')).toBe(0);
    expect(h.sm.stats().connections.sse).toBe(0);
  });

  it('a stuck SSE stream (peer stopped reading) is terminated by the heartbeat', async () => {
    h = await startHarness({
      heartbeatMs: 60,
      reconnectWindowMs: 0,
      maxBufferedBytes: 64 * 1024 * 1024,
    });
    // a raw HTTP client that reads the headers and then nothing
    const sock = net.connect(h.port, '127.0.0.1');
    sock.on('error', () => {});
    sock.write('GET /sse?player=stuck HTTP/1.1\r\nHost: x\r\n\r\n');
    await waitFor(() => h!.sm.session('stuck') !== undefined);
    sock.pause();
    const chunk = 'z'.repeat(64 * 1024);
    // fill the kernel buffers (several MB on loopback) until our own send buffer stays full
    for (let i = 0; i < 1000 && h.sm.stats().bytesBuffered < 1024 * 1024; i++) {
      h.sm.send('stuck', chunk);
      if (i % 16 === 0) await sleep(5);
    }
    expect(h.sm.stats().bytesBuffered).toBeGreaterThan(0);
    await waitFor(
      () => h!.sm.stats().heartbeatTerminations === 1,
      2000,
      'SSE heartbeat termination',
    );
    await waitFor(() => h!.sm.session('stuck') === undefined);
    expect(h.sm.stats().ended.closed).toBe(1);
    sock.destroy();
  });

  // An idle stream's pings fit in the kernel's send buffer, so a peer that vanished without a
  // FIN or RST never stops them draining: TCP keep-alive is what probes it (docs/realtime.md).
  it.each([
    [{ sseKeepAliveMs: 7000 }, [[true, 7000]]],
    [{}, [[true, 15_000]]],
    [{ sseKeepAliveMs: 0 }, []],
  ])(
    'TCP keep-alive on an SSE socket (%o), not on a WebSocket one (its pong is the answer)',
    async (opts, expected) => {
      h = await startHarness({ reconnectWindowMs: 0, ...opts });
      const calls: unknown[][] = [];
      const spy = (socket: net.Socket): void => {
        const set = socket.setKeepAlive;
        socket.setKeepAlive = function (this: net.Socket, ...args: unknown[]) {
          calls.push(args);
          return set.apply(this, args as Parameters<net.Socket['setKeepAlive']>);
        };
      };
      h.server.on('connection', spy);
      try {
        const c = await sseClient(`http://127.0.0.1:${h.port}/sse?player=quiet`);
        expect(c.status).toBe(200);
        await waitFor(() => h!.sm.session('quiet') !== undefined);
        const ws = await h.connect('talker');
        await waitFor(() => h!.sm.session('talker') !== undefined);
        expect(calls).toEqual(expected);
        c.abort();
        ws.ws.close();
        await waitFor(() => h!.sm.stats().sessions === 0);
      } finally {
        h.server.off('connection', spy);
      }
    },
  );

  it('an SSE player reconnecting within the window gets the queued messages', async () => {
    h = await startHarness({ reconnectWindowMs: 5000 });
    const c1 = await sseClient(`http://127.0.0.1:${h.port}/sse?player=jo`);
    await waitFor(() => h!.sm.session('jo') !== undefined);
    const s = h.sm.session('jo')!;
    c1.abort();
    await waitFor(() => s.state === 'away');
    h.sm.send('jo', 'q1');
    h.sm.send('jo', 'q2');
    const c2 = await sseClient(`http://127.0.0.1:${h.port}/sse?player=jo`);
    await waitFor(() => c2.events.length === 2);
    expect(c2.events.map((e) => e.data)).toEqual(['q1', 'q2']);
    expect(h.sm.session('jo')).toBe(s);
    c2.abort();
    await waitFor(() => s.state === 'away');
  });
});
