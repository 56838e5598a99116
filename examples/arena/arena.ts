/**
 * startArena: the whole server, wired from leakguard's public entry points.
 *
 * Lifetimes, outermost first: the `root` scope owns the HTTP server, the monitor, the world
 * (with its NPCs and effect pools), the SessionManager and the bots; `close()` disposes it in
 * reverse order — bots stop, sessions are closed with 1001 and their scopes disposed, the world
 * and pools go, the monitor stops, the server closes — and then sweeps the manager for
 * anything still registered (with --leaky that is the leaked chat subscriptions). Nothing here
 * needs process.exit: when close() resolves no handle of ours is left and Node exits.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectionManager } from 'leakguard';
import { InstanceCounter, MemoryMonitor } from 'leakguard/monitor';
import { getPoolRegistry } from 'leakguard/pool';
import { createRedisSessionStore } from 'leakguard/fleet';
import { SessionManager, type Session, type SessionStore } from 'leakguard/realtime';
import { BotSwarm } from './bots.js';
import { forwardedClient, isSecret } from './client-address.js';
import { NOT_A_COMMAND, dispatch } from './commands.js';
import type { ArenaConfig } from './config.js';
import { Effects } from './effects.js';
import { monitoringRoutes } from './monitoring.js';
import { startNpcs } from './npcs.js';
import { KEY_PATTERN, NAME_PATTERN } from './protocol.js';
import { attachChat } from './services/chat.js';
import { attachCombat } from './services/combat.js';
import { PLAYER_SERVICES, type ServiceContext } from './services/context.js';
import { attachQuests } from './services/quests.js';
import { json, listen, staticRoutes } from './web.js';
import { World, type Player } from './world.js';

export interface Arena {
  /** http://host:port/ */
  url: string;
  port: number;
  manager: ConnectionManager;
  sessions: SessionManager;
  monitor: MemoryMonitor;
  world: World;
  /** Graceful shutdown; resolves with what it did. Idempotent. */
  close(): Promise<ShutdownReport>;
}

export interface ShutdownReport {
  /** Cleanups run by the root scope (its children's included). */
  disposed: number;
  timedOut: string[];
  /** Connections still registered after the root scope ended, disposed by `disposeAll()`. */
  leftOver: number;
  /** `manager.stats().live` at the very end (0 = nothing left registered). */
  live: number;
  /**
   * What the player services (chat, combat, quests) still held once every session had ended
   * and the bots were gone — before the world and the rest were disposed. Each of their
   * connections belongs to a player, so anything here is a leak (`--leaky`: the chat room
   * channels). Per service, kind and creation site, most first; empty when healthy.
   */
  heldAfterPlayersLeft: HeldConnections[];
}

export interface HeldConnections {
  service: string;
  kind: string;
  /** Creation site (`file:line:column`) when the leak watch sampled one, else its fingerprint. */
  site: string;
  count: number;
}

/** Live connections of the player services, grouped by service, kind and site. */
function playerServiceHoldings(manager: ConnectionManager): HeldConnections[] {
  const services = new Set<string>(PLAYER_SERVICES);
  const byServiceKind = manager.stats(0).byServiceKind;
  const out: HeldConnections[] = [];
  const sited = new Map<string, number>(); // service|kind → count with a known site
  for (const s of manager.topSites(Infinity)) {
    if (s.service === undefined || !services.has(s.service) || s.count === 0) continue;
    out.push({ service: s.service, kind: s.kind, site: s.site, count: s.count });
    const k = `${s.service}|${s.kind}`;
    sited.set(k, (sited.get(k) ?? 0) + s.count);
  }
  // Sites the leak watch does not follow (threshold off) still count, under "unknown site".
  for (const service of services)
    for (const [kind, count] of Object.entries(byServiceKind[service] ?? {})) {
      const rest = count - (sited.get(`${service}|${kind}`) ?? 0);
      if (rest > 0) out.push({ service, kind, site: 'unknown site', count: rest });
    }
  return out.sort((a, b) => b.count - a.count);
}

