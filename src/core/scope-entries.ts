/**
 * The sparse LIFO entry list of a Scope (`_entries`, `_dead`).
 *
 * `_entries` is an array in order of addition, holding raw tasks (functions, disposables),
 * Connections and child Scopes; dispose walks it from the end (LIFO). Children know their
 * slot, and a connection knows its scope, so when one is disposed on its own it leaves in
 * O(1): its slot becomes a hole (a child's slot is cleared; a connection's entry simply no
 * longer points back at the scope) and `_dead` counts it. The array is compacted once holes
 * outnumber live entries — a scope that lives forever and sees a million short-lived children
 * stays small. Raw tasks cost one array slot and nothing else, which is what keeps `add(fn)`
 * as cheap as DisposableStack's `defer`.
 *
 * @internal Functions over a Scope's fields, not a class of their own: no extra object per
 * scope.
 */
import { Connection, Flag } from './connection.js';
import { Scope, ScopeState } from './scope.js';

/** Holes are compacted away once there are at least this many and they are half the array. */
const COMPACT_MIN = 16;

/** A child scope that left on its own (disposed, detached, adopted elsewhere): its slot becomes a hole. */
export function removeChild(parent: Scope, s: Scope): void {
  if (parent._entries[s._slot] === s) {
    parent._entries[s._slot] = undefined;
    parent._dead++;
    maybeCompact(parent);
  }
  s._slot = -1;
}

/** Adds a child scope, which remembers its slot; disposes it at once when `parent` has ended. */
export function pushChild(parent: Scope, s: Scope): void {
  if (parent._state !== ScopeState.Live) {
    s.dispose();
    return;
  }
  s._parent = parent;
  s._slot = parent._entries.length;
  parent._entries.push(s);
}

/** Compacts once holes are at least COMPACT_MIN and at least half the entries. */
export function maybeCompact(scope: Scope): void {
  if (
    scope._state !== ScopeState.Live ||
    scope._dead < COMPACT_MIN ||
    scope._dead * 2 < scope._entries.length
  )
    return;
  compact(scope);
}

/**
 * Drops dead entries. A connection detached from here and added back sits twice in the
 * array: the newest place wins (it is where LIFO order puts it).
 */
export function compact(scope: Scope): void {
  const entries = scope._entries;
  for (let i = entries.length - 1; i >= 0; i--) {
    const e = entries[i];
    if (e instanceof Connection) {
      if (e._scope !== scope || (e._flags & Flag.Seen) !== 0) entries[i] = undefined;
      else e._flags |= Flag.Seen;
    }
  }
  let j = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e === undefined) continue;
    if (e instanceof Connection) e._flags &= ~Flag.Seen;
    else if (e instanceof Scope) e._slot = j;
    entries[j++] = e;
  }
  entries.length = j;
  scope._dead = 0;
}
