/**
 * Player ids across the fleet: `7` and `'7'` are one player (docs/fleet.md), and a node gets
 * back the id as it was given to it. Node A authenticates all-digit players as numbers, node B
 * as strings (test/fleet/fixtures/node.ts, `numericIds`); each node is its own process on a
 * real redis-server. What reaches a node from another (`moved`, a kick) must name the player as
 * that node holds it, and a drop report names the player as the sender wrote it.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import { needTool } from '../helpers/tools.js';
import { connectPlayer, startNode, waitUntil, type FleetNode } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');

redisTool.describe('player ids: 7 and "7" are one player, each node gets its own back', () => {
  let redis: RedisServer;
  let a: FleetNode;
  let b: FleetNode;
  const prefix = `i${randomUUID().slice(0, 6)}:`;

  beforeAll(async () => {
    redis = await startRedis(redisTool.path);
    [a, b] = await Promise.all([
      startNode({ redis: redis.url, nodeId: 'A', prefix, numericIds: true }),
      startNode({ redis: redis.url, nodeId: 'B', prefix }),
    ]);
    for (const n of [a, b])
      await waitUntil(
        async () =>
          (await n.call<{ fleet: { state: string } }>('stats')).fleet.state === 'connected',
        10_000,
        `${n.nodeId} connected to Redis`,
      );
  }, 40_000);

  afterAll(async () => {
    await Promise.all([a?.close(), b?.close()]);
    for (const n of [a, b])
      expect(n?.count((e) => e.type === 'unhandled' || e.type === 'uncaught')).toBe(0);
    await redis?.dispose();
  }, 20_000);

  redisTool.it(
    'one session per player: 7 on A, then "7" on B — A ends its copy (moved, 4001)',
    async () => {
      const p1 = await connectPlayer(a, '7');
      const joined = await a.event((e) => e.type === 'joined' && e.player === 7);
      const p2 = await connectPlayer(b, '7');
      const resumed = await b.event((e) => e.type === 'resumed' && e.player === '7');
      expect(resumed.id).toBe(joined.id);
      const ended = await a.event((e) => e.type === 'ended' && e.player === 7);
      expect(ended.reason).toBe('moved');
      expect(await p1.closed).toEqual({ code: 4001, reason: 'moved to B' });
      expect(await a.call('state', 7)).toBeNull();
      p2.ws.close(1000);
    },
    20_000,
  );

  redisTool.it(
    'a kick from B for "8" reaches the player A holds as 8',
    async () => {
      const p = await connectPlayer(a, '8');
      await a.event((e) => e.type === 'joined' && e.player === 8);
      expect(await b.call('kickAnywhere', '8', 'by B')).toEqual({
        found: true,
        node: 'A',
        local: false,
      });
      expect((await a.event((e) => e.type === 'ended' && e.player === 8)).reason).toBe('kicked');
      expect(await p.closed).toEqual({ code: 4000, reason: 'by B' });
    },
    20_000,
  );

  redisTool.it(
    'drop reports name the player as each send did, 9 or "9", sent in one tick',
    async () => {
      // nobody holds 9: each message is dropped in Redis (no-session), reported per message
      expect(
        await a.call('sendAll', [
          [9, { n: 1 }],
          ['9', { n: 2 }],
          [9, { n: 3 }],
        ]),
      ).toEqual([true, true, true]);
      await waitUntil(
        () => a.count((e) => e.type === 'dropped' && String(e.playerId) === '9') === 3,
        5000,
        'three drops for 9',
      );
      expect(
        a.events
          .filter((e) => e.type === 'dropped' && String(e.playerId) === '9')
          .map((e) => [e.playerId, e.reason, e.count]),
      ).toEqual([
        [9, 'no-session', 1],
        ['9', 'no-session', 1],
        [9, 'no-session', 1],
      ]);
    },
    20_000,
  );

  redisTool.it(
    'messages for one player sent as 10 and "10" in one tick keep their order',
    async () => {
      const p1 = await connectPlayer(a, '10');
      await a.event((e) => e.type === 'joined' && e.player === 10);
      p1.ws.close(1000);
      await a.event((e) => e.type === 'away' && e.player === 10);
      const q = new Redis(redis.url);
      try {
        expect(
          await a.call('sendAll', [
            [10, { n: 1 }],
            ['10', { n: 2 }],
            [10, { n: 3 }],
            ['10', { n: 4 }],
          ]),
        ).toEqual([true, true, true, true]);
        await waitUntil(async () => (await q.llen(`${prefix}{10}:q`)) === 4, 5000, '4 queued');
      } finally {
        q.disconnect();
      }
      const p2 = await connectPlayer(b, '10');
      await p2.nth(3);
      expect(p2.messages).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
      p2.ws.close(1000);
    },
    20_000,
  );
});
