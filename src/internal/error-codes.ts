/**
 * The one catalogue of every error code leakguard throws: code → the layer that throws it, the
 * class it is thrown as, and when. The public code types (`LeakguardErrorCode`, and per layer
 * `CoreErrorCode`, `PoolErrorCode`, …) derive from it, and every throw site takes its code
 * through a helper typed on it (`leakguardError`, `withCode`, `disposeFailed`, `HttpError`), so
 * a code that is not here is a type error. test/internal/error-codes.test.ts walks `src/` and
 * fails when a code is thrown that is not here, or a code here is never thrown; docs/errors.md
 * is this table for people (the same test keeps the two equal).
 *
 * Shared codes (a bad option, several cleanups that threw) belong to `core`, the layer every
 * other one builds on. `LEAKGUARD_*` environment variables (docs/detect.md) are not error codes.
 * No Node imports (core uses it).
 */

/** The layer whose public API throws a code. */
export type ErrorLayer =
  'core' | 'pool' | 'monitor' | 'realtime' | 'fleet' | 'http' | 'testing' | 'scan';

/** The class an error with a given code is an instance of. */
export type ErrorClassName =
  | 'LeakguardError'
  | 'TypeError'
  | 'ReferenceError'
  | 'AggregateError'
  | 'HttpError'
  | 'MissingPeerError'
  | 'UsageError';

/** One row of the catalogue. */
export interface ErrorCodeEntry {
  readonly layer: ErrorLayer;
  readonly class: ErrorClassName;
  /** When it is thrown, in one sentence (docs/errors.md repeats it). */
  readonly when: string;
}

