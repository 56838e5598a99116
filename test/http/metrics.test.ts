import { execFile } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { MemoryMonitor, NodeSampleSource } from '../../src/monitor/index.js';
import type { RawSample, SampleSource } from '../../src/monitor/index.js';
import { ObjectPool } from '../../src/pool/index.js';
import { SessionManager, type DropReason, type RefusedReason } from '../../src/realtime/index.js';
import { needTool } from '../helpers/tools.js';
import { ClimbingHeap, rd, startHarness, type Harness } from './helpers.js';
import { refusedStatus } from '../realtime/helpers.js';

const MiB = 1048576;

let hs: Harness[] = [];
afterEach(async () => {
  await Promise.all(hs.map((h) => h.close()));
  hs = [];
});
async function harness(...a: Parameters<typeof startHarness>): Promise<Harness> {
  const h = await startHarness(...a);
  hs.push(h);
  return h;
}

const tool = needTool('promtool', 'the /metrics format checks (promtool check metrics)');

/** Runs `promtool check metrics` on the text; resolves with its exit code and output. */
function promtool(text: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const p = execFile(tool.path, ['check', 'metrics'], (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, out: stdout + stderr });
    });
    p.stdin?.end(text);
  });
}

/** `name{labels} value` lines of the exposition text as a map. */
function samples(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

function populated(h: Harness) {
  const bus = new EventEmitter();
  bus.setMaxListeners(0);
  for (let i = 0; i < 6; i++)
    h.manager.scope({ service: 'chat', owner: `player-${i}` }).on(bus, 'msg', () => {});
  const w = h.manager.scope({ service: 'world', owner: 'player-0' });
  w.setInterval(() => {}, 60_000, { unref: true });
  w.on(bus, 'tick', () => {});
  h.manager.scope({ owner: 'player-1' }).defer(() => {});
  h.manager.scope({ service: 'chat' }).defer(() => {});
  return bus;
}

describe('GET /metrics', () => {
  tool.it('passes promtool check metrics and carries our metrics with bounded labels', async () => {
    const dropped = { expired: 3, 'outbox-count': 2 };
    const h = await harness({
      sessions: {
        stats: () => ({
          connected: 4,
          away: 2,
          outbox: { players: 2, messages: 11, bytes: 300, largest: 6 },
          dropped: { total: 5, byReason: dropped },
        }),
      },
    });
    populated(h);
    const pool = new ObjectPool({ name: 'vectors', create: () => ({}), registry: h.pools });
    pool.release(pool.acquire());
    pool.acquire();
    h.source.rssShare = 0.85;
    h.monitor.sample();

    const r = await h.get('/metrics', rd);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const check = await promtool(r.text);
    expect(check.out).toBe('');
    expect(check.code).toBe(0);

    const m = samples(r.text);
    // prom-client's default metrics
    expect(m.get('process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(m.has('nodejs_heap_size_used_bytes')).toBe(true);
    // ours
    expect(m.get('leakguard_connections{service="chat",kind="listener"}')).toBe(6);
    expect(m.get('leakguard_connections{service="chat",kind="custom"}')).toBe(1);
    expect(m.get('leakguard_connections{service="world",kind="timer"}')).toBe(1);
    expect(m.get('leakguard_connections{service="world",kind="listener"}')).toBe(1);
    expect(m.get('leakguard_connections{service="none",kind="custom"}')).toBe(1);
    expect(m.get('leakguard_connections_created_total')).toBe(10);
    expect(m.get('leakguard_connections_disposed_total')).toBe(0);
    expect(m.get('leakguard_leak_suspects')).toBe(1);
    expect(m.get('leakguard_pool_borrowed{pool="vectors"}')).toBe(1);
    expect(m.get('leakguard_pool_acquired_total{pool="vectors"}')).toBe(2);
    expect(m.get('leakguard_pool_reuse_ratio{pool="vectors"}')).toBe(0.5);
    expect(m.get('leakguard_sessions{state="connected"}')).toBe(4);
    expect(m.get('leakguard_sessions{state="away"}')).toBe(2);
    expect(m.get('leakguard_outbox_messages')).toBe(11);
    expect(m.get('leakguard_dropped_messages_total{reason="expired"}')).toBe(3);
    expect(m.get('leakguard_dropped_messages_total{reason="outbox-count"}')).toBe(2);
    expect(m.get('leakguard_memory_limit_bytes')).toBe(64 * 1024 ** 3);
    expect(m.get('leakguard_alerts{level="warning"}')).toBe(2); // memory.rss + connections.leak
    expect(m.get('leakguard_alerts{level="critical"}')).toBe(0);
    // never a player id as a label
    expect(r.text).not.toMatch(/player-\d/);
    for (const line of r.text.split('\n'))
      if (line.startsWith('leakguard_')) expect(line).not.toMatch(/owner=/);
  });

  it('counters follow the manager as connections end', async () => {
    const h = await harness();
    const s = h.manager.scope({ service: 'chat' });
    s.defer(() => {});
    s.defer(() => {});
    s.dispose();
    const m = samples((await h.get('/metrics', rd)).text);
    expect(m.get('leakguard_connections_created_total')).toBe(2);
    expect(m.get('leakguard_connections_disposed_total')).toBe(2);
    expect([...m.keys()].filter((k) => k.startsWith('leakguard_connections{'))).toEqual([]);
  });

  tool.it('two handlers in one process do not collide: each has its own registry', async () => {
    const a = await harness();
    const b = await harness();
    a.manager.scope({ service: 'a' }).defer(() => {});
    for (let i = 0; i < 3; i++) b.manager.scope({ service: 'b' }).defer(() => {});
    const ma = samples((await a.get('/metrics', rd)).text);
    const mb = samples((await b.get('/metrics', rd)).text);
    expect(ma.get('leakguard_connections_created_total')).toBe(1);
    expect(mb.get('leakguard_connections_created_total')).toBe(3);
    expect(ma.has('leakguard_connections{service="b",kind="custom"}')).toBe(false);
    // default metrics are in both
    expect(ma.has('process_resident_memory_bytes') && mb.has('process_resident_memory_bytes')).toBe(
      true,
    );
    expect((await promtool((await b.get('/metrics', rd)).text)).code).toBe(0);
  });

  tool.it('caps label values: services beyond 50 are summed into other', async () => {
    const h = await harness({ defaultMetrics: false }, { siteThreshold: false });
    for (let i = 0; i < 70; i++) h.manager.scope({ service: `svc-${i}` }).defer(() => {});
    const text = (await h.get('/metrics', rd)).text;
    expect(text).not.toContain('process_resident_memory_bytes');
    const series = text.split('\n').filter((l) => l.startsWith('leakguard_connections{'));
    expect(series).toHaveLength(50);
    expect(samples(text).get('leakguard_connections{service="other",kind="custom"}')).toBe(21);
    expect((await promtool(text)).code).toBe(0);
  });

  it('leakguard_connections equals a brute-force tally of live connections by service and kind', async () => {
    const h = await harness({ defaultMetrics: false }, { siteThreshold: false });
    const bus = new EventEmitter();
    bus.setMaxListeners(0);
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    const scopes = [];
    for (let i = 0; i < 400; i++) {
      const service = ['chat', 'world', 'trade', undefined][rnd(4)];
      const s = h.manager.scope(service === undefined ? {} : { service });
      const k = rnd(3);
      if (k === 0) s.on(bus, 'x', () => {});
      else if (k === 1) s.setInterval(() => {}, 60_000, { unref: true });
      else s.defer(() => {});
      scopes.push(s);
    }
    for (let i = 0; i < 120; i++) scopes[rnd(scopes.length)]?.dispose();
    const expected = new Map<string, number>();
    for (const c of h.manager.connections({ limit: 10_000 })) {
      const key = `leakguard_connections{service="${c.service ?? 'none'}",kind="${c.kind}"}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const got = new Map(
      [...samples(await h.handler.metrics())].filter(([k]) =>
        k.startsWith('leakguard_connections{'),
      ),
    );
    expect(got).toEqual(expected);
  });

  it('handler.metrics() gives the same text without HTTP', async () => {
    const h = await harness();
    const text = await h.handler.metrics();
    expect(text).toContain('# TYPE leakguard_connections gauge');
    expect(text).toContain('# TYPE leakguard_connections_created_total counter');
  });

  // The fleet rules (fleet/prometheus) compare the heap with V8's limit and alert on the
  // monitor's trend verdict: both come from the monitor, so they are in /metrics.
  it('exports the V8 heap limit and the trend verdict: 0, then 1 once the heap floor grows', async () => {
    /** A real Node sample whose heap floor grows by 8 MiB per sample. */
    class GrowingHeap implements SampleSource {
      readonly node = new NodeSampleSource();
      floor = 50 * 1024 ** 2;
      read(): RawSample {
        const r = this.node.read();
        this.floor += 8 * 1024 ** 2;
        // a heap whose every major GC leaves 8 MiB more: the floor and what survives both grow
        return {
          ...r,
          heapUsed: this.floor,
          postGcHeapUsed: this.floor,
          postGcOldGenUsed: this.floor,
        };
      }
    }
    let now = 1_000_000;
    let monitor: MemoryMonitor | undefined;
    const h = await harness((manager) => ({
      monitor: (monitor = new MemoryMonitor({
        connections: manager,
        source: new GrowingHeap(),
        clock: () => now,
        limitBytes: 64 * 1024 ** 3,
        trend: { bucketMs: 1000, windowMs: 60_000, minSpanMs: 3000, minPoints: 3 },
      })),
    }));
    const m = monitor as MemoryMonitor;
    try {
      m.sample();
      const first = samples((await h.get('/metrics', rd)).text);
      expect(first.get('leakguard_heap_limit_bytes')).toBe(m.current()?.heapLimit);
      expect(first.get('leakguard_heap_limit_bytes')).toBeGreaterThan(16 * 1024 ** 2);
      expect(first.get('leakguard_trend_leak_suspected')).toBe(0);
      for (let i = 0; i < 8; i++) {
        now += 1000;
        m.sample();
      }
      expect(m.trend()?.leakSuspected).toBe(true);
      const later = samples((await h.get('/metrics', rd)).text);
      expect(later.get('leakguard_trend_leak_suspected')).toBe(1);
      expect(later.get('leakguard_heap_floor_growth_bytes_per_second')).toBeGreaterThan(0);
    } finally {
      m.dispose();
    }
  });

  // An operator who sees the floor grow and no leak must see why: what survives major GCs, and
  // whether the verdict waits for a major GC to tell.
  it('exports the confirmed (post-major-GC) growth and whether the verdict awaits confirmation', async () => {
    let now = 1_000_000;
    const source = new ClimbingHeap();
    let monitor: MemoryMonitor | undefined;
    const h = await harness((manager) => ({
      monitor: (monitor = new MemoryMonitor({
        connections: manager,
        source,
        clock: () => now,
        limitBytes: 64 * 1024 ** 3,
        trend: { bucketMs: 1000, windowMs: 60_000, minSpanMs: 3000, minPoints: 3 },
      })),
    }));
    const m = monitor as MemoryMonitor;
    const scrape = async () => samples((await h.get('/metrics', rd)).text);
    const step = (postGc = 0) => {
      now += 1000;
      source.postGc = postGc;
      m.sample();
    };
    try {
      // a major GC's read first (the baseline), then the floor climbs 8 MiB/s
      source.postGc = 50 * MiB;
      m.sample();
      for (let i = 0; i < 6; i++) step();
      let v = m.trend()!;
      expect(v.growthBytesPerMin).toBeGreaterThan(512 * 1024);
      expect(v.confirmedGrowthBytesPerMin).toBeNull();
      let got = await scrape();
      expect(got.get('leakguard_trend_leak_suspected')).toBe(0);
      expect(got.get('leakguard_trend_awaiting_confirmation')).toBe(1);
      // no confirmation yet: no number, rather than a 0 that would read as "nothing grows"
      expect(got.get('leakguard_trend_confirmed_growth_bytes_per_second')).toBeNaN();

      // a major GC shows the climb was garbage: what survives is where it was 7 s before
      step(50 * MiB);
      v = m.trend()!;
      expect(v.leakSuspected).toBe(false);
      expect(v.confirmedGrowthBytesPerMin).toBe(0);
      got = await scrape();
      expect(got.get('leakguard_trend_confirmed_growth_bytes_per_second')).toBe(0);
      expect(got.get('leakguard_trend_awaiting_confirmation')).toBe(1);
      expect(got.get('leakguard_trend_leak_suspected')).toBe(0);

      // the next one shows growth: 6 MiB over 6 s since the last, 1 MiB/s
      for (let i = 0; i < 5; i++) step();
      step(56 * MiB);
      v = m.trend()!;
      expect(v.leakSuspected).toBe(true);
      got = await scrape();
      expect(got.get('leakguard_trend_confirmed_growth_bytes_per_second')).toBeCloseTo(MiB, -3);
      expect(got.get('leakguard_trend_confirmed_growth_bytes_per_second')).toBeCloseTo(
        v.confirmedGrowthBytesPerMin! / 60,
      );
      expect(got.get('leakguard_trend_awaiting_confirmation')).toBe(0);
      expect(got.get('leakguard_trend_leak_suspected')).toBe(1);
    } finally {
      m.dispose();
    }
  });

  tool.it('the shared session store: its state, in flight and command counters', async () => {
    let fleet: Record<string, unknown> | null = {
      store: 'redis',
      node: 'eu-1',
      state: 'degraded',
      commands: { sent: 10, failed: 2, refused: 5 },
      inFlight: 3,
      reconnects: 1,
      handoffTimeouts: 4,
      lastError: 'connect ECONNREFUSED 127.0.0.1:6379',
    };
    let reads = 0;
    const h = await harness({
      sessions: {
        stats: () => {
          reads++;
          return { connected: 1, away: 0, fleet };
        },
      },
    });
    const r = await h.get('/metrics', rd);
    const check = await promtool(r.text);
    expect(check.out).toBe('');
    const m = samples(r.text);
    expect(m.get('leakguard_fleet_store_up{store="redis"}')).toBe(0);
    for (const state of ['connecting', 'connected', 'degraded', 'closed'])
      expect(m.get(`leakguard_fleet_store_state{store="redis",state="${state}"}`)).toBe(
        state === 'degraded' ? 1 : 0,
      );
    expect(m.get('leakguard_fleet_commands_in_flight{store="redis"}')).toBe(3);
    expect(m.get('leakguard_fleet_commands_sent_total{store="redis"}')).toBe(10);
    expect(m.get('leakguard_fleet_commands_failed_total{store="redis"}')).toBe(2);
    expect(m.get('leakguard_fleet_commands_refused_total{store="redis"}')).toBe(5);
    expect(m.get('leakguard_fleet_store_reconnects_total{store="redis"}')).toBe(1);
    expect(m.get('leakguard_fleet_handoff_timeouts_total{store="redis"}')).toBe(4);
    // the node id and the error text are never labels
    expect(r.text).not.toMatch(/eu-1|ECONNREFUSED/);
    // one stats() per scrape, however many series read it
    expect(reads).toBe(1);

    fleet = { ...fleet, state: 'connected', commands: { sent: 12, failed: 2, refused: 5 } };
    const later = samples((await h.get('/metrics', rd)).text);
    expect(later.get('leakguard_fleet_store_up{store="redis"}')).toBe(1);
    expect(later.get('leakguard_fleet_store_state{store="redis",state="connected"}')).toBe(1);
    expect(later.get('leakguard_fleet_store_state{store="redis",state="degraded"}')).toBe(0);
    expect(later.get('leakguard_fleet_commands_sent_total{store="redis"}')).toBe(12);
    expect(reads).toBe(2);

    // a SessionManager without a store (fleet: null): no fleet series at all, never an "up 0"
    fleet = null;
    const none = samples((await h.get('/metrics', rd)).text);
    expect([...none.keys()].filter((k) => k.startsWith('leakguard_fleet_'))).toEqual([]);
  });

  it('exports every drop reason from the first scrape on, at 0 until it happens', async () => {
    // Record<DropReason, …>: the compiler fails this file when realtime adds a reason.
    const reasons: Record<DropReason, true> = {
      'outbox-count': true,
      'outbox-bytes': true,
      'too-large': true,
      expired: true,
      backpressure: true,
      'session-ended': true,
      'no-session': true,
      'store-unavailable': true,
    };
    const h = await harness({
      sessions: { stats: () => ({ dropped: { total: 2, byReason: { expired: 2 } } }) },
    });
    const m = samples((await h.get('/metrics', rd)).text);
    const got = [...m.keys()].filter((k) => k.startsWith('leakguard_dropped_messages_total{'));
    expect(got.sort()).toEqual(
      Object.keys(reasons)
        .map((r) => `leakguard_dropped_messages_total{reason="${r}"}`)
        .sort(),
    );
    expect(m.get('leakguard_dropped_messages_total{reason="expired"}')).toBe(2);
    expect(m.get('leakguard_dropped_messages_total{reason="backpressure"}')).toBe(0);
  });

  it('exports refused connection attempts by reason, from a real SessionManager', async () => {
    // Record<RefusedReason, …>: the compiler fails this file when realtime adds a reason.
    const reasons: Record<RefusedReason, true> = {
      unauthorized: true,
      'rate-limited': true,
      'auth-timeout': true,
      shutdown: true,
    };
    let sm!: SessionManager;
    const h = await harness((manager) => {
      sm = new SessionManager({ manager, authenticate: () => null }); // refuses everyone: 401
      return { sessions: sm };
    });
    h.server.on('upgrade', (req, socket, head) => sm.handleUpgrade(req, socket, head));
    /** A real upgrade to the harness's server; resolves with the status it was refused with. */
    const refused = (): Promise<number> => refusedStatus(h.url.replace(/^http/, 'ws') + '/ws');
    const series = (m: Map<string, number>): [string, number][] =>
      [...m]
        .filter(([k]) => k.startsWith('leakguard_refused_connections_total{'))
        .sort(([a], [b]) => a.localeCompare(b));
    try {
      const names = Object.keys(reasons)
        .map((r) => `leakguard_refused_connections_total{reason="${r}"}`)
        .sort((a, b) => a.localeCompare(b));
      // every reason from the first scrape on, at 0
      expect(series(samples((await h.get('/metrics', rd)).text))).toEqual(names.map((n) => [n, 0]));
      expect(await refused()).toBe(401);
      expect(await refused()).toBe(401);
      const m = samples((await h.get('/metrics', rd)).text);
      expect(m.get('leakguard_refused_connections_total{reason="unauthorized"}')).toBe(2);
      expect(series(m).reduce((sum, [, n]) => sum + n, 0)).toBe(2);
    } finally {
      await sm.close({ timeoutMs: 500 });
    }
  });
});
