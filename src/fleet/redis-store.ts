/**
 * Why this file is long: every SessionStore method shares one command gate (`#run`: state,
 * `maxInFlight`, counters) and the tick batch it must flush first (written as byte frames, in
 * place, for the send rate), and the claim's wait for the previous holder's hand-over reads
 * the same subscriber; the options' doc comments (defaults and units) are a third of it. The
 * Lua scripts already have their own file.
 *
 * The Redis session store: `SessionManager({ store: await createRedisSessionStore(…) })` shares
 * sessions across the nodes of a fleet (docs/fleet.md, "Sessions across nodes (Redis)").
 *
 * Client: ioredis, an optional peer dependency imported here only, when a store is created.
 * Two connections per node: commands (written at once, in order: not auto-pipelined; no offline
 * queue) and a subscriber for this node's channel (moved / wake / kick / dispose-owner).
 *
 * Fault model: every command goes through `#run`, which refuses it at once (counted) when the
 * connection is not ready or `maxInFlight` commands wait already, and ioredis's
 * `commandTimeout` bounds each one. So a Redis that is down, restarting or slow costs a node
 * counters, never an unbounded buffer, an unhandled rejection or a crash; the manager serves
 * its local players from memory meanwhile (see SessionStore), and on reconnect the node
 * re-announces the players it holds (Redis may have come back empty), all of them, in steps
 * the gate has room for (`#resync`); the heartbeat refreshes its connected players' records the
 * same way, one refresh at a time (`#refreshStep`), so neither is refused. The heartbeat's
 * presence write (this node's liveness) waits for room too, first in line, and the room it
 * needs is kept from every other command while it waits (`#presence`): a full gate never makes
 * a live node look dead.
 *
 * Invariants: the background timers are ours and unref'd — the presence heartbeat and each
 * connection's reconnect back-off (ioredis's own, ref'd, is off) — so a store never keeps the
 * process alive, and `close()` clears them; a timer bounding a promise someone awaits (QUIT
 * in `close()`, a claim's hand-over wait) is ref'd and cleared when it settles. Both
 * connections and their listeners end in `close()`, which is safe twice; nothing is read from
 * Redis in bulk except one player's queue, bounded by its caps.
 */
import { hostname } from 'node:os';
import { createHash, randomUUID } from 'node:crypto';
import type { Redis, RedisOptions } from 'ioredis';
import type {
  Claimed,
  FleetPresence,
  FleetState,
  Located,
  PlayerId,
  SessionStore,
  StoreContext,
  StoredMessage,
  StoreHost,
} from '../realtime/index.js';
import { LeakguardError, reportError } from '../internal/errors.js';
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';
import { AWAY, CLAIM, END, ENQUEUE, RESYNC, TAKE } from './scripts.js';

const SCRIPTS = [ENQUEUE, CLAIM, TAKE, AWAY, END, RESYNC];

/** Where Redis is (a subset of ioredis's options, so our types do not need ioredis's). */
export interface RedisConnectionOptions {
  /** @default '127.0.0.1' */
  host?: string;
  /** @default 6379 */
  port?: number;
  /** Unix socket path instead of host/port. */
  path?: string;
  username?: string;
  password?: string;
  /** @default 0 */
  db?: number;
  /** TLS options (as Node's `tls.connect`); omitted: plain TCP. */
  tls?: object;
}

export interface RedisSessionStoreOptions {
  /**
   * The Redis server: a `redis://` / `rediss://` URL or connection options.
   * @default 'redis://127.0.0.1:6379'
   */
  redis?: string | RedisConnectionOptions;
  /**
   * This node's id in the fleet (what `locate` answers, and the 4001 reason `moved to <node>`).
   * Unique per process.
   * @default `${os.hostname()}-${process.pid}-<4 random hex>`
   */
  nodeId?: string;
  /**
   * Prefix of every key and channel, so several fleets (or apps) can share one Redis.
   * @default 'leakguard:'
   */
  keyPrefix?: string;
  /**
   * How long a node counts as alive after its last presence heartbeat, in milliseconds (it
   * beats every third of it). A node that dies stops being answered by `locate`/`presence`
   * within this time; its players can still resume elsewhere until `nodeTtlMs +
   * reconnectWindowMs` after its last beat.
   * @default 15000
   */
  nodeTtlMs?: number;
  /**
   * Commands waiting for Redis at most (each queued message counts as one, even when a tick's
   * messages go in one batched call); beyond it new ones are refused at once and counted
   * (`stats().fleet.commands.refused`): a slow Redis never grows a node's memory. At least 3
   * (the heartbeat's presence transaction is three commands, sent together).
   * @default 10000
   */
  maxInFlight?: number;
  /**
   * How long one command may wait for its answer, in milliseconds; then it fails (counted).
   * @default 2000
   */
  commandTimeoutMs?: number;
  /**
   * Longest pause between two reconnect attempts, in milliseconds (attempts start at 50 ms and
   * grow by 50 ms).
   * @default 2000
   */
  maxRetryDelayMs?: number;
  /**
   * How long a claim waits, at most, for the node that held the player to hand it over, in
   * milliseconds: that node sends what it had accepted for the player, then says `released`,
   * and the claim takes it all before the session resumes here. Past it (a node that is alive
   * but does not answer), the session resumes without waiting and what comes later is written
   * after (woken), never lost. Not waited for when no node heard the `moved` notice, nor
   * with 0.
   * @default 1000
   */
  handoffTimeoutMs?: number;
}

const OPTION_KEYS: readonly (keyof RedisSessionStoreOptions)[] = [
  'redis',
  'nodeId',
  'keyPrefix',
  'nodeTtlMs',
  'maxInFlight',
  'commandTimeoutMs',
  'maxRetryDelayMs',
  'handoffTimeoutMs',
];
const CONNECTION_KEYS: readonly (keyof RedisConnectionOptions)[] = [
  'host',
  'port',
  'path',
  'username',
  'password',
  'db',
  'tls',
];

type Script = (...args: (string | number | Buffer)[]) => Promise<unknown>;
interface Scripts {
  lgEnqueue: Script;
  lgClaim: Script;
  lgTake: Script;
  lgAway: Script;
  lgEnd: Script;
  lgResync: Script;
}

/**
 * One player's messages admitted by `enqueue` this tick, in the order sent. `ids`: each
 * message's id as its sender wrote it, only once the tick has both spellings of the id
 * (7 and '7'), so drop reports give each sender its own back; else every message's is `id`.
 */
interface PlayerBatch {
  id: PlayerId;
  msgs: StoredMessage[];
  ids: PlayerId[] | null;
}

/**
 * One ENQUEUE script call being built (see `#flush`): per player in it, in key order, its id
 * and its messages' count and bytes (their frames are in `#scratch`, its keys in `#keyBuf`).
 * No message is kept: once written as bytes it is garbage, so nothing a call waits for (the
 * round trip to Redis) keeps it alive into the old generation.
 */
interface EnqueueCall {
  ids: PlayerId[];
  counts: number[];
  bytes: number[];
  messages: number;
}

/** Messages per ENQUEUE script call (Redis runs one call at a time: this bounds its pause). */
const CALL_MESSAGES = 1000;

/** RESYNC calls a re-announce has waiting at once, at most (see `#resync`). */
const RESYNC_CHUNK = 500;

/** PEXPIREs a heartbeat's refresh has waiting at once, at most (see `#refreshStep`). */
const REFRESH_CHUNK = 500;

