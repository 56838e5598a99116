/**
 * Transports: one live connection of a session (a WebSocket or an SSE response).
 *
 * Hot-path discipline (ARCHITECTURE.md, hot-path rules): the listeners are module-level
 * functions that find their transport through a symbol on the socket/response, so a connection
 * costs one small object and no closures. A transport is held by its session: a new
 * connection of the same player replaces it (the old one is closed with 4001), and the
 * session's end disposes it. Its own listeners are removed when the underlying socket has
 * really closed — not before, because a closing WebSocket can still emit 'error', and an 'error' without a
 * listener would crash the process.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { WebSocket } from 'ws';
import type { Session } from './session.js';

/** What transports report to (the SessionManager's internals; one object for all of them). */
export interface TransportHost {
  onMessage(t: Transport, data: Buffer, isBinary: boolean): void;
  onClosed(t: Transport): void;
  onError(t: Transport, error: Error): void;
}

const kTransport = Symbol('leakguard.transport');
const WS_OPEN = 1; // WebSocket.OPEN
const TEXT = Object.freeze({ binary: false });
const BINARY = Object.freeze({ binary: true });

export abstract class Transport {
  abstract readonly kind: 'ws' | 'sse';
  /** The session this connection serves; null once detached (replaced, ended, closed). */
  session: Session | null = null;
  /** False from the first close/terminate on: nothing more is written. */
  writable = true;
  /** WebSocket heartbeat flag: set by every sign of life, cleared by each tick (SSE: unused). */
  alive = true;
  /**
   * `performance.now()` when the connection was accepted: `maxAgeMs` measures a duration, which
   * a step of the wall clock must not change (an hour's NTP step closed every connection).
   */
  readonly openedAt = performance.now();
  /** @internal */ readonly _host: TransportHost;

  constructor(host: TransportHost) {
    this._host = host;
  }

  /** Bytes waiting in our send buffer. */
  abstract get buffered(): number;
  /**
   * Writes one message (string = text). Only called while `writable`. False (and `writable`
   * false from then on) when the connection turned out to be closing: the message was not
   * written, and the caller keeps it.
   */
  abstract write(data: string | Buffer): boolean;
  /** One heartbeat: sends a ping; returns false when the peer missed the previous one. */
  abstract ping(): boolean;
  /** Graceful close with a WebSocket close code (SSE: a final `close` event, then end). */
  abstract close(code: number, reason: string): void;
  /** Immediate close, no handshake. */
  abstract terminate(): void;

  /** Scope cleanup: closes normally if still open. Idempotent. */
  dispose(): void {
    this.session = null;
    if (this.writable) this.close(1000, '');
  }
}

// ------------------------------------------------------------------ WebSocket

type WsWithT = WebSocket & { [kTransport]?: WsTransport };

function wsOnMessage(this: WsWithT, data: Buffer, isBinary: boolean): void {
  const t = this[kTransport];
  if (t !== undefined) t._host.onMessage(t, data, isBinary);
}
function wsOnPong(this: WsWithT): void {
  const t = this[kTransport];
  if (t !== undefined) t.alive = true;
}
function wsOnError(this: WsWithT, err: Error): void {
  const t = this[kTransport];
  if (t !== undefined) t._host.onError(t, err);
}
function wsOnClose(this: WsWithT): void {
  const t = this[kTransport];
  if (t === undefined) return;
  this.off('message', wsOnMessage);
  this.off('pong', wsOnPong);
  this.off('error', wsOnError);
  this.off('close', wsOnClose);
  this[kTransport] = undefined;
  t.writable = false;
  t._host.onClosed(t);
}

export class WsTransport extends Transport {
  readonly kind = 'ws';
  readonly ws: WsWithT;

  constructor(ws: WebSocket, host: TransportHost) {
    super(host);
    this.ws = ws as WsWithT;
    this.ws[kTransport] = this;
    ws.on('message', wsOnMessage);
    ws.on('pong', wsOnPong);
    ws.on('error', wsOnError);
    ws.on('close', wsOnClose);
  }

  get buffered(): number {
    return this.ws.bufferedAmount;
  }

  write(data: string | Buffer): boolean {
    // Once the peer's close frame has come, the socket may take up to ws's close timeout to
    // close, and ws drops whatever is sent meanwhile without a word: keep it instead, for the
    // connection that resumes the session.
    if (this.ws.readyState !== WS_OPEN) {
      this.writable = false;
      return false;
    }
    this.ws.send(data, typeof data === 'string' ? TEXT : BINARY);
    return true;
  }

