/**
 * leakguard/realtime: player sessions over WebSocket (ws) and Server-Sent Events.
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export { SessionManager, CloseCodes } from './manager.js';
export type { SessionCloseOptions } from './manager.js';
export { Session } from './session.js';
export type { SessionState } from './session.js';
export type {
  SessionManagerOptions,
  OutboxOptions,
  RateLimitOptions,
  RateLimitRule,
  MessageRateLimitRule,
  PlayerId,
  CleanerHost,
} from './options.js';
export type {
  RealtimeStats,
  DropInfo,
  DropReason,
  EndReason,
  MalformedInfo,
  RefusedReason,
  RateLimitedInfo,
  SweepResult,
} from './stats.js';
export type {
  SessionStore,
  StoreHost,
  StoreContext,
  StoredMessage,
  Claimed,
  Located,
  FleetPresence,
  FleetState,
} from './store.js';
export type { RealtimeErrorCode } from '../internal/error-codes.js';
