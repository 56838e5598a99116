/**
 * leakguard/testing inside vitest: expectNoLeaks fails on each kind of leak (naming the site)
 * and passes on clean scenarios; trackScopes and expectCollected by hand. Runner-hook
 * integration (vitest and node:test afterEach, skipped on failed tests) is in runners.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import net from 'node:net';
import { Subject, take } from 'rxjs';
import { Scope, Signal } from '../../src/core/index.js';
import type { Connection } from '../../src/core/index.js';
import { expectCollected, expectNoLeaks, trackScopes } from '../../src/testing/index.js';
import type { LeakFinding } from '../../src/testing/index.js';

async function findings(p: Promise<void>): Promise<LeakFinding[]> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expectNoLeaks should have failed').toBeInstanceOf(Error);
  expect((err as { code?: string }).code).toBe('LEAKGUARD_LEAKS_FOUND');
  return (err as { findings: LeakFinding[] }).findings;
}

describe('expectNoLeaks', () => {
  it('passes a clean scenario with churn of every kind', async () => {
    const bus = new EventEmitter();
    await expectNoLeaks(async () => {
      const fn = (): void => {};
      bus.on('evt', fn);
      const t = setTimeout(() => {}, 10_000);
      const ac = new AbortController();
      ac.signal.addEventListener('abort', () => {});
      const scope = new Scope({ name: 'per-iteration' });
      scope.on(bus, 'other', () => {});
      scope.setTimeout(() => {}, 10_000);
      const garbage = new Array(10_000).fill(1);
      await new Promise((r) => setImmediate(r));
      void garbage;
      scope.dispose();
      ac.abort();
      clearTimeout(t);
      bus.off('evt', fn);
    });
    expect(bus.listenerCount('evt') + bus.listenerCount('other')).toBe(0);
  });

  it('fails on a listener left behind each iteration, naming its line', async () => {
    const bus = new EventEmitter();
    bus.setMaxListeners(0);
    const f = await findings(
      expectNoLeaks(() => {
        bus.on('config', () => {});
      }),
    );
    const site = f.find((x) => x.what === 'site')!;
    expect(site.description).toMatch(
      /^listener EventEmitter 'config' at test\/testing\/helpers\.test\.ts:\d+:\d+$/,
    );
    expect(site.perIteration).toBe(1);
    expect(site.last - site.first).toBe(20);
  });

  it('fails on an interval never cleared, and the message names it', async () => {
    const ivs: NodeJS.Timeout[] = [];
    const err = await expectNoLeaks(() => void ivs.push(setInterval(() => {}, 60_000)), {
      iterations: 10,
    }).catch((e: Error) => e);
    for (const i of ivs) clearInterval(i);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toMatch(
      /interval Timeout at test\/testing\/helpers\.test\.ts:\d+:\d+: \+1\.00 per iteration/,
    );
    expect((err as Error).message).toMatch(/active Timeout handles/);
  });

  it('fails on a Signal connection left behind each iteration, naming its line', async () => {
    const moved = new Signal<[number]>({ name: 'moved' });
    const f = await findings(
      expectNoLeaks(() => {
        moved.connect(() => {});
      }),
    );
    moved.dispose();
    const site = f.find((x) => x.what === 'site')!;
    expect(site.description).toMatch(
      /^signal-listener Signal 'moved' at test\/testing\/helpers\.test\.ts:\d+:\d+$/,
    );
    expect(site.perIteration).toBe(1);
    expect(site.last - site.first).toBe(20);
    // Only the Signal site: no scope, connection-count or heap finding stands in for it.
    expect(f.map((x) => x.what)).toEqual(['site']);
  });

  it('fails on an RxJS subscription left open each iteration, and passes when each one ends', async () => {
    const ticks = new Subject<number>();
    const f = await findings(
      expectNoLeaks(() => {
        ticks.subscribe(() => {});
      }),
    );
    ticks.complete();
    const site = f.find((x) => x.what === 'site')!;
    expect(site.description).toMatch(
      /^rx-subscription Subject at test\/testing\/helpers\.test\.ts:\d+:\d+$/,
    );
    expect(site.perIteration).toBe(1);
    const other = new Subject<number>();
    await expectNoLeaks(() => {
      other.subscribe(() => {}).unsubscribe();
      other.pipe(take(1)).subscribe(() => {});
      other.next(1);
    });
    expect(other.observed).toBe(false);
  });

  it('passes the same scenario when each connection is disposed, or its Signal is', async () => {
    const moved = new Signal<[number]>({ name: 'moved' });
    const kept: Connection[] = [];
    await expectNoLeaks(() => {
      kept.push(moved.connect(() => {}));
      kept.shift()!.dispose();
      const own = new Signal();
      own.connect(() => {});
      own.once(() => {});
      own.dispose();
    });
    expect(moved.size).toBe(0);
  });

  it('fails on scopes never disposed (leakguard connections)', async () => {
    const bus = new EventEmitter();
    bus.setMaxListeners(0);
    const kept: Scope[] = [];
    const f = await findings(
      expectNoLeaks(() => {
        const s = new Scope();
        s.on(bus, 'tick', () => {});
        s.defer(() => {});
        kept.push(s);
      }),
    );
    for (const s of kept) s.dispose();
    const what = f.map((x) => x.what);
    expect(what).toContain('scopes');
    expect(what).toContain('connections');
    expect(f.find((x) => x.what === 'connections')!.perIteration).toBe(2);
    // The listener is charged to this file, not to leakguard's own Scope code.
    expect(f.find((x) => x.what === 'site')!.description).toMatch(/helpers\.test\.ts/);
  });

  it('fails on heap growth with no handle or listener involved', async () => {
    const hoard: unknown[] = [];
    const f = await findings(
      expectNoLeaks(() => {
        hoard.push(new Array(32_768).fill(hoard.length)); // ~256 KiB per iteration
      }),
    );
    hoard.length = 0;
    const h = f.find((x) => x.what === 'heap')!;
    expect(h.perIteration).toBeGreaterThan(200 * 1024);
  });

  it('fails on servers left listening (active handles and sockets)', async () => {
    const servers: net.Server[] = [];
    const f = await findings(
      expectNoLeaks(
        async () => {
          const s = net.createServer().listen(0, '127.0.0.1');
          servers.push(s);
          await new Promise((r) => s.once('listening', r));
        },
        { iterations: 8, warmup: 1 },
      ),
    );
    await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
    expect(f.some((x) => x.what === 'handles' && /TCPServerWrap/.test(x.description))).toBe(true);
  });

  it('tolerates noise: a scenario that sometimes leaves a pending timer passes', async () => {
    let n = 0;
    await expectNoLeaks(() => {
      // A timer that is pending at every other measurement: bounded, not growing.
      if (n++ % 2 === 0) setTimeout(() => {}, 30).unref();
    });
  });

  it('validates its options', async () => {
    await expect(expectNoLeaks(() => {}, { iterations: 2 })).rejects.toThrow(
      'Expected `iterations` to be an integer >= 5, got `2` (number)',
    );
    await expect(expectNoLeaks('x' as never)).rejects.toThrow(
      'Expected `scenario` to be a function, got `"x"` (string)',
    );
    await expect(expectNoLeaks(() => {}, { iteration: 10 } as never)).rejects.toThrow(
      'Unknown option `iteration`; did you mean `iterations`?',
    );
    // An array is not an options object (as for expectNoHeapGrowth): refused, not read as {}.
    const arrayOptions = await expectNoLeaks(() => {}, [] as never).catch((e: unknown) => e);
    expect(arrayOptions).toBeInstanceOf(TypeError);
    expect(arrayOptions).toMatchObject({ code: 'LEAKGUARD_INVALID_OPTION' });
    expect((arrayOptions as Error).message).toMatch(/^Expected `options` to be an object, got /);
    expect(() => trackScopes({ afterAll: () => {} } as never)).toThrow(
      'Unknown option `afterAll`; did you mean `afterEach`?',
    );
  });
});

describe('trackScopes by hand', () => {
  it('reports undisposed scopes with their creation line, then passes once disposed', () => {
    const tracking = trackScopes({ beforeEach: undefined, afterEach: undefined });
    try {
      const a = new Scope({ name: 'kept' });
      a.defer(() => {});
      const b = new Scope({ name: 'done' });
      b.dispose();
      const left = tracking.undisposed();
      expect(left.map((s) => s.name)).toEqual(['kept']);
      expect(left[0]!.site).toMatch(/^test\/testing\/helpers\.test\.ts:\d+:\d+$/);
      expect(left[0]!.size).toBe(1);
      expect(() => tracking.assertAllDisposed()).toThrow(
        expect.objectContaining({
          code: 'LEAKGUARD_SCOPES_NOT_DISPOSED',
          message: expect.stringMatching(/"kept" created at test\/testing\/helpers\.test\.ts/),
        }),
      );
      // assertAllDisposed forgets what it reported.
      expect(() => tracking.assertAllDisposed()).not.toThrow();
      a.dispose();
      const c = new Scope();
      c.dispose();
      expect(() => tracking.assertAllDisposed()).not.toThrow();
    } finally {
      tracking.stop();
    }
  });
});

describe('expectCollected', () => {
  it('resolves once the object is collected', async () => {
    let obj: object | null = { big: new Array(1000).fill(0) };
    const gone = expectCollected(obj);
    obj = null;
    await gone;
    expect(obj).toBeNull();
  });

  it('fails after the timeout when something still references the object', async () => {
    const holder = { obj: { name: 'session' } };
    await expect(
      expectCollected(holder.obj, { timeoutMs: 150, label: 'session' }),
    ).rejects.toMatchObject({
      code: 'LEAKGUARD_NOT_COLLECTED',
      message: 'session was not garbage-collected within 150 ms: something still references it',
    });
    expect(holder.obj.name).toBe('session');
  });

  it('validates its arguments', () => {
    expect(() => expectCollected(42 as never)).toThrow(
      'Expected `obj` to be an object or a function, got `42` (number)',
    );
    expect(() => expectCollected({}, { timeoutMs: 0 })).toThrow(
      'Expected `timeoutMs` to be a positive number, got `0` (number)',
    );
    expect(() => expectCollected({}, { timeout: 5 } as never)).toThrow(
      'Unknown option `timeout`; did you mean `timeoutMs`?',
    );
  });
});