/**
 * Bot names per node (one name is one player fleet-wide): `bot` alone, `n2-bot` on fleet.ts's
 * `node-2`, else a letter and 4 hex digits of the node id (names are at most 16 characters).
 */
function botPrefix(node: string | null): string {
  if (node === null) return 'bot';
  const m = /^node-(\d{1,4})$/.exec(node);
  return m === null
    ? `b${createHash('sha1').update(node).digest('hex').slice(0, 4)}-bot`
    : `n${m[1] as string}-bot`;
}

/**
 * Whom the connection-attempt limit counts an upgrade against. A bot: itself (its URL names
 * it). Through our fleet's balancer (it proves itself with `balancerSecret`): the client address
 * it forwards — the socket's address is the balancer's, one for every player behind it, so one
 * client reconnecting in a loop would lock all of them out. Anyone else: its socket's address;
 * an `x-forwarded-for` without the secret is not believed.
 */
function clientKey(req: IncomingMessage, botSecret: string, balancerSecret?: string): string {
  if (isSecret(req.headers['x-arena-bot'], botSecret)) return `bot:${req.url ?? ''}`;
  return forwardedClient(req, balancerSecret) ?? req.socket.remoteAddress ?? '?';
}

/** Commands a player may send: 100 a second (bursts of 100), the rest are ignored. */
const COMMAND_LIMIT = { points: 100, durationMs: 1000 };

/** How long a name claimed by `authenticate` waits for its session to start (ms). */
const CLAIM_TTL_MS = 30_000;

