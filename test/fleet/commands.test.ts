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
import type { FleetState, StoreHost } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { waitUntil } from './nodes.js';
import { startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');

/** What a connection sends before the store uses it (ioredis's ready check, our script loads). */
const SETUP = new Set(['info', 'client', 'select', 'script']);

let redis: RedisServer | null = null;
let store: RedisSessionStore | null = null;
/** Other nodes' stores (a test's second node), closed after it. */
const others: RedisSessionStore[] = [];
const clients: Redis[] = [];
afterEach(async () => {
  await store?.close();
  store = null;
  await Promise.all(others.splice(0).map((o) => o.close()));
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
      // ioredis sets MONITOR mode one microtask after the +OK: a command line of another
      // connection read in the same chunk (here the admin's own ready-check INFO) then has no
      // command to answer, and ioredis throws "Command queue state error". Nothing else talks
      // to Redis until MONITOR is on.
      await admin.ping();
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
    'a heartbeat whose gate is short of room waits for it: every PEXPIRE is sent, none refused',
    async () => {
      redis = await startRedis(redisTool.path);
      // at connect: the heartbeat (3, then its refresh: 500 PEXPIREs at a time at most, as the
      // gate has room), then one RESYNC per player; 2403 commands through a gate of 1000, each
      // sent when there is room for it (before, the refresh's second chunk and the 200 after
      // it were refused, and so at every beat)
      const s = await openStore(redis.url, `c${randomUUID().slice(0, 6)}:`, {
        nodeTtlMs: 60_000,
        maxInFlight: 1000,
      });
      await waitUntil(
        () => s.state().inFlight === 0 && s.state().commands.sent >= 3 + 1200 + 1200,
        10_000,
        `all sent and answered (${JSON.stringify(s.state())})`,
      );
      const { commands } = s.state();
      // every command the store meant to send is counted once, and none was refused
      expect(commands).toEqual({ sent: 3 + 1200 + 1200, failed: 0, refused: 0 });
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
      // at least one heartbeat: its presence transaction and its refresh's first 500 PEXPIREs
      // (it sends more as they are answered: they time out, and a degraded store sends none)
      expect(after.sent - before.sent).toBeGreaterThanOrEqual(503);
      expect(after.failed - before.failed).toBe(after.sent - before.sent);
    },
    30_000,
  );
});

