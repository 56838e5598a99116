import { getEventListeners } from 'node:events';
import { EventEmitter } from 'node:events';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConnectionManager, Scope, Signal } from '../../src/core/index.js';

/**
 * Fault review of the core: cleanups that throw, reject or hang, re-entrant disposal, and
 * long-lived external signals that must not accumulate listeners.
 */

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('faults: async cleanups during disposeAsync', () => {
  it("counts an async cleanup's rejection in the manager's `failed`, as a sync dispose does", async () => {
    const m = new ConnectionManager({ siteThreshold: false });
    const a = m.scope({ owner: 1 });
    a.add(async () => {
      throw new Error('async a');
    });
    await expect(a.disposeAsync()).rejects.toThrow('async a');
    expect(m.stats().failed).toBe(1);

    // the sync path, for comparison: it has always counted it
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const b = m.scope({ owner: 2 });
    b.add(async () => {
      throw new Error('async b');
    });
    b.dispose();
    await sleep(5);
    expect(m.stats().failed).toBe(2);
    expect(m.stats()).toMatchObject({ live: 0, created: 2, disposed: 2 });
  });

  it('disposeAllAsync counts every rejected cleanup once', async () => {
    const m = new ConnectionManager({ siteThreshold: false });
    for (let i = 0; i < 3; i++)
      m.scope({ service: 's' }).add(() => Promise.reject(new Error(`r${i}`)));
    m.scope({ service: 's' }).add(() => Promise.resolve());
    const err = await m.disposeAllAsync().catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LEAKGUARD_DISPOSE_FAILED' });
    expect((err as AggregateError).errors).toHaveLength(3);
    expect(m.stats()).toMatchObject({ live: 0, failed: 3, disposed: 4 });
  });

  it('a cleanup that timed out and rejects later is reported (and counted), never lost', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const m = new ConnectionManager({ siteThreshold: false });
    const s = m.scope({ owner: 'p' });
    s.add(() => new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 30)));
    const report = await s.disposeAsync({ timeoutMs: 5 });
    expect(report.timedOut).toHaveLength(1);
    expect(errors).not.toHaveBeenCalled();
    await sleep(60);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(String(errors.mock.calls[0]?.[0])).toMatch(/timed out/);
    expect(errors.mock.calls[0]?.[1]).toMatchObject({ message: 'late' });
    expect(m.stats().failed).toBe(1);
  });

  it('a raw task of a plain scope that timed out and rejects later is reported too', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = new Scope({ name: 'plain' });
    s.add({
      [Symbol.asyncDispose]: () =>
        new Promise<void>((_, reject) => setTimeout(() => reject(new Error('late raw')), 30)),
    });
    const report = await s.disposeAsync({ timeoutMs: 5 });
    expect(report.timedOut).toEqual(['Object (Symbol.asyncDispose)']);
    await sleep(60);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]?.[1]).toMatchObject({ message: 'late raw' });
  });

  it('a hung cleanup is bounded by timeoutMs, the rest still run, and no timer is left', async () => {
    const m = new ConnectionManager({ siteThreshold: false });
    const s = m.scope({ owner: 'p' });
    const ran: string[] = [];
    s.add(() => ran.push('first added'));
    s.add(() => new Promise(() => {})); // never settles
    s.child('kid').add(() => new Promise(() => {}));
    const before = process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const t = performance.now();
    const report = await s.disposeAsync({ timeoutMs: 20 });
    expect(performance.now() - t).toBeLessThan(1000);
    expect(report).toEqual({ disposed: 3, timedOut: ['function task', 'function task'] });
    expect(ran).toEqual(['first added']);
    // Other timers of the process may end meanwhile (the count is process-wide): none more.
    expect(
      process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length,
    ).toBeLessThanOrEqual(before);
    expect(m.stats()).toMatchObject({ live: 0, scopes: 0 });
  });
});

