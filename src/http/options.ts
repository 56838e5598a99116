/**
 * Options of `createMonitoringHandler`, validated once with exact messages. The session manager
 * and the pool registry are read through the monitor's structural types (monitor/external.ts):
 * this layer depends only on the methods it calls, so a test double or another implementation
 * (an older SessionManager, a custom pool registry) fits.
 */
import {
  checkKnownKeys,
  checkNumber,
  invalidArgument,
  optionError,
  unknownOptionError,
} from '../internal/options.js';
import type { IncomingMessage } from 'node:http';
import type { ConnectionManager } from '../core/index.js';
import type { MemoryMonitor, PoolListSource, SessionStatsSource } from '../monitor/index.js';
import type { RuntimeLeakReport } from '../detect/index.js';

export type Role = 'read' | 'admin';

/** One bearer token. The token itself is never logged; `name` is what the audit log shows. */
export interface TokenEntry {
  /** The secret (at least 16 characters). Compared in constant time through its SHA-256. */
  token: string;
  /** `admin` can do everything `read` can. */
  role: Role;
  /**
   * Who holds it, for the audit log.
   * @default 'token#<index>'
   */
  name?: string;
}

export interface AuthOptions {
  /**
   * The accepted tokens (required). Each token once, whatever its role; empty only with
   * `publicReads: true` (otherwise no request could ever be answered).
   */
  tokens: readonly TokenEntry[];
  /**
   * Reads (GET endpoints, /metrics) need no token. Admin actions always do.
   * @default false
   */
  publicReads?: boolean;
  /**
   * Realm in `WWW-Authenticate`.
   * @default 'leakguard'
   */
  realm?: string;
}

