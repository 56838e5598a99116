/**
 * `npm start -- --nodes N`: the arena as a fleet on one machine — a redis-server (started here
 * in a temporary directory, persistence off, unless --redis-url names one), N arena nodes as
 * child processes on free loopback ports sharing their sessions through Redis
 * (`createRedisSessionStore`), and a tiny balancer on the arena's port that hands each new
 * connection to the next node (round-robin). A player whose connection drops may come back
 * through another node and resume there: the welcome names the node, and the node it left
 * logs `player <name> moved to another node`.
 *
 * Lifetimes: `close()` stops the balancer (its tunnels are destroyed), sends SIGTERM to every
 * node and waits for each to exit (SIGKILL after 2 × shutdownTimeoutMs), then stops Redis and
 * removes its directory. Every wait is bounded by a timer cleared when it settles. A node that
 * dies on its own is reported and leaves the rotation; the others keep serving.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer, request, type IncomingMessage } from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { commandLineFor } from './cli.js';
import type { ArenaConfig } from './config.js';
import { listen } from './web.js';

export interface FleetNode {
  id: string;
  pid: number;
  port: number;
  /** http://127.0.0.1:port/ — the node itself, past the balancer (its own dashboard). */
  url: string;
}

export interface Fleet {
  /** The balancer: http://host:port/ */
  url: string;
  port: number;
  nodes: FleetNode[];
  /** The Redis the nodes share, and the pid of ours (undefined with --redis-url). */
  redisUrl: string;
  redisPid: number | undefined;
  /** Stops everything; resolves with how each process ended. Idempotent. */
  close(): Promise<FleetReport>;
}

export interface FleetReport {
  /** Per node: its exit code, or the signal that ended it (`SIGKILL` after the timeout). */
  nodes: { id: string; exit: number | string | null }[];
  /** True when every node exited with 0 by itself and Redis (if ours) stopped. */
  clean: boolean;
}

/**
 * Headers only the balancer sets (any a client sends are dropped): the client's address, and
 * the fleet's secret that makes a node believe it (ArenaConfig.balancerSecret).
 */
const FORWARDED = 'x-forwarded-for';
const BALANCER = 'x-arena-balancer';
const isBalancerHeader = (name: string): boolean => {
  const n = name.toLowerCase();
  return n === FORWARDED || n === BALANCER;
};

/** The lines of a node's start-up banner (main.ts), which the fleet does not pass on. */
const BANNER = /^\s+(game|dashboard|metrics|bots|admin token|reads need)\b|^Press Ctrl-C/;

/** How long a node or redis-server may take to start (ms). */
const START_TIMEOUT_MS = 20_000;

/** redis-server: $REDIS_SERVER, then PATH, then the usual places (as test/helpers/tools.ts). */
export function findRedisServer(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const executable = (p: string): boolean => {
    try {
      accessSync(p, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  };
  const explicit = env.REDIS_SERVER;
  if (explicit !== undefined && explicit !== '') return executable(explicit) ? explicit : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return [
    ...dirs.map((d) => join(d, 'redis-server')),
    '/usr/bin/redis-server',
    '/usr/local/bin/redis-server',
    '/opt/homebrew/bin/redis-server',
  ].find(executable);
}

/** Resolves when `child` exits; SIGKILL after `ms` (the timer is cleared when it exits). */
async function exitOf(child: ChildProcess, ms: number): Promise<number | string | null> {
  if (child.exitCode !== null || child.signalCode !== null)
    return child.exitCode ?? child.signalCode;
  const timer = setTimeout(() => child.kill('SIGKILL'), ms);
  try {
    const [code, signal] = (await once(child, 'exit')) as [number | null, NodeJS.Signals | null];
    return code ?? signal;
  } finally {
    clearTimeout(timer);
  }
}

async function freePort(): Promise<number> {
  const srv = net.createServer();
  try {
    srv.listen(0, '127.0.0.1');
    await once(srv, 'listening');
    return (srv.address() as AddressInfo).port;
  } finally {
    // Also when listen() failed: close() then only emits 'close'.
    srv.close();
    await once(srv, 'close');
  }
}

/** True when Redis on `port` answers PING within `ms` (raw RESP, no client library). */
function ping(port: number, ms: number): Promise<boolean> {
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
    s.on('data', (d: Buffer) => done(d.toString().startsWith('+PONG')));
  });
}

interface OwnRedis {
  url: string;
  child: ChildProcess;
  dir: string;
}

