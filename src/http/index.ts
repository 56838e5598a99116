/**
 * leakguard/http: monitoring endpoints, Prometheus metrics, admin commands and a dashboard.
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export { createMonitoringHandler } from './handler.js';
export type { MonitoringHandler } from './handler.js';
export { leakguardFastify } from './fastify.js';
export type { LeakguardFastifyOptions } from './fastify.js';
export type {
  MonitoringHandlerOptions,
  AuthOptions,
  TokenEntry,
  Role,
  Logger,
  RateLimit,
} from './options.js';
export type { HttpErrorCode } from './respond.js';
