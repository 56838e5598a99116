// no-unmanaged-listener, typed: a registration known by its undo method (issue #16, `types`
// cases). With a program, a method call that hands its receiver a function is a registration
// when the receiver's declared type has the method that undoes it — by name (the verb table
// below) and by type (it takes the handle the call returns, or the call's first argument
// again): Strophe's `conn.addHandler(fn, …)` / `deleteHandler(ref)`, a closure EventTarget's
// `listen(type, fn)` / `unlisten(type, fn)`. Reported as the listener rule reports an
// `on()`: the receiver outlives the registering code, the call is not module setup, and its
// owner never calls the undo method on that receiver. Only discarded calls are candidates (a
// kept handle may be undone anywhere), and only names in the verb table reach the checker.
import type { BareCall, Facts } from '../facts.js';
import { EMITTER_ADD, keyText } from '../syntax.js';
import { ownersFor, short, text, type RawFinding, type RuleContext } from './context.js';

/** Registering verbs (a name, or a name followed by an upper-case suffix: `addHandler`). */
const VERB = /^(add|listen|handle|subscribe|attach|register|watch|connect|bind)([A-Z]\w*)?$/;
const UNDO: Record<string, readonly string[]> = {
  add: ['remove', 'delete'],
  listen: ['unlisten'],
  handle: ['unhandle'],
  subscribe: ['unsubscribe'],
  attach: ['detach'],
  register: ['unregister'],
  watch: ['unwatch'],
  connect: ['disconnect'],
  bind: ['unbind'],
};

/** `addHandler` -> `removeHandler`, `deleteHandler`; `listen` -> `unlisten`, `unlistenByKey`. */
export function undoNames(name: string): string[] {
  const m = VERB.exec(name);
  if (m === null) return [];
  const suffix = m[2] ?? '';
  const out: string[] = [];
  for (const u of UNDO[m[1]!]!) {
    out.push(u + suffix);
    // `listen` is undone by `unlisten` or by a keyed form (`unlistenByKey(key)`).
    if (suffix === '') out.push(u + 'ByKey');
  }
  return out;
}

function undoneInOwner(b: BareCall, facts: Facts, receiverKey: string, undo: string): boolean {
  return ownersFor(facts, b.site.classOwner, receiverKey).some((o) =>
    (o.calls.get(undo) ?? []).some((r) => r.receiver === receiverKey),
  );
}

export function undoRules(ctx: RuleContext): RawFinding[] {
  const { oracle, facts } = ctx;
  if (oracle === null) return [];
  const out: RawFinding[] = [];
  for (const b of facts.bareCalls) {
    const c = b.callee;
    if (c === null || c.receiver === null || b.site.topLevel) continue;
    if (b.targetLife !== 'outer' || EMITTER_ADD.has(c.name)) continue;
    const names = undoNames(c.name);
    if (names.length === 0) continue;
    const pair = oracle.undoOf(b.site.call, names);
    if (pair === null) continue;
    const receiver = text(facts, c.receiver);
    const key = keyText(facts.src, c.receiver, facts.thisAliases);
    // Undone by the same method under any of its names (a keyed form or the plain one).
    if (names.some((n) => undoneInOwner(b, facts, key, n))) continue;
    out.push({
      rule: 'no-unmanaged-listener',
      node: b.site.call,
      message: `${short(text(facts, b.site.call), 40)} registers on ${short(receiver, 30)}, which outlives this code, and nothing calls ${pair.undo}() on it.`,
      suggestion:
        pair.by === 'handle'
          ? `Keep what ${c.name}() returns and pass it to ${short(receiver, 30)}.${pair.undo}() in the teardown.`
          : `Call ${short(receiver, 30)}.${pair.undo}() with the same arguments in the teardown.`,
    });
  }
  return out;
}