/** Commands of the heartbeat's presence transaction (ZADD, SET, ZREMRANGEBYSCORE; see `#presence`). */
const PRESENCE = 3;

/** A player held here, as `StoreHost.held()` lists it. */
type Held = ReturnType<StoreHost['held']> extends Iterable<infer T> ? T : never;

/**
 * A heartbeat's refresh under way (`#refreshStep`): where it is in `host.held()` (read as it
 * goes: no copy of our own), how many of its PEXPIREs wait for an answer, whether all are sent,
 * and the players whose session changed here since it began (by id as a string), which it
 * leaves alone: an away player's record keeps its shorter TTL, a claim set its own, an ended
 * player has none. `step` goes on (the same function each time, so it waits at the gate once).
 */
interface Refresh {
  readonly players: Iterator<Held>;
  waiting: number;
  done: boolean;
  readonly changed: Set<string>;
  readonly step: () => void;
}

/**
 * A re-announce under way (`#resync`): the players held when it began, the next to send, and
 * the players whose session changed here since (by id as a string, 7 and '7' one player): the
 * state to announce instead, or null when it is not to be announced: a claim sent here writes
 * the record itself, and a player that ended is held here no more (its END, refused or not,
 * leaves no record to announce).
 */
interface Resync {
  readonly held: readonly Held[];
  next: number;
  readonly changed: Map<string, Held | null>;
}

/** Answered calls' command buffers kept for reuse, and the largest kept. */
const KEEP_OUT = 4;
const KEEP_OUT_BYTES = 4 << 20;

/** ENQUEUE's SHA1, as `EVALSHA` names it (the scripts are loaded before the store connects). */
const ENQUEUE_SHA = createHash('sha1').update(ENQUEUE).digest('hex');

type RedisCtor = new (urlOrOptions: string | RedisOptions, options?: RedisOptions) => Redis;

/** What the store uses of ioredis's `Command` (`new Command(name, args)`, its promise). */
interface CommandLike {
  promise: Promise<unknown>;
  toWritable(socket: unknown): string | Buffer;
}
type CommandCtor = new (name: string, args?: unknown[]) => CommandLike;
/** An ENQUEUE call whose RESP bytes the store wrote itself (see `#sendCall`). */
type RawEvalsha = new (payload: Buffer) => CommandLike;

interface Ioredis {
  Redis: RedisCtor;
  RawEvalsha: RawEvalsha;
}