/** A pino-compatible logger: `info(obj, msg)`, `warn(obj, msg)`, `error(obj, msg)`. */
export interface Logger {
  info(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  error(obj: object, msg?: string): void;
}

export interface RateLimit {
  /** Actions allowed per window. */
  points: number;
  /** Window length (ms). */
  durationMs: number;
}

export interface MonitoringHandlerOptions {
  /** The MemoryMonitor to show (required). */
  monitor: MemoryMonitor;
  /** The ConnectionManager to show (required). */
  manager: ConnectionManager;
  /** A SessionManager (or anything with `stats()`); omitted = no session figures. */
  sessions?: SessionStatsSource;
  /**
   * A pool registry (anything with `list()`); `false` = no pools.
   * @default getPoolRegistry() // the process-wide registry
   */
  pools?: PoolListSource | false;
  /** Bearer tokens and read policy (required: secure by default). */
  auth: AuthOptions;
  /**
   * Path prefix of the endpoints and the dashboard.
   * @default '/monitoring'
   */
  prefix?: string;
  /**
   * Path of the Prometheus endpoint, outside the prefix; `false` = none.
   * @default '/metrics'
   */
  metricsPath?: string | false;
  /**
   * Include prom-client's default process/Node metrics in /metrics.
   * @default true
   */
  defaultMetrics?: boolean;
  /**
   * Audit and error log.
   * @default undefined // one JSON line per event on stderr
   */
  logger?: Logger;
  /**
   * Largest request body (bytes).
   * @default 16384
   */
  maxBodyBytes?: number;
  /**
   * Admin actions per token per window.
   * @default { points: 10, durationMs: 60000 }
   */
  adminRateLimit?: RateLimit;
  /** `POST …/admin/heap-snapshot`: off unless `enabled` (a snapshot holds every secret). */
  heapSnapshots?: {
    /**
     * Turns the endpoint on.
     * @default false
     */
    enabled?: boolean;
    /**
     * Directory the snapshots are written to.
     * @default undefined // the monitor's heapSnapshots.dir
     */
    dir?: string;
    /**
     * Least time between snapshots through the API (ms).
     * @default 600000
     */
    cooldownMs?: number;
  };
  /**
   * Serve the dashboard at `{prefix}/`.
   * @default true
   */
  dashboard?: boolean;
  /**
   * Dashboard refresh period (ms).
   * @default 2000
   */
  refreshMs?: number;
  /**
   * The runtime finder's report, shown by `GET …/leaks`; `false` = none.
   * @default runtimeLeakReport // of leakguard/detect
   */
  leakReport?: (() => RuntimeLeakReport) | false;
  /**
   * The client address the audit log records (`ip`) for an admin request. leakguard never reads
   * `x-forwarded-for` by itself: behind a proxy, return the address it forwards, and only once
   * the request is known to come from that proxy (anyone can send the header). `undefined` or
   * `''` = the socket's address.
   * @default (req) => req.socket.remoteAddress
   */
  clientAddress?: (req: IncomingMessage) => string | undefined;
}

export interface ResolvedOptions {
  prefix: string;
  metricsPath: string | null;
  defaultMetrics: boolean;
  maxBodyBytes: number;
  adminRateLimit: RateLimit;
  heapSnapshots: { enabled: boolean; dir: string | undefined; cooldownMs: number };
  dashboard: boolean;
  refreshMs: number;
  publicReads: boolean;
  realm: string;
}

/**
 * Every key of the options object: anything else is misspelt. Exported for the fastify plugin,
 * which checks them together with fastify's own registration keys.
 */
export const KEYS: readonly (keyof MonitoringHandlerOptions)[] = [
  'monitor',
  'manager',
  'sessions',
  'pools',
  'auth',
  'prefix',
  'metricsPath',
  'defaultMetrics',
  'logger',
  'maxBodyBytes',
  'adminRateLimit',
  'heapSnapshots',
  'dashboard',
  'refreshMs',
  'leakReport',
  'clientAddress',
];
const AUTH_KEYS: readonly (keyof AuthOptions)[] = ['tokens', 'publicReads', 'realm'];
const TOKEN_KEYS: readonly (keyof TokenEntry)[] = ['token', 'role', 'name'];
const RATE_LIMIT_KEYS: readonly (keyof RateLimit)[] = ['points', 'durationMs'];
const HEAP_SNAPSHOT_KEYS: readonly string[] = ['enabled', 'dir', 'cooldownMs'];

/**
 * checkKnownKeys for the objects where tokens are written (`auth`, its entries): an unknown key
 * as long as a token (`{ [process.env.TOKEN]: 'admin' }`) may be one, so it is not shown.
 */
function checkKnownKeysNoSecret(o: object, known: readonly string[], path: string): void {
  for (const key of Object.keys(o)) {
    if (known.includes(key)) continue;
    if (key.length >= 16)
      throw invalidArgument(
        `Unknown option in \`${path}\`: a key of ${key.length} characters (not shown: it may be a token); the options are ${known.map((k) => `\`${k}\``).join(', ')}`,
      );
    throw unknownOptionError(path, key, known);
  }
}

const PATH = /^\/[A-Za-z0-9._~\-/]*$/;

function checkPath(name: string, v: unknown, allowRoot: boolean): string {
  if (typeof v !== 'string' || !PATH.test(v) || v.includes('//') || (!allowRoot && v === '/'))
    throw optionError(name, 'a path like `/monitoring` (no trailing slash)', v);
  // no request path is matched with a `.` or `..` segment: handler.ts routes on the path as
  // sent, and only one URL resolution leaves as it is
  if (/(?:^|\/)\.{1,2}(?:\/|$)/.test(v))
    throw optionError(name, 'a path without `.` or `..` segments', v);
  return v.length > 1 && v.endsWith('/') ? v.slice(0, -1) : v;
}

function requireMethods(name: string, v: unknown, methods: string[]): void {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function'))
    throw optionError(name, `an object with ${methods.map((m) => `${m}()`).join(', ')}`, v);
  for (const m of methods)
    if (typeof (v as Record<string, unknown>)[m] !== 'function')
      throw optionError(name, `an object with ${methods.map((x) => `${x}()`).join(', ')}`, v);
}

function checkRateLimit(name: string, v: unknown): RateLimit {
  if (v === null || typeof v !== 'object') throw optionError(name, 'an object', v);
  checkKnownKeys(v, RATE_LIMIT_KEYS, name);
  const r = v as Partial<RateLimit>;
  if (r.points === undefined) throw optionError(`${name}.points`, 'a positive integer', r.points);
  if (r.durationMs === undefined)
    throw optionError(`${name}.durationMs`, 'a number >= 1', r.durationMs);
  checkNumber(`${name}.points`, r.points, { min: 1, integer: true });
  checkNumber(`${name}.durationMs`, r.durationMs, { min: 1 });
  return { points: r.points as number, durationMs: r.durationMs as number };
}

/**
 * Validates the tokens; returns them with names filled in. Messages never echo a secret (an
 * unknown key is shown, a token value never). A list that cannot work is refused: an empty one
 * unless reads are public (the handler would refuse every request), and the same token twice
 * (one secret with two roles; whichever entry won, the other was a mistake).
 */
export function checkTokens(auth: unknown): Required<TokenEntry>[] {
  if (auth === null || typeof auth !== 'object')
    throw optionError('auth', 'an object `{ tokens, publicReads? }`', auth);
  checkKnownKeysNoSecret(auth, AUTH_KEYS, 'auth');
  const tokens = (auth as AuthOptions).tokens;
  if (!Array.isArray(tokens)) throw optionError('auth.tokens', 'an array', tokens);
  if (tokens.length === 0 && (auth as AuthOptions).publicReads !== true)
    throw invalidArgument(
      'Expected `auth.tokens` to list at least one token (with none, every request is refused; ' +
        '`auth.publicReads: true` opens reads without one), got an empty array',
    );
  const out: Required<TokenEntry>[] = [];
  const names = new Set<string>();
  const seen = new Map<string, number>();
  tokens.forEach((t: unknown, i) => {
    const at = `auth.tokens[${i}]`;
    if (t === null || typeof t !== 'object') throw optionError(at, 'an object', t);
    checkKnownKeysNoSecret(t, TOKEN_KEYS, at);
    const e = t as Partial<TokenEntry>;
    if (typeof e.token !== 'string' || e.token.length < 16) {
      const got =
        typeof e.token === 'string' ? `a string of ${e.token.length} characters` : typeof e.token;
      throw invalidArgument(
        `Expected \`${at}.token\` to be a string of at least 16 characters, got ${got}`,
      );
    }
    // what the Authorization header can carry after `Bearer ` (auth.ts): a token with anything
    // else (a secret file's trailing line break, a space) could never be presented
    if (!/^[\x21-\x7e]+$/.test(e.token))
      throw invalidArgument(
        `Expected \`${at}.token\` to be visible ASCII characters only (a bearer token cannot carry ` +
          `spaces, line breaks or other characters), got a string of ${e.token.length} characters ` +
          `with one that is not`,
      );
    const first = seen.get(e.token);
    if (first !== undefined)
      throw invalidArgument(
        `Expected \`${at}.token\` to be a token not listed before, got the same token as \`auth.tokens[${first}]\``,
      );
    seen.set(e.token, i);
    if (e.role !== 'read' && e.role !== 'admin')
      throw optionError(`${at}.role`, "`'read'` or `'admin'`", e.role);
    const name = e.name ?? `token#${i}`;
    if (typeof name !== 'string' || name === '')
      throw optionError(`${at}.name`, 'a non-empty string', e.name);
    if (names.has(name)) throw optionError(`${at}.name`, 'a unique name', name);
    names.add(name);
    out.push({ token: e.token, role: e.role, name });
  });
  return out;
}

