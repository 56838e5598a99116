/**
 * Who a request comes from, for the arena's per-client limits and its monitoring audit log.
 *
 * Behind our fleet's balancer (fleet.ts) every request reaches a node from the balancer's own
 * address, 127.0.0.1: the balancer says whom it carries in `x-forwarded-for`, and proves it is
 * the balancer with `x-arena-balancer`, the fleet's secret (ArenaConfig.balancerSecret). A
 * header without the secret is anyone's claim and is not believed.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { isIP } from 'node:net';

/** True when header value `given` is `secret` (in constant time). */
export function isSecret(
  given: string | string[] | undefined,
  secret: string | undefined,
): boolean {
  if (typeof given !== 'string' || secret === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(secret);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The client address our balancer forwards, or undefined when it did not send this request. */
export function forwardedClient(
  req: IncomingMessage,
  balancerSecret: string | undefined,
): string | undefined {
  const forwarded = req.headers['x-forwarded-for'];
  return isSecret(req.headers['x-arena-balancer'], balancerSecret) &&
    typeof forwarded === 'string' &&
    isIP(forwarded) !== 0
    ? forwarded
    : undefined;
}
