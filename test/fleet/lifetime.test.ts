/**
 * The store is background work: a process whose only work left is a Redis session store that
 * cannot reach Redis exits by itself (its reconnect back-off does not hold the process), while
 * an awaited close() still completes. Each case is its own Node process
 * (test/fleet/fixtures/idle-store.ts) that must exit within a bound; Redis is a real
 * redis-server on a loopback port, or a free loopback port with nothing on it.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterEach, expect } from 'vitest';
import { needTool } from '../helpers/tools.js';
import { freePort, startRedis, type RedisServer } from './redis.js';

const redisTool = needTool('redis-server', 'the fleet tests (test/fleet)');
const fixture = fileURLToPath(new URL('./fixtures/idle-store.ts', import.meta.url));

/** How long the child may take to exit on its own (tsx start-up included, on a loaded machine). */
const EXIT_BOUND_MS = 8000;

interface Child {
  /** Resolves with the first stdout line equal to `line`. */
  line(line: string): Promise<void>;
  /** The exit: code (null when killed), stdout, and how long after `since` it came. */
  exited: Promise<{ code: number | null; out: string; ms: number }>;
  since: number;
}

const children: (() => void)[] = [];
let redis: RedisServer | null = null;
afterEach(async () => {
  for (const kill of children.splice(0)) kill();
  await redis?.dispose();
  redis = null;
});

function run(config: Record<string, unknown>): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, JSON.stringify(config)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  let out = '';
  const waiting: { line: string; resolve: () => void }[] = [];
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    const lines = out.split('\n');
    for (const w of [...waiting])
      if (lines.includes(w.line)) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve();
      }
  });
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const c: Child = {
    since: Date.now(),
    line: (line) =>
      new Promise((resolve, reject) => {
        if (out.split('\n').includes(line)) return resolve();
        waiting.push({ line, resolve });
        child.once('exit', () => reject(new Error(`exited before "${line}": ${out}`)));
      }),
    exited: new Promise((resolve) => {
      // the bound: a child still running then is killed, and its exit code is null
      const timer = setTimeout(() => child.kill('SIGKILL'), EXIT_BOUND_MS);
      child.once('exit', (code) => {
        clearTimeout(timer);
        resolve({ code, out, ms: Date.now() - c.since });
      });
    }),
  };
  return c;
}

redisTool.describe('a Redis session store does not keep the process alive', () => {
  redisTool.it(
    'Redis never there: a process with only the store (reconnecting) exits by itself',
    async () => {
      const port = await freePort(); // nothing listens there: every connect is refused
      const child = run({ redis: `redis://127.0.0.1:${port}` });
      const { code, out } = await child.exited;
      expect(out).toContain('opened connecting');
      expect(code, out).toBe(0);
    },
    15_000,
  );

  redisTool.it(
    'Redis gone after the store connected: the process exits by itself once Redis stops',
    async () => {
      redis = await startRedis(redisTool.path);
      const child = run({ redis: redis.url, connected: true });
      await child.line('connected');
      // connected, the store's sockets hold the process; once they close, nothing may
      child.since = Date.now();
      await redis.stop();
      const { code, out } = await child.exited;
      expect(out).toContain('connected');
      expect(code, out).toBe(0);
    },
    20_000,
  );

  redisTool.it(
    'an awaited close() of a store that is reconnecting completes, and then the process exits',
    async () => {
      const port = await freePort();
      const child = run({ redis: `redis://127.0.0.1:${port}`, close: true });
      const { code, out } = await child.exited;
      expect(out).toContain('closed closed');
      expect(code, out).toBe(0);
    },
    15_000,
  );
});
