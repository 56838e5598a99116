/**
 * Why this file is long: acquire/release and the slow paths they branch to share the pool's
 * private fields and must stay one class for V8 to inline the hot path (bench/pool.ts, the
 * ObjectPool / bare array ratio); options, leak events and the peak window have their own files.
 *
 * ObjectPool<T>: a synchronous pool for game objects (bullets, effects, UI elements).
 *
 * Invariants (each is tested):
 * - every object the pool created has one Entry in a WeakMap keyed by the object; the entry
 *   says whether it is idle, borrowed, reported, written off or destroyed. Objects that accept
 *   a property also carry a hidden mark pointing to their entry (`markObjects`), so the
 *   double-release and foreign-object checks are one property read (a WeakMap lookup for
 *   unmarked objects), never a scan. The mark points from object to entry only, so it keeps
 *   nothing alive that the WeakMap did not;
 * - an entry holds its object strongly only while it is idle (the pool owns it then). While
 *   borrowed it holds a WeakRef, so an object a caller drops can still be collected — the
 *   FinalizationRegistry then unlinks its entry and counts it (`collected`);
 * - every entry whose object the pool still accounts for (idle or borrowed) sits in `#all`
 *   (swap-remove by index when it leaves), so the borrowed count is `#all.length` minus the
 *   idle count and no counter is kept for it. The hot path adds to no list: a borrow is a
 *   state flag and a timestamp, and the periodic sweep scans `#all` — O(live objects) per
 *   tick, far cheaper than list bookkeeping on every acquire/release;
 * - borrows are timestamped on a coarse monotonic clock that the maintenance timer refreshes
 *   (reading `performance.now()` per acquire would cost more than the whole acquire). Ages
 *   are therefore exact to within one `checkIntervalMs`; leaks are reported conservatively
 *   (never before `leakAfterMs`).
 */
import type { ReadonlySignal } from '../core/index.js';
import { Scope, Signal } from '../core/index.js';
import { throwCollected } from '../internal/errors.js';
import {
  checkKnownKeys,
  checkNumber,
  describeValue,
  invalidArgument,
  optionError,
} from '../internal/options.js';
import { captureStack } from '../internal/site.js';
import { monotonicNow } from './clock.js';
import type { Clock } from './clock.js';
import { defaultStrict, poolError } from './errors.js';
import {
  describeLeak,
  LEAK_OPTION_KEYS,
  leakCheckInterval,
  leakEvent,
  parseLeakOptions,
} from './leaks.js';
import type { Borrow, LeakOptions, PoolLeakEvent } from './leaks.js';
import { parseAutoResize, PeakWindow, trimCount } from './peak-window.js';
import type { AutoResizeOptions, ParsedResize } from './peak-window.js';
import { getPoolRegistry, PoolRegistry } from './registry.js';
import type { ObjectPoolStats } from './stats.js';

