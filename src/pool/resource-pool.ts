/**
 * Why this file is long: waiters, dispatch, create retries, destroys and close share the pool's
 * private counters, and the contended acquire must stay inlinable (bench/pool.ts, the 500-waiter
 * ratio); options, leases, queues and leak events have their own files.
 *
 * ResourcePool<T>: an asynchronous pool of resources (connections, handles) lent as leases.
 *
 * Invariants (each is tested):
 * - a slot (one resource for its whole life) is in exactly one state: idle (in `#idle`),
 *   validating, borrowed (by exactly one live lease: the one whose `seq` matches), or
 *   destroyed; live slots (all but destroyed) sit in `#all`;
 * - `creating + validating + idle + borrowed <= max` at all times;
 * - a resource is handed to a waiter in the same synchronous step that removes the waiter from
 *   the queue and resolves it, so a waiter that aborts or times out can never take a resource
 *   with it: it has either been served already, or it is gone before the resource is offered;
 * - the fast path (a resource idle, nobody waiting, no `validate`) allocates one lease and one
 *   resolved promise, and reads the clock once.
 */
import type { ReadonlySignal } from '../core/index.js';
import { Scope, Signal, type Connection } from '../core/index.js';
import { reportError } from '../internal/errors.js';
import {
  checkKnownKeys,
  checkTimerMs,
  optionError,
  unknownOptionError,
} from '../internal/options.js';
import { captureStack } from '../internal/site.js';
import { poolError } from './errors.js';
import { Lease } from './lease.js';
import type { LeaseSlot } from './lease.js';
import { describeLeak, leakEvent } from './leaks.js';
import type { Borrow, PoolLeakEvent } from './leaks.js';
import { IdleQueue, Waiter, WaiterQueue } from './queues.js';
import type { PoolRegistry } from './registry.js';
import { parseResourceOptions } from './resource-options.js';
import type { ParsedResourceOptions, ResourcePoolOptions } from './resource-options.js';
import type { ResourcePoolStats } from './stats.js';
import { TimeSummary } from './summary.js';

export interface AcquireOptions {
  /** Gives up waiting when it aborts (rejects with its reason). */
  signal?: AbortSignal;
}

export interface PoolCloseOptions {
  /**
   * How long to wait, in milliseconds, for in-flight creates, borrowed resources and destroys
   * before borrowed resources are force-destroyed.
   * @default 30000
   */
  timeoutMs?: number;
}

/** What `close()` resolves with. */
export interface PoolCloseReport {
  /** Resources destroyed during close. */
  destroyed: number;
  /** Borrowed resources destroyed because they were not returned within `timeoutMs`. */
  forced: number;
  /** Destroys still pending (hung) when close gave up on them. */
  pendingDestroys: number;
  /**
   * `create()` calls still unsettled (hung) when close ended: those in flight when it gave up
   * on them (their signal aborted) and those that had passed `createTimeoutMs`. A resource one
   * delivers later is destroyed.
   */
  pendingCreates: number;
}

/** Where a slot is in its life (`Slot.state`). */
const State = { Idle: 0, Borrowed: 1, Validating: 2, Destroyed: 3 } as const;
type State = (typeof State)[keyof typeof State];

class Slot<T> implements LeaseSlot<T>, Borrow {
  seq = 0;
  state: State = State.Idle;
  uses = 0;
  /** Position in `#all`, -1 once destroyed. */
  idx = -1;
  /** When it went idle (monotonic ms). */
  idleSince: number;
  /** `seq` of the lend that was written off (reclaimAfterMs), -1 if none. */
  reclaimedSeq = -1;
  _since = 0;
  _stack: string | undefined = undefined;
  _reported = false;
  constructor(
    readonly value: T,
    now: number,
    readonly expiresAt: number,
  ) {
    this.idleSince = now;
  }
}

let poolCount = 0;

/** What a timed-out create attempt rejects with (and aborts its signal with), as `AbortSignal.timeout`. */
function timeoutError(message: string): Error {
  return new DOMException(message, 'TimeoutError');
}

