/** A real node:http server on 127.0.0.1 with a monitoring handler, and what tests need around it. */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { ConnectionManager } from '../../src/core/index.js';
import { MemoryMonitor, NodeSampleSource } from '../../src/monitor/index.js';
import type { RawSample, SampleSource } from '../../src/monitor/index.js';
import { PoolRegistry } from '../../src/pool/index.js';
import { createMonitoringHandler } from '../../src/http/index.js';
import type { Logger, MonitoringHandler, MonitoringHandlerOptions } from '../../src/http/index.js';

export const READ = 'read-token-0123456789abcdef';
export const ADMIN = 'admin-token-0123456789abcdef';
export const rd = { authorization: `Bearer ${READ}` };
export const adm = { authorization: `Bearer ${ADMIN}` };

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  obj: Record<string, unknown>;
  msg: string | undefined;
}

export function recordingLogger(): Logger & { lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (obj: object, msg?: string) =>
    void lines.push({ level, obj: obj as Record<string, unknown>, msg });
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

/** A real Node sample source whose RSS can be pushed to a share of the limit on demand. */
export class ForcedSource implements SampleSource {
  readonly real = new NodeSampleSource();
  /** When set, rss reads as this share of `limitBytes`. */
  rssShare: number | null = null;
  constructor(readonly limitBytes: number) {}
  read(): RawSample {
    const r = this.real.read();
    return this.rssShare === null ? r : { ...r, rss: Math.round(this.limitBytes * this.rssShare) };
  }
  start(): void {
    this.real.start();
  }
  stop(): void {
    this.real.stop();
  }
}

/**
 * A real Node sample whose old generation climbs 8 MiB a read (a 1 MiB young generation on
 * top); `postGc` is what the next read reports as read after a major GC (0: none came).
 */
export class ClimbingHeap implements SampleSource {
  readonly node = new NodeSampleSource();
  old = 50 * 1048576;
  postGc = 0;
  read(): RawSample {
    const r = this.node.read();
    const young = 1048576;
    this.old += 8 * 1048576;
    const post = this.postGc;
    this.postGc = 0;
    return {
      ...r,
      heapUsed: this.old + young,
      heapSpaces: [{ name: 'new_space', size: 16 * young, used: young, available: 15 * young }],
      postGcHeapUsed: post === 0 ? 0 : post + young,
      postGcOldGenUsed: post,
    };
  }
}

export interface Harness {
  url: string;
  server: http.Server;
  handler: MonitoringHandler;
  manager: ConnectionManager;
  monitor: MemoryMonitor;
  pools: PoolRegistry;
  source: ForcedSource;
  logger: ReturnType<typeof recordingLogger>;
  get(path: string, headers?: Record<string, string>): Promise<Reply>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<Reply>;
  close(): Promise<void>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  json: any;
}

async function reply(r: Response): Promise<Reply> {
  const text = await r.text();
  let json: unknown = undefined;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: r.status, headers: r.headers, text, json };
}

export async function startHarness(
  extra:
    | Partial<MonitoringHandlerOptions>
    | ((
        manager: ConnectionManager,
        monitor: MemoryMonitor,
      ) => Partial<MonitoringHandlerOptions>) = {},
  managerOptions: ConstructorParameters<typeof ConnectionManager>[0] = { siteThreshold: 5 },
): Promise<Harness> {
  const manager = new ConnectionManager(managerOptions);
  const limit = 1024 * 1024 * 1024 * 64;
  const source = new ForcedSource(limit);
  const pools = new PoolRegistry();
  const monitor = new MemoryMonitor({
    connections: manager,
    // the monitor reads `{ stats() }`; PoolRegistry has `list()` (see docs/http.md)
    pools: { stats: () => pools.list().map((p) => ({ ...p.stats })) },
    source,
    limitBytes: limit,
    minIntervalMs: 100,
    maxIntervalMs: 200,
    trend: false,
  });
  const logger = recordingLogger();
  const handler = createMonitoringHandler({
    monitor,
    manager,
    pools,
    logger,
    auth: {
      tokens: [
        { token: READ, role: 'read', name: 'grafana' },
        { token: ADMIN, role: 'admin', name: 'alice' },
      ],
    },
    ...(typeof extra === 'function' ? extra(manager, monitor) : extra),
  });
  const server = http.createServer((req, res) => {
    if (!handler(req, res)) res.writeHead(404, { 'content-type': 'text/plain' }).end('app');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    server,
    handler,
    manager,
    monitor,
    pools,
    source,
    logger,
    get: async (path, headers = {}) =>
      reply(await fetch(url + path, { headers, redirect: 'manual' })),
    post: async (path, body, headers = {}) =>
      reply(
        await fetch(url + path, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body:
            body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
        }),
      ),
    close: async () => {
      handler.dispose();
      monitor.dispose();
      manager.disposeAll();
      server.closeAllConnections();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}

/** Sends raw bytes and returns the raw HTTP response (for what fetch will not send). */
export function rawRequest(url: string, payload: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const s = net.connect(Number(port), hostname, () => s.end(payload));
    let out = '';
    s.setEncoding('utf8');
    s.on('data', (d: string) => (out += d));
    s.on('end', () => resolve(out));
    s.on('error', reject);
  });
}
