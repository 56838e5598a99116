/**
 * The JSON bodies of the read endpoints, built from the watched layers. Pure functions of
 * their sources plus `admin` (which alone may see player ids and stacks); every string that
 * may hold a path goes through `scrubPaths`.
 */
import { readFileSync } from 'node:fs';
import type { ConnectionManager } from '../core/index.js';
import type {
  MemoryMonitor,
  MemorySample,
  Alert,
  CleanupStats,
  PoolListSource,
  SessionStatsSource,
  SessionStatsLike,
} from '../monitor/index.js';
import type { HeapSiteReport, RuntimeLeakReport, SiteReport } from '../detect/index.js';
import { scrubPaths, scrubStrings } from './redact.js';

const MiB = 1048576;
const mb = (b: number): number => Math.round((b / MiB) * 10) / 10;
const round = (n: number, d = 3): number => Math.round(n * 10 ** d) / 10 ** d;

export interface Sources {
  monitor: MemoryMonitor;
  manager: ConnectionManager;
  sessions: SessionStatsSource | undefined;
  pools: PoolListSource | undefined;
  leakReport: (() => RuntimeLeakReport) | undefined;
}

/** Virtual memory size from /proc (Linux); null where the OS does not give it. */
function vmsBytes(): number | null {
  if (process.platform !== 'linux') return null;
  try {
    const m = /^VmSize:\s+(\d+)\s+kB/m.exec(readFileSync('/proc/self/status', 'latin1'));
    return m?.[1] === undefined ? null : Number(m[1]) * 1024;
  } catch {
    return null;
  }
}

/** The latest sample, or one taken now when the monitor has none yet. */
export function currentSample(monitor: MemoryMonitor): MemorySample {
  return monitor.current() ?? monitor.sample();
}

/** Session stats, or null when there is no session manager or its stats() threw. */
export function sessionStats(sessions: SessionStatsSource | undefined): SessionStatsLike | null {
  if (sessions === undefined) return null;
  try {
    return sessions.stats();
  } catch {
    return null;
  }
}

export function alertCounts(
  alerts: readonly Alert[],
): Record<'info' | 'warning' | 'critical', number> {
  const c = { info: 0, warning: 0, critical: 0 };
  for (const a of alerts) c[a.level]++;
  return c;
}

export function publicAlerts(alerts: readonly Alert[]): Alert[] {
  return alerts.map((a) => scrubStrings(a));
}

function publicCleanup(c: CleanupStats): CleanupStats {
  const run = (r: CleanupStats['recent'][number]): CleanupStats['recent'][number] => ({
    ...r,
    reason: scrubPaths(r.reason),
    cleaners: r.cleaners.map((x) => scrubStrings(x)),
  });
  return { ...c, lastRun: c.lastRun && run(c.lastRun), recent: c.recent.map(run) };
}