redisTool.describe('the heartbeat keeps every connected player’s record alive', () => {
  redisTool.it(
    'under load beat after beat (a full gate, a Redis paused again and again), no record of a connected player expires',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // a beat every 200 ms; a connected player's record lives 600 + 2400 ms past its last
      // refresh; 1200 players and a gate of 1000 (before, the second chunk of 500 and all after
      // it were refused at every beat)
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 600, commandTimeoutMs: 4000, maxInFlight: 1000 },
        connected(1200),
        () => {},
        2400,
      );
      const admin = new Redis(r.url);
      clients.push(admin);
      await waitUntil(
        async () => (await records(admin, prefix, 1200)).length === 1200,
        15_000,
        'every record, announced at connect',
      );

      // The load, for 9 s (3 record lifetimes, 45 beats): messages for a player with no record
      // fill the gate every 5 ms (each counted: sent, or refused when the gate is full), and
      // Redis is stopped 200 ms out of every 300 (SIGSTOP, well under commandTimeoutMs), so the
      // gate is full at most beats and stays full until Redis answers again.
      const msg = { data: 'x', bytes: 1, at: Date.now() };
      let meant = 0;
      let refusedMessages = 0;
      let maxInFlight = 0;
      const fill = setInterval(() => {
        for (let i = 0; i < 1100; i++) {
          meant++;
          if (!s.enqueue('nobody', msg)) {
            refusedMessages++;
            break;
          }
        }
        maxInFlight = Math.max(maxInFlight, s.state().inFlight);
      }, 5);
      const before = s.state().commands;
      let lowest = 1200;
      try {
        const end = Date.now() + 9000;
        while (Date.now() < end) {
          r.pause();
          await sleep(200);
          r.resume();
          await sleep(100);
          // read while Redis runs: every connected player's record is still there
          lowest = Math.min(lowest, (await records(admin, prefix, 1200)).length);
        }
      } finally {
        clearInterval(fill);
        r.resume();
      }
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      const got = await records(admin, prefix, 1200);
      expect({ lowest, last: got.length }).toEqual({ lowest: 1200, last: 1200 });
      expect(got).toEqual(Array.from({ length: 1200 }, (_, i) => `${i} N s${i} c`));
      // the load was real: the gate was full, messages were refused, Redis never timed out
      expect(refusedMessages).toBeGreaterThan(10);
      expect(maxInFlight).toBeLessThanOrEqual(1000);
      const after = s.state();
      expect(after).toMatchObject({ state: 'connected', reconnects: 0 });
      expect(after.commands.failed).toBe(0);
      // nothing but messages was refused: neither the refresh nor the presence transaction
      // (which waits for room too)
      expect(after.commands.refused - before.refused).toBe(refusedMessages);
      expect(meant).toBeGreaterThan(refusedMessages);
    },
    60_000,
  );

  redisTool.it(
    'a Redis that answers late: beats that find the refresh under way let it go on, so what waits stays one refresh’s 500',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      // a beat every 200 ms, 1200 connected players, the default gate (10000)
      const s = await openStore(r.url, `c${randomUUID().slice(0, 6)}:`, {
        nodeTtlMs: 600,
        commandTimeoutMs: 4000,
      });
      let before = s.state().commands;
      await waitUntil(
        () => {
          if (s.state().inFlight !== 0) return false;
          before = s.state().commands;
          r.pause();
          return true;
        },
        10_000,
        'a moment with nothing in flight',
      );
      let most = 0;
      let during: number;
      let waiting: number;
      try {
        // 1.5 s stopped (7 beats), under commandTimeoutMs: nothing fails, nothing is answered
        const end = Date.now() + 1500;
        while (Date.now() < end) {
          most = Math.max(most, s.state().inFlight);
          await sleep(20);
        }
        // still stopped: everything sent since is waiting
        during = s.state().commands.sent - before.sent;
        waiting = s.state().inFlight;
      } finally {
        r.resume();
      }
      // one refresh's first 500 PEXPIREs, and each beat's presence transaction (before: every
      // beat sent its 1203 again, 8000 and more waiting)
      expect(most).toBeGreaterThanOrEqual(503);
      expect(waiting).toBeLessThanOrEqual(500 + 3 * 9);
      expect(during).toBe(waiting);
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      expect(s.state()).toMatchObject({ state: 'connected', reconnects: 0 });
      expect(s.state().commands).toMatchObject({ failed: 0, refused: 0 });
    },
    30_000,
  );
});

