/**
 * SessionManager options: the public shape (every default and unit documented here) and the
 * one-time validation done in the constructor. Nothing else in the layer re-checks options.
 * Unknown keys are errors at every level (`outbox.ttl` → did you mean `outbox.ttlMs`?).
 */
import type { IncomingMessage } from 'node:http';
import type { ConnectionManager } from '../core/index.js';
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';
import type { SessionStore } from './store.js';

/** What a player id may be (the owner of the session's scope). */
export type PlayerId = string | number;

export interface OutboxOptions {
  /**
   * Messages kept per away player; the oldest is dropped beyond it.
   * @default 1000
   */
  maxMessages?: number;
  /**
   * Bytes kept per away player; the oldest are dropped beyond it.
   * @default 1048576 // 1 MiB
   */
  maxBytes?: number;
  /**
   * How long a queued message stays deliverable, in milliseconds.
   * @default 3600000 // 1 h
   */
  ttlMs?: number;
}

/**
 * A token bucket: `points` actions per `durationMs`, refilled continuously. `false` = off. A key
 * left out takes the rule's default (`{ notify: true }` keeps the default message rate).
 */
export interface RateLimitRule {
  /** Actions allowed per window (also the burst size). The default depends on the rule. */
  points?: number;
  /** Window length in milliseconds. The default depends on the rule. */
  durationMs?: number;
}

/**
 * The per-player message limit, and what the client is told when it passes it. A rate-limit
 * **window** starts at the first dropped message and lasts `durationMs`; the next window is "in a
 * row" when its first drop comes less than `durationMs` after the previous window ended.
 */
export interface MessageRateLimitRule extends RateLimitRule {
  /**
   * At the first dropped message of each window, send the client one text frame
   * `{"error":"rate-limited","retryAfterMs":<ms until a message is accepted again>,"points":<points>,"durationMs":<durationMs>}`
   * (once per window, so a flood is not echoed back message for message). Off by default: the
   * app decides, through the `rateLimited` signal.
   * @default false
   */
  notify?: boolean;
  /**
   * Close the connection with **4004** (`rate limited`) at the first dropped message of the N-th
   * window over the limit in a row; the session goes away like after any lost connection (and keeps
   * its bucket: reconnecting does not refill it). `0` never closes.
   * @default 0
   */
  closeAfterWindows?: number;
}

export interface RateLimitOptions {
  /**
   * Connection attempts (WebSocket upgrades and SSE requests) per client key (IP). Over it the
   * attempt gets 429.
   * @default { points: 30, durationMs: 10000 }
   */
  connections?: RateLimitRule | false;
  /**
   * Messages from one player. Over it the message is not delivered to the app, is counted in
   * `stats().rateLimited.messages` and announced on `rateLimited`; `notify` and `closeAfterWindows`
   * tell the client.
   * @default { points: 100, durationMs: 1000 }
   */
  messages?: MessageRateLimitRule | false;
  /**
   * Client keys tracked at most for `connections` (least recently seen evicted first), so a flood
   * of distinct IPs cannot grow memory without bound.
   * @default 10000
   */
  maxKeys?: number;
  /**
   * The client key of a request. Without it the key is the peer's address, read as the attempt
   * arrives; an attempt with no address is never put in a bucket shared with others: a TCP peer
   * whose address is gone has reset (the attempt is refused before the limit and
   * `authenticate`), and behind a Unix socket no client has one (attempts are then not limited
   * per client: give `keyOf` the proxy's header).
   * @default the peer's address (`req.socket.remoteAddress`)
   */
  keyOf?: (req: IncomingMessage) => string;
}