/** GET {prefix}/memory */
export function memoryView(src: Sources, admin: boolean): object {
  const { monitor, manager } = src;
  const s = currentSample(monitor);
  const st = manager.stats(0);
  const ss = sessionStats(src.sessions);
  const vms = vmsBytes();
  const available = s.limitSource === 'system' ? s.systemFree : Math.max(0, s.limit - s.rss);
  const alerts = monitor.alerts();
  const cfg = monitor.config;
  const config = {
    ...cfg,
    // a directory on the server is an internal path
    heapSnapshots: { ...cfg.heapSnapshots, dir: cfg.heapSnapshots.dir === null ? null : '(set)' },
  };
  return {
    memory: {
      rss_mb: mb(s.rss),
      vms_mb: vms === null ? null : mb(vms),
      percent: round(s.rssPercent * 100, 1),
      available_mb: mb(available),
      total_mb: mb(s.limit),
      limit: { bytes: s.limit, source: s.limitSource },
      system: { total_mb: mb(s.systemTotal), free_mb: mb(s.systemFree) },
      container_limit_mb: s.containerLimit > 0 ? mb(s.containerLimit) : null,
      heap: {
        used_mb: mb(s.heapUsed),
        total_mb: mb(s.heapTotal),
        limit_mb: mb(s.heapLimit),
        percent: round(s.heapPercent * 100, 1),
        post_gc_used_mb: s.postGcHeapUsed ? mb(s.postGcHeapUsed) : null,
        spaces: s.heapSpaces,
        native_contexts: s.nativeContexts,
        detached_contexts: s.detachedContexts,
      },
      external_mb: mb(s.external),
      array_buffers_mb: mb(s.arrayBuffers),
    },
    event_loop: {
      delay_mean_ms: round(s.eventLoop.delayMeanMs),
      delay_p99_ms: round(s.eventLoop.delayP99Ms),
      delay_max_ms: round(s.eventLoop.delayMaxMs),
      utilization: round(s.eventLoop.utilization),
    },
    gc: {
      count: s.gc.count,
      time_ms: round(s.gc.timeMs),
      max_pause_ms: round(s.gc.maxPauseMs),
      max_window_ms: round(s.gc.maxWindowMs),
      by_kind: s.gc.byKind,
    },
    connections: {
      total: st.live,
      created: st.created,
      disposed: st.disposed,
      failed: st.failed,
      scopes: st.scopes,
      owners: st.owners,
      leak_suspects: st.leakSuspects,
      oldest_age_ms: Math.round(st.oldestAgeMs),
      by_service: st.byService,
      by_kind: st.byKind,
      ...(admin ? { top_owners: manager.stats(10).topOwners } : {}),
    },
    data_structures: {
      session_outboxes: ss?.outbox ?? null,
      rate_limit_entries: ss?.rateLimited?.trackedKeys ?? null,
      connection_owners: st.owners,
      pools: src.pools === undefined ? null : safeList(src.pools).length,
      active_resources: s.resources,
      instances: s.instances ?? null,
    },
    sessions: ss === null ? null : sessionSummary(ss),
    cleanup_stats: publicCleanup(monitor.cleanupStats()),
    alerts: alertCounts(alerts),
    trend: monitor.trend(),
    monitor: { running: monitor.running, interval_ms: monitor.intervalMs, config },
    sampled_at: new Date(s.time).toISOString(),
    timestamp: new Date().toISOString(),
  };
}

export function sessionSummary(ss: SessionStatsLike): object {
  return {
    sessions: ss.sessions ?? 0,
    connected: ss.connected ?? 0,
    away: ss.away ?? 0,
    connections: ss.connections ?? null,
    outbox: ss.outbox ?? null,
    dropped: { total: ss.dropped?.total ?? 0, by_reason: ss.dropped?.byReason ?? {} },
    rate_limited: ss.rateLimited ?? null,
    fleet: ss.fleet ?? null,
  };
}

export function safeList(pools: PoolListSource): ReturnType<PoolListSource['list']> {
  try {
    return pools.list();
  } catch {
    return [];
  }
}

/** GET {prefix}/memory/history */
export function historyView(monitor: MemoryMonitor, sinceMs: number | undefined): object {
  // `since` is exclusive (the monitor's history includes a point at exactly sinceMs), so a
  // client passing its newest time gets only new points
  const points =
    sinceMs === undefined
      ? monitor.history()
      : monitor.history({ sinceMs }).filter((p) => p.time > sinceMs);
  return { points, count: points.length, timestamp: new Date().toISOString() };
}

export interface ConnectionQuery {
  owner?: string;
  service?: string;
  tag?: string;
  kind?: string;
  offset: number;
  limit: number;
  sites: number;
}

/** GET {prefix}/connections */
export function connectionsView(
  manager: ConnectionManager,
  q: ConnectionQuery,
  admin: boolean,
): object {
  const st = manager.stats(admin ? 10 : 0);
  const { topOwners, ...stats } = st;
  const filter = {
    ...(q.owner !== undefined ? { owner: ownerValue(manager, q.owner) } : {}),
    ...(q.service !== undefined ? { service: q.service } : {}),
    ...(q.tag !== undefined ? { tag: q.tag } : {}),
    ...(q.kind !== undefined ? { kind: q.kind } : {}),
  };
  // one extra row tells whether there is a next page
  const rows = manager.connections({ ...filter, offset: q.offset, limit: q.limit + 1 });
  const more = rows.length > q.limit;
  const items = rows.slice(0, q.limit).map((c) => {
    const { owner, ...rest } = c;
    return {
      ...rest,
      description: scrubPaths(c.description),
      site: c.site === undefined ? undefined : scrubPaths(c.site),
      ...(admin ? { owner } : {}),
    };
  });
  return {
    stats: { ...stats, ...(admin ? { topOwners } : {}) },
    top_sites: manager.topSites(q.sites).map((r) => publicLeak(r, admin)),
    filter: admin ? filter : { ...filter, owner: undefined },
    details: {
      offset: q.offset,
      limit: q.limit,
      items,
      next_offset: more ? q.offset + q.limit : null,
    },
    timestamp: new Date().toISOString(),
  };
}

