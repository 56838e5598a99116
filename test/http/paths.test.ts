/**
 * The handler routes on the path as sent. A request target that URL resolution turns into one
 * of our paths (dot segments, encoded dots, backslashes, `//host/…`) is not ours: Node, Express
 * and path-matching proxies see another path, so answering it would step past a proxy rule that
 * keeps `/monitoring` private. Real servers on 127.0.0.1, raw request lines.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { createMonitoringHandler, leakguardFastify } from '../../src/http/index.js';
import { rawRequest } from './helpers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** Reads are public here, the worst case: a path that reaches us is answered without a token. */
function options() {
  const manager = new ConnectionManager();
  const monitor = new MemoryMonitor({ connections: manager });
  cleanups.push(() => monitor.dispose());
  return {
    manager,
    monitor,
    pools: false as const,
    logger: { info() {}, warn() {}, error() {} },
    auth: { tokens: [], publicReads: true },
  };
}

const DISGUISED = [
  '/app/../monitoring/memory',
  '/app/%2e%2e/monitoring/memory',
  '/app/.%2E/monitoring/memory',
  '/x/..\\monitoring/memory',
  '/monitoring\\memory',
  '/monitoring/./memory',
  '//evil/monitoring/memory',
  '//evil/metrics',
  '/app/../metrics',
];

async function status(url: string, target: string): Promise<{ status: number; body: string }> {
  const out = await rawRequest(
    url,
    `GET ${target} HTTP/1.1\r\nhost: 127.0.0.1\r\nconnection: close\r\n\r\n`,
  );
  const [head = '', body = ''] = out.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]), body };
}

async function expectOnlyPlainPaths(url: string, appBody: RegExp): Promise<void> {
  for (const target of DISGUISED) {
    const r = await status(url, target);
    expect(r.status, target).toBe(404);
    // the app answered it, not the monitoring handler
    expect(r.body, target).toMatch(appBody);
  }
  expect((await status(url, '/monitoring/memory')).status).toBe(200);
  expect((await status(url, '/monitoring/memory?x=/../y')).status).toBe(200);
  expect((await status(url, '/metrics')).status).toBe(200);
  // absolute-form (RFC 9112 §3.2.2) names the same path as its origin-form
  expect((await status(url, 'http://127.0.0.1/monitoring/memory')).status).toBe(200);
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  cleanups.push(
    () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  );
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe('paths are matched as sent', () => {
  it('node:http: a disguised path goes to the app', async () => {
    const handler = createMonitoringHandler(options());
    cleanups.push(() => handler.dispose());
    const server = http.createServer((req, res) => {
      if (!handler(req, res))
        res.writeHead(404, { 'content-type': 'text/plain', 'content-length': '3' }).end('app');
    });
    await expectOnlyPlainPaths(await listen(server), /^app$/);
  });

  it('Express: a disguised path goes to next()', async () => {
    const handler = createMonitoringHandler(options());
    cleanups.push(() => handler.dispose());
    const app = express();
    app.use(handler);
    app.use((_req, res) => void res.status(404).send('app'));
    await expectOnlyPlainPaths(await listen(http.createServer(app)), /^app$/);
  });

  it('fastify: a disguised path goes to fastify', async () => {
    const app = Fastify();
    cleanups.push(() => app.close());
    await app.register(leakguardFastify as never, options());
    app.setNotFoundHandler((_req, reply) => reply.code(404).send('app'));
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    await expectOnlyPlainPaths(url, /^app$/);
  });
});
