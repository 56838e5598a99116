/**
 * Off-by-default diagnostics hooks (ARCHITECTURE.md, hot-path rules: off costs nothing). Used by
 * leakguard/testing (`trackScopes()`) to see scopes created during a test; nothing else
 * should set them. Internal: not re-exported from the core entry.
 */
import type { Scope } from './scope.js';

export interface ScopeTracker {
  /** Called from the Scope constructor. */
  created(scope: Scope): void;
  /** Called once when a scope starts disposing (sync or async). */
  disposed(scope: Scope): void;
}

export const hooks: { scopeTracker: ScopeTracker | null } = { scopeTracker: null };

/** Installs a tracker (or removes it with null) and returns the previous one. */
export function setScopeTracker(tracker: ScopeTracker | null): ScopeTracker | null {
  const prev = hooks.scopeTracker;
  hooks.scopeTracker = tracker;
  return prev;
}