/**
 * Owners are strings or numbers; a query string is always a string. A numeric string matches a
 * numeric owner when no string owner of that name has connections.
 */
function ownerValue(manager: ConnectionManager, raw: string): string | number {
  if (!/^-?\d+(?:\.\d+)?$/.test(raw)) return raw;
  const asString = manager.connections({ owner: raw, limit: 1 }).length > 0;
  return asString ? raw : Number(raw);
}

interface LeakLike {
  key: string;
  site: string;
  description: string;
  stack?: string;
  stacks?: { stack: string; count: number }[];
}

function publicLeak<T extends LeakLike>(r: T, admin: boolean): T {
  const out = {
    ...r,
    key: scrubPaths(r.key),
    site: scrubPaths(r.site),
    description: scrubPaths(r.description),
  } as T;
  if (!admin) {
    delete out.stack;
    delete out.stacks;
  } else {
    if (r.stack !== undefined) out.stack = scrubPaths(r.stack);
    if (r.stacks !== undefined)
      out.stacks = r.stacks.map((s) => ({ stack: scrubPaths(s.stack), count: s.count }));
  }
  return out;
}

/** A finder site (listener or heap) for readers: no absolute file, a relative site, stacks for admins. */
function publicSite<T extends SiteReport | HeapSiteReport>(s: T, admin: boolean): Partial<T> {
  const { file: _file, stack, ...rest } = s;
  return {
    ...rest,
    site: scrubPaths(s.site),
    ...(admin ? { stack: stack.map(scrubPaths) } : {}),
  } as Partial<T>;
}

const POOL_LEAK_FIELDS = ['leaksDetected', 'leaksReturned', 'reclaimed', 'collected'] as const;

/** GET {prefix}/leaks */
export function leaksView(src: Sources, admin: boolean): object {
  const { monitor, manager } = src;
  const pools = (src.pools === undefined ? [] : safeList(src.pools)).map((p) => {
    const st = p.stats as Record<string, unknown>;
    const row: Record<string, unknown> = { name: p.name, borrowed: st.borrowed ?? 0 };
    for (const f of POOL_LEAK_FIELDS) row[f] = st[f] ?? 0;
    return row;
  });
  let runtime: object = { active: false };
  if (src.leakReport !== undefined) {
    const r = src.leakReport();
    if (r.active)
      runtime = {
        ...r,
        leaks: r.leaks.map((s) => publicSite(s, admin)),
        internal: r.internal.map((s) => publicSite(s, admin)),
        top: r.top.map((s) => publicSite(s, admin)),
        ...(r.heap === undefined
          ? {}
          : {
              heap: {
                ...r.heap,
                problem: r.heap.problem === null ? null : scrubPaths(r.heap.problem),
                leaks: r.heap.leaks.map((h) => publicSite(h, admin)),
                top: r.heap.top.map((h) => publicSite(h, admin)),
              },
            }),
      };
  }
  const alerts = monitor
    .alerts()
    .filter((a) => a.key.startsWith('leak.') || a.key.includes('.leak'))
    .map((a) => scrubStrings(a));
  return {
    connections: {
      suspects: manager.leakSuspects().map((r) => publicLeak(r, admin)),
      top_sites: manager.topSites(10).map((r) => publicLeak(r, admin)),
    },
    pools: {
      leaking: pools.filter((p) => (p.leaksDetected as number) > (p.leaksReturned as number)),
      all: pools,
    },
    trend: monitor.trend(),
    alerts,
    runtime,
    timestamp: new Date().toISOString(),
  };
}
