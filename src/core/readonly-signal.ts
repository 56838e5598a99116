/**
 * The listening side of a Signal, as its owner hands it out. Every public event in leakguard
 * (`sessions.joined`, `monitor.alerted`, `pool.leaked`, `manager.leakSuspected`, …) is typed as
 * this: a consumer can connect, wait and count listeners, but `fire`, `disconnectAll` and
 * `dispose` stay with the object that owns the Signal (VS Code's `Event` / `Emitter` split).
 * It is a type only: at run time it is the owner's Signal itself, so `scope.connect(event, …)`,
 * `scope.on(event, …)` and `scope.wait(event)` take it like any Signal.
 */
import type { Connection } from './connection.js';
import type { WaitOptions } from './signal.js';

export interface ReadonlySignal<Args extends unknown[]> {
  /** The name given to the Signal (shown in errors and leak reports). */
  readonly name: string | undefined;
  /** Listeners currently connected. */
  readonly size: number;
  /** Calls `listener` on every fire until the returned connection is disposed. */
  connect(listener: (...args: Args) => void): Connection;
  /** Calls `listener` on the next fire only. */
  once(listener: (...args: Args) => void): Connection;
  /** Resolves with the arguments of the next fire (see Signal.wait). */
  wait(options?: WaitOptions): Promise<Args>;
}
