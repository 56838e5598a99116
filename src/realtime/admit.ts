/**
 * Admission of a connection attempt, shared by the WebSocket upgrade paths and SSE: shutdown
 * check (503), per-client rate limit (429), authentication (401). Synchronous when
 * `authenticate` is, so the common path adds no microtask.
 */
import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { PlayerId } from './options.js';

/** The outcome: 0 and a player id, or an HTTP status to refuse with. */
export type AdmitCallback = (status: number, playerId: PlayerId | undefined) => void;

function isThenable(v: unknown): v is PromiseLike<unknown> {
  return (
    v !== null &&
    (typeof v === 'object' || typeof v === 'function') &&
    typeof (v as { then?: unknown }).then === 'function'
  );
}

function validId(v: unknown): v is PlayerId {
  return (typeof v === 'string' && v !== '') || (typeof v === 'number' && Number.isFinite(v));
}

/**
 * Runs `authenticate(req)` (sync or async; a throw, null, undefined or an invalid id is a
 * refusal) and reports through `done`: 0 and the id, 401, or 504 when an async one has not
 * settled within `timeoutMs` (then what it gives later is ignored).
 */
export function authenticateRequest(
  req: IncomingMessage,
  authenticate: (req: IncomingMessage) => unknown,
  done: AdmitCallback,
  timeoutMs = Infinity,
): void {
  let r: unknown;
  try {
    r = authenticate(req);
  } catch {
    done(401, undefined);
    return;
  }
  if (!isThenable(r)) {
    if (validId(r)) done(0, r);
    else done(401, undefined);
    return;
  }
  if (timeoutMs === Infinity) {
    r.then(
      (id) => (validId(id) ? done(0, id) : done(401, undefined)),
      () => done(401, undefined),
    );
    return;
  }
  // Not unref'd: it bounds an admission a client waits for.
  let timer: NodeJS.Timeout | undefined = setTimeout(() => {
    timer = undefined;
    done(AUTH_TIMED_OUT, undefined);
  }, timeoutMs);
  const settle = (status: number, id: PlayerId | undefined): void => {
    if (timer === undefined) return; // timed out: answered already
    clearTimeout(timer);
    timer = undefined;
    done(status, id);
  };
  r.then(
    (id) => (validId(id) ? settle(0, id) : settle(401, undefined)),
    () => settle(401, undefined),
  );
}

/**
 * The peer's address, the default rate-limit key, read when the attempt arrives (before
 * anything asynchronous). `remoteAddress` asks getpeername(), which fails once a TCP peer has
 * reset, and the server may read the request of a connection reset before it was even
 * accepted: an address missing on a TCP socket (one with a local port) or on a destroyed one
 * means the peer is gone, and is `null`. `undefined`: the socket has no address at all (a
 * server listening on a Unix socket), so there is no client key.
 */
export function peerAddress(socket: Socket): string | null | undefined {
  const address = socket.remoteAddress;
  if (address !== undefined) return address;
  return socket.destroyed || socket.localPort !== undefined ? null : undefined;
}

/** What `authenticateRequest` reports for a timed-out authentication (answered as 503). */
export const AUTH_TIMED_OUT = 504;

function destroyOnFinish(this: Duplex): void {
  this.destroy();
}
function destroyOnError(this: Duplex): void {
  this.destroy();
}

/** Answers a raw upgrade socket with an HTTP error and closes it (like ws's abortHandshake). */
export function refuseSocket(
  socket: Duplex,
  status: number,
  headers?: Record<string, string>,
): void {
  if (socket.destroyed) return;
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  const body = STATUS_CODES[status] ?? 'Error';
  const extra = headers
    ? Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('')
    : '';
  socket.once('finish', destroyOnFinish);
  // Node's HTTP server takes its own 'error' listener off an upgrade socket before 'upgrade':
  // a peer that reset the connection makes this write fail (ECONNRESET), and with no listener
  // that error would be an uncaught exception. Both listeners go with the socket, destroyed
  // by either.
  socket.on('error', destroyOnError);
  socket.end(
    `HTTP/1.1 ${status} ${body}\r\nConnection: close\r\nContent-Type: text/plain\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n${extra}\r\n${body}`,
  );
}
