/**
 * The arena's command line: every knob's flag, environment variable and default, parsed into
 * an ArenaConfig. A flag wins over its variable, which wins over the default; an empty
 * variable (`ARENA_BOTS=`) counts as unset. Messages name what the user typed (`--tick-ms`,
 * `ARENA_BOTS`, `PORT`), never a config field, fit on one line, and usage errors exit with 2.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import {
  DEFAULTS,
  LEAKY_DEFAULTS,
  LIMITS,
  MAX_NODES,
  MIN_TOKEN_LENGTH,
  NODE_ID_PATTERN,
  isRedisUrl,
  expectedInteger,
  validate,
  type ArenaConfig,
} from './config.js';

/** Exit code of every usage error (bad flag, bad variable), as sysexits' EX_USAGE-ish 2. */
export const USAGE_EXIT_CODE = 2;

interface Knob {
  key: keyof ArenaConfig;
  flags: string;
  env?: string;
  help: string;
  /** Shown instead of the default value. */
  defaultText?: string;
}

const KNOBS: readonly Knob[] = [
  { key: 'host', flags: '--host <host>', env: 'ARENA_HOST', help: 'interface to listen on' },
  {
    key: 'port',
    flags: '--port <n>',
    env: 'ARENA_PORT',
    help: 'TCP port, 0 = any free port (PORT is read when ARENA_PORT is unset)',
  },
  { key: 'bots', flags: '--bots <n>', env: 'ARENA_BOTS', help: 'simulated players' },
  {
    key: 'adminToken',
    flags: '--admin-token <token>',
    env: 'ARENA_ADMIN_TOKEN',
    help: `admin bearer token, at least ${MIN_TOKEN_LENGTH} characters`,
    defaultText: 'generated and printed once',
  },
  {
    key: 'readToken',
    flags: '--read-token <token>',
    env: 'ARENA_READ_TOKEN',
    help: 'read-only token for the dashboard and /metrics',
    defaultText: 'none: reads are public on loopback, else need the admin token',
  },
  { key: 'tickMs', flags: '--tick-ms <ms>', help: 'world tick period' },
  { key: 'botThinkMs', flags: '--bot-think-ms <ms>', help: "mean time between a bot's actions" },
  { key: 'botStayMs', flags: '--bot-stay-ms <ms>', help: 'mean time a bot stays' },
  {
    key: 'reconnectWindowMs',
    flags: '--reconnect-window-ms <ms>',
    help: "how long a dropped player's session waits",
  },
  { key: 'questReminderMs', flags: '--quest-reminder-ms <ms>', help: 'quest reminder period' },
  { key: 'maxPlayers', flags: '--max-players <n>', help: 'most sessions at once' },
  {
    key: 'monitorMaxIntervalMs',
    flags: '--monitor-interval-ms <ms>',
    help: 'monitor sampling interval when calm',
  },
  {
    key: 'monitorMinIntervalMs',
    flags: '--monitor-min-interval-ms <ms>',
    help: 'monitor sampling interval under pressure',
    defaultText: `${DEFAULTS.monitorMinIntervalMs}, or --monitor-interval-ms when smaller`,
  },
  { key: 'trendBucketMs', flags: '--trend-bucket-ms <ms>', help: 'trend detection bucket' },
  {
    key: 'trendSpanMs',
    flags: '--trend-span-ms <ms>',
    help: 'least time of heap growth before a trend alert',
  },
  {
    key: 'trendMinGrowth',
    flags: '--trend-min-growth <bytes>',
    help: 'least heap growth per minute called a leak',
  },
  {
    key: 'siteThreshold',
    flags: '--site-threshold <n>',
    help: 'live connections from one site that make it a leak suspect',
  },
  {
    key: 'shutdownTimeoutMs',
    flags: '--shutdown-timeout-ms <ms>',
    help: 'longest graceful shutdown',
  },
  {
    key: 'nodes',
    flags: '--nodes <n>',
    env: 'ARENA_NODES',
    help: `arena nodes behind a loopback balancer on --port, sharing sessions through Redis (at most ${MAX_NODES})`,
  },
  {
    key: 'redisUrl',
    flags: '--redis-url <url>',
    env: 'ARENA_REDIS_URL',
    help: 'Redis for the shared session store (redis://host:port)',
    defaultText: 'none; with --nodes >= 2 a redis-server is started on a free loopback port',
  },
  {
    key: 'nodeId',
    flags: '--node-id <id>',
    env: 'ARENA_NODE_ID',
    help: "this node's id in the fleet",
    defaultText: 'node-1, node-2… under --nodes; else the store picks one',
  },
];

