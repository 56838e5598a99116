/**
 * The admin commands behind `POST {prefix}/admin/…` (sample, report, gc, heap-snapshot,
 * dispose-owner; docs/http.md lists them under Endpoints). Each returns a JSON-safe result or
 * throws an HttpError with a message safe to send.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { ConnectionManager } from '../core/index.js';
import type { MemoryMonitor, SessionStatsSource } from '../monitor/index.js';
import { getGc } from '../internal/gc.js';
import { HttpError, errorSummary } from './respond.js';
import type { Logger, ResolvedOptions } from './options.js';
import { connectionsView, leaksView, memoryView, sessionSummary, type Sources } from './views.js';

export type AdminAction =
  'sample' | 'report' | 'gc' | 'heap-snapshot' | 'dispose-owner' | 'cleanup';

export const ADMIN_ACTIONS: readonly AdminAction[] = [
  'sample',
  'report',
  'gc',
  'heap-snapshot',
  'dispose-owner',
];

/** The sections of `admin/report`, each built (and failing) on its own. */
type ReportSection =
  'memory' | 'alerts' | 'connections' | 'sessions' | 'leaks' | 'pools' | 'snapshots';

/** A section that could not be built: the error's class and stable code, no message. */
interface ReportError {
  section: ReportSection;
  error: string;
  code?: string;
}

function reportError(section: ReportSection, e: unknown): ReportError {
  return { section, ...errorSummary(e) };
}

const MiB = 1048576;
const mb = (b: number): number => Math.round((b / MiB) * 10) / 10;

function summary(monitor: MemoryMonitor): object {
  const s = monitor.sample();
  return {
    time: new Date(s.time).toISOString(),
    rss_mb: mb(s.rss),
    heap_used_mb: mb(s.heapUsed),
    heap_total_mb: mb(s.heapTotal),
    external_mb: mb(s.external),
    limit_mb: mb(s.limit),
    limit_source: s.limitSource,
    rss_percent: Math.round(s.rssPercent * 1000) / 10,
    heap_percent: Math.round(s.heapPercent * 1000) / 10,
    cost_ms: Math.round(s.costMs * 1000) / 1000,
    alerts: monitor.alerts().length,
  };
}

/**
 * Full collection. `--expose-gc` gives `globalThis.gc`; otherwise V8's flag is set at run
 * time and `gc` is taken from a fresh vm context (the app's global is left untouched).
 */
function runGc(): object {
  const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
  const gc = getGc();
  if (gc === null)
    throw new HttpError(
      503,
      'LEAKGUARD_HTTP_UNAVAILABLE',
      'This runtime does not allow a forced garbage collection; start node with --expose-gc',
    );
  const before = process.memoryUsage();
  const t0 = performance.now();
  gc();
  const durationMs = performance.now() - t0;
  const after = process.memoryUsage();
  return {
    ran: true,
    method: exposed ? 'expose-gc' : 'v8-flag',
    how: exposed
      ? 'globalThis.gc from --expose-gc'
      : 'v8.setFlagsFromString("--expose-gc") and gc from a fresh vm context (globalThis untouched)',
    duration_ms: Math.round(durationMs * 1000) / 1000,
    before: { rss_mb: mb(before.rss), heap_used_mb: mb(before.heapUsed) },
    after: { rss_mb: mb(after.rss), heap_used_mb: mb(after.heapUsed) },
    freed_heap_mb: mb(before.heapUsed - after.heapUsed),
  };
}

export class AdminCommands {
  readonly #src: Sources;
  readonly #opts: ResolvedOptions;
  readonly #logger: Logger;
  readonly #clock: () => number;
  #lastSnapshot = -Infinity;

  constructor(src: Sources, opts: ResolvedOptions, logger: Logger, clock: () => number = Date.now) {
    this.#src = src;
    this.#opts = opts;
    this.#logger = logger;
    this.#clock = clock;
  }

  async run(action: AdminAction, body: Record<string, unknown>): Promise<object> {
    const { monitor, manager } = this.#src;
    switch (action) {
      case 'sample':
        return { sample: summary(monitor) };
      case 'report':
        return this.#report();
      case 'gc':
        return runGc();
      case 'heap-snapshot':
        return this.#snapshot(monitor);
      case 'dispose-owner':
        return this.#disposeOwner(manager, this.#src.sessions, body);
      case 'cleanup':
        return { run: await monitor.cleanup('http') };
    }
  }

