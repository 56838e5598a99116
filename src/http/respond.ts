/**
 * Writing responses and reading bounded JSON bodies. Every error body is
 * `{ error: { code, message } }` with a message written here — never an exception's message,
 * stack or a file path.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

import type { HttpErrorCode } from '../internal/error-codes.js';

/** Stable codes of the HTTP layer's error responses (the catalogue's `http` rows). */
export type { HttpErrorCode } from '../internal/error-codes.js';

/** An error meant for the client: its message is safe to send. */
export class HttpError extends Error {
  readonly status: number;
  readonly code: HttpErrorCode;
  readonly headers: Record<string, string>;
  constructor(
    status: number,
    code: HttpErrorCode,
    message: string,
    headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = 'HttpError';
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

const BASE_HEADERS = {
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

/**
 * Most bytes of a request body we did not read that Node may still read after our answer. Node
 * reads ("drains") an unread body to keep the connection for the next request, however long it
 * is: a client refused before its body was read (401, 403, 405, 413 by `content-length`) could
 * make the server read without end.
 */
const DRAIN_MAX_BYTES = 65536;

/**
 * Whether the request's body was not all received and is longer than DRAIN_MAX_BYTES or of no
 * announced length (chunked): then the answer closes the connection (Node destroys the socket once
 * it is written) instead of reading the rest.
 */
function bodyLeft(req: IncomingMessage | undefined): boolean {
  if (req === undefined || req.complete) return false;
  return req.headers['transfer-encoding'] !== undefined || contentLength(req) > DRAIN_MAX_BYTES;
}

export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  contentType: string,
  headers: Record<string, string> = {},
): void {
  if (res.headersSent || res.writableEnded) return;
  res.writeHead(status, {
    ...BASE_HEADERS,
    'content-type': contentType,
    'content-length': String(Buffer.byteLength(body)),
    ...headers,
    ...(bodyLeft(res.req) ? { connection: 'close' } : {}),
  });
  res.end(body);
}

/** Sends `value` as JSON; `replacer` is JSON.stringify's (admin answers scrub paths with it). */
export function sendJson(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers?: Record<string, string>,
  replacer?: (key: string, value: unknown) => unknown,
): void {
  send(res, status, JSON.stringify(value, replacer), 'application/json; charset=utf-8', headers);
}

export function sendError(res: ServerResponse, e: HttpError): void {
  sendJson(res, e.status, { error: { code: e.code, message: e.message } }, e.headers);
}

/**
 * What a client may see of an error from a source (a store, a pool registry): its class and
 * its stable `code`, never its message, which may name internals (an address, a path); the
 * message goes to the log.
 */
export function errorSummary(e: unknown): { error: string; code?: string } {
  const error = e instanceof Error ? e.name : typeof e;
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' || typeof code === 'number'
    ? { error, code: String(code) }
    : { error };
}

/**
 * Reads a JSON body of at most `max` bytes. Empty body → `{}`. A body parsed by a framework
 * before us (Express `express.json()`, fastify) is taken from `req.body` as it is.
 */
export function readJsonBody(req: IncomingMessage, max: number): Promise<unknown> {
  const type = req.headers['content-type'];
  const pre = (req as IncomingMessage & { body?: unknown }).body;
  if (pre !== undefined && (req.readableEnded || req.complete)) {
    // the same media type rule as a body read here: a form `express.urlencoded()` parsed is
    // not a JSON body, though it arrives as an object
    const sent = req.headers['transfer-encoding'] !== undefined || contentLength(req) > 0;
    if (sent && !isJson(type)) return Promise.reject(unsupportedType());
    return Promise.resolve(pre === null || pre === '' ? {} : pre);
  }
  const length = contentLength(req);
  if (length > max) return Promise.reject(tooLarge(max));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let done = false;
    const finish = (err: Error | null, value?: unknown): void => {
      if (done) return;
      done = true;
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onError);
      req.off('close', onClose);
      if (err === null) resolve(value);
      else {
        // stop buffering what is left; the response closes the connection
        req.resume();
        reject(err);
      }
    };
    const onData = (c: Buffer): void => {
      size += c.length;
      if (size > max) finish(tooLarge(max));
      else chunks.push(c);
    };
    const onEnd = (): void => {
      if (size === 0) return finish(null, {});
      if (!isJson(type)) return finish(unsupportedType());
      try {
        finish(null, JSON.parse(Buffer.concat(chunks, size).toString('utf8')));
      } catch {
        finish(new HttpError(400, 'LEAKGUARD_HTTP_BAD_JSON', 'The request body is not valid JSON'));
      }
    };
    const onError = (): void =>
      finish(
        new HttpError(400, 'LEAKGUARD_HTTP_BAD_REQUEST', 'The request body could not be read'),
      );
    // a client that goes away mid-body: no 'end' will come; settle so nothing waits forever
    const onClose = (): void =>
      finish(new HttpError(400, 'LEAKGUARD_HTTP_BAD_REQUEST', 'The request body was cut short'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onError);
    req.on('close', onClose);
  });
}

function contentLength(req: IncomingMessage): number {
  return Number(req.headers['content-length'] ?? 0);
}

/** A JSON media type (`application/json`, `application/…+json`), or none given. */
function isJson(type: string | undefined): boolean {
  return type === undefined || /^application\/(?:[\w.+-]+\+)?json\b/i.test(type);
}

function unsupportedType(): HttpError {
  return new HttpError(
    415,
    'LEAKGUARD_HTTP_UNSUPPORTED_MEDIA_TYPE',
    'Expected a JSON body (content-type: application/json)',
  );
}

function tooLarge(max: number): HttpError {
  return new HttpError(
    413,
    'LEAKGUARD_HTTP_BODY_TOO_LARGE',
    `The request body is larger than ${max} bytes`,
    { connection: 'close' },
  );
}