export interface SessionManagerOptions {
  /** The registry every session scope comes from (owner = player id). Required. */
  manager: ConnectionManager;
  /**
   * Heartbeat period in milliseconds: each period every WebSocket is pinged and every SSE stream
   * gets a comment line; a WebSocket that did not answer the previous ping, or an SSE stream that
   * could not flush the previous one, is terminated. A dead WebSocket peer is found within two
   * periods (an SSE one that vanished from an idle stream: see `sseKeepAliveMs`).
   * @default 30000
   */
  heartbeatMs?: number;
  /**
   * TCP keep-alive on each SSE stream's socket: how long the connection may be quiet before the
   * kernel probes the peer, in milliseconds (TCP counts whole seconds: rounded down). Node's
   * libuv then has it probe every second, 10 times. The heartbeat cannot find a peer that vanished (no FIN,
   * no RST) from an idle stream — the kernel takes each small ping into its send buffer — but a
   * probe that goes unanswered does: found about `sseKeepAliveMs` + 10 s after the last packet
   * it sent, when no ping or message is written meanwhile, so with `sseKeepAliveMs` + 10 s <
   * `heartbeatMs` (see docs/realtime.md, Server-Sent Events). `0` leaves the socket's setting
   * as it is. WebSocket sockets are not touched: a missing pong ends them.
   * @default 15000 // 15 s
   */
  sseKeepAliveMs?: number;
  /**
   * Largest incoming WebSocket message in bytes; a bigger frame closes with 1009.
   * @default 65536
   */
  maxPayloadBytes?: number;
  /**
   * Bytes allowed to wait in a socket's send buffer (beyond the kernel's). Past it, `backpressure`
   * decides.
   * @default 1048576 // 1 MiB
   */
  maxBufferedBytes?: number;
  /**
   * What happens to a message that would pass `maxBufferedBytes`: `'drop'` drops it (counted as
   * `backpressure`); `'close'` terminates the slow connection, the session goes away and the
   * message waits in the outbox for the reconnect.
   * @default 'drop'
   */
  backpressure?: 'drop' | 'close';
  /**
   * How long an away session (its connection lost) is kept with its scope and outbox, in
   * milliseconds. `0` ends a session as soon as its connection closes.
   * @default 120000
   */
  reconnectWindowMs?: number;
  /**
   * Optional hard cap on a connection's age in milliseconds (closed with 4002, the session goes
   * away and may reconnect). Liveness is the heartbeat's job; `0` = no cap.
   * @default 0
   */
  maxAgeMs?: number;
  /** Bounds of the per-player queue kept while the player is away. */
  outbox?: OutboxOptions;
  /** Rate limits; `false` turns them all off. */
  rateLimit?: RateLimitOptions | false;
  /**
   * Who is connecting: returns the player id, or `null`/`undefined` to answer 401 before the
   * upgrade. May be async; a throw also answers 401. Without it every connection gets a fresh
   * anonymous id (no reconnect possible).
   * @default undefined // a fresh anonymous id per connection
   */
  authenticate?: (
    req: IncomingMessage,
  ) => PlayerId | null | undefined | Promise<PlayerId | null | undefined>;
  /**
   * How long an async `authenticate` may take (ms). Past it the attempt is answered 503 with
   * `Retry-After` (counted in `stats().authTimeouts`) and its socket is let go; what the
   * promise gives later is ignored. Without it a hung authentication backend would keep every
   * connection attempt's socket open for good. `Infinity`: wait as long as it takes.
   * @default 10000 // 10 s
   */
  authenticateTimeoutMs?: number;
  /**
   * Turns an incoming WebSocket message into what `received` listeners get. A throw counts
   * the message as malformed.
   * @default (data, isBinary) => (isBinary ? data : JSON.parse(data.toString()))
   */
  parse?: (data: Buffer, isBinary: boolean) => unknown;
  /**
   * Service name on every session scope (`manager.disposeService(name)`).
   * @default 'realtime'
   */
  service?: string;
  /**
   * A MemoryMonitor (leakguard/monitor) or anything with `addCleaner(name, fn)`: `sweep()` is
   * registered as its cleaner `realtime:<service>` and removed by `close()`. Omitted: no
   * cleaner.
   */
  monitor?: CleanerHost;
  /**
   * Where sessions live beyond this process. Omitted: in memory, in this manager (one process;
   * nothing shared). `createRedisSessionStore()` from `leakguard/fleet` shares sessions across
   * nodes: resume on any node, one session per player fleet-wide, kick anywhere, presence
   * (docs/fleet.md). One store per manager; `close()` closes it.
   * @default undefined // in memory
   */
  store?: SessionStore;
}

/** What the `monitor` option needs: MemoryMonitor's `addCleaner`. */
export interface CleanerHost {
  addCleaner(name: string, fn: () => unknown): unknown;
}

/** @internal */
export interface Rule {
  points: number;
  ratePerMs: number;
  durationMs: number;
}

