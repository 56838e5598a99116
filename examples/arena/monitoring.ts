/**
 * /monitoring (dashboard and JSON endpoints) and /metrics (Prometheus), from leakguard/http.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ConnectionManager } from 'leakguard';
import type { MemoryMonitor } from 'leakguard/monitor';
import type { SessionManager } from 'leakguard/realtime';
import type { ArenaConfig } from './config.js';

export interface MonitoringRoutes {
  handle(req: IncomingMessage, res: ServerResponse, path: string): boolean;
  dispose(): void;
}

export interface MonitoringDeps {
  config: ArenaConfig;
  manager: ConnectionManager;
  monitor: MemoryMonitor;
  sessions: SessionManager;
  log: (line: string) => void;
}

export function monitoringRoutes(_deps: MonitoringDeps): MonitoringRoutes {
  return { handle: () => false, dispose: () => undefined };
}
