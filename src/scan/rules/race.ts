// no-unmanaged-listener, once() races: `x.once('error', onError); x.once('connect', onConnect)`
// waits for whichever comes first, and the other listener stays on `x` until its event fires,
// which may be never (one error listener per connect() on a long-lived connection). Issue #16,
// leak shape 5; designed from the tuning half of the fix corpus: node-mysql2 221f705,
// kafkajs cbb7a09, node-postgres 8faf8a0.
import type { TSESTree } from '@typescript-eslint/types';
import type { Registration } from '../facts.js';
import type { Node } from '../syntax.js';
import { type RawFinding, type RuleContext } from './context.js';
import { managedBySignal, managedByUse, removed } from './listener.js';

/** Names `fn` binds itself: its parameters and the declarations directly in its body. */
function ownNames(fn: Node): Set<string> {
  const names = new Set<string>();
  const f = fn as TSESTree.FunctionLike;
  const add = (p: Node): void => {
    if (p.type === 'Identifier') names.add(p.name);
    else if (p.type === 'AssignmentPattern') add(p.left);
    else if (p.type === 'TSParameterProperty') add(p.parameter);
    else if (p.type === 'RestElement') add(p.argument);
  };
  for (const p of f.params) add(p);
  if (f.body !== null && f.body !== undefined && f.body.type === 'BlockStatement')
    for (const s of f.body.body)
      if (s.type === 'VariableDeclaration')
        for (const d of s.declarations) if (d.id.type === 'Identifier') names.add(d.id.name);
  return names;
}

export function raceRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const groups = new Map<string, Registration[]>();
  for (const r of facts.registrations) {
    if (r.api !== 'once' || r.guarded || r.site.topLevel || r.eventKey === null) continue;
    // The receiver outlives the call: not one the function made (or an event's own object).
    if (r.receiverLife === 'created' || r.receiverLife === 'event') continue;
    const fn = r.fns[0];
    if (fn === undefined || r.site.stmt === null) continue;
    const k = r.receiverKey;
    const g = groups.get(k);
    if (g === undefined) groups.set(k, [r]);
    else g.push(r);
  }
  const out: RawFinding[] = [];
  for (const g of groups.values()) {
    for (const r of g) {
      const fn = r.fns[0];
      const rivals = g.filter((o) => o !== r && o.fns[0] === fn && o.eventKey !== r.eventKey);
      if (rivals.length === 0) continue;
      if (managedByUse(r, ctx) || managedBySignal(r, facts) || removed(r, facts, null)) continue;
      const other = rivals[0]!;
      out.push({
        rule: 'no-unmanaged-listener',
        node: r.site.call,
        message: `once(${r.eventKey}) races once(${other.eventKey}) on ${r.receiverKey}: when ${other.eventKey} comes first this listener stays, one more per call.`,
        suggestion: `Remove each listener in the other's handler (${r.receiverKey}.removeListener(${r.eventKey}, …)), or use events.once() / an AbortSignal for both.`,
      });
    }
  }
  return out;
}