/** @internal Options after validation, with every default filled in. */
export interface Resolved {
  manager: ConnectionManager;
  heartbeatMs: number;
  sseKeepAliveMs: number;
  maxPayloadBytes: number;
  maxBufferedBytes: number;
  backpressure: 'drop' | 'close';
  reconnectWindowMs: number;
  maxAgeMs: number;
  outboxMaxMessages: number;
  outboxMaxBytes: number;
  outboxTtlMs: number;
  connRule: Rule | null;
  msgRule: Rule | null;
  /** `rateLimit.messages.notify` */
  msgNotify: boolean;
  /** `rateLimit.messages.closeAfterWindows` (0 = never) */
  msgCloseAfter: number;
  maxKeys: number;
  /** null: the peer's address (`peerAddress`) */
  keyOf: ((req: IncomingMessage) => string) | null;
  authenticate: SessionManagerOptions['authenticate'];
  authenticateTimeoutMs: number;
  parse: (data: Buffer, isBinary: boolean) => unknown;
  service: string;
  monitor: CleanerHost | undefined;
  store: SessionStore | null;
}

const OPTION_KEYS: readonly (keyof SessionManagerOptions)[] = [
  'manager',
  'heartbeatMs',
  'sseKeepAliveMs',
  'maxPayloadBytes',
  'maxBufferedBytes',
  'backpressure',
  'reconnectWindowMs',
  'maxAgeMs',
  'outbox',
  'rateLimit',
  'authenticate',
  'authenticateTimeoutMs',
  'parse',
  'service',
  'monitor',
  'store',
];
const OUTBOX_KEYS: readonly (keyof OutboxOptions)[] = ['maxMessages', 'maxBytes', 'ttlMs'];
const RATE_LIMIT_KEYS: readonly (keyof RateLimitOptions)[] = [
  'connections',
  'messages',
  'maxKeys',
  'keyOf',
];
const RULE_KEYS: readonly (keyof RateLimitRule)[] = ['points', 'durationMs'];
const MESSAGE_RULE_KEYS: readonly (keyof MessageRateLimitRule)[] = [
  ...RULE_KEYS,
  'notify',
  'closeAfterWindows',
];

