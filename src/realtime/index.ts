// leakguard/realtime: player sessions over WebSocket (ws) and Server-Sent Events.
export { SessionManager, CloseCodes } from './manager.js';
export type { CloseOptions } from './manager.js';
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
  RateLimitedInfo,
  SweepResult,
} from './stats.js';
