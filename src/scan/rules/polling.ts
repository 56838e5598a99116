// no-unmanaged-timer, polling loops: a function that re-schedules itself with a `setTimeout`
// whose handle it throws away (`function poll(c) { … setTimeout(() => poll(c), 60000) }`) is a
// setInterval nobody can clear. When its owner (the class, or for code outside classes the
// module) has a teardown (`stop`, `close`, `stopClient`, …), that teardown cannot end the loop:
// after it the loop keeps running and keeps what it closes over (the client) alive. Issue #16,
// leak shape 2 (a timer with a discarded handle); designed from the tuning half of the fix
// corpus (scan-corpus/fixes/): matrix-js-sdk 6b3a06a (checkTurnServers(client) re-schedules
// itself on success and on error, and stopClient() cannot cancel it).
//
// no-unmanaged-timer reports a discarded setTimeout only in an ES class with a teardown, and
// no-unpaired-teardown only in `Foo.prototype.m` methods; a helper function next to them that
// the class calls (`checkTurnServers(this)`) was seen by neither.
import type { ClassOrModule, TimerSite } from '../facts.js';
import { endOf, startOf, unwrap, type Node } from '../syntax.js';
import { hasRange, type RawFinding, type RuleContext } from './context.js';
import { teardownOf } from './paired.js';

/**
 * `if (!this.running) return`, `if (client.stopped) { return }`: the loop ends itself once the
 * owner is torn down (it checks a lifecycle flag or state before going on).
 */
const STOP_CHECK =
  /\bif\s*\((?:[^()]|\([^()]*\))*(?:stop|clos|destroy|dispos|running|active|alive|shut|cancel|abort|ended|connected|enabled|started|polling|state)(?:[^()]|\([^()]*\))*\)\s*\{?\s*return\b/i;

/**
 * The method of `owner` that encloses `n` most closely: a class method, or outside classes a
 * function declaration that no other named function encloses, or `Foo.prototype.m = function`.
 * Named callbacks (`fs.rename(a, b, function CB(er) { … setTimeout(() => …CB) })`, a bounded
 * retry of one call in vite 05d73d9, tuning half) are not an owner's loop.
 */
function enclosingMethod(
  owner: ClassOrModule,
  n: Node,
  src: string,
): { name: string; fn: Node } | null {
  let best: { name: string; fn: Node } | null = null;
  for (const [name, fn] of owner.methods) {
    if (!hasRange(fn, n)) continue;
    if (best === null || endOf(fn) - startOf(fn) < endOf(best.fn) - startOf(best.fn))
      best = { name, fn };
  }
  if (best === null || owner.kind === 'class') return best;
  if (best.fn.type === 'FunctionDeclaration') {
    for (const fn of owner.methods.values())
      if (fn !== best.fn && hasRange(fn, best.fn)) return null;
    return best;
  }
  const esc = best.name.replace(/\$/g, '\\$');
  const head = src.slice(Math.max(0, startOf(best.fn) - 200), startOf(best.fn));
  return new RegExp(`\\.prototype\\.${esc}\\s*=\\s*(?:async\\s+)?$`).test(head) ? best : null;
}

/** The callback calls `name` (`() => poll(c)`, `function () { self.poll() }`, `this.poll.bind(this)`, `poll`). */
function callsBack(cb: Node, name: string, src: string): boolean {
  const text = src.slice(startOf(cb), endOf(cb));
  const esc = name.replace(/\$/g, '\\$');
  const u = unwrap(cb);
  if (u.type === 'Identifier') return u.name === name;
  if (u.type === 'MemberExpression') return new RegExp(`\\.\\s*${esc}$`).test(text);
  return new RegExp(`(?<![\\w$])${esc}\\s*(?:\\(|\\.\\s*(?:bind|call)\\s*\\()`).test(text);
}

function pollingFinding(ctx: RuleContext, t: TimerSite): RawFinding | null {
  const { facts } = ctx;
  if (t.kind !== 'timeout' || t.site.topLevel) return null;
  const u = t.site.use;
  if (u.kind !== 'discarded' && u.kind !== 'voided') return null;
  const [cb, delay] = t.site.call.arguments;
  if (cb === undefined || delay === undefined) return null;
  const d = unwrap(delay);
  if (d.type === 'Literal' && d.value === 0) return null;
  // The loop's function: a method of the class, or a named function of the module.
  const owners = t.site.classOwner === null ? [facts.module] : [t.site.classOwner, facts.module];
  for (const owner of owners) {
    const loop = enclosingMethod(owner, t.site.call, facts.src);
    if (loop === null || !callsBack(cb, loop.name, facts.src)) continue;
    const teardown = teardownOf(t.site.classOwner ?? facts.module);
    if (teardown === null || teardown === loop.name) return null;
    if (STOP_CHECK.test(facts.src.slice(startOf(loop.fn), startOf(t.site.call)))) return null;
    return {
      rule: 'no-unmanaged-timer',
      node: t.site.call,
      message: `${loop.name}() re-schedules itself with a setTimeout whose handle is discarded: nothing can stop the loop, ${teardown}() included, so it keeps running (and keeps what it closes over alive) after ${teardown}().`,
      suggestion: `Keep the handle where ${teardown}() can reach it and clearTimeout() it there, or return early at the top of ${loop.name}() once the owner is stopped.`,
    };
  }
  return null;
}

export function pollingRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of ctx.facts.timers) {
    const f = pollingFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  return out;
}
