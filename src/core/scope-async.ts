/**
 * Async disposal of a Scope (`disposeAsync()`, `await using`): like `dispose()` but awaits
 * async cleanups one after the other (LIFO, like AsyncDisposableStack), each for at most
 * `timeoutMs`, and reports what it did. A task still pending after its timeout is named in
 * `timedOut` and the rest still run. A sync `dispose()` meanwhile takes the entries not
 * reached yet (`asyncLeft`) and runs them at once.
 *
 * @internal Functions over a Scope's fields, used by its public methods.
 */
import { Connection, End, Flag } from './connection.js';
import { ASYNC_DISPOSE, disposeValueAsync, DISPOSE, isThenable } from './disposable.js';
import { reportError, throwCollected } from '../internal/errors.js';
import type { RegistryHost } from './host.js';
import { checkKnownKeys, checkTimerMs } from '../internal/options.js';
import { Scope, ScopeState } from './scope.js';

export interface DisposeAsyncOptions {
  /**
   * How long to wait for each async task, in milliseconds. A task still pending then is
   * reported in `timedOut` and the rest still run.
   * @default undefined // no limit
   */
  timeoutMs?: number;
}

/** What `disposeAsync()` did. */
export interface DisposeReport {
  /** Tasks and connections whose cleanup this call ran (children's included). */
  disposed: number;
  /** Descriptions of the async tasks still pending after `timeoutMs`. */
  timedOut: string[];
}

const TIMED_OUT = Symbol('timed out');

/** `scope.disposeAsync(options)`: idempotent, a second call returns the same promise. */
export function disposeScopeAsync(
  scope: Scope,
  options: DisposeAsyncOptions,
): Promise<DisposeReport> {
  checkKnownKeys(options, ['timeoutMs']);
  checkTimerMs('timeoutMs', options.timeoutMs);
  const pending = scope._x?.asyncDone;
  if (pending != null) return pending;
  if (scope._state !== ScopeState.Live) return Promise.resolve({ disposed: 0, timedOut: [] });
  const done = run(scope, options.timeoutMs);
  (scope._x ??= {}).asyncDone = done;
  return done;
}

async function run(scope: Scope, timeoutMs: number | undefined): Promise<DisposeReport> {
  const entries = scope._begin();
  // A sync dispose() meanwhile runs, at once, the entries not reached yet (and takes them).
  (scope._x ??= {}).asyncLeft = entries;
  const report: DisposeReport = { disposed: 0, timedOut: [] };
  let errors: unknown[] | null = null;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e === undefined) continue;
    // a child stays listed while awaited: a sync dispose() meanwhile runs the rest of it too
    if (!(e instanceof Scope)) entries[i] = undefined;
    try {
      if (e instanceof Scope) {
        e._parent = null;
        const sub = await e.disposeAsync(timeoutMs === undefined ? {} : { timeoutMs });
        report.disposed += sub.disposed;
        report.timedOut.push(...sub.timedOut);
        continue;
      }
      let r: unknown;
      let desc: string;
      let host: RegistryHost | null = null;
      if (e instanceof Connection) {
        if (e._scope !== scope || (e._flags & Flag.Done) !== 0) continue;
        desc = e.description;
        host = e._end(End.Disposed, false);
        report.disposed++;
        r = e._run(true, host); // a sync throw is counted by _run
      } else {
        desc = describeTask(e);
        report.disposed++;
        r = disposeValueAsync(e);
      }
      if (!isThenable(r)) continue;
      let outcome: unknown;
      try {
        outcome = await withTimeout(r, timeoutMs);
      } catch (err) {
        host?._cleanupFailed(); // a rejection counts as a failed cleanup, as in a sync dispose
        throw err;
      }
      if (outcome === TIMED_OUT) {
        report.timedOut.push(desc);
        watchLate(r, host, `${desc} of scope${scope._label()}`);
      }
    } catch (err) {
      const sub = (err as { report?: DisposeReport } | null)?.report;
      if (sub) {
        report.disposed += sub.disposed;
        report.timedOut.push(...sub.timedOut);
      }
      (errors ??= []).push(err);
    }
  }
  scope._x.asyncLeft = null;
  scope._state = ScopeState.Disposed;
  try {
    throwCollected(errors, `scope${scope._label()}`);
  } catch (err) {
    if (err !== null && typeof err === 'object')
      (err as { report?: DisposeReport }).report = report;
    throw err;
  }
  return report;
}

/** A name for a raw task in reports: the function's name, or the object's class and protocol. */
function describeTask(e: unknown): string {
  if (typeof e === 'function') return (e as { name?: string }).name || 'anonymous function';
  const o = e as Record<PropertyKey, unknown>;
  const proto = Object.getPrototypeOf(o) as { constructor?: { name?: string } } | null;
  const cls = proto?.constructor?.name || 'Object';
  const how =
    typeof o[ASYNC_DISPOSE] === 'function'
      ? 'Symbol.asyncDispose'
      : typeof o[DISPOSE] === 'function'
        ? 'Symbol.dispose'
        : ['dispose', 'unsubscribe', 'disconnect', 'close', 'destroy', 'abort'].find(
            (m) => typeof o[m] === 'function',
          );
  return `${cls} (${how ?? '?'})`;
}

/**
 * A cleanup that timed out is no longer awaited, but it may still reject: report (and count)
 * that, as a sync dispose does for the async cleanups it starts, rather than lose the error.
 */
function watchLate(p: PromiseLike<unknown>, host: RegistryHost | null, what: string): void {
  Promise.resolve(p).then(undefined, (err: unknown) => {
    host?._cleanupFailed();
    reportError(err, `async cleanup ${what} rejected after it timed out`);
  });
}

function withTimeout(p: PromiseLike<unknown>, ms: number | undefined): Promise<unknown> {
  if (ms === undefined) return Promise.resolve(p);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, ms, TIMED_OUT);
  });
  return Promise.race([Promise.resolve(p), timeout]).finally(() => clearTimeout(timer));
}