describe('faults: re-entrancy', () => {
  it('disposing a scope from inside its own cleanup or abort listener runs every cleanup once', () => {
    const s = new Scope();
    const ran: string[] = [];
    s.signal.addEventListener('abort', () => s.dispose());
    s.add(() => ran.push('a'));
    s.add(() => {
      s.dispose();
      ran.push('b');
    });
    s.add(() => ran.push('c'));
    s.dispose();
    expect(ran).toEqual(['c', 'b', 'a']);
    expect(s.size).toBe(0);
  });

  it('registering into a disposing scope disposes at once; nothing is left on the emitter', () => {
    const em = new EventEmitter();
    const s = new Scope();
    const late: string[] = [];
    s.add(() => {
      s.on(em, 'x', () => {});
      s.setTimeout(() => late.push('timer fired'), 1);
      s.add(() => late.push('late task'));
      s.child('late child').add(() => late.push('late child task'));
    });
    s.dispose();
    expect(em.listenerCount('x')).toBe(0);
    expect(late).toEqual(['late task', 'late child task']);
    expect(s.size).toBe(0);
  });

  it('nested children are disposed innermost last-added first, parents after their children', () => {
    const order: string[] = [];
    const root = new Scope();
    root.add(() => order.push('root 1'));
    const a = root.child('a');
    a.add(() => order.push('a 1'));
    const aa = a.child('aa');
    aa.add(() => order.push('aa 1'));
    a.add(() => order.push('a 2'));
    root.add(() => order.push('root 2'));
    root.dispose();
    expect(order).toEqual(['root 2', 'a 2', 'aa 1', 'a 1', 'root 1']);
  });

  it('a throwing cleanup does not stop the others; the manager counts stay exact', () => {
    const m = new ConnectionManager({ siteThreshold: false });
    const s = m.scope({ owner: 1, tags: ['t'] });
    const em = new EventEmitter();
    s.on(em, 'x', () => {});
    s.add(() => {
      throw new Error('one');
    });
    s.child().add(() => {
      throw new Error('two');
    });
    s.setInterval(() => {}, 1000);
    const err = (() => {
      try {
        s.dispose();
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(err).toMatchObject({ code: 'LEAKGUARD_DISPOSE_FAILED' });
    expect(em.listenerCount('x')).toBe(0);
    expect(m.stats()).toMatchObject({ live: 0, failed: 2, owners: 0, byTag: {}, scopes: 0 });
  });
});

describe('faults: helpers that fail to register', () => {
  it('scope.wait on something it cannot listen to rejects with that error and leaves nothing in the scope', async () => {
    const s = new Scope();
    for (let i = 0; i < 3; i++)
      await expect(s.wait({} as never, 'x')).rejects.toThrow('Expected an emitter');
    await expect(s.wait(new EventEmitter())).rejects.toThrow('needs an event name');
    expect(s.size).toBe(0);
  });
});

describe('faults: a long-lived AbortSignal does not accumulate listeners', () => {
  const N = 10_000;
  const count = (sig: AbortSignal) => getEventListeners(sig, 'abort').length;

  it(`bind(signal) then dispose, ${N} times`, () => {
    const ac = new AbortController();
    for (let i = 0; i < N; i++) new Scope().bind(ac.signal).dispose();
    expect(count(ac.signal)).toBe(0);
  });

  it(`listen(signal, 'abort') with and without once, ${N} times, in a manager`, () => {
    const ac = new AbortController();
    const m = new ConnectionManager({ siteThreshold: false });
    for (let i = 0; i < N; i++) {
      const s = m.scope({ owner: i });
      s.listen(ac.signal, 'abort', () => {}, i % 2 === 0 ? { once: true } : undefined);
      s.listen(ac.signal, 'abort', () => {}, { capture: true });
      m.disposeOwner(i);
    }
    expect(count(ac.signal)).toBe(0);
    expect(m.stats()).toMatchObject({ live: 0, owners: 0 });
  });

  it(`Signal.wait({ signal }) and scope.wait settled by fire, ${N} times`, async () => {
    const ac = new AbortController();
    const sig = new Signal<[number]>();
    const parent = new Scope();
    for (let i = 0; i < N; i++) {
      const w = sig.wait({ signal: ac.signal, timeoutMs: 60_000 });
      const sw = parent.wait(sig, undefined, { timeoutMs: 60_000 });
      sig.fire(i);
      expect(await w).toEqual([i]);
      expect(await sw).toEqual([i]);
    }
    expect(count(ac.signal)).toBe(0);
    expect(count(parent.signal)).toBe(0);
    expect(sig.size).toBe(0);
    expect(parent.size).toBe(0);
  });

  it(`bind(scope) and connectWithRetry on a long-lived scope, ${N} times`, async () => {
    const owner = new Scope();
    for (let i = 0; i < N; i++) new Scope().bind(owner).dispose();
    expect(owner.size).toBe(0);
    for (let i = 0; i < 1000; i++) {
      const conn = await owner.connectWithRetry(() => () => {});
      expect(owner.detach(conn)).toBe(true);
    }
    expect(count(owner.signal)).toBe(0);
    expect(owner.size).toBe(0);
  });
});

describe('faults: Signal', () => {
  it('an onLeak that throws neither breaks connect nor leaves an unowned listener', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const sig = new Signal<[]>({
      name: 'chat',
      maxListeners: 1,
      onLeak: () => {
        throw new Error('onLeak failed');
      },
    });
    const s = new Scope();
    s.connect(sig, () => {});
    const c = s.connect(sig, () => {});
    expect(c.connected).toBe(true);
    expect(sig.size).toBe(2);
    expect(errors).toHaveBeenCalledTimes(1);
    expect(errors.mock.calls[0]?.[1]).toMatchObject({ message: 'onLeak failed' });
    s.dispose();
    expect(sig.size).toBe(0);
  });

  it('property: any mix of connect/dispose/fire/scope dispose leaves the signal and scopes empty', () => {
    type Op =
      | { t: 'connect'; s: number }
      | { t: 'drop'; i: number }
      | { t: 'fire' }
      | { t: 'end'; s: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.nat(3).map((s) => ({ t: 'connect', s }) as Op),
      fc.nat(40).map((i) => ({ t: 'drop', i }) as Op),
      fc.constant({ t: 'fire' } as Op),
      fc.nat(3).map((s) => ({ t: 'end', s }) as Op),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const sig = new Signal<[]>({ onError: () => {} });
        const m = new ConnectionManager({ siteThreshold: false });
        const scopes = [0, 1, 2, 3].map((o) => m.scope({ owner: o }));
        const conns: ReturnType<Signal<[]>['connect']>[] = [];
        for (const o of ops) {
          if (o.t === 'connect') {
            const s = scopes[o.s] as Scope;
            if (s.disposed) scopes[o.s] = m.scope({ owner: o.s });
            conns.push((scopes[o.s] as Scope).connect(sig, () => {}));
          } else if (o.t === 'drop') conns[o.i % Math.max(1, conns.length)]?.dispose();
          else if (o.t === 'fire') sig.fire();
          else m.disposeOwner(o.s);
          const live = conns.filter((c) => c.connected).length;
          expect(sig.size).toBe(live);
          expect(m.stats().live).toBe(live);
        }
        m.disposeAll();
        expect(sig.size).toBe(0);
        expect(m.stats()).toMatchObject({ live: 0, owners: 0 });
      }),
    );
  });
});