export function resolveOptions(o: unknown): ResolvedOptions {
  if (o === null || typeof o !== 'object') throw optionError('options', 'an object', o);
  checkKnownKeys(o, KEYS);
  const opts = o as MonitoringHandlerOptions;
  requireMethods('monitor', opts.monitor, ['status', 'history', 'alerts', 'sample']);
  requireMethods('manager', opts.manager, ['stats', 'connections', 'topSites', 'leakSuspects']);
  if (opts.sessions !== undefined) requireMethods('sessions', opts.sessions, ['stats']);
  if (opts.pools !== undefined && opts.pools !== false)
    requireMethods('pools', opts.pools, ['list']);
  if (opts.logger !== undefined) requireMethods('logger', opts.logger, ['info', 'warn', 'error']);
  if (opts.leakReport !== undefined && opts.leakReport !== false)
    if (typeof opts.leakReport !== 'function')
      throw optionError('leakReport', 'a function or `false`', opts.leakReport);
  if (opts.clientAddress !== undefined && typeof opts.clientAddress !== 'function')
    throw optionError(
      'clientAddress',
      'a function `(req) => string | undefined`',
      opts.clientAddress,
    );
  checkTokens(opts.auth);
  const a = opts.auth;
  if (a.publicReads !== undefined && typeof a.publicReads !== 'boolean')
    throw optionError('auth.publicReads', 'a boolean', a.publicReads);
  if (
    a.realm !== undefined &&
    (typeof a.realm !== 'string' || !/^[\x20-\x7e]*$/.test(a.realm) || a.realm.includes('"'))
  )
    throw optionError('auth.realm', 'a printable ASCII string without quotes', a.realm);
  const prefix = checkPath('prefix', opts.prefix ?? '/monitoring', false);
  const mp = opts.metricsPath ?? '/metrics';
  const metricsPath = mp === false ? null : checkPath('metricsPath', mp, false);
  if (metricsPath !== null && (metricsPath === prefix || metricsPath.startsWith(prefix + '/')))
    throw optionError('metricsPath', `a path outside \`prefix\` (${prefix})`, mp);
  for (const k of ['defaultMetrics', 'dashboard'] as const)
    if (opts[k] !== undefined && typeof opts[k] !== 'boolean')
      throw optionError(k, 'a boolean', opts[k]);
  const maxBodyBytes = opts.maxBodyBytes ?? 16384;
  checkNumber('maxBodyBytes', maxBodyBytes, { min: 1, integer: true });
  const refreshMs = opts.refreshMs ?? 2000;
  checkNumber('refreshMs', refreshMs, { min: 250 });
  const adminRateLimit = checkRateLimit(
    'adminRateLimit',
    opts.adminRateLimit ?? { points: 10, durationMs: 60_000 },
  );
  const hs = opts.heapSnapshots ?? {};
  if (hs === null || typeof hs !== 'object') throw optionError('heapSnapshots', 'an object', hs);
  checkKnownKeys(hs, HEAP_SNAPSHOT_KEYS, 'heapSnapshots');
  if (hs.enabled !== undefined && typeof hs.enabled !== 'boolean')
    throw optionError('heapSnapshots.enabled', 'a boolean', hs.enabled);
  if (hs.dir !== undefined && (typeof hs.dir !== 'string' || hs.dir === ''))
    throw optionError('heapSnapshots.dir', 'a non-empty string', hs.dir);
  const cooldownMs = hs.cooldownMs ?? 600_000;
  checkNumber('heapSnapshots.cooldownMs', cooldownMs, { min: 0 });
  return {
    prefix,
    metricsPath,
    defaultMetrics: opts.defaultMetrics ?? true,
    maxBodyBytes,
    adminRateLimit,
    heapSnapshots: { enabled: hs.enabled ?? false, dir: hs.dir, cooldownMs },
    dashboard: opts.dashboard ?? true,
    refreshMs,
    publicReads: a.publicReads ?? false,
    realm: a.realm ?? 'leakguard',
  };
}
