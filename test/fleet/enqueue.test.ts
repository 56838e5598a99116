/**
 * The batched ENQUEUE script against a model of the caps: a tick's messages for many players go
 * to Redis in one script call, and each message must get the caps exactly as if it had been
 * pushed alone, in order (maxMessages, then maxBytes: the oldest dropped and counted, one
 * message over maxBytes refused as too large, no record anywhere: no-session). The store runs
 * in this process with a recording host; Redis is a real redis-server.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect } from 'vitest';
import { createRedisSessionStore, type RedisSessionStore } from '../../src/fleet/index.js';
import type { StoreHost, StoredMessage } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { waitUntil } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');

const CAPS = { maxMessages: 6, maxBytes: 400, ttlMs: 60_000 };

type Drop = [reason: string, count: number, bytes: number];

/** The caps as one in-memory outbox applies them, one message at a time. */
class Model {
  readonly queues = new Map<string, StoredMessage[]>();
  readonly drops = new Map<string, Drop[]>();
  constructor(readonly live: ReadonlySet<string>) {}
  push(p: string, m: StoredMessage): void {
    const drops = this.drops.get(p) ?? [];
    this.drops.set(p, drops);
    if (!this.live.has(p)) return void drops.push(['no-session', 1, m.bytes]);
    if (m.bytes > CAPS.maxBytes) return void drops.push(['too-large', 1, m.bytes]);
    const q = this.queues.get(p) ?? [];
    this.queues.set(p, q);
    q.push(m);
    let total = q.reduce((s, x) => s + x.bytes, 0);
    const byCount: Drop = ['outbox-count', 0, 0];
    while (q.length > CAPS.maxMessages) {
      const old = q.shift()!;
      byCount[1]++;
      byCount[2] += old.bytes;
      total -= old.bytes;
    }
    const byBytes: Drop = ['outbox-bytes', 0, 0];
    while (total > CAPS.maxBytes && q.length > 0) {
      const old = q.shift()!;
      byBytes[1]++;
      byBytes[2] += old.bytes;
      total -= old.bytes;
    }
    if (byCount[1] > 0) drops.push(byCount);
    if (byBytes[1] > 0) drops.push(byBytes);
  }
}

/** A small deterministic generator, so a failure can be replayed. */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