describe('faults: bookkeeping stays bounded', () => {
  it('per-site leak-watch entries and per-kind lists go when their connections do', () => {
    const m = new ConnectionManager({ siteThreshold: 5 });
    const reports: unknown[] = [];
    m.leakSuspected.connect((r) => reports.push(r));
    const em = new EventEmitter();
    em.setMaxListeners(0);
    for (let i = 0; i < 2000; i++) {
      const s = m.scope({ owner: i, service: 'svc' });
      s.on(em, 'tick', () => {}, { site: `site-${i % 500}`, kind: `k${i % 3}` });
      s.setTimeout(() => {}, 60_000, { site: `timer-${i}` });
      if (i % 10 === 0) s.add(() => {}); // plain task
      m.disposeOwner(i);
    }
    expect(m._leaks?.sites.size).toBe(0);
    expect(m._kinds.size).toBe(0);
    expect(em.listenerCount('tick')).toBe(0);
    expect(m.stats()).toMatchObject({ live: 0, owners: 0, scopes: 0, byService: {} });
    // …and a site that did pass its threshold re-arms once it empties
    const s = m.scope({ service: 'svc' });
    for (let i = 0; i < 5; i++) s.on(em, 'x', () => {}, { site: 'hot' });
    expect(reports).toHaveLength(1);
    s.dispose();
    const t = m.scope({ service: 'svc' });
    for (let i = 0; i < 5; i++) t.on(em, 'x', () => {}, { site: 'hot' });
    expect(reports).toHaveLength(2);
    t.dispose();
    expect(m._leaks?.sites.size).toBe(0);
  });
});