redisTool.describe('the heartbeat keeps this node alive in the fleet’s eyes', () => {
  redisTool.it(
    'under load beat after beat (a full gate, a Redis paused again and again), another node sees it alive throughout',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // node N: a beat every 300 ms, alive 900 ms past its last presence write; 1200 connected
      // players and a gate of 1000, as in the refresh's load test above
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 900, commandTimeoutMs: 4000, maxInFlight: 1000 },
        connected(1200),
        () => {},
        2400,
      );
      // node M: another node of the fleet, idle, asking where player 0 is and who is alive
      const m = await createRedisSessionStore({ redis: r.url, nodeId: 'M', keyPrefix: prefix });
      others.push(m);
      m.open(idleHost(), { reconnectWindowMs: 2400, outbox: CAPS });
      await waitUntil(() => m.state().state === 'connected', 10_000, 'M connected');
      const admin = new Redis(r.url);
      clients.push(admin);
      await waitUntil(
        async () => (await m.locate(0)).node === 'N',
        15_000,
        'M locates player 0 on N',
      );

      // The load, for 9 s (10 node lifetimes, 30 beats): messages for a player with no record
      // fill the gate every 5 ms, and Redis is stopped 200 ms out of every 300 (SIGSTOP, well
      // under commandTimeoutMs), so the gate is full at most beats and stays full until Redis
      // answers again. Before, the presence transaction was refused at most of those beats,
      // and three in a row left N dead to the fleet while it served its players.
      const msg = { data: 'x', bytes: 1, at: Date.now() };
      let refusedMessages = 0;
      let maxInFlight = 0;
      const fill = setInterval(() => {
        for (let i = 0; i < 1100; i++)
          if (!s.enqueue('nobody', msg)) {
            refusedMessages++;
            break;
          }
        maxInFlight = Math.max(maxInFlight, s.state().inFlight);
      }, 5);
      const before = s.state().commands;
      let running = true;
      // what M sees, as often as Redis answers it: `locate` (its liveness check is the node's
      // score against M's clock, read after the answer), and the score itself, read directly
      const dead: string[] = [];
      let looks = 0;
      const watch = (async () => {
        while (running) {
          const [where, score] = await Promise.all([
            m.locate(0),
            admin.zscore(`${prefix}nodes`, 'N'),
          ]);
          const now = Date.now();
          looks++;
          if (where.node !== 'N') dead.push(`locate: ${JSON.stringify(where)}`);
          if (score === null || Number(score) < now)
            dead.push(
              `score ${score} at ${now} (${score === null ? '' : now - Number(score)} ms late)`,
            );
          await sleep(10);
        }
      })();
      try {
        const end = Date.now() + 9000;
        while (Date.now() < end) {
          r.pause();
          await sleep(200);
          r.resume();
          await sleep(100);
        }
      } finally {
        clearInterval(fill);
        r.resume();
        running = false;
        await watch;
      }
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      expect(dead).toEqual([]);
      // M looked again and again, through every pause
      expect(looks).toBeGreaterThan(30);
      expect((await m.presence()).nodes.map((n) => n.node).sort()).toEqual(['M', 'N']);
      // the load was real: the gate was full, messages were refused, Redis never timed out
      expect(refusedMessages).toBeGreaterThan(10);
      expect(maxInFlight).toBeLessThanOrEqual(1000);
      const after = s.state();
      expect(after).toMatchObject({ state: 'connected', reconnects: 0 });
      expect(after.commands.failed).toBe(0);
      // nothing but messages was refused: the presence transaction waited for room
      expect(after.commands.refused - before.refused).toBe(refusedMessages);
    },
    60_000,
  );

  redisTool.it(
    'a presence write waiting for room when the store stops being connected is refused once, and none piles up meanwhile',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // a beat every 300 ms; a command fails after 1 s without an answer; no players (no refresh)
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 900, commandTimeoutMs: 1000, maxInFlight: 100 },
        [],
      );
      let before = s.state().commands;
      await waitUntil(
        () => {
          if (s.state().state !== 'connected' || s.state().inFlight !== 0) return false;
          before = s.state().commands;
          r.pause();
          return true;
        },
        10_000,
        'a moment with nothing in flight',
      );
      let stopped: FleetState;
      try {
        // the gate full (100 messages, one call) for a Redis that does not answer: the beats
        // meanwhile (3 or 4 before the call times out) find no room for the presence write
        const msg = { data: 'x', bytes: 1, at: Date.now() };
        let admitted = 0;
        while (s.enqueue('nobody', msg)) admitted++;
        expect(admitted).toBe(100);
        await waitUntil(() => s.state().state === 'degraded', 10_000, 'the call timed out');
        // still stopped: three more beats go by with the store not connected
        await sleep(1000);
        stopped = s.state();
      } finally {
        r.resume();
      }
      // one presence write was meant while the gate was full, and it was never sent: refused
      // once (its three commands), however many beats found it waiting or the store degraded
      // (before: three refused at each beat with the gate full, none once degraded)
      expect(stopped.commands).toEqual({
        sent: before.sent + 100,
        failed: before.failed + 100,
        refused: before.refused + 1 + 3,
      });
      expect(stopped.inFlight).toBe(0);
      // back: the next beats write presence again
      await waitUntil(() => s.state().state === 'connected', 10_000, 'connected again');
      const admin = new Redis(r.url);
      clients.push(admin);
      await waitUntil(
        async () => Number(await admin.zscore(`${prefix}nodes`, 'N')) > Date.now(),
        10_000,
        'N alive again',
      );
    },
    30_000,
  );

  redisTool.it(
    'a presence write waiting for room when the store closes is refused once and never sent after the node leaves presence',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // the beats that began with the gate full: each writes presence first (#presence) and
      // then starts its refresh, which asks the host what it holds (no players: done at once)
      let full = false;
      let beatsWhileFull = 0;
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 900, commandTimeoutMs: 4000, maxInFlight: 100 },
        [],
        () => {
          if (full) beatsWhileFull++;
        },
      );
      const admin = new Redis(r.url);
      clients.push(admin);
      let before = s.state().commands;
      await waitUntil(
        () => {
          if (s.state().inFlight !== 0) return false;
          before = s.state().commands;
          r.pause();
          return true;
        },
        10_000,
        'a moment with nothing in flight',
      );
      const msg = { data: 'x', bytes: 1, at: Date.now() };
      let closing: Promise<void>;
      try {
        while (s.enqueue('nobody', msg));
        full = true;
        // a beat (every 300 ms) finds the gate full: its presence write waits. Waited for, not
        // slept: on a loaded machine a beat can come later than any fixed sleep
        await waitUntil(() => beatsWhileFull > 0, 10_000, 'a beat with the gate full');
        // close() leaves presence (ZREM, DEL) behind the messages; the messages' answers then
        // make room, which the waiting write must not take
        closing = s.close();
        store = null;
      } finally {
        r.resume();
      }
      await closing;
      expect(s.state()).toMatchObject({
        state: 'closed',
        inFlight: 0,
        commands: { sent: before.sent + 100, failed: 0, refused: before.refused + 1 + 3 },
      });
      expect(await admin.zscore(`${prefix}nodes`, 'N')).toBeNull();
      expect(await admin.exists(`${prefix}node:N:info`)).toBe(0);
    },
    30_000,
  );
});

