/**
 * createMonitoringHandler: one `(req, res, next?) => boolean` that answers the monitoring
 * endpoints, /metrics and the dashboard, and returns false (calling `next` when given) for
 * anything else, so it mounts in node:http, Express (`app.use(handler)`) and, through
 * `leakguardFastify`, in fastify.
 *
 * Order of checks for a path we own: route → method (405 + Allow) → auth (401/403) → admin
 * rate limit (429) → query/body (400/413/415) → action. Every failure is an HttpError with a
 * message written here; anything else is logged and answered with a bare 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { runtimeLeakReport } from '../detect/index.js';
import type { PoolListSource } from '../monitor/index.js';
import { getPoolRegistry } from '../pool/index.js';
import { ADMIN_ACTIONS, AdminCommands, type AdminAction } from './admin.js';
import { ActionLimiter, TokenTable, challenge, type AuthResult, type Identity } from './auth.js';
import { dashboardResponse } from './dashboard/serve.js';
import { createMetrics } from './metrics.js';
import {
  checkTokens,
  resolveOptions,
  type Logger,
  type MonitoringHandlerOptions,
  type Role,
} from './options.js';
import { scrubJson } from './redact.js';
import { HttpError, errorSummary, readJsonBody, send, sendError, sendJson } from './respond.js';
import {
  connectionsView,
  historyView,
  leaksView,
  memoryView,
  publicAlerts,
  safeList,
  sessionStats,
  sessionSummary,
  type ConnectionQuery,
  type Sources,
} from './views.js';

export interface MonitoringHandler {
  /** Answers and returns true for the paths it owns; else returns false (and calls `next`). */
  (req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void): boolean;
  /** The resolved path prefix. */
  readonly prefix: string;
  /** The Prometheus exposition text (what GET /metrics serves). */
  metrics(): Promise<string>;
  /** Forgets the handler's metrics; later requests are answered 503. Idempotent. */
  dispose(): void;
}

type Route =
  | {
      kind: 'read';
      name: 'memory' | 'alerts' | 'history' | 'connections' | 'pools' | 'sessions' | 'leaks';
    }
  | { kind: 'admin'; action: AdminAction }
  | { kind: 'dashboard'; asset: string }
  | { kind: 'redirect' }
  | { kind: 'whoami' }
  | { kind: 'metrics' };

const READS: Record<string, Route> = {
  '/memory': { kind: 'read', name: 'memory' },
  '/memory-alerts': { kind: 'read', name: 'alerts' },
  '/memory/history': { kind: 'read', name: 'history' },
  '/connections': { kind: 'read', name: 'connections' },
  '/pools': { kind: 'read', name: 'pools' },
  '/sessions': { kind: 'read', name: 'sessions' },
  '/leaks': { kind: 'read', name: 'leaks' },
};

/** The default audit log: one JSON line per event on stderr (pino's shape). */
const stderrLogger: Logger = {
  info: (o, msg) => writeLine(30, o, msg),
  warn: (o, msg) => writeLine(40, o, msg),
  error: (o, msg) => writeLine(50, o, msg),
};
function writeLine(level: number, o: object, msg?: string): void {
  process.stderr.write(JSON.stringify({ level, time: Date.now(), ...o, msg }) + '\n');
}

/** At most this many `leakguard.admin.denied` lines per window (see logDenied). */
const DENIED_LOG_MAX = 20;
const DENIED_LOG_WINDOW_MS = 60_000;

/** At most `max` log lines per fixed window of `windowMs`; the rest are counted. */
class LogBudget {
  #windowStart = -Infinity;
  #logged = 0;
  #suppressed = 0;
  constructor(
    readonly max: number,
    readonly windowMs: number,
  ) {}

