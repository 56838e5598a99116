/** Shapes of what the SessionManager reports: stats, drops, malformed input, sweeps. */
import type { PlayerId } from './options.js';
import type { DropReason } from './outbox.js';
import type { FleetState } from './store.js';

export type { DropReason };

/**
 * Why a session ended: its connection closed with no reconnect window (`closed`), the window
 * passed (`expired`), `kick()`, `close()` (`shutdown`), or its scope was disposed from outside
 * — `manager.disposeService/disposeOwner/disposeTag/disposeAll` or `session.scope.dispose()`
 * (`disposed`); or, with a shared `store`, the player resumed on another node (`moved`: this
 * node's copy ends, exactly once; its connection, if it still had one, closes with 4001).
 */
export type EndReason = 'closed' | 'expired' | 'kicked' | 'shutdown' | 'disposed' | 'moved';

/**
 * Why a connection attempt was refused, by its answer: 401 from `authenticate`
 * (`unauthorized`), 429 from `rateLimit.connections` (`rate-limited`), 503 because
 * `authenticate` took over `authenticateTimeoutMs` (`auth-timeout`) or because `close()` was
 * called (`shutdown`).
 */
export type RefusedReason = 'unauthorized' | 'rate-limited' | 'auth-timeout' | 'shutdown';

/** Announced on `dropped` for every message that will never be delivered. */
export interface DropInfo {
  /** The addressee (undefined never happens today; kept for drops without a player). */
  playerId: PlayerId | undefined;
  reason: DropReason;
  /** Messages dropped at once. */
  count: number;
  /** Their bytes (0 when unknown, e.g. `no-session`). */
  bytes: number;
}

/** Announced on `malformed` for every message `parse` refused. */
export interface MalformedInfo {
  playerId: PlayerId;
  sessionId: string;
  /** What `parse` threw. */
  error: unknown;
  /** Size of the refused message in bytes. */
  bytes: number;
}

/** Announced on `rateLimited` for every message over `rateLimit.messages`. */
export interface RateLimitedInfo {
  playerId: PlayerId;
  sessionId: string;
  /** Messages dropped in the current window, this one included (1 = the window just started). */
  dropped: number;
  /** Windows over the limit in a row, the current one included (1 = the first). */
  windows: number;
  /** Milliseconds until the player's next message is accepted. */
  retryAfterMs: number;
}

/** What one `sweep()` removed. */
export interface SweepResult {
  expiredSessions: number;
  expiredMessages: number;
  rateLimitKeys: number;
}

export interface RealtimeStats {
  /** Live sessions (connected + away). */
  sessions: number;
  connected: number;
  away: number;
  /** Open sockets/streams of ours, and upgrades waiting for `authenticate`. */
  connections: { ws: number; sse: number; pending: number };
  /** Outboxes: players with queued messages, messages, bytes, the longest queue. */
  outbox: { players: number; messages: number; bytes: number; largest: number };
  /** Messages that were never delivered, in total and by reason. */
  dropped: { total: number; byReason: Partial<Record<DropReason, number>> };
  /**
   * Refused connection attempts and messages; rate-limit keys currently tracked; connections
   * closed by `rateLimit.messages.closeAfterWindows`.
   */
  rateLimited: { connections: number; messages: number; trackedKeys: number; closes: number };
  /** Connections ended because they missed a heartbeat. */
  heartbeatTerminations: number;
  /** Connections cut by `backpressure: 'close'`. */
  backpressureCloses: number;
  /** Messages `parse` refused. */
  malformed: number;
  /** Frames over `maxPayloadBytes` (closed with 1009). */
  oversized: number;
  /** Other socket/protocol errors. */
  socketErrors: number;
  /**
   * Connection attempts answered with an error status, in total and by reason (every reason
   * present, 0 until it happens). Each attempt counts once, under the answer it got: during
   * `close()` that is `shutdown`, whatever `authenticate` said.
   */
  refused: { total: number; byReason: Record<RefusedReason, number> };
  /** Connection attempts refused with 401. */
  authFailures: number;
  /** Connection attempts answered 503 because `authenticate` took over `authenticateTimeoutMs`. */
  authTimeouts: number;
  /** Session scopes whose dispose threw (reported on the console). */
  cleanupErrors: number;
  /** Bytes waiting in our send buffers plus bytes queued in outboxes. */
  bytesBuffered: number;
  /** Sessions started / resumed within the window, since construction. */
  joined: number;
  resumed: number;
  /** Sessions ended, by reason, since construction. */
  ended: Record<EndReason, number>;
  /** True once `close()` was called. */
  closing: boolean;
  /** The shared store's state and traffic (`store` option); null in memory. */
  fleet: FleetState | null;
}