export async function startArena(
  config: ArenaConfig,
  log: (line: string) => void = (l) => console.log(l),
): Promise<Arena> {
  const manager = new ConnectionManager({
    name: 'arena',
    siteThreshold: config.siteThreshold,
    // Bots are one per simulated player and churn constantly; their sites are not ours to watch.
    siteThresholds: { bots: false },
  });
  const root = manager.scope({ service: 'arena', name: 'arena' });
  const instances = new InstanceCounter();
  const botSecret = randomBytes(16).toString('hex');

  // Names are claimed by the key that first used them, until the session ends.
  const claims = new Map<string, { key: string; at: number }>();
  // With --redis-url (every node under --nodes) sessions are shared through Redis: a player
  // may resume on any node. The store connects in the background; sessions.close() closes it.
  let store: SessionStore | undefined;
  if (config.redisUrl !== undefined)
    store = await createRedisSessionStore({
      redis: config.redisUrl,
      ...(config.nodeId === undefined ? {} : { nodeId: config.nodeId }),
      keyPrefix: 'arena:',
    });
  const node = store?.nodeId ?? null;
  const sessions = new SessionManager({
    ...(store === undefined ? {} : { store }),
    manager,
    reconnectWindowMs: config.reconnectWindowMs,
    heartbeatMs: 15_000,
    outbox: { maxMessages: 500, maxBytes: 256 * 1024, ttlMs: 10 * 60_000 },
    rateLimit: {
      // No `notify`: its raw error frame would not fit the protocol (typed events with `seq`);
      // the arena tells the player itself, from `rateLimited` below.
      // Per player (its session's own bucket), wherever it connects from.
      messages: COMMAND_LIMIT,
      // Connection attempts (the default, 30 in 10 s) are counted per client: see clientKey.
      keyOf: (req) => clientKey(req, botSecret, config.balancerSecret),
    },
    authenticate: (req) => authenticate(req),
  });
  function authenticate(req: IncomingMessage): string | null {
    const url = new URL(req.url ?? '/', 'http://arena');
    if (url.pathname !== '/play') return null;
    const name = url.searchParams.get('name') ?? '';
    const key = url.searchParams.get('key') ?? '';
    if (!NAME_PATTERN.test(name) || !KEY_PATTERN.test(key)) return null;
    const claim = claims.get(name);
    if (claim !== undefined && claim.key !== key) return null; // someone else's name
    if (claim === undefined && sessions.stats().sessions >= config.maxPlayers) return null;
    claims.set(name, { key, at: Date.now() });
    return name;
  }
  /** Claims whose connection never became a session (the upgrade failed) are forgotten. */
  function sweepClaims(): number {
    let n = 0;
    const old = Date.now() - CLAIM_TTL_MS;
    for (const [name, c] of claims)
      if (c.at < old && sessions.session(name) === undefined) {
        claims.delete(name);
        n++;
      }
    return n;
  }

  const monitor = new MemoryMonitor({
    name: 'arena',
    connections: manager,
    pools: getPoolRegistry(),
    sessions,
    instances,
    minIntervalMs: config.monitorMinIntervalMs,
    maxIntervalMs: config.monitorMaxIntervalMs,
    trend: {
      bucketMs: config.trendBucketMs,
      minSpanMs: config.trendSpanMs,
      windowMs: Math.max(config.trendSpanMs * 2, config.trendBucketMs * 10),
      minGrowthBytesPerMin: config.trendMinGrowth,
    },
  });

  const world = new World({
    manager,
    tickMs: config.tickMs,
    instances,
    signalLeakThreshold: 5000,
    log,
  });
  const effects = new Effects(world);
  startNpcs(world);
  const ctx: ServiceContext = {
    manager,
    world,
    effects,
    leaky: config.leaky,
    questReminderMs: config.questReminderMs,
  };

  // --- the player lifecycle ------------------------------------------------------------
  // One registry of players, the world's (by name = the session's playerId): `who`, `tell`,
  // the NPCs and the handlers below all read it, and only joined/ended change it.
  const playerOf = (s: { playerId: unknown }): Player | undefined =>
    world.players.get(String(s.playerId));
  const quit = (p: Player): void => void sessions.kick(p.name, 'quit');
  const enterWorld = (s: Session, resumed: boolean): void => {
    const p = world.addPlayer(s);
    p.services.push(attachChat(ctx, p), attachCombat(ctx, p), attachQuests(ctx, p));
    p.send({ t: 'welcome', player: p.view(), resumed, node });
    world.enter(p);
  };
  root.connect(sessions.joined, (s) => enterWorld(s, false));
  root.connect(sessions.wentAway, (s) => {
    const p = playerOf(s);
    if (p === undefined) return;
    p.away = true;
    world.toRoom(p.room, { t: 'line', kind: 'move', text: `${p.name}'s eyes glaze over.` }, p);
    world.refresh(p.room);
  });
  root.connect(sessions.resumed, (s) => {
    const p = playerOf(s);
    // Resumed here after a move from another node (--nodes): the session (its id and what was
    // queued for it, already written) came along, the world did not — each node has its own,
    // so the player starts afresh in this node's square.
    if (p === undefined) return enterWorld(s, true);
    p.away = false;
    // The outbox was flushed before this fired: the player already has what it missed.
    p.send({ t: 'welcome', player: p.view(), resumed: true, node });
    world.toRoom(p.room, { t: 'line', kind: 'move', text: `${p.name} snaps back.` }, p);
    world.refresh(p.room);
  });
  // Fires just before the session scope (and so every service of the player) is disposed.
  root.connect(sessions.ended, (s, reason) => {
    claims.delete(String(s.playerId));
    if (reason === 'moved') log(`player ${String(s.playerId)} moved to another node`);
    const p = playerOf(s);
    if (p !== undefined && p.session === s) world.removePlayer(p);
  });
  root.connect(sessions.received, (s, msg) => {
    const p = playerOf(s);
    if (p !== undefined) dispatch(world, p, msg, quit);
  });
  // Commands over the limit never reach `message`: say so, once per window (not per command).
  root.connect(sessions.rateLimited, (s, info) => {
    if (info.dropped !== 1) return;
    const { points, durationMs } = COMMAND_LIMIT;
    playerOf(s)?.line(
      'error',
      `You are sending commands too fast: more than ${points} in ${durationMs / 1000} s are ignored. ` +
        `Try again in ${info.retryAfterMs} ms.`,
    );
  });
  // A frame that is not JSON never reaches `message`: answer it too, or the player hears nothing.
  root.connect(sessions.malformed, (m) => playerOf(m)?.line('error', NOT_A_COMMAND));

  // --- monitoring ----------------------------------------------------------------------
  root.connect(monitor.alerted, (a) => log(`alert ${a.level} ${a.key}: ${a.message}`));
  root.connect(monitor.alertCleared, (a) => log(`alert cleared ${a.key}`));
  root.connect(manager.leakSuspected, (r) =>
    log(
      `leak suspect: ${r.site} (service ${r.service ?? '-'}, ${r.kind}) ${r.count} live >= ${r.threshold}`,
    ),
  );
  root.add(monitor.addCleaner('arena.claims', () => sweepClaims()));
  root.add(monitor.addCleaner('realtime', () => sessions.sweep()));

  // --- HTTP ----------------------------------------------------------------------------
  const files = staticRoutes();
  const monitoring = monitoringRoutes({ config, manager, monitor, sessions, log });
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://arena').pathname;
    if (files(req, res, path)) return;
    if (path === '/healthz')
      return json(res, 200, { ok: true, players: world.players.size, ticks: world.ticks });
    if (monitoring.handle(req, res)) return;
    json(res, 404, { error: 'not found' });
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  root.on(server, 'upgrade', (req: IncomingMessage, socket, head: Buffer) => {
    if (new URL(req.url ?? '/', 'http://arena').pathname === '/play')
      sessions.handleUpgrade(req, socket, head);
    else socket.destroy();
  });
  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    // Port taken, host unknown…: let go of everything made so far (world, NPCs, sessions, the
    // root's subscriptions), so the caller can report it and the process ends by itself.
    manager.disposeAll();
    throw error;
  }
  // The server closes last (LIFO): idle keep-alive sockets are closed so it can finish.
  root.add(
    () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  );
  root.add(monitoring);
  root.add(monitor);
  monitor.start();
  root.add(world);
  world.start();
  // Runs after the sessions and the bots are gone (LIFO), before the world goes: the player
  // services should hold nothing by then; with --leaky this is the leak, counted per site.
  let heldAfterPlayersLeft: HeldConnections[] = [];
  root.add(() => void (heldAfterPlayersLeft = playerServiceHoldings(manager)));

  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  const url = `http://${host}:${port}/`;
  const bots = new BotSwarm({
    manager,
    url: `ws://${host}:${port}/play`,
    count: config.bots,
    thinkMs: config.botThinkMs,
    stayMs: config.botStayMs,
    secret: botSecret,
    prefix: botPrefix(node),
  });
  root.add(bots);
  // Sessions close first (LIFO): every player, bots included, gets 1001 and its scopes are
  // disposed while the world is still there; then the bots' leftovers, the world, the pools…
  root.add(() => sessions.close({ timeoutMs: config.shutdownTimeoutMs }));
  bots.start();

  let closing: Promise<ShutdownReport> | null = null;
  const close = (): Promise<ShutdownReport> =>
    (closing ??= (async () => {
      bots.stop(); // no new joins or reconnects while sessions are being closed
      const r = await root.disposeAsync({ timeoutMs: config.shutdownTimeoutMs });
      const leftOver = manager.disposeAll();
      return {
        disposed: r.disposed,
        timedOut: r.timedOut,
        leftOver,
        live: manager.stats().live,
        heldAfterPlayersLeft,
      };
    })());

  return { url, port, manager, sessions, monitor, world, close };
}