  /**
   * The incident report. Each section is built alone: one that throws becomes `null` and an
   * `errors` entry `{ section, error, code? }` (the error's class and code, never its message,
   * which may hold internals; the message goes to the log), and the rest is still answered.
   */
  #report(): object {
    const src = this.#src;
    const errors: ReportError[] = [];
    const section = <T>(name: ReportSection, build: () => T): T | null => {
      try {
        return build();
      } catch (e) {
        errors.push(reportError(name, e));
        this.#logger.error(
          {
            event: 'leakguard.admin.report_section',
            section: name,
            err: e instanceof Error ? e.message : String(e),
          },
          `admin report: the ${name} section failed`,
        );
        return null;
      }
    };
    const sessions = src.sessions;
    return {
      memory: section('memory', () => memoryView(src, true)),
      alerts: section('alerts', () => src.monitor.alerts()),
      connections: section('connections', () =>
        connectionsView(src.manager, { offset: 0, limit: 20, sites: 20 }, true),
      ),
      sessions: section('sessions', () =>
        sessions === undefined ? null : sessionSummary(sessions.stats()),
      ),
      leaks: section('leaks', () => leaksView(src, true)),
      pools: section('pools', () => (src.pools === undefined ? [] : src.pools.list())),
      snapshots: section('snapshots', () =>
        src.monitor.snapshots().written.map((w) => ({ ...w, path: path.basename(w.path) })),
      ),
      errors,
      timestamp: new Date().toISOString(),
    };
  }

  #snapshot(monitor: MemoryMonitor): object {
    const hs = this.#opts.heapSnapshots;
    if (!hs.enabled)
      throw new HttpError(
        403,
        'LEAKGUARD_HTTP_DISABLED',
        'Heap snapshots are disabled: a snapshot holds every secret in memory. Enable them with the heapSnapshots.enabled option',
      );
    const now = this.#clock();
    const wait = this.#lastSnapshot + hs.cooldownMs - now;
    if (wait > 0) throw cooldown(wait);
    let rec;
    try {
      rec = monitor.writeHeapSnapshot(hs.dir, 'http');
    } catch (e) {
      if ((e as { code?: string }).code === 'LEAKGUARD_SNAPSHOT_COOLDOWN')
        throw cooldown(monitor.config.heapSnapshots.cooldownMs);
      throw e;
    }
    this.#lastSnapshot = now;
    // the file name only: the directory is an internal path
    return { snapshot: { ...rec, path: undefined, file: path.basename(rec.path) } };
  }

  async #disposeOwner(
    manager: ConnectionManager,
    sessions: SessionStatsSource | undefined,
    body: Record<string, unknown>,
  ): Promise<object> {
    const owner = body.owner;
    if (
      !(typeof owner === 'string' && owner !== '' && owner.length <= 256) &&
      !Number.isFinite(owner)
    )
      throw new HttpError(
        400,
        'LEAKGUARD_HTTP_BAD_REQUEST',
        'Expected `owner` to be a non-empty string (at most 256 characters) or a number',
      );
    if (body.kick !== undefined && typeof body.kick !== 'boolean')
      throw new HttpError(400, 'LEAKGUARD_HTTP_BAD_REQUEST', 'Expected `kick` to be a boolean');
    const id = owner as string | number;
    let kicked = false;
    const live = manager.stats(0).live;
    // Kick first: ending the session disposes its scope (the owner's connections) and closes
    // the socket, so the player does not keep a session with nothing behind it.
    // Across a fleet (a SessionManager with a shared store) the node holding the player does
    // it, and the answer says which node that was.
    let where: { found: boolean; node: string | null; local: boolean } | null = null;
    if (sessions?.disposeOwnerAnywhere !== undefined) {
      where = await sessions.disposeOwnerAnywhere(id, {
        kick: body.kick === true,
        reason: 'disposed by admin',
      });
      kicked = body.kick === true && where.found;
    } else if (body.kick === true && sessions?.kick !== undefined)
      kicked = sessions.kick(id, 'disposed by admin');
    manager.disposeOwner(id);
    const disposed = live - manager.stats(0).live;
    return where === null
      ? { owner: id, disposed, kicked }
      : { owner: id, disposed, kicked, found: where.found, node: where.node, local: where.local };
  }
}

function cooldown(ms: number): HttpError {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return new HttpError(
    429,
    'LEAKGUARD_HTTP_RATE_LIMITED',
    `A heap snapshot was written recently; try again in ${s} s`,
    { 'retry-after': String(s) },
  );
}
