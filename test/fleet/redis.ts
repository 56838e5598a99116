/**
 * A real redis-server for the fleet tests: Debian's binary (found by test/helpers/tools.ts:
 * $REDIS_SERVER, PATH, /usr/bin), on a free loopback port, in a temporary directory, with
 * persistence off (`--save '' --appendonly no`). `stop()` / `kill()` / `start()` let fault
 * tests take it away and bring it back on the same port (empty, as after a real restart
 * without persistence).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface RedisServer {
  readonly port: number;
  readonly url: string;
  /** Starts it (again) on the same port; resolves when it answers PING. */
  start(): Promise<void>;
  /** SIGTERM, and waits for the exit. */
  stop(): Promise<void>;
  /** SIGSTOP / SIGCONT: a Redis that stops answering without closing its sockets. */
  pause(): void;
  resume(): void;
  /** Stops it and removes its directory. */
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const srv = net.createServer();
  srv.listen(0, '127.0.0.1');
  await once(srv, 'listening');
  const port = (srv.address() as net.AddressInfo).port;
  srv.close();
  await once(srv, 'close');
  return port;
}

/** One raw PING over TCP (no client library): true when Redis answers +PONG within `ms`. */
export function ping(port: number, ms = 500): Promise<boolean> {
  return new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      s.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), ms);
    s.on('error', () => done(false));
    s.on('connect', () => s.write('PING\r\n'));
    s.on('data', (d) => done(d.toString().startsWith('+PONG')));
  });
}

export async function startRedis(binary: string): Promise<RedisServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'lg-redis-'));
  let child: ChildProcess | null = null;
  let log = '';
  const server: RedisServer = {
    port,
    url: `redis://127.0.0.1:${port}`,
    async start() {
      if (child !== null) return;
      const c = spawn(
        binary,
        ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
        { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      c.stdout?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
      c.stderr?.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
      child = c;
      const end = Date.now() + 10_000;
      while (!(await ping(port))) {
        if (c.exitCode !== null || Date.now() > end)
          throw new Error(`redis-server did not start on ${port}: ${log}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async stop() {
      const c = child;
      if (c === null) return;
      child = null;
      if (c.exitCode === null && c.signalCode === null) {
        c.kill('SIGCONT');
        c.kill('SIGTERM');
        await once(c, 'exit');
      }
    },
    pause() {
      child?.kill('SIGSTOP');
    },
    resume() {
      child?.kill('SIGCONT');
    },
    async dispose() {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  await server.start();
  return server;
}