async function startRedis(binary: string): Promise<OwnRedis> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'arena-redis-'));
  // Through sh, which `exec`s redis-server (same pid) after starting a watcher on our pipe: if
  // this process dies in any way — SIGKILL included, when no handler of ours runs — the pipe
  // closes, the watcher reads end-of-file, stops Redis and removes its directory. Without it a
  // killed fleet left redis-server running and its directory behind.
  const child = spawn(
    '/bin/sh',
    [
      '-c',
      'exec 3<&0; (read -r _ <&3; kill "$$" 2>/dev/null; while kill -0 "$$" 2>/dev/null; do sleep 0.1; done; rm -rf "$0") & exec "$@" 3<&-',
      dir,
      binary,
      ...['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    ],
    { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  const end = Date.now() + START_TIMEOUT_MS;
  while (!(await ping(port, 500))) {
    if (child.exitCode !== null || Date.now() > end) {
      child.kill('SIGKILL');
      await exitOf(child, 1000);
      child.stdin?.end(); // the watcher's end-of-file: it finds Redis gone and exits
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`redis-server did not start on port ${port}: ${err.trim()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { url: `redis://127.0.0.1:${port}`, child, dir };
}

interface RunningNode extends FleetNode {
  child: ChildProcess;
  alive: boolean;
}

/** Starts one node; resolves once it prints where it listens. */
function startNode(
  id: string,
  config: ArenaConfig,
  log: (line: string) => void,
  died: (node: RunningNode, how: string) => void,
): Promise<RunningNode> {
  const { args, env: secrets } = commandLineFor(config);
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k.startsWith('ARENA_') || k === 'PORT') delete env[k];
  // The same entry point (main.ts under tsx, main.js when built) with the same loader flags.
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1] as string, ...args], {
    env: { ...env, ...secrets },
    // The IPC channel only tells the node when we are gone (main.ts: it shuts down then).
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  return new Promise((resolve, reject) => {
    const early: string[] = [];
    let node: RunningNode | undefined;
    let port: number | undefined;
    let rest = '';
    const onLine = (l: string): void => {
      if (node !== undefined) return log(`[${id}] ${l.replace(/^\[arena\] /, '')}`);
      early.push(l);
      const m = /game:\s+http:\/\/[^\s]*:(\d+)\//.exec(l);
      if (m !== null) port = Number(m[1]);
      // Started once its signal handlers are in (it prints this line then): a SIGTERM from
      // close() before that would kill it without its shutdown.
      if (port === undefined || !/^Press Ctrl-C/.test(l)) return;
      node = {
        id,
        pid: child.pid as number,
        port,
        url: `http://127.0.0.1:${port}/`,
        child,
        alive: true,
      };
      clearTimeout(timer);
      resolve(node);
    };
    const onData = (d: Buffer): void => {
      const parts = (rest + d.toString('utf8')).split('\n');
      rest = parts.pop() ?? '';
      for (const l of parts)
        if (node === undefined) onLine(l);
        // The node's banner is the fleet's to print (and its `game:` line would be mistaken
        // for the balancer's by whoever reads ours).
        else if (l.trim() !== '' && !BANNER.test(l)) onLine(l);
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${id} did not start within ${START_TIMEOUT_MS} ms: ${early.join(' | ')}`));
    }, START_TIMEOUT_MS);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (node === undefined)
        reject(
          new Error(`${id} exited (${code ?? signal}) before it started: ${early.join(' | ')}`),
        );
      else {
        node.alive = false;
        died(node, code === null ? String(signal) : `exit code ${code}`);
      }
    });
  });
}

export async function startFleet(
  config: ArenaConfig,
  log: (line: string) => void = (l) => console.log(l),
  /** Where the nodes' own lines go (prefixed `[node-1]`). */
  print: (line: string) => void = (l) => console.log(l),
): Promise<Fleet> {
  let redis: OwnRedis | undefined;
  let redisUrl = config.redisUrl;
  if (redisUrl === undefined) {
    const binary = findRedisServer();
    if (binary === undefined)
      throw new Error(
        'redis-server not found (set REDIS_SERVER, or install it: apt-get install redis-server); or pass --redis-url',
      );
    redis = await startRedis(binary);
    redisUrl = redis.url;
    log(`redis-server (pid ${redis.child.pid}) on ${redisUrl}, persistence off, in ${redis.dir}`);
  }

  // Each node rate-limits connection attempts per client address; behind the balancer that
  // is the address the balancer forwards, which a node believes only with this secret.
  const balancerSecret = randomBytes(24).toString('base64url');
  const nodes: RunningNode[] = [];
  let closing = false;
  const stopAll = async (): Promise<FleetReport> => {
    closing = true;
    const ends = await Promise.all(
      nodes.map(async (n) => {
        if (n.child.exitCode === null && n.child.signalCode === null) n.child.kill('SIGTERM');
        return { id: n.id, exit: await exitOf(n.child, config.shutdownTimeoutMs * 2) };
      }),
    );
    let redisClean = true;
    if (redis !== undefined) {
      redis.child.kill('SIGTERM');
      redisClean = (await exitOf(redis.child, 5000)) === 0;
      redis.child.stdin?.end();
      rmSync(redis.dir, { recursive: true, force: true });
    }
    return { nodes: ends, clean: redisClean && ends.every((e) => e.exit === 0) };
  };

  try {
    // Bots are shared out: node i gets its part of --bots, and connects them to itself.
    const started = await Promise.allSettled(
      Array.from({ length: config.nodes }, (_, i) =>
        startNode(
          `node-${i + 1}`,
          {
            ...config,
            nodes: 1,
            port: 0,
            host: '127.0.0.1',
            redisUrl,
            nodeId: `node-${i + 1}`,
            balancerSecret,
            bots: Math.floor(config.bots / config.nodes) + (i < config.bots % config.nodes ? 1 : 0),
          },
          print,
          (n, how) => {
            if (!closing)
              log(`${n.id} (pid ${n.pid}) died (${how}); new connections go to the other nodes`);
          },
        ),
      ),
    );
    for (const r of started) if (r.status === 'fulfilled') nodes.push(r.value);
    const failed = started.find((r) => r.status === 'rejected');
    if (failed !== undefined) throw failed.reason;
  } catch (error) {
    await stopAll();
    throw error;
  }
  // --- the balancer: round-robin per new connection --------------------------------------
  let next = 0;
  const pick = (): RunningNode | undefined => {
    for (let i = 0; i < nodes.length; i++) {
      const n = nodes[next++ % nodes.length];
      if (n?.alive === true) return n;
    }
    return undefined;
  };
  const assigned = new WeakMap<Socket, RunningNode | undefined>();
  const nodeFor = (s: Socket): RunningNode | undefined => {
    const n = assigned.get(s);
    if (n?.alive === true) return n;
    const chosen = pick();
    assigned.set(s, chosen);
    return chosen;
  };
  /** The request's headers without a client's balancer headers, with ours. */
  const forwardedHeaders = (req: IncomingMessage): Record<string, string | string[]> => {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined && !isBalancerHeader(name)) out[name] = value;
    out[FORWARDED] = req.socket.remoteAddress ?? '';
    out[BALANCER] = balancerSecret;
    return out;
  };
  const tunnels = new Set<Socket>();
  const server = createServer((req, res) => {
    const n = nodeFor(req.socket);
    if (n === undefined) {
      res.writeHead(503, { 'content-type': 'text/plain' }).end('no arena node is running\n');
      return;
    }
    const up = request(
      {
        host: '127.0.0.1',
        port: n.port,
        method: req.method,
        path: req.url,
        headers: forwardedHeaders(req),
        agent: false,
      },
      (r) => {
        res.writeHead(r.statusCode ?? 502, r.headers);
        r.pipe(res);
      },
    );
    // A client that goes away mid-request takes the upstream request with it.
    res.on('close', () => up.destroy());
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end();
    });
    req.pipe(up);
  });
  server.on('connection', (s: Socket) => assigned.set(s, pick()));
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const n = nodeFor(socket);
    if (n === undefined) return socket.destroy();
    const up = net.connect(n.port, '127.0.0.1');
    tunnels.add(socket);
    tunnels.add(up);
    const end = (): void => {
      socket.destroy();
      up.destroy();
      tunnels.delete(socket);
      tunnels.delete(up);
    };
    socket.on('error', end).on('close', end);
    up.on('error', end).on('close', end);
    up.on('connect', () => {
      let head0 = `${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/${req.httpVersion}\r\n`;
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        if (!isBalancerHeader(req.rawHeaders[i] ?? ''))
          head0 += `${req.rawHeaders[i] ?? ''}: ${req.rawHeaders[i + 1] ?? ''}\r\n`;
      head0 += `${FORWARDED}: ${socket.remoteAddress ?? ''}\r\n${BALANCER}: ${balancerSecret}\r\n`;
      up.write(`${head0}\r\n`);
      if (head.length > 0) up.write(head);
      up.pipe(socket);
      socket.pipe(up);
    });
    const path = new URL(req.url ?? '/', 'http://arena').searchParams.get('name');
    log(`balancer: ${path === null ? 'connection' : `player ${path}`} → ${n.id}`);
  });
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  try {
    await listen(server, config.port, config.host);
  } catch (error) {
    await stopAll();
    throw error;
  }
  const port = (server.address() as AddressInfo).port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;

  let closed: Promise<FleetReport> | null = null;
  const close = (): Promise<FleetReport> =>
    (closed ??= (async () => {
      closing = true;
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      for (const s of tunnels) s.destroy();
      tunnels.clear();
      await stopped;
      return stopAll();
    })());

  return {
    url: `http://${host}:${port}/`,
    port,
    nodes: nodes.map(({ id, pid, port: p, url }) => ({ id, pid, port: p, url })),
    redisUrl,
    redisPid: redis?.child.pid,
    close,
  };
}