const LEAKY_WORDS = { on: ['1', 'true', 'yes', 'on'], off: ['0', 'false', 'no', 'off'] };

/** Env only (no flag): set by fleet.ts for its nodes, see ArenaConfig.balancerSecret. */
const BALANCER_SECRET_ENV = 'ARENA_BALANCER_SECRET';

const ENV_HELP = `
Environment variables (a flag wins over its variable; an empty variable counts as unset):
  ARENA_HOST, ARENA_PORT, ARENA_BOTS, ARENA_ADMIN_TOKEN, ARENA_READ_TOKEN,
  ARENA_NODES, ARENA_REDIS_URL, ARENA_NODE_ID
                 as the flags above
  PORT           the TCP port when ARENA_PORT is unset (as hosting platforms set it)
  ARENA_LEAKY    ${LEAKY_WORDS.on.join('/')} switches on --leaky, ${LEAKY_WORDS.off.join('/')} leaves it off
  ${BALANCER_SECRET_ENV}
                 set by --nodes for its nodes: an upgrade carrying it in x-arena-balancer is
                 rate-limited by its x-forwarded-for (at least ${MIN_TOKEN_LENGTH} characters)`;

function defaultText(k: Knob): string {
  if (k.defaultText !== undefined) return k.defaultText;
  const leaky = LEAKY_DEFAULTS[k.key];
  return `${String(DEFAULTS[k.key])}${leaky === undefined ? '' : `; ${String(leaky)} with --leaky`}`;
}

/** Parses and range-checks a knob's value; commander names the flag or variable it came from. */
function parserFor(k: Knob): (value: string) => unknown {
  if (LIMITS[k.key] !== undefined) {
    const { min, max = Infinity } = LIMITS[k.key] ?? { min: 0 };
    return (value) => {
      const n = Number(value);
      if (value.trim() === '' || !Number.isInteger(n) || n < min || n > max)
        throw new InvalidArgumentError(`Expected ${expectedInteger(k.key)}.`);
      return n;
    };
  }
  if (k.key === 'adminToken' || k.key === 'readToken')
    return (value) => {
      if (value.length < MIN_TOKEN_LENGTH)
        throw new InvalidArgumentError(
          `Expected at least ${MIN_TOKEN_LENGTH} characters, got ${value.length}.`,
        );
      return value;
    };
  if (k.key === 'redisUrl')
    return (value) => {
      if (!isRedisUrl(value))
        throw new InvalidArgumentError('Expected a redis:// or rediss:// URL with a host.');
      return value;
    };
  if (k.key === 'nodeId')
    return (value) => {
      if (!NODE_ID_PATTERN.test(value))
        throw new InvalidArgumentError("Expected 1 to 64 letters, digits, '.', '_' or '-'.");
      return value;
    };
  return (value) => {
    if (value.trim() === '') throw new InvalidArgumentError('Expected a non-empty value.');
    return value;
  };
}

/**
 * Reads the command line and the environment. Prints usage errors as one line and exits with
 * USAGE_EXIT_CODE; `--help` prints every flag with its default and variable, and exits 0.
 */
