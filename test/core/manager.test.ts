import { EventEmitter } from 'node:events';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { ConnectionManager, Scope, Signal, type LeakReport } from '../../src/core/index.js';
import { collect } from '../helpers/gc.js';

describe('ConnectionManager', () => {
  it('one connection carries an owner AND a service and is reachable from both', () => {
    const m = new ConnectionManager();
    const em = new EventEmitter();
    const combat42 = m.scope({ service: 'combat', owner: 42, tags: ['pvp'] });
    const c = combat42.on(em, 'hit', () => {});
    expect(c.owner).toBe(42);
    expect(c.service).toBe('combat');
    expect(c.tags).toEqual(['pvp']);
    expect(m.connections({ owner: 42 }).map((i) => i.id)).toEqual([c.id]);
    expect(m.connections({ service: 'combat' }).map((i) => i.id)).toEqual([c.id]);
    expect(m.connections({ tag: 'pvp' }).map((i) => i.id)).toEqual([c.id]);
    expect(m.disposeOwner(42)).toBe(1);
    expect(em.listenerCount('hit')).toBe(0);
    expect(m.disposeService('combat')).toBe(0);
  });

  it('disposeOwner / disposeService / disposeTag / disposeKind dispose exactly their connections', () => {
    const m = new ConnectionManager();
    const em = new EventEmitter();
    for (const owner of [1, 2]) {
      for (const service of ['chat', 'combat']) {
        const s = m.scope({ owner, service, tags: service === 'chat' ? ['social'] : [] });
        s.on(em, `${service}`, () => {});
        s.setTimeout(() => {}, 60_000);
        s.child().on(em, 'child', () => {});
      }
    }
    expect(m.stats().live).toBe(12);
    expect(m.disposeOwner(1)).toBe(6);
    expect(m.stats().byService).toEqual({ chat: 3, combat: 3 });
    expect(m.disposeTag('social')).toBe(3);
    expect(m.disposeKind('timer')).toBe(1);
    expect(m.stats().byKind).toEqual({ listener: 2 });
    expect(m.disposeService('combat')).toBe(2);
    expect(m.stats().live).toBe(0);
    expect(em.eventNames()).toEqual([]);
    expect(m.disposeOwner('nobody')).toBe(0);
  });

  it('owner() and service() return one cached scope each, forgotten when disposed', () => {
    const m = new ConnectionManager();
    const a = m.owner('p1');
    expect(m.owner('p1')).toBe(a);
    expect(m.service('chat')).toBe(m.service('chat'));
    a.add(() => {});
    m.disposeOwner('p1');
    expect(a.disposed).toBe(true);
    const b = m.owner('p1');
    expect(b).not.toBe(a);
    expect(b.disposed).toBe(false);
  });

  it('connection-level tags are indexed too', () => {
    const m = new ConnectionManager();
    const s = m.scope({ service: 'x' });
    const em = new EventEmitter();
    s.on(em, 'a', () => {}, { tags: ['debug'] });
    s.on(em, 'b', () => {});
    expect(m.stats().byTag).toEqual({ debug: 1 });
    expect(m.disposeTag('debug')).toBe(1);
    expect(em.eventNames()).toEqual(['b']);
  });

  it('stats add up: created = live + disposed + released; failed counts cleanups that threw', () => {
    // Connections are stamped from performance.now(): pin it, so the oldest age is exact.
    const now = vi.spyOn(performance, 'now').mockReturnValue(1000);
    onTestFinished(() => now.mockRestore());
    const m = new ConnectionManager();
    const s = m.scope({ service: 's', owner: 'o' });
    s.add(() => {
      throw new Error('x');
    });
    const keep = s.add(() => {});
    s.add(() => {});
    s.detach(keep);
    const t = m.scope({});
    t.add(() => {});
    expect(() => s.dispose()).toThrow('x');
    const st = m.stats();
    expect(st).toMatchObject({ live: 1, created: 4, disposed: 2, detached: 1, failed: 1 });
    expect(st.created).toBe(st.live + st.disposed + st.detached);
    expect(st.topOwners).toEqual([]);
    expect(st.scopes).toBe(1);
    expect(st.oldestAgeMs).toBe(0);
    now.mockReturnValue(6000);
    expect(m.stats().oldestAgeMs).toBe(5000); // t's entry, the one still live
  });

  it('errors from bulk disposal are thrown after every connection was disposed, with the count', () => {
    const m = new ConnectionManager();
    const s = m.scope({ owner: 'o' });
    s.add(() => {
      throw new Error('one');
    });
    s.add(() => {});
    let err: unknown;
    try {
      m.disposeOwner('o');
    } catch (e) {
      err = e;
    }
    expect((err as Error).message).toBe('one');
    expect((err as { disposed: number }).disposed).toBe(2);
    expect(m.stats().live).toBe(0);
  });

  it('sweepStale disposes connections whose target is destroyed, closed, CLOSED, collected or invalid', async () => {
    const m = new ConnectionManager();
    const s = m.scope({ service: 'net' });
    const destroyed = Object.assign(new EventEmitter(), { destroyed: false });
    const closed = Object.assign(new EventEmitter(), { closed: false });
    const ws = Object.assign(new EventEmitter(), { readyState: 1 });
    const alive = new EventEmitter();
    s.on(destroyed, 'data', () => {});
    s.on(closed, 'data', () => {});
    s.on(ws, 'message', () => {});
    s.on(alive, 'data', () => {});
    let valid = true;
    s.add(() => {});
    s.setTimeout(() => {}, 60_000, { isValid: () => valid });
    const held: { obj?: object } = { obj: {} };
    s.add(() => {});
    s.defer(() => {});
    const weak = s.on(alive, 'weak', () => {}, { target: held.obj as object });
    expect(m.sweepStale()).toBe(0);
    destroyed.destroyed = true;
    closed.closed = true;
    ws.readyState = 3;
    valid = false;
    expect(m.connections({}).filter((c) => !c.valid)).toHaveLength(4);
    expect(m.sweepStale()).toBe(4);
    expect(
      destroyed.listenerCount('data') + closed.listenerCount('data') + ws.listenerCount('message'),
    ).toBe(0);
    expect(alive.listenerCount('data')).toBe(1);
    delete held.obj;
    await collect();
    expect(weak.connected).toBe(true);
    const swept = m.sweepStale();
    expect(swept).toBe(1);
    expect(weak.connected).toBe(false);
  });

  it('leak watch: fires once at the threshold and again at every +50 %, with a short stack and site', () => {
    const m = new ConnectionManager({ siteThreshold: 100 });
    const reports: LeakReport[] = [];
    m.leakSuspected.connect((r) => reports.push(r));
    const em = new EventEmitter();
    em.setMaxListeners(0);
    const scopes: Scope[] = [];
    function joinPlayer(i: number) {
      const s = m.scope({ service: 'chat', owner: i });
      s.on(em, 'message', () => {});
      scopes.push(s);
    }
    for (let i = 0; i < 99; i++) joinPlayer(i);
    expect(reports).toHaveLength(0);
    joinPlayer(99);
    expect(reports).toHaveLength(1);
    const r = reports[0] as LeakReport;
    expect(r.count).toBe(100);
    expect(r.service).toBe('chat');
    expect(r.kind).toBe('listener');
    expect(r.description).toBe("'message' listener on EventEmitter");
    expect(r.site).toMatch(/manager\.test\.ts:\d+:\d+/);
    expect(r.stack).toContain('joinPlayer');
    expect(typeof r.stack).toBe('string');
    for (let i = 100; i < 149; i++) joinPlayer(i);
    expect(reports).toHaveLength(1);
    joinPlayer(149);
    expect(reports.map((x) => x.count)).toEqual([100, 150]);
    expect(m.leakSuspects()).toHaveLength(1);
    expect(m.stats().leakSuspects).toBe(1);
    for (const s of scopes) s.dispose();
    expect(m.leakSuspects()).toHaveLength(0);
    expect(m._leaks?.sites.size).toBe(0);
  });

  it('leak watch: per-service overrides; disabled costs no site bookkeeping', () => {
    const m = new ConnectionManager({
      siteThreshold: 10,
      siteThresholds: { bots: false, chat: 3 },
    });
    const onLeak = vi.fn();
    m.leakSuspected.connect(onLeak);
    const em = new EventEmitter();
    em.setMaxListeners(0);
    for (let i = 0; i < 20; i++) m.scope({ service: 'bots' }).on(em, 'x', () => {});
    expect(onLeak).not.toHaveBeenCalled();
    for (let i = 0; i < 3; i++) m.scope({ service: 'chat' }).on(em, 'y', () => {});
    expect(onLeak).toHaveBeenCalledTimes(1);
    const off = new ConnectionManager({ siteThreshold: false });
    for (let i = 0; i < 50; i++) off.scope({}).on(em, 'z', () => {});
    expect(off._leaks).toBeNull(); // no site bookkeeping at all
    expect(off.leakSuspects()).toEqual([]);
  });

  it('groups by the site given in meta when there is one', () => {
    const m = new ConnectionManager({ siteThreshold: 2 });
    const sig = new Signal<[]>({ name: 'tick' });
    const reports: LeakReport[] = [];
    m.leakSuspected.connect((r) => reports.push(r));
    const s = m.scope({});
    s.connect(sig, () => {}, { site: 'game.ts:10' });
    s.connect(sig, () => {}, { site: 'game.ts:20' });
    expect(reports).toHaveLength(0);
    s.connect(sig, () => {}, { site: 'game.ts:10' });
    expect(reports.map((r) => r.key)).toEqual(['game.ts:10']);
    expect(m.topSites(1)[0]).toMatchObject({ key: 'game.ts:10', count: 2 });
  });

  it('disposeAll leaves nothing, including scopes adopted by plain scopes', async () => {
    const m = new ConnectionManager();
    const em = new EventEmitter();
    const plain = new Scope();
    const managed = m.scope({ owner: 1 });
    managed.on(em, 'x', () => {});
    plain.add(managed);
    m.scope({ service: 'a' }).on(em, 'y', () => {});
    expect(m.disposeAll()).toBe(2);
    expect(m.stats().live).toBe(0);
    expect(em.eventNames()).toEqual([]);
    const s = m.scope({ service: 'b' });
    let done = false;
    s.add({
      async [Symbol.asyncDispose]() {
        await new Promise((r) => setTimeout(r, 5));
        done = true;
      },
    });
    expect(await m.disposeAllAsync({ timeoutMs: 1000 })).toEqual({ disposed: 1, timedOut: [] });
    expect(done).toBe(true);
  });

  it('a scope moved keeps its indices', () => {
    const m = new ConnectionManager();
    const s = m.scope({ owner: 'p' });
    s.add(() => {});
    const moved = s.move();
    expect(m.stats().scopes).toBe(1);
    expect(m.disposeOwner('p')).toBe(1);
    expect(moved.disposed).toBe(true);
  });

  it('validates options and requests with exact messages', () => {
    expect(() => new ConnectionManager({ siteThreshold: 1.5 })).toThrow(
      'Expected `siteThreshold` to be a non-negative integer, got `1.5` (number)',
    );
    expect(() => new ConnectionManager({ siteThresholds: { chat: -2 } })).toThrow(
      'Expected `siteThresholds.chat` to be a non-negative integer, got `-2` (number)',
    );
    const m = new ConnectionManager();
    expect(() => m.scope({ owner: {} as never })).toThrow(
      'Expected `owner` to be a string or a number, got `{}` (object)',
    );
    expect(() => m.scope({ tags: 'x' as never })).toThrow(
      'Expected `tags` to be an array of strings',
    );
    expect(() => m.connections({ limit: -1 })).toThrow(
      'Expected `limit` to be a non-negative integer',
    );
  });

  it('connections() pages its results', () => {
    const m = new ConnectionManager();
    const s = m.scope({ service: 's' });
    for (let i = 0; i < 25; i++) s.add(() => {});
    const page1 = m.connections({ service: 's', limit: 10 });
    const page3 = m.connections({ service: 's', offset: 20, limit: 10 });
    expect(page1).toHaveLength(10);
    expect(page3).toHaveLength(5);
    expect(new Set([...page1, ...page3].map((c) => c.id)).size).toBe(15);
    expect(page1[0]).toMatchObject({ kind: 'custom', service: 's', owner: undefined, valid: true });
  });
});
