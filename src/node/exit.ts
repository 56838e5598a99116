/**
 * disposeOnExit: Node-only, outside core. On SIGTERM/SIGINT (by default) it disposes what it
 * was given — a ConnectionManager, a Scope, an AsyncDisposable, or anything with
 * `disposeAsync()` or `close()` — and then exits, or with `exit: false` lets the process end by
 * itself. The signal handlers are themselves owned by a Scope and removed by the returned
 * disposer.
 *
 * Invariants: the shutdown runs once, whatever the number of signals; the handlers stay
 * installed until it is over (with none, a second Ctrl-C would take the default action and kill
 * the process half-way); the only timer it makes bounds a promise it awaits, so it stays ref'd
 * and is cleared as soon as that promise settles.
 */
import { ConnectionManager, Scope, type DisposeReport } from '../core/index.js';
import { checkKnownKeys, checkNumber, checkTimerMs, optionError } from '../internal/options.js';

/** What `disposeOnExit` accepts, tried in this order. */
export type ExitTarget =
  | ConnectionManager
  | Scope
  | { disposeAsync(...args: never[]): unknown }
  | AsyncDisposable
  | { close(...args: never[]): unknown };

/** What the target's disposal resolved with: a manager's or Scope's report, else its own value. */
export type ExitValue<T> = T extends ConnectionManager | Scope
  ? DisposeReport
  : T extends { disposeAsync(...args: never[]): infer R }
    ? Awaited<R>
    : T extends AsyncDisposable
      ? undefined
      : T extends { close(...args: never[]): infer R }
        ? Awaited<R>
        : never;

/** What the shutdown did, given to `onDone`. */
export interface ExitReport<V = unknown> {
  /** The signal that started it. */
  signal: NodeJS.Signals;
  /**
   * Cleanups that ran: a ConnectionManager's or Scope's count; for another target 1 once its
   * disposal resolved in time, else 0.
   */
  disposed: number;
  /**
   * Async cleanups still pending after `timeoutMs` (a manager's or Scope's descriptions); for
   * another target, the method it was waiting for (`'close()'`) when that did not settle in time.
   */
  timedOut: string[];
  /** What the disposal resolved with; undefined when it threw or timed out. */
  value?: V;
  /** What the disposal threw (several errors come as one AggregateError). */
  error?: unknown;
}

export interface DisposeOnExitOptions<V = unknown> {
  /** Signals that start the shutdown. @default ['SIGTERM', 'SIGINT'] */
  signals?: NodeJS.Signals[];
  /**
   * Longest wait in milliseconds: for each async cleanup of a ConnectionManager or Scope, or for
   * the whole `disposeAsync()`/`[Symbol.asyncDispose]()`/`close()` of another target.
   * @default 5000
   */
  timeoutMs?: number;
  /** Exit code after a clean shutdown; one with an error exits with 1. Unused with `exit: false`. @default 0 */
  exitCode?: number;
  /** Called once, when the first signal arrives, before anything is disposed (log it, start a watchdog). */
  onSignal?: (signal: NodeJS.Signals) => void;
  /** Called with what the shutdown did, before `process.exit` (or, with `exit: false`, last). */
  onDone?: (report: ExitReport<V>) => void;
  /**
   * Call `process.exit` when done. With `false` the handlers are removed once the shutdown is
   * over and the process ends by itself when nothing is left running; set `process.exitCode`
   * in `onDone` if it matters. @default true
   */
  exit?: boolean;
}

const EXPECTED_TARGET =
  'a ConnectionManager, a Scope, an AsyncDisposable or an object with disposeAsync() or close()';

/** How to dispose `target`; undefined when it is none of the accepted kinds. */
function disposerOf(target: unknown, timeoutMs: number): (() => Promise<unknown>) | undefined {
  if (target instanceof ConnectionManager) return () => target.disposeAllAsync({ timeoutMs });
  if (target instanceof Scope) return () => target.disposeAsync({ timeoutMs });
  if ((typeof target !== 'object' && typeof target !== 'function') || target === null)
    return undefined;
  const t = target as Record<string | symbol, unknown>;
  for (const key of ['disposeAsync', Symbol.asyncDispose, 'close'] as const) {
    const method = t[key];
    if (typeof method === 'function')
      return async () => (method as () => unknown).call(target) as unknown;
  }
  return undefined;
}

