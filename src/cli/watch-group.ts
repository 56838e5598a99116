/**
 * The command of `leakguard watch`, run in a process group of its own (a new session:
 * `detached`), so that a signal sent to watch alone — a process manager, `kill <pid>` — reaches
 * every process of the command (`sh` and dash do not pass signals on to their children), and
 * so that nothing the command started outlives watch and writes to its state directory.
 *
 * On Windows there are no process groups: the command is spawned as usual and signals go to
 * its first process only.
 */
import { spawn } from 'node:child_process';
import type { ChildProcess, StdioOptions } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';

/** The signals watch passes on to the command's group. */
export const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How often the group is looked at while watch waits for it to empty, in milliseconds. */
const POLL_MS = 50;
/** How long processes get to disappear after SIGKILL before watch stops waiting, in ms. */
const AFTER_KILL_MS = 2000;

/** How the command ended. */
export interface GroupExit {
  /** Exit code of the command's first process, or null when a signal ended it. */
  code: number | null;
  signal: NodeJS.Signals | null;
  /** The group had to be sent SIGKILL. */
  killed: boolean;
  /** Processes of the group were still there AFTER_KILL_MS after SIGKILL (watch gave up). */
  stuck: boolean;
}

/**
 * Whether a process of group `pgid` other than a zombie exists. kill(-pgid, 0) also succeeds
 * for zombies: an orphan that exited under a PID 1 that does not reap (a container without an
 * init) stays one for ever. On Linux, /proc tells them apart; elsewhere kill() is trusted.
 */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  if (process.platform !== 'linux') return true;
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return true;
  }
  for (const entry of entries) {
    const c = entry.charCodeAt(0);
    if (c < 48 || c > 57) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // ended meanwhile
    }
    // `pid (comm) state ppid pgrp …`; comm may hold spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X') return true;
  }
  return false;
}

export class CommandGroup {
  readonly child: ChildProcess;
  /** Resolves once the command's stdio streams have closed (or it failed to start). */
  readonly closed: Promise<void>;
  readonly #ownGroup = process.platform !== 'win32';
  readonly #killAfterMs: number;
  #killTimer: ReturnType<typeof setTimeout> | null = null;
  #pollTimer: ReturnType<typeof setTimeout> | null = null;
  #killedAt: number | null = null;
  #ended = false;
  /** Settles the wait in gone(), so that dispose() never leaves it pending. */
  #settleGone: ((empty: boolean) => void) | null = null;
  readonly #onSignal = (signal: NodeJS.Signals): void => this.stop(signal);

  constructor(
    command: readonly string[],
    options: { env: NodeJS.ProcessEnv; stdio: StdioOptions; killAfterMs: number },
  ) {
    this.#killAfterMs = options.killAfterMs;
    this.child = spawn(command[0]!, command.slice(1), {
      env: options.env,
      stdio: options.stdio,
      detached: this.#ownGroup,
    });
    this.closed = new Promise((resolve) => {
      this.child.once('close', () => resolve());
      this.child.once('error', () => resolve());
    });
    // Removed by dispose().
    for (const s of FORWARDED_SIGNALS) process.on(s, this.#onSignal);
  }

  /**
   * Sends `signal` to every process of the group and, the first time, arms the SIGKILL that
   * follows `killAfterMs` later if the group has not ended by then.
   */
  stop(signal: NodeJS.Signals): void {
    if (this.#ended) return;
    this.#send(signal);
    if (this.#killTimer === null && this.#killedAt === null) {
      // Bounds the wait in exited(), which watch awaits: it is not unref'd (it must fire even
      // when nothing else keeps watch alive), and exited()/dispose() clear it.
      this.#killTimer = setTimeout(() => {
        this.#killTimer = null;
        this.#killedAt = Date.now();
        this.#send('SIGKILL');
      }, this.#killAfterMs);
    }
  }

  #send(signal: NodeJS.Signals): void {
    const pid = this.child.pid;
    if (pid === undefined) return;
    try {
      if (this.#ownGroup) process.kill(-pid, signal);
      else if (this.child.exitCode === null && this.child.signalCode === null)
        this.child.kill(signal);
    } catch {
      // ESRCH: the group is gone already
    }
  }

  /** Whether a process of the command is still running. */
  alive(): boolean {
    const pid = this.child.pid;
    if (pid === undefined) return false;
    if (!this.#ownGroup) return this.child.exitCode === null && this.child.signalCode === null;
    return groupAlive(pid);
  }

  /**
   * Resolves when the command's first process has exited and no process of its group is left:
   * what it left running is sent SIGTERM, then SIGKILL after `killAfterMs`. Rejects when the
   * command could not be started. Call once.
   */
  async exited(): Promise<GroupExit> {
    const child = this.child;
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        // The child is this group's own (spawned in the constructor) and dies with it; the one
        // of the two listeners that does not fire goes with it.
        child.once('error', reject);
        child.once('exit', (c, s) => resolve([c, s]));
      },
    );
    let stuck = false;
    if (this.alive()) {
      this.stop('SIGTERM'); // a no-op apart from the signal when one was forwarded already
      stuck = !(await this.#gone());
    }
    this.#ended = true;
    if (this.#killTimer !== null) clearTimeout(this.#killTimer);
    this.#killTimer = null;
    return { code, signal, killed: this.#killedAt !== null, stuck };
  }

  /** Polls until the group is empty (true) or AFTER_KILL_MS have passed since SIGKILL (false). */
  #gone(): Promise<boolean> {
    return new Promise((resolve) => {
      this.#settleGone = (empty) => {
        this.#settleGone = null;
        resolve(empty);
      };
      const check = (): void => {
        this.#pollTimer = null;
        if (!this.alive()) this.#settleGone?.(true);
        else if (this.#killedAt !== null && Date.now() - this.#killedAt >= AFTER_KILL_MS)
          this.#settleGone?.(false);
        // Part of a wait watch awaits: kept ref'd; dispose() clears it.
        else this.#pollTimer = setTimeout(check, POLL_MS);
      };
      check();
    });
  }

  /**
   * Removes the signal listeners and clears the timers; on an error path, SIGKILLs whatever
   * of the group is still running. Safe to call twice.
   */
  dispose(): void {
    for (const s of FORWARDED_SIGNALS) process.removeListener(s, this.#onSignal);
    if (this.#killTimer !== null) clearTimeout(this.#killTimer);
    if (this.#pollTimer !== null) clearTimeout(this.#pollTimer);
    this.#killTimer = this.#pollTimer = null;
    this.#settleGone?.(!this.alive());
    if (!this.#ended && this.alive()) this.#send('SIGKILL');
    this.#ended = true;
  }
}
