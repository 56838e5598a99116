import { EventEmitter } from 'node:events';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ObjectPool } from '../../src/pool/index.js';
import { ADMIN, adm, rd, startHarness, type Harness } from './helpers.js';

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(async () => {
  await h.close();
});

/** Connections for two players in two services; 6 from one site (threshold 5 → suspect). */
function populate(): EventEmitter {
  const world = new EventEmitter();
  world.setMaxListeners(0);
  for (let i = 0; i < 6; i++) {
    const s = h.manager.scope({ service: 'chat', owner: 'player-secret-1', tags: ['room:1'] });
    s.on(world, 'tick', () => {});
  }
  h.manager.scope({ service: 'world', owner: 42 }).setInterval(() => {}, 60_000, { unref: true });
  return world;
}

describe('GET {prefix}/memory', () => {
  it('has the original fields, heap, limit and source, event loop, GC, connections, data structures, cleanup stats and config', async () => {
    populate();
    h.monitor.sample();
    const r = await h.get('/monitoring/memory', rd);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/json/);
    expect(r.headers.get('cache-control')).toBe('no-store');
    const m = r.json;
    expect(m.memory.rss_mb).toBeGreaterThan(10);
    expect(m.memory.percent).toBeGreaterThan(0);
    expect(m.memory.percent).toBeLessThan(100);
    expect(m.memory.total_mb).toBe(64 * 1024);
    expect(m.memory.available_mb).toBeCloseTo(64 * 1024 - m.memory.rss_mb, 0);
    if (process.platform === 'linux') expect(m.memory.vms_mb).toBeGreaterThan(m.memory.rss_mb);
    expect(m.memory.limit).toEqual({ bytes: 64 * 1024 ** 3, source: 'option' });
    expect(m.memory.heap.used_mb).toBeGreaterThan(1);
    expect(m.memory.heap.limit_mb).toBeGreaterThan(m.memory.heap.used_mb);
    expect(typeof m.memory.external_mb).toBe('number');
    expect(m.event_loop).toHaveProperty('delay_p99_ms');
    expect(m.gc).toHaveProperty('by_kind');
    expect(m.connections.total).toBe(7);
    expect(m.connections.by_service).toEqual({ chat: 6, world: 1 });
    expect(m.connections.by_kind).toEqual({ listener: 6, timer: 1 });
    expect(m.connections.leak_suspects).toBe(1);
    expect(m.data_structures).toHaveProperty('rate_limit_entries', null);
    expect(m.data_structures.pools).toBe(0);
    expect(m.cleanup_stats).toHaveProperty('runs', 0);
    expect(m.monitor.config.minIntervalMs).toBe(100);
    expect(m.alerts).toEqual({ info: 0, warning: 1, critical: 0 });
    // player ids are not in a read response
    expect(r.text).not.toContain('player-secret-1');
    expect(m.connections).not.toHaveProperty('top_owners');
  });

  it('shows owners to an admin only', async () => {
    populate();
    const r = await h.get('/monitoring/memory', adm);
    expect(r.json.connections.top_owners).toEqual([
      { owner: 'player-secret-1', count: 6 },
      { owner: 42, count: 1 },
    ]);
  });

  it('samples once when the monitor has no sample yet', async () => {
    expect(h.monitor.current()).toBeNull();
    const r = await h.get('/monitoring/memory', rd);
    expect(r.status).toBe(200);
    expect(h.monitor.current()).not.toBeNull();
  });

  it('shows session figures from a session source', async () => {
    await h.close();
    h = await startHarness({
      sessions: {
        stats: () => ({
          sessions: 3,
          connected: 2,
          away: 1,
          outbox: { players: 1, messages: 4, bytes: 100, largest: 4 },
          dropped: { total: 5, byReason: { expired: 5 } },
          rateLimited: { connections: 0, messages: 0, trackedKeys: 9 },
        }),
      },
    });
    const m = (await h.get('/monitoring/memory', rd)).json;
    expect(m.data_structures.session_outboxes).toEqual({
      players: 1,
      messages: 4,
      bytes: 100,
      largest: 4,
    });
    expect(m.data_structures.rate_limit_entries).toBe(9);
    expect(m.sessions).toMatchObject({
      connected: 2,
      away: 1,
      dropped: { total: 5, by_reason: { expired: 5 } },
    });
  });
});