/** A host with no players (another node of the fleet, asking only). */
function idleHost(): StoreHost {
  return {
    moved: () => {},
    wake: () => {},
    kick: () => false,
    disposeOwner: () => false,
    dropped: () => {},
    counts: () => ({ connected: 0, away: 0 }),
    held: () => [],
  };
}

interface Held {
  playerId: string | number;
  sessionId: string;
  away: boolean;
}

/** `n` connected players, 0 to n - 1, in session `s<id>`. */
function connected(n: number): Held[] {
  return Array.from({ length: n }, (_, i) => ({ playerId: i, sessionId: `s${i}`, away: false }));
}

/**
 * A store holding `players` (1200 connected ones unless given; the host lists the array as it
 * is at each call, a copy, as the SessionManager does), once connected. `onHeld` runs at each
 * `held()` call; `reconnectWindowMs` is the manager's (a connected player's record lives
 * `nodeTtlMs + reconnectWindowMs` past its last refresh).
 */
async function openStore(
  url: string,
  prefix: string,
  options: { nodeTtlMs: number; commandTimeoutMs?: number; maxInFlight?: number },
  players: Held[] = connected(1200),
  onHeld: () => void = () => {},
  reconnectWindowMs = 60_000,
): Promise<RedisSessionStore> {
  const host: StoreHost = {
    moved: () => {},
    wake: () => {},
    kick: () => false,
    disposeOwner: () => false,
    dropped: () => {},
    counts: () => ({ connected: players.length, away: 0 }),
    held: () => {
      onHeld();
      return players.map((p) => ({ ...p }));
    },
  };
  const s = await createRedisSessionStore({
    redis: url,
    nodeId: 'N',
    keyPrefix: prefix,
    ...options,
  });
  store = s;
  s.open(host, { reconnectWindowMs, outbox: CAPS });
  await waitUntil(() => s.state().state === 'connected', 10_000, 'connected');
  return s;
}

