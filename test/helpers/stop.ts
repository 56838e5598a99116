/**
 * Stops a child process a test started: SIGTERM, then SIGKILL after `killAfterMs` if it is
 * still running. Resolves when it has exited; does nothing for one that already has.
 */
import { once } from 'node:events';
import type { ChildProcess } from 'node:child_process';

export async function stopChild(
  child: ChildProcess | undefined,
  killAfterMs = 10_000,
): Promise<void> {
  if (child === undefined || child.exitCode !== null || child.signalCode !== null) return;
  const exited = once(child, 'exit');
  child.kill('SIGTERM');
  // ref'd on purpose: the test awaits this exit
  const kill = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  try {
    await exited;
  } finally {
    clearTimeout(kill);
  }
}
