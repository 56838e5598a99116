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
  leakThreshold: number;
  /** Longest graceful shutdown (ms). Default 5000. */
  shutdownTimeoutMs: number;
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
  leakThreshold: 1000,
  shutdownTimeoutMs: 5000,
};

/** Faster trend defaults with --leaky, so the alert shows within a few minutes. */
export const LEAKY_DEFAULTS: Partial<ArenaConfig> = {
  trendBucketMs: 15_000,
  trendSpanMs: 90_000,
  monitorMaxIntervalMs: 5000,
  leakThreshold: 500,
};

function describe(v: unknown): string {
  return `\`${String(v)}\` (${typeof v})`;
}

/** Checks a finished config; throws a TypeError naming the first bad field. */
export function validate(c: ArenaConfig): ArenaConfig {
  const int = (name: keyof ArenaConfig, min: number): void => {
    const v = c[name];
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      throw new TypeError(`Expected \`${name}\` to be an integer >= ${min}, got ${describe(v)}`);
  };
  int('port', 0);
  if (c.port > 65535)
    throw new TypeError(`Expected \`port\` to be <= 65535, got ${describe(c.port)}`);
  int('bots', 0);
  for (const k of [
    'botThinkMs',
    'botStayMs',
    'tickMs',
    'questReminderMs',
    'maxPlayers',
    'monitorMaxIntervalMs',
    'monitorMinIntervalMs',
    'trendBucketMs',
    'leakThreshold',
    'shutdownTimeoutMs',
  ] as const)
    int(k, 1);
  int('reconnectWindowMs', 0);
  int('trendSpanMs', 0);
  int('trendMinGrowth', 0);
  if (c.monitorMinIntervalMs > c.monitorMaxIntervalMs)
    throw new TypeError(
      `Expected \`monitorMinIntervalMs\` to be <= \`monitorMaxIntervalMs\` (${c.monitorMaxIntervalMs}), got ${describe(c.monitorMinIntervalMs)}`,
    );
  if (typeof c.host !== 'string' || c.host === '')
    throw new TypeError(`Expected \`host\` to be a non-empty string, got ${describe(c.host)}`);
  for (const k of ['adminToken', 'readToken'] as const) {
    const t = c[k];
    if (t !== undefined && (typeof t !== 'string' || t.length < 16))
      throw new TypeError(
        `Expected \`${k}\` to be a string of at least 16 characters, got a ${typeof t} of length ${String(t).length}`,
      );
  }
  return c;
}

export function isLoopback(host: string): boolean {
  return host === '127.0.0.1' || host === '::1' || host === 'localhost';
}
