/**
 * Session: one player's presence, surviving reconnects within the window.
 *
 * The session owns a Scope from the ConnectionManager (owner = player id): whatever any
 * service registers for the player goes there and is disposed exactly once when the session
 * ends, however it ends. The live connection (a Transport) is held by the session itself
 * rather than by the scope: the SessionManager closes it on every path that ends a session
 * (`#end`), and keeping it out of the scope lets the scope be created lazily, which is what
 * keeps an idle session close to the size of a bare ws connection (bench/realtime.ts).
 */
import type { Scope } from '../core/index.js';
import type { PlayerId } from './options.js';
import type { Outbox } from './outbox.js';
import type { Bucket, Flood } from './rate-limit.js';
import type { Transport } from './transport.js';

/** What a session does for `send()`; implemented by the SessionManager. */
export interface SessionHost {
  sendTo(s: Session, msg: unknown): boolean;
  scopeFor(s: Session): Scope;
}

export type SessionState = 'connected' | 'away' | 'ended';

export class Session {
  /** Unique id of this session (a new one after the reconnect window has passed). */
  readonly id: string;
  readonly playerId: PlayerId;
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
  /** @internal its run of windows over the message limit, from its first drop */
  _flood: Flood | null = null;
  /** @internal `performance.now()` when the session went away (a wall-clock step must not end it) */
  _awaySince = 0;
  /** @internal created on first use of `scope` */ _scope: Scope | null = null;
  /** @internal takes from the store in flight: writes wait in the outbox meanwhile */ _hold = 0;
  /** @internal the store's claim version of this copy (a stale `moved` is ignored) */ _v = 0;
  /** @internal */ readonly _host: SessionHost;

  constructor(id: string, playerId: PlayerId, host: SessionHost) {
    // (a session resumed from another node keeps its id: the store hands it over)
    this.id = id;
    this.playerId = playerId;
    this._host = host;
    this.connectedAt = this.lastSeen = Date.now();
  }

  /**
   * The session's scope (owner = player id, service = the SessionManager's `service`):
   * everything registered here is disposed exactly once when the session ends. Created on
   * first use, so a session nobody registers anything for costs no scope (an idle session is
   * most of a server's sessions). On an ended session it is a disposed scope. Disposed from
   * outside (`manager.disposeService(service)`, `disposeOwner`, `disposeAll`…), it ends the
   * session: the connection closes with 4003 and `ended` fires with `'disposed'`.
   */
  get scope(): Scope {
    return (this._scope ??= this._host.scopeFor(this));
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
