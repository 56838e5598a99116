/** createRedisSessionStore's options: checked once, before anything connects; errors name the key. */
import { describe, expect, it } from 'vitest';
import { createRedisSessionStore } from '../../src/fleet/index.js';

describe('createRedisSessionStore options', () => {
  it('refuses unknown keys at every level, and wrong values, naming the key', async () => {
    await expect(createRedisSessionStore({ nodeTTLMs: 5 } as never)).rejects.toThrow(
      'Unknown option `nodeTTLMs`; did you mean `nodeTtlMs`?',
    );
    await expect(createRedisSessionStore({ redis: { hostt: 'x' } as never })).rejects.toThrow(
      'Unknown option `redis.hostt`; did you mean `redis.host`?',
    );
    await expect(createRedisSessionStore({ redis: { port: -1 } })).rejects.toThrow(/`redis.port`/);
    await expect(createRedisSessionStore({ redis: 'http://x' })).rejects.toThrow(/`redis`/);
    await expect(createRedisSessionStore({ nodeTtlMs: 10 })).rejects.toThrow(/`nodeTtlMs`/);
    await expect(createRedisSessionStore({ maxInFlight: 0 })).rejects.toThrow(/`maxInFlight`/);
    // the presence transaction is three commands: a smaller gate could never send it
    await expect(createRedisSessionStore({ maxInFlight: 2 })).rejects.toThrow(/`maxInFlight`/);
    await expect(createRedisSessionStore({ nodeId: '' })).rejects.toThrow(/`nodeId`/);
    await expect(createRedisSessionStore({ handoffTimeoutMs: -1 })).rejects.toThrow(
      /`handoffTimeoutMs`/,
    );
    const e = await createRedisSessionStore({ keyPrefix: 1 as never }).catch((x: unknown) => x);
    expect(e).toMatchObject({ name: 'TypeError', code: 'LEAKGUARD_INVALID_OPTION' });
  });
});
