/**
 * `npm start` as a user meets it: the built arena in a child process, started with a taken
 * port, bad flags and bad variables. Each failure is one line naming what the user typed, with
 * no stack; usage errors exit 2, a failed start exits 1 (by itself: nothing is left running);
 * `--help` shows every default and the variables, PORT included.
 */
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildArena } from './support/build.js';
import { cleanup, runArenaToExit, type ArenaExit } from './support/harness.js';

let blocker: Server | undefined;
const logDir = mkdtempSync(join(tmpdir(), 'arena-loads-'));
afterAll(async () => {
  await cleanup();
  rmSync(logDir, { recursive: true, force: true });
  await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
});

/** A port on 127.0.0.1 that something else already listens on. */
async function takenPort(): Promise<number> {
  blocker = createServer();
  await new Promise<void>((resolve) => blocker?.listen(0, '127.0.0.1', resolve));
  return (blocker.address() as { port: number }).port;
}

/** Every non-empty line of stdout and stderr. */
const lines = (r: ArenaExit): string[] =>
  `${r.stdout}\n${r.stderr}`.split('\n').filter((l) => l.trim() !== '');

/** One line, on stderr, no stack trace, no internal field name. */
function expectOneLine(r: ArenaExit, code: number, re: RegExp): string {
  const all = lines(r);
  expect(all, all.join('\n')).toHaveLength(1);
  expect(r.stderr.trim()).toBe(all[0]);
  expect(r.code, all.join('\n')).toBe(code);
  expect(all[0]).toMatch(re);
  expect(all[0]).not.toMatch(/\bat .*:\d+:\d+|EADDRINUSE|Error:/);
  expect(all[0]).not.toMatch(/`(bots|port|tickMs|monitorMinIntervalMs|monitorMaxIntervalMs)`/);
  return all[0] as string;
}

