/**
 * Test harness: the arena as a child process (the built package, a free port on 127.0.0.1)
 * and players as real `ws` clients. Everything a test opens is closed by `cleanup()`, which the
 * tests call from afterEach/afterAll.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import WebSocket from 'ws';
import type { ServerEvent } from '../protocol.js';
import { buildArena } from './build.js';

export interface ArenaProcess {
  proc: ChildProcess;
  url: string;
  port: number;
  /** Every stdout/stderr line so far. */
  lines: string[];
  output(): string;
  waitForLine(re: RegExp, timeoutMs?: number): Promise<RegExpMatchArray>;
  /** Sends `signal` and resolves with the exit code (null if killed by a signal). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

const procs = new Set<ChildProcess>();
const sockets = new Set<WebSocket>();

export interface ArenaExit {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Children of runArenaToExit running at once. Each one loads the whole arena (~0.5 s of CPU);
 * a test that started a dozen together on 2 busy cores had every child still loading when
 * its deadline killed it, with nothing written. Past this many, a child waits for a place
 * before it is spawned, and its deadline starts only then.
 */
const MAX_RUNNING = 2;
let running = 0;
const queued: (() => void)[] = [];

async function place(): Promise<() => void> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => queued.push(resolve));
  running++;
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running--;
    queued.shift()?.();
  };
}

/**
 * Runs the built arena with exactly `args` and `env` (on top of a copy of this process's
 * environment without ARENA_* and PORT) until it exits by itself, with Node's own flags
 * `nodeArgs` (before the script). At most MAX_RUNNING run at once; one still running
 * `timeoutMs` after its spawn is killed (SIGKILL) and the promise rejects with a message that
 * says so, with what the child had written, instead of returning an empty result that reads
 * like a wrong answer.
 */
export async function runArenaToExit(
  args: string[],
  extraEnv: Record<string, string> = {},
  timeoutMs = 15_000,
  nodeArgs: string[] = [],
): Promise<ArenaExit> {
  const build = buildArena();
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('ARENA_') || k === 'PORT') delete env[k];
  const release = await place();
  try {
    const proc = spawn(process.execPath, [...nodeArgs, build.main, ...args], {
      cwd: build.root,
      env: { ...env, ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    procs.add(proc);
    let stdout = '';
    let stderr = '';
    proc.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
    proc.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      proc.kill('SIGKILL');
    }, timeoutMs);
    try {
      const [code] = (await once(proc, 'close')) as [number | null];
      if (timedOut)
        throw new Error(
          `arena ${JSON.stringify(args)} with ${JSON.stringify(extraEnv)} was still running ${timeoutMs} ms after its start and was killed; stdout: ${JSON.stringify(stdout)}, stderr: ${JSON.stringify(stderr)}`,
        );
      return { code, stdout, stderr };
    } finally {
      clearTimeout(timer);
      procs.delete(proc);
    }
  } finally {
    release();
  }
}

export interface StartOptions {
  /** Node's own flags for the child (before the script), e.g. `--max-semi-space-size=1`. */
  nodeArgs?: string[];
  /**
   * Longest wait for the arena's `game:` line (ms). Default 30000: loading the arena takes
   * ~0.5 s of CPU, which on 2 cores shared with other test runs took over 10 s.
   */
  startTimeoutMs?: number;
}