/** Loads ioredis, or says exactly what to install. */
async function loadIoredis(): Promise<Ioredis> {
  try {
    const mod = (await import('ioredis')) as unknown as {
      Redis?: RedisCtor;
      Command?: CommandCtor;
      default?: RedisCtor & { Command?: CommandCtor };
    };
    const ctor = mod.Redis ?? mod.default;
    const Command = mod.Command ?? mod.default?.Command;
    if (ctor === undefined) throw new Error('ioredis has no Redis export');
    if (Command === undefined) throw new Error('ioredis has no Command export');
    // ioredis's own Script command overrides toWritable the same way (EVAL / EVALSHA): the
    // command's bytes are ours, its reply, timeout and queueing are ioredis's
    class Raw extends Command {
      readonly #payload: Buffer;
      constructor(payload: Buffer) {
        super('evalsha', []);
        this.#payload = payload;
      }
      override toWritable(): Buffer {
        return this.#payload;
      }
    }
    return { Redis: ctor, RawEvalsha: Raw };
  } catch (e) {
    throw new LeakguardError(
      'LEAKGUARD_FLEET_CLIENT',
      `The Redis session store needs the optional peer dependency ioredis (npm install ioredis@^5): ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}

/**
 * Creates a Redis session store (loads ioredis, opens its connections without waiting for
 * them: a Redis that is down at start degrades the fleet features, not the node). Give it to
 * one `SessionManager` as `store`; the manager's `close()` closes it.
 */
export async function createRedisSessionStore(
  options: RedisSessionStoreOptions = {},
): Promise<RedisSessionStore> {
  const resolved = resolve(options);
  const client = await loadIoredis();
  return new RedisSessionStore(resolved, client);
}

interface Resolved {
  redis: string | RedisConnectionOptions;
  nodeId: string;
  keyPrefix: string;
  nodeTtlMs: number;
  maxInFlight: number;
  commandTimeoutMs: number;
  maxRetryDelayMs: number;
  handoffTimeoutMs: number;
}

function resolve(options: RedisSessionStoreOptions): Resolved {
  if (typeof options !== 'object' || options === null)
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, OPTION_KEYS);
  const {
    redis = 'redis://127.0.0.1:6379',
    nodeId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 4)}`,
    keyPrefix = 'leakguard:',
    nodeTtlMs = 15_000,
    maxInFlight = 10_000,
    commandTimeoutMs = 2000,
    maxRetryDelayMs = 2000,
    handoffTimeoutMs = 1000,
  } = options;
  if (typeof redis === 'string') {
    if (!/^rediss?:\/\//.test(redis))
      throw optionError('redis', 'a redis:// or rediss:// URL, or connection options', redis);
  } else if (typeof redis === 'object' && redis !== null) {
    checkKnownKeys(redis, CONNECTION_KEYS, 'redis');
    checkNumber('redis.port', redis.port, { min: 1, integer: true });
    checkNumber('redis.db', redis.db, { integer: true });
  } else throw optionError('redis', 'a redis:// URL or connection options', redis);
  if (typeof nodeId !== 'string' || nodeId === '' || nodeId.length > 200)
    throw optionError('nodeId', 'a non-empty string (at most 200 characters)', nodeId);
  if (typeof keyPrefix !== 'string') throw optionError('keyPrefix', 'a string', keyPrefix);
  checkNumber('nodeTtlMs', nodeTtlMs, { min: 300 });
  // the presence transaction (three commands) must fit, or the node never counts as alive
  checkNumber('maxInFlight', maxInFlight, { min: PRESENCE, integer: true });
  checkNumber('commandTimeoutMs', commandTimeoutMs, { min: 1 });
  checkNumber('maxRetryDelayMs', maxRetryDelayMs, { min: 1 });
  checkNumber('handoffTimeoutMs', handoffTimeoutMs, { min: 0 });
  return {
    redis,
    nodeId,
    keyPrefix,
    nodeTtlMs,
    maxInFlight,
    commandTimeoutMs,
    maxRetryDelayMs,
    handoffTimeoutMs,
  };
}

/** `buf` if `need` more bytes fit after `used`; else a buffer twice as big, its first `used` bytes copied. */
function room(buf: Buffer<ArrayBuffer>, used: number, need: number): Buffer<ArrayBuffer> {
  if (used + need <= buf.length) return buf;
  const next = Buffer.allocUnsafe(Math.max(buf.length * 2, used + need));
  buf.copy(next, 0, 0, used);
  return next;
}

/**
 * Writes `n` in decimal ASCII at `off` (no string for the common case: a safe non-negative
 * integer, as byte counts and `Date.now()` are); returns the offset after it.
 */
function writeNumber(buf: Buffer, off: number, n: number): number {
  if (!Number.isSafeInteger(n) || n < 0) return off + buf.write(String(n), off, 'latin1');
  let digits = 1;
  for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
  for (let i = off + digits - 1; i >= off; i--) {
    buf[i] = 0x30 + (n % 10);
    n = Math.floor(n / 10);
  }
  return off + digits;
}

/** The id a record's `pid` (JSON, written by its holder) names; `fallback` without one. */
function heldId(pid: string | null, fallback: PlayerId): PlayerId {
  if (pid === null) return fallback;
  try {
    const id: unknown = JSON.parse(pid);
    return typeof id === 'string' || typeof id === 'number' ? id : fallback;
  } catch {
    return fallback;
  }
}

/** Queue entries (written by `#writeFrame`): "<bytes>|<at>|t<text>" or "<bytes>|<at>|b<base64>". */

function decodeEntry(e: string): StoredMessage {
  const i = e.indexOf('|');
  const j = e.indexOf('|', i + 1);
  const payload = e.slice(j + 2);
  return {
    bytes: Number(e.slice(0, i)),
    at: Number(e.slice(i + 1, j)),
    data: e[j + 1] === 'b' ? Buffer.from(payload, 'base64') : payload,
  };
}

export class RedisSessionStore implements SessionStore {
  readonly nodeId: string;
  readonly #o: Resolved;
  readonly #Ctor: RedisCtor;
  readonly #Raw: RawEvalsha;
  #cmd: (Redis & Scripts) | null = null;
  #sub: Redis | null = null;
  #host: StoreHost | null = null;
  #ctx: StoreContext = {
    reconnectWindowMs: 120_000,
    outbox: { maxMessages: 1000, maxBytes: 1_048_576, ttlMs: 3_600_000 },
  };
  #state: FleetState['state'] = 'connecting';
  #everReady = false;
  #sent = 0;
  #failed = 0;
  #refused = 0;
  #inFlight = 0;
  #reconnects = 0;
  #handoffTimeouts = 0;
  #lastError: string | null = null;
  #beat: NodeJS.Timeout | null = null;
  /** The connections' pending reconnect attempts (`#keepTrying`), at most one each. */
  readonly #retries = new Set<NodeJS.Timeout>();
  /** close() has begun: nothing reconnects any more. */
  #shut = false;
  #closing: Promise<void> | null = null;
  #subscribed: Promise<unknown> | null = null;
  /** Messages admitted this tick by player, sent together by `#flush` (bounded with `maxInFlight`). */
  #batch = new Map<string, PlayerBatch>();
  #batchSize = 0;
  /** Where a call's frames are written before one copy goes to ioredis (grows, reused). */
  #scratch = Buffer.allocUnsafe(64 * 1024);
  #used = 0;
  /** The last `at` written, and its decimal digits. */
  #lastAt = NaN;
  readonly #atDigits = Buffer.alloc(32);
  #atLen = 0;
  /** Where a call's keys are written, as RESP bulk strings (grows, reused). */
  #keyBuf = Buffer.allocUnsafe(16 * 1024);
  #keyUsed = 0;
  /**
   * Command buffers of calls Redis has answered, for the next calls (at most `KEEP_OUT`):
   * a fresh buffer per call cost more in page faults than its copy.
   */
  readonly #outFree: Buffer[] = [];
  /** `keyPrefix` as bytes, and `{`, for the keys written in place. */
  readonly #prefixBytes: Buffer;
  #flushQueued = false;
  #probing = false;
  /** The subscriber is subscribed to this node's channel (since its last connection). */
  #listening = false;
  /** The re-announce under way, at most one: a new connection starts a new one; close() ends it. */
  #resyncing: Resync | null = null;
  /** The heartbeat's refresh under way, at most one: a beat that finds one lets it go on. */
  #refreshing: Refresh | null = null;
  /**
   * A presence write the gate had no room for is waiting (at most one: a beat that finds it
   * waiting leaves it so). It goes first when room comes, and its room is kept from every other
   * command meanwhile (`#free`). See `#presence`.
   */
  #presenceWaiting = false;
  /**
   * Work waiting for room at the gate (the re-announce, the heartbeat's refresh): each called
   * once, when the next command settles (and waiting again if there is still no room).
   */
  readonly #roomWaiters = new Set<() => void>();
  /** Claims waiting for the previous holder's `released`, by `<version> <player>`. */
  readonly #handoffs = new Map<string, () => void>();
  /** `released` notices that came before their claim's answer was read (bounded). */
  readonly #early = new Set<string>();

  /** @internal use `createRedisSessionStore` */
  constructor(options: Resolved, client: Ioredis) {
    this.#o = options;
    this.#Ctor = client.Redis;
    this.#Raw = client.RawEvalsha;
    this.nodeId = options.nodeId;
    this.#prefixBytes = Buffer.from(`${options.keyPrefix}{`, 'utf8');
  }

  get #channel(): string {
    return `${this.#o.keyPrefix}node:${this.nodeId}`;
  }

  #keys(playerId: PlayerId): [string, string, string] {
    const base = `${this.#o.keyPrefix}{${String(playerId)}}`;
    return [`${base}:r`, `${base}:q`, `${base}:b`];
  }

  /** Called by the SessionManager's constructor: connects (without waiting) and subscribes. */
  open(host: StoreHost, context: StoreContext): void {
    if (this.#host !== null)
      throw new LeakguardError(
        'LEAKGUARD_FLEET_STORE_IN_USE',
        'This Redis session store already serves a SessionManager: create one store per manager',
      );
    this.#host = host;
    this.#ctx = context;
    const o = this.#o;
    const common: RedisOptions = {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: o.commandTimeoutMs,
      connectTimeout: Math.max(1000, o.commandTimeoutMs),
      // ioredis's own reconnect timer is ref'd: with Redis away it alone would keep the process
      // alive. It is off (a connection that closes ends), and #keepTrying reconnects instead.
      retryStrategy: () => null,
      lazyConnect: false,
    };
    const conn: RedisOptions =
      typeof o.redis === 'string' ? common : { ...(o.redis as RedisOptions), ...common };
    const make = (extra: RedisOptions): Redis =>
      typeof o.redis === 'string'
        ? new this.#Ctor(o.redis, { ...conn, ...extra })
        : new this.#Ctor({ ...conn, ...extra });
    // No auto-pipelining: it runs one pipeline at a time (see #sendCall); commands are written
    // at once, in the order they are issued, which the hand-over relies on.
    const cmd = make({}) as Redis & Scripts;
    // the number of keys varies with the batch: passed first at each call
    cmd.defineCommand('lgEnqueue', { lua: ENQUEUE });
    cmd.defineCommand('lgClaim', { numberOfKeys: 3, lua: CLAIM });
    cmd.defineCommand('lgTake', { numberOfKeys: 3, lua: TAKE });
    cmd.defineCommand('lgAway', { numberOfKeys: 1, lua: AWAY });
    cmd.defineCommand('lgEnd', { numberOfKeys: 3, lua: END });
    cmd.defineCommand('lgResync', { numberOfKeys: 1, lua: RESYNC });
    cmd.on('ready', () => this.#onReady());
    cmd.on('error', (e: Error) => this.#onError(e));
    cmd.on('close', () => this.#onLost());
    this.#keepTrying(cmd);
    this.#cmd = cmd;
    // The subscriber may queue its SUBSCRIBE until connected (one command, re-sent by
    // ioredis after every reconnect).
    // We subscribe on every 'ready' ourselves (not ioredis's autoResubscribe) to know when the
    // channel is heard again: wakes published while it was not are lost (see #sweep).
    const sub = make({
      enableOfflineQueue: true,
      maxRetriesPerRequest: null,
      autoResubscribe: false,
    });
    sub.on('error', (e: Error) => this.#onError(e));
    sub.on('message', (_channel: string, message: string) => this.#onMessage(message));
    sub.on('ready', () => {
      // eslint-disable-next-line leakguard/no-discarded-disposable -- a Redis SUBSCRIBE (a promise), ended with the subscriber connection by close()
      this.#subscribed = sub.subscribe(this.#channel).then(
        () => {
          this.#listening = true;
          this.#sweep();
        },
        (e: unknown) => this.#onError(e as Error),
      );
    });
    sub.on('close', () => (this.#listening = false));
    this.#keepTrying(sub);
    this.#sub = sub;
    // Background presence heartbeat: unref'd; cleared by close().
    if (this.#beat !== null) clearInterval(this.#beat);
    this.#beat = setInterval(() => this.#heartbeat(), Math.max(100, Math.floor(o.nodeTtlMs / 3)));
    this.#beat.unref();
  }

  /**
   * Reconnects `c` whenever its connection ends (ioredis's retry is off: see `open`), after
   * 50 ms, 100 ms, … up to `maxRetryDelayMs`. The back-off timer is background work: unref'd,
   * so a process whose only work left is a store without Redis exits; cleared by close().
   */
  #keepTrying(c: Redis): void {
    let attempts = 0;
    c.on('ready', () => (attempts = 0));
    c.on('end', () => {
      if (this.#shut) return;
      const timer = setTimeout(
        () => {
          this.#retries.delete(timer);
          // a failed attempt comes back as 'error' and 'end' (then the next timer)
          if (!this.#shut) c.connect().catch(() => {});
        },
        Math.min(50 * ++attempts, this.#o.maxRetryDelayMs),
      );
      timer.unref();
      this.#retries.add(timer);
    });
  }

  /**
   * Loads the scripts before any is used, so the first EVALSHA of each does not come back
   * NOSCRIPT and get re-sent as EVAL behind later commands (which would reorder a node's
   * messages and cost a round trip). Only then does the store count as connected.
   */
  #onReady(): void {
    const c = this.#cmd;
    if (this.#state === 'closed' || c === null) return;
    Promise.all(SCRIPTS.map((lua) => c.script('LOAD', lua))).then(
      () => this.#connected(),
      (e: unknown) => this.#onError(e as Error),
    );
  }

  #connected(): void {
    if (this.#state === 'closed') return;
    if (this.#everReady) this.#reconnects++;
    this.#everReady = true;
    this.#state = 'connected';
    // a refresh cut short by the loss ends here: this beat starts one from what is held now
    this.#refreshing = null;
    this.#heartbeat();
    // Redis may have restarted empty (or never knew the players who came while it was down):
    // announce the players held here, unless another node holds them now.
    this.#resync();
    this.#sweep();
  }

  #onError(e: Error): void {
    this.#lastError = e.message;
    if (this.#state === 'connected' || this.#state === 'connecting') this.#state = 'degraded';
  }

  #onLost(): void {
    if (this.#state === 'connected') this.#state = 'degraded';
  }

  /**
   * Runs one command if Redis can take it now; otherwise refuses it (null), counted. Failures
   * are counted and resolve `fallback`: callers never see a rejection.
   */
  #run<T>(
    fn: (c: Redis & Scripts) => Promise<T>,
    fallback: T,
    weight = 1,
    admitted = false,
  ): Promise<T> | null {
    // Commands keep their order: messages batched for this tick go first.
    if (!admitted && this.#batchSize > 0) this.#flush();
    const c = this.#cmd;
    if (c === null || this.#state !== 'connected' || (!admitted && !this.#room(weight))) {
      this.#refused += weight;
      return null;
    }
    // counted as the gate counts them (`weight`): a pipeline of 500 PEXPIREs is 500 commands
    this.#sent += weight;
    this.#inFlight += weight;
    return fn(c).then(
      (v) => {
        this.#inFlight -= weight;
        this.#settled();
        return v;
      },
      (e: unknown) => {
        this.#inFlight -= weight;
        this.#fail(e, weight);
        this.#settled();
        return fallback;
      },
    );
  }

  /**
   * A command left the gate: what waits for room goes on, first in line for the room it left —
   * the presence write first, then the re-announce and the heartbeat's refresh.
   */
  #settled(): void {
    if (this.#presenceWaiting) this.#presence();
    const waiting = this.#roomWaiters;
    if (waiting.size === 0) return;
    const go = [...waiting];
    waiting.clear();
    for (const f of go)
      try {
        f();
      } catch (e) {
        reportError(e, 'leakguard/fleet: the re-announce or refresh of this node’s players failed');
      }
  }

  /** `n` commands failed with `e` (counted); a timeout degrades the store. */
  #fail(e: unknown, n: number): void {
    this.#failed += n;
    this.#lastError = e instanceof Error ? e.message : String(e);
    // A Redis that stopped answering keeps its socket open (no 'close' to tell us): a
    // timeout degrades the store too; the heartbeat's PING brings it back.
    if (this.#state === 'connected' && /timed out/i.test(this.#lastError)) this.#state = 'degraded';
  }

  /**
   * A pipeline's or transaction's answers: ioredis resolves them with each command's error in
   * place (a timeout too) instead of rejecting, so the failed ones are counted here, at most
   * `weight` (what `#run` counted as sent).
   */
  #answered(res: [Error | null, unknown][] | null, weight: number): void {
    if (res === null) return this.#fail(new Error('transaction discarded'), weight);
    let n = 0;
    let first: Error | null = null;
    for (const [e] of res)
      if (e !== null) {
        n++;
        first ??= e;
      }
    if (first !== null) this.#fail(first, Math.min(n, weight));
  }

  // ---------------------------------------------------------------- the SessionStore seam

  claim(playerId: PlayerId, sessionId: string): Promise<Claimed | null> {
    const [r, q, b] = this.#keys(playerId);
    const ttl = this.#o.nodeTtlMs + this.#ctx.reconnectWindowMs;
    const p = this.#run(
      (c) =>
        c.lgClaim(r, q, b, this.nodeId, sessionId, JSON.stringify(playerId), ttl, this.#chan()),
      null,
    );
    // refused: nothing changed in Redis, the session here keeps its id (the re-announce's)
    if (p === null) return Promise.resolve(null);
    this.#changed(playerId, null);
    return p.then((res) => {
      if (!Array.isArray(res)) return null;
      const [sid, from, resumed, version, items, heard] = res as [
        string,
        string,
        number,
        string,
        string[],
        number,
      ];
      const claimed: Claimed = {
        sessionId: sid,
        from: from === '' ? null : from,
        resumed: resumed === 1,
        version: Number(version),
        messages: items.map(decodeEntry),
      };
      if (claimed.from === null || !(heard > 0) || this.#o.handoffTimeoutMs === 0) return claimed;
      // The node we took the player from may still have messages for it on their way to Redis
      // (accepted before it read our `moved`): it sends them, then `released`, on its one
      // connection, so once `released` is here a TAKE gets them all, before the resume.
      return this.#handedOver(playerId, claimed.version)
        .then(() => this.take(playerId))
        .then((late) => {
          for (const m of late) claimed.messages.push(m);
          return claimed;
        });
    });
  }

  /**
   * Resolves when the previous holder says `released` for this claim, or after
   * `handoffTimeoutMs` (counted: `state().handoffTimeouts`). The timer bounds a promise the
   * claim awaits: ref'd, cleared when the notice comes (or by close(), not counted).
   */
  #handedOver(playerId: PlayerId, version: number): Promise<void> {
    const key = `${version} ${String(playerId)}`;
    if (this.#early.delete(key)) return Promise.resolve();
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#handoffs.delete(key);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#handoffTimeouts++;
        done();
      }, this.#o.handoffTimeoutMs);
      this.#handoffs.set(key, done);
    });
  }

  take(playerId: PlayerId): Promise<StoredMessage[]> {
    const [r, q, b] = this.#keys(playerId);
    const p = this.#run((c) => c.lgTake(r, q, b, this.nodeId), [] as unknown);
    if (p === null) return Promise.resolve([]);
    return p.then((items) => (Array.isArray(items) ? (items as string[]).map(decodeEntry) : []));
  }

  away(playerId: PlayerId, sessionId: string): boolean {
    // AWAY changes a record only if there is one: a player the re-announce has not reached yet
    // is announced away by it
    this.#changed(playerId, { playerId, sessionId, away: true });
    const [r] = this.#keys(playerId);
    const p = this.#run(
      (c) => c.lgAway(r, this.nodeId, sessionId, this.#ctx.reconnectWindowMs),
      0 as unknown,
    );
    return p !== null;
  }

  /**
   * Admits the message now (or refuses it: false) and sends it with the others of this tick
   * in one script call (a microtask, so no timer; any other command flushes them first).
   */
  enqueue(playerId: PlayerId, msg: StoredMessage): boolean {
    if (this.#cmd === null || this.#state !== 'connected' || !this.#room(1)) {
      this.#refused++;
      return false;
    }
    // ids compared as strings, as in the keys: 7 and '7' are one player (one queue, in order)
    const k = typeof playerId === 'string' ? playerId : String(playerId);
    const b = this.#batch.get(k);
    if (b === undefined) this.#batch.set(k, { id: playerId, msgs: [msg], ids: null });
    else {
      // the other spelling: from now on each message keeps its own (for its drop report)
      if (b.ids === null && playerId !== b.id) b.ids = b.msgs.map(() => b.id);
      b.msgs.push(msg);
      b.ids?.push(playerId);
    }
    this.#batchSize++;
    if (!this.#flushQueued) {
      this.#flushQueued = true;
      queueMicrotask(() => {
        this.#flushQueued = false;
        this.#flush();
      });
    }
    return true;
  }

  #room(weight: number): boolean {
    return weight <= this.#free();
  }

  /**
   * Room left at the gate: `maxInFlight` less what waits for Redis (sent, or batched this tick)
   * and, while a presence write waits, the room kept for it (see `#presence`).
   */
  #free(): number {
    const kept = this.#presenceWaiting ? PRESENCE : 0;
    return this.#o.maxInFlight - this.#inFlight - this.#batchSize - kept;
  }

  /**
   * Sends this tick's messages, grouped by player (each player's in the order sent) into
   * script calls of about `CALL_MESSAGES`: the script's cost is mostly per player in a call
   * (its record, queue length and byte count read once, one RPUSH), so a player's messages of
   * one tick go together. A player with more than fits continues in the next call, which Redis
   * runs after this one (one connection, in order).
   *
   * Allocation: each message is written once, as bytes, into a reused scratch buffer (the
   * call's one frames argument), and each player's keys into another; `#sendCall` copies both
   * once into the call's RESP command, which goes to the socket as is (ioredis would copy every
   * argument into a command buffer, and its auto-pipeline every command into one more). Nothing
   * of a message is kept past this tick.
   */
  #flush(): void {
    if (this.#batchSize === 0) return;
    const players = this.#batch;
    this.#batch = new Map();
    this.#batchSize = 0;
    let call = this.#newCall();
    for (const { id: batchId, msgs, ids } of players.values()) {
      for (let i = 0; i < msgs.length;) {
        const first = i;
        let end = Math.min(msgs.length, i + CALL_MESSAGES - call.messages);
        // both spellings of the id this tick: a section per run of one spelling (same keys,
        // in order; Redis runs them one after the other), so its drops name that spelling
        const id = ids === null ? batchId : ids[i]!;
        if (ids !== null)
          for (let j = i + 1; j < end; j++)
            if (ids[j] !== id) {
              end = j;
              break;
            }
        this.#writeKeys(id);
        // the player's section: its length (written after its frames), then its frames
        this.#room4();
        const start = this.#used;
        this.#used += 4;
        let bytes = 0;
        for (; i < end; i++) bytes += this.#writeFrame(msgs[i]!);
        this.#scratch.writeUInt32BE(this.#used - start - 4, start);
        call.ids.push(id);
        call.counts.push(end - first);
        call.bytes.push(bytes);
        call.messages += end - first;
        if (call.messages >= CALL_MESSAGES) {
          this.#sendCall(call);
          call = this.#newCall();
        }
      }
    }
    if (call.messages > 0) this.#sendCall(call);
  }

  #newCall(): EnqueueCall {
    this.#used = 0;
    this.#keyUsed = 0;
    // a big message grew it: do not keep that much for good
    if (this.#scratch.length > 1 << 20) this.#scratch = Buffer.allocUnsafe(64 * 1024);
    return { ids: [], counts: [], bytes: [], messages: 0 };
  }

  /** Room for a section's 4-byte length at the end of the frames scratch. */
  #room4(): void {
    if (this.#used + 4 <= this.#scratch.length) return;
    const next = Buffer.allocUnsafe(this.#scratch.length * 2);
    this.#scratch.copy(next, 0, 0, this.#used);
    this.#scratch = next;
  }

  /** A player's three keys (`r`, `q`, `b`, as `#keys` names them) as RESP bulk strings. */
  #writeKeys(playerId: PlayerId): void {
    const id = typeof playerId === 'string' ? playerId : String(playerId);
    const pre = this.#prefixBytes;
    const len = pre.length + Buffer.byteLength(id, 'utf8') + 3; // <prefix>{<id>}:r
    // 3 × ($ + 10 digits + CRLF + key + CRLF)
    const need = 3 * (len + 15);
    const buf = (this.#keyBuf = room(this.#keyBuf, this.#keyUsed, need));
    const from = this.#keyUsed;
    let off = from;
    buf[off++] = 0x24; // $
    off = writeNumber(buf, off, len);
    buf[off++] = 0x0d;
    buf[off++] = 0x0a;
    // byte loops: a Buffer.copy this small costs more (it makes a typed-array view each time)
    for (let i = 0; i < pre.length; i++) buf[off++] = pre[i]!;
    off += buf.write(id, off, 'utf8');
    buf[off++] = 0x7d; // }
    buf[off++] = 0x3a; // :
    buf[off++] = 0x72; // r
    buf[off++] = 0x0d;
    buf[off++] = 0x0a;
    // q, then b: the same bulk string as r's but its key's last letter
    const one = off - from;
    buf.copyWithin(off, from, off);
    buf[off + one - 3] = 0x71; // q
    buf.copyWithin(off + one, from, off);
    buf[off + 2 * one - 3] = 0x62; // b
    this.#keyUsed = off + 2 * one;
  }

  /**
   * One message's frame at the end of the scratch buffer: the entry's length and the message's
   * bytes (4 bytes each, big-endian, read in Lua with one string.byte), then the entry as the
   * queue keeps it: "<bytes>|<at>|t<text>" or "<bytes>|<at>|b<base64>". Returns the message's
   * bytes as the caps count them.
   */
  #writeFrame(m: StoredMessage): number {
    const text = typeof m.data === 'string';
    const b64 = text ? '' : (m.data as Buffer).toString('base64');
    // the caps count whole bytes: what the header and the entry say (always so from a manager)
    const bytes = Math.min(Math.max(Math.trunc(m.bytes) || 0, 0), 0xffffffff);
    // 8 for the header, 2 × 24 for the numbers, 3 separators, then the payload at most
    const need = 64 + (text ? (m.data as string).length * 3 : b64.length);
    const buf = (this.#scratch = room(this.#scratch, this.#used, need));
    const head = this.#used;
    let off = writeNumber(buf, head + 8, bytes);
    buf[off++] = 0x7c; // |
    // the messages of a tick mostly share their millisecond: its digits written once
    const digits = this.#atDigits;
    if (m.at !== this.#lastAt) {
      this.#lastAt = m.at;
      this.#atLen = writeNumber(digits, 0, m.at);
    }
    for (let i = 0; i < this.#atLen; i++) buf[off++] = digits[i]!;
    buf[off++] = 0x7c;
    if (text) {
      buf[off++] = 0x74; // t
      off += buf.write(m.data as string, off, 'utf8');
    } else {
      buf[off++] = 0x62; // b
      off += buf.write(b64, off, 'latin1');
    }
    buf.writeUInt32BE(off - head - 8, head);
    buf.writeUInt32BE(bytes, head + 4);
    this.#used = off;
    return bytes;
  }

  /**
   * The call as one RESP command, `EVALSHA <sha> <numkeys> <keys…> <caps…> <frames>`, written
   * into one buffer (the keys and frames copied once), sent as is on the
   * command connection, in order with every other command (no auto-pipeline: ioredis runs one
   * auto-pipeline at a time and waits for all its answers before the next, so Redis would idle
   * while this node builds the next call, and the other way round).
   */
  #sendCall(call: EnqueueCall): void {
    const { maxMessages, maxBytes, ttlMs } = this.#ctx.outbox;
    const { ids, counts, bytes } = call;
    const players = ids.length;
    const nkeys = String(3 * players);
    // the caps, the channel prefix, then the frames' header: $<length>\r\n
    const argv =
      [String(maxMessages), String(maxBytes), String(ttlMs), this.#chan()]
        .map((a) => `$${Buffer.byteLength(a)}\r\n${a}\r\n`)
        .join('') + `$${this.#used}\r\n`;
    const head =
      `*${3 + 3 * players + 5}\r\n$7\r\nevalsha\r\n$40\r\n${ENQUEUE_SHA}\r\n` +
      `$${nkeys.length}\r\n${nkeys}\r\n`;
    const size = Buffer.byteLength(head) + this.#keyUsed + Buffer.byteLength(argv) + this.#used + 2;
    const out = this.#outBuffer(size);
    let off = out.write(head, 0, 'latin1');
    off += this.#keyBuf.copy(out, off, 0, this.#keyUsed);
    off += out.write(argv, off, 'utf8');
    off += this.#scratch.copy(out, off, 0, this.#used);
    out[off++] = 0x0d;
    out[off++] = 0x0a;
    const payload = out.subarray(0, off);
    const Raw = this.#Raw;
    const p = this.#run(
      (c) =>
        (c.sendCommand(new Raw(payload) as never) as Promise<unknown>)
          .catch((e: unknown) => {
            // the script went from Redis's cache (SCRIPT FLUSH): load it and send the call
            // again (as ioredis does for its own scripts: behind what was sent meanwhile)
            if (!(e instanceof Error) || !e.message.startsWith('NOSCRIPT')) throw e;
            return c
              .script('LOAD', ENQUEUE)
              .then(() => c.sendCommand(new Raw(payload) as never) as Promise<unknown>);
          })
          .then((res) => {
            // answered: Redis has read the whole command, the socket holds nothing of it
            // (a call that failed or timed out may still be queued there: not reused)
            this.#recycle(out);
            return res;
          }),
      null as unknown,
      call.messages,
      true,
    );
    const report = (res: unknown): void => {
      const host = this.#host;
      if (host === null) return;
      if (!Array.isArray(res)) {
        for (let k = 0; k < players; k++)
          host.dropped(ids[k]!, 'store-unavailable', counts[k]!, bytes[k]!);
        return;
      }
      // only the messages with something to report, in message order: index, code, then the
      // drops they caused (for codes 1 and 2, the message's own bytes in the fourth place)
      const out = res as number[];
      let k = 0;
      let last = counts[0] ?? 0; // index after player k's messages
      for (let j = 0; j + 5 < out.length; j += 6) {
        const i = out[j]!;
        while (i >= last && k < players - 1) last += counts[++k]!;
        if (i >= last) break;
        const playerId = ids[k]!;
        const code = out[j + 1];
        const cn = out[j + 2]!;
        const cb = out[j + 3]!;
        const bn = out[j + 4]!;
        const bb = out[j + 5]!;
        if (code === 1) host.dropped(playerId, 'no-session', 1, cb);
        else if (code === 2) host.dropped(playerId, 'too-large', 1, cb);
        else {
          if (cn > 0) host.dropped(playerId, 'outbox-count', cn, cb);
          if (bn > 0) host.dropped(playerId, 'outbox-bytes', bn, bb);
        }
      }
    };
    if (p === null) report(null);
    else void p.then(report);
  }

  #outBuffer(size: number): Buffer {
    const free = this.#outFree;
    for (let i = free.length - 1; i >= 0; i--) {
      const b = free[i]!;
      if (b.length >= size) {
        free.splice(i, 1);
        return b;
      }
    }
    return Buffer.allocUnsafeSlow(Math.max(size, 128 * 1024));
  }

  #recycle(out: Buffer): void {
    if (this.#outFree.length < KEEP_OUT && out.length <= KEEP_OUT_BYTES) this.#outFree.push(out);
  }

  end(playerId: PlayerId, sessionId: string): void {
    this.#changed(playerId, null);
    const [r, q, b] = this.#keys(playerId);
    const p = this.#run((c) => c.lgEnd(r, q, b, this.nodeId, sessionId), null as unknown);
    void p?.then((res) => {
      if (!Array.isArray(res)) return;
      const [n, bytes] = res as number[];
      if ((n ?? 0) > 0) this.#host?.dropped(playerId, 'session-ended', n ?? 0, bytes ?? 0);
    });
  }

  async route(
    playerId: PlayerId,
    action: 'kick' | 'dispose-owner',
    options: { reason: string; kick: boolean },
  ): Promise<Located> {
    const [where, held] = await this.#locate(playerId);
    if (!where.found || where.node === null) return where;
    // named as the holder has the player (7 or '7': one player, keyed its way there)
    const msg = JSON.stringify({
      t: action,
      p: held,
      reason: options.reason,
      kick: options.kick,
    });
    const node = where.node;
    const n = await (this.#run((c) => c.publish(this.#chan() + node, msg), 0) ??
      Promise.resolve(0));
    return { found: n > 0, node, local: node === this.nodeId };
  }

  async locate(playerId: PlayerId): Promise<Located> {
    return (await this.#locate(playerId))[0];
  }

  /** Where the player is, and its id as the holder has it (the record's pid; else `playerId`). */
  async #locate(playerId: PlayerId): Promise<[Located, PlayerId]> {
    const none: Located = { found: false, node: null, local: false };
    const [r] = this.#keys(playerId);
    const nothing: (string | null)[] = [null, null];
    const [node = null, pid = null] = await (this.#run((c) => c.hmget(r, 'node', 'pid'), nothing) ??
      Promise.resolve(nothing));
    const held = heldId(pid, playerId);
    if (node === null) return [none, held];
    const score = await (this.#run((c) => c.zscore(this.#nodesKey(), node), null) ??
      Promise.resolve(null));
    if (score === null || Number(score) < Date.now()) return [none, held];
    return [{ found: true, node, local: node === this.nodeId }, held];
  }

  async presence(): Promise<FleetPresence> {
    const empty: FleetPresence = { nodes: [], connected: 0, away: 0 };
    const ids = await (this.#run(
      (c) => c.zrangebyscore(this.#nodesKey(), Date.now(), '+inf', 'LIMIT', 0, 1000),
      [] as string[],
    ) ?? Promise.resolve([] as string[]));
    if (ids.length === 0) return empty;
    const infos = await (this.#run(
      (c) => c.mget(ids.map((id) => this.#infoKey(id))),
      [] as (string | null)[],
    ) ?? Promise.resolve([] as (string | null)[]));
    const r: FleetPresence = { nodes: [], connected: 0, away: 0 };
    ids.forEach((node, i) => {
      const raw = infos[i];
      if (raw === null || raw === undefined) return;
      const { connected = 0, away = 0 } = JSON.parse(raw) as { connected?: number; away?: number };
      r.nodes.push({ node, connected, away });
      r.connected += connected;
      r.away += away;
    });
    return r;
  }

  state(): FleetState {
    return {
      store: 'redis',
      node: this.nodeId,
      state: this.#state,
      commands: { sent: this.#sent, failed: this.#failed, refused: this.#refused },
      inFlight: this.#inFlight + this.#batchSize,
      reconnects: this.#reconnects,
      handoffTimeouts: this.#handoffTimeouts,
      lastError: this.#lastError,
    };
  }

  close(): Promise<void> {
    this.#closing ??= this.#close();
    return this.#closing;
  }

  async #close(): Promise<void> {
    this.#shut = true;
    this.#resyncing = null;
    this.#refreshing = null;
    this.#roomWaiters.clear();
    // a presence write still waiting is never sent (it would list the node again after it
    // leaves presence below): refused, as every command meant and not sent is
    if (this.#presenceWaiting) {
      this.#presenceWaiting = false;
      this.#refused += PRESENCE;
    }
    for (const t of this.#retries) clearTimeout(t);
    this.#retries.clear();
    if (this.#beat !== null) clearInterval(this.#beat);
    this.#beat = null;
    // claims waiting for a hand-over resume now (their timers cleared)
    for (const done of [...this.#handoffs.values()]) done();
    this.#early.clear();
    this.#flush();
    const cmd = this.#cmd;
    const sub = this.#sub;
    // leave presence at once, then let the last commands (the sessions' ends) finish
    if (cmd !== null && this.#state === 'connected') {
      const nodes = this.#nodesKey();
      await Promise.allSettled([cmd.zrem(nodes, this.nodeId), cmd.del(this.#infoKey(this.nodeId))]);
    }
    this.#state = 'closed';
    await Promise.allSettled([
      quit(cmd, this.#o.commandTimeoutMs),
      quit(sub, this.#o.commandTimeoutMs),
    ]);
    await this.#subscribed;
    cmd?.removeAllListeners();
    sub?.removeAllListeners();
    this.#cmd = this.#sub = null;
    this.#host = null;
  }

  // ---------------------------------------------------------------- internals

  #chan(): string {
    return `${this.#o.keyPrefix}node:`;
  }

  #nodesKey(): string {
    return `${this.#o.keyPrefix}nodes`;
  }

  #infoKey(node: string): string {
    return `${this.#o.keyPrefix}node:${node}:info`;
  }

  #onMessage(raw: string): void {
    const host = this.#host;
    if (host === null) return;
    try {
      const m = JSON.parse(raw) as {
        t: string;
        p: PlayerId;
        to?: string;
        v?: number;
        reason?: string;
        kick?: boolean;
      };
      if (m.t === 'wake') host.wake(m.p);
      else if (m.t === 'moved') {
        // our copy ends; what it held goes to the store (batched), and then, on the same
        // connection so after it, `released` tells the new holder it has everything
        host.moved(m.p, m.to ?? '?', Number(m.v ?? 0));
        if (m.to !== undefined) this.#release(m.p, m.to, Number(m.v ?? 0));
      } else if (m.t === 'released') this.#released(`${Number(m.v ?? 0)} ${String(m.p)}`);
      else if (m.t === 'kick') host.kick(m.p, m.reason ?? 'kicked');
      else if (m.t === 'dispose-owner')
        host.disposeOwner(m.p, m.kick === true, m.reason ?? 'disposed by admin');
    } catch (e) {
      reportError(e, 'leakguard/fleet: a message on this node’s channel could not be handled');
    }
  }

  /** Tells `to` that what this node accepted for the player before the move is in Redis. */
  #release(playerId: PlayerId, to: string, version: number): void {
    const msg = JSON.stringify({ t: 'released', p: playerId, v: version });
    // #run sends this tick's batch first (the moved copy's outbox among it)
    void this.#run((c) => c.publish(this.#chan() + to, msg), 0);
  }

  #released(key: string): void {
    const done = this.#handoffs.get(key);
    if (done !== undefined) return done();
    if (this.#early.size >= 1000) this.#early.clear();
    this.#early.add(key);
  }

  /** Presence: this node's liveness and counts, and the TTL of the records it holds. */
  #heartbeat(): void {
    const host = this.#host;
    const c = this.#cmd;
    if (host === null || c === null) return;
    // a presence write left waiting by a store that is no longer connected is refused now
    if (this.#presenceWaiting && this.#state !== 'connected') this.#presence();
    if (this.#state === 'degraded' && c.status === 'ready' && !this.#probing) {
      // connected but not answering (slow or stopped): one PING at a time, bounded by
      // commandTimeoutMs; its answer is the recovery
      this.#probing = true;
      c.ping().then(
        () => {
          this.#probing = false;
          if (this.#state === 'degraded') this.#connected();
        },
        () => (this.#probing = false),
      );
      return;
    }
    if (this.#state !== 'connected') return;
    // this node's liveness first: before the refresh's PEXPIREs, and never refused
    this.#presence();
    // the records of the players connected here: one refresh at a time, going through the gate
    // as it has room (#refreshStep); a beat that finds the last one still under way (a slow
    // Redis) lets it go on, as it reaches the players this one would
    if (this.#refreshing !== null) return;
    const run: Refresh = {
      players: host.held()[Symbol.iterator](),
      waiting: 0,
      done: false,
      changed: new Set(),
      step: () => this.#refreshStep(run),
    };
    this.#refreshing = run;
    run.step();
  }

  /**
   * Writes this node's presence (its liveness score, `now + nodeTtlMs`, and its counts, read
   * now) in one transaction of three commands — or, when the gate has no room for them, waits
   * for it: first in line for the room the next settled command leaves (`#settled`), and the
   * room it needs kept from every other command meanwhile (`#free`), so commands that keep the
   * gate full cannot take it first. So a live node stays listed however full its gate is: its
   * presence is written at the pace Redis answers, while the node never holds more than
   * `maxInFlight` commands. At most one write waits (a beat that finds it waiting leaves it so:
   * it is sent with the values of the moment it goes). It is never refused while the store is
   * connected; one that waits when the store stops being connected, or closes, is refused then
   * (counted once: `sent + refused` stays every command meant), and the next connection writes
   * presence anew.
   */
  #presence(): void {
    const waited = this.#presenceWaiting;
    this.#presenceWaiting = false;
    const host = this.#host;
    if (this.#state !== 'connected' || this.#shut || host === null || this.#cmd === null) {
      if (waited) this.#refused += PRESENCE;
      return;
    }
    // this tick's messages go first (commands keep their order), so the room measured below is
    // the room #run finds
    if (this.#batchSize > 0) this.#flush();
    if (!this.#room(PRESENCE)) {
      this.#presenceWaiting = true;
      return;
    }
    const ttl = this.#o.nodeTtlMs;
    const now = Date.now();
    const info = JSON.stringify(host.counts());
    // three commands (MULTI and EXEC wrap them), counted three
    void this.#run(
      (c) => {
        const m = c.multi();
        m.zadd(this.#nodesKey(), now + ttl, this.nodeId);
        m.set(this.#infoKey(this.nodeId), info, 'PX', ttl);
        // forget nodes dead for ten TTLs: the set stays bounded by the live fleet
        m.zremrangebyscore(this.#nodesKey(), '-inf', now - 10 * ttl);
        return m.exec().then((res) => this.#answered(res, PRESENCE));
      },
      undefined,
      PRESENCE,
    );
  }

  /**
   * Sends the refresh's next PEXPIREs (one per connected player, in one pipeline) — as many as
   * the gate has room for, with at most `REFRESH_CHUNK` of its own waiting — then waits for the
   * next command to settle (its own answers among them) to go on. So it is never refused: under
   * load it goes at the pace Redis answers, first in line for the room a settled command
   * leaves, and every connected player's record is refreshed, wherever it is in the list,
   * while the node never holds more than the gate allows. It ends when all are sent and
   * answered, when the store is no longer connected (the players not reached are not counted:
   * no command was issued for them; the next connection starts a new refresh), or by close().
   */
  #refreshStep(run: Refresh): void {
    if (this.#refreshing !== run) return;
    if (this.#state !== 'connected') {
      this.#refreshing = null;
      return;
    }
    // this tick's messages go first (commands keep their order), so the room measured below is
    // the room #run finds
    if (this.#batchSize > 0) this.#flush();
    const room = Math.min(REFRESH_CHUNK - run.waiting, this.#free());
    const keys: string[] = [];
    while (!run.done && keys.length < room) {
      const next = run.players.next();
      if (next.done === true) run.done = true;
      else if (!next.value.away && !run.changed.has(String(next.value.playerId)))
        keys.push(this.#keys(next.value.playerId)[0]);
    }
    if (keys.length > 0) {
      const n = keys.length;
      const recTtl = this.#o.nodeTtlMs + this.#ctx.reconnectWindowMs;
      // each PEXPIRE one command (in flight, sent, failed); run.waiting drops before #run's
      // #settled calls this again
      const p = this.#run(
        (c) => {
          const m = c.pipeline();
          for (const r of keys) m.pexpire(r, recTtl);
          return m
            .exec()
            .then((res) => this.#answered(res, n))
            .finally(() => (run.waiting -= n));
        },
        undefined,
        n,
      );
      if (p === null) {
        // refused after all (no command connection; counted): the next beat starts again
        this.#refreshing = null;
        return;
      }
      run.waiting += n;
    }
    if (run.done && run.waiting === 0) {
      this.#refreshing = null;
      return;
    }
    this.#roomWaiters.add(run.step);
  }

  /**
   * Wakes every player connected here, once both connections are back: a wake published while
   * this node's subscriber was away reached nobody (ENQUEUE then leaves no wake pending), so
   * what was queued for them meanwhile is taken now. One TAKE per connected player, after a
   * reconnect only.
   */
  #sweep(): void {
    const host = this.#host;
    if (host === null || !this.#listening || this.#state !== 'connected') return;
    for (const h of host.held()) if (!h.away) host.wake(h.playerId);
  }

  /**
   * Re-announces every player held here (one RESYNC each), after a (re)connect: Redis may
   * have come back empty. From a snapshot of `host.held()`, in steps of at most `RESYNC_CHUNK`
   * calls, each sent once the previous step's answers are in and only as many as the gate has
   * room for (none: the step waits until a command settles), so it is never refused and never
   * holds more than a step in flight. It ends when all are sent, or when the store is no longer
   * connected (the next connection starts a new one) or closes. Players whose session changed
   * here meanwhile are announced as they are now, or not at all (see `Resync`).
   */
  #resync(): void {
    const host = this.#host;
    // the one under way, if any, ends here: this one starts from what is held now
    this.#resyncing = null;
    if (host === null) return;
    const run: Resync = { held: Array.from(host.held()), next: 0, changed: new Map() };
    this.#resyncing = run;
    this.#resyncStep(run);
  }

  #resyncStep(run: Resync): void {
    if (this.#resyncing !== run) return;
    if (this.#state !== 'connected') {
      this.#resyncing = null;
      return;
    }
    // this tick's messages go first (commands keep their order), so the room checked below is
    // the room #run finds
    if (this.#batchSize > 0) this.#flush();
    const { held, changed } = run;
    const recTtl = this.#o.nodeTtlMs + this.#ctx.reconnectWindowMs;
    const step: Promise<unknown>[] = [];
    while (run.next < held.length && step.length < RESYNC_CHUNK && this.#room(1)) {
      const listed = held[run.next++]!;
      const now = changed.get(String(listed.playerId));
      const h = now === undefined ? listed : now;
      if (h === null) continue;
      const [r] = this.#keys(h.playerId);
      const p = this.#run(
        (c) =>
          c.lgResync(
            r,
            this.nodeId,
            h.sessionId,
            h.away ? 'a' : 'c',
            JSON.stringify(h.playerId),
            h.away ? this.#ctx.reconnectWindowMs : recTtl,
          ),
        0 as unknown,
      );
      // refused after all (no command connection): this player waits for the next step
      if (p === null) {
        run.next--;
        break;
      }
      step.push(p);
    }
    if (run.next >= held.length) {
      // all sent (their answers come on their own): the snapshot can go
      this.#resyncing = null;
      return;
    }
    if (step.length === 0) {
      // the gate is full (other commands): on when one of them settles
      this.#roomWaiters.add(() => this.#resyncStep(run));
      return;
    }
    // #run's promises do not reject; the catch is for a throw of the step itself
    Promise.all(step)
      .then(() => this.#resyncStep(run))
      .catch((e: unknown) =>
        reportError(e, 'leakguard/fleet: the re-announce of this node’s players failed'),
      );
  }

  /**
   * A player's session changed here (`claim`, `away`, `end`): the re-announce under way uses
   * `now`, the refresh under way leaves the player alone.
   */
  #changed(playerId: PlayerId, now: Held | null): void {
    const run = this.#resyncing;
    if (run !== null) run.changed.set(String(playerId), now);
    this.#refreshing?.changed.add(String(playerId));
  }
}

/** QUIT, bounded: a Redis that does not answer gets the connection cut instead. */
async function quit(c: Redis | null, ms: number): Promise<void> {
  if (c === null) return;
  if (c.status !== 'ready') {
    c.disconnect();
    return;
  }
  // bounds an awaited promise (close()): ref'd, cleared when it settles
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
  });
  await Promise.race([
    c.quit().then(
      () => undefined,
      () => undefined,
    ),
    late,
  ]);
  clearTimeout(timer);
  c.disconnect();
}