describe('GET {prefix}/memory-alerts', () => {
  it('lists active alerts with a count and a timestamp', async () => {
    let r = await h.get('/monitoring/memory-alerts', rd);
    expect(r.json).toMatchObject({ alerts: [], alert_count: 0 });
    h.source.rssShare = 0.95;
    h.monitor.sample();
    r = await h.get('/monitoring/memory-alerts', rd);
    expect(r.status).toBe(200);
    expect(r.json.alert_count).toBe(1);
    expect(r.json.alerts[0]).toMatchObject({ key: 'memory.rss', level: 'critical' });
    expect(new Date(r.json.timestamp).getTime()).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('GET {prefix}/memory/history', () => {
  it('returns samples, and only newer ones with ?since=', async () => {
    h.monitor.sample();
    await new Promise((r) => setTimeout(r, 60));
    const second = h.monitor.sample();
    const all = (await h.get('/monitoring/memory/history', rd)).json;
    expect(all.count).toBe(2);
    expect(all.points[0]).toHaveProperty('rss');
    expect(all.points[0]).toHaveProperty('connections');
    const first = all.points[0].time as number;
    const newer = (await h.get(`/monitoring/memory/history?since=${first}`, rd)).json;
    expect(newer.points.map((p: { time: number }) => p.time)).toEqual([second.time]);
    const iso = (
      await h.get(`/monitoring/memory/history?since=${new Date(first).toISOString()}`, rd)
    ).json;
    expect(iso.count).toBe(1);
  });

  it('refuses a bad since', async () => {
    const r = await h.get('/monitoring/memory/history?since=yesterday', rd);
    expect(r.status).toBe(400);
    expect(r.json.error.code).toBe('LEAKGUARD_HTTP_BAD_REQUEST');
  });
});

describe('GET {prefix}/connections', () => {
  it('gives stats, top sites and paged details without owners', async () => {
    populate();
    const r = await h.get('/monitoring/connections?limit=4', rd);
    expect(r.status).toBe(200);
    expect(r.json.stats.live).toBe(7);
    expect(r.json.stats).not.toHaveProperty('topOwners');
    expect(r.json.top_sites[0]).toMatchObject({ service: 'chat', kind: 'listener', count: 6 });
    expect(r.json.top_sites[0]).not.toHaveProperty('stack');
    expect(r.json.top_sites[0].site).toMatch(/^test\/http\/endpoints\.test\.ts:\d+:\d+$/);
    expect(r.json.details.items).toHaveLength(4);
    expect(r.json.details.next_offset).toBe(4);
    expect(r.json.details.items[0]).not.toHaveProperty('owner');
    expect(r.text).not.toContain('player-secret-1');
    const page2 = (await h.get('/monitoring/connections?limit=4&offset=4', rd)).json;
    expect(page2.details.items).toHaveLength(3);
    expect(page2.details.next_offset).toBeNull();
    const ids = [...r.json.details.items, ...page2.details.items].map((c: { id: number }) => c.id);
    expect(new Set(ids).size).toBe(7);
  });

  it('filters by service and tag; owner filter needs admin and shows owners to it', async () => {
    populate();
    const svc = (await h.get('/monitoring/connections?service=world', rd)).json;
    expect(svc.details.items).toHaveLength(1);
    expect(svc.details.items[0].kind).toBe('timer');
    const tag = (await h.get('/monitoring/connections?tag=room:1', rd)).json;
    expect(tag.details.items).toHaveLength(6);
    const denied = await h.get('/monitoring/connections?owner=player-secret-1', rd);
    expect(denied.status).toBe(403);
    const own = (await h.get('/monitoring/connections?owner=player-secret-1', adm)).json;
    expect(own.details.items).toHaveLength(6);
    expect(own.details.items[0].owner).toBe('player-secret-1');
    expect(own.stats.topOwners[0]).toEqual({ owner: 'player-secret-1', count: 6 });
    const numeric = (await h.get('/monitoring/connections?owner=42', adm)).json;
    expect(numeric.details.items).toHaveLength(1);
    expect(numeric.details.items[0].owner).toBe(42);
    // admin sees creation stacks, with paths relative to the working directory
    const top = (await h.get('/monitoring/connections', adm)).json.top_sites[0];
    expect(top.stack).toContain('test/http/endpoints.test.ts');
    expect(top.stack).not.toContain(process.cwd());
  });

  it('refuses bad paging', async () => {
    for (const q of ['limit=0', 'limit=501', 'offset=-1', 'limit=abc', 'sites=1000']) {
      const r = await h.get(`/monitoring/connections?${q}`, rd);
      expect(r.status, q).toBe(400);
      expect(r.json.error.message).toMatch(/^Expected query `\w+` to be an integer from/);
    }
  });
});

describe('GET {prefix}/sessions', () => {
  it('a presence or locate that fails shows its class and code, never its message', async () => {
    await h.close();
    const secret = 'connect ECONNREFUSED 10.20.30.40:6379 (/srv/arena/config/redis.json)';
    const failing = () =>
      Promise.reject(Object.assign(new Error(secret), { code: 'ECONNREFUSED' }));
    h = await startHarness({
      auth: { tokens: [{ token: ADMIN, role: 'admin', name: 'alice' }], publicReads: true },
      sessions: { stats: () => ({ sessions: 0 }), presence: failing, locate: failing },
    });
    // an anonymous reader (public reads): the store's address and a server path stay inside
    const r = await h.get('/monitoring/sessions');
    expect(r.status).toBe(200);
    expect(r.json.presence).toEqual({ error: 'Error', code: 'ECONNREFUSED' });
    expect(r.text).not.toContain('10.20.30.40');
    expect(r.text).not.toContain('/srv/');
    const a = await h.get('/monitoring/sessions?player=bo', adm);
    expect(a.json.located).toEqual({ player: 'bo', error: 'Error', code: 'ECONNREFUSED' });
    expect(a.text).not.toContain('10.20.30.40');
    // the message is logged for the operator
    const logged = h.logger.lines.filter((l) => l.obj.event === 'leakguard.http.source_error');
    expect(logged.map((l) => [l.level, l.obj.source, l.obj.err])).toEqual([
      ['warn', 'presence', secret],
      ['warn', 'presence', secret],
      ['warn', 'locate', secret],
    ]);
  });

  it('answers the session counters and the fleet state, and null without a SessionManager', async () => {
    expect((await h.get('/monitoring/sessions', rd)).json.sessions).toBeNull();
    expect((await h.get('/monitoring/sessions')).status).toBe(401);
    await h.close();
    h = await startHarness({
      sessions: {
        stats: () => ({
          sessions: 3,
          connected: 2,
          away: 1,
          dropped: { total: 4, byReason: { 'store-unavailable': 4 } },
          fleet: { store: 'redis', node: 'node-2', state: 'degraded' },
        }),
        presence: () =>
          Promise.resolve({
            nodes: [
              { node: 'node-1', connected: 5, away: 0 },
              { node: 'node-2', connected: 2, away: 1 },
            ],
            connected: 7,
            away: 1,
          }),
        locate: (p: string) =>
          p === 'ann'
            ? Promise.resolve({ found: true, node: 'node-1', local: false })
            : Promise.reject(new Error('store degraded')),
      },
    });
    expect((await h.get('/monitoring/sessions?player=ann', rd)).status).toBe(403);
    expect((await h.get('/monitoring/sessions?player=ann', adm)).json.located).toEqual({
      player: 'ann',
      found: true,
      node: 'node-1',
      local: false,
    });
    // the error's class (and code when it has one), never its message: see the test below
    expect((await h.get('/monitoring/sessions?player=bo', adm)).json.located).toEqual({
      player: 'bo',
      error: 'Error',
    });
    const r = await h.get('/monitoring/sessions', rd);
    expect(r.json.presence).toMatchObject({ connected: 7, away: 1 });
    expect(r.json.presence.nodes).toHaveLength(2);
    expect(r.json).not.toHaveProperty('located');
    expect(r.status).toBe(200);
    expect(r.json.sessions).toMatchObject({
      sessions: 3,
      connected: 2,
      away: 1,
      dropped: { total: 4, by_reason: { 'store-unavailable': 4 } },
      fleet: { store: 'redis', node: 'node-2', state: 'degraded' },
    });
  });
});

describe('GET {prefix}/pools and /leaks', () => {
  it('lists every registered pool with its stats', async () => {
    const pool = new ObjectPool({ name: 'vectors', create: () => ({ x: 0 }), registry: h.pools });
    const a = pool.acquire();
    pool.release(a);
    pool.acquire();
    pool.acquire();
    const r = (await h.get('/monitoring/pools', rd)).json;
    expect(r.count).toBe(1);
    expect(r.pools[0]).toMatchObject({ name: 'vectors', kind: 'object' });
    expect(r.pools[0].stats).toMatchObject({ borrowed: 2, acquired: 3, created: 2 });
    expect(r.pools[0].stats.reuseRate).toBeCloseTo(1 / 3, 5);
    pool.destroy();
    expect((await h.get('/monitoring/pools', rd)).json.count).toBe(0);
  });

  it('reports leak-suspect sites, pool leaks, the trend verdict and the runtime finder', async () => {
    populate();
    h.monitor.sample();
    h.pools.register({
      name: 'db',
      kind: 'resource',
      stats: () =>
        ({ borrowed: 3, leaksDetected: 2, leaksReturned: 0, reclaimed: 0, collected: 0 }) as never,
      leaked: new (await import('../../src/core/index.js')).Signal(),
    });
    const r = (await h.get('/monitoring/leaks', rd)).json;
    expect(r.connections.suspects).toHaveLength(1);
    expect(r.connections.suspects[0]).toMatchObject({ service: 'chat', count: 6, threshold: 5 });
    expect(r.connections.suspects[0]).not.toHaveProperty('stacks');
    expect(r.pools.leaking).toEqual([
      { name: 'db', borrowed: 3, leaksDetected: 2, leaksReturned: 0, reclaimed: 0, collected: 0 },
    ]);
    expect(r.trend).toBeNull(); // trend: false in the harness
    expect(r.alerts.map((a: { key: string }) => a.key)).toEqual([
      expect.stringMatching(/^connections\.leak:/),
    ]);
    expect(r.runtime).toEqual({ active: false });
  });

  it('includes an active runtime finder report without absolute paths for readers', async () => {
    await h.close();
    const site = {
      site: 'src/app.js:14:7',
      file: '/srv/secret/app/src/app.js',
      line: 14,
      column: 7,
      attribution: 'app' as const,
      kind: 'listener' as const,
      receiverType: 'EventEmitter',
      event: 'config',
      count: 120,
      tracked: 12,
      growthPerMinute: 30,
      pValue: 0.001,
      samples: 20,
      leaking: true,
      receivers: 1,
      carried: false,
      stack: ['load (/srv/secret/app/src/app.js:14:7)'],
    };
    const report = {
      active: true,
      pid: 1,
      generatedAt: new Date().toISOString(),
      startedAt: new Date().toISOString(),
      uptimeMs: 1,
      sampleIntervalMs: 2000,
      samples: 20,
      settledSamples: 12,
      gc: true,
      leaks: [site],
      internal: [],
      top: [site],
      stats: { sites: 1, trackedItems: 12, calls: 100, captures: 10 },
    };
    h = await startHarness({ leakReport: () => report });
    const r = await h.get('/monitoring/leaks', rd);
    expect(r.json.runtime.active).toBe(true);
    expect(r.json.runtime.leaks[0]).toMatchObject({ site: 'src/app.js:14:7', growthPerMinute: 30 });
    expect(r.json.runtime.leaks[0]).not.toHaveProperty('file');
    expect(r.json.runtime.leaks[0]).not.toHaveProperty('stack');
    expect(r.text).not.toContain('/srv/secret');
    const a = await h.get('/monitoring/leaks', adm);
    expect(a.json.runtime.leaks[0].stack).toEqual(['load (…/src/app.js:14:7)']);
  });

  it('includes heap sites without absolute paths, and /metrics gets three heap series, not one per site', async () => {
    await h.close();
    const heapSite = (fn: string, line: number) => ({
      site: `/srv/secret/app/src/chat.js:${line}:3`,
      file: '/srv/secret/app/src/chat.js',
      line,
      column: 3,
      functionName: fn,
      attribution: 'app' as const,
      kind: 'heap' as const,
      bytes: 8 * 1048576,
      growthBytesPerMinute: 5 * 1048576,
      pValue: 0,
      leaking: true,
      samples: 20,
      stack: [`${fn} (/srv/secret/app/src/chat.js:${line}:3)`],
      allocatedBy: [{ name: 'Array', bytes: 8 * 1048576 }],
    });
    const sites = Array.from({ length: 30 }, (_, i) => heapSite(`keep${i}`, 10 + i));
    const report = {
      active: true,
      pid: 1,
      generatedAt: new Date().toISOString(),
      startedAt: new Date().toISOString(),
      uptimeMs: 1,
      sampleIntervalMs: 2000,
      samples: 20,
      settledSamples: 12,
      gc: true,
      leaks: [],
      internal: [],
      top: [],
      stats: { sites: 0, trackedItems: 0, calls: 0, captures: 0 },
      heap: {
        running: true,
        problem: null,
        samplingIntervalBytes: 131072,
        maxReadPauseMs: 200,
        lastReadMs: 12,
        longestReadMs: 15,
        skippedReads: 0,
        skippedGcs: 0,
        paused: null,
        leaks: sites,
        top: [],
      },
    };
    h = await startHarness({ leakReport: () => report });
    const r = await h.get('/monitoring/leaks', rd);
    expect(r.json.runtime.heap.leaks).toHaveLength(30);
    expect(r.json.runtime.heap.leaks[0]).toMatchObject({
      functionName: 'keep0',
      site: '…/src/chat.js:10:3',
      kind: 'heap',
      growthBytesPerMinute: 5 * 1048576,
    });
    expect(r.json.runtime.heap.leaks[0]).not.toHaveProperty('file');
    expect(r.json.runtime.heap.leaks[0]).not.toHaveProperty('stack');
    expect(r.text).not.toContain('/srv/secret');
    const a = await h.get('/monitoring/leaks', adm);
    expect(a.json.runtime.heap.leaks[0].stack).toEqual(['keep0 (…/src/chat.js:10:3)']);
    const m = await h.get('/metrics', rd);
    const heapLines = m.text.split('\n').filter((l) => /^leakguard_heap_(sampling|sites)/.test(l));
    expect(heapLines).toEqual([
      'leakguard_heap_sampling 1',
      'leakguard_heap_sites_growing 30',
      `leakguard_heap_sites_growth_bytes_per_minute ${30 * 5 * 1048576}`,
    ]);
  });
});

describe('dashboard files', () => {
  it('redirects the bare prefix and serves the page with a strict CSP and uPlot from the package', async () => {
    const red = await h.get('/monitoring?x=1');
    expect(red.status).toBe(308);
    expect(red.headers.get('location')).toBe('monitoring/?x=1');
    const page = await h.get('/monitoring/');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(page.headers.get('content-security-policy')).toContain("connect-src 'self'");
    // nothing from another origin
    expect(page.text).not.toMatch(/(?:src|href)="(?:https?:)?\/\//);
    for (const [path, type] of [
      ['/monitoring/assets/uplot.js', 'text/javascript'],
      ['/monitoring/assets/uplot.css', 'text/css'],
      ['/monitoring/assets/dashboard.js', 'text/javascript'],
      ['/monitoring/assets/dashboard.css', 'text/css'],
    ] as const) {
      const r = await h.get(path);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type')).toContain(type);
      expect(r.text.length).toBeGreaterThan(500);
    }
    expect((await h.get('/monitoring/assets/uplot.js')).text).toContain('uPlot');
    expect((await h.get('/monitoring/assets/../../etc/passwd')).status).toBe(404);
    expect((await h.get('/monitoring/assets/nope.js')).status).toBe(404);
  });

  it('GET {prefix}/auth tells the page whether it needs a token, never with a 401', async () => {
    expect((await h.get('/monitoring/auth')).json).toEqual({
      public_reads: false,
      authenticated: false,
      role: null,
    });
    expect(
      (await h.get('/monitoring/auth', { authorization: 'Bearer wrong-token-xxxxxxxx' })).status,
    ).toBe(200);
    expect((await h.get('/monitoring/auth', adm)).json).toMatchObject({
      authenticated: true,
      role: 'admin',
    });
  });

  it('can be turned off', async () => {
    await h.close();
    h = await startHarness({ dashboard: false });
    expect((await h.get('/monitoring/')).status).toBe(404);
    expect((await h.get('/monitoring')).status).toBe(404);
    expect((await h.get('/monitoring/memory', rd)).status).toBe(200);
  });
});

describe('mounting', () => {
  it('returns false for paths it does not own, so the app answers them', async () => {
    for (const p of ['/', '/monitoringx', '/api/memory', '/metricsx']) {
      const r = await h.get(p);
      expect(r.status, p).toBe(404);
      expect(r.text, p).toBe('app');
    }
  });

  it('honours a custom prefix and metrics path', async () => {
    await h.close();
    h = await startHarness({ prefix: '/ops/lg', metricsPath: '/ops/metrics' });
    expect((await h.get('/ops/lg/memory', rd)).status).toBe(200);
    expect((await h.get('/ops/metrics', rd)).status).toBe(200);
    expect((await h.get('/metrics', rd)).text).toBe('app');
    expect((await h.get('/monitoring/memory', rd)).text).toBe('app');
    expect((await h.get('/ops/lg')).headers.get('location')).toBe('lg/');
  });

  it('answers 503 after dispose', async () => {
    h.handler.dispose();
    const r = await h.get('/monitoring/memory', rd);
    expect(r.status).toBe(503);
  });
});
