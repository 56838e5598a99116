/**
 * The hand-over of a player between nodes, ordered: a message node A accepted for its away
 * player before node B claimed the player reaches the player on B before B's `resumed` (so
 * before anything the app sends then, e.g. a welcome), even when A's command reaches Redis
 * after B's claim. A's connection to Redis goes through a loopback proxy that the test holds
 * (what A writes waits in the proxy, what Redis sends A still arrives), so the late command is
 * forced, not hoped for. Both nodes run in this process on a real redis-server (skipped with
 * one line without it, failing under CI=true).
 */
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import { Redis } from 'ioredis';
import { WebSocket } from 'ws';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { createRedisSessionStore, type RedisSessionStoreOptions } from '../../src/fleet/index.js';
import { SessionManager } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { waitUntil } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet hand-over tests (test/fleet)');

/** A loopback TCP proxy to Redis whose client-to-Redis direction can be held. */
interface Gate {
  readonly port: number;
  /** Holds what clients write (in order) until `open()`; Redis's answers still flow. */
  hold(): void;
  open(): void;
  close(): Promise<void>;
}

async function startGate(target: number): Promise<Gate> {
  let held = false;
  const waiting: (() => void)[] = [];
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const up = net.connect(target, '127.0.0.1');
    sockets.add(client).add(up);
    const end = (): void => {
      client.destroy();
      up.destroy();
      sockets.delete(client);
      sockets.delete(up);
    };
    client.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
    up.on('data', (d: Buffer) => client.write(d));
    client.on('data', (d: Buffer) => {
      if (held) waiting.push(() => up.write(d));
      else up.write(d);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as net.AddressInfo).port,
    hold: () => void (held = true),
    open() {
      held = false;
      for (const w of waiting.splice(0)) w();
    },
    async close() {
      for (const s of sockets) s.destroy();
      server.close();
      await once(server, 'close');
    },
  };
}

interface Node {
  sm: SessionManager;
  port: number;
  stop(): Promise<void>;
}

