// Typed only, reported as no-discarded-disposable: an object that must be ended, made in a
// function and kept in a local that the function never ends and never hands on. Its type,
// declared in the project, has `destroy()`/`dispose()`/`close()`/`stop()`/`unsubscribe()`
// (or Symbol.dispose): the author of the class says it holds something — a timer, a listener
// on its owner — until then. When the function returns, nobody can end it any more
// (`const leavePush = new Push(this, 'leave', {}, timeout); leavePush.receive(…).send()`:
// the push's timeout and its listener on the channel stay; supabase/realtime-js
// RealtimeChannel.ts, the fix corpus's tuning half). Without types a local's value could be
// anything, so this is not reported.
import type { LocalResource } from '../facts.js';
import { isFunction, type Node } from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';
import { ENDING } from './fields.js';

const SKIP = new Set(['parent', 'range', 'loc', 'start', 'end', 'typeAnnotation', 'returnType']);

/**
 * What the function does with the local: `ended` when any call on it ends it (anywhere in the
 * function, callbacks included), `escapes` when it is used other than as the receiver of its
 * own members (passed, returned, stored, aliased, reassigned, compared, iterated, or a member
 * call's result used): then someone else may end it, and it is not reported.
 */
function fate(l: LocalResource): 'ended' | 'escapes' | 'kept' {
  let ended = false;
  let escapes = false;
  const visit = (n: Node, parents: Node[]): void => {
    if (ended || escapes) return;
    if (n.type === 'Identifier' && n.name === l.name && n !== l.decl.id) {
      const verdict = referenceFate(n, parents);
      if (verdict === 'ended') ended = true;
      else if (verdict === 'escapes') escapes = true;
      return;
    }
    parents.push(n);
    const rec = n as unknown as Record<string, unknown>;
    for (const k in rec) {
      if (SKIP.has(k)) continue;
      const v = rec[k];
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) visit(c, parents);
      } else if (isNode(v)) visit(v, parents);
    }
    parents.pop();
  };
  visit(l.fn, []);
  return ended ? 'ended' : escapes ? 'escapes' : 'kept';
}

function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

function referenceFate(ref: Node, parents: readonly Node[]): 'ended' | 'escapes' | 'use' {
  let i = parents.length - 1;
  const at = (j: number): Node | undefined => parents[j];
  let p = at(i);
  // Names that are not a reference to the local.
  if (p?.type === 'MemberExpression' && p.property === ref && !p.computed) return 'use';
  if (p?.type === 'Property' && p.key === ref && !p.computed && !p.shorthand) return 'use';
  if (p !== undefined && isFunction(p) && p.id === ref) return 'use';
  let cur: Node = ref;
  // `x!.close()`
  while (p?.type === 'TSNonNullExpression') {
    cur = p;
    p = at(--i);
  }
  if (p?.type !== 'MemberExpression' || p.object !== cur) return 'escapes';
  // `x.a(…).b(…)`: follow the chain of calls made on it.
  for (;;) {
    const m: Node = p;
    if (m.type !== 'MemberExpression') return 'escapes';
    const name = !m.computed && m.property.type === 'Identifier' ? m.property.name : null;
    const call = at(i - 1);
    if (call?.type !== 'CallExpression' || call.callee !== m) {
      // A property read or write (`x.ref`, `x.onclose = …`) keeps the object where it is.
      return 'use';
    }
    if (name !== null && ENDING.test(name)) return 'ended';
    i -= 2;
    cur = call;
    p = at(i);
    while (p?.type === 'ChainExpression' || p?.type === 'TSNonNullExpression') {
      cur = p;
      p = at(--i);
    }
    if (p?.type === 'MemberExpression' && p.object === cur) continue;
    if (p?.type === 'ExpressionStatement') return 'use';
    if (p?.type === 'AwaitExpression' && at(i - 1)?.type === 'ExpressionStatement') return 'use';
    if (p?.type === 'UnaryExpression' && p.operator === 'void') return 'use';
    // The result of a call on it is used: it may be the object itself (chaining).
    return 'escapes';
  }
}

export function localRules(ctx: RuleContext): RawFinding[] {
  const { facts, oracle } = ctx;
  if (oracle === null || oracle.endMethod === undefined || facts.localResources.length === 0)
    return [];
  const out: RawFinding[] = [];
  for (const l of facts.localResources) {
    const end = oracle.endMethod(l.init);
    if (end === null) continue;
    if (fate(l) !== 'kept') continue;
    const call = end === '[Symbol.dispose]' ? `${l.name}[Symbol.dispose]()` : `${l.name}.${end}()`;
    out.push({
      rule: 'no-discarded-disposable',
      node: l.decl,
      message: `${short(text(facts, l.init), 40)} makes an object that must be ended (its type has ${end === '[Symbol.dispose]' ? end : `${end}()`}), kept in ${l.name}, which this function never ends nor hands on; once it returns nothing can end it.`,
      suggestion: `End it when it is done (${call}, e.g. in a finally or a settle callback), or hand it to the owner that ends it (a field its teardown ends, a Scope / DisposableStore).`,
    });
  }
  return out;
}
