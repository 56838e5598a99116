import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { createMonitoringHandler, leakguardFastify } from '../../src/http/index.js';
import { ADMIN, READ, adm, rd } from './helpers.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function sources() {
  const manager = new ConnectionManager();
  const monitor = new MemoryMonitor({ connections: manager });
  cleanups.push(() => monitor.dispose());
  return {
    manager,
    monitor,
    pools: false as const,
    logger: { info() {}, warn() {}, error() {} },
    auth: {
      tokens: [
        { token: READ, role: 'read' as const },
        { token: ADMIN, role: 'admin' as const },
      ],
    },
  };
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

describe('Express', () => {
  it('mounts with app.use(handler), passes other paths on, and reads bodies express.json() parsed', async () => {
    const src = sources();
    const handler = createMonitoringHandler(src);
    cleanups.push(() => handler.dispose());
    const app = express();
    app.use(express.json()); // consumes the body before us: the handler takes req.body
    app.use(handler);
    app.get('/hello', (_req, res) => void res.send('world'));
    const url = await listen(http.createServer(app));

    expect(await (await fetch(url + '/hello')).text()).toBe('world');
    const mem = await fetch(url + '/monitoring/memory', { headers: rd });
    expect(mem.status).toBe(200);
    expect((await mem.json()).memory.rss_mb).toBeGreaterThan(1);
    expect((await fetch(url + '/metrics', { headers: rd })).status).toBe(200);
    expect((await fetch(url + '/monitoring/memory')).status).toBe(401);

    src.manager.scope({ owner: 'p1' }).defer(() => {});
    const disp = await fetch(url + '/monitoring/admin/dispose-owner', {
      method: 'POST',
      headers: { ...adm, 'content-type': 'application/json' },
      body: JSON.stringify({ owner: 'p1' }),
    });
    expect(disp.status).toBe(200);
    expect(await disp.json()).toMatchObject({ owner: 'p1', disposed: 1 });
    // no body at all also works after express.json()
    const sample = await fetch(url + '/monitoring/admin/sample', { method: 'POST', headers: adm });
    expect(sample.status).toBe(200);
  });

  it('a body express.urlencoded() parsed is refused with 415, as the handler refuses a form itself', async () => {
    const src = sources();
    const handler = createMonitoringHandler(src);
    cleanups.push(() => handler.dispose());
    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.use(express.json());
    app.use(handler);
    const url = await listen(http.createServer(app));
    src.manager.scope({ owner: 'p1' }).defer(() => {});
    const form = await fetch(url + '/monitoring/admin/dispose-owner', {
      method: 'POST',
      headers: { ...adm, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'owner=p1',
    });
    expect(form.status).toBe(415);
    expect((await form.json()).error.code).toBe('LEAKGUARD_HTTP_UNSUPPORTED_MEDIA_TYPE');
    expect(src.manager.stats(0).live).toBe(1);
    // JSON that express.json() parsed, and no body at all, still work
    const json = await fetch(url + '/monitoring/admin/dispose-owner', {
      method: 'POST',
      headers: { ...adm, 'content-type': 'application/json' },
      body: JSON.stringify({ owner: 'p1' }),
    });
    expect(json.status).toBe(200);
    expect(src.manager.stats(0).live).toBe(0);
    const none = await fetch(url + '/monitoring/admin/sample', { method: 'POST', headers: adm });
    expect(none.status).toBe(200);
  });

  it('mounts under a path: the prefix is relative to the mount point', async () => {
    const handler = createMonitoringHandler({ ...sources(), prefix: '/mon', metricsPath: false });
    cleanups.push(() => handler.dispose());
    const app = express();
    app.use('/ops', handler);
    const url = await listen(http.createServer(app));
    expect((await fetch(url + '/ops/mon/memory', { headers: rd })).status).toBe(200);
    const red = await fetch(url + '/ops/mon', { redirect: 'manual' });
    expect(red.status).toBe(308);
    expect(new URL(red.headers.get('location')!, url + '/ops/mon').pathname).toBe('/ops/mon/');
    expect((await fetch(url + '/ops/mon/')).status).toBe(200);
  });
});

describe('fastify', () => {
  it('registers as a plugin following the fastify-plugin convention', async () => {
    expect(
      (leakguardFastify as unknown as Record<symbol, unknown>)[Symbol.for('skip-override')],
    ).toBe(true);
    expect(
      (leakguardFastify as unknown as Record<symbol, unknown>)[Symbol.for('fastify.display-name')],
    ).toBe('leakguard');
    const app = Fastify();
    cleanups.push(() => app.close());
    await app.register(leakguardFastify as never, sources());
    app.get('/hello', async () => 'world');
    app.post('/echo', async (req) => req.body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

    expect(await (await fetch(url + '/hello')).text()).toBe('world');
    const echo = await fetch(url + '/echo', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(await echo.json()).toEqual({ a: 1 });
    const mem = await fetch(url + '/monitoring/memory', { headers: rd });
    expect(mem.status).toBe(200);
    expect((await mem.json()).connections).toHaveProperty('total');
    const metrics = await fetch(url + '/metrics', { headers: rd });
    expect(await metrics.text()).toContain('leakguard_connections_created_total');
    expect((await fetch(url + '/monitoring/memory')).status).toBe(401);
    const bad = await fetch(url + '/monitoring/admin/sample', {
      method: 'POST',
      headers: { ...adm, 'content-type': 'application/json' },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe('LEAKGUARD_HTTP_BAD_JSON');
    const ok = await fetch(url + '/monitoring/admin/sample', {
      method: 'POST',
      headers: { ...adm, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(ok.status).toBe(200);
    expect((app as unknown as { leakguard: { prefix: string } }).leakguard.prefix).toBe(
      '/monitoring',
    );
    expect((await fetch(url + '/monitoring/')).headers.get('content-type')).toMatch(/^text\/html/);
  });

  it("takes fastify's own registration options (logLevel, logSerializers) and still refuses an unknown key", async () => {
    // fastify hands every plugin the whole register() options object, its own keys included
    // (docs/Reference/Plugins.md, "Plugin Options"); `prefix` is ours (fastify ignores it for a
    // plugin that skips override)
    const app = Fastify();
    cleanups.push(() => app.close());
    await app.register(leakguardFastify as never, {
      ...sources(),
      prefix: '/ops',
      logLevel: 'warn',
      logSerializers: { req: (r: unknown) => String(r) },
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const url = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    expect((await fetch(url + '/ops/memory', { headers: rd })).status).toBe(200);
    expect((await fetch(url + '/ops/memory')).status).toBe(401);

    const bad = Fastify();
    cleanups.push(() => bad.close());
    await expect(
      bad.register(leakguardFastify as never, { ...sources(), logLevel: 'warn', logLevels: 'x' }),
    ).rejects.toThrow('Unknown option `logLevels`');
    // a misspelt key is told the nearest key the plugin takes, fastify's own included
    for (const [typo, meant] of [
      ['logLevle', 'logLevel'],
      ['loglevel', 'logLevel'],
      ['logSerializer', 'logSerializers'],
      ['prefx', 'prefix'],
    ] as const) {
      const app2 = Fastify();
      cleanups.push(() => app2.close());
      await expect(
        app2.register(leakguardFastify as never, { ...sources(), [typo]: 'x' }),
      ).rejects.toThrow(
        expect.objectContaining({
          code: 'LEAKGUARD_INVALID_OPTION',
          message: `Unknown option \`${typo}\`; did you mean \`${meant}\`?`,
        }),
      );
    }
    // the handler on its own still refuses fastify's keys: they are not its options
    expect(() => createMonitoringHandler({ ...sources(), logLevel: 'warn' } as never)).toThrow(
      'Unknown option `logLevel`',
    );
  });
});