async function startNode(store: RedisSessionStoreOptions): Promise<Node> {
  const sm = new SessionManager({
    manager: new ConnectionManager({ siteThreshold: false }),
    rateLimit: false,
    authenticate: (req) => new URL(req.url ?? '/', 'http://x').searchParams.get('player'),
    store: await createRedisSessionStore(store),
  });
  const server = http.createServer((_q, r) => r.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  await waitUntil(() => sm.stats().fleet?.state === 'connected', 10_000, 'connected to Redis');
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

interface Client {
  ws: WebSocket;
  messages: unknown[];
  opened: Promise<unknown>;
}

function connect(port: number, player: string): Client {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/?player=${player}`, {
    perMessageDeflate: false,
  });
  const messages: unknown[] = [];
  ws.on('message', (d) => messages.push(JSON.parse(d.toString())));
  ws.on('error', () => {});
  return { ws, messages, opened: once(ws, 'open') };
}

redisTool.describe('hand-over between nodes (Redis): order across the move', () => {
  let redis: RedisServer;
  let gate: Gate;
  let admin: Redis;
  const stops: (() => Promise<void>)[] = [];
  const prefix = `h${randomUUID().slice(0, 6)}:`;

  beforeAll(async () => {
    redis = await startRedis(redisTool.path);
    gate = await startGate(redis.port);
    admin = new Redis(redis.url);
  }, 30_000);

  afterEach(async () => {
    gate.open();
    for (const stop of stops.splice(0)) await stop();
  }, 20_000);

  afterAll(async () => {
    admin?.disconnect();
    await gate?.close();
    await redis?.dispose();
  }, 20_000);

  /** A (through the gate) and B (direct); `player` joined on A and is away there. */
  async function awayOnA(player: string, handoffTimeoutMs?: number): Promise<[Node, Node]> {
    const timeout = handoffTimeoutMs === undefined ? {} : { handoffTimeoutMs };
    const a = await startNode({
      redis: `redis://127.0.0.1:${gate.port}`,
      nodeId: 'A',
      keyPrefix: prefix,
    });
    stops.push(() => a.stop());
    const b = await startNode({ redis: redis.url, nodeId: 'B', keyPrefix: prefix, ...timeout });
    stops.push(() => b.stop());
    const first = connect(a.port, player);
    await first.opened;
    first.ws.close(1000);
    await waitUntil(() => a.sm.session(player)?.state === 'away', 5000, 'away on A');
    await waitUntil(() => a.sm.stats().fleet?.inFlight === 0, 5000, 'away acknowledged');
    // B greets whoever resumes there: the first thing the app sends once resumed
    b.sm.resumed.connect((s) => void s.send({ welcome: true }));
    return [a, b];
  }

  const holder = (player: string): Promise<string | null> =>
    admin.hget(`${prefix}{${player}}:r`, 'node');

  redisTool.it(
    "a message A accepted before B's claim, reaching Redis after it, comes before B's welcome",
    async () => {
      const [a, b] = await awayOnA('ann');
      gate.hold(); // A's commands wait in the proxy from here
      expect(a.sm.send('ann', { said: 'you missed this' })).toBe(true);
      const back = connect(b.port, 'ann');
      // B's claim is in Redis (A's message is not): then A's side goes on, once the client is
      // in (the session resumed without waiting) or after a while (the claim waits for A)
      await waitUntil(async () => (await holder('ann')) === 'B', 5000, 'claimed by B');
      await Promise.race([back.opened, new Promise((r) => setTimeout(r, 300))]);
      gate.open();
      await back.opened;
      await waitUntil(() => back.messages.length >= 2, 5000, 'two messages');
      expect(back.messages).toEqual([{ said: 'you missed this' }, { welcome: true }]);
      await waitUntil(() => a.sm.session('ann') === undefined, 5000, 'A ended its copy');
      expect(b.sm.session('ann')?.state).toBe('connected');
      expect(b.sm.stats().dropped.total).toBe(0);
      // A answered within handoffTimeoutMs: nothing timed out
      expect(b.sm.stats().fleet?.handoffTimeouts).toBe(0);
      back.ws.close(1000);
    },
    20_000,
  );

  redisTool.it(
    'a node that does not hand over within handoffTimeoutMs: B resumes anyway, the late message follows (not lost)',
    async () => {
      const [a, b] = await awayOnA('bea', 200);
      expect(b.sm.stats().fleet?.handoffTimeouts).toBe(0);
      gate.hold();
      expect(a.sm.send('bea', { said: 'late' })).toBe(true);
      const back = connect(b.port, 'bea');
      await back.opened; // after at most 200 ms, without A
      // the claim's wait ended by its timeout: counted once (stats and /metrics)
      expect(b.sm.stats().fleet?.handoffTimeouts).toBe(1);
      await waitUntil(() => back.messages.length >= 1, 5000, 'the welcome');
      expect(back.messages).toEqual([{ welcome: true }]);
      gate.open();
      await waitUntil(() => back.messages.length >= 2, 5000, 'the late message');
      expect(back.messages).toEqual([{ welcome: true }, { said: 'late' }]);
      // A's `released`, come too late, counts nothing more; A never waited for anyone
      expect(b.sm.stats().fleet?.handoffTimeouts).toBe(1);
      expect(a.sm.stats().fleet?.handoffTimeouts).toBe(0);
      back.ws.close(1000);
    },
    20_000,
  );
  redisTool.it(
    'a third node that claims the player while B waits for the hand-over wins: B ends the session it brings (4001, moved)',
    async () => {
      const [, b] = await awayOnA('cy');
      const c = await startNode({ redis: redis.url, nodeId: 'C', keyPrefix: prefix });
      stops.push(() => c.stop());
      gate.hold(); // A cannot hand over: B's claim waits
      const first = connect(b.port, 'cy');
      const closed = new Promise<[number, string]>((resolve) =>
        first.ws.once('close', (code, reason) => resolve([code, reason.toString()])),
      );
      await waitUntil(async () => (await holder('cy')) === 'B', 5000, 'claimed by B');
      const second = connect(c.port, 'cy'); // C claims from B, B hands over at once
      await second.opened;
      expect(await holder('cy')).toBe('C');
      gate.open(); // A hands over to B: B's claim, older than C's, ends
      const open = new Promise((r) => setTimeout(() => r('still open after 5 s'), 5000).unref());
      expect(await Promise.race([closed, open])).toEqual([4001, 'moved to C']);
      await waitUntil(() => b.sm.session('cy') === undefined, 5000, 'B ended its copy');
      expect(c.sm.session('cy')?.state).toBe('connected');
      expect(await holder('cy')).toBe('C');
      second.ws.close(1000);
    },
    20_000,
  );
});
