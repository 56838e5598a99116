/**
 * Structural views of the layers the monitor reads but does not import: the core's
 * ConnectionManager, the pool registry (src/pool) and the session manager (src/realtime).
 * Only the members listed here are used, so any object of that shape works, and the monitor
 * keeps no dependency on those layers. leakguard/http reads the pool registry and the session
 * manager through these same types (it adds no second set).
 */
import type { ConnectionCounts } from './types.js';

/** A disposable-like returned by `connect` (the core's Connection fits). */
export interface DisposableConnection {
  dispose(): void;
}

/** Leak report fields the monitor reads (the core's LeakReport fits). */
export interface LeakReportLike {
  key: string;
  site?: string;
  count: number;
  threshold: number;
  description?: string;
}

/** What the monitor reads from a ConnectionManager. */
export interface ConnectionStatsSource {
  stats(): {
    live: number;
    created: number;
    disposed: number;
    scopes: number;
    leakSuspects: number;
    byService?: Record<string, number>;
    byKind?: Record<string, number>;
  };
  /** Sites at or over their threshold; one alert per site when present. */
  leakSuspects?(): LeakReportLike[];
  /** Fired when a site passes its threshold; makes the monitor sample at once. */
  leakSuspected?: { connect(listener: (report: LeakReportLike) => void): DisposableConnection };
}

/**
 * Stats of one pool. `name` identifies it; the cumulative leak counter is read from `leaks`
 * or `leaksDetected`; every other numeric field is recorded as is.
 */
export interface PoolStatsLike {
  name?: string;
  leaks?: number;
  leaksDetected?: number;
  [field: string]: unknown;
}

/**
 * What the monitor reads from a pool registry: `stats()` returning the pools' stats as an
 * array or iterable (each with `name`), a Map or a plain object keyed by pool name.
 */
export interface PoolStatsSource {
  stats():
    Iterable<PoolStatsLike> | ReadonlyMap<string, PoolStatsLike> | Record<string, PoolStatsLike>;
}

/**
 * One row of a pool registry's `list()` (leakguard/pool's PoolInfo fits). leakguard/http shows
 * these rows; their numeric `stats` (`size`, `borrowed`, `reuseRate`, ...) become metrics.
 */
export interface PoolRow {
  id?: number;
  name: string;
  kind?: string;
  /** JSON-safe figures. */
  stats: object;
}

/** What leakguard/http reads from a pool registry: `list()` (getPoolRegistry() fits). */
export interface PoolListSource {
  list(): PoolRow[];
}

/**
 * What the monitor and leakguard/http read from a session manager (leakguard/realtime's
 * SessionManager fits). The monitor records every numeric field of `stats()`, whatever its
 * shape; http shows the fields of SessionStatsLike and calls `kick`, when there is one.
 */
export interface SessionStatsSource {
  stats(): object;
  /** Ends a player's session (close code 4000): http's `dispose-owner` with `kick: true`. */
  kick?(playerId: string | number, reason?: string): boolean;
  /**
   * dispose-owner on the node that holds the player (a SessionManager with a shared store):
   * http's `dispose-owner` uses it when present and answers where the player was found.
   */
  disposeOwnerAnywhere?(
    playerId: string | number,
    options: { kick?: boolean; reason?: string },
  ): Promise<{ found: boolean; node: string | null; local: boolean }>;
  /** Fleet-wide counts per live node: `GET /monitoring/sessions` shows them when present. */
  presence?(): Promise<{
    nodes: { node: string; connected: number; away: number }[];
    connected: number;
    away: number;
  }>;
  /** Which node holds a player: `GET /monitoring/sessions?player=` (admin) when present. */
  locate?(playerId: string): Promise<{ found: boolean; node: string | null; local: boolean }>;
}

/** The figures of a session manager's `stats()` that http shows; every field is optional. */
export interface SessionStatsLike {
  sessions?: number;
  connected?: number;
  away?: number;
  connections?: { ws?: number; sse?: number; pending?: number };
  outbox?: { players?: number; messages?: number; bytes?: number; largest?: number };
  dropped?: { total?: number; byReason?: Record<string, number | undefined> };
  rateLimited?: { connections?: number; messages?: number; trackedKeys?: number };
  /** Refused connection attempts (realtime's `stats().refused`). */
  refused?: { total?: number; byReason?: Record<string, number | undefined> };
  /** The shared store's state (a SessionManager with a `store`), null/absent in memory. */
  fleet?: { store?: string; node?: string; state?: string; [k: string]: unknown } | null;
}

export function readConnections(src: ConnectionStatsSource): ConnectionCounts {
  const s = src.stats();
  return {
    live: s.live,
    created: s.created,
    disposed: s.disposed,
    scopes: s.scopes,
    leakSuspects: s.leakSuspects,
    byService: { ...s.byService },
    byKind: { ...s.byKind },
  };
}

/** Numeric fields of `obj`, nested objects flattened as `a.b` (two levels). */
export function numericFields(
  obj: object,
  prefix = '',
  depth = 0,
  out: Record<string, number> = {},
): Record<string, number> {
  for (const [k, v] of Object.entries(obj)) {
    if (typeof v === 'number' && Number.isFinite(v)) out[prefix + k] = v;
    else if (depth < 1 && v !== null && typeof v === 'object' && !Array.isArray(v))
      numericFields(v as object, `${prefix}${k}.`, depth + 1, out);
  }
  return out;
}

export function readPools(src: PoolStatsSource): Record<string, Record<string, number>> {
  const raw = src.stats();
  const out: Record<string, Record<string, number>> = {};
  const put = (name: string, s: PoolStatsLike): void => {
    if (s === null || typeof s !== 'object') return;
    let key = name;
    for (let i = 2; key in out; i++) key = `${name}#${i}`; // unnamed/duplicate pools stay apart
    out[key] = numericFields(s);
  };
  if (raw instanceof Map) for (const [name, s] of raw) put(String(name), s as PoolStatsLike);
  else if (raw !== null && typeof raw === 'object' && Symbol.iterator in raw) {
    let i = 0;
    for (const s of raw as Iterable<PoolStatsLike>) {
      put(typeof s?.name === 'string' ? s.name : `pool${i}`, s);
      i++;
    }
  } else if (raw !== null && typeof raw === 'object')
    for (const [name, s] of Object.entries(raw as Record<string, PoolStatsLike>)) put(name, s);
  return out;
}

/** The cumulative leak counter of one pool's numeric stats. */
export function poolLeakCount(stats: Record<string, number>): number {
  return stats.leaks ?? stats.leaksDetected ?? 0;
}
