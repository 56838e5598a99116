// no-repeated-registration, get-or-create: a function looks an object up in a cache
// (`let r = this.map.get(k)`), makes one only when there is none (`if (r == null) { r = … }`),
// and then registers a listener on it after that branch. Every call that finds an existing
// object adds one more listener to it: the registration belongs to the branch that created
// the object. Issue #16, leak shape 5 ("on/once in retry paths, removed on one branch");
// designed from the tuning half of the fix corpus (scan-corpus/fixes/): js-libp2p 9898af8
// (`reserve()` refreshes an existing reservation but adds another 'abort' listener to its
// long-lived signal on every refresh).
//
// The other rules take such a receiver for one the call made itself (it is created on one
// path), so it dies with the call: right the first time, wrong on every later call.
import type { TSESTree } from '@typescript-eslint/types';
import type { Registration } from '../facts.js';
import { endOf, startOf, unwrap, type Node } from '../syntax.js';
import { text, type RawFinding, type RuleContext } from './context.js';
import { managedBySignal, managedByUse, removed } from './listener.js';

/** `m.get(k)`, `m.get(k)!`, `cache[k]`, `this.byId[id]`: a lookup of something kept elsewhere. */
function isLookup(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'MemberExpression') return u.computed;
  if (u.type !== 'CallExpression') return false;
  const c = unwrap(u.callee);
  return (
    c.type === 'MemberExpression' &&
    !c.computed &&
    c.property.type === 'Identifier' &&
    c.property.name === 'get' &&
    u.arguments.length === 1
  );
}

/** `x = …` somewhere inside `n` (not in a nested function: that runs later, if at all). */
function assigns(n: Node, name: string): boolean {
  let found = false;
  const visit = (cur: Node): void => {
    if (found) return;
    if (
      cur.type === 'AssignmentExpression' &&
      cur.operator === '=' &&
      cur.left.type === 'Identifier' &&
      cur.left.name === name
    ) {
      found = true;
      return;
    }
    if (
      cur.type === 'FunctionExpression' ||
      cur.type === 'ArrowFunctionExpression' ||
      cur.type === 'FunctionDeclaration'
    )
      return;
    for (const k in cur) {
      if (k === 'parent' || k === 'range' || k === 'loc') continue;
      const v = (cur as unknown as Record<string, unknown>)[k];
      for (const child of Array.isArray(v) ? v : [v])
        if (child !== null && typeof child === 'object' && typeof (child as Node).type === 'string')
          visit(child as Node);
    }
  };
  visit(n);
  return found;
}

/**
 * Where the function makes the object only when the lookup found none: the end offset of the
 * `if` that assigns it (or of the declaration for `get(k) ?? create()`), or -1.
 */
function createdOnOneBranch(
  body: readonly TSESTree.Statement[],
  name: string,
  src: string,
  at: number,
): number {
  let looked = false;
  let created = -1;
  const mentions = new RegExp(`(?<![\\w$.])${name.replace(/\$/g, '\\$')}(?![\\w$])`);
  for (const s of body) {
    if (startOf(s) >= at) break;
    if (s.type === 'VariableDeclaration') {
      for (const d of s.declarations) {
        if (d.id.type !== 'Identifier' || d.id.name !== name || d.init === null) continue;
        const init = unwrap(d.init);
        if (isLookup(init)) looked = true;
        else if (
          init.type === 'LogicalExpression' &&
          (init.operator === '??' || init.operator === '||') &&
          isLookup(init.left)
        )
          created = endOf(s);
      }
    } else if (
      looked &&
      s.type === 'IfStatement' &&
      mentions.test(src.slice(startOf(s.test), endOf(s.test))) &&
      (assigns(s.consequent, name) || (s.alternate !== null && assigns(s.alternate, name)))
    ) {
      created = endOf(s);
    }
  }
  return created;
}

function reuseFinding(ctx: RuleContext, r: Registration): RawFinding | null {
  const { facts } = ctx;
  if (r.guarded || r.site.topLevel) return null;
  const m = /^[\w$]+/.exec(r.receiverKey);
  if (m === null || m[0] === 'this') return null;
  const name = m[0];
  const fn = r.fns[0];
  if (fn === undefined) return null;
  const f = fn as TSESTree.FunctionLike;
  if (f.body === null || f.body === undefined || f.body.type !== 'BlockStatement') return null;
  const body = f.body.body;
  // The registration is a statement of the function body itself, after the lookup.
  const at = startOf(r.site.call);
  const stmt = body.find((s) => startOf(s) <= at && at < endOf(s));
  if (stmt === undefined || r.site.stmt !== stmt) return null;
  const created = createdOnOneBranch(body, name, facts.src, at);
  if (created === -1 || created > at) return null;
  if (managedByUse(r, ctx) || managedBySignal(r, facts) || removed(r, facts, fn)) return null;
  const recv = text(facts, r.receiverNode ?? r.site.call).replace(/\s+/g, ' ');
  return {
    rule: 'no-repeated-registration',
    node: r.site.call,
    message: `${recv} is looked up and made only when missing, but the listener is added on every call: each call that finds an existing ${name} adds another listener to it.`,
    suggestion: `Register the listener where ${name} is created (inside the branch that makes it), or remove it before adding it again.`,
  };
}

export function reuseRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const r of ctx.facts.registrations) {
    const f = reuseFinding(ctx, r);
    if (f !== null) out.push(f);
  }
  return out;
}