export interface ObjectPoolOptions<T extends object> extends LeakOptions {
  /** Makes a new object. Must return a new object each call. */
  create: () => T;
  /**
   * Puts a returned object back in its initial state; called on every `release()`.
   * @default undefined // none
   */
  reset?: (obj: T) => void;
  /**
   * Frees an object the pool drops (trimmed, over `maxIdle`, pool destroyed).
   * @default undefined // none
   */
  destroy?: (obj: T) => void;
  /**
   * Shown in errors, stats and leak reports.
   * @default 'ObjectPool#<n>'
   */
  name?: string;
  /**
   * Objects created up front.
   * @default 0
   */
  initialSize?: number;
  /**
   * Idle objects kept at most; returns beyond it are destroyed.
   * @default Infinity
   */
  maxIdle?: number;
  /**
   * Cap on live objects (borrowed + idle); `acquire()` past it throws.
   * @default Infinity
   */
  maxSize?: number;
  /**
   * Trim idle objects the recent peak usage does not need (sliding window + headroom); `true`
   * uses the defaults of AutoResizeOptions. The pool always grows on demand up to `maxSize`.
   * @default false
   */
  autoResize?: boolean | AutoResizeOptions;
  /**
   * Throw on double release / foreign objects (true) or count and ignore them (false).
   * @default process.env.NODE_ENV !== 'production'
   */
  strict?: boolean;
  /**
   * Report (through `leaked`, type `'collected'`) borrowed objects that were garbage-collected
   * without being released. Collection is always noticed and counted; this only controls the
   * event.
   * @default strict // the value of the strict option
   */
  reportCollected?: boolean;
  /**
   * Give each object the pool creates one hidden property: a non-enumerable, read-only,
   * module-private symbol pointing to the pool's record of it. `release()` then finds the record
   * with one property read instead of a WeakMap lookup (the lookup alone costs about as much as a
   * bare array pop + push). The property holds no reference to the object and does not show in
   * `Object.keys`, `for...in`, spread or `JSON.stringify`; it does show in `Reflect.ownKeys`.
   * Objects that refuse it (frozen, sealed, non-extensible, proxies that refuse or throw) are
   * tracked through the WeakMap alone, as are all objects with `false`. One blind spot: an object
   * that only inherits from a marked one (`Object.create(pooled)`) reads its parent's mark, so
   * releasing it is taken for releasing the parent (caught later, as a double release).
   * @default true
   */
  markObjects?: boolean;
  /**
   * Register with a PoolRegistry: `true` = the process-wide one, `false` = none.
   * @default true
   */
  registry?: boolean | PoolRegistry;
  /**
   * Monotonic clock in milliseconds.
   * @default performance.now
   */
  clock?: Clock;
}

/** Where a pooled object is in its life (`Entry.state`). */
const State = { Idle: 0, Borrowed: 1, WrittenOff: 2, Destroyed: 3, Collected: 4 } as const;
type State = (typeof State)[keyof typeof State];
/** `maxIdle` when unbounded: the largest small integer (Smi) on every platform. */
const MAX_IDLE = 2 ** 30 - 1;

const OBJECT_POOL_KEYS = [
  'create',
  'reset',
  'destroy',
  'name',
  'initialSize',
  'maxIdle',
  'maxSize',
  'autoResize',
  'strict',
  'reportCollected',
  'markObjects',
  'registry',
  'clock',
  ...LEAK_OPTION_KEYS,
];

/**
 * Key of the hidden property through which a marked object points to its Entry (see
 * `markObjects`). Module-private, so no other code can read or forge it.
 */
const MARK = Symbol('leakguard.pool.entry');
type Marked = { [MARK]?: unknown };

/**
 * The pool's record of one object. Reachable from outside only through the object's hidden
 * mark (reflection on a module-private symbol), never through the pool's API.
 */
class Entry<T extends object> implements Borrow {
  /** The object, only while idle (the pool owns it then). */
  obj: T | undefined;
  readonly ref: WeakRef<T>;
  /** The owning pool's token: a mark read from an object counts only if it is this pool's. */
  readonly owner: object;
  state: State = State.Idle;
  /** Position in the pool's `#all`, -1 once it left. */
  idx = -1;
  _since = 0;
  _stack: string | undefined = undefined;
  _reported = false;
  constructor(obj: T, owner: object) {
    this.obj = obj;
    this.ref = new WeakRef(obj);
    this.owner = owner;
  }
}

let poolCount = 0;

export class ObjectPool<T extends object> {
  readonly name: string;
  readonly kind = 'object' as const;
  /** Leak events: `leaked`, `returned`, `reclaimed`, `collected` (see PoolLeakEvent). */
  readonly leaked: ReadonlySignal<[PoolLeakEvent]>;
  readonly #leaked: Signal<[PoolLeakEvent]>;