redisTool.describe('the store re-announces its players when Redis comes back empty', () => {
  redisTool.it(
    'a node holding 2500 players with maxInFlight 1000 re-announces every one, at connect and after a Redis restart',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 60_000, maxInFlight: 1000 },
        connected(2500),
      );
      const expected = Array.from({ length: 2500 }, (_, i) => `${i} N s${i} c`);
      const check = async (): Promise<string[]> => {
        const admin = new Redis(r.url);
        try {
          return await records(admin, prefix, 2500);
        } finally {
          admin.disconnect();
        }
      };
      let got: string[] = [];
      await waitUntil(
        async () => (got = await check()).length === 2500,
        15_000,
        `every player's record at connect (${got.length} of 2500; ${JSON.stringify(s.state())})`,
      );
      expect(got).toEqual(expected);

      // Redis restarts empty (no persistence): the store reconnects and announces them again
      await r.stop();
      await waitUntil(() => s.state().state !== 'connected', 10_000, 'the store saw Redis go');
      await r.start();
      await waitUntil(
        () => s.state().state === 'connected' && s.state().reconnects === 1,
        10_000,
        'the store reconnected',
      );
      await waitUntil(
        async () => (got = await check()).length === 2500,
        15_000,
        `every player's record after the restart (${got.length} of 2500; ${JSON.stringify(s.state())})`,
      );
      expect(got).toEqual(expected);
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      // nothing was refused: the heartbeats' PEXPIREs and the RESYNCs waited for room
      expect(s.state().commands.refused).toBe(0);
    },
    60_000,
  );

  redisTool.it(
    'players who leave, go away, come back or join during the re-announce are announced as they are now',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // 2500 players, the even ones away (so the heartbeat refreshes 1250: 500 at first)
      const players = connected(2500).map((p) => ({ ...p, away: Number(p.playerId) % 2 === 0 }));
      const claims: Promise<unknown>[] = [];
      let changedAt: FleetState | null = null;
      // The first held() is the connect-time heartbeat's; a microtask queued there runs once the
      // connect is handled: the heartbeat (its presence, 3, and its refresh's first 500) and the
      // re-announce's first step (500) are sent, their answers not in. The players changed are
      // further on.
      let once = false;
      const onHeld = (): void => {
        if (once || store === null) return;
        once = true;
        const st = store;
        queueMicrotask(() => {
          changedAt = st.state();
          // 2000 (away) ends
          players.splice(
            players.findIndex((p) => p.playerId === 2000),
            1,
          );
          st.end(2000, 's2000');
          // 2001 goes away
          players.find((p) => p.playerId === 2001)!.away = true;
          st.away(2001, 's2001');
          // 2002 (away) ends and comes back here, in a new session
          st.end(2002, 's2002');
          Object.assign(
            players.find((p) => p.playerId === 2002)!,
            {
              sessionId: 't2002',
              away: false,
            },
          );
          claims.push(st.claim(2002, 't2002'));
          // 3000 joins
          players.push({ playerId: 3000, sessionId: 's3000', away: false });
          claims.push(st.claim(3000, 's3000'));
        });
      };
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 60_000, maxInFlight: 2000 },
        players,
        onHeld,
      );
      const expected = players.map((p) => `${p.playerId} N ${p.sessionId} ${p.away ? 'a' : 'c'}`);
      expect(expected).toHaveLength(2500);
      expect(changedAt).toMatchObject({ inFlight: 503 + 500 });
      const admin = new Redis(r.url);
      clients.push(admin);
      let got: string[] = [];
      await waitUntil(
        async () => {
          if (s.state().inFlight !== 0) return false;
          got = await records(admin, prefix, 3001);
          return got.length >= 2500;
        },
        15_000,
        'every record',
      );
      await Promise.all(claims);
      // 2000 has none (not announced once it ended); 2001 is away, 2002 in its new session
      expect(got).toEqual(expected);
      // the heartbeat (3, and a PEXPIRE for each connected player but 2001, who went away
      // before the refresh reached it), every player listed at connect but 2000 and 2002 (their
      // claim wrote theirs) re-announced once, and the five commands of the changes
      expect(s.state().commands).toEqual({ sent: 3 + 1249 + 2498 + 5, failed: 0, refused: 0 });
      // 2001's record keeps the TTL of an away player (reconnectWindowMs, 60 s), not a
      // connected one's (nodeTtlMs + reconnectWindowMs, 120 s)
      const ttl = await admin.pttl(`${prefix}{2001}:r`);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);
    },
    60_000,
  );

  redisTool.it(
    'a re-announce that finds the gate full waits for room: 1200 players, maxInFlight 503',
    async () => {
      redis = await startRedis(redisTool.path);
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      // the connect-time heartbeat takes the whole gate (3 + 500): the re-announce goes on as
      // its commands are answered, a few players at first (the 3), then steps of 500
      const s = await openStore(redis.url, prefix, { nodeTtlMs: 60_000, maxInFlight: 503 });
      const admin = new Redis(redis.url);
      clients.push(admin);
      let got: string[] = [];
      await waitUntil(
        async () => (got = await records(admin, prefix, 1200)).length === 1200,
        15_000,
        'every record',
      );
      expect(got).toEqual(Array.from({ length: 1200 }, (_, i) => `${i} N s${i} c`));
      await waitUntil(() => s.state().inFlight === 0, 10_000, 'all answered');
      // nothing was refused: the refresh and the re-announce shared the gate as it had room
      expect(s.state().commands).toEqual({ sent: 3 + 1200 + 1200, failed: 0, refused: 0 });
    },
    30_000,
  );

  redisTool.it(
    'a re-announce cut short by a Redis that stops answering starts again, whole, when it is back',
    async () => {
      redis = await startRedis(redisTool.path);
      const r = redis;
      const prefix = `c${randomUUID().slice(0, 6)}:`;
      let once = false;
      // right after the connect-time heartbeat and the re-announce's first step are sent
      const onHeld = (): void => {
        if (once) return;
        once = true;
        queueMicrotask(() => r.pause());
      };
      const s = await openStore(
        r.url,
        prefix,
        { nodeTtlMs: 900, commandTimeoutMs: 500, maxInFlight: 1000 },
        connected(2500),
        onHeld,
      );
      try {
        await waitUntil(() => s.state().state === 'degraded', 10_000, 'the commands timed out');
      } finally {
        r.resume();
      }
      const admin = new Redis(r.url);
      clients.push(admin);
      let got: string[] = [];
      await waitUntil(
        async () => (got = await records(admin, prefix, 2500)).length === 2500,
        15_000,
        'every record',
      );
      expect(got).toEqual(Array.from({ length: 2500 }, (_, i) => `${i} N s${i} c`));
      expect(s.state()).toMatchObject({ state: 'connected', reconnects: 1 });
      expect(s.state().commands.failed).toBeGreaterThan(0);
    },
    30_000,
  );
});

/**
 * The records of players 0 to n - 1 under `prefix`, as `<id> <node> <sid> <st>`, of those
 * that have one.
 */
async function records(admin: Redis, prefix: string, n: number): Promise<string[]> {
  const p = admin.pipeline();
  for (let i = 0; i < n; i++) p.hmget(`${prefix}{${i}}:r`, 'node', 'sid', 'st');
  const res = (await p.exec()) ?? [];
  const out: string[] = [];
  res.forEach(([e, v], i) => {
    if (e !== null) throw e;
    const [node, sid, st] = v as (string | null)[];
    if (node !== null) out.push(`${i} ${node} ${sid} ${st}`);
  });
  return out;
}

/** `source command: count`, for a failure message. */
function summary(seen: readonly { cmd: string; source: string }[]): string {
  const n = new Map<string, number>();
  for (const s of seen) n.set(`${s.source} ${s.cmd}`, (n.get(`${s.source} ${s.cmd}`) ?? 0) + 1);
  return [...n].map(([k, v]) => `${k}: ${v}`).join(', ');
}

const CAPS = { maxMessages: 100, maxBytes: 100_000, ttlMs: 60_000 };

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
