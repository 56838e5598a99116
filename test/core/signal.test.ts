import { describe, expect, it, vi } from 'vitest';
import { Scope, Signal } from '../../src/core/index.js';

describe('Signal', () => {
  it('connect / fire / disconnect in connection order', () => {
    const sig = new Signal<[number, string]>({ name: 'hit' });
    const log: string[] = [];
    const a = sig.connect((n, s) => log.push(`a${n}${s}`));
    sig.connect((n, s) => log.push(`b${n}${s}`));
    sig.fire(1, 'x');
    a.disconnect();
    sig.fire(2, 'y');
    expect(log).toEqual(['a1x', 'b1x', 'b2y']);
    expect(sig.size).toBe(1);
    expect(a.connected).toBe(false);
    expect(a.description).toBe('signal listener');
  });

  it('once is called a single time', () => {
    const sig = new Signal<[number]>();
    const fn = vi.fn();
    sig.once(fn);
    sig.fire(1);
    sig.fire(2);
    expect(fn).toHaveBeenCalledTimes(1);
    expect(fn).toHaveBeenCalledWith(1);
    expect(sig.size).toBe(0);
  });

  it('a throwing listener goes to onError and the others still run', () => {
    const errors: unknown[] = [];
    const sig = new Signal<[]>({ onError: (e) => errors.push(e) });
    const boom = new Error('boom');
    const after = vi.fn();
    sig.connect(() => {
      throw boom;
    });
    sig.connect(after);
    expect(() => sig.fire()).not.toThrow();
    expect(errors).toEqual([boom]);
    expect(after).toHaveBeenCalledTimes(1);
  });

  it('without onError, listener errors are reported, never thrown out of fire', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sig = new Signal<[]>({ name: 'x' });
    sig.connect(() => {
      throw new Error('boom');
    });
    expect(() => sig.fire()).not.toThrow();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(String(spy.mock.calls[0]?.[0])).toContain("signal 'x'");
    spy.mockRestore();
  });

  it('a listener connected during fire is not called in that fire', () => {
    const sig = new Signal<[]>();
    const log: string[] = [];
    sig.connect(() => {
      log.push('a');
      sig.connect(() => log.push('new'));
    });
    sig.fire();
    expect(log).toEqual(['a']);
    sig.fire();
    expect(log).toEqual(['a', 'a', 'new']);
  });

  it('a listener disconnected during fire before it was reached is not called', () => {
    const sig = new Signal<[]>();
    const log: string[] = [];
    sig.connect(() => {
      log.push('a');
      b.dispose();
      c.dispose();
    });
    const b = sig.connect(() => log.push('b'));
    const c = sig.connect(() => log.push('c'));
    sig.connect(() => log.push('d'));
    sig.fire();
    expect(log).toEqual(['a', 'd']);
  });

  it('a listener that disconnects itself and the next one keeps iteration going', () => {
    const sig = new Signal<[]>();
    const log: string[] = [];
    const a: { dispose(): void } = sig.connect(() => {
      log.push('a');
      a.dispose();
      b.dispose();
    });
    const b = sig.connect(() => log.push('b'));
    sig.connect(() => log.push('c'));
    sig.fire();
    sig.fire();
    expect(log).toEqual(['a', 'c', 'c']);
  });

  it('disconnectAll during fire stops the rest', () => {
    const sig = new Signal<[]>();
    const log: string[] = [];
    sig.connect(() => {
      log.push('a');
      sig.disconnectAll();
    });
    sig.connect(() => log.push('b'));
    sig.fire();
    expect(log).toEqual(['a']);
    expect(sig.size).toBe(0);
  });

  it.each([3, 16, 17, 40])(
    'with %i listeners (generated and loop dispatchers) the fire rules hold',
    (k) => {
      const sig = new Signal<[number]>();
      const log: number[] = [];
      const cs = Array.from({ length: k }, (_, i) =>
        sig.connect((n) => {
          log.push(i);
          if (i === 0) {
            cs[k - 1]?.dispose(); // disconnected before it is reached: not called
            sig.connect(() => log.push(-1)); // connected during fire: not called
          }
          if (i === 1 && n === 1) throw new Error('isolated');
        }),
      );
      const errors: unknown[] = [];
      const sig2 = new Signal<[number]>({ onError: (e) => errors.push(e) });
      sig2.connect(() => {
        throw new Error('x');
      });
      sig2.fire(1);
      expect(errors).toHaveLength(1);
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      sig.fire(1);
      spy.mockRestore();
      expect(log).toEqual(Array.from({ length: k - 1 }, (_, i) => i));
      log.length = 0;
      sig.fire(2);
      expect(log).toEqual([...Array.from({ length: k - 1 }, (_, i) => i), -1]);
    },
  );

  it('passes exactly the arguments given (0 to 5) and calls listeners without a this', () => {
    const sig = new Signal<unknown[]>();
    const seen: unknown[][] = [];
    const thisValues: unknown[] = [];
    sig.connect(function (this: unknown, ...args: unknown[]) {
      seen.push(args);
      thisValues.push(this);
    });
    sig.fire();
    sig.fire(1);
    sig.fire(1, 2);
    sig.fire(1, 2, 3);
    sig.fire(1, 2, 3, 4, 5);
    sig.fire(undefined);
    expect(seen).toEqual([[], [1], [1, 2], [1, 2, 3], [1, 2, 3, 4, 5], [undefined]]);
    expect(seen[5]).toHaveLength(1);
    expect(thisValues.every((t) => t === undefined)).toBe(true);
  });

  it('re-entrant fire sees the same rules', () => {
    const sig = new Signal<[number]>();
    const log: string[] = [];
    sig.connect((n) => {
      log.push(`a${n}`);
      if (n === 1) sig.fire(2);
    });
    sig.connect((n) => log.push(`b${n}`));
    sig.fire(1);
    expect(log).toEqual(['a1', 'a2', 'b2', 'b1']);
  });

  it('a disposed connection kept by the caller retains no listener and no neighbour', () => {
    const sig = new Signal<[]>();
    const kept = sig.connect(() => {});
    sig.connect(() => {});
    kept.dispose();
    expect(kept._fn).toBeUndefined();
    expect(kept._next).toBeNull();
    // also when removed during a fire: the pointer is cleared when the fire ends
    const during = sig.connect(() => during.dispose());
    sig.connect(() => {});
    sig.fire();
    expect(during._next).toBeNull();
  });

  it('wait resolves with the next fire; aborts and times out cleanly', async () => {
    const sig = new Signal<[string]>({ name: 'ready' });
    const p = sig.wait();
    sig.fire('go');
    expect(await p).toEqual(['go']);
    const ac = new AbortController();
    const p2 = sig.wait({ signal: ac.signal });
    ac.abort();
    await expect(p2).rejects.toMatchObject({ name: 'AbortError' });
    await expect(sig.wait({ timeoutMs: 5 })).rejects.toMatchObject({ code: 'LEAKGUARD_TIMEOUT' });
    await expect(sig.wait({ signal: AbortSignal.abort() })).rejects.toMatchObject({
      name: 'AbortError',
    });
    expect(sig.size).toBe(0);
  });

  it('warns once past maxListeners and re-arms below it', () => {
    const onLeak = vi.fn();
    const sig = new Signal<[]>({ name: 'chat', maxListeners: 3, onLeak });
    const cs = [1, 2, 3, 4, 5].map(() => sig.connect(() => {}));
    expect(onLeak).toHaveBeenCalledTimes(1);
    expect(onLeak).toHaveBeenCalledWith({ signal: 'chat', listeners: 4, threshold: 3 });
    cs.forEach((c) => c.dispose());
    sig.connect(() => {});
    sig.connect(() => {});
    sig.connect(() => {});
    sig.connect(() => {});
    expect(onLeak).toHaveBeenCalledTimes(2);
  });

  it('validates its options', () => {
    expect(() => new Signal({ maxListeners: -1 })).toThrow(
      'Expected `maxListeners` to be a non-negative integer, got `-1` (number)',
    );
    expect(() => new Signal({ name: 5 as never })).toThrow(
      'Expected `name` to be a string, got `5` (number)',
    );
    expect(() => new Signal().connect('x' as never)).toThrow(TypeError);
  });

  it('removing every other one of 100k listeners in scattered order keeps the list intact (cost: bench/core.ts)', () => {
    const sig = new Signal<[]>();
    const cs = Array.from({ length: 100_000 }, () => sig.connect(() => {}));
    // dispose every other one, in random-ish order, and check the list is intact
    for (let i = 1; i < cs.length; i += 2) cs[(i * 7919) % cs.length]?.dispose();
    let n = 0;
    sig.connect(() => {});
    for (let c = sig.head; c !== null; c = c._next) n++;
    expect(n).toBe(sig.size);
  });

  it('disconnectAll reaches every listener, also after scattered disconnects', () => {
    const sig = new Signal<[]>();
    const cs = Array.from({ length: 100 }, () => sig.connect(() => {}));
    for (let i = 0; i < 30; i++) cs[i * 3]?.dispose();
    sig.disconnectAll();
    expect(sig.size).toBe(0);
    expect(cs.every((c) => !c.connected)).toBe(true);
    let calls = 0;
    sig.connect(() => calls++);
    sig.fire();
    expect(calls).toBe(1);
  });

  it('a scope can own a signal (dispose = disconnectAll)', () => {
    const s = new Scope();
    const sig = s.add(new Signal<[]>());
    sig.connect(() => {});
    s.dispose();
    expect(sig.size).toBe(0);
  });
});

