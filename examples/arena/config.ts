/**
 * The arena's configuration: every knob with its default and unit, read from flags (main.ts)
 * or the environment, validated once with the project's exact messages.
 */

export interface ArenaConfig {
  /** Interface to listen on. Default `127.0.0.1` (env ARENA_HOST). */
  host: string;
  /** TCP port; 0 picks a free one. Default 8080 (env ARENA_PORT or PORT). */
  port: number;
  /** Simulated players. Default 50 (env ARENA_BOTS). */
  bots: number;
  /** Mean time between a bot's actions (ms). Default 2500. */
  botThinkMs: number;
  /** Mean time a bot stays before it quits or drops (ms). Default 60000. */
  botStayMs: number;
  /** Switch on the deliberately leaking chat subsystem. Default false (env ARENA_LEAKY=1). */
  leaky: boolean;
  /** Admin bearer token (env ARENA_ADMIN_TOKEN). Generated and printed once when absent. */
  adminToken: string | undefined;
  /**
   * Read-only token for the dashboard and /metrics (env ARENA_READ_TOKEN). When absent, reads
   * are public if the arena listens on loopback, and need the admin token otherwise.
   */
  readToken: string | undefined;
  /** World tick period (ms). Default 500. */
  tickMs: number;
  /** How long a dropped player's session waits for it (ms). Default 120000. */
  reconnectWindowMs: number;
  /** Quest reminder period (ms). Default 60000. */
  questReminderMs: number;
  /** Most sessions at once (connected + away). Default 1000. */
  maxPlayers: number;
  /** Monitor sampling interval when calm / under pressure (ms). Defaults 10000 / 2000. */
  monitorMaxIntervalMs: number;
  monitorMinIntervalMs: number;
  /** Trend detection bucket (ms) and least span (ms). Defaults 60000 / 300000. */
  trendBucketMs: number;
  trendSpanMs: number;
  /** Least heap growth the trend calls a leak (bytes per minute). Default 524288. */
  trendMinGrowth: number;
  /** Live connections from one site that make it a leak suspect. Default 1000. */
  siteThreshold: number;
  /** Longest graceful shutdown (ms). Default 5000. */
  shutdownTimeoutMs: number;
  /**
   * Arena nodes behind a loopback balancer on `port` (fleet.ts). Default 1: one process, no
   * Redis, no balancer — the plain arena. 2 or more also start a redis-server unless `redisUrl`
   * is given (env ARENA_NODES).
   */
  nodes: number;
  /**
   * Redis for the shared session store (`redis://host:port`). Default none: with one node,
   * sessions stay in memory; with `nodes` >= 2, a redis-server is started on a free loopback
   * port (env ARENA_REDIS_URL).
   */
  redisUrl: string | undefined;
  /**
   * This node's id in the fleet, shown on its dashboard and in the 4001 `moved to <node>`
   * reason. Default: fleet.ts names its nodes `node-1`, `node-2`…; one node with `redisUrl` and
   * no id gets the store's default `<hostname>-<pid>-<random>` (env ARENA_NODE_ID).
   */
  nodeId: string | undefined;
  /**
   * The secret by which a node knows its fleet's balancer (env ARENA_BALANCER_SECRET, no flag;
   * fleet.ts makes one per fleet and gives it to its nodes). An upgrade that carries it in
   * `x-arena-balancer` is rate-limited by the client address in its `x-forwarded-for` instead of
   * by the address it came from, which behind the balancer is the balancer's, the same for all;
   * a monitoring admin request that carries it is audit-logged with that client address.
   * Default none: `x-forwarded-for` is never believed.
   */
  balancerSecret: string | undefined;
}

export const DEFAULTS: ArenaConfig = {
  host: '127.0.0.1',
  port: 8080,
  bots: 50,
  botThinkMs: 2500,
  botStayMs: 60_000,
  leaky: false,
  adminToken: undefined,
  readToken: undefined,
  tickMs: 500,
  reconnectWindowMs: 120_000,
  questReminderMs: 60_000,
  maxPlayers: 1000,
  monitorMaxIntervalMs: 10_000,
  monitorMinIntervalMs: 2000,
  trendBucketMs: 60_000,
  trendSpanMs: 300_000,
  trendMinGrowth: 512 * 1024,
  siteThreshold: 1000,
  shutdownTimeoutMs: 5000,
  nodes: 1,
  redisUrl: undefined,
  nodeId: undefined,
  balancerSecret: undefined,
};

/** Faster trend defaults with --leaky, so the alert shows within a few minutes. */
export const LEAKY_DEFAULTS: Partial<ArenaConfig> = {
  trendBucketMs: 15_000,
  trendSpanMs: 90_000,
  monitorMaxIntervalMs: 5000,
  siteThreshold: 500,
};

