/** What goes on the wire: message encoding, close reasons, refusal headers. */
import { LeakguardError } from '../core/index.js';

/**
 * A message as the transports send it: strings as text, bytes as binary (no copy), anything
 * else as JSON text. Encoded once per `send`/`broadcast`, whatever the number of recipients.
 */
export function encode(msg: unknown): string | Buffer {
  if (typeof msg === 'string' || Buffer.isBuffer(msg)) return msg;
  if (msg instanceof Uint8Array) return Buffer.from(msg.buffer, msg.byteOffset, msg.byteLength);
  if (msg instanceof ArrayBuffer) return Buffer.from(msg);
  const s = JSON.stringify(msg);
  if (s === undefined)
    throw new LeakguardError('LEAKGUARD_REALTIME_ENCODE', 'The message cannot be sent as JSON');
  return s;
}

export function byteLength(data: string | Buffer): number {
  return typeof data === 'string' ? Buffer.byteLength(data) : data.length;
}

/** Refusals a client should retry later say when. */
export function retryHeaders(status: number): Record<string, string> | undefined {
  return status === 429 || status === 503 ? { 'retry-after': '1' } : undefined;
}

/** Close reasons are limited to 123 bytes by the protocol. */
export function truncateReason(reason: string): string {
  let r = String(reason);
  while (Buffer.byteLength(r) > 123) r = r.slice(0, -1);
  return r;
}