  /**
   * One event at `now` (ms, monotonic): whether to log it, whether it is the window's last
   * logged one, and how many the previous window suppressed (reported once, here).
   */
  take(now: number): { log: boolean; last: boolean; suppressedBefore: number } {
    let suppressedBefore = 0;
    if (now - this.#windowStart >= this.windowMs) {
      suppressedBefore = this.#suppressed;
      this.#windowStart = now;
      this.#logged = 0;
      this.#suppressed = 0;
    }
    if (this.#logged >= this.max) {
      this.#suppressed++;
      return { log: false, last: false, suppressedBefore };
    }
    this.#logged++;
    return { log: true, last: this.#logged === this.max, suppressedBefore };
  }
}

export function createMonitoringHandler(options: MonitoringHandlerOptions): MonitoringHandler {
  const opts = resolveOptions(options);
  const tokens = new TokenTable(checkTokens(options.auth), opts.publicReads);
  const logger = options.logger ?? stderrLogger;
  const pools: PoolListSource | undefined =
    options.pools === false ? undefined : (options.pools ?? getPoolRegistry());
  const src: Sources = {
    monitor: options.monitor,
    manager: options.manager,
    sessions: options.sessions,
    pools,
    leakReport:
      options.leakReport === false ? undefined : (options.leakReport ?? runtimeLeakReport),
  };
  const metrics = createMetrics(src, opts.defaultMetrics);
  const admin = new AdminCommands(src, opts, logger);
  const limiter = new ActionLimiter(opts.adminRateLimit.points, opts.adminRateLimit.durationMs);
  let disposed = false;
  // Refused admin attempts come from anyone who can reach the server: a bounded number of
  // lines per window, the rest counted and reported at the first refusal of a later window.
  const deniedLog = new LogBudget(DENIED_LOG_MAX, DENIED_LOG_WINDOW_MS);
  function logDenied(fields: Record<string, unknown>): void {
    const { suppressedBefore, log, last } = deniedLog.take(performance.now());
    if (suppressedBefore > 0)
      logger.warn(
        {
          event: 'leakguard.admin.denied.suppressed',
          count: suppressedBefore,
          windowMs: DENIED_LOG_WINDOW_MS,
        },
        `${suppressedBefore} more admin actions refused, not logged`,
      );
    if (!log) return;
    logger.warn(fields, 'admin action refused');
    if (last)
      logger.warn(
        {
          event: 'leakguard.admin.denied.suppressing',
          max: DENIED_LOG_MAX,
          windowMs: DENIED_LOG_WINDOW_MS,
        },
        `${DENIED_LOG_MAX} admin actions refused within ${DENIED_LOG_WINDOW_MS / 1000} s: the rest of this window is counted, not logged`,
      );
  }

  const addressOf = options.clientAddress;
  /** The audit log's `ip`: what `options.clientAddress` says, else the socket's address. */
  function clientAddress(req: IncomingMessage): string | undefined {
    const given = addressOf?.(req);
    return typeof given === 'string' && given !== '' ? given : req.socket.remoteAddress;
  }

  function route(path: string): Route | null {
    if (opts.metricsPath !== null && path === opts.metricsPath) return { kind: 'metrics' };
    if (path === opts.prefix) return opts.dashboard ? { kind: 'redirect' } : null;
    if (!path.startsWith(opts.prefix + '/')) return null;
    const rest = path.slice(opts.prefix.length);
    const read = READS[rest];
    if (read !== undefined) return read;
    if (rest === '/memory/cleanup') return { kind: 'admin', action: 'cleanup' };
    if (rest === '/auth') return { kind: 'whoami' };
    if (rest.startsWith('/admin/')) {
      const action = rest.slice(7) as AdminAction;
      if ((ADMIN_ACTIONS as readonly string[]).includes(action)) return { kind: 'admin', action };
    }
    // the dashboard's files; an unknown path gets null from dashboardResponse, hence 404
    return { kind: 'dashboard', asset: rest };
  }

  function authorize(req: IncomingMessage, need: Role): Identity {
    return allowedOrThrow(tokens.check(req, need), need);
  }

  function allowedOrThrow(r: AuthResult, need: Role): Identity {
    if (r.ok) return r.who;
    if (r.status === 401)
      throw new HttpError(
        401,
        'LEAKGUARD_HTTP_UNAUTHORIZED',
        r.error === 'missing' ? 'A bearer token is required' : 'The bearer token is not valid',
        { 'www-authenticate': challenge(opts.realm, r.error) },
      );
    throw new HttpError(403, 'LEAKGUARD_HTTP_FORBIDDEN', `This needs the \`${need}\` role`, {
      'www-authenticate': challenge(opts.realm, 'insufficient'),
    });
  }

  async function answer(req: IncomingMessage, res: ServerResponse, r: Route, url: URL) {
    // HEAD is GET without a body (Node's ServerResponse drops the body, keeps the headers).
    const method = req.method === 'HEAD' ? 'GET' : (req.method ?? 'GET');
    if (r.kind === 'redirect') {
      // relative, so it works wherever a framework mounted us
      if (method !== 'GET') throw notAllowed('GET, HEAD');
      const last = opts.prefix.slice(opts.prefix.lastIndexOf('/') + 1);
      return send(res, 308, '', 'text/plain; charset=utf-8', { location: `${last}/${url.search}` });
    }
    if (r.kind === 'dashboard') {
      if (method !== 'GET') throw notAllowed('GET, HEAD');
      const d = dashboardResponse(r.asset, opts);
      if (d === null) throw notFound();
      return send(res, 200, d.body, d.type, d.headers);
    }
    if (r.kind === 'whoami') {
      // Never 401: the dashboard asks here whether it needs a token before any other request.
      if (method !== 'GET') throw notAllowed('GET, HEAD');
      const a = tokens.check(req, 'read');
      const role = a.ok ? a.who.role : null;
      return sendJson(res, 200, {
        public_reads: opts.publicReads,
        authenticated: role !== null,
        role,
      });
    }
    if (r.kind === 'admin') {
      if (method !== 'POST') throw notAllowed('POST');
      return runAdmin(req, res, r.action);
    }
    if (method !== 'GET') throw notAllowed('GET, HEAD');
    const who = authorize(req, 'read');
    if (disposed) throw unavailable();
    if (r.kind === 'metrics') {
      const text = await metrics.render();
      return send(res, 200, text, metrics.contentType);
    }
    const isAdmin = who.role === 'admin';
    switch (r.name) {
      case 'memory':
        return sendJson(res, 200, memoryView(src, isAdmin));
      case 'alerts': {
        const alerts = publicAlerts(src.monitor.alerts());
        return sendJson(res, 200, {
          alerts,
          alert_count: alerts.length,
          timestamp: new Date().toISOString(),
        });
      }
      case 'history':
        return sendJson(res, 200, historyView(src.monitor, sinceParam(url)));
      case 'connections': {
        const q = connectionQuery(url);
        if (q.owner !== undefined && !isAdmin)
          throw new HttpError(
            403,
            'LEAKGUARD_HTTP_FORBIDDEN',
            'Filtering by owner needs the `admin` role',
            {
              'www-authenticate': challenge(opts.realm, 'insufficient'),
            },
          );
        return sendJson(res, 200, connectionsView(src.manager, q, isAdmin));
      }
      case 'pools': {
        const list = pools === undefined ? [] : safeList(pools);
        return sendJson(res, 200, {
          pools: list,
          count: list.length,
          timestamp: new Date().toISOString(),
        });
      }
      case 'sessions': {
        // the SessionManager's counters and, with a shared store, the fleet state (connected /
        // degraded, commands sent/failed/refused) and fleet-wide presence; `?player=` (admin:
        // it names a player) says which node holds one. `sessions: null` when none is attached.
        const player = url.searchParams.get('player');
        if (player !== null && !isAdmin)
          throw new HttpError(
            403,
            'LEAKGUARD_HTTP_FORBIDDEN',
            'Looking up a player needs the `admin` role',
            {
              'www-authenticate': challenge(opts.realm, 'insufficient'),
            },
          );
        const s = src.sessions;
        const ss = sessionStats(s);
        // a store that is down answers within its own command timeout: shown, never a 500.
        // Its class and code only: the message may name the store's address or a server path
        // (readers may be anonymous), so it goes to the log.
        const failed = (source: 'presence' | 'locate') => (e: unknown) => {
          logger.warn(
            {
              event: 'leakguard.http.source_error',
              source,
              path: url.pathname,
              err: e instanceof Error ? e.message : String(e),
            },
            `sessions: ${source}() failed`,
          );
          return errorSummary(e);
        };
        const presence =
          s?.presence === undefined ? null : await s.presence().catch(failed('presence'));
        const located =
          player === null || s?.locate === undefined
            ? undefined
            : { player, ...(await s.locate(player).catch(failed('locate'))) };
        return sendJson(res, 200, {
          sessions: ss === null ? null : sessionSummary(ss),
          presence,
          ...(located === undefined ? {} : { located }),
          timestamp: new Date().toISOString(),
        });
      }
      case 'leaks':
        return sendJson(res, 200, leaksView(src, isAdmin));
    }
  }

  async function runAdmin(req: IncomingMessage, res: ServerResponse, action: AdminAction) {
    const at = new Date().toISOString();
    const ip = clientAddress(req);
    const checked = tokens.check(req, 'admin');
    if (!checked.ok)
      // who was refused: a token's configured name and role (a read token on an admin action),
      // or `anonymous` for a missing or unknown token. Never the token itself.
      logDenied({
        event: 'leakguard.admin.denied',
        who: checked.who.name,
        role: checked.who.role,
        reason: checked.error,
        action,
        ip,
        at,
      });
    const who = allowedOrThrow(checked, 'admin');
    if (disposed) throw unavailable();
    const wait = limiter.take(who.name);
    if (wait > 0) {
      logger.warn(
        { event: 'leakguard.admin.limited', who: who.name, action, ip, at },
        'admin action rate-limited',
      );
      const s = String(Math.ceil(wait / 1000));
      throw new HttpError(
        429,
        'LEAKGUARD_HTTP_RATE_LIMITED',
        `Too many admin actions; try again in ${s} s`,
        {
          'retry-after': s,
        },
      );
    }
    // From here on every outcome is audited with its status: a body refused (400/413/415) too,
    // as it was let in and took a point from the token's bucket.
    const t0 = performance.now();
    let status = 200;
    let body: unknown;
    try {
      body = await readJsonBody(req, opts.maxBodyBytes);
      if (body === null || typeof body !== 'object' || Array.isArray(body))
        throw new HttpError(
          400,
          'LEAKGUARD_HTTP_BAD_REQUEST',
          'Expected the body to be a JSON object',
        );
      const result = await admin.run(action, body as Record<string, unknown>);
      // every admin answer, whichever action built it: paths as relative as the reads show them
      sendJson(res, 200, { action, by: who.name, at, ...result }, undefined, scrubJson);
    } catch (e) {
      status = e instanceof HttpError ? e.status : 500;
      throw e;
    } finally {
      const owner =
        action === 'dispose-owner' && typeof body === 'object' && body !== null
          ? { owner: (body as { owner?: unknown }).owner }
          : {};
      logger.info(
        {
          event: 'leakguard.admin',
          who: who.name,
          action,
          ip,
          at,
          status,
          durationMs: Math.round((performance.now() - t0) * 1000) / 1000,
          ...owner,
        },
        `admin ${action}`,
      );
    }
  }

  const handler = ((req: IncomingMessage, res: ServerResponse, next?: (err?: unknown) => void) => {
    const target = req.url ?? '/';
    let url: URL;
    try {
      url = new URL(target, 'http://localhost');
    } catch {
      if (next) next();
      return false;
    }
    // Route on the path as sent, never on the one URL resolution makes of it: Node, Express
    // and proxies match the raw path, so `/app/../monitoring/…`, `/x/%2e%2e/…`, `/x/..\…` or
    // `//host/monitoring/…` (each resolved by URL to `/monitoring/…`) would otherwise reach
    // us past a rule that keeps `/monitoring` private. Such a path is not ours.
    const r = url.pathname === rawPath(target) ? route(url.pathname) : null;
    if (r === null) {
      if (next) next();
      return false;
    }
    answer(req, res, r, url).catch((e: unknown) => {
      if (e instanceof HttpError) return sendError(res, e);
      logger.error(
        {
          event: 'leakguard.http.error',
          path: url.pathname,
          err: e instanceof Error ? e.message : String(e),
        },
        'monitoring endpoint failed',
      );
      sendError(res, new HttpError(500, 'LEAKGUARD_HTTP_INTERNAL', 'Internal error'));
    });
    return true;
  }) as MonitoringHandler;
  Object.defineProperty(handler, 'prefix', { value: opts.prefix, enumerable: true });
  handler.metrics = () => metrics.render();
  handler.dispose = () => {
    if (disposed) return;
    disposed = true;
    metrics.clear();
  };
  return handler;
}

/**
 * The path of a request target as sent, up to `?` or `#`: origin-form (`/a/b?q`) as it is,
 * absolute-form (`http://host/a/b?q`, RFC 9112 §3.2.2) without its scheme and authority.
 */
function rawPath(target: string): string {
  const m = /^(?:[a-z][a-z\d+.-]*:\/\/[^/?#]*)?([^?#]*)/i.exec(target);
  return m?.[1] ?? '';
}

function notAllowed(allow: string): HttpError {
  return new HttpError(405, 'LEAKGUARD_HTTP_METHOD_NOT_ALLOWED', `Use ${allow} for this path`, {
    allow,
  });
}
function notFound(): HttpError {
  return new HttpError(404, 'LEAKGUARD_HTTP_NOT_FOUND', 'No such monitoring endpoint');
}
function unavailable(): HttpError {
  return new HttpError(503, 'LEAKGUARD_HTTP_UNAVAILABLE', 'The monitoring handler was disposed');
}

function badQuery(name: string, expected: string): HttpError {
  return new HttpError(
    400,
    'LEAKGUARD_HTTP_BAD_REQUEST',
    `Expected query \`${name}\` to be ${expected}`,
  );
}

function sinceParam(url: URL): number | undefined {
  const v = url.searchParams.get('since');
  if (v === null || v === '') return undefined;
  const n = /^\d+(?:\.\d+)?$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n)) throw badQuery('since', 'epoch milliseconds or an ISO date');
  return n;
}

function intParam(url: URL, name: string, dflt: number, min: number, max: number): number {
  const v = url.searchParams.get(name);
  if (v === null || v === '') return dflt;
  if (!/^\d+$/.test(v) || Number(v) < min || Number(v) > max)
    throw badQuery(name, `an integer from ${min} to ${max}`);
  return Number(v);
}

function strParam(url: URL, name: string): string | undefined {
  const v = url.searchParams.get(name);
  if (v === null || v === '') return undefined;
  if (v.length > 256) throw badQuery(name, 'at most 256 characters');
  return v;
}

function connectionQuery(url: URL): ConnectionQuery {
  const q: ConnectionQuery = {
    offset: intParam(url, 'offset', 0, 0, 1e9),
    limit: intParam(url, 'limit', 50, 1, 500),
    sites: intParam(url, 'sites', 10, 0, 100),
  };
  for (const k of ['owner', 'service', 'tag', 'kind'] as const) {
    const v = strParam(url, k);
    if (v !== undefined) q[k] = v;
  }
  return q;
}
