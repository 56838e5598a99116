/**
 * Keyed slots of a Scope (`scope.set(key, task)`, `get`, `has`, `delete`): at most one entry
 * per key. The map lives in the scope's extra data (`_x.keys`, allocated on first use); the
 * entry is a Connection whose extra data remembers its key, so it leaves the slot by itself
 * when it is disposed or ends (a timer's last call), through `leaveSlot`.
 *
 * @internal Functions over a Scope's fields, used by its public methods.
 */
import { Connection, ConnType, KindIndex } from './connection.js';
import { assertDisposableLike } from './disposable.js';
import { disposeNow, ScopeState, type Scope } from './scope.js';

/** `task` takes `key`; what held the key before is disposed. Returns `task`. */
export function setSlot<T>(scope: Scope, key: unknown, task: T): T {
  assertDisposableLike(task);
  const x = (scope._x ??= {});
  const keys = (x.keys ??= new Map());
  const prev = keys.get(key);
  if (prev !== undefined && (prev === (task as unknown) || prev._extra?.value === task))
    return task;
  if (scope._state !== ScopeState.Live) {
    disposeNow(task);
    return task;
  }
  let c: Connection;
  if (task instanceof Connection) {
    c = task;
    scope._adoptConnection(c, undefined);
  } else {
    c = scope._track(
      new Connection(ConnType.Task, KindIndex.Custom, task, undefined, undefined),
      undefined,
    );
    if (typeof key === 'string') c._x().desc = key;
  }
  const cx = c._x();
  cx.key = key;
  cx.keyed = true;
  cx.value = task;
  keys.set(key, c);
  if (prev !== undefined) prev.dispose();
  return task;
}

/** What holds `key`, or undefined. */
export function slotValue(scope: Scope, key: unknown): unknown {
  return scope._x?.keys?.get(key)?._extra?.value;
}

/** Disposes what holds `key`. Returns whether there was something. */
export function deleteSlot(scope: Scope, key: unknown): boolean {
  const c = scope._x?.keys?.get(key);
  if (c === undefined) return false;
  c.dispose();
  return true;
}

/** A connection with extra data left `scope`: if it held a slot, the slot is free again. */
export function leaveSlot(scope: Scope, c: Connection): void {
  const x = c._extra;
  const keys = scope._x?.keys;
  if (x !== null && x.keyed === true && keys?.get(x.key) === c) keys.delete(x.key);
}
