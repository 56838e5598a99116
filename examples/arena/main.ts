/**
 * `npm start [-- flags]`: starts the arena and prints where to find it.
 *
 * Flags win over environment variables, which win over defaults. Ctrl-C (SIGINT) or SIGTERM
 * shuts down gracefully; the process then exits by itself because nothing is left running —
 * an unref'd watchdog reports the handles still open if that ever stops being true.
 */
import { randomBytes } from 'node:crypto';
import { Command, InvalidArgumentError, Option } from 'commander';
import { Scope } from 'leakguard';
import { startArena } from './arena.js';
import { DEFAULTS, LEAKY_DEFAULTS, isLoopback, validate, type ArenaConfig } from './config.js';

function integer(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isInteger(n))
    throw new InvalidArgumentError(`Expected an integer, got \`${value}\``);
  return n;
}

const env = process.env;
const program = new Command('arena')
  .description('leakguard arena: a small multiplayer text game (MUD) over WebSocket')
  .addOption(new Option('--host <host>', 'interface to listen on').env('ARENA_HOST'))
  .addOption(
    new Option('--port <n>', 'TCP port (0 = any free port)').env('ARENA_PORT').argParser(integer),
  )
  .addOption(new Option('--bots <n>', 'simulated players').env('ARENA_BOTS').argParser(integer))
  .addOption(
    // Not .env(): commander sets a boolean flag whenever its variable exists, even to "0".
    new Option('--leaky', 'switch on the deliberately leaking chat subsystem (env ARENA_LEAKY=1)'),
  )
  .addOption(
    new Option('--admin-token <token>', 'admin bearer token (generated when absent)').env(
      'ARENA_ADMIN_TOKEN',
    ),
  )
  .addOption(
    new Option('--read-token <token>', 'read-only token for the dashboard and /metrics').env(
      'ARENA_READ_TOKEN',
    ),
  )
  .option('--tick-ms <ms>', 'world tick period', integer)
  .option('--bot-think-ms <ms>', "mean time between a bot's actions", integer)
  .option('--bot-stay-ms <ms>', 'mean time a bot stays', integer)
  .option('--reconnect-window-ms <ms>', "how long a dropped player's session waits", integer)
  .option('--quest-reminder-ms <ms>', 'quest reminder period', integer)
  .option('--max-players <n>', 'most sessions at once', integer)
  .option('--monitor-interval-ms <ms>', 'monitor sampling interval when calm', integer)
  .option('--monitor-min-interval-ms <ms>', 'monitor sampling interval under pressure', integer)
  .option('--trend-bucket-ms <ms>', 'trend detection bucket', integer)
  .option('--trend-span-ms <ms>', 'least time of heap growth before a trend alert', integer)
  .option('--trend-min-growth <bytes>', 'least heap growth per minute called a leak', integer)
  .option(
    '--leak-threshold <n>',
    'live connections from one site that make it a leak suspect',
    integer,
  )
  .option('--shutdown-timeout-ms <ms>', 'longest graceful shutdown', integer)
  .showHelpAfterError();
program.parse();
const o = program.opts<Record<string, unknown>>();

// An empty value (`ARENA_ADMIN_TOKEN=`) counts as unset.
const pick = <K extends keyof ArenaConfig>(key: K, flag: unknown): ArenaConfig[K] | undefined =>
  flag === undefined || flag === '' ? undefined : (flag as ArenaConfig[K]);
const leaky = o.leaky === true || /^(1|true|yes|on)$/i.test(env.ARENA_LEAKY ?? '');
const base: ArenaConfig = { ...DEFAULTS, ...(leaky ? LEAKY_DEFAULTS : {}) };
const envPort =
  env.ARENA_PORT === undefined && env.PORT !== undefined ? integer(env.PORT) : undefined;
