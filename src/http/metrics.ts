/**
 * Prometheus metrics through prom-client.
 *
 * Registries: each handler has its own private `Registry` for the leakguard_* metrics, so two
 * handlers (two managers, two test servers) never collide on a metric name. prom-client's
 * default metrics describe the process, not a handler, and `collectDefaultMetrics` starts an
 * event-loop-delay histogram and a GC PerformanceObserver that prom-client never stops: one
 * set per process, in a registry kept on a global symbol, shared by every handler.
 *
 * Cardinality: labels come from code, never from data — `service`, `kind`, `pool`, `state`,
 * `reason`, `level`. Owners (player ids) are never a label. Services, kinds and pools beyond
 * `MAX_SERIES` are summed into `other`.
 */
import { Counter, Gauge, Registry, collectDefaultMetrics } from 'prom-client';
import type { ConnectionManager } from '../core/index.js';
import type {
  MemoryMonitor,
  PoolListSource,
  SessionStatsLike,
  SessionStatsSource,
} from '../monitor/index.js';
import type { RuntimeLeakReport } from '../detect/index.js';
import { alertCounts, safeList, sessionStats } from './views.js';

const MAX_SERIES = 50;
const JOINT_CACHE_MS = 5000;
const DEFAULTS = Symbol.for('leakguard.http.defaultMetrics');
const NOT_COUNTERS = [
  'nodejs_active_handles_total',
  'nodejs_active_requests_total',
  'nodejs_active_resources_total',
];

/**
 * Every reason a session manager counts drops under (realtime's `DropReason`; http may not
 * import realtime, so test/http/metrics.test.ts checks the two lists are equal). Each one is
 * exported from the first scrape on, at 0 until it happens: a series that appears only with
 * its first drop hides that first increase from `rate()`/`increase()`, so an alert on dropped
 * messages would miss the first burst. Reasons a custom source adds are exported as well.
 */
const DROP_REASONS = [
  'outbox-count',
  'outbox-bytes',
  'too-large',
  'expired',
  'backpressure',
  'session-ended',
  'no-session',
  'store-unavailable',
] as const;

/**
 * Every reason a session manager counts refused connection attempts under (realtime's
 * `RefusedReason`, checked equal by test/http/metrics.test.ts as DROP_REASONS is), exported from
 * the first scrape on for the same reason.
 */
const REFUSED_REASONS = ['unauthorized', 'rate-limited', 'auth-timeout', 'shutdown'] as const;

/** The process-wide registry of prom-client's default metrics (created on first use). */
function defaultRegistry(): Registry {
  const g = globalThis as { [DEFAULTS]?: Registry };
  let r = g[DEFAULTS];
  if (r === undefined) {
    r = g[DEFAULTS] = new Registry();
    collectDefaultMetrics({ register: r });
    // Gauges that prom-client names `*_total`, which Prometheus reserves for counters
    // (`promtool check metrics` refuses them). Their per-type versions (`nodejs_active_handles`,
    // `nodejs_active_requests`, `nodejs_active_resources`) stay; `sum()` gives the totals.
    for (const name of NOT_COUNTERS) r.removeSingleMetric(name);
  }
  return r;
}

interface MetricSources {
  monitor: MemoryMonitor;
  manager: ConnectionManager;
  sessions: SessionStatsSource | undefined;
  pools: PoolListSource | undefined;
  leakReport?: (() => RuntimeLeakReport) | undefined;
}

/** Keeps at most MAX_SERIES keys; the rest are summed into `other`. */
function capped(entries: Iterable<[string, number]>): [string, number][] {
  const all = [...entries].sort((a, b) => b[1] - a[1]);
  if (all.length <= MAX_SERIES) return all;
  const kept = all.slice(0, MAX_SERIES - 1);
  kept.push(['other', all.slice(MAX_SERIES - 1).reduce((s, e) => s + e[1], 0)]);
  return kept;
}