export async function startArenaProcess(
  args: string[] = [],
  options: StartOptions = {},
): Promise<ArenaProcess> {
  const build = buildArena();
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('ARENA_') || k === 'PORT') delete env[k];
  const nodeArgs = options.nodeArgs ?? [];
  const proc = spawn(process.execPath, [...nodeArgs, build.main, '--port', '0', ...args], {
    cwd: build.root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  procs.add(proc);
  proc.once('exit', () => procs.delete(proc));
  const lines: string[] = [];
  const waiters = new Set<() => void>();
  // Whole lines only: a chunk may end inside one. Each stream keeps its own unfinished line.
  const reader = (): ((chunk: Buffer) => void) => {
    let rest = '';
    return (chunk) => {
      const parts = (rest + chunk.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      lines.push(...parts.filter((l) => l !== ''));
      for (const w of waiters) w();
    };
  };
  proc.stdout?.on('data', reader());
  proc.stderr?.on('data', reader());
  const exited = once(proc, 'exit');

  const waitForLine = (re: RegExp, timeoutMs = 10_000): Promise<RegExpMatchArray> =>
    new Promise((resolve, reject) => {
      const check = (): void => {
        for (const l of lines) {
          const m = re.exec(l);
          if (m) {
            done();
            resolve(m);
            return;
          }
        }
        if (proc.exitCode !== null) {
          done();
          reject(new Error(`arena exited (${proc.exitCode}) before ${re}:\n${lines.join('\n')}`));
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no line matching ${re} within ${timeoutMs} ms:\n${lines.join('\n')}`));
      }, timeoutMs);
      const done = (): void => {
        clearTimeout(timer);
        waiters.delete(check);
        proc.off('exit', check);
      };
      waiters.add(check);
      proc.on('exit', check);
      check();
    });

  const m = await waitForLine(
    /game:\s+(http:\/\/127\.0\.0\.1:(\d+)\/)/,
    options.startTimeoutMs ?? 30_000,
  );
  // Printed once its signal handlers are in: a stop() before that would kill it outright.
  await waitForLine(/^Press Ctrl-C to stop\.$/, options.startTimeoutMs ?? 30_000);
  return {
    proc,
    url: m[1] as string,
    port: Number(m[2]),
    lines,
    output: () => lines.join('\n'),
    waitForLine,
    async stop(signal = 'SIGINT', timeoutMs = 15_000) {
      if (proc.exitCode === null && proc.signalCode === null) proc.kill(signal);
      const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      try {
        const [code] = (await exited) as [number | null];
        return code;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

export interface Client {
  ws: WebSocket;
  name: string;
  key: string;
  events: ServerEvent[];
  /** Close code and reason once closed. */
  closed: Promise<{ code: number; reason: string }>;
  send(text: string): void;
  /** Resolves with the first event (from index `from` on) matching `pred`. */
  waitFor(
    pred: (e: ServerEvent) => boolean,
    timeoutMs?: number,
    from?: number,
  ): Promise<ServerEvent>;
  lines(): string[];
}

/**
 * A player connected to the arena (or its balancer) on 127.0.0.1:`port`. `localAddress`: the
 * loopback address it connects from (`127.0.0.2`…), to be another client than 127.0.0.1.
 */
export async function connectPlayer(
  port: number,
  name: string,
  key: string,
  options: { localAddress?: string } = {},
): Promise<Client> {
  const ws = new WebSocket(`ws://127.0.0.1:${port}/play?name=${name}&key=${key}`, {
    ...(options.localAddress === undefined ? {} : { localAddress: options.localAddress }),
  });
  sockets.add(ws);
  const events: ServerEvent[] = [];
  const waiters = new Set<() => void>();
  ws.on('message', (data) => {
    events.push(JSON.parse(String(data)) as ServerEvent);
    for (const w of waiters) w();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => {
      sockets.delete(ws);
      resolve({ code, reason: reason.toString() });
    }),
  );
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    name,
    key,
    events,
    closed,
    send: (text) => ws.send(JSON.stringify({ t: 'cmd', text })),
    lines: () => events.flatMap((e) => (e.t === 'line' ? [e.text] : [])),
    waitFor: (pred, timeoutMs = 5000, from = 0) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          for (let i = from; i < events.length; i++) {
            const e = events[i] as ServerEvent;
            if (pred(e)) {
              done();
              resolve(e);
              return;
            }
          }
        };
        const timer = setTimeout(() => {
          done();
          reject(
            new Error(
              `${name}: no matching event within ${timeoutMs} ms; got:\n${JSON.stringify(events.slice(from), null, 1)}`,
            ),
          );
        }, timeoutMs);
        const done = (): void => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      }),
  };
}

/** A line event whose text matches. */
export const line =
  (re: RegExp) =>
  (e: ServerEvent): boolean =>
    e.t === 'line' && re.test(e.text);

/** Terminates every client and kills every arena still running. */
export async function cleanup(): Promise<void> {
  for (const ws of sockets) ws.terminate();
  sockets.clear();
  await Promise.all(
    [...procs].map(async (p) => {
      p.kill('SIGKILL');
      if (p.exitCode === null && p.signalCode === null) await once(p, 'exit');
    }),
  );
}