const config = loadConfig();
function loadConfig(): ArenaConfig {
  try {
    return validate({
      ...base,
      leaky,
      host: pick('host', o.host) ?? base.host,
      port: pick('port', o.port) ?? envPort ?? base.port,
      bots: pick('bots', o.bots) ?? base.bots,
      adminToken: pick('adminToken', o.adminToken) ?? base.adminToken,
      readToken: pick('readToken', o.readToken) ?? base.readToken,
      tickMs: pick('tickMs', o.tickMs) ?? base.tickMs,
      botThinkMs: pick('botThinkMs', o.botThinkMs) ?? base.botThinkMs,
      botStayMs: pick('botStayMs', o.botStayMs) ?? base.botStayMs,
      reconnectWindowMs: pick('reconnectWindowMs', o.reconnectWindowMs) ?? base.reconnectWindowMs,
      questReminderMs: pick('questReminderMs', o.questReminderMs) ?? base.questReminderMs,
      maxPlayers: pick('maxPlayers', o.maxPlayers) ?? base.maxPlayers,
      monitorMaxIntervalMs:
        pick('monitorMaxIntervalMs', o.monitorIntervalMs) ?? base.monitorMaxIntervalMs,
      monitorMinIntervalMs:
        pick('monitorMinIntervalMs', o.monitorMinIntervalMs) ??
        Math.min(
          base.monitorMinIntervalMs,
          (o.monitorIntervalMs as number | undefined) ?? Infinity,
        ),
      trendBucketMs: pick('trendBucketMs', o.trendBucketMs) ?? base.trendBucketMs,
      trendSpanMs: pick('trendSpanMs', o.trendSpanMs) ?? base.trendSpanMs,
      trendMinGrowth: pick('trendMinGrowth', o.trendMinGrowth) ?? base.trendMinGrowth,
      leakThreshold: pick('leakThreshold', o.leakThreshold) ?? base.leakThreshold,
      shutdownTimeoutMs: pick('shutdownTimeoutMs', o.shutdownTimeoutMs) ?? base.shutdownTimeoutMs,
    });
  } catch (error) {
    return program.error(`error: ${(error as Error).message}`, { exitCode: 2 });
  }
}

let generated = false;
if (config.adminToken === undefined) {
  config.adminToken = randomBytes(24).toString('base64url');
  generated = true;
}

const log = (line: string): void => console.log(`[arena] ${line}`);
const arena = await startArena(config, log);
const u = arena.url;
console.log(`leakguard arena is running${config.leaky ? ' (LEAKY: the chat service leaks on purpose)' : ''}
  game:       ${u}
  dashboard:  ${u}monitoring/
  metrics:    ${u}metrics
  bots:       ${config.bots}`);
if (generated)
  console.log(
    `  admin token (generated, shown once; set ARENA_ADMIN_TOKEN to choose one): ${config.adminToken}`,
  );
if (config.readToken === undefined && !isLoopback(config.host))
  console.log('  reads need the admin token (not on loopback and no --read-token)');
console.log('Press Ctrl-C to stop.');

// Signal handlers are resources too: owned by a scope, removed once the shutdown is done.
const signals = new Scope({ name: 'signals' });
let stopping = false;
const shutdown = async (signal: string): Promise<void> => {
  if (stopping) return;
  stopping = true;
  log(`${signal}: shutting down`);
  const watchdog = setTimeout(() => {
    log(
      `still running ${config.shutdownTimeoutMs * 3} ms after shutdown; open handles: ${process.getActiveResourcesInfo().join(', ')}`,
    );
    process.exit(1);
  }, config.shutdownTimeoutMs * 3);
  watchdog.unref();
  try {
    const r = await arena.close();
    log(
      `shutdown complete: ${r.disposed} cleanups, ${r.leftOver} left-over connections disposed, ` +
        `${r.live} live, ${r.timedOut.length} timed out`,
    );
    process.exitCode = r.timedOut.length === 0 && r.live === 0 ? 0 : 1;
  } catch (error) {
    log(`shutdown failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exitCode = 1;
  }
  signals.dispose();
};
signals.on(process, 'SIGINT', () => void shutdown('SIGINT'));
signals.on(process, 'SIGTERM', () => void shutdown('SIGTERM'));