const noop = (): void => {};
/** Where `captureResolvers` leaves a new promise's resolvers (read at once, synchronously). */
const resolvers: { resolve: (value: never) => void; reject: (reason: unknown) => void } = {
  resolve: noop,
  reject: noop,
};
function captureResolvers(
  resolve: (value: never) => void,
  reject: (reason: unknown) => void,
): void {
  resolvers.resolve = resolve;
  resolvers.reject = reject;
}

export class ResourcePool<T> {
  readonly name: string;
  readonly kind = 'resource' as const;
  /** Leak events: `leaked`, `returned`, `reclaimed`, `collected` (see PoolLeakEvent). */
  readonly leaked: ReadonlySignal<[PoolLeakEvent]>;
  readonly #leaked: Signal<[PoolLeakEvent]>;
  /**
   * Errors with nowhere to be thrown: `destroy` failures or time-outs, create failures (after
   * each failed attempt). Logged with console.error when nothing listens.
   */
  readonly failed: ReadonlySignal<[unknown]>;
  readonly #failed: Signal<[unknown]>;

  readonly #o: ParsedResourceOptions<T>;
  readonly #idle: IdleQueue<Slot<T>>;
  readonly #waiters = new WaiterQueue<Lease<T>>();
  readonly #all: Slot<T>[] = [];
  readonly #scope: Scope;
  /** Holds create back-off timers; disposed when close starts, to stop retrying at once. */
  readonly #backoff: Scope;
  /**
   * Gives up on a create attempt in flight (one each): called at its `createTimeoutMs` or when
   * close gives up. The attempt then fails at once and its signal aborts, whatever `create` does.
   */
  readonly #attempts = new Set<(reason: unknown) => void>();
  readonly #registry: PoolRegistry | null;
  readonly #finalizer: FinalizationRegistry<Slot<T>> | null;
  readonly #waitTime = new TimeSummary();
  readonly #usageTime = new TimeSummary();

  #borrowed = 0;
  #creating = 0;
  #validating = 0;
  #destroying = 0;
  /** Create attempts given up on (timed out, or by close) whose `create()` has not settled yet. */
  #lateCreates = 0;
  /** The head waiter's deadline timer, while armed (see #armTimeout). */
  #timeout: Connection | null = null;
  /** No refill to `min` before this time (after a create gave up). */
  #refillAfter = 0;
  #closing = false;
  #closed: Promise<PoolCloseReport> | null = null;
  /** What close aborts the create attempts it gives up on with. */
  #closeReason: Error | null = null;
  #onSettle: (() => void) | null = null;
  #dispatching = false;

  #created = 0;
  #destroyed = 0;
  #acquired = 0;
  #released = 0;
  #peak = 0;
  #leaks = 0;
  #leaksReturned = 0;
  #reclaimed = 0;
  #collected = 0;
  #doubleReleases = 0;
  #destroyErrors = 0;
  #createErrors = 0;
  #validationFailures = 0;
  #timeouts = 0;
  #aborts = 0;
  #idleEvictions = 0;
  #retirements = 0;

  constructor(options: ResourcePoolOptions<T>) {
    const o = (this.#o = parseResourceOptions(options));
    this.name = o.name ?? `ResourcePool#${++poolCount}`;
    this.leaked = this.#leaked = new Signal({ name: `${this.name}.leaked` });
    this.failed = this.#failed = new Signal({ name: `${this.name}.failed` });
    this.#idle = new IdleQueue(o.lifo);
    this.#scope = new Scope({ name: this.name });
    this.#backoff = this.#scope.child('create back-off');
    this.#finalizer = o.trackCollected
      ? new FinalizationRegistry((s) => this.#onCollected(s))
      : null;
    if (o.checkIntervalMs > 0)
      this.#scope.setInterval(() => this.#tick(), o.checkIntervalMs, {
        unref: true,
        description: `maintenance of pool '${this.name}'`,
      });
    this.#registry = o.registry;
    this.#registry?.register(this);
    this.#fillMin();
  }