redisTool.describe('batched enqueue in Redis (caps per message, in order)', () => {
  let redis: RedisServer;
  let admin: Redis;
  let store: RedisSessionStore;
  const prefix = `e${randomUUID().slice(0, 6)}:`;
  const drops = new Map<string, Drop[]>();
  const wakes: string[] = [];
  const host: StoreHost = {
    moved: () => {},
    wake: (p) => void wakes.push(String(p)),
    kick: () => false,
    disposeOwner: () => false,
    dropped: (p, reason, count, bytes) => {
      const list = drops.get(String(p)) ?? [];
      drops.set(String(p), list);
      list.push([reason, count, bytes]);
    },
    counts: () => ({ connected: 0, away: 0 }),
    held: () => [],
  };
  const players = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'quiet'];
  // p5 has no record anywhere; p4 is connected here (wakes), the others away here; 'quiet'
  // gets a few messages, never over the caps
  const live = new Set([...players.slice(0, 5), 'quiet']);

  beforeAll(async () => {
    redis = await startRedis(redisTool.path);
    admin = new Redis(redis.url);
    store = await createRedisSessionStore({ redis: redis.url, nodeId: 'E', keyPrefix: prefix });
    store.open(host, { reconnectWindowMs: 60_000, outbox: CAPS });
    await waitUntil(() => store.state().state === 'connected', 10_000, 'connected');
    for (const p of live)
      await admin.hset(`${prefix}{${p}}:r`, {
        node: 'E',
        sid: `s-${p}`,
        st: p === 'p4' ? 'c' : 'a',
        pid: JSON.stringify(p),
      });
  }, 30_000);

  afterAll(async () => {
    await store?.close();
    admin?.disconnect();
    await redis?.dispose();
  }, 20_000);

  redisTool.it(
    'many messages for many players per tick: queues, byte counts and drops equal the model',
    async () => {
      const model = new Model(live);
      const random = rng(18);
      let at = 1_700_000_000_000;
      // three ticks: one small, one above a script call's batch size, one that overflows queues
      // holding messages from earlier ticks (old entries are dropped first)
      for (const size of [40, 1300, 700]) {
        for (let i = 0; i < size; i++) {
          const quiet = size === 700 && i % 300 === 7;
          const p = quiet ? 'quiet' : players[Math.floor(random() * 6)]!;
          const r = random();
          // mostly small, some big (bytes cap), a few too large, one binary now and then
          const len = quiet
            ? 20
            : r < 0.02
              ? CAPS.maxBytes + 1
              : r < 0.2
                ? 150
                : 10 + Math.floor(random() * 30);
          const text = `${p}#${i}:`.padEnd(len, 'x').slice(0, len);
          // now and then text beyond ASCII: entries are framed in bytes, not characters
          const wide = r > 0.4 && r < 0.7 ? `é€😀${text}` : text;
          const data = r > 0.97 ? Buffer.from(text) : wide;
          const m: StoredMessage = { data, bytes: Buffer.byteLength(data), at: at++ };
          expect(store.enqueue(p, m)).toBe(true);
          model.push(p, m);
        }
        await waitUntil(() => store.state().inFlight === 0, 10_000, 'acknowledged');
      }
      expect(store.state().commands).toMatchObject({ failed: 0, refused: 0 });
      for (const p of players) {
        expect(drops.get(p) ?? [], `drops of ${p}`).toEqual(model.drops.get(p) ?? []);
        const want = model.queues.get(p) ?? [];
        const bytes = await admin.get(`${prefix}{${p}}:b`);
        expect(Number(bytes ?? 0), `byte count of ${p}`).toBe(
          want.reduce((s, m) => s + m.bytes, 0),
        );
        if (want.length > 0) {
          for (const key of ['q', 'b']) {
            const ttl = await admin.pttl(`${prefix}{${p}}:${key}`);
            expect(ttl, `TTL of ${p}'s ${key}`).toBeGreaterThan(0);
            expect(ttl).toBeLessThanOrEqual(CAPS.ttlMs);
          }
        } else expect(await admin.exists(`${prefix}{${p}}:q`)).toBe(0);
        expect(await store.take(p), `queue of ${p}`).toEqual(want);
      }
      // the model did drop, by count and by bytes, and refused too-large and no-session ones
      const reasons = new Set([...model.drops.values()].flat().map((d) => d[0]));
      expect(model.drops.get('quiet')).toEqual([]);
      const queued = [...model.queues.values()].flat();
      expect(queued.some((m) => typeof m.data === 'string' && m.data.startsWith('é€😀'))).toBe(
        true,
      );
      expect(model.queues.get('quiet')?.length).toBeGreaterThan(2);
      expect([...reasons].sort()).toEqual([
        'no-session',
        'outbox-bytes',
        'outbox-count',
        'too-large',
      ]);
      // the connected player is woken once (a wake is pending until it takes the queue)
      await waitUntil(() => wakes.length > 0, 5000, 'a wake');
      await new Promise((r) => setTimeout(r, 100));
      expect(wakes).toEqual(['p4']);
    },
    30_000,
  );

  redisTool.it(
    'a wake nobody hears (the holder is not subscribed) is not left pending: the next message wakes again',
    async () => {
      // held, connected, by a node whose subscriber is away (nobody listens on its channel)
      const r = `${prefix}{deaf}:r`;
      await admin.hset(r, { node: 'Z', sid: 's-d', st: 'c', pid: JSON.stringify('deaf') });
      const heard = async (): Promise<number> =>
        Number(((await admin.pubsub('NUMSUB', `${prefix}node:Z`)) as [string, number])[1]);
      expect(await heard()).toBe(0);
      for (const i of [1, 2]) {
        expect(store.enqueue('deaf', { data: `d${i}`, bytes: 2, at: i })).toBe(true);
        await waitUntil(() => store.state().inFlight === 0, 10_000, 'acknowledged');
        // queued, and no wake pending: were one pending, no later message would publish again
        expect(await admin.llen(`${prefix}{deaf}:q`)).toBe(i);
        expect(await admin.hexists(r, 'w')).toBe(0);
      }
      // a holder that hears it (this store, node E): the wake stays pending until it takes
      await admin.hset(`${prefix}{loud}:r`, {
        node: 'E',
        sid: 's-l',
        st: 'c',
        pid: JSON.stringify('loud'),
      });
      expect(store.enqueue('loud', { data: 'l', bytes: 1, at: 1 })).toBe(true);
      await waitUntil(() => wakes.includes('loud'), 5000, 'the wake');
      expect(await admin.hget(`${prefix}{loud}:r`, 'w')).toBe('1');
    },
    30_000,
  );

  redisTool.it(
    'a script Redis forgot (SCRIPT FLUSH) is loaded again and the call sent again: nothing dropped; keys of ids beyond ASCII',
    async () => {
      const id = 'zoë-€';
      await admin.hset(`${prefix}{${id}}:r`, {
        node: 'E',
        sid: 's-z',
        st: 'a',
        pid: JSON.stringify(id),
      });
      await admin.script('FLUSH');
      const sent: StoredMessage[] = [1, 2, 3].map((i) => ({
        data: `m${i}`,
        bytes: 2,
        at: 1_700_000_000_000 + i,
      }));
      const before = drops.get(id)?.length ?? 0;
      for (const m of sent) expect(store.enqueue(id, m)).toBe(true);
      await waitUntil(() => store.state().inFlight === 0, 10_000, 'acknowledged');
      expect(store.state().commands).toMatchObject({ failed: 0, refused: 0 });
      expect(drops.get(id)?.length ?? 0).toBe(before);
      // the keys the store wrote itself, in bytes, are the ones every other command names
      expect(Number(await admin.get(`${prefix}{${id}}:b`))).toBe(6);
      expect(await store.take(id)).toEqual(sent);
    },
    30_000,
  );
});
