// Why this file is long: one Scope, many behaviours (entries, keyed slots, async disposal, move,
// detach, leaks), each a short test; split, the shared recorder and fixtures would be copied.
import { EventEmitter, getEventListeners, setMaxListeners } from 'node:events';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { Connection, ConnectionManager, Scope, Signal } from '../../src/core/index.js';
import { getGc } from '../../src/internal/gc.js';

/** Records lifecycle events so tests can assert their order (ARCHITECTURE.md, lifecycle tests). */
function recorder() {
  const log: string[] = [];
  const task = (name: string) => () => {
    log.push(name);
  };
  return { log, task };
}

/**
 * Fake timers for this test only: time moves when the test says so, and `vi.getTimerCount()`
 * tells whether a timer was cleared rather than merely not yet due.
 */
function fakeTimers(): void {
  vi.useFakeTimers();
  onTestFinished(() => void vi.useRealTimers());
}

describe('Scope.add', () => {
  it('accepts every disposable-like and returns it', () => {
    const s = new Scope();
    const { log, task } = recorder();
    const fn = task('fn');
    expect(s.add(fn)).toBe(fn);
    s.add({ [Symbol.dispose]: task('sym') });
    s.add({ dispose: task('dispose') });
    s.add({ unsubscribe: task('unsubscribe') });
    s.add({ disconnect: task('disconnect') });
    s.add({ close: task('close') });
    s.add({ destroy: task('destroy') });
    const ac = new AbortController();
    s.add(ac);
    const timer = setTimeout(() => log.push('timer fired'), 5);
    s.add(timer);
    s.dispose();
    expect(log).toEqual(['destroy', 'close', 'disconnect', 'unsubscribe', 'dispose', 'sym', 'fn']);
    expect(ac.signal.aborted).toBe(true);
    // a real Node timer (a faked one is not a Timeout): the test waits past its 5 ms
    return new Promise<void>((r) => setTimeout(r, 20)).then(() =>
      expect(log).not.toContain('timer fired'),
    );
  });

  it.each([
    [42, 'Expected a function or a disposable, got `42` (number)'],
    ['x', 'Expected a function or a disposable, got `"x"` (string)'],
    [null, 'Expected a function or a disposable, got `null` (null)'],
    [undefined, 'Expected a function or a disposable, got `undefined` (undefined)'],
    [{ a: 1 }, 'Expected a function or a disposable, got `{ a }` (object)'],
  ])('refuses %j with a TypeError naming it', (value, message) => {
    const s = new Scope();
    expect(() => s.add(value as never)).toThrow(TypeError);
    expect(() => s.add(value as never)).toThrow(message);
    // docs/errors.md: an argument of the wrong type is LEAKGUARD_INVALID_OPTION, in core too
    expect(() => s.add(value as never)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_INVALID_OPTION' }),
    );
    expect(s.size).toBe(0);
  });

  it('refuses every argument of the wrong kind with code LEAKGUARD_INVALID_OPTION', () => {
    const s = new Scope();
    const child = s.child('c');
    const bad: Array<() => unknown> = [
      () => s.on({} as never, 'x', () => {}),
      () => s.listen({} as never, 'x', () => {}),
      () => s.connect({} as never, () => {}),
      () => s.subscribe({} as never, () => {}),
      () => s.bind(new EventTarget() as never),
      () => s.bind(child),
      () => child.add(s),
      () => s.connect({ connect: () => 42 } as never, () => {}),
    ];
    for (const call of bad) {
      let thrown: unknown;
      try {
        call();
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(TypeError);
      expect((thrown as { code?: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    }
    s.dispose();
  });

  it('awaits [Symbol.asyncDispose] in disposeAsync', async () => {
    const s = new Scope();
    const { log } = recorder();
    s.add({
      async [Symbol.asyncDispose]() {
        await new Promise((r) => setTimeout(r, 5));
        log.push('async done');
      },
    });
    s.add(() => log.push('sync'));
    const report = await s.disposeAsync();
    expect(log).toEqual(['sync', 'async done']);
    expect(report).toEqual({ disposed: 2, timedOut: [] });
  });
});

describe('Scope.dispose semantics', () => {
  it('runs tasks in reverse order of addition (LIFO), children included', () => {
    const s = new Scope();
    const { log, task } = recorder();
    s.add(task('a'));
    const c = s.child('c');
    c.add(task('c1'));
    c.add(task('c2'));
    s.add(task('b'));
    s.dispose();
    expect(log).toEqual(['b', 'c2', 'c1', 'a']);
  });

  it('runs every task even when some throw, then throws the one error as itself', () => {
    const s = new Scope();
    const { log, task } = recorder();
    const boom = new Error('boom');
    s.add(task('a'));
    s.add(() => {
      throw boom;
    });
    s.add(task('c'));
    let caught: unknown;
    try {
      s.dispose();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(boom);
    expect(log).toEqual(['c', 'a']);
  });

  it('throws several errors together as an AggregateError in the order they happened', () => {
    const s = new Scope({ name: 'room' });
    const e1 = new Error('first added');
    const e2 = new Error('second added');
    s.add(() => {
      throw e1;
    });
    s.add(() => {
      throw e2;
    });
    let caught: unknown;
    try {
      s.dispose();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(AggregateError);
    const agg = caught as AggregateError & { code: string };
    expect(agg.errors).toEqual([e2, e1]);
    expect(agg.code).toBe('LEAKGUARD_DISPOSE_FAILED');
    expect(agg.message).toContain("scope 'room'");
  });

  it('is idempotent', () => {
    const s = new Scope();
    const fn = vi.fn();
    s.add(fn);
    s.dispose();
    s.dispose();
    s[Symbol.dispose]();
    expect(fn).toHaveBeenCalledTimes(1);
    expect(s.disposed).toBe(true);
  });

  it('disposes what is added during dispose at once, exactly once', () => {
    const s = new Scope();
    const late = vi.fn();
    s.add(() => s.add(late));
    s.dispose();
    expect(late).toHaveBeenCalledTimes(1);
    s.dispose();
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('disposes what is added after dispose at once, exactly once (tasks, connections, children, timers)', () => {
    const s = new Scope();
    s.dispose();
    const fn = vi.fn();
    s.add(fn);
    expect(fn).toHaveBeenCalledTimes(1);
    const em = new EventEmitter();
    const c = s.on(em, 'x', () => {});
    expect(c.connected).toBe(false);
    expect(em.listenerCount('x')).toBe(0);
    const child = s.child();
    expect(child.disposed).toBe(true);
    const t = vi.fn();
    fakeTimers();
    s.setTimeout(t, 1);
    expect(s.size).toBe(0);
    expect(vi.getTimerCount()).toBe(0); // never started
    vi.advanceTimersByTime(10);
    expect(t).not.toHaveBeenCalled();
  });

  it('a connection disposed on its own leaves its scope at once', () => {
    const s = new Scope();
    const em = new EventEmitter();
    const c = s.on(em, 'x', () => {});
    expect(s.size).toBe(1);
    c.dispose();
    expect(s.size).toBe(0);
    expect(em.listenerCount('x')).toBe(0);
    s.dispose();
  });

  it('a child disposed on its own leaves its parent; 1M children leave a long-lived parent at its size', () => {
    const parent = new Scope({ name: 'server' });
    parent.add(() => {});
    for (let i = 0; i < 1_000_000; i++) {
      const c = parent.child();
      c.add(() => {});
      c.dispose();
    }
    expect(parent.size).toBe(1);
    // the backing array is compacted too, not just counted
    expect(parent._entries.length).toBeLessThan(64);
    parent.dispose();
  });

  it('an interleaving of long- and short-lived children keeps only the live ones', () => {
    const parent = new Scope();
    const keep: Scope[] = [];
    for (let i = 0; i < 10_000; i++) {
      const c = parent.child();
      if (i % 100 === 0) keep.push(c);
      else c.dispose();
    }
    expect(parent.size).toBe(100);
    expect(parent._entries.length).toBeLessThan(400);
    const { log, task } = recorder();
    keep.forEach((k, i) => k.add(task(String(i))));
    parent.dispose();
    expect(log).toEqual(keep.map((_, i) => String(i)).reverse());
  });
});

describe('disposeAsync', () => {
  it('reports tasks that time out and still runs the rest', async () => {
    const s = new Scope();
    const { log } = recorder();
    s.add(() => log.push('first added'));
    s.add({
      async [Symbol.asyncDispose]() {
        await new Promise((r) => setTimeout(r, 200));
        log.push('slow finished');
      },
    });
    s.add(async function quick() {
      log.push('quick');
    });
    const t0 = performance.now();
    const report = await s.disposeAsync({ timeoutMs: 20 });
    expect(performance.now() - t0).toBeLessThan(190);
    expect(log).toEqual(['quick', 'first added']);
    expect(report.disposed).toBe(3);
    expect(report.timedOut).toHaveLength(1);
    expect(report.timedOut).toEqual(['Object (Symbol.asyncDispose)']);
  });

  it('is idempotent (same promise) and rejects with the collected errors and the report', async () => {
    const s = new Scope();
    s.add(async () => {
      throw new Error('async fail');
    });
    s.add(() => {
      throw new Error('sync fail');
    });
    const p1 = s.disposeAsync();
    const p2 = s.disposeAsync();
    expect(p2).toBe(p1);
    await expect(p1).rejects.toBeInstanceOf(AggregateError);
    const err = await p1.catch((e: unknown) => e);
    expect((err as { report: { disposed: number } }).report.disposed).toBe(2);
  });

  it('awaits children and sums their reports', async () => {
    const s = new Scope();
    const c = s.child();
    c.add(async () => {});
    c.add(async () => {});
    s.add(async () => {});
    expect(await s.disposeAsync()).toEqual({ disposed: 3, timedOut: [] });
    expect(c.disposed).toBe(true);
  });

  it('a sync dispose() meanwhile runs at once what it has not reached, each cleanup once', async () => {
    const m = new ConnectionManager({ siteThreshold: false });
    const s = m.scope({ owner: 'p' });
    const { log, task } = recorder();
    const em = new EventEmitter();
    s.add(task('first added'));
    s.on(em, 'x', () => {});
    const kid = s.child('kid');
    kid.add(task('kid first added'));
    let finish!: () => void;
    kid.add(
      () =>
        new Promise<void>((resolve) => {
          log.push('kid slow started');
          finish = resolve;
        }),
    );
    s.add(async () => {
      log.push('last added');
    });
    let settled = false;
    const done = s.disposeAsync().finally(() => (settled = true));
    await new Promise((r) => setImmediate(r));
    expect(log).toEqual(['last added', 'kid slow started']); // awaiting the kid's slow cleanup
    expect(s.disposed).toBe(true);

    s.dispose(); // cannot wait for it: runs the rest now, the kid's included
    expect(log).toEqual(['last added', 'kid slow started', 'kid first added', 'first added']);
    expect(em.listenerCount('x')).toBe(0);
    expect(m.stats()).toMatchObject({ live: 0, disposed: 5 });
    expect(kid.disposed).toBe(true);
    s.dispose(); // a no-op now
    expect(settled).toBe(false); // disposeAsync still waits for the slow one

    finish();
    // the report counts what disposeAsync ran itself; nothing ran twice
    expect(await done).toEqual({ disposed: 2, timedOut: [] });
    expect(log).toHaveLength(4);
    expect(m.stats()).toMatchObject({ live: 0, disposed: 5, failed: 0 });
  });

  it("a sync dispose() meanwhile throws its own cleanups' errors; disposeAsync rejects with its own", async () => {
    const s = new Scope({ name: 'mixed' });
    s.add(() => {
      throw new Error('sync part');
    });
    let finish!: () => void;
    s.add(() => new Promise<void>((resolve) => (finish = resolve)));
    s.add(async () => {
      throw new Error('async part');
    });
    const done = s.disposeAsync().catch((e: unknown) => e);
    await new Promise((r) => setImmediate(r));
    expect(() => s.dispose()).toThrow('sync part');
    finish();
    expect(await done).toMatchObject({ message: 'async part', report: { disposed: 2 } });
  });

  it('works with await using', async () => {
    const { log } = recorder();
    {
      await using s = new Scope();
      s.add(async () => {
        log.push('cleaned');
      });
      log.push('body');
    }
    expect(log).toEqual(['body', 'cleaned']);
  });
});

describe('TC39 names: defer, adopt, move, using', () => {
  it('defer and adopt', () => {
    const s = new Scope();
    const { log, task } = recorder();
    s.defer(task('deferred'));
    const v = s.adopt({ id: 7 }, (x) => log.push(`adopted ${x.id}`));
    expect(v).toEqual({ id: 7 });
    s.dispose();
    expect(log).toEqual(['adopted 7', 'deferred']);
    expect(() => new Scope().defer(3 as never)).toThrow(
      'Expected `fn` to be a function, got `3` (number)',
    );
  });

  it('move hands every entry to a new scope; the old one ends without disposing', () => {
    const s = new Scope({ name: 'tx' });
    const { log, task } = recorder();
    s.add(task('a'));
    const em = new EventEmitter();
    const c = s.on(em, 'x', () => {});
    const child = s.child();
    child.add(task('child'));
    const signal = s.signal;
    const moved = s.move();
    expect(s.disposed).toBe(true);
    expect(log).toEqual([]);
    expect(signal.aborted).toBe(false);
    expect(moved.size).toBe(3);
    expect(() => s.move()).toThrow(ReferenceError);
    c.dispose();
    expect(moved.size).toBe(2);
    moved.dispose();
    expect(log).toEqual(['child', 'a']);
    expect(signal.aborted).toBe(true);
    expect(em.listenerCount('x')).toBe(0);
  });

  it('using disposes at the end of the block', () => {
    const { log } = recorder();
    {
      using s = new Scope();
      s.add(() => log.push('cleaned'));
      log.push('body');
    }
    expect(log).toEqual(['body', 'cleaned']);
  });
});

describe('registration helpers', () => {
  it('on() with on/off and with addListener/removeListener', () => {
    const s = new Scope();
    const em = new EventEmitter();
    const seen: number[] = [];
    const c = s.on(em, 'n', (n: number) => seen.push(n));
    em.emit('n', 1);
    expect(c).toBeInstanceOf(Connection);
    expect(c.kind).toBe('listener');
    expect(c.description).toBe("'n' listener on EventEmitter");
    const legacy = {
      fns: [] as unknown[],
      addListener(_e: string, f: unknown) {
        this.fns.push(f);
      },
      removeListener(_e: string, f: unknown) {
        this.fns = this.fns.filter((x) => x !== f);
      },
    };
    s.on(legacy, 'x', () => {});
    expect(legacy.fns).toHaveLength(1);
    s.dispose();
    em.emit('n', 2);
    expect(seen).toEqual([1]);
    expect(em.listenerCount('n')).toBe(0);
    expect(legacy.fns).toHaveLength(0);
    expect(() => new Scope().on({} as never, 'x', () => {})).toThrow(/Expected an emitter/);
  });

  it('listen() honours the capture flag on removal', () => {
    const s = new Scope();
    const target = new EventTarget();
    const calls: string[] = [];
    const spy = vi.spyOn(target, 'removeEventListener');
    s.listen(target, 'a', () => calls.push('bubble'));
    s.listen(target, 'a', () => calls.push('capture'), { capture: true });
    s.listen(target, 'a', () => calls.push('capture-bool'), true);
    target.dispatchEvent(new Event('a'));
    expect(calls).toHaveLength(3);
    s.dispose();
    target.dispatchEvent(new Event('a'));
    expect(calls).toHaveLength(3);
    const flags = spy.mock.calls.map((c) => (c[2] as { capture: boolean }).capture);
    expect(flags).toEqual([true, true, false]);
  });

  it('listen({ once }) leaves the scope when it fires', () => {
    const s = new Scope();
    const target = new EventTarget();
    const fn = vi.fn();
    s.listen(target, 'a', fn, { once: true });
    expect(s.size).toBe(1);
    target.dispatchEvent(new Event('a'));
    target.dispatchEvent(new Event('a'));
    expect(fn).toHaveBeenCalledTimes(1);
    expect(s.size).toBe(0);
  });

  it('listen({ signal }): the connection leaves the scope when the signal aborts, and leaves nothing on the signal', () => {
    // before: the target dropped the listener on abort, but the scope kept its connection (and
    // the manager counted it) until the scope ended: one entry per aborted operation
    const manager = new ConnectionManager({ siteThreshold: false });
    const s = manager.scope({ service: 'ops' });
    const target = new EventTarget();
    const fn = vi.fn();
    for (let i = 0; i < 10_000; i++) {
      const ac = new AbortController();
      s.listen(target, 'a', fn, { signal: ac.signal });
      ac.abort();
    }
    expect(s.size).toBe(0);
    expect(manager.stats().live).toBe(0);
    target.dispatchEvent(new Event('a'));
    expect(fn).not.toHaveBeenCalled();

    // one long-lived signal: connections ended any other way take their abort listener along.
    // A target of our own that leaves the signal alone (Node's EventTarget adds weak 'abort'
    // listeners of its own, which it never removes), so what is left on it is ours.
    const plain = {
      listeners: new Map<string, Set<{ fn: (e: unknown) => void; once: boolean }>>(),
      addEventListener(type: string, fn: (e: unknown) => void, o?: { once?: boolean }) {
        const set = this.listeners.get(type) ?? new Set();
        this.listeners.set(type, set.add({ fn, once: o?.once === true }));
      },
      removeEventListener(type: string, fn: (e: unknown) => void) {
        const set = this.listeners.get(type);
        for (const l of set ?? []) if (l.fn === fn) set!.delete(l);
      },
      dispatch(type: string) {
        for (const l of [...(this.listeners.get(type) ?? [])]) {
          if (l.once) this.listeners.get(type)!.delete(l);
          l.fn({ type });
        }
      },
    };
    const long = new AbortController();
    // 1000 live connections on one signal on purpose (each holds an abort listener until it
    // ends): without this, Node warns of a possible leak at the 11th, in the suite's output
    setMaxListeners(0, long.signal);
    for (let i = 0; i < 1000; i++) s.listen(plain, 'a', fn, { signal: long.signal }).dispose();
    for (let i = 0; i < 1000; i++) {
      s.listen(plain, 'b', fn, { signal: long.signal, once: true });
      plain.dispatch('b');
    }
    for (let i = 0; i < 1000; i++) s.listen(plain, 'c', fn, { signal: long.signal, capture: true });
    expect(getEventListeners(long.signal, 'abort')).toHaveLength(1000);
    s.dispose();
    expect(getEventListeners(long.signal, 'abort')).toHaveLength(0);
    expect(manager.stats().live).toBe(0);
    expect(fn).toHaveBeenCalledTimes(1000);

    // an already aborted signal: the target adds nothing, so neither does the scope
    const t = manager.scope({ service: 'ops' });
    const c = t.listen(target, 'a', fn, { signal: AbortSignal.abort() });
    expect(c.connected).toBe(false);
    expect(t.size).toBe(0);
    t.dispose();
  });

  it('connect() to a Signal and to connect/subscribe sources', () => {
    const s = new Scope();
    const sig = new Signal<[number]>();
    const got: number[] = [];
    s.connect(sig, (n: number) => got.push(n));
    let unsubscribed = 0;
    const rx = {
      subscribe: (_fn: unknown) => ({ unsubscribe: () => unsubscribed++ }),
    };
    const c = s.connect(rx, () => {});
    expect(c.kind).toBe('subscription');
    const bad = { connect: () => 5 };
    expect(() => s.connect(bad, () => {})).toThrow(/Expected connect\(\) to return a disposable/);
    sig.fire(1);
    s.dispose();
    sig.fire(2);
    expect(got).toEqual([1]);
    expect(sig.size).toBe(0);
    expect(unsubscribed).toBe(1);
  });

  it('subscribe() for observables returning a function or a subscription', () => {
    const s = new Scope();
    let a = 0;
    let b = 0;
    s.subscribe({ subscribe: () => () => a++ }, {});
    s.subscribe({ subscribe: () => ({ unsubscribe: () => b++ }) }, {});
    s.dispose();
    expect([a, b]).toEqual([1, 1]);
  });

  it('setTimeout is cleared on dispose and leaves the scope once fired', () => {
    fakeTimers();
    const s = new Scope();
    const fired = vi.fn();
    const cleared = vi.fn();
    s.setTimeout(fired, 5);
    s.setTimeout(cleared, 50);
    expect(s.size).toBe(2);
    vi.advanceTimersByTime(20);
    expect(fired).toHaveBeenCalledTimes(1);
    expect(s.size).toBe(1);
    s.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60);
    expect(cleared).not.toHaveBeenCalled();
  });

  it('setInterval with maxCalls stops and leaves the scope by itself', () => {
    fakeTimers();
    const s = new Scope();
    const fn = vi.fn();
    const c = s.setInterval(fn, 2, { maxCalls: 3 });
    vi.advanceTimersByTime(60);
    expect(fn).toHaveBeenCalledTimes(3);
    expect(vi.getTimerCount()).toBe(0);
    expect(c.connected).toBe(false);
    expect(s.size).toBe(0);
    expect(() => s.setInterval(fn, 2, { maxCalls: 0 })).toThrow(
      'Expected `maxCalls` to be a positive integer, got `0` (number)',
    );
  });

  it('setInterval is cleared on dispose', () => {
    fakeTimers();
    const s = new Scope();
    const fn = vi.fn();
    s.setInterval(fn, 2);
    vi.advanceTimersByTime(15);
    expect(fn).toHaveBeenCalledTimes(7);
    s.dispose();
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(15);
    expect(fn).toHaveBeenCalledTimes(7);
  });

  it('once() on emitters, EventTargets and Signals', () => {
    const s = new Scope();
    const em = new EventEmitter();
    const target = new EventTarget();
    const sig = new Signal<[string]>();
    const got: string[] = [];
    s.once(em, 'x', (v: string) => got.push(`em ${v}`));
    s.once(target, 'x', () => got.push('target'));
    s.once(sig, undefined, (v: string) => got.push(`sig ${v}`));
    expect(s.size).toBe(3);
    em.emit('x', 'a');
    em.emit('x', 'b');
    target.dispatchEvent(new Event('x'));
    target.dispatchEvent(new Event('x'));
    sig.fire('c');
    sig.fire('d');
    expect(got).toEqual(['em a', 'target', 'sig c']);
    expect(s.size).toBe(0);
    expect(em.listenerCount('x')).toBe(0);
  });

  it('onMany registers a batch', () => {
    const s = new Scope();
    const em = new EventEmitter();
    const cs = s.onMany(em, { a: () => {}, b: () => {} });
    expect(cs).toHaveLength(2);
    expect(em.eventNames()).toEqual(['a', 'b']);
    s.dispose();
    expect(em.eventNames()).toEqual([]);
  });

  it('debounce calls at most once per window, and per key when asked', () => {
    // The clock is faked: on a loaded machine two synchronous emits can lie a whole real window
    // apart (a GC pause), which once made this test see 'p1' twice.
    vi.useFakeTimers({ toFake: ['performance', 'setTimeout', 'Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const s = new Scope();
    const em = new EventEmitter();
    const touches: string[] = [];
    s.debounce(em, 'touch', 30, (p: string) => touches.push(p), { key: (p: string) => p });
    em.emit('touch', 'p1');
    em.emit('touch', 'p1');
    em.emit('touch', 'p2');
    expect(touches).toEqual(['p1', 'p2']);
    vi.advanceTimersByTime(29);
    em.emit('touch', 'p1');
    expect(touches).toEqual(['p1', 'p2']);
    vi.advanceTimersByTime(11);
    em.emit('touch', 'p1');
    expect(touches).toEqual(['p1', 'p2', 'p1']);
    const all: number[] = [];
    s.debounce(em, 'hit', 1_000, (n: number) => all.push(n));
    em.emit('hit', 1);
    em.emit('hit', 2);
    expect(all).toEqual([1]);
    s.dispose();
    expect(em.listenerCount('touch') + em.listenerCount('hit')).toBe(0);
  });

  it('debounce per key calls once per distinct key under a flood of keys', () => {
    const s = new Scope();
    const em = new EventEmitter();
    let calls = 0;
    s.debounce(em, 'k', 0, () => calls++, { key: (k: number) => k });
    for (let i = 0; i < 100_000; i++) em.emit('k', i);
    expect(calls).toBe(100_000);
    s.dispose();
  });

  it('debounce per key lets go of keys whose window has passed', async () => {
    // The per-key state is private: what it still holds shows as what the collector cannot
    // free. A key object whose window has passed must be collectable once enough other keys
    // arrive; one whose window is still open must not be.
    const gc = getGc();
    expect(gc, 'a forced collection is available on this runtime').not.toBeNull();
    vi.useFakeTimers({ toFake: ['performance', 'Date'] });
    onTestFinished(() => {
      vi.useRealTimers();
    });
    const s = new Scope();
    const em = new EventEmitter();
    let calls = 0;
    s.debounce(em, 'k', 30, () => calls++, { key: (k: object) => k });
    const expired = ((): WeakRef<object> => {
      const k = { id: 'expired' };
      em.emit('k', k);
      return new WeakRef(k);
    })();
    vi.advanceTimersByTime(31);
    const open = ((): WeakRef<object> => {
      const k = { id: 'open' };
      em.emit('k', k);
      return new WeakRef(k);
    })();
    const keep: object[] = [];
    for (let i = 0; i < 200; i++) {
      const k = { i };
      keep.push(k);
      em.emit('k', k);
    }
    expect(calls).toBe(202);
    // WeakRef targets are held until the current job ends: collect after it.
    await new Promise((r) => setImmediate(r));
    gc!();
    expect(expired.deref(), 'an expired key is pruned').toBeUndefined();
    expect(open.deref(), 'a key inside its window is kept').toBeDefined();
    s.dispose();
  });
});

describe('keyed slots', () => {
  it('set disposes what held the key before; get/has/delete', () => {
    const s = new Scope();
    const { log, task } = recorder();
    const a = task('a');
    s.set('timer', a);
    expect(s.get('timer')).toBe(a);
    s.set('timer', task('b'));
    expect(log).toEqual(['a']);
    expect(s.has('timer')).toBe(true);
    expect(s.delete('timer')).toBe(true);
    expect(log).toEqual(['a', 'b']);
    expect(s.delete('timer')).toBe(false);
    expect(s.size).toBe(0);
  });

  it('a keyed timer that fires leaves its slot', () => {
    fakeTimers();
    const s = new Scope();
    s.set(
      't',
      s.setTimeout(() => {}, 2),
    );
    expect(s.has('t')).toBe(true);
    vi.advanceTimersByTime(2);
    expect(s.has('t')).toBe(false);
    expect(s.size).toBe(0);
  });

  it('setting the same task again is a no-op', () => {
    const s = new Scope();
    const fn = vi.fn();
    s.set(1, fn);
    s.set(1, fn);
    expect(fn).not.toHaveBeenCalled();
    s.dispose();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});

describe('release', () => {
  it('removes tasks, connections and children without disposing them', () => {
    const s = new Scope();
    const fn = vi.fn();
    s.add(fn);
    const em = new EventEmitter();
    const c = s.on(em, 'x', () => {});
    const child = s.child();
    const childTask = vi.fn();
    child.add(childTask);
    expect(s.detach(fn)).toBe(true);
    expect(s.detach(c)).toBe(true);
    expect(s.detach(child)).toBe(true);
    expect(s.detach(fn)).toBe(false);
    expect(s.size).toBe(0);
    s.dispose();
    expect(fn).not.toHaveBeenCalled();
    expect(c.connected).toBe(true);
    expect(em.listenerCount('x')).toBe(1);
    expect(child.disposed).toBe(false);
    const other = new Scope();
    other.add(c);
    other.add(child);
    other.dispose();
    expect(em.listenerCount('x')).toBe(0);
    expect(childTask).toHaveBeenCalledTimes(1);
  });
});

describe('signal and bind', () => {
  it('scope.signal aborts with an AbortError on dispose', () => {
    const s = new Scope({ name: 'req' });
    const sig = s.signal;
    const target = new EventTarget();
    const fn = vi.fn();
    target.addEventListener('x', fn, { signal: sig });
    s.dispose();
    expect(sig.aborted).toBe(true);
    expect((sig.reason as Error).name).toBe('AbortError');
    target.dispatchEvent(new Event('x'));
    expect(fn).not.toHaveBeenCalled();
    expect(new Scope().signal.aborted).toBe(false);
    const late = new Scope();
    late.dispose();
    expect(late.signal.aborted).toBe(true);
  });

  it('bind(AbortSignal) ends the scope on abort and removes its listener otherwise', () => {
    const ac = new AbortController();
    const s = new Scope().bind(ac.signal);
    ac.abort();
    expect(s.disposed).toBe(true);
    const ac2 = new AbortController();
    const s2 = new Scope().bind(ac2.signal);
    s2.dispose();
    // nothing of s2 stays on the long-lived signal
    const spy = vi.fn();
    ac2.signal.addEventListener('abort', spy);
    ac2.abort();
    expect(spy).toHaveBeenCalledTimes(1);
    expect(new Scope().bind(AbortSignal.abort()).disposed).toBe(true);
  });

  it('bind(Scope) ends with the other scope; the link leaves the other scope when this one ends first', () => {
    const session = new Scope();
    const a = new Scope().bind(session);
    expect(session.size).toBe(1);
    a.dispose();
    expect(session.size).toBe(0);
    const b = new Scope().bind(session);
    session.dispose();
    expect(b.disposed).toBe(true);
    expect(() => session.bind(session)).toThrow(TypeError);
  });

  it("bind(emitter, 'close') ends with a socket-like emitter", () => {
    const socket = new EventEmitter();
    const s = new Scope().bind(socket, 'close');
    expect(socket.listenerCount('close')).toBe(1);
    socket.emit('close');
    expect(s.disposed).toBe(true);
    expect(socket.listenerCount('close')).toBe(0);
    expect(() => new Scope().bind(socket)).toThrow(/needs the name of the event/);
  });
});

describe('wait and connectWithRetry', () => {
  it('wait resolves with the event args and leaves nothing behind', async () => {
    const s = new Scope();
    const em = new EventEmitter();
    const p = s.wait(em, 'ready');
    em.emit('ready', 1, 2);
    expect(await p).toEqual([1, 2]);
    expect(em.listenerCount('ready')).toBe(0);
    expect(s.size).toBe(0);
  });

  it('pending wait promises reject with an AbortError when their scope ends', async () => {
    const s = new Scope();
    const em = new EventEmitter();
    const sig = new Signal<[number]>();
    const p1 = s.wait(em, 'never');
    const p2 = s.wait(sig);
    const p3 = sig.wait({ signal: s.signal });
    s.dispose();
    for (const p of [p1, p2, p3]) await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(em.listenerCount('never')).toBe(0);
    expect(sig.size).toBe(0);
    await expect(s.wait(em, 'x')).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('wait times out with LEAKGUARD_TIMEOUT', async () => {
    const s = new Scope();
    const em = new EventEmitter();
    await expect(s.wait(em, 'x', { timeoutMs: 5 })).rejects.toMatchObject({
      code: 'LEAKGUARD_TIMEOUT',
    });
    expect(em.listenerCount('x')).toBe(0);
    expect(s.size).toBe(0);
  });

  it('connectWithRetry retries with back-off and adds the result', async () => {
    const s = new Scope();
    const attempts: number[] = [];
    const closed = vi.fn();
    const conn = await s.connectWithRetry(
      (attempt) => {
        attempts.push(attempt);
        if (attempt < 3) throw new Error(`fail ${attempt}`);
        return { close: closed };
      },
      { attempts: 5, backoffMs: 1 },
    );
    expect(attempts).toEqual([1, 2, 3]);
    expect(s.size).toBe(1);
    s.dispose();
    expect(closed).toHaveBeenCalledTimes(1);
    expect(conn).toHaveProperty('close');
  });

  it('connectWithRetry gives up with the last error as cause', async () => {
    const s = new Scope();
    const err = await s
      .connectWithRetry(
        async (n) => {
          throw new Error(`nope ${n}`);
        },
        { attempts: 2, backoffMs: () => 1 },
      )
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'LEAKGUARD_RETRY_EXHAUSTED' });
    expect(((err as Error).cause as Error).message).toBe('nope 2');
    expect(s.size).toBe(0);
  });

  it('connectWithRetry rejects with AbortError when the scope ends during back-off', async () => {
    const s = new Scope();
    const p = s.connectWithRetry(
      () => {
        throw new Error('down');
      },
      { attempts: 3, backoffMs: 10_000 },
    );
    await new Promise((r) => setTimeout(r, 5));
    s.dispose();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('ConnectionManager scopes', () => {
  it('plain add() in a manager scope is counted as a custom connection', () => {
    const m = new ConnectionManager();
    const s = m.scope({ service: 's' });
    const fn = vi.fn();
    s.add(fn);
    expect(m.stats().byKind).toEqual({ custom: 1 });
    expect(s.detach(fn)).toBe(true);
    expect(m.stats().live).toBe(0);
    expect(m.stats().detached).toBe(1);
  });
});
