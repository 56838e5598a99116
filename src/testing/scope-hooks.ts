/**
 * Fan-out over the core's single scope-tracker slot, so trackScopes() and expectNoLeaks()
 * (and whatever had the slot before) can all watch scopes at once. The core's hook stays
 * null — zero cost — while nobody subscribes.
 */
import { setScopeTracker } from '../core/hooks.js';
import type { ScopeTracker } from '../core/hooks.js';

const subscribers = new Set<ScopeTracker>();
let previous: ScopeTracker | null = null;
let installed = false;

const mux: ScopeTracker = {
  created(scope) {
    previous?.created(scope);
    for (const s of subscribers) s.created(scope);
  },
  disposed(scope) {
    previous?.disposed(scope);
    for (const s of subscribers) s.disposed(scope);
  },
};

/** Starts forwarding scope creation/disposal to `t`; returns the unsubscribe function. */
export function subscribeScopes(t: ScopeTracker): () => void {
  subscribers.add(t);
  if (!installed) {
    previous = setScopeTracker(mux);
    installed = true;
  }
  return () => {
    subscribers.delete(t);
    if (subscribers.size === 0 && installed) {
      setScopeTracker(previous);
      previous = null;
      installed = false;
    }
  };
}