function isObject(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

function rule(
  name: string,
  value: unknown,
  fallback: RateLimitRule,
  known: readonly string[],
): Rule | null {
  if (value === false) return null;
  const r = value === undefined ? fallback : value;
  if (!isObject(r)) throw optionError(name, 'an object { points, durationMs } or false', r);
  checkKnownKeys(r, known, name);
  const rr = r as Record<string, unknown>;
  checkNumber(`${name}.points`, rr.points, { min: 1, integer: true });
  checkNumber(`${name}.durationMs`, rr.durationMs, { min: 1 });
  // A key left out takes the default's: `{ notify: true }` alone is a complete rule.
  const points = (rr.points as number | undefined) ?? (fallback.points as number);
  const durationMs = (rr.durationMs as number | undefined) ?? (fallback.durationMs as number);
  return { points, durationMs, ratePerMs: points / durationMs };
}

function defaultParse(data: Buffer, isBinary: boolean): unknown {
  return isBinary ? data : JSON.parse(data.toString('utf8'));
}

/** @internal Validates once, with the exact messages of the project's option errors. */
export function resolveOptions(options: SessionManagerOptions): Resolved {
  if (!isObject(options)) throw optionError('options', 'an object', options);
  checkKnownKeys(options, OPTION_KEYS);
  const o = options as SessionManagerOptions;
  const m = o.manager as unknown;
  if (
    !isObject(m) ||
    typeof (m as { scope?: unknown }).scope !== 'function' ||
    typeof (m as { stats?: unknown }).stats !== 'function'
  )
    throw optionError('manager', 'a ConnectionManager', m);
  const {
    heartbeatMs = 30_000,
    sseKeepAliveMs = 15_000,
    maxPayloadBytes = 65_536,
    maxBufferedBytes = 1_048_576,
    backpressure = 'drop',
    reconnectWindowMs = 120_000,
    authenticateTimeoutMs = 10_000,
    maxAgeMs = 0,
    outbox = {},
    rateLimit = {},
    authenticate,
    parse = defaultParse,
    service = 'realtime',
    monitor,
    store,
  } = o;
  checkTimerMs('heartbeatMs', heartbeatMs, { min: 1 });
  // Node hands TCP whole seconds (a delay under 1000 ms became 0: the system's 2 h default),
  // and Linux takes at most 32767 of them.
  if (
    typeof sseKeepAliveMs !== 'number' ||
    !(sseKeepAliveMs === 0 || (sseKeepAliveMs >= 1000 && sseKeepAliveMs <= 32_767_000))
  )
    throw optionError(
      'sseKeepAliveMs',
      '0 (off) or a number from 1000 to 32767000 (TCP counts whole seconds, at most 32767)',
      sseKeepAliveMs,
    );
  checkNumber('maxPayloadBytes', maxPayloadBytes, { min: 1, integer: true });
  checkNumber('maxBufferedBytes', maxBufferedBytes, { min: 1, integer: true });
  if (backpressure !== 'drop' && backpressure !== 'close')
    throw optionError('backpressure', "'drop' or 'close'", backpressure);
  checkTimerMs('reconnectWindowMs', reconnectWindowMs);
  checkNumber('maxAgeMs', maxAgeMs);
  if (!isObject(outbox)) throw optionError('outbox', 'an object', outbox);
  checkKnownKeys(outbox, OUTBOX_KEYS, 'outbox');
  const { maxMessages = 1000, maxBytes = 1_048_576, ttlMs = 3_600_000 } = outbox;
  checkNumber('outbox.maxMessages', maxMessages, { min: 1, integer: true });
  checkNumber('outbox.maxBytes', maxBytes, { min: 1, integer: true });
  checkNumber('outbox.ttlMs', ttlMs, { min: 1 });
  if (rateLimit !== false && !isObject(rateLimit))
    throw optionError('rateLimit', 'an object or false', rateLimit);
  checkKnownKeys(rateLimit, RATE_LIMIT_KEYS, 'rateLimit');
  const rl: RateLimitOptions =
    rateLimit === false ? { connections: false, messages: false } : rateLimit;
  const connRule = rule(
    'rateLimit.connections',
    rl.connections,
    { points: 30, durationMs: 10_000 },
    RULE_KEYS,
  );
  const msgRule = rule(
    'rateLimit.messages',
    rl.messages,
    { points: 100, durationMs: 1000 },
    MESSAGE_RULE_KEYS,
  );
  const { notify = false, closeAfterWindows = 0 } =
    rl.messages === false || rl.messages === undefined ? {} : rl.messages;
  if (typeof notify !== 'boolean')
    throw optionError('rateLimit.messages.notify', 'a boolean', notify);
  checkNumber('rateLimit.messages.closeAfterWindows', closeAfterWindows, { integer: true });
  const { maxKeys = 10_000, keyOf } = rl;
  checkNumber('rateLimit.maxKeys', maxKeys, { min: 1, integer: true });
  if (keyOf !== undefined && typeof keyOf !== 'function')
    throw optionError('rateLimit.keyOf', 'a function', keyOf);
  if (authenticate !== undefined && typeof authenticate !== 'function')
    throw optionError('authenticate', 'a function', authenticate);
  checkTimerMs('authenticateTimeoutMs', authenticateTimeoutMs, { min: 1, allowInfinity: true });
  if (typeof parse !== 'function') throw optionError('parse', 'a function', parse);
  if (typeof service !== 'string' || service === '')
    throw optionError('service', 'a non-empty string', service);
  if (
    monitor !== undefined &&
    (!isObject(monitor) || typeof (monitor as CleanerHost).addCleaner !== 'function')
  )
    throw optionError('monitor', 'a MemoryMonitor (an object with addCleaner)', monitor);
  if (
    store !== undefined &&
    (!isObject(store) ||
      typeof (store as SessionStore).open !== 'function' ||
      typeof (store as SessionStore).claim !== 'function')
  )
    throw optionError('store', 'a SessionStore (e.g. createRedisSessionStore())', store);
  return {
    monitor,
    store: store ?? null,
    manager: m as ConnectionManager,
    heartbeatMs,
    sseKeepAliveMs,
    maxPayloadBytes,
    maxBufferedBytes,
    backpressure,
    reconnectWindowMs,
    maxAgeMs,
    outboxMaxMessages: maxMessages,
    outboxMaxBytes: maxBytes,
    outboxTtlMs: ttlMs,
    connRule,
    msgRule,
    msgNotify: notify,
    msgCloseAfter: closeAfterWindows,
    maxKeys,
    keyOf: keyOf ?? null,
    authenticate,
    authenticateTimeoutMs,
    parse,
    service,
  };
}
