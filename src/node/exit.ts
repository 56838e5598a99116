/**
 * disposeOnExit: Node-only, outside core. On SIGTERM/SIGINT (by default) it disposes every
 * connection of a manager — async cleanups included, each for at most `timeoutMs` — and then
 * exits. The signal handlers are themselves owned by a Scope and removed by the returned
 * disposer.
 */
import { ConnectionManager, Scope } from '../core/index.js';
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';

export interface DisposeOnExitOptions {
  /**
   * Signals that start the shutdown.
   * @default ['SIGTERM', 'SIGINT']
   */
  signals?: NodeJS.Signals[];
  /**
   * Longest wait for each async cleanup, in milliseconds.
   * @default 5000
   */
  timeoutMs?: number;
  /**
   * Exit code after a clean shutdown. A shutdown with errors exits with 1.
   * @default 0
   */
  exitCode?: number;
  /** Called with what the shutdown did, before `process.exit`. */
  onDone?: (result: { disposed: number; timedOut: string[]; error?: unknown }) => void;
  /**
   * Call `process.exit` when done; `false` leaves exiting to the caller (tests do).
   * @default true
   */
  exit?: boolean;
}

/** Installs the handlers; returns a function that removes them. */
export function disposeOnExit(
  manager: ConnectionManager,
  options: DisposeOnExitOptions = {},
): () => void {
  if (!(manager instanceof ConnectionManager))
    throw optionError('manager', 'a ConnectionManager', manager);
  if (typeof options !== 'object' || options === null)
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, ['signals', 'timeoutMs', 'exitCode', 'onDone', 'exit']);
  const {
    signals = ['SIGTERM', 'SIGINT'],
    timeoutMs = 5000,
    exitCode = 0,
    onDone,
    exit = true,
  } = options;
  if (!Array.isArray(signals) || signals.some((s) => typeof s !== 'string'))
    throw optionError('signals', 'an array of signal names', signals);
  checkNumber('timeoutMs', timeoutMs);
  checkNumber('exitCode', exitCode, { integer: true });
  if (onDone !== undefined && typeof onDone !== 'function')
    throw optionError('onDone', 'a function', onDone);
  if (typeof exit !== 'boolean') throw optionError('exit', 'a boolean', exit);
  const scope = new Scope({ name: 'disposeOnExit' });
  let running = false;
  const shutdown = async (): Promise<void> => {
    if (running) return;
    running = true;
    let result: { disposed: number; timedOut: string[]; error?: unknown };
    try {
      result = await manager.disposeAllAsync({ timeoutMs });
    } catch (error) {
      const r = (error as { report?: { disposed: number; timedOut: string[] } }).report;
      result = { disposed: r?.disposed ?? 0, timedOut: r?.timedOut ?? [], error };
    }
    onDone?.(result);
    // Keep the handlers until the very end: with none installed, a second Ctrl-C during the
    // shutdown would take the default action and kill the process half-way.
    if (exit) process.exit(result.error === undefined ? exitCode : 1);
    scope.dispose();
  };
  for (const sig of signals) scope.on(process, sig, () => void shutdown());
  return () => scope.dispose();
}