  ping(): boolean {
    if (!this.alive) return false;
    this.alive = false;
    this.ws.ping();
    return true;
  }

  close(code: number, reason: string): void {
    this.writable = false;
    // ws itself destroys the socket if the peer never answers the close frame (30 s);
    // SessionManager.close() terminates sooner.
    this.ws.close(code, reason);
  }

  terminate(): void {
    this.writable = false;
    this.ws.terminate();
  }
}

// ------------------------------------------------------------------ Server-Sent Events

type ResWithT = ServerResponse & { [kTransport]?: SseTransport };

function sseOnClose(this: ResWithT): void {
  const t = this[kTransport];
  if (t === undefined) return;
  if (t._closeTimer !== null) clearTimeout(t._closeTimer);
  t._closeTimer = null;
  this.off('close', sseOnClose);
  this.off('error', sseOnError);
  this[kTransport] = undefined;
  t.writable = false;
  t._host.onClosed(t);
}
function sseOnError(this: ResWithT, err: Error): void {
  const t = this[kTransport];
  if (t !== undefined) t._host.onError(t, err);
}
function destroyResponse(res: ServerResponse): void {
  res.destroy();
}

/** One SSE frame per message; binary messages travel base64-encoded as `event: binary`. */
export function sseFrame(data: string | Buffer): string {
  if (typeof data !== 'string') return `event: binary\ndata: ${data.toString('base64')}\n\n`;
  if (!/[\r\n]/.test(data)) return `data: ${data}\n\n`;
  return `data: ${data.split(/\r\n|\r|\n/).join('\ndata: ')}\n\n`;
}

export class SseTransport extends Transport {
  readonly kind = 'sse';
  readonly res: ResWithT;
  readonly req: IncomingMessage;
  /** How long a closed stream may take to flush its final event before it is destroyed. */
  readonly #closeTimeoutMs: number;
  /** @internal armed by `close()`, cleared by the response's 'close' */
  _closeTimer: NodeJS.Timeout | null = null;
  /**
   * What entered the send buffer since the last ping (in `writableLength`'s units, framing
   * included): what the ping, if still buffered, sits in front of. Infinite before the first
   * ping, so the first tick only pings (a WebSocket starts `alive` too).
   */
  #queuedSincePing = Number.POSITIVE_INFINITY;

  constructor(
    req: IncomingMessage,
    res: ServerResponse,
    host: TransportHost,
    closeTimeoutMs: number,
  ) {
    super(host);
    this.req = req;
    this.#closeTimeoutMs = closeTimeoutMs;
    this.res = res as ResWithT;
    this.res[kTransport] = this;
    // 'close' on the response fires on client abort and on normal end alike (the request's
    // own 'close' is not reliable for that across Node versions).
    res.on('close', sseOnClose);
    res.on('error', sseOnError);
  }

  get buffered(): number {
    return this.res.writableLength;
  }

  write(data: string | Buffer): boolean {
    // a destroyed response takes nothing (its 'close' may still be on its way)
    if (this.res.destroyed) {
      this.writable = false;
      return false;
    }
    const res = this.res;
    const before = res.writableLength;
    res.write(sseFrame(data));
    this.#queuedSincePing += res.writableLength - before;
    return true;
  }

  ping(): boolean {
    const res = this.res;
    if (res.destroyed) return false;
    // SSE has no pong: the previous ping is the answer once it has left our send buffer. The
    // buffer is a FIFO, so it has left when no more is buffered than what was queued after it.
    // (Waiting for the buffer to empty instead — 'drain' — ended streams that were reading all
    // along, only slower than the server wrote: under 'drop' their buffer never empties.)
    if (res.writableLength > this.#queuedSincePing) return false;
    res.write(': ping\n\n');
    this.#queuedSincePing = 0;
    return true;
  }

  close(code: number, reason: string): void {
    if (!this.writable) return;
    this.writable = false;
    const res = this.res;
    if (res.destroyed || res.writableEnded) return;
    res.end(`event: close\ndata: ${JSON.stringify({ code, reason })}\n\n`);
    // A peer that stopped reading never lets the final event out, so the response never
    // finishes and its socket never closes by itself (a WebSocket has ws's close timer for
    // this): without a deadline the stream and its send buffer would be kept for good. Nothing
    // awaits this timer, so it is unref'd; the response's 'close' clears it.
    this._closeTimer = setTimeout(destroyResponse, this.#closeTimeoutMs, res);
    this._closeTimer.unref();
  }

  terminate(): void {
    this.writable = false;
    this.res.destroy();
  }
}