// The lone-listener path (no dispatcher) and the generated dispatchers (up to 16 listeners, a
// disconnected listener silenced through `_kill`) against the loop (17+, `Flag.Done` checks):
// the same recorded order whatever the path.
describe('Signal fire paths', () => {
  it('one listener: called directly, and the paths switch as listeners come and go', () => {
    const sig = new Signal<[number]>();
    const log: string[] = [];
    const a = sig.connect((n) => log.push(`a${n}`));
    sig.fire(1);
    const b = sig.connect((n) => log.push(`b${n}`));
    sig.fire(2);
    a.dispose();
    sig.fire(3);
    b.dispose();
    sig.fire(4);
    sig.connect((n) => log.push(`c${n}`));
    sig.fire(5);
    expect(log).toEqual(['a1', 'a2', 'b2', 'b3', 'c5']);
    expect(sig._one).not.toBeNull(); // the last fire took the lone-listener path
  });

  it('one listener that throws goes to onError, and the next fire calls it again', () => {
    const errors: unknown[] = [];
    const sig = new Signal<[number]>({ onError: (e) => errors.push(e) });
    const seen: number[] = [];
    sig.connect((n) => {
      seen.push(n);
      if (n === 1) throw new Error(`boom${n}`);
    });
    expect(() => sig.fire(1)).not.toThrow();
    sig.fire(2);
    expect(seen).toEqual([1, 2]);
    expect(errors.map((e) => (e as Error).message)).toEqual(['boom1']);
  });

  it('one listener that disconnects itself and connects another: the new one waits for the next fire', () => {
    const sig = new Signal<[number]>();
    const log: string[] = [];
    const a: { dispose(): void } = sig.connect((n) => {
      log.push(`a${n}`);
      a.dispose();
      sig.connect((m) => log.push(`b${m}`));
    });
    sig.fire(1);
    sig.fire(2);
    expect(log).toEqual(['a1', 'b2']);
  });

  it('one listener firing its own signal re-entrantly', () => {
    const sig = new Signal<[number]>();
    const log: number[] = [];
    sig.connect((n) => {
      log.push(n);
      if (n < 3) sig.fire(n + 1);
    });
    sig.fire(1);
    expect(log).toEqual([1, 2, 3]);
  });

  it('one listener that disconnects itself, then fires again: nothing is called', () => {
    const sig = new Signal<[number]>();
    const log: number[] = [];
    const a: { dispose(): void } = sig.connect((n) => {
      log.push(n);
      a.dispose();
      sig.fire(n + 1);
    });
    sig.fire(1);
    expect(log).toEqual([1]);
    expect(sig.size).toBe(0);
  });

  it.each([3, 16, 17])(
    '%i listeners: a listener connects one, then disconnects a later one in the same fire',
    (k) => {
      const sig = new Signal<[]>();
      const log: string[] = [];
      const cs = Array.from({ length: k }, (_, i) =>
        sig.connect(() => {
          log.push(`${i}`);
          if (i === 0) {
            sig.connect(() => log.push('new'));
            cs[k - 1]!.dispose(); // connected after the snapshot was built: still not called
          }
        }),
      );
      sig.fire();
      expect(log).toEqual(Array.from({ length: k - 1 }, (_, i) => `${i}`));
    },
  );

  it.each([3, 16, 17])(
    '%i listeners: a nested fire after a connect, then a disconnect in the outer fire',
    (k) => {
      const sig = new Signal<[number]>();
      const log: string[] = [];
      const cs = Array.from({ length: k }, (_, i) =>
        sig.connect((n) => {
          log.push(`${i}:${n}`);
          if (i === 0 && n === 1) {
            sig.connect((m) => log.push(`new:${m}`));
            sig.fire(2); // builds a new dispatcher while the outer one runs
            cs[k - 1]!.dispose(); // reached by neither dispatcher now
          }
        }),
      );
      sig.fire(1);
      const all = (n: number, upTo: number): string[] =>
        Array.from({ length: upTo }, (_, i) => `${i}:${n}`);
      expect(log).toEqual([
        '0:1',
        ...all(2, k),
        'new:2',
        ...all(1, k - 1).slice(1), // the outer fire goes on after listener 0, without k-1
      ]);
      log.length = 0;
      sig.fire(3);
      expect(log).toEqual([...all(3, k - 1), 'new:3']);
    },
  );

  it('three nested rebuilds in one fire: a listener disconnected afterwards is called by none', () => {
    const sig = new Signal<[number]>();
    const log: string[] = [];
    const held: { last?: { dispose(): void } } = {};
    sig.connect((n) => {
      log.push(`a${n}`);
      if (n <= 3) {
        sig.connect(() => log.push(`new${n}`)); // each level changes the list, then fires
        sig.fire(n + 1);
      }
      if (n === 1) held.last!.dispose(); // after every nested fire returned
    });
    sig.connect((n) => log.push(`b${n}`));
    held.last = sig.connect((n) => log.push(`c${n}`));
    sig.fire(1);
    expect(log.filter((l) => l === 'c1')).toEqual([]);
    expect(log.filter((l) => l.startsWith('c'))).toEqual(['c4', 'c3', 'c2']);
  });

  it('a throwing listener in the middle: those before and after it still run, in order', () => {
    for (const k of [3, 16, 17]) {
      const errors: unknown[] = [];
      const sig = new Signal<[]>({ onError: (e) => errors.push(e) });
      const log: number[] = [];
      for (let i = 0; i < k; i++)
        sig.connect(() => {
          log.push(i);
          if (i === 1) throw new Error('middle');
        });
      sig.fire();
      expect(log).toEqual(Array.from({ length: k }, (_, i) => i));
      expect(errors).toHaveLength(1);
    }
  });
});
