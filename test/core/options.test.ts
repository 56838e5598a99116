/** Unknown option keys are errors naming the key, with the closest known one. */
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionManager, Scope, Signal } from '../../src/core/index.js';

describe('core options: unknown keys', () => {
  it('constructors and requests name the key and suggest the known one', () => {
    expect(() => new ConnectionManager({ siteTreshold: 5 } as never)).toThrow(
      'Unknown option `siteTreshold`; did you mean `siteThreshold`?',
    );
    const m = new ConnectionManager();
    expect(() => m.scope({ servce: 'chat' } as never)).toThrow(
      'Unknown option `servce`; did you mean `service`?',
    );
    expect(() => m.connections({ limt: 5 } as never)).toThrow('did you mean `limit`?');
    expect(() => new Scope({ nme: 'x' } as never)).toThrow('Unknown option `nme`');
    expect(() => new Signal({ maxListener: 5 } as never)).toThrow('did you mean `maxListeners`?');
    expect(() => new Signal().wait({ timeout: 5 } as never)).toThrow('did you mean `timeoutMs`?');
    const s = new Scope();
    expect(() => s.disposeAsync({ timeout: 5 } as never)).toThrow('did you mean `timeoutMs`?');
    expect(() => s.wait(new EventEmitter(), 'x', { timeout: 5 } as never)).toThrow(
      'did you mean `timeoutMs`?',
    );
    expect(m.stats().live).toBe(0);
  });

  it('per-call metadata with an unknown key throws and leaves no listener or timer behind', () => {
    const s = new Scope();
    const em = new EventEmitter();
    expect(() => s.on(em, 'x', () => {}, { descripton: 'typo' } as never)).toThrow(
      'Unknown option `descripton`; did you mean `description`?',
    );
    expect(em.listenerCount('x')).toBe(0);
    let fired = false;
    expect(() => s.setTimeout(() => (fired = true), 0, { unreff: true } as never)).toThrow(
      'did you mean `unref`?',
    );
    expect(s.size).toBe(0);
    return new Promise<void>((resolve) =>
      setTimeout(() => {
        expect(fired).toBe(false);
        resolve();
      }, 20),
    );
  });
});

describe('core: timer delays past the longest one Node takes', () => {
  const over = 2 ** 31; // Node fires a longer delay after 1 ms (TimeoutOverflowWarning)
  const tooLong = (name: string): string =>
    `Expected \`${name}\` to be a number <= 2147483647 (the longest timer delay), got \`2147483648\` (number)`;

  it('are refused where they are passed, naming the argument, and leave nothing behind', async () => {
    const s = new Scope();
    const em = new EventEmitter();
    expect(() => s.setTimeout(() => {}, over)).toThrow(tooLong('ms'));
    expect(() => s.setInterval(() => {}, over)).toThrow(tooLong('ms'));
    expect(() => s.wait(em, 'x', { timeoutMs: over })).toThrow(tooLong('timeoutMs'));
    expect(() => new Signal().wait({ timeoutMs: over })).toThrow(tooLong('timeoutMs'));
    await expect(s.connectWithRetry(() => s, { maxBackoffMs: over })).rejects.toThrow(
      tooLong('maxBackoffMs'),
    );
    await expect(s.connectWithRetry(() => s, { backoffMs: over })).rejects.toThrow(
      tooLong('backoffMs'),
    );
    // a back-off function's answer is checked when it is given
    let calls = 0;
    const failing = (): never => {
      calls++;
      throw new Error('down');
    };
    await expect(
      s.connectWithRetry(failing, { attempts: 2, backoffMs: () => over }),
    ).rejects.toThrow(tooLong('backoffMs(1)'));
    expect(calls).toBe(1);
    const m = new ConnectionManager({ siteThreshold: false });
    await expect(m.disposeAllAsync({ timeoutMs: over })).rejects.toThrow(tooLong('timeoutMs'));
    expect(s.size).toBe(0);
    expect(em.listenerCount('x')).toBe(0);
    expect(() => s.disposeAsync({ timeoutMs: over })).toThrow(tooLong('timeoutMs'));
    expect(s.disposed).toBe(false);
    // the longest delay itself is fine
    const t = s.setTimeout(() => {}, 2 ** 31 - 1, { unref: true });
    expect(t.connected).toBe(true);
    expect(await s.disposeAsync({ timeoutMs: 2 ** 31 - 1 })).toEqual({ disposed: 1, timedOut: [] });
  });
});
