/**
 * /monitoring (dashboard and JSON endpoints) and /metrics (Prometheus), from leakguard/http.
 *
 * Tokens: the admin token may do everything (cleanup, dispose an owner, heap snapshots are
 * left off); the read token only reads. Without a read token, reads are public on loopback —
 * this is a local demo — and need a token anywhere else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConnectionManager } from 'leakguard';
import { createMonitoringHandler, type TokenEntry } from 'leakguard/http';
import type { MemoryMonitor } from 'leakguard/monitor';
import type { SessionManager } from 'leakguard/realtime';
import { forwardedClient } from './client-address.js';
import { isLoopback, type ArenaConfig } from './config.js';

export interface MonitoringRoutes {
  handle(req: IncomingMessage, res: ServerResponse): boolean;
  dispose(): void;
}

export interface MonitoringDeps {
  config: ArenaConfig;
  manager: ConnectionManager;
  monitor: MemoryMonitor;
  sessions: SessionManager;
  log: (line: string) => void;
}

export function monitoringRoutes(deps: MonitoringDeps): MonitoringRoutes {
  const { config, log } = deps;
  const tokens: TokenEntry[] = [];
  if (config.adminToken !== undefined)
    tokens.push({ token: config.adminToken, role: 'admin', name: 'arena-admin' });
  if (config.readToken !== undefined)
    tokens.push({ token: config.readToken, role: 'read', name: 'arena-read' });
  const line =
    (level: string) =>
    (o: object, msg?: string): void =>
      log(`monitoring ${level}: ${msg ?? ''} ${JSON.stringify(o)}`);
  const handler = createMonitoringHandler({
    monitor: deps.monitor,
    manager: deps.manager,
    sessions: deps.sessions,
    auth: { tokens, publicReads: config.readToken === undefined && isLoopback(config.host) },
    prefix: '/monitoring',
    metricsPath: '/metrics',
    logger: { info: line('info'), warn: line('warn'), error: line('error') },
    // The audit log's `ip`: behind the fleet's balancer, the client it forwards (not 127.0.0.1).
    clientAddress: (req) => forwardedClient(req, config.balancerSecret),
  });
  return {
    handle: (req, res) => handler(req, res),
    dispose: () => handler.dispose(),
  };
}
