/**
 * Loopback addresses other than 127.0.0.1, for tests that need several clients the server tells
 * apart by address (the fleet's per-client rate limit). Linux answers on all of 127.0.0.0/8;
 * macOS and Windows have only 127.0.0.1 until an alias is added (`sudo ifconfig lo0 alias
 * 127.0.0.2 up`), and IPv6 has only ::1 — so there is no second client address everywhere.
 *
 * `needLoopbackAddresses` binds each address once (at collection time) and gates the tests on
 * the result, as test/helpers/tools.ts gates them on a missing tool: when one cannot be bound
 * they fail with one line saying why and how to fix it on Linux (where it always works, so
 * something is broken) and under CI=true; elsewhere they are skipped with one warning line.
 */
import { createServer } from 'node:net';
import { gatedIt, isCI, type Gate } from '../../../test/helpers/tools.js';

/** Why `address` cannot be bound (its error code), or null when it can. */
export async function bindError(address: string): Promise<string | null> {
  const server = createServer();
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, address, () => {
        server.off('error', reject);
        resolve();
      });
    });
    return null;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code ?? String(e);
  } finally {
    if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** What tests needing `unbound` (address → error; empty: all bound) do, and why. */
export function loopbackGate(
  unbound: ReadonlyMap<string, string>,
  what: string,
  ctx: { platform: NodeJS.Platform; env: Readonly<Record<string, string | undefined>> },
): Gate {
  if (unbound.size === 0) return { mode: 'run', path: '' };
  const list = [...unbound].map(([a, code]) => `${a} (${code})`).join(', ');
  const fix =
    ctx.platform === 'darwin'
      ? [...unbound.keys()].map((a) => `sudo ifconfig lo0 alias ${a} up`).join('; ')
      : ctx.platform === 'linux'
        ? 'bring up the loopback interface with 127.0.0.0/8 (ip addr add 127.0.0.1/8 dev lo)'
        : `add ${[...unbound.keys()].join(', ')} as loopback addresses`;
  const why = `cannot bind loopback address ${list}`;
  if (ctx.platform === 'linux' || isCI(ctx.env))
    return {
      mode: 'fail',
      line: `${why}, and ${ctx.platform === 'linux' ? 'on Linux every 127.x address is local' : 'CI=true'}: ${what} must run. Fix: ${fix}`,
    };
  return { mode: 'skip', line: `⚠ ${why}: SKIPPING ${what}. To run it: ${fix}` };
}

export interface AddressTests {
  readonly gate: Gate;
  /** `it`, skipped (or failing on Linux and under CI) when an address cannot be bound. */
  it(name: string, fn: () => unknown, timeout?: number): void;
}

/**
 * Binds each of `addresses` now and returns `it` gated on them; prints the skip line
 * (console.warn) here, once.
 *
 * @param what which tests need them, for the message
 */
export async function needLoopbackAddresses(
  addresses: readonly string[],
  what: string,
  ctx = { platform: process.platform, env: process.env as Record<string, string | undefined> },
): Promise<AddressTests> {
  const unbound = new Map<string, string>();
  for (const a of addresses) {
    const error = await bindError(a);
    if (error !== null) unbound.set(a, error);
  }
  const gate = loopbackGate(unbound, what, ctx);
  if (gate.mode === 'skip') console.warn(gate.line);
  return { gate, it: gatedIt(gate) };
}
