/**
 * The arena's monitoring routes in-process, on a real server on 127.0.0.1: the audit log of a
 * refused admin action names the client the fleet's balancer forwards (with the fleet's secret),
 * not the balancer's own address, and believes no one else's `x-forwarded-for`.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, expect, it } from 'vitest';
import { ConnectionManager } from 'leakguard';
import { MemoryMonitor } from 'leakguard/monitor';
import { SessionManager } from 'leakguard/realtime';
import { DEFAULTS } from './config.js';
import { monitoringRoutes, type MonitoringRoutes } from './monitoring.js';

const SECRET = 'balancer-secret-0123456789';
const READ = 'read-token-0123456789abcdef';
const ADMIN = 'admin-token-0123456789abcdef';

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function start(balancerSecret: string | undefined) {
  const manager = new ConnectionManager({ siteThreshold: false });
  const monitor = new MemoryMonitor({ connections: manager, trend: false });
  const sessions = new SessionManager({ manager, authenticate: () => null });
  const lines: string[] = [];
  const routes: MonitoringRoutes = monitoringRoutes({
    config: { ...DEFAULTS, adminToken: ADMIN, readToken: READ, balancerSecret },
    manager,
    monitor,
    sessions,
    log: (l) => lines.push(l),
  });
  const server: Server = createServer((req, res) => {
    if (!routes.handle(req, res)) res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  close = async () => {
    routes.dispose();
    await sessions.close();
    monitor.dispose();
    manager.disposeAll();
    server.closeAllConnections();
    await new Promise<void>((r) => server.close(() => r()));
  };
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  /** POSTs an admin action with the read token (refused: 403) and returns its audit line. */
  const refused = async (headers: Record<string, string>): Promise<Record<string, unknown>> => {
    const before = lines.length;
    const r = await fetch(`${url}/monitoring/admin/gc`, {
      method: 'POST',
      headers: { authorization: `Bearer ${READ}`, 'content-type': 'application/json', ...headers },
      body: '{}',
    });
    expect(r.status).toBe(403);
    const denied = lines.slice(before).filter((l) => l.includes('leakguard.admin.denied'));
    expect(denied, lines.join('\n')).toHaveLength(1);
    return JSON.parse((denied[0] as string).slice((denied[0] as string).indexOf('{'))) as Record<
      string,
      unknown
    >;
  };
  return { refused };
}

it('a refused admin action behind the balancer is logged with the client it forwards', async () => {
  const { refused } = await start(SECRET);
  const client = '203.0.113.9';
  expect(await refused({ 'x-forwarded-for': client, 'x-arena-balancer': SECRET })).toMatchObject({
    event: 'leakguard.admin.denied',
    who: 'arena-read',
    ip: client,
  });
  // without the fleet's secret (or with a wrong one) the header is anyone's claim
  expect((await refused({ 'x-forwarded-for': client })).ip).toBe('127.0.0.1');
  expect((await refused({ 'x-forwarded-for': client, 'x-arena-balancer': `${SECRET}x` })).ip).toBe(
    '127.0.0.1',
  );
  // a forwarded value that is not an address is not believed either
  expect(
    (await refused({ 'x-forwarded-for': 'evil, 10.0.0.1', 'x-arena-balancer': SECRET })).ip,
  ).toBe('127.0.0.1');
});

it('a single arena (no balancer secret) logs the socket address, whatever the headers say', async () => {
  const { refused } = await start(undefined);
  expect((await refused({ 'x-forwarded-for': '203.0.113.9', 'x-arena-balancer': SECRET })).ip).toBe(
    '127.0.0.1',
  );
});
