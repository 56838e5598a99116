/**
 * Session: one player's presence, surviving reconnects within the window.
 *
 * The session owns a Scope from the ConnectionManager (owner = player id): whatever any
 * service registers for the player goes there and is disposed exactly once when the session
 * ends, however it ends. The live connection (a Transport) sits in that scope's keyed slot, so
 * a reconnect swaps it without touching anything else the scope holds.
 */
import type { Scope } from '../core/index.js';
import type { PlayerId } from './options.js';
import type { Outbox } from './outbox.js';
import type { Bucket } from './rate-limit.js';
import type { Transport } from './transport.js';

/** What a session does for `send()`; implemented by the SessionManager. */
export interface SessionHost {
  sendTo(s: Session, msg: unknown): boolean;
}

export type SessionState = 'connected' | 'away' | 'ended';

export class Session {
  /** Unique id of this session (a new one after the reconnect window has passed). */
  readonly id: string;
  readonly playerId: PlayerId;
  /** Everything registered here is disposed when the session ends (owner = player id). */
  readonly scope: Scope;
  /**
   * `'connected'`, `'away'` (connection lost, waiting for a reconnect within the window), or
   * `'ended'` for a session object kept after its end.
   */
  state: SessionState = 'connected';
  /** `Date.now()` when the current (or last) connection was accepted. */
  connectedAt: number;
  /** `Date.now()` of the last message from the player (or of the connection). */
  lastSeen: number;
  /** @internal */ _t: Transport | null = null;
  /** @internal created on first need, dropped again when empty */ _outbox: Outbox | null = null;
  /** @internal message rate-limit bucket, created on the first message */ _bucket: Bucket | null =
    null;
  /** @internal `Date.now()` when the session went away */ _awaySince = 0;
  /** @internal */ readonly _host: SessionHost;

  constructor(id: string, playerId: PlayerId, scope: Scope, host: SessionHost) {
    this.id = id;
    this.playerId = playerId;
    this.scope = scope;
    this._host = host;
    this.connectedAt = this.lastSeen = Date.now();
  }

  /** The current connection's kind, or null while away. */
  get transport(): 'ws' | 'sse' | null {
    return this._t?.kind ?? null;
  }

  /**
   * Sends a message (string = text frame, Buffer/Uint8Array = binary, anything else as JSON).
   * Queued in the outbox while away. Returns false when it was dropped (counted and announced
   * on `dropped`).
   */
  send(msg: unknown): boolean {
    return this._host.sendTo(this, msg);
  }
}
