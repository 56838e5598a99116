// One shape for "several cleanups threw" (AggregateError, code LEAKGUARD_DISPOSE_FAILED, errors
// in the order they were thrown, the message naming what was disposed) wherever it happens, and
// a code on every error core throws on purpose.
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { ConnectionManager, Scope } from '../../src/core/index.js';

type Coded = AggregateError & { code?: string; disposed?: number; report?: { disposed: number } };

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

/** A manager whose owner 42 holds three cleanups, two of which throw (in this order). */
function twoFailures(): ConnectionManager {
  const m = new ConnectionManager();
  const s = m.scope({ owner: 42, service: 'combat', tags: ['pvp'] });
  s.on(new EventEmitter(), 'x', () => {});
  s.add(() => {
    throw new Error('second');
  });
  s.add(() => {
    throw new Error('first'); // LIFO: added last, runs first
  });
  return m;
}

function expectShape(e: unknown, what: RegExp): Coded {
  expect(e).toBeInstanceOf(AggregateError);
  const agg = e as Coded;
  expect(agg.code).toBe('LEAKGUARD_DISPOSE_FAILED');
  expect(agg.message).toMatch(what);
  return agg;
}

describe('several cleanups threw: one shape', () => {
  it('scope.dispose()', () => {
    const s = new Scope({ name: 'db' });
    s.add(() => {
      throw new Error('second');
    });
    s.add(() => {
      throw new Error('first');
    });
    const agg = expectShape(
      thrown(() => s.dispose()),
      /^2 errors while disposing scope 'db'$/,
    );
    expect(agg.errors.map((x: Error) => x.message)).toEqual(['first', 'second']);
  });

  it('manager.disposeOwner / disposeService / disposeTag / disposeAll, with the disposed count', () => {
    const cases: ((m: ConnectionManager) => unknown)[] = [
      (m) => m.disposeOwner(42),
      (m) => m.disposeService('combat'),
      (m) => m.disposeTag('pvp'),
      (m) => m.disposeAll(),
    ];
    for (const call of cases) {
      const m = twoFailures();
      const e = thrown(() => call(m));
      // The owner's scope threw its own AggregateError; the manager throws that one error as
      // itself (one error is never wrapped), with the count of what it disposed on it.
      expectShape(e, /^2 errors while disposing scope/);
      expect((e as Coded).disposed).toBe(3); // the listener and both cleanups
      expect(m.stats().live).toBe(0);
    }
  });

  it('manager bulk calls whose several scopes threw', () => {
    const m = new ConnectionManager();
    for (const name of ['a', 'b']) {
      const s = m.scope({ owner: 7, name });
      s.on(new EventEmitter(), 'x', () => {});
      s.add(() => {
        throw new Error(name);
      });
    }
    const e = expectShape(
      thrown(() => m.disposeOwner(7)),
      /^2 errors while disposing owner 7$/,
    );
    expect(e.errors.map((x: Error) => x.message)).toEqual(['a', 'b']);
    expect(e.disposed).toBe(4);
    expect(e.cause).toBeUndefined();
  });

  it('manager.disposeAllAsync, with the report', async () => {
    const m = new ConnectionManager();
    for (const name of ['a', 'b']) {
      const s = m.scope({ service: name });
      s.add(async () => {
        throw new Error(name);
      });
    }
    const e = await m.disposeAllAsync().then(
      () => {
        throw new Error('expected a rejection');
      },
      (x: unknown) => x,
    );
    const agg = expectShape(e, /^2 errors while disposing all connections$/);
    expect(agg.errors.map((x: Error) => x.message)).toEqual(['a', 'b']);
    // Scopes whose cleanups threw still disposed them: the report counts them.
    expect(agg.report).toEqual({ disposed: 2, timedOut: [] });
  });
});

describe('codes on the errors core throws', () => {
  it('move() of a disposed scope: ReferenceError, code LEAKGUARD_SCOPE_DISPOSED', () => {
    const s = new Scope({ name: 'tx' });
    s.dispose();
    const e = thrown(() => s.move());
    expect(e).toBeInstanceOf(ReferenceError);
    expect(e).toMatchObject({
      code: 'LEAKGUARD_SCOPE_DISPOSED',
      message: "Scope 'tx' is already disposed",
    });
    const moved = new Scope();
    moved.move().dispose();
    expect(thrown(() => moved.move())).toMatchObject({ code: 'LEAKGUARD_SCOPE_DISPOSED' });
  });

  it('using a disposed scope otherwise does not throw: what is added is disposed at once', () => {
    const s = new Scope();
    s.dispose();
    const em = new EventEmitter();
    const c = s.on(em, 'x', () => {});
    expect(c.connected).toBe(false);
    expect(em.listenerCount('x')).toBe(0);
  });
});
