/**
 * Token buckets for rate limits.
 *
 * Per client key (IP) the buckets live in an lru-cache bounded by `maxKeys` and by a TTL of
 * one window: a bucket untouched for a whole window is full again, so forgetting it changes no
 * decision — memory is bounded by the cap whatever a flood of distinct keys does, and
 * `purge()` (from `sweep()`) drops the idle ones early. `ttlResolution: 0` keeps lru-cache
 * from arming its clock-caching timer, so the limiter owns no timer at all.
 *
 * Per player the bucket is two numbers on the session itself (see `take`): it lives exactly
 * as long as the session, with no lookup on the message hot path.
 */
import { LRUCache } from 'lru-cache';
import type { Rule } from './options.js';

/** The mutable state of one bucket. */
export interface Bucket {
  tokens: number;
  /** `performance.now()` of the last refill. */
  at: number;
}

/**
 * A player's run of rate-limit windows (see `MessageRateLimitRule`), created at its first
 * dropped message, on the session, and forgotten once a whole window passes without a drop.
 */
export interface Flood {
  /** `performance.now()` when the current window ends. */
  until: number;
  /** Messages dropped in the current window. */
  dropped: number;
  /** Windows over the limit in a row, the current one included. */
  windows: number;
}

/** Milliseconds until `b` holds a whole token again. */
export function retryAfter(b: Bucket, rule: Rule): number {
  return Math.max(1, Math.ceil((1 - b.tokens) / rule.ratePerMs));
}

/** Takes one token from `b` (refilling it first); false when it is empty. */
export function take(b: Bucket, rule: Rule, now: number): boolean {
  const tokens = Math.min(rule.points, b.tokens + (now - b.at) * rule.ratePerMs);
  b.at = now;
  if (tokens < 1) {
    b.tokens = tokens;
    return false;
  }
  b.tokens = tokens - 1;
  return true;
}

/** Buckets by key with bounded memory. */
export class KeyedLimiter {
  readonly #rule: Rule;
  readonly #cache: LRUCache<string, Bucket>;

  constructor(rule: Rule, maxKeys: number) {
    this.#rule = rule;
    this.#cache = new LRUCache<string, Bucket>({
      max: maxKeys,
      ttl: Math.max(1, Math.ceil(rule.durationMs)),
      ttlResolution: 0,
      updateAgeOnGet: true,
    });
  }

  /** Counts one action for `key`; false when over the limit. */
  consume(key: string): boolean {
    const now = performance.now();
    let b = this.#cache.get(key);
    if (b === undefined) {
      b = { tokens: this.#rule.points, at: now };
      this.#cache.set(key, b);
    }
    return take(b, this.#rule, now);
  }

  /** Keys currently tracked. */
  get size(): number {
    return this.#cache.size;
  }

  /** Drops buckets idle for a whole window; returns how many. */
  purge(): number {
    const before = this.#cache.size;
    this.#cache.purgeStale();
    return before - this.#cache.size;
  }

  clear(): void {
    this.#cache.clear();
  }
}
