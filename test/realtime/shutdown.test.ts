import { spawn } from 'node:child_process';
import { EventEmitter, once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { sseClient, startHarness, waitFor, type Harness } from './helpers.js';

let h: Harness | null = null;
afterEach(async () => {
  await h?.stop();
  h = null;
});

describe('graceful shutdown', () => {
  it('closes every socket with 1001, ends every session once, refuses newcomers, leaves nothing', async () => {
    h = await startHarness({ reconnectWindowMs: 60_000, heartbeatMs: 1000 });
    const bus = new EventEmitter();
    const disposals = new Map<string, number>();
    const ends: string[] = [];
    h.sm.joined.connect((s) => {
      s.scope.on(bus, 'world-tick', () => {});
      s.scope.setInterval(() => {}, 10_000);
      s.scope.defer(() =>
        disposals.set(String(s.playerId), (disposals.get(String(s.playerId)) ?? 0) + 1),
      );
    });
    h.sm.ended.connect((s, r) => ends.push(`${s.playerId}:${r}`));
    const clients = await Promise.all(['a', 'b', 'c'].map((p) => h!.connect(p)));
    const sse = await sseClient(`http://127.0.0.1:${h.port}/sse?player=s`);
    const gone = await h.connect('gone');
    await waitFor(() => h!.sm.stats().connected === 5);
    gone.ws.close();
    await waitFor(() => h!.sm.stats().away === 1);
    // a message written before close() still arrives (flushed before the close frame)
    h.sm.broadcast({ bye: true });
    expect(bus.listenerCount('world-tick')).toBe(5);

    const closing = h.sm.close({ timeoutMs: 2000 });
    expect(await h.refused(h.url('late'))).toBe(503);
    const late = await sseClient(`http://127.0.0.1:${h.port}/sse?player=late`);
    expect(late.status).toBe(503);
    await closing;

    for (const c of clients) {
      expect(await c.closed).toEqual({ code: 1001, reason: 'server shutdown' });
      expect(c.messages).toEqual([{ bye: true }]);
    }
    await sse.ended;
    expect(sse.events).toEqual([
      { event: 'message', data: '{"bye":true}' },
      { event: 'close', data: '{"code":1001,"reason":"server shutdown"}' },
    ]);
    expect(ends.sort()).toEqual([
      'a:shutdown',
      'b:shutdown',
      'c:shutdown',
      'gone:shutdown',
      's:shutdown',
    ]);
    expect([...disposals.values()]).toEqual([1, 1, 1, 1, 1]);
    expect(bus.listenerCount('world-tick')).toBe(0);
    expect(h.manager.stats().live).toBe(0);
    expect(h.sm.stats()).toMatchObject({
      sessions: 0,
      connected: 0,
      away: 0,
      connections: { ws: 0, sse: 0, pending: 0 },
      closing: true,
    });
    expect(h.sm.stats().dropped.total).toBe(1); // the away player's queued 'bye'
    expect(h.sm.close()).toBe(closing); // idempotent
  });

  it('terminates peers that do not answer the close handshake within timeoutMs', async () => {
    h = await startHarness();
    const c = await h.connect('deaf');
    await waitFor(() => h!.sm.stats().connected === 1);
    // stop reading: the close frame is never answered
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const t0 = Date.now();
    await h.sm.close({ timeoutMs: 150 });
    const took = Date.now() - t0;
    expect(took).toBeGreaterThanOrEqual(140);
    expect(took).toBeLessThan(1500);
    expect(h.sm.stats().connections.ws).toBe(0);
    expect(h.manager.stats().live).toBe(0);
  });

  it('an awaited close timeout keeps the process alive until it settles (child process)', async () => {
    // Nothing else is running in the child: its socket and the heartbeat are unref'd. An
    // unref'd close timer would let Node exit with code 13 (unsettled top-level await).
    const script = fileURLToPath(new URL('./fixtures/close-timeout.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', script, '300'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const kill = setTimeout(() => child.kill('SIGKILL'), 15_000);
    const [code] = (await once(child, 'exit').finally(() => clearTimeout(kill))) as [number | null];
    expect({ code, out }).toMatchObject({ code: 0 });
    const result = JSON.parse(out.trim().split('\n').pop()!) as Record<string, unknown>;
    expect(result).toMatchObject({ settled: true, ws: 0, live: 0 });
    expect(result.ms).toBeGreaterThanOrEqual(250); // it did wait for the deaf peer
  });

  it('destroys upgrades still waiting for authenticate', async () => {
    let release: (() => void) | null = null;
    h = await startHarness({
      authenticate: () =>
        new Promise<string>((resolve) => {
          release = () => resolve('slow');
        }),
    });
    const attempt = h.refused(h.url('slow')).then(
      (status) => ({ status }),
      (e: unknown) => e,
    );
    await waitFor(() => h!.sm.stats().connections.pending === 1);
    await h.sm.close();
    expect(h.sm.stats().connections.pending).toBe(0);
    release!();
    // the socket was destroyed: no response at all (not a status, not an accepted connection)
    expect(await attempt).toMatchObject({ code: 'ECONNRESET', message: 'socket hang up' });
    expect(h.sm.stats().sessions).toBe(0);
  });
});
