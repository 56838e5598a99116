/**
 * What every hook feeds: the trackers installed (`trackers`, shared by hooks.ts and
 * libraries.ts), `note` (one creation, handed to each of them), `patch` (a wrapper put in
 * place, with its restore) and the restores that `uninstall` runs when the last tracker goes.
 */
import { ItemKind } from './liveness.js';
import type { Item } from './liveness.js';
import type { Group, ReceiverType, ResourceKind, Tracker } from './tracker.js';
import type { ResolvedSite } from './stack.js';

export type AnyFn = (...args: any[]) => any;

/** The trackers fed, in attach order (hooks.ts adds and removes them). */
export const trackers: Tracker[] = [];
/** What undoes the hooks installed with the first tracker, run in reverse by `uninstall`. */
export const restores: (() => void)[] = [];

/** The trackers currently fed by the hooks (read-only view). */
export function activeTrackers(): readonly Tracker[] {
  return trackers;
}

/** Notes one creation for every tracker (`type` names the receiver's type when given). */
export function note(
  kind: ResourceKind,
  k: ItemKind,
  recv: object | null,
  event: unknown,
  res: object,
  fn: object | undefined,
  above: AnyFn,
  at?: ResolvedSite,
  type?: ReceiverType,
): void {
  try {
    for (let i = 0; i < trackers.length; i++) {
      const t = trackers[i]!;
      const g: Group =
        recv !== null
          ? t.groupFor(kind, recv, event, type)
          : t.resourceGroup(kind, res, event == null ? null : String(event));
      if (g.skip > 1) {
        // not sampled, the common case: Tracker.sample's countdown, without the call
        g.skip--;
        g.calls++;
        continue;
      }
      const w = t.sample(g);
      if (w === 0) continue;
      const item: Item =
        fn === undefined
          ? { k, w, ref: new WeakRef(res) }
          : { k, w, ref: new WeakRef(res), event, fn: new WeakRef(fn) };
      t.record(g, item, above, at);
    }
  } catch {
    // Tracking must never break the app.
  }
}

/** Gives `wrapper` the name and length of the function it wraps (what `fn.name` tells). */
export function keepNameAndLength(wrapper: AnyFn, orig: AnyFn): void {
  Object.defineProperty(wrapper, 'name', { value: orig.name, configurable: true });
  Object.defineProperty(wrapper, 'length', { value: orig.length, configurable: true });
}

/** Replaces `obj[key]` with `wrapper`, keeping name, length and own extras (promisify.custom). */
export function patch(obj: object, key: string, wrapper: AnyFn, shared?: string[]): void {
  const o = obj as Record<string, unknown>;
  const orig = o[key] as AnyFn;
  for (const k of Reflect.ownKeys(orig)) {
    if (k === 'length' || k === 'name' || k === 'prototype' || k === 'arguments' || k === 'caller')
      continue;
    const d = Object.getOwnPropertyDescriptor(orig, k);
    if (d) Object.defineProperty(wrapper, k, d);
  }
  keepNameAndLength(wrapper, orig);
  const keys = [key, ...(shared ?? []).filter((k) => o[k] === orig)];
  for (const k of keys) o[k] = wrapper;
  restores.push(() => {
    for (const k of keys) if (o[k] === wrapper) o[k] = orig;
  });
}
