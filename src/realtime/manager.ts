/**
 * Why this file is long: the SessionManager is one state machine (join, resume, away, end)
 * over two transports, and its transitions share its private indexes (sessions by player,
 * outboxes, limiters); the parts that stand alone already have files (session, transport,
 * outbox, rate-limit, admit, wire, options, and the store seam's types in store.ts).
 *
 * SessionManager: players' sessions over WebSocket (ws) and Server-Sent Events, each owning a
 * ConnectionManager scope that is disposed exactly once however the session ends.
 *
 * Lifecycle of a session (every transition in this file, nowhere else):
 *   connect ──► connected ──(connection lost)──► away ──(reconnect in window)──► connected
 *                   │                              │
 *                   └──(kick / shutdown)──► ended ◄┴──(window passed / kick / shutdown)
 * `#end` is the only way to `ended`: it removes the session from every index, reports what its
 * outbox still held as dropped, closes the connection if one is left, and disposes the scope.
 *
 * With a `store` (leakguard/fleet), admission also claims the player in the store, messages
 * for away players (and for players held by other nodes) go to the store, and the store's
 * callbacks (`#storeHost`) end a copy that moved, write what waited, and route kicks.
 *
 * Memory invariants: `#sessions` holds connected and away sessions only; an outbox exists only
 * while non-empty; rate-limit keys are capped (see rate-limit.ts); `#open` holds transports
 * whose socket has not closed yet (what `close()` waits for); `#pending` holds raw sockets
 * waiting for an async `authenticate` (destroyed by `close()`).
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { isDisposableLike, LeakguardError, Scope, Signal } from '../core/index.js';
import type { ReadonlySignal } from '../core/index.js';
import { reportError } from '../internal/errors.js';
import { checkKnownKeys, checkTimerMs, optionError } from '../internal/options.js';
import { AUTH_TIMED_OUT, authenticateRequest, peerAddress, refuseSocket } from './admit.js';
import {
  resolveOptions,
  type PlayerId,
  type Resolved,
  type Rule,
  type SessionManagerOptions,
} from './options.js';
import { Outbox, type DropReason, type Queued } from './outbox.js';
import { KeyedLimiter, retryAfter, take } from './rate-limit.js';
import { Session, type SessionHost } from './session.js';
import type {
  Claimed,
  FleetPresence,
  Located,
  SessionStore,
  StoredMessage,
  StoreHost,
} from './store.js';
import { byteLength, encode, retryHeaders, truncateReason } from './wire.js';
import { SseTransport, Transport, WsTransport, type TransportHost } from './transport.js';
import {
  collectStats,
  emptyStats,
  type Counters,
  type DropInfo,
  type EndReason,
  type MalformedInfo,
  type RateLimitedInfo,
  type RealtimeStats,
  type RefusedReason,
  type SweepResult,
} from './stats.js';

const kAway = 'away';
const kHeartbeat = 'heartbeat';

/** Close codes we send (4000–4999 is the application range). */
export const CloseCodes = Object.freeze({
  shutdown: 1001,
  tooBig: 1009,
  kicked: 4000,
  replaced: 4001,
  maxAge: 4002,
  disposed: 4003,
  rateLimited: 4004,
});

export interface SessionCloseOptions {
  /**
   * How long to wait for peers to answer the close handshake, in milliseconds; then the remaining
   * sockets are terminated.
   * @default 5000
   */
  timeoutMs?: number;
}

const CLOSE_KEYS: readonly (keyof SessionCloseOptions)[] = ['timeoutMs'];

/** What `stats().refused` counts an attempt under, by the status `#admit` decided. */
const REFUSED_BY_STATUS = new Map<number, RefusedReason>([
  [401, 'unauthorized'],
  [429, 'rate-limited'],
  [AUTH_TIMED_OUT, 'auth-timeout'],
  [503, 'shutdown'],
]);

function destroyOnError(this: Duplex): void {
  this.destroy();
}

/**
 * What an attached server's `verifyClient` becomes at `close()`: a closed SessionManager admits
 * nobody (503, as `handleUpgrade` answers), and holds no reference to it. A later `attach`
 * may replace it.
 */
function refuseClosed(
  _info: unknown,
  cb: (ok: boolean, code?: number, message?: string, headers?: Record<string, string>) => void,
): void {
  cb(false, 503, undefined, retryHeaders(503));
}

export class SessionManager {
  readonly #joined = new Signal<[Session]>({ name: 'joined' });
  /** A session started (first connection of a player, or after its window passed). */
  readonly joined: ReadonlySignal<[Session]> = this.#joined;
  readonly #resumed = new Signal<[Session]>({ name: 'resumed' });
  /** A player came back within the reconnect window; its queued messages were sent. */
  readonly resumed: ReadonlySignal<[Session]> = this.#resumed;
  readonly #wentAway = new Signal<[Session]>({ name: 'wentAway' });
  /** A session lost its connection and waits for a reconnect. */
  readonly wentAway: ReadonlySignal<[Session]> = this.#wentAway;
  readonly #ended = new Signal<[Session, EndReason]>({ name: 'ended' });
  /**
   * A session ended; fires just before its scope is disposed (for reason `'disposed'`, once the
   * scope's own cleanups have run: that disposal is what ended it).
   */
  readonly ended: ReadonlySignal<[Session, EndReason]> = this.#ended;
  readonly #received = new Signal<[Session, unknown]>({ name: 'received' });
  /** A message from a player, after the rate limit and `parse`. */
  readonly received: ReadonlySignal<[Session, unknown]> = this.#received;
  readonly #rateLimited = new Signal<[Session, RateLimitedInfo]>({ name: 'rateLimited' });
  /**
   * A message over `rateLimit.messages` was dropped (fires for each one, with the count in the
   * current window): warn, kick or log a flooder here. See also `notify`/`closeAfterWindows`.
   */
  readonly rateLimited: ReadonlySignal<[Session, RateLimitedInfo]> = this.#rateLimited;
  readonly #malformed = new Signal<[MalformedInfo]>({ name: 'malformed' });
  /** A message `parse` refused (the connection stays open). */
  readonly malformed: ReadonlySignal<[MalformedInfo]> = this.#malformed;
  readonly #dropped = new Signal<[DropInfo]>({ name: 'dropped' });
  /** Messages that will never be delivered, with the reason. */
  readonly dropped: ReadonlySignal<[DropInfo]> = this.#dropped;