export function parseCommandLine(argv: readonly string[] = process.argv): ArenaConfig {
  const env = process.env;
  // commander reads process.env itself: an empty variable is dropped so it counts as unset.
  for (const name of [
    ...KNOBS.flatMap((k) => k.env ?? []),
    'PORT',
    'ARENA_LEAKY',
    BALANCER_SECRET_ENV,
  ])
    if (env[name] === '') delete env[name];

  const program = new Command('arena')
    .description('leakguard arena: a small multiplayer text game (MUD) over WebSocket')
    .configureOutput({
      // commander's own errors can span lines ("(Did you mean --bots?)"): keep them on one.
      outputError: (text, write) => write(`${text.trim().replace(/\s*\n\s*/g, ' ')}\n`),
    })
    .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : USAGE_EXIT_CODE))
    .addHelpText('after', ENV_HELP);
  const options = new Map<keyof ArenaConfig, Option>();
  for (const k of KNOBS) {
    const option = new Option(k.flags, `${k.help} (default: ${defaultText(k)})`).argParser(
      parserFor(k),
    );
    if (k.env !== undefined) option.env(k.env);
    options.set(k.key, option);
    program.addOption(option);
  }
  // Not .env(): commander sets a boolean flag whenever its variable exists, even to "0".
  program.option('--leaky', 'switch on the deliberately leaking chat subsystem (env ARENA_LEAKY)');
  program.parse(argv);

  const usage = (message: string): never =>
    program.error(`error: ${message}`, { exitCode: USAGE_EXIT_CODE });
  const opts = program.opts<Record<string, unknown>>();
  const given = (key: keyof ArenaConfig): unknown => {
    const o = options.get(key);
    return o === undefined ? undefined : opts[o.attributeName()];
  };

  const leakyEnv = (env.ARENA_LEAKY ?? '').toLowerCase();
  if (leakyEnv !== '' && ![...LEAKY_WORDS.on, ...LEAKY_WORDS.off].includes(leakyEnv))
    usage(
      `ARENA_LEAKY='${env.ARENA_LEAKY}' is invalid. Expected ${[...LEAKY_WORDS.on, ...LEAKY_WORDS.off].join(', ')}.`,
    );
  const leaky = opts.leaky === true || LEAKY_WORDS.on.includes(leakyEnv);

  // PORT (what hosting platforms set) when neither --port nor ARENA_PORT is given.
  const portOption = options.get('port') as Option;
  let portFromPORT: number | undefined;
  if (given('port') === undefined && env.PORT !== undefined) {
    try {
      portFromPORT = parserFor(KNOBS.find((k) => k.key === 'port') as Knob)(env.PORT) as number;
    } catch (error) {
      usage(
        `option '${portOption.flags}' value '${env.PORT}' from env 'PORT' is invalid. ${(error as Error).message}`,
      );
    }
  }

  const base: ArenaConfig = { ...DEFAULTS, ...(leaky ? LEAKY_DEFAULTS : {}) };
  const config: ArenaConfig = { ...base, leaky };
  for (const k of KNOBS) {
    const v = given(k.key);
    if (v !== undefined) (config as unknown as Record<string, unknown>)[k.key] = v;
  }
  if (portFromPORT !== undefined) config.port = portFromPORT;
  const balancerSecret = env[BALANCER_SECRET_ENV];
  if (balancerSecret !== undefined) {
    if (balancerSecret.length < MIN_TOKEN_LENGTH)
      usage(
        `${BALANCER_SECRET_ENV} is invalid. Expected at least ${MIN_TOKEN_LENGTH} characters, got ${balancerSecret.length}.`,
      );
    config.balancerSecret = balancerSecret;
  }
  if (given('monitorMinIntervalMs') === undefined)
    config.monitorMinIntervalMs = Math.min(base.monitorMinIntervalMs, config.monitorMaxIntervalMs);

  /** `--tick-ms`, or the variable it came from. */
  const nameOf = (key: keyof ArenaConfig): string => {
    if (key === 'port' && portFromPORT !== undefined) return '`PORT`';
    if (key === 'balancerSecret') return `\`${BALANCER_SECRET_ENV}\``;
    const o = options.get(key);
    if (o === undefined) return `\`${key}\``;
    const source = program.getOptionValueSource(o.attributeName());
    return `\`${source === 'env' && o.envVar !== undefined ? o.envVar : (o.long ?? o.flags)}\``;
  };
  try {
    return validate(config, nameOf);
  } catch (error) {
    return usage((error as Error).message);
  }
}

/**
 * The command line that gives another arena process exactly `config` (fleet.ts starts its
 * nodes with it): every knob as its flag, except the tokens and the balancer's secret, which go
 * in the environment so that they do not show in `ps`.
 */
export function commandLineFor(config: ArenaConfig): {
  args: string[];
  env: Record<string, string>;
} {
  const args: string[] = [];
  const env: Record<string, string> = {};
  for (const k of KNOBS) {
    const v = config[k.key];
    if (v === undefined) continue;
    if (k.key === 'adminToken' || k.key === 'readToken') env[k.env as string] = String(v);
    else args.push(k.flags.split(' ')[0] as string, String(v));
  }
  if (config.leaky) args.push('--leaky');
  if (config.balancerSecret !== undefined) env[BALANCER_SECRET_ENV] = config.balancerSecret;
  return { args, env };
}
