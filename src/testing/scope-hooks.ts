/**
 * Fan-out over Scope's single tracker slot (internal/scope-tracker.ts), so trackScopes() and
 * expectNoLeaks() (and whatever had the slot before) can all watch scopes at once. The slot
 * stays null — zero cost — while nobody subscribes.
 */
import type { Scope } from '../core/index.js';
import { setScopeTracker, type ScopeTracker } from '../internal/scope-tracker.js';

type Tracker = ScopeTracker<Scope>;

const subscribers = new Set<Tracker>();
let previous: Tracker | null = null;
let installed = false;

const mux: Tracker = {
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
export function subscribeScopes(t: Tracker): () => void {
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