/**
 * @internal The counters the manager keeps between `stats()` calls: the fields of
 * RealtimeStats it copies as they are, plus the ones `stats()` reshapes (`dropped`) or
 * completes (`rateLimited.trackedKeys` is read from the limiter).
 */
export interface Counters extends Pick<
  RealtimeStats,
  | 'connected'
  | 'away'
  | 'joined'
  | 'resumed'
  | 'heartbeatTerminations'
  | 'backpressureCloses'
  | 'malformed'
  | 'oversized'
  | 'socketErrors'
  | 'authFailures'
  | 'authTimeouts'
  | 'cleanupErrors'
  | 'ended'
> {
  droppedTotal: number;
  dropped: Partial<Record<DropReason, number>>;
  rateLimited: Omit<RealtimeStats['rateLimited'], 'trackedKeys'>;
  refused: Record<RefusedReason, number>;
}

/** @internal */
export function emptyStats(): Counters {
  return {
    connected: 0,
    away: 0,
    joined: 0,
    resumed: 0,
    droppedTotal: 0,
    dropped: {},
    rateLimited: { connections: 0, messages: 0, closes: 0 },
    refused: { unauthorized: 0, 'rate-limited': 0, 'auth-timeout': 0, shutdown: 0 },
    heartbeatTerminations: 0,
    backpressureCloses: 0,
    malformed: 0,
    oversized: 0,
    socketErrors: 0,
    authFailures: 0,
    authTimeouts: 0,
    cleanupErrors: 0,
    ended: { closed: 0, expired: 0, kicked: 0, shutdown: 0, disposed: 0, moved: 0 },
  };
}

/** @internal The gauges of `stats()`, summed over the live sessions and transports. */
export function collectStats(
  st: Counters,
  sessions: Iterable<{ _outbox: { count: number; bytes: number } | null }>,
  open: Iterable<{ kind: 'ws' | 'sse'; buffered: number }>,
  pending: number,
  trackedKeys: number,
  closing: boolean,
  fleet: FleetState | null = null,
): RealtimeStats {
  let n = 0;
  let players = 0;
  let messages = 0;
  let bytes = 0;
  let largest = 0;
  for (const s of sessions) {
    n++;
    const box = s._outbox;
    if (box === null) continue;
    players++;
    messages += box.count;
    bytes += box.bytes;
    if (box.count > largest) largest = box.count;
  }
  let buffered = 0;
  let ws = 0;
  let sse = 0;
  for (const t of open) {
    buffered += t.buffered;
    if (t.kind === 'ws') ws++;
    else sse++;
  }
  return {
    sessions: n,
    connected: st.connected,
    away: st.away,
    connections: { ws, sse, pending },
    outbox: { players, messages, bytes, largest },
    dropped: { total: st.droppedTotal, byReason: { ...st.dropped } },
    rateLimited: {
      connections: st.rateLimited.connections,
      messages: st.rateLimited.messages,
      trackedKeys,
      closes: st.rateLimited.closes,
    },
    refused: {
      total:
        st.refused.unauthorized +
        st.refused['rate-limited'] +
        st.refused['auth-timeout'] +
        st.refused.shutdown,
      byReason: { ...st.refused },
    },
    heartbeatTerminations: st.heartbeatTerminations,
    backpressureCloses: st.backpressureCloses,
    malformed: st.malformed,
    oversized: st.oversized,
    socketErrors: st.socketErrors,
    authFailures: st.authFailures,
    authTimeouts: st.authTimeouts,
    cleanupErrors: st.cleanupErrors,
    bytesBuffered: buffered + bytes,
    joined: st.joined,
    resumed: st.resumed,
    ended: { ...st.ended },
    closing,
    fleet,
  };
}
