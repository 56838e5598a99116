// leakguard core: Scope, ConnectionManager, Signal. Runs in Node, Bun, Deno and browsers.
export { Scope } from './scope.js';
export type {
  ScopeOptions,
  DisposeAsyncOptions,
  DisposeReport,
  TimerOptions,
  IntervalOptions,
  EmitterLike,
  EventTargetLike,
  ConnectableLike,
  EventSource,
} from './scope.js';
export type { DebounceOptions, RetryOptions } from './scope-helpers.js';
export { Connection } from './connection.js';
export type { ConnectionKind, ConnectionMeta, Owner } from './connection.js';
export { ConnectionManager } from './manager.js';
export type {
  ConnectionManagerOptions,
  ScopeRequest,
  LeakReport,
  ConnectionInfo,
  ConnectionFilter,
  ManagerStats,
} from './manager.js';
export { Signal } from './signal.js';
export type { SignalOptions, WaitOptions } from './signal.js';
export type { ReadonlySignal } from './readonly-signal.js';
export { LeakguardError } from '../internal/errors.js';
export { describeValue } from '../internal/options.js';
export type { LeakguardErrorCode, CoreErrorCode } from '../internal/error-codes.js';
export { isDisposableLike } from './disposable.js';
export type { DisposableLike } from './disposable.js';