/** `disposeAsync()`, `[Symbol.asyncDispose]()` or `close()`: the name used in `timedOut`. */
function methodName(target: object): string {
  const t = target as Record<string | symbol, unknown>;
  if (typeof t.disposeAsync === 'function') return 'disposeAsync()';
  if (typeof t[Symbol.asyncDispose] === 'function') return '[Symbol.asyncDispose]()';
  return 'close()';
}

/** Runs `dispose`, waiting at most `timeoutMs` for a target that is not a manager or Scope. */
async function runShutdown(
  target: object,
  dispose: () => Promise<unknown>,
  timeoutMs: number,
  signal: NodeJS.Signals,
): Promise<ExitReport> {
  const reports = target instanceof ConnectionManager || target instanceof Scope;
  try {
    if (reports) {
      const r = (await dispose()) as DisposeReport;
      return { signal, disposed: r.disposed, timedOut: r.timedOut, value: r };
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = Symbol('late');
    const timeout = new Promise<typeof late>((resolve) => {
      timer = setTimeout(() => resolve(late), timeoutMs);
    });
    try {
      const value = await Promise.race([dispose(), timeout]);
      if (value === late) return { signal, disposed: 0, timedOut: [methodName(target)] };
      return { signal, disposed: 1, timedOut: [], value };
    } finally {
      clearTimeout(timer);
    }
  } catch (error) {
    const r = (error as { report?: DisposeReport } | null)?.report;
    return { signal, disposed: r?.disposed ?? 0, timedOut: r?.timedOut ?? [], error };
  }
}

/**
 * Disposes `target` on the first of `signals`, then exits (unless `exit: false`). Validates
 * everything before installing anything; returns a function that removes the handlers.
 */
export function disposeOnExit<T extends ExitTarget>(
  target: T,
  options: DisposeOnExitOptions<ExitValue<T>> = {},
): () => void {
  if (typeof options !== 'object' || options === null)
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, ['signals', 'timeoutMs', 'exitCode', 'onSignal', 'onDone', 'exit']);
  const {
    signals = ['SIGTERM', 'SIGINT'],
    timeoutMs = 5000,
    exitCode = 0,
    onSignal,
    onDone,
    exit = true,
  } = options;
  const dispose = disposerOf(target, timeoutMs);
  if (dispose === undefined) throw optionError('target', EXPECTED_TARGET, target);
  if (!Array.isArray(signals) || signals.some((s) => typeof s !== 'string'))
    throw optionError('signals', 'an array of signal names', signals);
  // A timer delay: over TIMER_MAX_MS Node fires it after 1 ms, and a manager's or Scope's
  // disposeAsync would refuse it only at shutdown, after the signal.
  checkTimerMs('timeoutMs', timeoutMs);
  checkNumber('exitCode', exitCode, { integer: true });
  if (onSignal !== undefined && typeof onSignal !== 'function')
    throw optionError('onSignal', 'a function', onSignal);
  if (onDone !== undefined && typeof onDone !== 'function')
    throw optionError('onDone', 'a function', onDone);
  if (typeof exit !== 'boolean') throw optionError('exit', 'a boolean', exit);

  const scope = new Scope({ name: 'disposeOnExit' });
  let running = false;
  const shutdown = async (signal: NodeJS.Signals): Promise<void> => {
    if (running) return;
    running = true;
    onSignal?.(signal);
    const report = await runShutdown(target, dispose, timeoutMs, signal);
    onDone?.(report as ExitReport<ExitValue<T>>);
    if (exit) process.exit(report.error === undefined ? exitCode : 1);
    scope.dispose();
  };
  for (const sig of signals) scope.on(process, sig, () => void shutdown(sig));
  return () => scope.dispose();
}