function describe(v: unknown): string {
  return `\`${String(v)}\` (${typeof v})`;
}

/** Most arena nodes one `--nodes` starts: each is a whole Node process on this machine. */
export const MAX_NODES = 16;

/** The least (and, for the port and nodes, largest) value of each integer knob. */
export const LIMITS: Partial<Record<keyof ArenaConfig, { min: number; max?: number }>> = {
  port: { min: 0, max: 65535 },
  bots: { min: 0 },
  botThinkMs: { min: 1 },
  botStayMs: { min: 1 },
  tickMs: { min: 1 },
  reconnectWindowMs: { min: 0 },
  questReminderMs: { min: 1 },
  maxPlayers: { min: 1 },
  monitorMaxIntervalMs: { min: 1 },
  monitorMinIntervalMs: { min: 1 },
  trendBucketMs: { min: 1 },
  trendSpanMs: { min: 0 },
  trendMinGrowth: { min: 0 },
  siteThreshold: { min: 1 },
  shutdownTimeoutMs: { min: 1 },
  nodes: { min: 1, max: MAX_NODES },
};

/** Tokens shorter than this are refused. */
export const MIN_TOKEN_LENGTH = 16;

/** What an integer knob accepts, for messages: `an integer >= 1`, `an integer from 0 to 65535`. */
export function expectedInteger(key: keyof ArenaConfig): string {
  const l = LIMITS[key] ?? { min: 0 };
  return l.max === undefined ? `an integer >= ${l.min}` : `an integer from ${l.min} to ${l.max}`;
}

/**
 * Checks a finished config; throws a TypeError naming the first bad field. `nameOf` says how
 * to name a field in the message: main.ts passes the flag or variable the user typed
 * (`--tick-ms`, `ARENA_BOTS`), since `tickMs` means nothing on a command line.
 */
export function validate(
  c: ArenaConfig,
  nameOf: (key: keyof ArenaConfig) => string = (k) => `\`${k}\``,
): ArenaConfig {
  for (const [key, l] of Object.entries(LIMITS) as [
    keyof ArenaConfig,
    { min: number; max?: number },
  ][]) {
    const v = c[key];
    if (
      typeof v !== 'number' ||
      !Number.isInteger(v) ||
      v < l.min ||
      (l.max !== undefined && v > l.max)
    )
      throw new TypeError(
        `Expected ${nameOf(key)} to be ${expectedInteger(key)}, got ${describe(v)}`,
      );
  }
  if (c.monitorMinIntervalMs > c.monitorMaxIntervalMs)
    throw new TypeError(
      `Expected ${nameOf('monitorMinIntervalMs')} to be <= ${nameOf('monitorMaxIntervalMs')} (${c.monitorMaxIntervalMs}), got ${describe(c.monitorMinIntervalMs)}`,
    );
  if (typeof c.host !== 'string' || c.host === '')
    throw new TypeError(
      `Expected ${nameOf('host')} to be a non-empty string, got ${describe(c.host)}`,
    );
  for (const k of ['adminToken', 'readToken', 'balancerSecret'] as const) {
    const t = c[k];
    if (t !== undefined && (typeof t !== 'string' || t.length < MIN_TOKEN_LENGTH))
      throw new TypeError(
        `Expected ${nameOf(k)} to be a string of at least ${MIN_TOKEN_LENGTH} characters, got a ${typeof t} of length ${String(t).length}`,
      );
  }
  if (c.nodes > 1 && !isLoopback(c.host))
    throw new TypeError(
      `Expected ${nameOf('host')} to be a loopback address with ${nameOf('nodes')} > 1 (the balancer is a local demo), got ${describe(c.host)}`,
    );
  if (c.redisUrl !== undefined && !isRedisUrl(c.redisUrl))
    throw new TypeError(
      `Expected ${nameOf('redisUrl')} to be a redis:// or rediss:// URL with a host, got ${describe(c.redisUrl)}`,
    );
  if (c.nodeId !== undefined && (typeof c.nodeId !== 'string' || !NODE_ID_PATTERN.test(c.nodeId)))
    throw new TypeError(
      `Expected ${nameOf('nodeId')} to be 1 to 64 letters, digits, '.', '_' or '-', got ${describe(c.nodeId)}`,
    );
  return c;
}

/** Node ids: short and printable, since they end up in close reasons (at most 123 bytes). */
export const NODE_ID_PATTERN = /^[A-Za-z0-9._-]{1,64}$/;

export function isRedisUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    const u = new URL(v);
    return (u.protocol === 'redis:' || u.protocol === 'rediss:') && u.hostname !== '';
  } catch {
    return false;
  }
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}
