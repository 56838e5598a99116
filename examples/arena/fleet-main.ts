/**
 * `npm start -- --nodes N` (main.ts hands over here): starts the fleet (fleet.ts), prints where
 * to find it, and stops it on Ctrl-C or SIGTERM. A start that fails prints one line and exits
 * with 1, with nothing left running; the shutdown exits 0 when every node exited 0 by itself.
 */
import { disposeOnExit } from 'leakguard/node';
import type { ArenaConfig } from './config.js';
import { startFleet, type Fleet } from './fleet.js';

const log = (line: string): void => console.log(`[fleet] ${line}`);

export async function runFleet(config: ArenaConfig, generatedToken: boolean): Promise<void> {
  let fleet: Fleet;
  try {
    fleet = await startFleet(config, log);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    console.error(
      code === 'EADDRINUSE'
        ? `error: port ${config.port} on ${config.host} is already in use; choose another with --port <n> (or ARENA_PORT / PORT), or --port 0 for any free one`
        : `error: the arena fleet failed to start: ${(error as Error).message}`,
    );
    process.exitCode = 1;
    return;
  }
  const u = fleet.url;
  console.log(`leakguard arena is running as ${fleet.nodes.length} nodes behind a balancer
  game:       ${u}   (each new connection goes to the next node)
  sessions:   shared through ${fleet.redisUrl}${fleet.redisPid === undefined ? '' : ` (redis-server pid ${fleet.redisPid})`}
${fleet.nodes.map((n) => `  ${n.id}:     ${n.url}monitoring/   (pid ${n.pid}; dashboard, metrics at ${n.url}metrics)`).join('\n')}
  bots:       ${config.bots}, shared out between the nodes`);
  if (generatedToken)
    console.log(
      `  admin token (generated, shown once; set ARENA_ADMIN_TOKEN to choose one): ${config.adminToken}`,
    );

  disposeOnExit(fleet, {
    exit: false,
    // Nodes get 2 × shutdownTimeoutMs each (in parallel), Redis 5 s: this bounds the whole.
    timeoutMs: config.shutdownTimeoutMs * 3 + 5000,
    onSignal: (signal) => {
      log(`${signal}: stopping the balancer, the nodes and Redis`);
      const watchdog = setTimeout(
        () => {
          log(
            `still running after shutdown; open handles: ${process.getActiveResourcesInfo().join(', ')}`,
          );
          process.exit(1);
        },
        config.shutdownTimeoutMs * 4 + 5000,
      );
      watchdog.unref();
    },
    onDone: ({ value: r, error, timedOut }) => {
      if (r === undefined) {
        log(
          `shutdown failed: ${error === undefined ? `${timedOut.join(', ')} timed out` : String(error)}`,
        );
        process.exitCode = 1;
        return;
      }
      log(
        `shutdown complete: ${r.nodes.map((n) => `${n.id} exited ${String(n.exit)}`).join(', ')}${r.clean ? '' : ' (not clean)'}`,
      );
      process.exitCode = r.clean ? 0 : 1;
    },
  });
  // Only now: a supervisor (or a test) that waits for this line may signal at once.
  console.log('Press Ctrl-C to stop.');
}