describe('npm start, when something is wrong', () => {
  it('a taken port (--port or PORT): one line naming the port and --port, exit 1', async () => {
    const port = await takenPort();
    const [viaFlag, viaPORT] = await Promise.all([
      runArenaToExit(['--bots', '0', '--port', String(port)]),
      runArenaToExit(['--bots', '0'], { PORT: String(port) }),
    ]);
    for (const r of [viaFlag, viaPORT])
      expectOneLine(
        r,
        1,
        new RegExp(
          `^error: port ${port} on 127\\.0\\.0\\.1 is already in use; .*--port <n>.*--port 0`,
        ),
      );
  });

  it('bad values from flags and variables: one line naming the flag or variable, exit 2', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [
        [],
        { PORT: 'abc' },
        /^error: option '--port <n>' value 'abc' from env 'PORT' is invalid\. Expected an integer from 0 to 65535\.$/,
      ],
      [[], { PORT: '70000' }, /'PORT'.*from 0 to 65535/],
      [
        ['--bots', 'abc'],
        {},
        /^error: option '--bots <n>' argument 'abc' is invalid\. Expected an integer >= 0\.$/,
      ],
      [
        ['--tick-ms', '0'],
        {},
        /^error: option '--tick-ms <ms>' argument '0' is invalid\. Expected an integer >= 1\.$/,
      ],
      [
        [],
        { ARENA_BOTS: '-1' },
        /^error: option '--bots <n>' value '-1' from env 'ARENA_BOTS' is invalid\. Expected an integer >= 0\.$/,
      ],
      [[], { ARENA_LEAKY: 'maybe' }, /^error: ARENA_LEAKY='maybe' is invalid\. Expected 1, true, /],
      [
        [],
        { ARENA_BALANCER_SECRET: 'short' },
        /^error: ARENA_BALANCER_SECRET is invalid\. Expected at least 16 characters, got 5\.$/,
      ],
      [
        ['--monitor-interval-ms', '1000', '--monitor-min-interval-ms', '2000'],
        {},
        /^error: Expected `--monitor-min-interval-ms` to be <= `--monitor-interval-ms` \(1000\), got `2000`/,
      ],
      [
        ['--admin-token', 'short'],
        {},
        /^error: option '--admin-token <token>' argument 'short' is invalid\. Expected at least 16 characters, got 5\.$/,
      ],
      [['--bot', '3'], {}, /^error: unknown option '--bot' \(Did you mean --bots\?\)$/],
      [
        ['--nodes', '0'],
        {},
        /^error: option '--nodes <n>' argument '0' is invalid\. Expected an integer from 1 to 16\.$/,
      ],
      [[], { ARENA_NODES: '17' }, /^error: option '--nodes <n>' value '17' from env 'ARENA_NODES'/],
      [
        ['--nodes', '2', '--redis-url', 'http://127.0.0.1:6379'],
        {},
        /^error: option '--redis-url <url>' argument 'http:\/\/127\.0\.0\.1:6379' is invalid\. Expected a redis:\/\/ or rediss:\/\/ URL with a host\.$/,
      ],
      [
        [],
        { ARENA_REDIS_URL: 'localhost:6379' },
        /^error: option '--redis-url <url>' value 'localhost:6379' from env 'ARENA_REDIS_URL' is invalid/,
      ],
      [
        ['--nodes', '2', '--host', '0.0.0.0'],
        {},
        /^error: Expected `--host` to be a loopback address with `--nodes` > 1 \(the balancer is a local demo\), got `0\.0\.0\.0`/,
      ],
      [
        ['--node-id', 'a b'],
        {},
        /^error: option '--node-id <id>' argument 'a b' is invalid\. Expected 1 to 64 letters/,
      ],
    ];
    // runArenaToExit runs two at a time (each child loads the whole arena): the test's time
    // is that of ~5 children one after the other, each bounded by its own deadline.
    const results = await Promise.all(cases.map(([args, env]) => runArenaToExit(args, env)));
    results.forEach((r, i) => expectOneLine(r, 2, (cases[i] as (typeof cases)[number])[2]));
  }, 90_000);

  it('an empty variable counts as unset; a flag wins over its variable', async () => {
    const port = await takenPort();
    // ARENA_BOTS= is ignored, --port beats ARENA_PORT=abc (never parsed): the taken port it is.
    const r = await runArenaToExit(['--port', String(port)], { ARENA_BOTS: '', ARENA_PORT: '1' });
    expectOneLine(r, 1, new RegExp(`port ${port} .*in use`));
  });
});

it('--help lists every flag with its default, and the environment variables with PORT', async () => {
  const r = await runArenaToExit(['--help']);
  expect(r.code, r.stderr).toBe(0);
  const help = r.stdout;
  const flagLines = help.split('\n').filter((l) => /^\s+--[a-z-]+/.test(l) && !/--help/.test(l));
  expect(flagLines.length).toBeGreaterThanOrEqual(22);
  // Options are wrapped over several lines: every option's block carries a default.
  const blocks = help
    .slice(help.indexOf('Options:'), help.indexOf('Environment variables'))
    .split(/\n(?=\s{2}-)/)
    .filter((b) => /^\s+--/.test(b) && !/^\s+(-h, --help|--leaky)\s/.test(b));
  expect(blocks.length).toBe(21);
  for (const b of blocks) expect(b.replace(/\s+/g, ' ')).toMatch(/\(default: [^)]+\)/);
  const flat = help.replace(/\s+/g, ' ');
  expect(flat).toMatch(/--bots <n> simulated players \(default: 50\) \(env: ARENA_BOTS\)/);
  expect(flat).toMatch(/--port <n> .*\(default: 8080\) \(env: ARENA_PORT\)/);
  expect(flat).toMatch(/--trend-bucket-ms <ms> .*\(default: 60000; 15000 with --leaky\)/);
  expect(flat).toMatch(/--nodes <n> .*\(default: 1\) \(env: ARENA_NODES\)/);
  expect(flat).toMatch(/--redis-url <url> .*\(env: ARENA_REDIS_URL\)/);
  expect(flat).toMatch(/PORT the TCP port when ARENA_PORT is unset/);
  expect(flat).toMatch(/ARENA_LEAKY 1\/true\/yes\/on switches on --leaky/);
  expect(flat).toMatch(/ARENA_BALANCER_SECRET set by --nodes for its nodes: /);
});

