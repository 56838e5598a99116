/**
 * `npm start [-- flags]`: starts the arena and prints where to find it. Flags and environment
 * variables: cli.ts (`--help` lists them with their defaults).
 *
 * A start that fails (the port is taken) prints one line and exits with 1 — by itself, since
 * startArena lets go of everything it made; usage errors exit with 2. Ctrl-C (SIGINT) or
 * SIGTERM shuts down gracefully; the process then exits by itself because nothing is left
 * running — an unref'd watchdog reports the handles still open if that ever stops being true.
 *
 * The command line is parsed first, with only cli.ts, config.ts and commander loaded: `--help`
 * and a usage error answer at once. Only then, when the flags are good, is dist/ built if it
 * is stale (scripts/build-if-stale.ts; `npm start` on a fresh clone builds it here: an npm
 * prestart could not see the flags) — when running from sources, as `npm start` does;
 * a built copy of the arena (main.js) and a node of a fleet (its supervisor built) skip it.
 * The server (arena.ts: ws, prom-client, the monitor, the leak finder…) or the fleet
 * supervisor (fleet-main.ts) is imported only after that — static imports would all be loaded
 * before the first line of this file runs.
 */
import { randomBytes } from 'node:crypto';
import type { Arena, ShutdownReport, startArena as StartArena } from './arena.js';
import type { disposeOnExit as DisposeOnExit } from 'leakguard/node';
import { parseCommandLine } from './cli.js';
import { isLoopback } from './config.js';

const config = parseCommandLine();
let generated = false;
if (config.adminToken === undefined) {
  config.adminToken = randomBytes(24).toString('base64url');
  generated = true;
}

const log = (line: string): void => console.log(`[arena] ${line}`);
if (!(await built())) process.exitCode = 1;
else if (config.nodes > 1) {
  const { runFleet } = await import('./fleet-main.js');
  await runFleet(config, generated);
} else {
  const [{ startArena }, { disposeOnExit }] = await Promise.all([
    import('./arena.js'),
    import('leakguard/node'),
  ]);
  const arena = await start(startArena);
  if (arena === undefined) process.exitCode = 1;
  else {
    run(arena, disposeOnExit);
    // A node of a fleet (fleet.ts) has an IPC channel to its supervisor: when that goes (the
    // supervisor was killed), shut down as on SIGTERM. Unref'd: it must not keep us alive.
    if (process.channel !== undefined) {
      process.channel.unref();
      process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
    }
  }
}

/** Builds dist/ when stale, if we run from sources and are not a fleet's node; false: failed. */
async function built(): Promise<boolean> {
  if (!import.meta.url.endsWith('.ts') || process.channel !== undefined) return true;
  const { ensureBuilt } = await import('../../scripts/build-if-stale.js');
  const code = ensureBuilt(undefined, log);
  if (code !== 0)
    console.error(`error: building dist/ failed (tsc exited with ${code}); see above`);
  return code === 0;
}

/** Prints where to find the arena and shuts it down on Ctrl-C or SIGTERM. */
function run(arena: Arena, disposeOnExit: typeof DisposeOnExit): void {
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

  // disposeOnExit owns the signal handlers (removed once the shutdown is over) and calls
  // arena.close() once, however many Ctrl-C arrive. `exit: false`: nothing calls process.exit,
  // so exiting at all shows that close() left no handle behind.
  disposeOnExit(arena, {
    exit: false,
    // close() bounds each step by shutdownTimeoutMs; this bounds the whole of it, once more.
    timeoutMs: config.shutdownTimeoutMs * 2,
    onSignal: (signal) => {
      log(`${signal}: shutting down`);
      const watchdog = setTimeout(() => {
        log(
          `still running ${config.shutdownTimeoutMs * 3} ms after shutdown; open handles: ${process.getActiveResourcesInfo().join(', ')}`,
        );
        process.exit(1);
      }, config.shutdownTimeoutMs * 3);
      watchdog.unref();
    },
    onDone: ({ value: r, error, timedOut }) => {
      if (r === undefined) {
        const why = error === undefined ? `${timedOut.join(', ')} timed out` : describe(error);
        log(`shutdown failed: ${why}`);
        process.exitCode = 1;
        return;
      }
      log(shutdownLine(r));
      process.exitCode = r.timedOut.length === 0 && r.live === 0 ? 0 : 1;
    },
  });
  // Only now: a supervisor (or a test) that waits for this line may signal at once.
  console.log('Press Ctrl-C to stop.');
}

/** The one line that says what the shutdown did, and what the player services still held. */
function shutdownLine(r: ShutdownReport): string {
  const held = r.heldAfterPlayersLeft;
  const total = held.reduce((n, h) => n + h.count, 0);
  return (
    `shutdown complete: ${r.disposed} cleanups, ${r.timedOut.length} timed out, ${r.live} live` +
    (r.leftOver > 0 ? `, ${r.leftOver} left over for disposeAll` : '') +
    (total === 0
      ? '; the player services held nothing after every player left'
      : `; after every player left, the player services still held ${total} connections ` +
        `(a leak): ${held
          .slice(0, 5)
          .map((h) => `${h.count} ${h.service} ${h.kind} at ${h.site}`)
          .join(', ')}${held.length > 5 ? ', …' : ''}`)
  );
}

const describe = (error: unknown): string =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

/** startArena, with the errors a user can fix said in one line; undefined when it failed. */
async function start(startArena: typeof StartArena): Promise<Arena | undefined> {
  try {
    return await startArena(config, log);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = `port ${config.port} on ${config.host}`;
    const fix =
      'choose another with --port <n> (or ARENA_PORT / PORT), or --port 0 for any free one';
    console.error(
      code === 'EADDRINUSE'
        ? `error: ${where} is already in use; ${fix}`
        : code === 'EACCES'
          ? `error: no permission to listen on ${where}; ${fix}`
          : code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND'
            ? `error: cannot listen on host ${config.host} (${code}); choose another with --host`
            : `error: the arena failed to start: ${describe(error)}`,
    );
    return undefined;
  }
}