  readonly #o: Resolved;
  readonly #scope: Scope;
  readonly #sessions = new Map<PlayerId, Session>();
  readonly #open = new Set<Transport>();
  readonly #pending = new Set<Duplex>();
  readonly #limiter: KeyedLimiter | null;
  readonly #stats: Counters = emptyStats();
  readonly #store: SessionStore | null;
  /** Players woken (messages wait in the store) before their connection was accepted here. */
  readonly #wakes = new Set<string>();
  /**
   * `moved` notices for players with no session here (to, claim version): a claim of ours may
   * still be on its way, and a newer move ends the session it brings at once (`#accept`).
   */
  readonly #movedAway = new Map<string, [string, number]>();
  #wss: WebSocketServer | null = null;
  #closing: Promise<void> | null = null;
  #anon = 0;
  #ids = 0;
  /** Session ids are unique across restarts and managers, and cost a short string each. */
  readonly #idPrefix = randomUUID().slice(0, 8) + '-';
  #attached = 0;
  #keyOfReported = false;
  #onOpenEmpty: (() => void) | null = null;

  readonly #host: TransportHost & SessionHost = {
    onMessage: (t, data, isBinary) => this.#onMessage(t, data, isBinary),
    onClosed: (t) => this.#onClosed(t),
    onError: (t, err) => this.#onError(t, err),
    sendTo: (s, msg) => this.#sendTo(s, msg),
    scopeFor: (s) => {
      const scope = this.#o.manager.scope({
        owner: s.playerId,
        service: this.#o.service,
        name: 'realtime session',
      });
      if (s.state === 'ended') scope.dispose();
      // First entry, so it runs last: a scope disposed from outside (disposeService,
      // disposeOwner, disposeAll…) ends its session once the player's cleanups have run.
      else scope.defer(() => this.#scopeDisposed(s));
      return scope;
    },
  };

  readonly #storeHost: StoreHost = {
    moved: (playerId, to, version) => {
      const s = this.#sessions.get(playerId);
      if (s === undefined) {
        if (this.#movedAway.size >= 10_000) this.#movedAway.clear();
        this.#movedAway.set(String(playerId), [to, version]);
        return;
      }
      // a claim of ours newer than the one that moved the player wins
      if (s._v > version) return;
      s._t?.close(CloseCodes.replaced, truncateReason(`moved to ${to}`));
      this.#end(s, 'moved');
    },
    wake: (playerId) => {
      const s = this.#sessions.get(playerId);
      if (s !== undefined && s._t !== null) return this.#take(s);
      if (this.#wakes.size >= 10_000) this.#wakes.clear();
      this.#wakes.add(String(playerId));
    },
    kick: (playerId, reason) => this.#kickLocal(playerId, reason),
    disposeOwner: (playerId, kick, reason) => {
      const found = kick ? this.#kickLocal(playerId, reason) : this.#sessions.has(playerId);
      this.#o.manager.disposeOwner(playerId);
      return found;
    },
    dropped: (playerId, reason, count, bytes) => this.#drop(playerId, reason, count, bytes),
    counts: () => ({ connected: this.#stats.connected, away: this.#stats.away }),
    held: () =>
      [...this.#sessions.values()].map((s) => ({
        playerId: s.playerId,
        sessionId: s.id,
        away: s.state === 'away',
      })),
  };

  constructor(options: SessionManagerOptions) {
    this.#o = resolveOptions(options);
    this.#store = this.#o.store;
    // A plain Scope, not one of `manager`'s: the SessionManager's own signals, heartbeat and
    // hooks must not be reachable by the service, owner or tag of the sessions, nor by
    // `manager.disposeAll()` — only `close()` ends them.
    this.#scope = new Scope({ name: 'SessionManager' });
    this.#limiter = this.#o.connRule && new KeyedLimiter(this.#o.connRule, this.#o.maxKeys);
    for (const s of [
      this.joined,
      this.resumed,
      this.wentAway,
      this.ended,
      this.received,
      this.rateLimited,
      this.malformed,
      this.dropped,
    ])
      this.#scope.add(s);
    const mon = this.#o.monitor;
    if (mon !== undefined) {
      const reg = mon.addCleaner(`realtime:${this.#o.service}`, () => this.sweep());
      if (isDisposableLike(reg)) this.#scope.add(reg);
    }
    // closed by close(), after the last session has told the store how it ended
    this.#store?.open(this.#storeHost, {
      reconnectWindowMs: this.#o.reconnectWindowMs,
      outbox: {
        maxMessages: this.#o.outboxMaxMessages,
        maxBytes: this.#o.outboxMaxBytes,
        ttlMs: this.#o.outboxTtlMs,
      },
    });
  }

  // ---------------------------------------------------------------- accepting

  /**
   * Takes over a `WebSocketServer` you created: authentication and rate limits run in its
   * `verifyClient` (refusals answer 401/429/503 before the upgrade) and its `maxPayload` is set
   * to `maxPayloadBytes`. `close()` restores `maxPayload` and leaves a `verifyClient` that
   * refuses everyone with 503 (a later `attach` may replace it). The server must not have a
   * `verifyClient` of its own.
   */
  attach(wss: WebSocketServer): this {
    this.#assertOpen();
    const opts = wss.options as { verifyClient?: unknown; maxPayload?: number };
    if (opts.verifyClient && opts.verifyClient !== refuseClosed)
      throw new LeakguardError(
        'LEAKGUARD_REALTIME_ATTACH',
        'attach(wss) needs a WebSocketServer without verifyClient: authenticate through the `authenticate` option',
      );
    const prevPayload = opts.maxPayload;
    /** Admitted, not yet connected: the player and its claim, by request and by socket. */
    const ids = new WeakMap<IncomingMessage, [PlayerId, Claimed | null]>();
    const reqs = new WeakMap<Duplex, IncomingMessage>();
    // ws emits no 'connection' for a socket that closed while we admitted it (completeUpgrade
    // destroys it): the claim, and the messages it took from the store, go back.
    const gone = (socket: Duplex): void => {
      const req = reqs.get(socket);
      const admitted = req === undefined ? undefined : ids.get(req);
      if (req === undefined || admitted === undefined) return;
      ids.delete(req);
      this.#release(admitted[0], admitted[1]);
    };
    function onClose(this: Duplex): void {
      gone(this);
    }
    opts.maxPayload = this.#o.maxPayloadBytes;
    opts.verifyClient = (
      info: { req: IncomingMessage },
      cb: (ok: boolean, code?: number, message?: string, headers?: Record<string, string>) => void,
    ): void =>
      this.#admit(info.req, (status, id, claim) => {
        if (status !== 0) {
          const code = this.#refusal(status);
          return cb(false, code, undefined, retryHeaders(code));
        }
        const { req } = info;
        ids.set(req, [id as PlayerId, claim]);
        reqs.set(req.socket, req);
        if (req.socket.destroyed) {
          gone(req.socket);
          cb(false, 400);
          return;
        }
        req.socket.once('close', onClose);
        cb(true);
      });
    const key = `attach ${++this.#attached}`;
    const scope = this.#scope.child(key);
    scope.on(wss, 'connection', (ws: WebSocket, req: IncomingMessage) => {
      req.socket.off('close', onClose);
      const admitted = ids.get(req);
      ids.delete(req);
      if (admitted === undefined || this.#closing !== null) {
        if (admitted !== undefined) this.#release(admitted[0], admitted[1]);
        ws.close(CloseCodes.shutdown, 'server shutdown');
      } else this.#accept(new WsTransport(ws, this.#host), admitted[0], admitted[1]);
    });
    scope.defer(() => {
      // Not `undefined`: the server would then accept anyone, unauthenticated, with no session
      // and no heartbeat to ever end the connection.
      opts.verifyClient = refuseClosed;
      opts.maxPayload = prevPayload;
    });
    return this;
  }

  /**
   * Handles an HTTP `upgrade` (`server.on('upgrade', (req, socket, head) =>
   * sessions.handleUpgrade(req, socket, head))`). Refusals answer 401/429/503 and close the
   * socket.
   */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (this.#closing !== null) return refuseSocket(socket, this.#refusal(503));
    // While authentication runs, a socket error must not crash the process, and close() must
    // be able to find the socket.
    this.#pending.add(socket);
    socket.on('error', destroyOnError);
    this.#admit(req, (status, id, claim) => {
      this.#pending.delete(socket);
      socket.off('error', destroyOnError);
      if (socket.destroyed) return this.#release(id, claim);
      if (status !== 0) {
        const code = this.#refusal(status);
        return refuseSocket(socket, code, retryHeaders(code));
      }
      this.#wss ??= new WebSocketServer({
        noServer: true,
        clientTracking: false,
        perMessageDeflate: false,
        maxPayload: this.#o.maxPayloadBytes,
      });
      this.#wss.handleUpgrade(req, socket, head, (ws) =>
        this.#accept(new WsTransport(ws, this.#host), id as PlayerId, claim),
      );
    });
  }

  /**
   * Serves a Server-Sent Events stream for `req` (call it from your request handler for the
   * SSE path). Refusals answer 401/429/503. The stream's cleanup is tied to the response's
   * 'close' (client abort included).
   */
  handleSse(req: IncomingMessage, res: ServerResponse): void {
    if (this.#closing !== null)
      return void res.writeHead(this.#refusal(503), retryHeaders(503)).end();
    this.#admit(req, (status, id, claim) => {
      if (res.destroyed || res.writableEnded || this.#closing !== null) this.#release(id, claim);
      if (res.destroyed || res.writableEnded) return;
      if (this.#closing !== null) status = 503;
      if (status !== 0) {
        const code = this.#refusal(status);
        return void res.writeHead(code, retryHeaders(code)).end();
      }
      res.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-cache, no-transform',
        'x-accel-buffering': 'no',
        // The stream ends with the session's connection; keep no idle socket after it.
        connection: 'close',
      });
      res.write(': connected\n\n');
      // The heartbeat cannot see a peer that vanished from an idle stream (the kernel takes
      // each ping into its send buffer); an unanswered keep-alive probe ends the socket.
      const keepAlive = this.#o.sseKeepAliveMs;
      if (keepAlive > 0) req.socket.setKeepAlive(true, keepAlive);
      this.#accept(
        new SseTransport(req, res, this.#host, this.#o.heartbeatMs),
        id as PlayerId,
        claim,
      );
    });
  }

  /**
   * Counts a refused attempt by the status `#admit` decided, as it is answered, and returns the
   * status to answer with (an authentication that timed out, AUTH_TIMED_OUT, is answered 503).
   * A 400 goes to a peer already gone: no refusal of ours, not counted.
   */
  #refusal(status: number): number {
    const reason = REFUSED_BY_STATUS.get(status);
    if (reason !== undefined) this.#stats.refused[reason]++;
    return status === AUTH_TIMED_OUT ? 503 : status;
  }

  #admit(
    req: IncomingMessage,
    done: (status: number, id: PlayerId | undefined, claim: Claimed | null) => void,
  ): void {
    if (this.#closing !== null) return done(503, undefined, null);
    if (this.#limiter !== null) {
      const key = this.#keyOf(req);
      // No address, so no key of its own: a TCP peer that reset before we could read its
      // address (nobody to answer, nothing to authenticate), or a Unix-socket server's client,
      // not limited per client. Never one bucket for all of them: it was 'unknown', where one
      // client's attempts locked out every other client without an address.
      if (key === null) return done(400, undefined, null);
      if (key !== undefined && !this.#limiter.consume(key)) {
        this.#stats.rateLimited.connections++;
        return done(429, undefined, null);
      }
    }
    const auth = this.#o.authenticate;
    if (auth === undefined)
      // with a store, anonymous ids must not collide across nodes
      return this.#claim(
        this.#store === null ? `anon-${++this.#anon}` : `anon-${this.#idPrefix}${++this.#anon}`,
        done,
      );
    authenticateRequest(
      req,
      auth,
      (status, id) => {
        if (status === 401) this.#stats.authFailures++;
        // passed on as it is: #refusal counts it apart from a shutdown, and answers 503
        if (status === AUTH_TIMED_OUT) this.#stats.authTimeouts++;
        if (this.#closing !== null) status = 503;
        if (status !== 0) done(status, id, null);
        else this.#claim(id as PlayerId, done);
      },
      this.#o.authenticateTimeoutMs,
    );
  }

  /**
   * `rateLimit.keyOf(req)`, or the peer's address (`peerAddress`: null for a peer that is gone,
   * undefined for a socket with no address) without it or when it throws (typically a proxy
   * header the request lacks: a direct connection, which its address identifies). A throw here
   * would escape the HTTP server's 'upgrade' or 'request' handler — an uncaught exception — and
   * leave the upgrade socket pending; it is reported once.
   */
  #keyOf(req: IncomingMessage): string | null | undefined {
    const keyOf = this.#o.keyOf;
    if (keyOf !== null)
      try {
        return keyOf(req);
      } catch (e) {
        if (!this.#keyOfReported) {
          this.#keyOfReported = true;
          reportError(
            e,
            'rateLimit.keyOf threw (this and later such requests are keyed by address)',
          );
        }
      }
    return peerAddress(req.socket);
  }

  /**
   * With a store: makes this node the player's holder before the upgrade (so the client cannot
   * send before it is ours) and takes what waited for it. Without one: nothing to ask.
   */
  #claim(
    id: PlayerId,
    done: (status: number, id: PlayerId | undefined, claim: Claimed | null) => void,
  ): void {
    const store = this.#store;
    if (store === null) return done(0, id, null);
    const sid = this.#sessions.get(id)?.id ?? this.#newId();
    store.claim(id, sid).then(
      (c) => done(this.#closing !== null ? 503 : 0, id, c),
      () => done(this.#closing !== null ? 503 : 0, id, null),
    );
  }

  /** A claim whose connection never came: the fleet session waits for a resume elsewhere. */
  #release(id: PlayerId | undefined, claim: Claimed | null): void {
    if (claim === null || id === undefined || this.#store === null) return;
    if (this.#sessions.has(id)) return;
    this.#store.away(id, claim.sessionId);
    for (const m of claim.messages) this.#store.enqueue(id, m);
  }

  #newId(): string {
    return `${this.#idPrefix}${(++this.#ids).toString(36)}`;
  }

  #accept(t: Transport, playerId: PlayerId, claim: Claimed | null = null): void {
    this.#open.add(t);
    if (this.#closing !== null) {
      this.#release(playerId, claim);
      t.close(CloseCodes.shutdown, 'server shutdown');
      return;
    }
    const now = Date.now();
    let s = this.#sessions.get(playerId);
    if (s === undefined) {
      const fromFleet = claim !== null && claim.resumed;
      s = new Session(claim?.sessionId ?? this.#newId(), playerId, this.#host);
      this.#sessions.set(playerId, s);
      this.#stats.connected++;
      if (fromFleet) this.#stats.resumed++;
      else this.#stats.joined++;
      this.#bind(s, t);
      this.#ensureHeartbeat();
      if (claim !== null) this.#claimed(s, claim);
      if (fromFleet) this.#resumed.fire(s);
      else this.#joined.fire(s);
      if (claim !== null) this.#movedMeanwhile(s);
      return;
    }
    const old = s._t;
    if (old !== null) {
      // The same player again while connected (new tab, or a reconnect before the old socket
      // was noticed dead): the newest connection wins.
      old.session = null;
      old.close(CloseCodes.replaced, 'replaced by a new connection');
    } else {
      s.state = 'connected';
      this.#stats.away--;
      this.#stats.connected++;
      this.#stats.resumed++;
      s._scope?.delete(kAway);
    }
    s.connectedAt = s.lastSeen = now;
    this.#bind(s, t);
    if (claim !== null) this.#claimed(s, claim);
    else this.#flush(s);
    if (old === null) this.#resumed.fire(s);
    if (claim !== null) this.#movedMeanwhile(s);
  }

  /**
   * Another node claimed the player while our claim was on its way (the `moved` came before
   * the session was here): the newer claim wins, so this session ends now, as moved.
   */
  #movedMeanwhile(s: Session): void {
    const k = String(s.playerId);
    const m = this.#movedAway.get(k);
    if (m === undefined) return;
    this.#movedAway.delete(k);
    if (s.state !== 'ended' && m[1] > s._v) this.#storeHost.moved(s.playerId, m[0], m[1]);
  }

  /** Puts what the claim took before anything queued here, and writes it all in order. */
  #claimed(s: Session, claim: Claimed): void {
    s._v = claim.version;
    this.#prepend(s, claim.messages);
    this.#flush(s);
    if (this.#wakes.delete(String(s.playerId))) this.#take(s);
  }

  /** Messages from the store are older than anything queued here since: they go first. */
  #prepend(s: Session, msgs: readonly StoredMessage[]): void {
    if (msgs.length === 0) return;
    const o = this.#o;
    const box = new Outbox();
    const onDrop = (r: DropReason, n: number, b: number): void => this.#drop(s.playerId, r, n, b);
    for (const m of msgs) box.push(m, o.outboxMaxMessages, o.outboxMaxBytes, onDrop);
    if (s._outbox !== null)
      for (const m of s._outbox.drain()) box.push(m, o.outboxMaxMessages, o.outboxMaxBytes, onDrop);
    s._outbox = box.empty ? null : box;
  }

  /** Takes what waits in the store for a connected session; writes wait meanwhile. */
  #take(s: Session): void {
    const store = this.#store;
    if (store === null) return;
    s._hold++;
    void store.take(s.playerId).then((msgs) => {
      s._hold--;
      if (s.state === 'ended') {
        // moved on meanwhile: the new holder gets them; otherwise they are dropped
        for (const m of msgs) store.enqueue(s.playerId, m);
        return;
      }
      this.#prepend(s, msgs);
      this.#flush(s);
    });
  }

  #bind(s: Session, t: Transport): void {
    t.session = s;
    s._t = t;
  }

  // ---------------------------------------------------------------- sending

  /** Sends to a player (queued while away). False when dropped (e.g. no such session). */
  send(playerId: PlayerId, msg: unknown): boolean {
    const s = this.#sessions.get(playerId);
    if (s === undefined) {
      if (this.#store !== null) {
        // maybe held (or away) on another node: the store queues it, or reports the drop
        const data = encode(msg);
        const bytes = byteLength(data);
        if (this.#store.enqueue(playerId, { data, bytes, at: Date.now() })) return true;
        this.#drop(playerId, 'store-unavailable', 1, bytes);
        return false;
      }
      this.#drop(playerId, 'no-session', 1, 0);
      return false;
    }
    return this.#sendTo(s, msg);
  }

  /**
   * Sends one message to every session (`filter` picks some); away sessions get it in their
   * outbox. The message is encoded once. Returns how many sessions took it.
   */
  broadcast(msg: unknown, filter?: (s: Session) => boolean): number {
    const data = encode(msg);
    const bytes = byteLength(data);
    let n = 0;
    for (const s of this.#sessions.values()) {
      if (filter !== undefined && !filter(s)) continue;
      if (this.#deliver(s, data, bytes)) n++;
    }
    return n;
  }

  #sendTo(s: Session, msg: unknown): boolean {
    if (s.state === 'ended') {
      this.#drop(s.playerId, 'no-session', 1, 0);
      return false;
    }
    const data = encode(msg);
    return this.#deliver(s, data, byteLength(data));
  }

  /** Writes now, or queues: order is kept because nothing is written while the outbox holds messages. */
  #deliver(s: Session, data: string | Buffer, bytes: number): boolean {
    const t = s._t;
    if (t === null || !t.writable || s._outbox !== null || s._hold > 0)
      return this.#queue(s, data, bytes);
    // An empty buffer is no backpressure, whatever the message's size: one bigger than the
    // limit would otherwise never be delivered ('drop'), or cut every connection it is flushed
    // to, reconnect after reconnect ('close').
    const buffered = t.buffered;
    if (buffered > 0 && buffered + bytes > this.#o.maxBufferedBytes) {
      if (this.#o.backpressure === 'drop') {
        this.#drop(s.playerId, 'backpressure', 1, bytes);
        return false;
      }
      // 'close': the peer is too slow; cut it, keep the message for its reconnect.
      this.#stats.backpressureCloses++;
      t.terminate();
      return this.#queue(s, data, bytes);
    }
    // false: the connection is closing after all (the message waits for the next one)
    return t.write(data) || this.#queue(s, data, bytes);
  }

  #queue(s: Session, data: string | Buffer, bytes: number): boolean {
    const o = this.#o;
    const q: Queued = { data, bytes, at: Date.now() };
    // away, with a store: the queue lives there (bounded there), unless the store is down
    if (
      s._t === null &&
      this.#store !== null &&
      s._outbox === null &&
      this.#store.enqueue(s.playerId, q)
    )
      return true;
    let ok = true;
    (s._outbox ??= new Outbox()).push(q, o.outboxMaxMessages, o.outboxMaxBytes, (r, n, b) => {
      if (r === 'too-large') ok = false;
      this.#drop(s.playerId, r, n, b);
    });
    if (s._outbox.empty) s._outbox = null;
    return ok;
  }

  /** Sends what waited in the outbox, oldest first, as long as the connection takes it. */
  #flush(s: Session): void {
    const box = s._outbox;
    const t = s._t;
    if (box === null || t === null || s._hold > 0) return;
    const [n, b] = box.expire(Date.now() - this.#o.outboxTtlMs);
    if (n > 0) this.#drop(s.playerId, 'expired', n, b);
    for (let q = box.shift(); q !== undefined; q = box.shift()) {
      if (!t.writable) {
        box.unshift(q);
        break;
      }
      const buffered = t.buffered;
      if (buffered > 0 && buffered + q.bytes > this.#o.maxBufferedBytes) {
        if (this.#o.backpressure === 'drop') {
          this.#drop(s.playerId, 'backpressure', 1, q.bytes);
          continue;
        }
        box.unshift(q);
        this.#stats.backpressureCloses++;
        t.terminate();
        break;
      }
      if (!t.write(q.data)) {
        box.unshift(q);
        break;
      }
    }
    if (box.empty) s._outbox = null;
  }

  #drop(playerId: PlayerId | undefined, reason: DropReason, count: number, bytes: number): void {
    const d = this.#stats.dropped;
    d[reason] = (d[reason] ?? 0) + count;
    this.#stats.droppedTotal += count;
    this.#dropped.fire({ playerId, reason, count, bytes });
  }

  // ---------------------------------------------------------------- receiving

  #onMessage(t: Transport, data: Buffer, isBinary: boolean): void {
    const s = t.session;
    t.alive = true;
    if (s === null) return;
    s.lastSeen = Date.now();
    const rule = this.#o.msgRule;
    if (rule !== null) {
      const now = performance.now();
      const bucket = (s._bucket ??= { tokens: rule.points, at: now });
      if (!take(bucket, rule, now)) {
        this.#stats.rateLimited.messages++;
        this.#overLimit(s, t, rule, now, retryAfter(bucket, rule));
        return;
      }
      // a whole window without a drop ends the run
      if (s._flood !== null && now >= s._flood.until + rule.durationMs) s._flood = null;
    }
    let value: unknown;
    try {
      value = this.#o.parse(data, isBinary);
    } catch (error) {
      this.#stats.malformed++;
      this.#malformed.fire({ playerId: s.playerId, sessionId: s.id, error, bytes: data.length });
      return;
    }
    this.#received.fire(s, value);
  }

  /** A message of `s` was dropped by the rate limit: announce it, and tell the client. */
  #overLimit(s: Session, t: Transport, rule: Rule, now: number, retryAfterMs: number): void {
    let f = s._flood;
    let windowStarted = false;
    if (f === null) {
      f = s._flood = { until: now + rule.durationMs, dropped: 0, windows: 1 };
      windowStarted = true;
    } else if (now >= f.until) {
      // a new window; in a row when it starts less than one window after the last one ended
      f.windows = now < f.until + rule.durationMs ? f.windows + 1 : 1;
      f.until = now + rule.durationMs;
      f.dropped = 0;
      windowStarted = true;
    }
    f.dropped++;
    // a flood is a hot path: no info object when nobody listens
    if (this.rateLimited.size > 0)
      this.#rateLimited.fire(s, {
        playerId: s.playerId,
        sessionId: s.id,
        dropped: f.dropped,
        windows: f.windows,
        retryAfterMs,
      });
    // Only at the start of a window, and only if the listeners left the connection alone.
    if (!windowStarted || s._t !== t || !t.writable) return;
    const o = this.#o;
    if (o.msgNotify)
      this.#sendTo(s, {
        error: 'rate-limited',
        retryAfterMs,
        points: rule.points,
        durationMs: rule.durationMs,
      });
    if (o.msgCloseAfter > 0 && f.windows >= o.msgCloseAfter) {
      this.#stats.rateLimited.closes++;
      t.close(CloseCodes.rateLimited, 'rate limited');
    }
  }

  #onError(_t: Transport, err: Error): void {
    // ws reports protocol errors here and then closes the socket itself (1009 for a frame
    // over maxPayload, 1002 for a protocol error); the 'close' that follows does the rest.
    if ((err as { code?: string }).code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH')
      this.#stats.oversized++;
    else this.#stats.socketErrors++;
  }

  #onClosed(t: Transport): void {
    this.#open.delete(t);
    if (this.#open.size === 0) this.#onOpenEmpty?.();
    const s = t.session;
    if (s === null) return;
    t.session = null;
    s._t = null;
    if (this.#closing !== null) return this.#end(s, 'shutdown');
    // Without `authenticate` every connection is a new anonymous player: no connection can
    // ever resume this session, so it does not wait out a window (holding its scope, and an
    // outbox that broadcasts would fill) for nobody.
    const window = this.#o.authenticate === undefined ? 0 : this.#o.reconnectWindowMs;
    if (window === 0) return this.#end(s, 'closed');
    s.state = 'away';
    s._awaySince = performance.now();
    this.#stats.connected--;
    this.#stats.away++;
    // Background (nothing awaits it), so unref'd; cleared with the scope on resume or end.
    s.scope.set(
      kAway,
      s.scope.setTimeout(() => this.#end(s, 'expired'), window, {
        unref: true,
        description: 'reconnect window',
      }),
    );
    const store = this.#store;
    if (store !== null && store.away(s.playerId, s.id) && s._outbox !== null)
      // what waited here moves to the store, in order, so a resume on any node gets it
      for (const q of s._outbox.drain()) store.enqueue(s.playerId, q);
    if (s._outbox?.empty === true) s._outbox = null;
    this.#wentAway.fire(s);
  }

  // ---------------------------------------------------------------- ending

  /**
   * Ends a player's session now: its connection closes with 4000 and `reason`. True when the
   * session was here. With a store, a player held by another node is kicked there (returns
   * false: not here; `kickAnywhere` says where it was found).
   */
  kick(playerId: PlayerId, reason = 'kicked'): boolean {
    if (this.#kickLocal(playerId, reason)) return true;
    if (this.#store !== null) void this.#store.route(playerId, 'kick', { reason, kick: true });
    return false;
  }

  #kickLocal(playerId: PlayerId, reason: string): boolean {
    const s = this.#sessions.get(playerId);
    if (s === undefined) return false;
    s._t?.close(CloseCodes.kicked, truncateReason(reason));
    this.#end(s, 'kicked');
    return true;
  }

  /** `kick`, answering where the player was found (this node, another one, or nowhere). */
  async kickAnywhere(playerId: PlayerId, reason = 'kicked'): Promise<Located> {
    const node = this.#store?.nodeId ?? null;
    if (this.#kickLocal(playerId, reason)) return { found: true, node, local: true };
    if (this.#store === null) return { found: false, node: null, local: false };
    return this.#store.route(playerId, 'kick', { reason, kick: true });
  }

  /**
   * `manager.disposeOwner(playerId)` on the node that holds the player (here too, always), and
   * with `kick` its session ends first (4000): the admin API's dispose-owner across a fleet.
   */
  async disposeOwnerAnywhere(
    playerId: PlayerId,
    options: { kick?: boolean; reason?: string } = {},
  ): Promise<Located> {
    const kick = options.kick === true;
    const reason = options.reason ?? 'disposed by admin';
    const node = this.#store?.nodeId ?? null;
    if (this.#storeHost.disposeOwner(playerId, kick, reason))
      return { found: true, node, local: true };
    if (this.#store === null) return { found: false, node: null, local: false };
    return this.#store.route(playerId, 'dispose-owner', { reason, kick });
  }

  /** Which node holds `playerId` (without a store: this process or nowhere). */
  async locate(playerId: PlayerId): Promise<Located> {
    if (this.#sessions.has(playerId))
      return { found: true, node: this.#store?.nodeId ?? null, local: true };
    if (this.#store === null) return { found: false, node: null, local: false };
    return this.#store.locate(playerId);
  }

  /** Fleet-wide counts per live node (without a store: this process only). */
  async presence(): Promise<FleetPresence> {
    if (this.#store !== null) return this.#store.presence();
    const { connected, away } = this.#stats;
    return { nodes: [{ node: 'local', connected, away }], connected, away };
  }

  /** A session's scope was disposed by someone else than `#end`: the session ends too. */
  #scopeDisposed(s: Session): void {
    if (s.state === 'ended') return;
    s._t?.close(CloseCodes.disposed, 'scope disposed');
    this.#end(s, 'disposed');
  }

  #end(s: Session, reason: EndReason): void {
    if (s.state === 'ended') return;
    if (s.state === 'connected') this.#stats.connected--;
    else this.#stats.away--;
    s.state = 'ended';
    if (this.#sessions.get(s.playerId) === s) this.#sessions.delete(s.playerId);
    this.#stats.ended[reason]++;
    const box = s._outbox;
    s._outbox = null;
    const store = this.#store;
    if (store !== null && (reason === 'moved' || reason === 'shutdown')) {
      // The fleet session lives on (taken by another node, or waiting for a resume on one):
      // what waited here goes to the store; this node's copy ends all the same.
      if (reason === 'shutdown') store.away(s.playerId, s.id);
      if (box !== null) for (const q of box.drain()) store.enqueue(s.playerId, q);
    } else {
      if (box !== null) {
        const [n, b] = box.clear();
        if (n > 0) this.#drop(s.playerId, 'session-ended', n, b);
      }
      store?.end(s.playerId, s.id);
    }
    this.#ended.fire(s, reason);
    const t = s._t;
    s._t = null;
    // closes normally unless a close with a better code (kick, shutdown) already started
    t?.dispose();
    try {
      s._scope?.dispose();
    } catch (e) {
      this.#stats.cleanupErrors++;
      reportError(e, `cleanup of session ${String(s.playerId)} failed`);
    }
  }

  // ---------------------------------------------------------------- liveness and sweeping

  /** Background timer, unref'd; stopped by `#tick` when no session is left, and by `close()`. */
  #ensureHeartbeat(): void {
    if (this.#scope.has(kHeartbeat)) return;
    this.#scope.set(
      kHeartbeat,
      this.#scope.setInterval(() => this.#tick(), this.#o.heartbeatMs, {
        unref: true,
        description: 'heartbeat',
      }),
    );
  }

  /** One heartbeat over every connection; stops the timer when no session is left. */
  #tick(): void {
    if (this.#sessions.size === 0) {
      this.#scope.delete(kHeartbeat);
      return;
    }
    const maxAge = this.#o.maxAgeMs;
    const now = performance.now();
    for (const s of this.#sessions.values()) {
      const t = s._t;
      if (t === null || !t.writable) continue;
      if (maxAge > 0 && now - t.openedAt >= maxAge) {
        t.close(CloseCodes.maxAge, 'max age');
        continue;
      }
      if (!t.ping()) {
        this.#stats.heartbeatTerminations++;
        t.terminate();
      }
    }
  }

  /**
   * The periodic cleanup: ends away sessions past their window, drops outbox messages past
   * their TTL, forgets idle rate-limit keys. Cheap enough to run every few seconds; register it
   * as a MemoryMonitor cleaner. (Window expiry also has its own timer; this is the backstop.)
   */
  sweep(): SweepResult {
    // A message's age is wall-clock (`at` travels between nodes with a store); a session's time
    // away is a duration, on the monotonic clock.
    const cutoff = Date.now() - this.#o.outboxTtlMs;
    const mono = performance.now();
    const window = this.#o.reconnectWindowMs;
    const r: SweepResult = { expiredSessions: 0, expiredMessages: 0, rateLimitKeys: 0 };
    for (const s of this.#sessions.values()) {
      if (s.state === 'away' && mono - s._awaySince >= window) {
        r.expiredSessions++;
        this.#end(s, 'expired');
        continue;
      }
      const box = s._outbox;
      if (box === null) continue;
      const [n, b] = box.expire(cutoff);
      if (n > 0) {
        r.expiredMessages += n;
        this.#drop(s.playerId, 'expired', n, b);
      }
      if (box.empty) s._outbox = null;
    }
    if (this.#limiter !== null) r.rateLimitKeys = this.#limiter.purge();
    return r;
  }

  // ---------------------------------------------------------------- reading

  /** The live (connected or away) session of a player. */
  session(playerId: PlayerId): Session | undefined {
    return this.#sessions.get(playerId);
  }

  /** Every live session (a copy). */
  sessions(): Session[] {
    return [...this.#sessions.values()];
  }

  /** Counters and gauges for monitoring (O(sessions): the gauges are summed on demand). */
  stats(): RealtimeStats {
    return collectStats(
      this.#stats,
      this.#sessions.values(),
      this.#open,
      this.#pending.size,
      this.#limiter?.size ?? 0,
      this.#closing !== null,
      this.#store?.state() ?? null,
    );
  }

  // ---------------------------------------------------------------- shutdown

  /**
   * Graceful shutdown: refuses new connections (503), closes every socket with 1001 after what
   * was already written, ends every session (disposing its scope), terminates peers that do not
   * answer within `timeoutMs`, and resolves when no socket, listener or timer of ours is left.
   * Idempotent (a second call returns the same promise).
   */
  close(options: SessionCloseOptions = {}): Promise<void> {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    checkKnownKeys(options, CLOSE_KEYS);
    checkTimerMs('timeoutMs', options.timeoutMs);
    this.#closing ??= this.#close(options.timeoutMs ?? 5000);
    return this.#closing;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  async #close(timeoutMs: number): Promise<void> {
    for (const socket of this.#pending) socket.destroy();
    this.#pending.clear();
    for (const s of [...this.#sessions.values()]) {
      const t = s._t;
      if (t === null) this.#end(s, 'shutdown');
      else if (t.writable) t.close(CloseCodes.shutdown, 'server shutdown');
    }
    // Transports leave #open on their socket's 'close'; #onClosed ends their sessions.
    if (!(await this.#openEmpty(timeoutMs))) {
      for (const t of this.#open) t.terminate();
      await this.#openEmpty(1000);
    }
    for (const s of [...this.#sessions.values()]) this.#end(s, 'shutdown');
    this.#wss?.close();
    this.#wss = null;
    this.#limiter?.clear();
    this.#wakes.clear();
    this.#movedAway.clear();
    this.#scope.dispose();
    // last: the sessions' ends above were its last commands
    await this.#store?.close();
  }

  /**
   * Resolves true when every transport's socket has closed, false after `ms`. The timer bounds
   * a promise somebody awaits (`close()`), so it is NOT unref'd: with nothing else left to run,
   * an unref'd one would let Node exit mid-`await` (code 13). It is cleared when the promise
   * settles the other way. (test/realtime/fixtures/close-timeout.ts)
   */
  #openEmpty(ms: number): Promise<boolean> {
    if (this.#open.size === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#onOpenEmpty = null;
        resolve(false);
      }, ms);
      this.#onOpenEmpty = () => {
        clearTimeout(timer);
        this.#onOpenEmpty = null;
        resolve(true);
      };
    });
  }

  #assertOpen(): void {
    if (this.#closing !== null)
      throw new LeakguardError('LEAKGUARD_REALTIME_CLOSED', 'The SessionManager is closed');
  }
}