/**
 * Node's flags that make a child append the URL of every file it loads through the ES module
 * loader to $ARENA_LOAD_LOG (a `load` hook registered by `--import`, before main.js runs).
 */
const RECORD_LOADS = [
  '--import',
  `data:text/javascript,${encodeURIComponent(
    `import { register } from 'node:module'; register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(
      "import { appendFileSync } from 'node:fs'; export async function load(url, context, next) { if (url.startsWith('file:')) appendFileSync(process.env.ARENA_LOAD_LOG, url + '\\n'); return next(url, context); }",
    )}));`,
  )}`,
];

/** Runs the arena: how it exited, and the files it loaded (relative to the build's root). */
async function runRecordingLoads(
  name: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ArenaExit & { loaded: string[] }> {
  const log = join(logDir, name);
  const r = await runArenaToExit(args, { ...env, ARENA_LOAD_LOG: log }, 15_000, RECORD_LOADS);
  // The loader reports real paths (node_modules may be a symbolic link).
  const root = `${pathToFileURL(realpathSync(buildArena().root)).href}/`;
  const loaded = readFileSync(log, 'utf8')
    .split('\n')
    .filter((l) => l !== '')
    .map((u) => (u.startsWith(root) ? u.slice(root.length) : u));
  return { ...r, loaded };
}

it('--help and usage errors answer before the server is loaded (only the CLI and commander)', async () => {
  const port = await takenPort();
  // The control: a start that gets as far as trying to listen has loaded the server stack (so
  // the hook does see it), then fails on the taken port.
  const [started, help, badFlag, badEnv, badPair] = await Promise.all([
    runRecordingLoads('started', ['--bots', '0', '--port', String(port)]),
    runRecordingLoads('help', ['--help']),
    runRecordingLoads('bad-flag', ['--bot', '3']),
    runRecordingLoads('bad-env', [], { ARENA_BOTS: '-1' }),
    runRecordingLoads('bad-pair', ['--nodes', '2', '--host', '0.0.0.0']),
  ]);
  expect(started.code, started.stderr).toBe(1);
  for (const heavy of [
    /^dist\/realtime\//,
    /^dist\/monitor\//,
    /^dist\/http\//,
    /^dist\/detect\//,
    /^dist\/node\//,
    /\/node_modules\/ws\//,
    /\/node_modules\/prom-client\//,
    /^examples\/arena\/arena\.js$/,
  ])
    expect(
      started.loaded.some((f) => heavy.test(f)),
      `${heavy} in ${started.loaded.join(' ')}`,
    ).toBe(true);

  expect(help.code, help.stderr).toBe(0);
  expect(help.stdout).toMatch(/^Usage: arena /);
  expect(badFlag.code).toBe(2);
  expect(badFlag.stderr).toMatch(/unknown option '--bot'/);
  expect(badEnv.code).toBe(2);
  expect(badEnv.stderr).toMatch(/'ARENA_BOTS'/);
  expect(badPair.code).toBe(2);
  expect(badPair.stderr).toMatch(/`--host` to be a loopback address/);
  for (const r of [help, badFlag, badEnv, badPair]) {
    const other = r.loaded.filter(
      (f) =>
        !/^examples\/arena\/(main|cli|config)\.js$/.test(f) &&
        !/\/node_modules\/commander\//.test(f),
    );
    expect(other, r.loaded.join('\n')).toEqual([]);
    expect(r.loaded).toContain('examples/arena/cli.js');
  }
}, 60_000);
