/**
 * Off-by-default diagnostics hook on Scope (ARCHITECTURE.md, hot-path rules: off costs nothing).
 * Core's Scope calls it; leakguard/testing (`trackScopes()`, `expectNoLeaks()`) sets it, and
 * nothing else should. It lives in internal/ because those two layers share it, and is generic
 * in the scope's type because internal/ imports nothing of ours. Not re-exported by any entry.
 */

export interface ScopeTracker<S extends object = object> {
  /** Called from the Scope constructor. */
  created(scope: S): void;
  /** Called once when a scope starts disposing (sync or async). */
  disposed(scope: S): void;
}

export const hooks: { scopeTracker: ScopeTracker | null } = { scopeTracker: null };

/** Installs a tracker (or removes it with null) and returns the previous one. */
export function setScopeTracker(tracker: ScopeTracker | null): ScopeTracker | null {
  const prev = hooks.scopeTracker;
  hooks.scopeTracker = tracker;
  return prev;
}