  readonly #create: () => T;
  readonly #reset: ((obj: T) => void) | undefined;
  readonly #destroyFn: ((obj: T) => void) | undefined;
  /** `maxIdle`, or 0 once destroyed. */
  #idleCap: number;
  /** Idle count from which release() leaves the fast path: `#idleCap`, or 0 with a `reset` hook. */
  #fastCap: number;
  readonly #maxSize: number;
  readonly #strict: boolean;
  readonly #reportCollected: boolean;
  readonly #leakAfterMs: number;
  readonly #reclaimAfterMs: number;
  readonly #captureRate: number;
  readonly #resize: ParsedResize | null;
  readonly #clock: Clock;
  /** Coarse clock: refreshed by the maintenance timer (or read per acquire when there is none). */
  #now: number;
  readonly #precise: boolean;
  /** `#precise` or stacks sampled: acquire() calls `#stamp()` instead of copying `#now`. */
  readonly #stamped: boolean;
  /** Slack added to thresholds so a coarse timestamp never reports a borrow early. */
  readonly #slack: number;

  readonly #entries = new WeakMap<T, Entry<T>>();
  /** What this pool's entries carry as `owner` (small, so a marked object pins nothing big). */
  readonly #token = {};
  readonly #mark: boolean;
  readonly #idle: Entry<T>[] = [];
  readonly #all: Entry<T>[] = [];
  readonly #finalizer: FinalizationRegistry<Entry<T>>;
  readonly #window: PeakWindow | null;
  #lastRotate: number;
  readonly #scope: Scope;
  readonly #registry: PoolRegistry | null;
  #destroyed = false;

  #created = 0;
  #destroyedCount = 0;
  #released = 0;
  #peak = 0;
  /** min(`#peak`, auto-resize slot peak): acquire() only calls `#raise()` above it. */
  #high = 0;
  #leaks = 0;
  #leaksReturned = 0;
  #reclaimed = 0;
  #collected = 0;
  #doubleReleases = 0;
  #foreignReleases = 0;
  #destroyErrors = 0;

  constructor(options: ObjectPoolOptions<T>) {
    if (typeof options !== 'object' || options === null)
      throw optionError('options', 'an object', options);
    const o = options;
    checkKnownKeys(o, OBJECT_POOL_KEYS);
    if (typeof o.create !== 'function') throw optionError('create', 'a function', o.create);
    if (o.reset !== undefined && typeof o.reset !== 'function')
      throw optionError('reset', 'a function', o.reset);
    if (o.destroy !== undefined && typeof o.destroy !== 'function')
      throw optionError('destroy', 'a function', o.destroy);
    if (o.name !== undefined && typeof o.name !== 'string')
      throw optionError('name', 'a string', o.name);
    checkNumber('initialSize', o.initialSize, { integer: true });
    checkNumber('maxIdle', o.maxIdle, { integer: true, allowInfinity: true });
    checkNumber('maxSize', o.maxSize, { min: 1, integer: true, allowInfinity: true });
    if (o.strict !== undefined && typeof o.strict !== 'boolean')
      throw optionError('strict', 'a boolean', o.strict);
    if (o.reportCollected !== undefined && typeof o.reportCollected !== 'boolean')
      throw optionError('reportCollected', 'a boolean', o.reportCollected);
    if (o.markObjects !== undefined && typeof o.markObjects !== 'boolean')
      throw optionError('markObjects', 'a boolean', o.markObjects);
    if (o.clock !== undefined && typeof o.clock !== 'function')
      throw optionError('clock', 'a function', o.clock);
    const reg = o.registry ?? true;
    if (typeof reg !== 'boolean' && !(reg instanceof PoolRegistry))
      throw optionError('registry', 'a boolean or a PoolRegistry', reg);
    const leak = parseLeakOptions(o);
    const maxSize = o.maxSize ?? Infinity;
    if (o.initialSize !== undefined && o.initialSize > maxSize)
      throw optionError('initialSize', `an integer <= \`maxSize\` (${maxSize})`, o.initialSize);

    this.name = o.name ?? `ObjectPool#${++poolCount}`;
    this.leaked = this.#leaked = new Signal({ name: `${this.name}.leaked` });
    this.#create = o.create;
    this.#reset = o.reset;
    this.#destroyFn = o.destroy;
    // Kept a small integer (unbounded = MAX_IDLE) so the hot path compares integers. An array
    // cannot hold that many elements anyway.
    this.#idleCap = Math.min(o.maxIdle ?? Infinity, MAX_IDLE);
    this.#fastCap = o.reset === undefined ? this.#idleCap : 0;
    this.#maxSize = maxSize;
    this.#strict = o.strict ?? defaultStrict();
    this.#reportCollected = o.reportCollected ?? this.#strict;
    this.#mark = o.markObjects ?? true;
    this.#leakAfterMs = leak.leakAfterMs;
    this.#reclaimAfterMs = leak.reclaimAfterMs;
    this.#captureRate = leak.captureRate;
    this.#resize = parseAutoResize(o.autoResize);
    this.#window = this.#resize ? new PeakWindow() : null;
    this.#clock = o.clock ?? monotonicNow;
    this.#now = this.#lastRotate = this.#clock();
    this.#scope = new Scope({ name: this.name });
    this.#finalizer = new FinalizationRegistry((e) => this.#onCollected(e));

    let interval = leak.checkIntervalMs;
    if (interval === undefined) {
      interval = Infinity;
      if (leak.leakAfterMs !== Infinity) interval = leakCheckInterval(leak.leakAfterMs);
      if (this.#resize) interval = Math.min(interval, this.#resize.bucketMs);
    }
    const timed = interval !== Infinity && interval > 0;
    this.#precise = !timed && leak.leakAfterMs !== Infinity;
    this.#stamped = this.#precise || leak.captureRate > 0;
    this.#slack = timed ? interval : 0;
    if (timed)
      this.#scope.setInterval(() => this.#tick(), interval, {
        unref: true,
        description: `maintenance of pool '${this.name}'`,
      });