  /**
   * Resolves with a lease on a resource: an idle one, a new one, or the next one returned.
   * Rejects with `LEAKGUARD_POOL_ACQUIRE_TIMEOUT` after `acquireTimeoutMs`, with the signal's
   * reason when it aborts, `LEAKGUARD_POOL_CREATE_FAILED` when creating gave up, and
   * `LEAKGUARD_POOL_CLOSED` once `close()` was called.
   */
  acquire(options?: AcquireOptions): Promise<Lease<T>> {
    if (this.#closing) return Promise.reject(this.#closedError());
    if (options !== undefined)
      for (const k in options)
        if (k !== 'signal') return Promise.reject(unknownOptionError('', k, ['signal']));
    const signal = options?.signal;
    if (signal !== undefined) {
      if (typeof signal !== 'object' || signal === null || typeof signal.aborted !== 'boolean')
        return Promise.reject(optionError('signal', 'an AbortSignal', signal));
      if (signal.aborted) {
        this.#aborts++;
        return Promise.reject(signal.reason);
      }
    }
    const now = this.#o.clock();
    // Sampled here, in the caller's synchronous frame: a resource handed over later (created,
    // returned) is lent from a microtask whose stack says nothing about the caller.
    const rate = this.#o.captureRate;
    const stack = rate > 0 && (rate >= 1 || Math.random() < rate) ? captureStack() : undefined;
    if (this.#waiters.size === 0 && this.#o.validate === undefined) {
      const s = this.#takeIdle(now);
      if (s !== undefined) {
        this.#waitTime.record(0);
        return Promise.resolve(this.#lend(s, now, stack));
      }
    }
    // A module-level executor hands out the resolvers: no closure per waiter.
    const promise = new Promise<Lease<T>>(captureResolvers);
    const w = new Waiter<Lease<T>>(
      resolvers.resolve as (lease: Lease<T>) => void,
      resolvers.reject,
      signal,
      now,
      now + this.#o.acquireTimeoutMs,
    );
    resolvers.resolve = resolvers.reject = noop;
    w.stack = stack;
    this.#waiters.push(w);
    if (signal !== undefined) {
      const onAbort = (): void => this.#abortWaiter(w);
      try {
        signal.addEventListener('abort', onAbort, { once: true });
      } catch (e) {
        // Not a real AbortSignal after all: fail this call as a rejection, as an executor would.
        this.#settleWaiter(w).reject(e);
        return promise;
      }
      w.onAbort = onAbort;
    }
    this.#armTimeout(now);
    // Under contention every resource is out and `max` reached: nothing to dispatch, and
    // skipping the call keeps the waiting path short (it is most of a contended pool's work).
    if (this.#idle.size !== 0 || this.#total() < this.#o.max) this.#dispatch(now);
    return promise;
  }

  /**
   * Stops the pool: rejects waiters, waits (up to `timeoutMs`) for in-flight creates and
   * borrowed resources, destroys everything, leaves the registry. Idempotent: later calls
   * return the same promise.
   */
  close(options: PoolCloseOptions = {}): Promise<PoolCloseReport> {
    if (this.#closed !== null) return this.#closed;
    checkKnownKeys(options, ['timeoutMs']);
    const { timeoutMs = 30_000 } = options;
    checkTimerMs('timeoutMs', timeoutMs, { allowInfinity: true });
    this.#closing = true;
    this.#registry?.unregister(this);
    for (let w = this.#waiters.shift(); w !== null; w = this.#waiters.shift())
      this.#settleWaiter(w).reject(this.#closedError());
    this.#backoff.dispose();
    const destroyedBefore = this.#destroyed;
    for (let s = this.#idle.take(); s !== undefined; s = this.#idle.take()) this.#destroySlot(s);
    this.#closed = this.#finishClose(timeoutMs).then((r) => ({
      ...r,
      destroyed: this.#destroyed - destroyedBefore,
    }));
    return this.#closed;
  }

  async [Symbol.asyncDispose](): Promise<void> {
    await this.close();
  }

  /** Whether `close()` was called. */
  get closed(): boolean {
    return this.#closing;
  }

  /** Reports borrows older than `leakAfterMs` now. Returns how many new leaks were reported. */
  checkLeaks(): number {
    return this.#sweep(this.#o.clock());
  }

  /** Resets the `peakBorrowed` high-water mark and the wait/usage summaries. */
  resetPeak(): void {
    this.#peak = this.#borrowed;
    this.#waitTime.reset();
    this.#usageTime.reset();
  }

  /** Counters, gauges and time summaries (JSON-safe). */
  stats(): ResourcePoolStats {
    const acquired = this.#acquired;
    return {
      name: this.name,
      kind: 'resource',
      size: this.#borrowed + this.#idle.size,
      borrowed: this.#borrowed,
      idle: this.#idle.size,
      min: this.#o.min,
      max: this.#o.max,
      waiting: this.#waiters.size,
      creating: this.#creating,
      validating: this.#validating,
      destroying: this.#destroying,
      created: this.#created,
      destroyed: this.#destroyed,
      acquired,
      released: this.#released,
      reuseRate: acquired === 0 ? 0 : Math.max(0, 1 - this.#created / acquired),
      peakBorrowed: this.#peak,
      leaksDetected: this.#leaks,
      leaksReturned: this.#leaksReturned,
      reclaimed: this.#reclaimed,
      collected: this.#collected,
      doubleReleases: this.#doubleReleases,
      destroyErrors: this.#destroyErrors,
      createErrors: this.#createErrors,
      validationFailures: this.#validationFailures,
      acquireTimeouts: this.#timeouts,
      acquireAborts: this.#aborts,
      idleEvictions: this.#idleEvictions,
      retirements: this.#retirements,
      waitTime: this.#waitTime.snapshot(),
      usageTime: this.#usageTime.snapshot(),
    };
  }

  // ---- lease callbacks (LeaseOwner) ------------------------------------------------------

  /** @internal */
  _release(lease: Lease<T>, slot: LeaseSlot<T>, broken: boolean): void {
    const s = slot as Slot<T>;
    s.seq++; // ends this lend: the lease handle is now inert
    this.#finalizer?.unregister(lease);
    const now = this.#o.clock();
    this.#borrowed--;
    this.#released++;
    this.#usageTime.record(now - s._since);
    if (s._reported) {
      this.#leaksReturned++;
      this.#emit(leakEvent('returned', this.name, now, s));
    }
    s._stack = undefined;
    if (broken || this.#closing || s.uses >= this.#o.maxUses || now >= s.expiresAt) {
      if (!broken && !this.#closing) this.#retirements++;
      this.#destroySlot(s);
      this.#settled();
      this.#dispatch(now);
      return;
    }
    s.state = State.Idle;
    s.idleSince = now;
    // Waiters first (FIFO fairness); with validate, the resource goes through #dispatch.
    if (this.#waiters.size > this.#validating && this.#o.validate === undefined)
      this.#handOff(s, now);
    else {
      this.#idle.push(s);
      if (this.#waiters.size > 0) this.#dispatch(now);
    }
  }

  /**
   * @internal A lease whose lend had already ended without it: written off (reclaimAfterMs) or
   * force-destroyed by close(). A release then is a harmless no-op; a lease's own second
   * release never gets here (the lease forgets its slot on the first).
   */
  _stale(_lease: Lease<T>, slot: LeaseSlot<T>): void {
    const s = slot as Slot<T>;
    if (s.reclaimedSeq === _lease._seq) {
      this.#leaksReturned++;
      this.#emit(leakEvent('returned', this.name, this.#o.clock(), s));
    } else if (!this.#closing) this.#doubleReleases++;
  }

  // ---- internals -------------------------------------------------------------------------

  /** An idle slot still within its lifetime, or undefined; expired ones are destroyed. */
  #takeIdle(now: number): Slot<T> | undefined {
    for (let s = this.#idle.take(); s !== undefined; s = this.#idle.take()) {
      if (now < s.expiresAt) return s;
      this.#retirements++;
      this.#destroySlot(s);
    }
    return undefined;
  }

  #lend(s: Slot<T>, now: number, stack: string | undefined): Lease<T> {
    s.state = State.Borrowed;
    s.uses++;
    s.seq++;
    s._since = now;
    s._reported = false;
    s._stack = stack;
    const lease = new Lease<T>(this, s);
    this.#finalizer?.register(lease, s, lease);
    this.#acquired++;
    if (++this.#borrowed > this.#peak) this.#peak = this.#borrowed;
    return lease;
  }

  /** Gives a ready slot to the oldest waiter, or makes it idle when nobody waits. */
  #handOff(s: Slot<T>, now: number): void {
    const w = this.#waiters.shift();
    if (w === null) {
      s.state = State.Idle;
      s.idleSince = now;
      this.#idle.push(s);
      return;
    }
    this.#waitTime.record(now - w.start);
    this.#settleWaiter(w).resolve(this.#lend(s, now, w.stack));
  }

  /** Serves waiters: idle resources first (validated if asked), then new ones up to `max`. */
  #dispatch(now = this.#o.clock()): void {
    if (this.#dispatching || this.#closing) return;
    this.#dispatching = true;
    try {
      while (this.#waiters.size > this.#validating) {
        const s = this.#takeIdle(now);
        if (s !== undefined) {
          if (this.#o.validate !== undefined) this.#startValidate(s);
          else this.#handOff(s, now);
          continue;
        }
        const uncovered = this.#waiters.size - this.#validating - this.#creating;
        if (uncovered <= 0 || this.#total() >= this.#o.max) break;
        this.#startCreate();
      }
    } finally {
      this.#dispatching = false;
    }
    this.#fillMin();
  }

  #total(): number {
    return this.#creating + this.#validating + this.#idle.size + this.#borrowed;
  }

  #fillMin(): void {
    if (this.#closing || this.#o.min === 0) return;
    if (this.#refillAfter > 0 && this.#o.clock() < this.#refillAfter) return;
    while (this.#total() < this.#o.min) this.#startCreate();
  }

  #startValidate(s: Slot<T>): void {
    s.state = State.Validating;
    this.#validating++;
    let r: boolean | Promise<boolean>;
    try {
      r = (this.#o.validate as (v: T) => boolean | Promise<boolean>)(s.value);
    } catch {
      r = false;
    }
    if (r !== null && typeof r === 'object' && typeof (r as Promise<boolean>).then === 'function') {
      // Bounded: a validate that never settles would hold its resource, and (being counted in
      // `#validating`) keep the waiter it was for from being served any other way, for good.
      let settled = false;
      const ms = this.#o.validateTimeoutMs;
      const timer =
        ms === Infinity
          ? null
          : this.#scope.setTimeout(
              () => {
                settled = true;
                this.#validated(s, false);
              },
              ms,
              { unref: this.#waiters.size === 0 },
            );
      const end = (ok: boolean): void => {
        if (settled) return; // timed out already: a late answer changes nothing
        settled = true;
        timer?.dispose();
        this.#validated(s, ok);
      };
      (r as Promise<boolean>).then(
        (ok) => end(ok === true),
        () => end(false),
      );
    } else this.#validated(s, r === true);
  }

  #validated(s: Slot<T>, ok: boolean): void {
    this.#validating--;
    if (!ok || this.#closing) {
      if (!ok) this.#validationFailures++;
      this.#destroySlot(s);
    } else this.#handOff(s, this.#o.clock()); // to a waiter, or idle if they all left
    this.#settled();
    this.#dispatch();
  }

  #startCreate(): void {
    this.#creating++;
    void this.#createLoop();
  }

  async #createLoop(): Promise<void> {
    const o = this.#o;
    let last: unknown;
    for (let attempt = 1; attempt <= o.attempts && !this.#closing; attempt++) {
      try {
        const value = await this.#attempt(attempt);
        this.#creating--;
        this.#created++;
        this.#refillAfter = 0;
        const now = o.clock();
        const life =
          o.maxLifetimeMs === Infinity
            ? Infinity
            : now + o.maxLifetimeMs * (1 - o.jitter * Math.random());
        const s = new Slot(value, now, life);
        s.idx = this.#all.length;
        this.#all.push(s);
        // A fresh resource is lent without `validate` (it was just made).
        if (this.#closing) this.#destroySlot(s);
        else {
          this.#handOff(s, now);
          this.#dispatch();
        }
        this.#settled();
        return;
      } catch (e) {
        if (e === this.#closeReason) break; // close gave up on it: no create failure
        last = e;
        this.#createErrors++;
        this.#report(
          e,
          `create() of pool '${this.name}' failed (attempt ${attempt}/${o.attempts})`,
        );
      }
      if (attempt < o.attempts && !this.#closing)
        await this.#sleep(Math.min(o.maxBackoffMs, o.backoffMs * 2 ** (attempt - 1)));
    }
    this.#creating--;
    if (!this.#closing) {
      // The backend looks down: fail the callers now rather than at their timeout, and hold
      // back the refill to `min` for a while (the maintenance timer tries again).
      this.#refillAfter = o.clock() + Math.max(o.maxBackoffMs, 1);
      const err = poolError(
        'LEAKGUARD_POOL_CREATE_FAILED',
        `Pool '${this.name}' could not create a resource after ${o.attempts} attempt(s)`,
        last,
      );
      for (let w = this.#waiters.shift(); w !== null; w = this.#waiters.shift())
        this.#settleWaiter(w).reject(err);
    }
    this.#settled();
  }

  /**
   * One `create` call, bounded by `createTimeoutMs`: a hung create would otherwise hold its
   * place under `max` for good (with `max` hung creates, the pool serves nobody again). A
   * timed-out attempt rejects with a TimeoutError and aborts its signal; what it delivers
   * later is destroyed.
   */
  #attempt(attempt: number): Promise<T> {
    const o = this.#o;
    const ctrl = new AbortController();
    let p: Promise<T>;
    try {
      p = Promise.resolve(o.create({ attempt, signal: ctrl.signal }));
    } catch (e) {
      return Promise.reject(e);
    }
    return new Promise<T>((resolve, reject) => {
      let gaveUp = false;
      let timer: Connection | null = null;
      // The attempt fails now, and the pool stops waiting on it: a `create` that ignores its
      // signal may never settle.
      const giveUp = (reason: unknown): void => {
        gaveUp = true;
        timer?.dispose();
        this.#attempts.delete(giveUp);
        this.#lateCreates++;
        ctrl.abort(reason);
        reject(reason);
      };
      this.#attempts.add(giveUp);
      if (o.createTimeoutMs !== Infinity)
        timer = this.#scope.setTimeout(
          () =>
            giveUp(
              timeoutError(
                `create() of pool '${this.name}' did not settle within ${o.createTimeoutMs} ms (attempt ${attempt}/${o.attempts})`,
              ),
            ),
          o.createTimeoutMs,
          // bounds what a waiting acquire() awaits; a refill to `min` is background work
          { unref: this.#waiters.size === 0 },
        );
      p.then(
        (value) => {
          if (gaveUp) {
            this.#lateCreates--;
            return this.#discardLate(value);
          }
          timer?.dispose();
          this.#attempts.delete(giveUp);
          resolve(value);
        },
        (e: unknown) => {
          if (gaveUp) {
            this.#lateCreates--;
            return; // already counted: reported as the timeout, or in close's pendingCreates
          }
          timer?.dispose();
          this.#attempts.delete(giveUp);
          reject(e);
        },
      );
    });
  }

  /** A resource delivered by a create attempt given up on (timed out, or by close): counted, then destroyed. */
  #discardLate(value: T): void {
    this.#created++;
    this.#destroySlot(new Slot(value, this.#o.clock(), Infinity)); // never in #all
    this.#settled();
  }

  #sleep(ms: number): Promise<void> {
    return new Promise<void>((resolve) => {
      const sub = this.#backoff.child();
      sub.defer(resolve); // runs when the timer ends it, or when close disposes #backoff
      // A back-off that somebody's acquire() waits on keeps the process alive (the create it
      // delays is what that caller awaits); one that only refills `min` in the background does not.
      sub.setTimeout(() => sub.dispose(), ms, { unref: this.#waiters.size === 0 });
    });
  }

  /** Destroys a slot's resource; the slot stops counting at once, the destroy may take time. */
  #destroySlot(s: Slot<T>): void {
    if (s.state === State.Destroyed) return;
    s.state = State.Destroyed;
    s.seq++;
    const i = s.idx;
    if (i >= 0) {
      const last = this.#all.pop() as Slot<T>;
      if (last !== s) {
        this.#all[i] = last;
        last.idx = i;
      }
      s.idx = -1;
    }
    this.#destroyed++;
    let r: void | Promise<void>;
    try {
      r = this.#o.destroy(s.value);
    } catch (e) {
      this.#destroyFailed(e);
      return;
    }
    if (r === null || typeof r !== 'object' || typeof (r as Promise<void>).then !== 'function')
      return;
    this.#destroying++;
    let timer: { dispose(): void } | null = null;
    let done = false;
    const finish = (e?: unknown, failed = false): void => {
      if (done) return;
      done = true;
      timer?.dispose();
      this.#destroying--;
      if (failed) this.#destroyFailed(e);
      this.#settled();
    };
    (r as Promise<void>).then(
      () => finish(),
      (e) => finish(e, true),
    );
    if (!done && this.#o.destroyTimeoutMs !== Infinity && !this.#scope.disposed)
      timer = this.#scope.setTimeout(
        () =>
          finish(
            poolError(
              'LEAKGUARD_POOL_DESTROY_TIMEOUT',
              `destroy() of pool '${this.name}' did not settle within ${this.#o.destroyTimeoutMs} ms`,
            ),
            true,
          ),
        this.#o.destroyTimeoutMs,
        // close() awaits every destroy in flight: while closing, the timeout that bounds it
        // keeps the process alive; a destroy at run time is background work.
        { unref: !this.#closing },
      );
  }

  #destroyFailed(e: unknown): void {
    this.#destroyErrors++;
    this.#report(e, `destroy() of pool '${this.name}' failed`);
  }

  #report(e: unknown, context: string): void {
    if (this.#failed.size > 0) this.#failed.fire(e);
    else reportError(e, context);
  }

  /** Takes a waiter out of the queue and drops its abort listener; returns it. */
  #settleWaiter(w: Waiter<Lease<T>>): Waiter<Lease<T>> {
    this.#waiters.remove(w);
    // Nobody left waiting: the deadline timer must not hold the process any longer.
    if (this.#waiters.size === 0 && this.#timeout !== null) {
      this.#timeout.dispose();
      this.#timeout = null;
    }
    if (w.onAbort !== null) {
      w.signal?.removeEventListener('abort', w.onAbort);
      w.onAbort = null;
    }
    return w;
  }

  #abortWaiter(w: Waiter<Lease<T>>): void {
    if (!w.queued) return;
    this.#aborts++;
    this.#settleWaiter(w).reject(w.signal?.reason);
  }

  /**
   * One timer for the head waiter's deadline; deadlines are in queue order. Not unref'd: it
   * bounds the acquire() somebody awaits, so a one-off script whose pool is exhausted gets the
   * timeout error instead of exiting with "unsettled top-level await" (exit code 13). It only
   * exists while somebody waits.
   */
  #armTimeout(now: number): void {
    if (this.#timeout !== null || this.#o.acquireTimeoutMs === Infinity) return;
    const head = this.#waiters.head;
    if (head === null) return;
    this.#timeout = this.#scope.setTimeout(
      () => {
        this.#timeout = null;
        this.#expireWaiters();
      },
      Math.max(0, head.deadline - now),
    );
  }

  #expireWaiters(): void {
    const now = this.#o.clock();
    for (let w = this.#waiters.head; w !== null && w.deadline <= now; w = this.#waiters.head) {
      this.#timeouts++;
      this.#settleWaiter(w).reject(
        poolError(
          'LEAKGUARD_POOL_ACQUIRE_TIMEOUT',
          `Timed out after ${this.#o.acquireTimeoutMs} ms waiting for a resource from pool '${this.name}' (${this.#borrowed} of max ${this.#o.max} borrowed, ${this.#waiters.size} waiting)`,
        ),
      );
    }
    this.#armTimeout(now);
  }

  #tick(): void {
    const now = this.#o.clock();
    const o = this.#o;
    this.#sweep(now);
    // Idle reaping: expired lifetimes always; idle timeouts never below `min`.
    let spare = this.#total() - o.min;
    const drop = this.#idle.removeWhere((s) => {
      if (now >= s.expiresAt) {
        this.#retirements++;
        spare--;
        return true;
      }
      if (spare > 0 && now - s.idleSince >= o.idleTimeoutMs) {
        this.#idleEvictions++;
        spare--;
        return true;
      }
      return false;
    });
    for (const s of drop) this.#destroySlot(s);
    if (drop.length > 0) this.#settled();
    this.#fillMin();
  }

  #sweep(now: number): number {
    const o = this.#o;
    if (o.leakAfterMs === Infinity || this.#borrowed === 0) return 0;
    let aged: Slot<T>[] | null = null;
    let overdue: Slot<T>[] | null = null;
    for (const s of this.#all) {
      if (s.state !== State.Borrowed) continue;
      const age = now - s._since;
      if (!s._reported && age >= o.leakAfterMs) {
        s._reported = true;
        (aged ??= []).push(s);
      }
      if (s._reported && age >= o.reclaimAfterMs) (overdue ??= []).push(s);
    }
    if (aged !== null) {
      this.#leaks += aged.length;
      for (const s of aged) this.#emit(leakEvent('leaked', this.name, now, s));
    }
    if (overdue !== null) {
      for (const s of overdue) {
        if (s.state !== State.Borrowed) continue; // released by a leak listener meanwhile
        s.reclaimedSeq = s.seq;
        this.#borrowed--;
        this.#reclaimed++;
        this.#emit(leakEvent('reclaimed', this.name, now, s));
        this.#destroySlot(s); // frees its place under `max`; the lease is now inert
      }
      this.#settled();
      this.#dispatch();
    }
    return aged === null ? 0 : aged.length;
  }

  #onCollected(s: Slot<T>): void {
    // Held value is the slot; the lease was collected while this lend was still open
    // (a released lease unregisters itself, so this only fires for dropped leases).
    if (s.state !== State.Borrowed) return;
    const now = this.#o.clock();
    this.#borrowed--;
    this.#collected++;
    this.#emit(leakEvent('collected', this.name, now, s));
    this.#destroySlot(s);
    this.#settled();
    this.#dispatch();
  }

  #emit(ev: PoolLeakEvent): void {
    this.#leaked.fire(ev);
    const own = this.#leaked.size - (this.#registry?.has(this) ? 1 : 0);
    if (own === 0 && !this.#registry?.heard && ev.type !== 'returned')
      console.warn(describeLeak(ev));
  }

  /** Called whenever something close() waits for may have finished. */
  #settled(): void {
    if (this.#onSettle !== null) this.#onSettle();
  }

  async #finishClose(timeoutMs: number): Promise<Omit<PoolCloseReport, 'destroyed'>> {
    const quiet = (): boolean =>
      this.#creating === 0 &&
      this.#validating === 0 &&
      this.#borrowed === 0 &&
      this.#destroying === 0;
    let forced = 0;
    if (!quiet()) {
      const inTime = await new Promise<boolean>((resolve) => {
        // Not unref'd: whoever awaits close() wants the process to wait for it (bounded).
        const timer =
          timeoutMs === Infinity ? undefined : setTimeout(() => resolve(false), timeoutMs);
        this.#onSettle = () => {
          if (!quiet()) return;
          clearTimeout(timer);
          resolve(true);
        };
      });
      this.#onSettle = null;
      if (!inTime) {
        const reason = poolError('LEAKGUARD_POOL_CLOSED', `Pool '${this.name}' was closed`);
        this.#closeReason = reason;
        // Each counts in #lateCreates until its create() settles (pendingCreates below).
        for (const giveUp of [...this.#attempts]) giveUp(reason);
        for (const s of this.#all.slice()) {
          if (s.state !== State.Borrowed) continue;
          forced++;
          this.#borrowed--;
          this.#destroySlot(s); // the lease becomes inert; a later release() is a no-op
        }
      }
    }
    const pendingDestroys = this.#destroying;
    const pendingCreates = this.#lateCreates;
    this.#scope.dispose();
    return { forced, pendingDestroys, pendingCreates };
  }

  #closedError(): Error {
    return poolError('LEAKGUARD_POOL_CLOSED', `Pool '${this.name}' is closed`);
  }
}
