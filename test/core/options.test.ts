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