export const ERROR_CODES = {
  // ---------------------------------------------------------------- core (and every layer)
  LEAKGUARD_INVALID_OPTION: {
    layer: 'core',
    class: 'TypeError',
    when: 'An option or argument has the wrong type or value, or an options object (nested ones too) has a key no option has, or a function given as an option returns what it must not (the `create` of an `ObjectPool`). Every layer; options are checked in the constructor or the call.',
  },
  LEAKGUARD_DISPOSE_FAILED: {
    layer: 'core',
    class: 'AggregateError',
    when: 'Several cleanups threw while disposing a scope, a manager selection (owner, service, tag, kind, all, stale) or a pool; `errors` holds them in the order they happened, the message names what was disposed. One error alone is thrown as itself.',
  },
  LEAKGUARD_SCOPE_DISPOSED: {
    layer: 'core',
    class: 'ReferenceError',
    when: '`scope.move()` on a scope that is already disposed (or moved). Adding to a disposed scope does not throw: the task is disposed at once.',
  },
  LEAKGUARD_TIMEOUT: {
    layer: 'core',
    class: 'LeakguardError',
    when: '`signal.wait({ timeoutMs })` or `scope.wait(source, event, { timeoutMs })` saw no event in time.',
  },
  LEAKGUARD_RETRY_EXHAUSTED: {
    layer: 'core',
    class: 'LeakguardError',
    when: '`scope.connectWithRetry` ran out of attempts; `cause` is the last failure.',
  },
  // ---------------------------------------------------------------- pool
  LEAKGUARD_POOL_EXHAUSTED: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ObjectPool.acquire()` with `maxSize` objects already lent.',
  },
  LEAKGUARD_POOL_DOUBLE_RELEASE: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ObjectPool.release(obj)` of an object already given back (thrown when `strict`, counted otherwise).',
  },
  LEAKGUARD_POOL_FOREIGN_OBJECT: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ObjectPool.release(obj)` of an object the pool never lent (thrown when `strict`, counted otherwise).',
  },
  LEAKGUARD_POOL_DESTROYED: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ObjectPool.acquire()` after `destroy()`.',
  },
  LEAKGUARD_POOL_CLOSED: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ResourcePool.acquire()` after `close()`, or a waiter still queued when it was called.',
  },
  LEAKGUARD_POOL_ACQUIRE_TIMEOUT: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`ResourcePool.acquire()` got no resource within `acquireTimeoutMs`.',
  },
  LEAKGUARD_POOL_CREATE_FAILED: {
    layer: 'pool',
    class: 'LeakguardError',
    when: "`ResourcePool`'s `create` kept failing and the waiter gave up; `cause` is the last failure.",
  },
  LEAKGUARD_POOL_LEASE_ENDED: {
    layer: 'pool',
    class: 'LeakguardError',
    when: '`lease.value` read after the lease was released or destroyed.',
  },
  LEAKGUARD_POOL_DESTROY_TIMEOUT: {
    layer: 'pool',
    class: 'LeakguardError',
    when: "A resource's `destroy` did not settle within `destroyTimeoutMs` (reported through `failed`, not thrown).",
  },
  // ---------------------------------------------------------------- monitor
  LEAKGUARD_MONITOR_DISPOSED: {
    layer: 'monitor',
    class: 'ReferenceError',
    when: '`monitor.start()` or `monitor.sample()` after the monitor was disposed.',
  },
  LEAKGUARD_DUPLICATE_CLEANER: {
    layer: 'monitor',
    class: 'LeakguardError',
    when: '`monitor.cleaners.add(name, fn)` with a name already registered.',
  },
  LEAKGUARD_SNAPSHOT_COOLDOWN: {
    layer: 'monitor',
    class: 'LeakguardError',
    when: '`monitor.writeHeapSnapshot()` inside the cooldown after the last one.',
  },
  // ---------------------------------------------------------------- realtime
  LEAKGUARD_REALTIME_ENCODE: {
    layer: 'realtime',
    class: 'LeakguardError',
    when: '`session.send(data)` of a value JSON cannot encode (a cycle, a BigInt).',
  },
  LEAKGUARD_REALTIME_ATTACH: {
    layer: 'realtime',
    class: 'LeakguardError',
    when: '`sessions.attach(wss)` of a WebSocketServer that has its own `verifyClient`.',
  },
  LEAKGUARD_REALTIME_CLOSED: {
    layer: 'realtime',
    class: 'LeakguardError',
    when: '`sessions.attach(wss)` after `close()`. Nothing else throws after `close()`: connections and SSE requests get 503, `send`/`kick` return false, `broadcast` 0.',
  },
  // ---------------------------------------------------------------- http (response codes)
  LEAKGUARD_HTTP_UNAUTHORIZED: {
    layer: 'http',
    class: 'HttpError',
    when: '401: no token, or one that is not configured.',
  },
  LEAKGUARD_HTTP_FORBIDDEN: {
    layer: 'http',
    class: 'HttpError',
    when: "403: the token's role may not do this.",
  },
  LEAKGUARD_HTTP_NOT_FOUND: {
    layer: 'http',
    class: 'HttpError',
    when: '404: no such monitoring endpoint.',
  },
  LEAKGUARD_HTTP_METHOD_NOT_ALLOWED: {
    layer: 'http',
    class: 'HttpError',
    when: '405: the path exists but not for this method (`allow` header lists them).',
  },
  LEAKGUARD_HTTP_BAD_REQUEST: {
    layer: 'http',
    class: 'HttpError',
    when: '400: a query or body field is missing or malformed, or the body could not be read.',
  },
  LEAKGUARD_HTTP_BAD_JSON: {
    layer: 'http',
    class: 'HttpError',
    when: '400: the request body is not valid JSON.',
  },
  LEAKGUARD_HTTP_BODY_TOO_LARGE: {
    layer: 'http',
    class: 'HttpError',
    when: '413: the request body is over the limit.',
  },
  LEAKGUARD_HTTP_UNSUPPORTED_MEDIA_TYPE: {
    layer: 'http',
    class: 'HttpError',
    when: '415: a body that is not `application/json`.',
  },
  LEAKGUARD_HTTP_RATE_LIMITED: {
    layer: 'http',
    class: 'HttpError',
    when: '429: over the admin rate limit, or a heap snapshot inside its cooldown (`retry-after` says when to come back).',
  },
  LEAKGUARD_HTTP_DISABLED: {
    layer: 'http',
    class: 'HttpError',
    when: '403: an admin action that is configured off (heap snapshots without `heapSnapshots.enabled`).',
  },
  LEAKGUARD_HTTP_UNAVAILABLE: {
    layer: 'http',
    class: 'HttpError',
    when: '503: the handler was disposed, or an admin GC on a runtime that cannot force one.',
  },
  LEAKGUARD_HTTP_INTERNAL: {
    layer: 'http',
    class: 'HttpError',
    when: '500: a source threw; the body never carries its message.',
  },
  // ---------------------------------------------------------------- testing
  LEAKGUARD_LEAKS_FOUND: {
    layer: 'testing',
    class: 'LeakguardError',
    when: '`expectNoLeaks` found resources that outlived the test body.',
  },
  LEAKGUARD_SCOPES_NOT_DISPOSED: {
    layer: 'testing',
    class: 'LeakguardError',
    when: '`trackScopes().assertAllDisposed()` found scopes still live.',
  },
  LEAKGUARD_NOT_COLLECTED: {
    layer: 'testing',
    class: 'LeakguardError',
    when: '`expectCollected` saw the object still reachable after `timeoutMs`.',
  },
  LEAKGUARD_HEAP_GROWTH: {
    layer: 'testing',
    class: 'LeakguardError',
    when: '`expectNoHeapGrowth` measured the heap growing past its budget.',
  },
  LEAKGUARD_HEAP_UNAVAILABLE: {
    layer: 'testing',
    class: 'LeakguardError',
    when: '`expectNoHeapGrowth` cannot sample the heap on this runtime.',
  },
  // ---------------------------------------------------------------- fleet
  LEAKGUARD_FLEET_CLIENT: {
    layer: 'fleet',
    class: 'LeakguardError',
    when: '`createRedisSessionStore()` could not load its optional peer dependency `ioredis` (install `ioredis@^5`).',
  },
  LEAKGUARD_FLEET_STORE_IN_USE: {
    layer: 'fleet',
    class: 'LeakguardError',
    when: 'A Redis session store was given to a second SessionManager: create one store per manager.',
  },
  // ---------------------------------------------------------------- scan
  LEAKGUARD_SCAN_MISSING_PEER: {
    layer: 'scan',
    class: 'MissingPeerError',
    when: '`leakguard scan` needs an optional peer dependency that is not installed.',
  },
  LEAKGUARD_SCAN_USAGE: {
    layer: 'scan',
    class: 'UsageError',
    when: '`leakguard scan` or `scan()` was given a path that does not exist, a tsconfig it cannot use or a baseline it cannot use (`BaselineError`); exit code 2.',
  },
} as const satisfies Record<`LEAKGUARD_${string}`, ErrorCodeEntry>;

/** Every error code leakguard throws (see docs/errors.md). */
export type LeakguardErrorCode = keyof typeof ERROR_CODES;

/** The codes a layer's public API throws. */
export type ErrorCodeOf<L extends ErrorLayer> = {
  [K in LeakguardErrorCode]: (typeof ERROR_CODES)[K]['layer'] extends L ? K : never;
}[LeakguardErrorCode];

/** The codes thrown as instances of one class. */
export type ErrorCodeThrownAs<C extends ErrorClassName> = {
  [K in LeakguardErrorCode]: (typeof ERROR_CODES)[K]['class'] extends C ? K : never;
}[LeakguardErrorCode];

export type CoreErrorCode = ErrorCodeOf<'core'>;
export type PoolErrorCode = ErrorCodeOf<'pool'>;
export type MonitorErrorCode = ErrorCodeOf<'monitor'>;
export type RealtimeErrorCode = ErrorCodeOf<'realtime'>;
export type HttpErrorCode = ErrorCodeOf<'http'>;
export type TestingErrorCode = ErrorCodeOf<'testing'>;
export type ScanErrorCode = ErrorCodeOf<'scan'>;
export type FleetErrorCode = ErrorCodeOf<'fleet'>;
