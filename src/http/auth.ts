/**
 * Bearer-token authentication with roles. Tokens are kept only as SHA-256 digests and the
 * presented token is compared, as a digest, against every configured one with
 * `crypto.timingSafeEqual`: equal-length inputs (so no length leak) and no early exit on the
 * first match (so the position of a token in the list does not show in the timing either).
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Role, TokenEntry } from './options.js';

export interface Identity {
  /** The token's name (`anonymous` for public reads). Never the token. */
  name: string;
  role: Role | null;
}

/** Result of checking a request: who it is, or why not. */
export type AuthResult =
  | { ok: true; who: Identity }
  | { ok: false; status: 401 | 403; error: 'missing' | 'invalid' | 'insufficient'; who: Identity };

interface Stored {
  digest: Buffer;
  role: Role;
  name: string;
}

const ANONYMOUS: Identity = { name: 'anonymous', role: null };
const digest = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

export class TokenTable {
  readonly #tokens: Stored[];
  readonly #publicReads: boolean;

  constructor(tokens: readonly Required<TokenEntry>[], publicReads: boolean) {
    this.#tokens = tokens.map((t) => ({ digest: digest(t.token), role: t.role, name: t.name }));
    this.#publicReads = publicReads;
  }

  /** The identity a bearer token belongs to, or null. Constant time in the token's content. */
  #lookup(token: string): Identity | null {
    const d = digest(token);
    let found: Stored | null = null;
    for (const t of this.#tokens) if (timingSafeEqual(d, t.digest) && found === null) found = t;
    return found === null ? null : { name: found.name, role: found.role };
  }

  /** Checks `req` for a role. `read` is granted to anyone when reads are public. */
  check(req: IncomingMessage, need: Role): AuthResult {
    const header = req.headers.authorization;
    let who: Identity | null = null;
    if (header !== undefined) {
      const m = /^Bearer[ \t]+([\x21-\x7e]+)[ \t]*$/i.exec(header);
      who = m?.[1] === undefined ? null : this.#lookup(m[1]);
      // A wrong token is refused even on public reads: the client believes it is someone.
      if (who === null) return { ok: false, status: 401, error: 'invalid', who: ANONYMOUS };
    }
    if (who === null) {
      if (need === 'read' && this.#publicReads) return { ok: true, who: ANONYMOUS };
      return { ok: false, status: 401, error: 'missing', who: ANONYMOUS };
    }
    if (need === 'admin' && who.role !== 'admin')
      return { ok: false, status: 403, error: 'insufficient', who };
    return { ok: true, who };
  }
}

/** The `WWW-Authenticate` value for a refusal (RFC 6750 §3). */
export function challenge(realm: string, error: 'missing' | 'invalid' | 'insufficient'): string {
  if (error === 'missing') return `Bearer realm="${realm}"`;
  if (error === 'invalid') return `Bearer realm="${realm}", error="invalid_token"`;
  return `Bearer realm="${realm}", error="insufficient_scope", scope="admin"`;
}

/**
 * Token bucket per identity for admin actions. Keys are token names, so the map is bounded by
 * the number of configured tokens.
 */
export class ActionLimiter {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();
  readonly #points: number;
  readonly #durationMs: number;
  readonly #clock: () => number;

  constructor(points: number, durationMs: number, clock: () => number = Date.now) {
    this.#points = points;
    this.#durationMs = durationMs;
    this.#clock = clock;
  }

  /** Takes one point; returns 0 when allowed, else the ms until one is available. */
  take(key: string): number {
    const now = this.#clock();
    const rate = this.#points / this.#durationMs;
    const b = this.#buckets.get(key) ?? { tokens: this.#points, at: now };
    b.tokens = Math.min(this.#points, b.tokens + (now - b.at) * rate);
    b.at = now;
    this.#buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    return Math.ceil((1 - b.tokens) / rate);
  }
}