/**
 * Live connections per (service, kind), from the manager's own joint count (O(services x
 * kinds), no walk over connections). Services beyond the label cap are summed into 'other';
 * connections of scopes without a service are labelled 'none'. Cached for 5 s so several
 * scrapers and dashboards share one read.
 */
class JointCounts {
  #at = -Infinity;
  #value: { service: string; kind: string; n: number }[] = [];
  constructor(private readonly manager: ConnectionManager) {}

  get(): readonly { service: string; kind: string; n: number }[] {
    const now = performance.now();
    if (now - this.#at < JOINT_CACHE_MS) return this.#value;
    const st = this.manager.stats(0);
    const keep = new Set(capped(Object.entries(st.byService)).map((e) => e[0]));
    const out = new Map<string, { service: string; kind: string; n: number }>();
    for (const [service, byKind] of Object.entries(st.byServiceKind))
      for (const [kind, n] of Object.entries(byKind)) {
        const label = service === '' ? 'none' : keep.has(service) ? service : 'other';
        const key = `${label}\0${kind}`;
        const e = out.get(key);
        if (e === undefined) out.set(key, { service: label, kind, n });
        else e.n += n;
      }
    this.#value = [...out.values()];
    this.#at = now;
    return this.#value;
  }
}

const POOL_GAUGES: [string, string, string][] = [
  ['size', 'leakguard_pool_size', 'Objects or resources the pool holds (borrowed + idle).'],
  ['borrowed', 'leakguard_pool_borrowed', 'Objects or resources currently lent out.'],
  ['idle', 'leakguard_pool_idle', 'Objects or resources waiting to be lent.'],
  ['waiting', 'leakguard_pool_waiting', 'Callers waiting in acquire() (ResourcePool).'],
  ['reuseRate', 'leakguard_pool_reuse_ratio', 'Share of acquires served without creating (0..1).'],
];
const POOL_COUNTERS: [string, string, string][] = [
  ['acquired', 'leakguard_pool_acquired_total', 'Acquires since the pool started.'],
  ['created', 'leakguard_pool_created_total', 'Objects or resources created.'],
  ['destroyed', 'leakguard_pool_destroyed_total', 'Objects or resources destroyed.'],
  ['leaksDetected', 'leakguard_pool_leaks_total', 'Borrows reported as leaked.'],
  ['reclaimed', 'leakguard_pool_reclaimed_total', 'Leaked borrows written off.'],
];

/** The states of a shared session store (realtime's `FleetState['state']`). */
const FLEET_STATES = ['connecting', 'connected', 'degraded', 'closed'] as const;

/** `stats().fleet` of a SessionManager with a shared store; null without one. */
function fleetState(stats: SessionStatsLike | null): FleetStats | null {
  const f = stats?.fleet;
  return f === null || f === undefined || typeof f !== 'object' ? null : (f as FleetStats);
}

interface FleetStats {
  store?: string;
  state?: string;
  commands?: { sent?: number; failed?: number; refused?: number };
  inFlight?: number;
  reconnects?: number;
  handoffTimeouts?: number;
}

/**
 * The shared session store of a SessionManager (leakguard/fleet): its state and its bounded
 * command traffic. Every series carries `store` (the store's kind, `redis`: one per process),
 * so a node without a store exports none of them (no `up 0` that would look like an outage).
 */
function fleetMetrics(sstats: () => SessionStatsLike | null, registers: Registry[]): void {
  const label = (f: FleetStats) => ({ store: String(f.store ?? 'unknown').slice(0, 40) });
  new Gauge({
    name: 'leakguard_fleet_store_up',
    help: '1 while the shared session store (Redis) is connected, else 0 (fleet features degraded: see the state).',
    labelNames: ['store'],
    registers,
    collect() {
      this.reset();
      const f = fleetState(sstats());
      if (f !== null) this.set(label(f), f.state === 'connected' ? 1 : 0);
    },
  });
  new Gauge({
    name: 'leakguard_fleet_store_state',
    help: 'The shared session store state: 1 for the current one of connecting, connected, degraded, closed.',
    labelNames: ['store', 'state'],
    registers,
    collect() {
      this.reset();
      const f = fleetState(sstats());
      if (f === null) return;
      for (const state of FLEET_STATES) this.set({ ...label(f), state }, f.state === state ? 1 : 0);
    },
  });
  new Gauge({
    name: 'leakguard_fleet_commands_in_flight',
    help: 'Commands waiting for the shared session store (at most its maxInFlight).',
    labelNames: ['store'],
    registers,
    collect() {
      this.reset();
      const f = fleetState(sstats());
      if (f !== null) this.set(label(f), f.inFlight ?? 0);
    },
  });
  const counters: [
    keyof NonNullable<FleetStats['commands']> | 'reconnects' | 'handoffTimeouts',
    string,
    string,
  ][] = [
    [
      'sent',
      'leakguard_fleet_commands_sent_total',
      'Commands sent to the shared session store (each queued message counts as one, each command of a pipeline as one).',
    ],
    [
      'failed',
      'leakguard_fleet_commands_failed_total',
      'Commands sent to the shared session store that failed (an error, or no answer within commandTimeoutMs; counted as sent is).',
    ],
    [
      'refused',
      'leakguard_fleet_commands_refused_total',
      'Commands refused at once, never sent: the store was not connected or maxInFlight commands were waiting (each queued message counts as one).',
    ],
    [
      'reconnects',
      'leakguard_fleet_store_reconnects_total',
      'Times the shared session store came back after a loss.',
    ],
    [
      'handoffTimeouts',
      'leakguard_fleet_handoff_timeouts_total',
      "Claims that resumed without the previous node's hand-over: it did not answer within handoffTimeoutMs (what it had accepted for the player came after the resume).",
    ],
  ];
  for (const [field, name, help] of counters)
    new Counter({
      name,
      help,
      labelNames: ['store'],
      registers,
      collect() {
        this.reset();
        const f = fleetState(sstats());
        if (f === null) return;
        const v =
          field === 'reconnects' || field === 'handoffTimeouts' ? f[field] : f.commands?.[field];
        this.inc(label(f), Math.max(0, typeof v === 'number' && Number.isFinite(v) ? v : 0));
      },
    });
}

/** Builds the handler's private registry; `render()` gives the exposition text. */
export function createMetrics(src: MetricSources, withDefaults: boolean) {
  const reg = new Registry();
  const registers = [reg];
  const joint = new JointCounts(src.manager);
  // stats() of the manager is read once per scrape by the first collector that needs it
  let scrape = 0;
  let cached: { scrape: number; stats: ReturnType<ConnectionManager['stats']> } | null = null;
  const mstats = () => {
    if (cached === null || cached.scrape !== scrape)
      cached = { scrape, stats: src.manager.stats(0) };
    return cached.stats;
  };
  // the sessions' stats() (a walk over the sessions) too, shared by the session gauges
  let scached: { scrape: number; stats: SessionStatsLike | null } | null = null;
  const sstats = () => {
    if (scached === null || scached.scrape !== scrape)
      scached = { scrape, stats: sessionStats(src.sessions) };
    return scached.stats;
  };
  const pools = () => {
    const byName = new Map<string, Record<string, number>>();
    for (const p of src.pools === undefined ? [] : safeList(src.pools)) {
      const acc = byName.get(p.name) ?? {};
      for (const [k, v] of Object.entries(p.stats))
        if (typeof v === 'number' && Number.isFinite(v)) acc[k] = (acc[k] ?? 0) + v;
      byName.set(p.name, acc);
    }
    return [...byName].slice(0, MAX_SERIES);
  };

  new Gauge({
    name: 'leakguard_connections',
    help: 'Live connections (listeners, timers, sockets, ...) by service and kind.',
    labelNames: ['service', 'kind'],
    registers,
    collect() {
      this.reset();
      for (const e of joint.get()) this.set({ service: e.service, kind: e.kind }, e.n);
    },
  });
  new Counter({
    name: 'leakguard_connections_created_total',
    help: 'Connections created through the ConnectionManager.',
    registers,
    collect() {
      this.reset();
      this.inc(mstats().created);
    },
  });
  new Counter({
    name: 'leakguard_connections_disposed_total',
    help: 'Connections ended (disposed, or ended by themselves).',
    registers,
    collect() {
      this.reset();
      this.inc(mstats().disposed);
    },
  });
  // Heap sites (the runtime finder with `heap`): three series in all, never one per site, so
  // the number of series is fixed whatever the code base (sites are in /monitoring/leaks).
  const leakReport = src.leakReport;
  if (leakReport !== undefined) {
    const heap = () => {
      try {
        const r = leakReport();
        return r.active ? r.heap : undefined;
      } catch {
        return undefined;
      }
    };
    new Gauge({
      name: 'leakguard_heap_sampling',
      help: 'Whether heap sites are followed (the runtime finder samples the heap): 1 or 0.',
      registers,
      collect() {
        this.set(heap()?.running === true ? 1 : 0);
      },
    });
    new Gauge({
      name: 'leakguard_heap_sites_growing',
      help: 'Allocation sites whose retained memory keeps growing (runtime finder, heap sites).',
      registers,
      collect() {
        this.set(heap()?.leaks.length ?? 0);
      },
    });
    new Gauge({
      name: 'leakguard_heap_sites_growth_bytes_per_minute',
      help: 'Summed growth of the allocation sites that keep growing, in bytes per minute.',
      registers,
      collect() {
        this.set((heap()?.leaks ?? []).reduce((sum, h) => sum + h.growthBytesPerMinute, 0));
      },
    });
  }
  new Gauge({
    name: 'leakguard_leak_suspects',
    help: 'Creation sites whose live connections are at or above their leak threshold.',
    registers,
    collect() {
      this.set(mstats().leakSuspects);
    },
  });
  for (const [field, name, help] of POOL_GAUGES)
    new Gauge({
      name,
      help,
      labelNames: ['pool'],
      registers,
      collect() {
        this.reset();
        for (const [pool, st] of pools())
          if (st[field] !== undefined) this.set({ pool }, st[field]);
      },
    });
  for (const [field, name, help] of POOL_COUNTERS)
    new Counter({
      name,
      help,
      labelNames: ['pool'],
      registers,
      collect() {
        this.reset();
        for (const [pool, st] of pools())
          if (st[field] !== undefined) this.inc({ pool }, Math.max(0, st[field]));
      },
    });
  if (src.sessions !== undefined) {
    new Gauge({
      name: 'leakguard_sessions',
      help: 'Player sessions by state (connected, away).',
      labelNames: ['state'],
      registers,
      collect() {
        const s = sstats();
        this.set({ state: 'connected' }, s?.connected ?? 0);
        this.set({ state: 'away' }, s?.away ?? 0);
      },
    });
    new Gauge({
      name: 'leakguard_outbox_messages',
      help: 'Messages queued for away players.',
      registers,
      collect() {
        this.set(sstats()?.outbox?.messages ?? 0);
      },
    });
    new Gauge({
      name: 'leakguard_outbox_bytes',
      help: 'Bytes queued for away players.',
      registers,
      collect() {
        this.set(sstats()?.outbox?.bytes ?? 0);
      },
    });
    new Counter({
      name: 'leakguard_dropped_messages_total',
      help: 'Messages that will never be delivered, by reason.',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        const by: Record<string, number | undefined> = {
          ...Object.fromEntries(DROP_REASONS.map((r) => [r, 0])),
          ...sstats()?.dropped?.byReason,
        };
        for (const [reason, n] of capped(
          Object.entries(by).map(([k, v]) => [k, v ?? 0] as [string, number]),
        ))
          this.inc({ reason }, Math.max(0, n));
      },
    });
    new Counter({
      name: 'leakguard_refused_connections_total',
      help: 'Connection attempts the session manager refused (401, 429, 503), by reason.',
      labelNames: ['reason'],
      registers,
      collect() {
        this.reset();
        const by: Record<string, number | undefined> = {
          ...Object.fromEntries(REFUSED_REASONS.map((r) => [r, 0])),
          ...sstats()?.refused?.byReason,
        };
        for (const [reason, n] of capped(
          Object.entries(by).map(([k, v]) => [k, v ?? 0] as [string, number]),
        ))
          this.inc({ reason }, Math.max(0, n));
      },
    });
  }
  if (src.sessions !== undefined) fleetMetrics(sstats, registers);
  new Gauge({
    name: 'leakguard_memory_limit_bytes',
    help: 'Effective memory limit: min(container limit, system memory), or the configured one.',
    registers,
    collect() {
      const s = src.monitor.current();
      if (s !== null) this.set(s.limit);
    },
  });
  new Gauge({
    name: 'leakguard_heap_limit_bytes',
    help: "V8's heap limit (heap_size_limit): the heap size at which the process dies with 'heap out of memory'.",
    registers,
    collect() {
      const s = src.monitor.current();
      if (s !== null) this.set(s.heapLimit);
    },
  });
  new Gauge({
    name: 'leakguard_alerts',
    help: 'Active memory monitor alerts by level.',
    labelNames: ['level'],
    registers,
    collect() {
      const c = alertCounts(src.monitor.alerts());
      for (const level of ['info', 'warning', 'critical'] as const) this.set({ level }, c[level]);
    },
  });
  new Gauge({
    name: 'leakguard_heap_floor_growth_bytes_per_second',
    help: 'Growth of the post-GC heap floor from the trend detector (negative when shrinking).',
    registers,
    collect() {
      const t = src.monitor.trend();
      if (t !== null) this.set(t.growthBytesPerMin / 60);
    },
  });
  new Gauge({
    name: 'leakguard_trend_leak_suspected',
    help: "The monitor's trend verdict: 1 while the post-GC heap floor grows like a leak, else 0.",
    registers,
    collect() {
      const t = src.monitor.trend();
      if (t !== null) this.set(t.leakSuspected ? 1 : 0);
    },
  });
  // What survives major GCs, and whether the verdict waits for a major GC: without them an
  // operator who sees the floor grow and no leak cannot tell "garbage" from "not confirmed yet".
  new Gauge({
    name: 'leakguard_trend_confirmed_growth_bytes_per_second',
    help: "Growth of what survives major GCs (the trend detector's confirmation; a leak is called only when it and the floor's growth both reach the threshold). NaN until two reads after major GCs are minSpanMs apart, from a source that reports no major GCs, and with trend detection off.",
    registers,
    collect() {
      const c = src.monitor.trend()?.confirmedGrowthBytesPerMin ?? null;
      this.set(c === null ? NaN : c / 60);
    },
  });
  new Gauge({
    name: 'leakguard_trend_awaiting_confirmation',
    help: '1 while the heap floor grows enough to call a leak but what survives major GCs does not confirm it (no two reads after major GCs minSpanMs apart yet, or they prove less): a major GC decides. Else 0.',
    registers,
    collect() {
      this.set(src.monitor.trend()?.awaitingConfirmation === true ? 1 : 0);
    },
  });

  return {
    contentType: reg.contentType,
    async render(): Promise<string> {
      scrape++;
      const own = await reg.metrics();
      return withDefaults ? (await defaultRegistry().metrics()) + own : own;
    },
    clear(): void {
      reg.clear();
    },
  };
}
