/**
 * The Redis store when Redis is not there: down at start, restarted mid-run (empty: persistence
 * is off), stopped without closing its sockets (SIGSTOP: slow), and a node killed with SIGKILL.
 * Nodes are separate processes (test/fleet/fixtures/node.ts) on a real redis-server. Needs
 * redis-server (skipped with one line without it, failing under CI=true).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, expect } from 'vitest';
import { needTool } from '../helpers/tools.js';
import { connectPlayer, startNode, waitUntil, type FleetNode } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet fault tests (test/fleet)');

interface Fleet {
  state: string;
  commands: { sent: number; failed: number; refused: number };
  inFlight: number;
  reconnects: number;
}
interface Stats {
  fleet: Fleet;
  outbox: { messages: number };
}

let nodes: FleetNode[] = [];
let redis: RedisServer | null = null;
afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  for (const n of nodes)
    expect(n.events.filter((e) => e.type === 'unhandled' || e.type === 'uncaught')).toEqual([]);
  nodes = [];
  await redis?.dispose();
  redis = null;
}, 20_000);

const fleet = async (n: FleetNode): Promise<Fleet> => (await n.call<Stats>('stats')).fleet;
const until = (n: FleetNode, state: string, ms = 10_000): Promise<void> =>
  waitUntil(async () => (await fleet(n)).state === state, ms, `${n.nodeId} ${state}`);

redisTool.describe('the Redis store when Redis fails', () => {
  redisTool.it(
    'Redis down at start: local players are served, commands are refused and counted, and the node joins the fleet on its own when Redis comes',
    async () => {
      redis = await startRedis(redisTool.path);
      await redis.stop();
      const prefix = `f${randomUUID().slice(0, 6)}:`;
      const a = await startNode({ redis: redis.url, nodeId: 'A', prefix });
      nodes.push(a);
      expect(['connecting', 'degraded']).toContain((await fleet(a)).state);
      const p1 = await connectPlayer(a, 'hana');
      await a.event((e) => e.type === 'joined' && e.player === 'hana');
      p1.ws.send(JSON.stringify('ping'));
      expect(await p1.nth(0)).toEqual({ echo: 'ping' });
      // away with the store down: the queue stays in this process, and a resume here gets it
      p1.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 'hana');
      expect(await a.call('send', 'hana', { q: 1 })).toBe(true);
      expect((await a.call<Stats>('stats')).outbox.messages).toBe(1);
      const p2 = await connectPlayer(a, 'hana');
      expect(await p2.nth(0)).toEqual({ q: 1 });
      // for a player nobody holds here, the drop says why
      expect(await a.call('send', 'nobody', 'x')).toBe(false);
      await a.event((e) => e.type === 'dropped' && e.reason === 'store-unavailable');
      expect((await fleet(a)).commands.refused).toBeGreaterThan(0);

      await redis.start();
      await until(a, 'connected');
      // it announced the player it kept serving meanwhile
      const b = await startNode({ redis: redis.url, nodeId: 'B', prefix });
      nodes.push(b);
      await until(b, 'connected');
      expect(await b.call('locate', 'hana')).toEqual({ found: true, node: 'A', local: false });
      p2.ws.close(1000);
    },
    40_000,
  );

  redisTool.it(
    'Redis restarting mid-run (it comes back empty): players keep being served, the state says degraded, and the fleet recovers',
    async () => {
      redis = await startRedis(redisTool.path);
      const prefix = `f${randomUUID().slice(0, 6)}:`;
      const [a, b] = await Promise.all([
        startNode({ redis: redis.url, nodeId: 'A', prefix }),
        startNode({ redis: redis.url, nodeId: 'B', prefix }),
      ]);
      nodes.push(a, b);
      await until(a, 'connected');
      await until(b, 'connected');
      const p = await connectPlayer(a, 'ivan');
      await a.event((e) => e.type === 'joined' && e.player === 'ivan');

      await redis.stop();
      await until(a, 'degraded');
      p.ws.send(JSON.stringify('still here'));
      expect(await p.nth(0)).toEqual({ echo: 'still here' });
      expect(await a.call('send', 'ivan', { direct: 1 })).toBe(true);
      expect(await p.nth(1)).toEqual({ direct: 1 });

      await redis.start();
      await until(a, 'connected');
      await until(b, 'connected');
      expect((await fleet(a)).reconnects).toBeGreaterThanOrEqual(1);
      // Redis came back empty; A re-announced ivan, so the fleet finds him and can reach him
      await waitUntil(
        async () => (await b.call<{ found: boolean }>('locate', 'ivan')).found,
        5000,
        'ivan located again',
      );
      expect(await b.call('send', 'ivan', { via: 'B' })).toBe(true);
      expect(await p.nth(2)).toEqual({ via: 'B' });
      p.ws.close(1000);
    },
    40_000,
  );

  redisTool.it(
    'a Redis that stops answering (SIGSTOP): commands time out or are refused, bounded by maxInFlight; it recovers after SIGCONT',
    async () => {
      redis = await startRedis(redisTool.path);
      const prefix = `f${randomUUID().slice(0, 6)}:`;
      const a = await startNode({ redis: redis.url, nodeId: 'A', prefix, maxInFlight: 20 });
      nodes.push(a);
      await until(a, 'connected');
      const p1 = await connectPlayer(a, 'jo');
      await a.event((e) => e.type === 'joined' && e.player === 'jo');
      p1.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 'jo');

      redis.pause();
      try {
        // 100 sends at once to players held elsewhere (or nowhere): at most 20 commands wait
        // for Redis, the others are refused at once and counted, never buffered
        await Promise.all(Array.from({ length: 100 }, (_, i) => a.call('send', `ghost${i}`, i)));
        const f = await fleet(a);
        expect(f.inFlight).toBeLessThanOrEqual(20);
        expect(f.commands.refused).toBeGreaterThanOrEqual(80);
        // for the away player here: once the store refused one, the rest wait in this
        // process's bounded outbox, in order, behind it
        await Promise.all(Array.from({ length: 10 }, (_, i) => a.call('send', 'jo', { i })));
        expect((await a.call<Stats>('stats')).outbox.messages).toBeGreaterThanOrEqual(10);
        await until(a, 'degraded', 5000);
        expect((await fleet(a)).commands.failed).toBeGreaterThan(0);
        // the local player is still served meanwhile
        const p2 = await connectPlayer(a, 'kim');
        p2.ws.send(JSON.stringify('hi'));
        expect(await p2.nth(0)).toEqual({ echo: 'hi' });
        p2.ws.close(1000);
      } finally {
        redis.resume();
      }
      await until(a, 'connected', 10_000);
      // nothing stays stuck in flight: the background heartbeat may have one command out at the
      // moment of a read, so poll (bounded) until the gate is empty
      let inFlight = -1;
      for (const end = Date.now() + 5000; Date.now() < end;) {
        inFlight = (await fleet(a)).inFlight;
        if (inFlight === 0) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      expect(inFlight).toBe(0);
    },
    40_000,
  );

  redisTool.it(
    'a node killed with SIGKILL loses nothing acknowledged to Redis: its players resume elsewhere with their queues, and it leaves presence within nodeTtlMs',
    async () => {
      redis = await startRedis(redisTool.path);
      const prefix = `f${randomUUID().slice(0, 6)}:`;
      const [a, b] = await Promise.all([
        startNode({ redis: redis.url, nodeId: 'A', prefix, nodeTtlMs: 1500 }),
        startNode({ redis: redis.url, nodeId: 'B', prefix, nodeTtlMs: 1500 }),
      ]);
      nodes.push(a, b);
      await until(a, 'connected');
      await until(b, 'connected');
      const away = await connectPlayer(a, 'lea');
      const joined = await a.event((e) => e.type === 'joined' && e.player === 'lea');
      away.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 'lea');
      const live = await connectPlayer(a, 'max');
      await a.event((e) => e.type === 'joined' && e.player === 'max');

      const q = new Redis(redis.url);
      try {
        expect(await a.call('send', 'lea', { n: 1 })).toBe(true);
        expect(await b.call('send', 'lea', { n: 2 })).toBe(true);
        await waitUntil(async () => (await q.llen(`${prefix}{lea}:q`)) === 2, 5000, 'acknowledged');
        await a.kill();
        const killedAt = Date.now();
        // max was connected on A: messages for him wait in Redis
        expect(await b.call('send', 'max', { m: 1 })).toBe(true);
        await waitUntil(
          async () => (await q.llen(`${prefix}{max}:q`)) === 1,
          5000,
          'queued for max',
        );
        // A leaves presence within nodeTtlMs (1.5 s; generous bound for a loaded machine)
        await waitUntil(
          async () =>
            !(await b.call<{ nodes: { node: string }[] }>('presence')).nodes.some(
              (n) => n.node === 'A',
            ),
          6000,
          'A gone from presence',
        );
        expect(Date.now() - killedAt).toBeLessThan(6000);
        expect(await b.call('locate', 'max')).toEqual({ found: false, node: null, local: false });
      } finally {
        q.disconnect();
      }
      const lea = await connectPlayer(b, 'lea');
      const resumed = await b.event((e) => e.type === 'resumed' && e.player === 'lea');
      expect(resumed.id).toBe(joined.id);
      await lea.nth(1);
      expect(lea.messages).toEqual([{ n: 1 }, { n: 2 }]);
      expect((await live.closed).code).toBe(1006);
      const max = await connectPlayer(b, 'max');
      expect(await max.nth(0)).toEqual({ m: 1 });
      lea.ws.close(1000);
      max.ws.close(1000);
    },
    40_000,
  );
});
