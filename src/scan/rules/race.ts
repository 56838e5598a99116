// Candidate R (fourteenth session), reported as no-unmanaged-timer: the timeout of a
// `Promise.race` that nothing clears when the other promise wins (issue #16, leak shape 2: a
// per-call timeout whose handle is dropped, or cleared only by its own callback).
//
//   const timeout = new Promise((_, reject) => { setTimeout(() => reject(new Error('timed out')), ms) });
//   return Promise.race([promise, timeout]);
//
// When `promise` settles first, the timer still runs for the whole delay, and keeps its
// callback, the executor's `reject` and everything they close over alive until then: once per
// call, so a busy caller holds one of them per call made in the last `ms`. Designed on
// slackapi/node-slack-sdk 0e0d788 (fix corpus, tuning half, sixth batch: promiseTimeout()).
import type { Facts, TimerSite } from '../facts.js';
import { calleeOf, childNodes, endOf, isFunction, startOf, unwrap, type Node } from '../syntax.js';
import type { RawFinding, RuleContext } from './context.js';

/** `new Promise(executor)` executors used in a `Promise.race([...])` of the file, with params. */
function racedExecutors(root: Node): Map<Node, string[]> {
  const executors = new Map<Node, string[]>();
  const byLocal = new Map<string, Node>();
  const raced = new Set<Node>();
  const racedNames = new Set<string>();
  const executorOf = (n: Node | null | undefined): Node | null => {
    if (n === null || n === undefined) return null;
    const u = unwrap(n);
    if (u.type !== 'NewExpression') return null;
    const c = unwrap(u.callee);
    const ex = u.arguments[0] === undefined ? undefined : unwrap(u.arguments[0]);
    return c.type === 'Identifier' && c.name === 'Promise' && ex !== undefined && isFunction(ex)
      ? ex
      : null;
  };
  const visit = (n: Node): void => {
    const ex = executorOf(n);
    if (ex !== null && isFunction(ex))
      executors.set(
        ex,
        ex.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])),
      );
    if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier') {
      const e = executorOf(n.init);
      if (e !== null) byLocal.set(n.id.name, e);
    }
    if (n.type === 'CallExpression') {
      const c = calleeOf(n);
      const arr = n.arguments[0] === undefined ? null : unwrap(n.arguments[0]);
      if (c !== null && c.name === 'race' && arr !== null && arr.type === 'ArrayExpression')
        for (const el of arr.elements) {
          if (el === null || el.type === 'SpreadElement') continue;
          const u = unwrap(el);
          const e = executorOf(u);
          if (e !== null) raced.add(e);
          else if (u.type === 'Identifier') racedNames.add(u.name);
        }
    }
    for (const c of childNodes(n)) visit(c);
  };
  visit(root);
  for (const name of racedNames) {
    const e = byLocal.get(name);
    if (e !== undefined) raced.add(e);
  }
  const out = new Map<Node, string[]>();
  for (const e of raced) {
    const params = executors.get(e);
    if (params !== undefined) out.set(e, params);
  }
  return out;
}

/** `clearTimeout(name)` somewhere in the file outside `callback`. */
function clearedOutside(facts: Facts, name: string, callback: Node): boolean {
  // `clearTimeout(t)`, `clearTimeout(t!)`, `clearTimeout(t as number)`
  const re = new RegExp(
    `clear(?:Timeout|Interval)\\s*\\(\\s*${name.replace(/\$/g, '\\$')}\\s*(?:!\\s*)?(?:\\)|as\\b)`,
    'g',
  );
  const src = facts.src;
  for (let m = re.exec(src); m !== null; m = re.exec(src))
    if (m.index < startOf(callback) || m.index >= endOf(callback)) return true;
  return false;
}

function racedTimeout(
  ctx: RuleContext,
  t: TimerSite,
  raced: Map<Node, string[]>,
): RawFinding | null {
  if (t.kind !== 'timeout' || t.fn === null) return null;
  const params = raced.get(t.fn);
  if (params === undefined || params.length === 0) return null;
  const cb = t.site.call.arguments[0];
  if (cb === undefined) return null;
  const cbNode = unwrap(cb);
  const src = ctx.facts.src;
  // the callback settles the raced promise: it calls the executor's resolve/reject, or is it
  const cbText = src.slice(startOf(cbNode), endOf(cbNode));
  const settles = params.some(
    (p) => cbText === p || new RegExp(`(?<![\\w$.])${p.replace(/\$/g, '\\$')}\\s*\\(`).test(cbText),
  );
  if (!settles) return null;
  const u = t.site.use;
  if (u.kind === 'stored') {
    if (!/^[\w$]+$/.test(u.target)) return null;
    if (clearedOutside(ctx.facts, u.target, cbNode)) return null;
  } else if (u.kind !== 'discarded' && u.kind !== 'voided') return null;
  return {
    rule: 'no-unmanaged-timer',
    node: t.site.call,
    message:
      'This timeout of a Promise.race is never cleared when the other promise settles first: it runs for its whole delay and keeps its callback and what the race closes over alive until then, once per call.',
    suggestion:
      'Keep the handle outside the executor and clearTimeout() it once the race settles (`.finally(() => clearTimeout(t))`), or use AbortSignal.timeout().',
  };
}

export function raceRules(ctx: RuleContext): RawFinding[] {
  if (!ctx.facts.src.includes('race') || ctx.facts.timers.length === 0) return [];
  const raced = racedExecutors(ctx.facts.module.node);
  if (raced.size === 0) return [];
  const out: RawFinding[] = [];
  for (const t of ctx.facts.timers) {
    const f = racedTimeout(ctx, t, raced);
    if (f !== null) out.push(f);
  }
  return out;
}
