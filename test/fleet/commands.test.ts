/**
 * `stats().fleet.commands.sent` (and `leakguard_fleet_commands_sent_total`) counts the commands
 * the store sent to Redis — the same unit as `refused` and `inFlight`: one per Redis command,
 * each PEXPIRE of the heartbeat's pipelines one, each queued message one. The store runs in
 * this process with a recording host; Redis is a real redis-server whose MONITOR stream says
 * what it got from the store's command connection.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterEach, expect } from 'vitest';
import { createRedisSessionStore, type RedisSessionStore } from '../../src/fleet/index.js';
import type { StoreHost } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { waitUntil } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');

/** What a connection sends before the store uses it (ioredis's ready check, our script loads). */
const SETUP = new Set(['info', 'client', 'select', 'script']);

let redis: RedisServer | null = null;
let store: RedisSessionStore | null = null;
const clients: Redis[] = [];
afterEach(async () => {
  await store?.close();
  store = null;
  for (const c of clients.splice(0)) c.disconnect();
  await redis?.dispose();
  redis = null;
}, 20_000);

redisTool.describe('the store counts the commands it sends', () => {
  redisTool.it(
    'a heartbeat with 1200 connected players: its 1200 PEXPIREs (pipelines of 500) count 1200',
    async () => {
      redis = await startRedis(redisTool.path);
      const admin = new Redis(redis.url);
      clients.push(admin);
      const seen: { cmd: string; key: string; source: string }[] = [];
      const monitor = await admin.monitor();
      clients.push(monitor);
      monitor.on('monitor', (_time: string, args: string[], source: string) =>
        seen.push({ cmd: String(args[0]).toLowerCase(), key: String(args[1]), source }),
      );

      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // one heartbeat only (at connect): the next would come after nodeTtlMs / 3 = 20 s
      store = await openStore(redis.url, prefix, { nodeTtlMs: 60_000 });
      // the connect-time heartbeat (presence, then the players' PEXPIREs) and the players'
      // re-announce (one RESYNC each) answered, and MONITOR has shown them all
      await waitUntil(() => store!.state().inFlight === 0, 10_000, 'all answered');
      const source = (): string | undefined =>
        seen.find((s) => s.cmd === 'zadd' && s.key === `${prefix}nodes`)?.source;
      const fromStore = () => seen.filter((s) => s.source === source());
      await waitUntil(
        () =>
          fromStore().filter((s) => s.cmd === 'pexpire').length === 1200 &&
          fromStore().filter((s) => s.cmd === 'evalsha' || s.cmd === 'eval').length === 1200,
        10_000,
        `MONITOR showed the PEXPIREs and RESYNCs (seen: ${summary(seen)}; ${JSON.stringify(store!.state())})`,
      );
      // what the store asked Redis to do: setup and the transaction's MULTI/EXEC aside
      const sent = fromStore().filter(
        (s) => !SETUP.has(s.cmd) && s.cmd !== 'multi' && s.cmd !== 'exec',
      );
      const byCmd = (cmd: string) => sent.filter((s) => s.cmd === cmd).length;
      expect({
        pexpire: byCmd('pexpire'),
        // ioredis sends a defined script's first call on a connection as EVAL
        resync: byCmd('evalsha') + byCmd('eval'),
        presence: byCmd('zadd') + byCmd('set') + byCmd('zremrangebyscore'),
      }).toEqual({ pexpire: 1200, resync: 1200, presence: 3 });
      const { commands } = store.state();
      expect(commands).toEqual({ sent: sent.length, failed: 0, refused: 0 });
    },
    30_000,
  );

  redisTool.it(
    'a heartbeat whose PEXPIRE chunk is refused counts the players left as refused too',
    async () => {
      redis = await startRedis(redisTool.path);
      // at connect: the heartbeat (3, then chunks of 500: the second does not fit in 1000)
      // and one RESYNC per player, each either sent or refused
      const s = await openStore(redis.url, `c${randomUUID().slice(0, 6)}:`, {
        nodeTtlMs: 60_000,
        maxInFlight: 1000,
      });
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      const { commands } = s.state();
      expect(commands.refused).toBeGreaterThanOrEqual(700);
      // every command the store meant to send is counted once, sent or refused
      expect(commands.sent + commands.refused).toBe(3 + 1200 + 1200);
    },
    30_000,
  );

  redisTool.it(
    'a Redis that stops answering: every command sent meanwhile counts as failed, PEXPIREs too',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      // a heartbeat every 300 ms; a command fails after 500 ms without an answer
      const s = await openStore(r.url, `c${randomUUID().slice(0, 6)}:`, {
        nodeTtlMs: 900,
        commandTimeoutMs: 500,
      });
      let before = s.state().commands;
      await waitUntil(
        () => {
          // nothing in flight: what is sent from here on goes to a Redis that does not answer
          if (s.state().state !== 'connected' || s.state().inFlight !== 0) return false;
          before = s.state().commands;
          r.pause();
          return true;
        },
        10_000,
        'a moment with nothing in flight',
      );
      try {
        await waitUntil(
          () => s.state().state === 'degraded' && s.state().inFlight === 0,
          10_000,
          'every command sent meanwhile timed out',
        );
      } finally {
        r.resume();
      }
      const after = s.state().commands;
      // at least one heartbeat: its presence transaction and its 1200 PEXPIREs
      expect(after.sent - before.sent).toBeGreaterThanOrEqual(1203);
      expect(after.failed - before.failed).toBe(after.sent - before.sent);
    },
    30_000,
  );
});

/** A store holding 1200 connected players (a recording host), once connected. */
async function openStore(
  url: string,
  prefix: string,
  options: { nodeTtlMs: number; commandTimeoutMs?: number; maxInFlight?: number },
): Promise<RedisSessionStore> {
  const players = Array.from({ length: 1200 }, (_, i) => ({
    playerId: i,
    sessionId: `s${i}`,
    away: false,
  }));
  const host: StoreHost = {
    moved: () => {},
    wake: () => {},
    kick: () => false,
    disposeOwner: () => false,
    dropped: () => {},
    counts: () => ({ connected: players.length, away: 0 }),
    held: () => players,
  };
  const s = await createRedisSessionStore({
    redis: url,
    nodeId: 'N',
    keyPrefix: prefix,
    ...options,
  });
  store = s;
  s.open(host, { reconnectWindowMs: 60_000, outbox: CAPS });
  await waitUntil(() => s.state().state === 'connected', 10_000, 'connected');
  return s;
}

/** `source command: count`, for a failure message. */
function summary(seen: readonly { cmd: string; source: string }[]): string {
  const n = new Map<string, number>();
  for (const s of seen) n.set(`${s.source} ${s.cmd}`, (n.get(`${s.source} ${s.cmd}`) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k}: ${v}`).join(', ');
}

const CAPS = { maxMessages: 100, maxBytes: 100_000, ttlMs: 60_000 };
