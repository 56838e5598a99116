/**
 * leakguard/fleet: what a game needs to run as several nodes — a Redis session store for
 * `leakguard/realtime`'s SessionManager (resume on any node, one session per player across the
 * fleet, kick and dispose-owner anywhere, presence). ioredis is an optional peer dependency,
 * loaded only by `createRedisSessionStore`.
 *
 * @experimental
 * @module
 */
export { createRedisSessionStore, RedisSessionStore } from './redis-store.js';
export type { RedisSessionStoreOptions, RedisConnectionOptions } from './redis-store.js';
export type { FleetErrorCode } from '../internal/error-codes.js';
