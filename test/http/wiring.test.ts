/**
 * Every layer wired the way the README shows, with the real objects and no adapters: a
 * SessionManager, the process pool registry and a MemoryMonitor handed straight to
 * createMonitoringHandler, on a real server on 127.0.0.1.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager, Scope } from '../../src/core/index.js';
import { createMonitoringHandler } from '../../src/http/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { getPoolRegistry, ObjectPool } from '../../src/pool/index.js';
import { SessionManager } from '../../src/realtime/index.js';

const scope = new Scope({ name: 'wiring test' });
afterEach(async () => {
  await scope.disposeAsync();
});

describe('leakguard/http with the real layers', () => {
  it('serves memory, pools and sessions from real objects passed as they are', async () => {
    const manager = new ConnectionManager();
    const sessions = new SessionManager({ manager });
    scope.add(() => sessions.close({ timeoutMs: 1000 }));
    const pool = new ObjectPool({ name: 'wiring-bullets', create: () => ({}) });
    scope.add(() => pool.destroy());
    pool.acquire();
    const monitor = new MemoryMonitor({ connections: manager, pools: getPoolRegistry(), sessions });
    scope.add(() => monitor.dispose());
    manager.scope({ service: 'combat', owner: 'p1' }).setTimeout(() => {}, 60_000, { unref: true });
    const token = 'a-read-and-admin-token-of-32-characters';
    const handler = createMonitoringHandler({
      monitor,
      manager,
      sessions,
      pools: getPoolRegistry(),
      auth: { tokens: [{ token, role: 'admin' }] },
    });
    const server = http.createServer((req, res) => {
      if (!handler(req, res)) res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    scope.add(() => new Promise<void>((r) => server.close(() => r())));
    const { port } = server.address() as AddressInfo;
    const get = async (path: string) => {
      const res = await fetch(`http://127.0.0.1:${port}${path}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.status).toBe(200);
      return res.json() as Promise<Record<string, any>>;
    };
    const pools = await get('/monitoring/pools');
    expect(JSON.stringify(pools)).toContain('wiring-bullets');
    const conns = await get('/monitoring/connections');
    expect(JSON.stringify(conns)).toContain('combat');
    const memory = await get('/monitoring/memory');
    expect(memory['memory']).toHaveProperty('rss_mb');
    expect(JSON.stringify(memory)).toContain('outbox');
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`, {
      headers: { authorization: `Bearer ${token}` },
    }).then((r) => r.text());
    expect(metrics).toMatch(/leakguard_connections\{service="combat",kind="timer"\} 1/);
    expect(metrics).toMatch(/leakguard_pool_borrowed\{pool="wiring-bullets"\} 1/);
    expect(metrics).toMatch(/leakguard_sessions\{state="connected"\} 0/);
  });
});
