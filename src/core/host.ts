/**
 * The seam between core's parts and the registry that counts their connections.
 *
 * `connection.ts` and `scope.ts` reach a ConnectionManager only through `RegistryHost` (the
 * way realtime's Session reaches its manager through `SessionHost`), so neither depends on the
 * manager, and this file lists every call that crosses the seam. A scope made by a manager
 * carries it as `_meta.host`; a plain `new Scope()` has none and costs nothing of this.
 *
 * The members are internal (underscore-named, stripped from the published types), so the
 * manager does not declare `implements RegistryHost`; `manager.scope()` storing `this` in a
 * ScopeMeta is what checks that it does.
 */
import type { Connection, ScopeMeta } from './connection.js';
import type { Scope } from './scope.js';

/** @internal What a scope and its connections tell the registry that counts them. */
export interface RegistryHost {
  /** A connection joined a scope of this host (called once it is in the scope). */
  _track(c: Connection, m: ScopeMeta): void;
  /** A connection left (disposed, ended by itself, or `detached`), while `m` is still known. */
  _untrack(c: Connection, m: ScopeMeta, detached: boolean): void;
  /** A cleanup threw, or an async cleanup rejected. */
  _cleanupFailed(): void;
  /** A child scope sharing this host's metadata was made. */
  _scopeCreated(s: Scope): void;
  /** A scope of this host started disposing (or was moved away). */
  _scopeEnded(s: Scope): void;
  /** `from.move()` handed everything to `to`. */
  _moved(from: Scope, to: Scope): void;
  /** The scope has no parent any more: index it as a root (by owner, service, tags). */
  _addRoot(s: Scope): void;
  /** The scope was adopted by a parent: it is no longer a root. */
  _removeRoot(s: Scope): void;
}