    for (let i = 0; i < (o.initialSize ?? 0); i++) this.#idle.push(this.#newEntry());
    this.#registry = reg === false ? null : reg === true ? getPoolRegistry() : reg;
    this.#registry?.register(this);
  }

  /** Lends an object: an idle one, or a new one. Throws `LEAKGUARD_POOL_EXHAUSTED` past `maxSize`. */
  acquire(): T {
    // Hot path: one pop, a few field writes; everything optional is behind one flag each.
    // (`destroy()` empties `#idle`, so the destroyed check only happens in `#grow()`.)
    const e = this.#idle.pop();
    if (e === undefined) {
      this.#grow(); // puts a new idle entry in `#idle`, or throws
      return this.acquire();
    }
    const obj = e.obj as T;
    e.obj = undefined;
    e.state = State.Borrowed;
    if (this.#stamped === true) this.#stamp(e);
    else e._since = this.#now;
    // Borrowed = accounted for (`#all`) minus idle: no counter to keep on the hot path.
    const b = this.#all.length - this.#idle.length;
    if (b > this.#high) this.#raise(b);
    return obj;
  }

  /**
   * Takes an object back. Releasing twice, or an object this pool never lent, throws
   * (`LEAKGUARD_POOL_DOUBLE_RELEASE` / `LEAKGUARD_POOL_FOREIGN_OBJECT`) when `strict`, and is
   * counted and ignored otherwise. If `reset` throws, the object is destroyed, not re-pooled,
   * and the error is thrown.
   */
  release(obj: T): void {
    // A marked object names its entry: one property read. Anything else (unmarked, another
    // pool's, a non-object) is looked up in the WeakMap, which knows every object.
    // (try/catch, not `obj?.[MARK]`: it costs nothing until null or undefined is released,
    // where the optional chain adds a check to every call; `npm run bench pool`, 1.)
    let e: Entry<T> | undefined;
    try {
      e = (obj as Marked)[MARK] as Entry<T> | undefined;
    } catch {
      e = undefined; // null or undefined: the WeakMap lookup below reports it as foreign
    }
    if (e?.owner !== this.#token) e = this.#entries.get(obj);
    if (e === undefined || e.state !== State.Borrowed) return this.#misuse(obj, e);
    this.#released++;
    // `=== true`: a pointer compare where a bare truthiness test checks every kind of value.
    if (e._reported === true) this.#returnedAfterReport(e);
    // `#fastCap` is `maxIdle`, or 0 with a reset hook or once destroyed: one compare for all.
    if (this.#idle.length >= this.#fastCap) return this.#putBack(e, obj);
    e.state = State.Idle;
    e.obj = obj;
    this.#idle.push(e);
  }

  /**
   * Releases every borrowed object (frame-scoped pools: acquire freely during a frame, then
   * return everything at once). Returns how many came back. Every object comes back even when
   * `reset` throws for some (those are destroyed); then the errors are thrown, one as itself,
   * several as an AggregateError (code `LEAKGUARD_DISPOSE_FAILED`).
   */
  releaseAll(): number {
    let n = 0;
    let errors: unknown[] | null = null;
    for (const e of this.#all.slice()) {
      if (e.state !== State.Borrowed) continue;
      const obj = e.ref.deref();
      if (obj === undefined) this.#onCollected(e);
      else {
        n++;
        try {
          this.release(obj);
        } catch (err) {
          (errors ??= []).push(err);
        }
      }
    }
    throwCollected(errors, `objects released by releaseAll() to pool '${this.name}'`);
    return n;
  }

  /**
   * Reports borrows older than `leakAfterMs` (and writes off those older than
   * `reclaimAfterMs`) now. Returns how many new leaks were reported.
   */
  checkLeaks(): number {
    this.#now = this.#clock();
    return this.#sweep(this.#now);
  }

  /** Resets the `peakBorrowed` high-water mark to the current borrowed count. */
  resetPeak(): void {
    this.#peak = this.#borrowedCount();
    this.#rehigh();
  }

  /**
   * Destroys idle objects now and borrowed ones when they come back; stops the timer, leaves
   * the registry; later `acquire()` calls throw `LEAKGUARD_POOL_DESTROYED`. Idempotent. Errors
   * thrown by the `destroy` hook are thrown together after every object was handled.
   */
  destroy(): void {
    if (this.#destroyed) return;
    this.#destroyed = true;
    this.#idleCap = this.#fastCap = 0;
    this.#registry?.unregister(this);
    this.#scope.dispose();
    const errors: unknown[] = [];
    for (let e = this.#idle.pop(); e !== undefined; e = this.#idle.pop())
      this.#drop(e, e.obj as T, errors);
    throwCollected(errors, `pool '${this.name}'`);
  }

  [Symbol.dispose](): void {
    this.destroy();
  }

  /** Whether `destroy()` was called. */
  get destroyed(): boolean {
    return this.#destroyed;
  }

  /** Counters and gauges (JSON-safe). */
  stats(): ObjectPoolStats {
    // Every acquire ends exactly one way (released, written off, collected) or is still out,
    // so the hot path need not count acquires.
    const borrowed = this.#borrowedCount();
    const acquired = this.#released + this.#reclaimed + this.#collected + borrowed;
    return {
      name: this.name,
      kind: 'object',
      size: this.#all.length,
      borrowed,
      idle: this.#idle.length,
      maxSize: this.#maxSize === Infinity ? null : this.#maxSize,
      created: this.#created,
      destroyed: this.#destroyedCount,
      acquired,
      released: this.#released,
      reuseRate: acquired === 0 ? 0 : Math.max(0, 1 - this.#created / acquired),
      peakBorrowed: this.#peak,
      leaksDetected: this.#leaks,
      leaksReturned: this.#leaksReturned,
      reclaimed: this.#reclaimed,
      collected: this.#collected,
      doubleReleases: this.#doubleReleases,
      foreignReleases: this.#foreignReleases,
      destroyErrors: this.#destroyErrors,
    };
  }

  // ---- internals -------------------------------------------------------------------------

  /** acquire() found nothing idle: checks, then adds one new idle entry. */
  #grow(): void {
    if (this.#destroyed) throw this.#destroyedError();
    if (this.#borrowedCount() >= this.#maxSize)
      throw poolError(
        'LEAKGUARD_POOL_EXHAUSTED',
        `Pool '${this.name}' is exhausted: all ${this.#maxSize} objects (maxSize) are borrowed`,
      );
    this.#idle.push(this.#newEntry());
  }

  /** Objects out on loan: every accounted-for entry (`#all`) that is not idle. */
  #borrowedCount(): number {
    return this.#all.length - this.#idle.length;
  }

  /** Borrow timestamp from the precise clock and/or a sampled stack (`#stamped`). */
  #stamp(e: Entry<T>): void {
    e._since = this.#precise ? this.#clock() : this.#now;
    const rate = this.#captureRate;
    if (rate > 0) e._stack = rate >= 1 || Math.random() < rate ? captureStack() : undefined;
  }

  /** A borrowed count above `#high`: raises the peak and/or the auto-resize slot's peak. */
  #raise(b: number): void {
    if (b > this.#peak) this.#peak = b;
    const w = this.#window;
    if (w !== null && b > w.current) w.current = b;
    this.#rehigh();
  }

  /** `#high` = the lowest of the high-water marks the hot path must keep raising. */
  #rehigh(): void {
    const w = this.#window;
    this.#high = w === null ? this.#peak : Math.min(this.#peak, w.current);
  }

  /** release() with a `reset` hook or a full idle list (`maxIdle`, destroyed pool). */
  #putBack(e: Entry<T>, obj: T): void {
    if (this.#idle.length >= this.#idleCap) {
      this.#drop(e, obj, null);
      return;
    }
    if (this.#reset !== undefined) {
      try {
        this.#reset(obj);
      } catch (err) {
        // A destroy hook that throws too must not hide the reset error: both are thrown.
        const errors = [err];
        this.#drop(e, obj, errors);
        throwCollected(errors, `an object released to pool '${this.name}'`);
      }
    }
    e.state = State.Idle;
    e.obj = obj;
    this.#idle.push(e);
  }

  #misuse(obj: T, e: Entry<T> | undefined): void {
    if (e === undefined) this.#foreign(obj);
    else this.#notBorrowed(e);
  }

  #newEntry(): Entry<T> {
    const obj = this.#create();
    if (obj === null || (typeof obj !== 'object' && typeof obj !== 'function'))
      throw invalidArgument(
        `create() of pool '${this.name}' must return an object, got ${describeValue(obj)}`,
      );
    if (this.#entries.has(obj))
      throw invalidArgument(
        `create() of pool '${this.name}' returned an object the pool already holds; it must return a new object each call`,
      );
    const e = new Entry(obj, this.#token);
    // Frozen and sealed objects, and proxies that refuse (or throw), stay unmarked: the
    // WeakMap serves. Done before the entry is counted, so nothing here leaves it half-added.
    if (this.#mark)
      try {
        Reflect.defineProperty(obj, MARK, { value: e });
      } catch {
        // a proxy's defineProperty trap threw: unmarked
      }
    e.idx = this.#all.length;
    this.#all.push(e);
    this.#entries.set(obj, e);
    // Registered once per object (not per borrow): collection of a dropped borrowed object
    // must unlink its entry, or the borrow list would keep growing with dead entries.
    this.#finalizer.register(obj, e);
    this.#created++;
    return e;
  }

  /** Destroys one object the pool is letting go of. Errors go to `errors`, or are thrown when null. */
  #drop(e: Entry<T>, obj: T, errors: unknown[] | null): void {
    e.state = State.Destroyed;
    e.obj = undefined;
    this.#forget(e);
    this.#destroyedCount++;
    if (this.#destroyFn === undefined) return;
    try {
      this.#destroyFn(obj);
    } catch (err) {
      this.#destroyErrors++;
      if (errors === null) throw err;
      errors.push(err);
    }
  }

  #foreign(obj: T): void {
    this.#foreignReleases++;
    if (this.#strict)
      throw poolError(
        'LEAKGUARD_POOL_FOREIGN_OBJECT',
        `release() on pool '${this.name}' got an object this pool never lent: ${describeValue(obj)}`,
      );
  }

  #notBorrowed(e: Entry<T>): void {
    if (e.state === State.WrittenOff) {
      // A written-off object came back: it is never handed out again, so let it go.
      e.state = State.Destroyed;
      this.#leaksReturned++;
      this.#emit(leakEvent('returned', this.name, this.#clock(), e));
      const obj = e.ref.deref();
      if (obj !== undefined && this.#destroyFn !== undefined) {
        this.#destroyedCount++;
        try {
          this.#destroyFn(obj);
        } catch {
          this.#destroyErrors++;
        }
      }
      return;
    }
    this.#doubleReleases++;
    if (this.#strict)
      throw poolError(
        'LEAKGUARD_POOL_DOUBLE_RELEASE',
        `Object released twice to pool '${this.name}': it is not borrowed (${e.state === State.Idle ? 'already idle' : 'already destroyed'})`,
      );
  }

  #returnedAfterReport(e: Entry<T>): void {
    e._reported = false;
    this.#leaksReturned++;
    this.#emit(leakEvent('returned', this.name, this.#clock(), e));
  }

  #onCollected(e: Entry<T>): void {
    if (e.state !== State.Borrowed) return; // idle objects are held; written-off/destroyed are done
    this.#forget(e);
    e.state = State.Collected;
    this.#collected++;
    if (this.#reportCollected) this.#emit(leakEvent('collected', this.name, this.#clock(), e));
  }

  #tick(): void {
    const now = (this.#now = this.#clock());
    if (this.#leakAfterMs !== Infinity) this.#sweep(now);
    const r = this.#resize;
    if (r !== null && now - this.#lastRotate >= r.bucketMs) {
      this.#lastRotate = now;
      const w = this.#window as PeakWindow;
      const borrowed = this.#borrowedCount();
      w.rotate(borrowed);
      this.#rehigh();
      let n = trimCount(borrowed, this.#idle.length, w.peak(), r);
      const errors: unknown[] = [];
      for (; n > 0; n--) {
        const e = this.#idle.pop() as Entry<T>;
        this.#drop(e, e.obj as T, errors);
      }
      for (const err of errors) this.#reportError(err);
    }
  }

  #sweep(now: number): number {
    if (this.#leakAfterMs === Infinity) return 0;
    // The slack makes a coarse timestamp (up to one interval early) never report early.
    const leakCut = now - this.#leakAfterMs - this.#slack;
    const reclaimCut = now - this.#reclaimAfterMs - this.#slack;
    let aged: Entry<T>[] | null = null;
    let overdue: Entry<T>[] | null = null;
    const all = this.#all;
    for (let i = 0; i < all.length; i++) {
      const e = all[i] as Entry<T>;
      if (e.state !== State.Borrowed) continue;
      if (!e._reported && e._since <= leakCut) {
        e._reported = true;
        (aged ??= []).push(e);
      }
      if (e._reported && e._since <= reclaimCut) (overdue ??= []).push(e);
    }
    if (overdue !== null)
      for (const e of overdue) {
        e.state = State.WrittenOff;
        this.#forget(e);
        this.#reclaimed++;
      }
    // Events last, so listeners that release objects see a consistent pool.
    if (aged !== null) {
      this.#leaks += aged.length;
      for (const e of aged) this.#emit(leakEvent('leaked', this.name, now, e));
    }
    if (overdue !== null)
      for (const e of overdue) this.#emit(leakEvent('reclaimed', this.name, now, e));
    return aged === null ? 0 : aged.length;
  }

  /** Removes an entry from `#all` (swap with the last one: O(1)). */
  #forget(e: Entry<T>): void {
    const i = e.idx;
    if (i < 0) return;
    const all = this.#all;
    const last = all.pop() as Entry<T>;
    if (last !== e) {
      all[i] = last;
      last.idx = i;
    }
    e.idx = -1;
  }

  #emit(ev: PoolLeakEvent): void {
    this.#leaked.fire(ev);
    const own = this.#leaked.size - (this.#registry?.has(this) ? 1 : 0);
    if (own === 0 && !this.#registry?.heard && ev.type !== 'returned')
      console.warn(describeLeak(ev));
  }

  #reportError(err: unknown): void {
    console.error(`[leakguard] destroy() of pool '${this.name}' threw:`, err);
  }

  #destroyedError(): Error {
    return poolError('LEAKGUARD_POOL_DESTROYED', `Pool '${this.name}' was destroyed`);
  }
}
