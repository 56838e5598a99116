/**
 * Sessions across nodes through a real redis-server: every node is its own Node process
 * (test/fleet/fixtures/node.ts) with a SessionManager and the Redis store; players are real
 * `ws` clients moving between them. Needs redis-server (skipped with one line without it,
 * failing under CI=true).
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import { createRedisSessionStore } from '../../src/fleet/index.js';
import { SessionManager } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { adm, startHarness } from '../http/helpers.js';
import { connectPlayer, startNode, waitUntil, type FleetNode } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');

interface Located {
  found: boolean;
  node: string | null;
  local: boolean;
}

redisTool.describe('sessions across nodes (Redis)', () => {
  let redis: RedisServer;
  let a: FleetNode;
  let b: FleetNode;
  const prefix = `t${randomUUID().slice(0, 6)}:`;
  const nodeConfig = (nodeId: string, extra: Record<string, unknown> = {}) => ({
    redis: redis.url,
    nodeId,
    prefix,
    outbox: { maxMessages: 3 },
    ...extra,
  });

  beforeAll(async () => {
    redis = await startRedis(redisTool.path);
    [a, b] = await Promise.all([startNode(nodeConfig('A')), startNode(nodeConfig('B'))]);
    await waitUntil(
      async () => (await a.call<{ fleet: { state: string } }>('stats')).fleet.state === 'connected',
      10_000,
      'A connected to Redis',
    );
    await waitUntil(
      async () => (await b.call<{ fleet: { state: string } }>('stats')).fleet.state === 'connected',
      10_000,
      'B connected to Redis',
    );
  }, 40_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    for (const n of [a, b])
      expect(n?.count((e) => e.type === 'unhandled' || e.type === 'uncaught')).toBe(0);
    await redis?.dispose();
  }, 20_000);

  redisTool.it(
    'resumes on another node: identity and queued messages in order; A ends its away copy once (moved)',
    async () => {
      const p1 = await connectPlayer(a, 'alice');
      const joined = await a.event((e) => e.type === 'joined' && e.player === 'alice');
      expect(await a.call('send', 'alice', { n: 0 })).toBe(true);
      expect(await p1.nth(0)).toEqual({ n: 0 });
      p1.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 'alice');
      // from the other node (no local session there) and from the holder's away copy; each
      // sender's order is kept, so the test waits for Redis to have one before the other sends
      const q = new Redis(redis.url);
      const queued = (n: number) =>
        waitUntil(async () => (await q.llen(`${prefix}{alice}:q`)) === n, 5000, `${n} queued`);
      try {
        expect(await b.call('send', 'alice', { n: 1 })).toBe(true);
        await queued(1);
        expect(await a.call('send', 'alice', { n: 2 })).toBe(true);
        await queued(2);
        expect(await b.call('send', 'alice', { n: 3 })).toBe(true);
        await queued(3);
      } finally {
        q.disconnect();
      }
      const p2 = await connectPlayer(b, 'alice');
      const resumed = await b.event((e) => e.type === 'resumed' && e.player === 'alice');
      expect(resumed.id).toBe(joined.id);
      await p2.nth(2);
      expect(p2.messages).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      const ended = await a.event((e) => e.type === 'ended' && e.player === 'alice');
      expect(ended.reason).toBe('moved');
      await a.event((e) => e.type === 'disposed' && e.player === 'alice');
      expect(a.count((e) => e.type === 'ended' && e.player === 'alice')).toBe(1);
      expect(a.count((e) => e.type === 'disposed' && e.player === 'alice')).toBe(1);
      expect(await a.call('state', 'alice')).toBeNull();
      // a message from A now reaches the player on B (through Redis, woken at once)
      expect(await a.call('send', 'alice', { n: 4 })).toBe(true);
      expect(await p2.nth(3)).toEqual({ n: 4 });
      p2.ws.close(1000);
    },
    20_000,
  );

  redisTool.it(
    'one session per player across the fleet: connecting on B closes A with 4001',
    async () => {
      const p1 = await connectPlayer(a, 'bob');
      await a.event((e) => e.type === 'joined' && e.player === 'bob');
      const p2 = await connectPlayer(b, 'bob');
      expect(await p1.closed).toEqual({ code: 4001, reason: 'moved to B' });
      await b.event((e) => e.type === 'resumed' && e.player === 'bob');
      expect((await a.event((e) => e.type === 'ended' && e.player === 'bob')).reason).toBe('moved');
      // B's connection is the one that lives: an echo comes back
      p2.ws.send(JSON.stringify('hi'));
      expect(await p2.nth(0)).toEqual({ echo: 'hi' });
      expect(a.count((e) => e.type === 'disposed' && e.player === 'bob')).toBe(1);
      p2.ws.close(1000);
    },
    20_000,
  );

  redisTool.it(
    'caps hold in Redis: oldest dropped and counted, atomically, for sends from any node',
    async () => {
      const p1 = await connectPlayer(a, 'carol');
      await a.event((e) => e.type === 'joined' && e.player === 'carol');
      p1.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 'carol');
      // maxMessages is 3: two sends from the away copy's node, then three from another node
      // (each sender's order is kept; across senders, the order is the order Redis got them in)
      const q = new Redis(redis.url);
      const len = () => q.llen(`${prefix}{carol}:q`);
      try {
        expect(await a.call('send', 'carol', { i: 1 })).toBe(true);
        expect(await a.call('send', 'carol', { i: 2 })).toBe(true);
        await waitUntil(async () => (await len()) === 2, 5000, 'two queued in Redis');
        for (let i = 3; i <= 5; i++) expect(await b.call('send', 'carol', { i })).toBe(true);
        await waitUntil(
          () =>
            b.count(
              (e) => e.type === 'dropped' && e.playerId === 'carol' && e.reason === 'outbox-count',
            ) === 2,
          5000,
          'two outbox-count drops',
        );
        expect(await len()).toBe(3);
      } finally {
        q.disconnect();
      }
      const p2 = await connectPlayer(a, 'carol');
      await p2.nth(2);
      expect(p2.messages).toEqual([{ i: 3 }, { i: 4 }, { i: 5 }]);
      // resumed on the same node: still one session, resumed not joined
      await a.event((e) => e.type === 'resumed' && e.player === 'carol');
      expect(a.count((e) => e.type === 'joined' && e.player === 'carol')).toBe(1);
      expect(a.count((e) => e.type === 'resumed' && e.player === 'carol')).toBe(1);
      p2.ws.close(1000);
    },
    20_000,
  );

  redisTool.it(
    'kick and dispose-owner reach the holding node; the answer says where; presence and locate',
    async () => {
      const p1 = await connectPlayer(a, 'dave');
      await a.event((e) => e.type === 'joined' && e.player === 'dave');
      expect(await b.call<Located>('locate', 'dave')).toEqual({
        found: true,
        node: 'A',
        local: false,
      });
      const pres = await b.call<{ nodes: { node: string; connected: number }[] }>('presence');
      expect(pres.nodes.map((n) => n.node).sort()).toEqual(['A', 'B']);
      // kick() on a node that does not hold the player: false here, but it reaches A
      expect(await b.call('kick', 'dave', 'from B')).toBe(false);
      expect(await p1.closed).toEqual({ code: 4000, reason: 'from B' });
      expect((await a.event((e) => e.type === 'ended' && e.player === 'dave')).reason).toBe(
        'kicked',
      );
      // A's END goes to Redis on its own connection, not awaited by the 'ended' event: B sees it
      // once Redis has run it (a run at load 3 asked B before and found dave still on A).
      await waitUntil(
        async () => (await b.call<Located>('locate', 'dave')).found === false,
        5000,
        "dave's end to reach Redis",
      );
      expect(await b.call<Located>('locate', 'dave')).toEqual({
        found: false,
        node: null,
        local: false,
      });

      const p2 = await connectPlayer(a, 'erin');
      await a.event((e) => e.type === 'joined' && e.player === 'erin');
      expect(await b.call<Located>('kickAnywhere', 'erin', 'admin')).toEqual({
        found: true,
        node: 'A',
        local: false,
      });
      expect((await p2.closed).code).toBe(4000);
      const p3 = await connectPlayer(a, 'frank');
      await a.event((e) => e.type === 'joined' && e.player === 'frank');
      expect(await b.call<Located>('disposeOwnerAnywhere', 'frank', false)).toEqual({
        found: true,
        node: 'A',
        local: false,
      });
      // the owner's scope was disposed on A: its session ends (4003, reason disposed)
      expect((await p3.closed).code).toBe(4003);
      expect((await a.event((e) => e.type === 'ended' && e.player === 'frank')).reason).toBe(
        'disposed',
      );
      expect(await b.call<Located>('kickAnywhere', 'nobody', 'x')).toEqual({
        found: false,
        node: null,
        local: false,
      });
    },
    20_000,
  );

  redisTool.it(
    'the admin dispose-owner reaches the holding node and says where; /monitoring/memory shows the fleet state',
    async () => {
      let sm: SessionManager | null = null;
      const store = await createRedisSessionStore({
        redis: redis.url,
        nodeId: 'C',
        keyPrefix: prefix,
      });
      const h = await startHarness((manager) => {
        sm = new SessionManager({ manager, store });
        return { sessions: sm };
      });
      try {
        await waitUntil(() => sm!.stats().fleet?.state === 'connected', 10_000, 'C connected');
        const p = await connectPlayer(a, 'gus');
        await a.event((e) => e.type === 'joined' && e.player === 'gus');
        const r = await h.post(
          '/monitoring/admin/dispose-owner',
          { owner: 'gus', kick: true },
          adm,
        );
        expect(r.json).toMatchObject({
          owner: 'gus',
          kicked: true,
          found: true,
          node: 'A',
          local: false,
        });
        expect(await p.closed).toEqual({ code: 4000, reason: 'disposed by admin' });
        const mem = await h.get('/monitoring/memory', adm);
        expect(mem.json).toMatchObject({
          sessions: { fleet: { store: 'redis', node: 'C', state: 'connected' } },
        });
        // and /metrics: the store is up, its commands counted (the dispose-owner's among them)
        const metrics = (await h.get('/metrics', adm)).text;
        expect(metrics).toMatch(/^leakguard_fleet_store_up\{store="redis"\} 1$/m);
        expect(metrics).toMatch(
          /^leakguard_fleet_store_state\{store="redis",state="connected"\} 1$/m,
        );
        expect(
          Number(
            /^leakguard_fleet_commands_sent_total\{store="redis"\} (\d+)$/m.exec(metrics)?.[1],
          ),
        ).toBeGreaterThan(0);
      } finally {
        await sm!.close();
        await h.close();
      }
    },
    20_000,
  );

  redisTool.it(
    'a node that shuts down gracefully leaves presence at once and its players resume on another node',
    async () => {
      const d = await startNode(nodeConfig('D'));
      try {
        await waitUntil(
          async () =>
            (await d.call<{ fleet: { state: string } }>('stats')).fleet.state === 'connected',
          10_000,
          'D connected',
        );
        const p1 = await connectPlayer(d, 'hal');
        const joined = await d.event((e) => e.type === 'joined' && e.player === 'hal');
        await d.close();
        expect((await p1.closed).code).toBe(1001);
        expect(d.count((e) => e.type === 'ended' && e.reason === 'shutdown')).toBe(1);
        const pres = await b.call<{ nodes: { node: string }[] }>('presence');
        expect(pres.nodes.map((n) => n.node)).not.toContain('D');
        expect(await b.call('send', 'hal', { after: 'shutdown' })).toBe(true);
        const p2 = await connectPlayer(b, 'hal');
        const resumed = await b.event((e) => e.type === 'resumed' && e.player === 'hal');
        expect(resumed.id).toBe(joined.id);
        expect(await p2.nth(0)).toEqual({ after: 'shutdown' });
        p2.ws.close(1000);
      } finally {
        await d.kill();
      }
    },
    30_000,
  );
});
