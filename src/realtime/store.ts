/**
 * The store seam of the SessionManager: where a player's session lives beyond this process.
 *
 * Without a `store` option the SessionManager keeps everything in its own maps (the in-memory
 * default: one process, nothing shared, today's behaviour). With one — `leakguard/fleet`'s
 * Redis store — these few questions go to the store, and the store calls back through
 * `StoreHost` when another node acts on one of our players:
 *
 * | the manager asks                        | when                                                  |
 * | --------------------------------------- | ----------------------------------------------------- |
 * | `claim(player, sessionId)`              | a player is admitted here (before the upgrade)        |
 * | `take(player)`                          | messages wait in the store for a player connected here |
 * | `away(player, sessionId)`               | the player's connection here was lost                 |
 * | `enqueue(player, message)`              | a message for a player away, or held by another node  |
 * | `end(player, sessionId)`                | the session ended here (not moved)                    |
 * | `route(player, 'kick' / 'dispose-owner')`| `kickAnywhere` / `disposeOwnerAnywhere`              |
 * | `locate(player)`, `presence()`          | "which node holds X", fleet-wide counts               |
 * | `state()`                               | `stats().fleet`                                       |
 *
 * and the store tells the manager (`StoreHost`): `moved` (another node took the player: end
 * the local copy, reason `moved`, 4001 if still connected), `wake` (take and write what waits),
 * `kick`, `disposeOwner`, `dropped`. Every method may fail or be refused when the store is
 * down: the manager then serves its local players on its own (see docs/fleet.md).
 */
import type { PlayerId } from './options.js';
import type { DropReason } from './outbox.js';

/** A message on its way to a player: as it goes on the wire, its bytes, when it was queued. */
export interface StoredMessage {
  data: string | Buffer;
  bytes: number;
  /** `Date.now()` when it was first queued (the outbox TTL counts from here). */
  at: number;
}

/** What `claim` found: the fleet session to resume (or none) and what waited for it. */
export interface Claimed {
  /** The session id now recorded: the player's live session's, or the one passed (new). */
  sessionId: string;
  /** True when the player had a live session (here or on another node): a resume. */
  resumed: boolean;
  /** Increases with every claim of this player (a `moved` older than our claim is ignored). */
  version: number;
  /** The node that held the player before, when it was another one; null otherwise. */
  from: string | null;
  /** Queued messages, oldest first, already removed from the store (expired ones included). */
  messages: StoredMessage[];
}

/** Where `route`/`locate` found a player. */
export interface Located {
  /** True when a live node holds the player (and, for `route`, the request reached it). */
  found: boolean;
  /** The node that holds the player, or null. */
  node: string | null;
  /** True when that node is this one. */
  local: boolean;
}

/** Fleet-wide presence, from the nodes' last heartbeats. */
export interface FleetPresence {
  nodes: { node: string; connected: number; away: number }[];
  connected: number;
  away: number;
}

/** `stats().fleet`: the store's state and its bounded command traffic. */
export interface FleetState {
  /** The store's kind (`'redis'`). */
  store: string;
  /** This node's id in the fleet. */
  node: string;
  /**
   * `'connecting'` (never reached yet), `'connected'`, `'degraded'` (lost; local players are
   * still served, fleet features wait), `'closed'`.
   */
  state: 'connecting' | 'connected' | 'degraded' | 'closed';
  /** Commands sent, failed (error or timeout), refused (store down or `maxInFlight` reached). */
  commands: { sent: number; failed: number; refused: number };
  /** Commands waiting for an answer now (at most `maxInFlight`). */
  inFlight: number;
  /** Times the connection came back after a loss. */
  reconnects: number;
  /**
   * Claims that stopped waiting for the previous holder's hand-over after `handoffTimeoutMs`
   * (that node alive but not answering in time: what it had accepted for the player comes after
   * the resume). Stores without a hand-over leave it out.
   */
  handoffTimeouts?: number;
  /** The last connection error's message, or null. */
  lastError: string | null;
}

/** What the store may ask of the SessionManager it was given to. */
export interface StoreHost {
  /** Another node took `playerId` over (claim `version`): end our copy (reason `moved`). */
  moved(playerId: PlayerId, to: string, version: number): void;
  /** Messages wait in the store for `playerId`, connected here: take and write them. */
  wake(playerId: PlayerId): void;
  /** A fleet `kick` reached us. */
  kick(playerId: PlayerId, reason: string): boolean;
  /** A fleet `dispose-owner` reached us (`kick`: end the session first). */
  disposeOwner(playerId: PlayerId, kick: boolean, reason: string): boolean;
  /** Messages the store dropped (caps, TTL, no session anywhere, store down). */
  dropped(playerId: PlayerId, reason: DropReason, count: number, bytes: number): void;
  /** Local counts, for this node's presence heartbeat. */
  counts(): { connected: number; away: number };
  /** The players held here with their session ids and states (re-announced after a store restart). */
  held(): Iterable<{ playerId: PlayerId; sessionId: string; away: boolean }>;
}

/** What the SessionManager needs to know of itself when it opens a store. */
export interface StoreContext {
  /** `reconnectWindowMs` of the manager. */
  reconnectWindowMs: number;
  /** The outbox caps, enforced by the store for the messages it queues. */
  outbox: { maxMessages: number; maxBytes: number; ttlMs: number };
}

/**
 * A session store: the `store` option of `SessionManager`. One store serves one manager
 * (`open` is called once, by its constructor; `close` by its `close()`).
 */
export interface SessionStore {
  /** This node's id in the fleet. */
  readonly nodeId: string;
  open(host: StoreHost, context: StoreContext): void;
  /**
   * Makes this node the holder of `playerId` (any other node's copy is told `moved`) and takes
   * what was queued for it — including what the previous holder had accepted for it before it
   * learned of the move (the Redis store waits, bounded, for that node to hand it over), so a
   * resume writes them before `resumed` fires. Resolves null when the store cannot answer (the manager then starts
   * or keeps a local session); never rejects.
   */
  claim(playerId: PlayerId, sessionId: string): Promise<Claimed | null>;
  /** Takes what was queued for a player connected here; [] when none or unavailable. */
  take(playerId: PlayerId): Promise<StoredMessage[]>;
  /**
   * The player's connection here was lost: the fleet session waits `reconnectWindowMs` for a
   * resume on any node. False when refused at once (store down): the manager keeps it local.
   */
  away(playerId: PlayerId, sessionId: string): boolean;
  /** Queues for a player who is not connected here. False when refused at once (store down). */
  enqueue(playerId: PlayerId, msg: StoredMessage): boolean;
  /** The session ended here; whatever was still queued for it is dropped (and reported). */
  end(playerId: PlayerId, sessionId: string): void;
  /** Sends a kick or dispose-owner to the node that holds the player. */
  route(
    playerId: PlayerId,
    action: 'kick' | 'dispose-owner',
    options: { reason: string; kick: boolean },
  ): Promise<Located>;
  /** Which node holds `playerId`. */
  locate(playerId: PlayerId): Promise<Located>;
  /** Fleet-wide counts from the live nodes. */
  presence(): Promise<FleetPresence>;
  /** For `stats().fleet`. */
  state(): FleetState;
  /** Ends the store's connections and timers; safe twice. */
  close(): Promise<void>;
}
