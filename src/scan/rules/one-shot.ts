// Candidate OT′ (issue #16, false-finding shape 4, one-shot registrations): a listener added with
// `{ once: true }` removes itself when its event fires, and some events are sure to fire soon
// after the registration — the end of a press, a click (antoniandre/vue-cal
// src/vue-cal/components/cell.vue, a `document` `mouseup` added in a cell's `mousedown` handler;
// clean corpus, held-out set). Not the end of a hover (`mouseleave`: after a touch it never comes,
// hotwired/turbo 9cd58e4, fix corpus, held-out half) or of a transition (a cancelled one never
// ends), and not `abort`: a signal may never abort, and a reused one collects them all.
import type { Facts, Registration } from '../facts.js';
import { isFunction, propertyName, unwrap, type Node } from '../syntax.js';
import { ablated } from './ablate.js';
import { declaresName } from './lifetime.js';

const SURE_EVENT = /^(?:mouseup|pointerup|touchend|touchcancel|pointercancel|dragend|click)$/;

/** `x.addEventListener('mouseup', fn, { once: true })` for an event sure to come. */
function oneShotForSureEvent(r: Registration): boolean {
  if (r.api !== 'addEventListener' || r.options === undefined) return false;
  const o = unwrap(r.options);
  if (o.type !== 'ObjectExpression') return false;
  const once = o.properties.some(
    (p) =>
      p.type === 'Property' &&
      propertyName(p) === 'once' &&
      p.value.type === 'Literal' &&
      p.value.value === true,
  );
  if (!once) return false;
  const ev = r.site.call.arguments[0];
  return ev !== undefined && sureEvent(ev as Node);
}

/**
 * Candidate DS: AngularJS fires `$destroy` on a scope when it is destroyed, and then drops every
 * listener of that scope, so `x.$on('$destroy', fn)` runs at most once and goes with its receiver
 * (node-red-dashboard src/directives/ui-template.js, clean corpus, held-out set; angular.js
 * 9d058de's after file, fix corpus, held-out half; both labelled false).
 */
function scopeDestroyListener(r: Registration): boolean {
  if (r.api !== '$on') return false;
  const ev = r.site.call.arguments[0];
  if (ev === undefined) return false;
  const u = unwrap(ev as Node);
  return u.type === 'Literal' && u.value === '$destroy';
}

/** OT′ or DS, each unless its ablation is on: the listener goes after its one run. */
export function releasedOnce(r: Registration): boolean {
  return (
    (oneShotForSureEvent(r) && !ablated('listener.one-shot-sure')) ||
    (scopeDestroyListener(r) && !ablated('listener.scope-destroy'))
  );
}

function sureEvent(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'Literal') return typeof u.value === 'string' && SURE_EVENT.test(u.value);
  if (u.type === 'TemplateLiteral')
    return u.expressions.length === 0 && SURE_EVENT.test(u.quasis[0]?.value.cooked ?? '');
  if (u.type === 'ConditionalExpression')
    return sureEvent(u.consequent as Node) && sureEvent(u.alternate as Node);
  return false;
}

/**
 * Candidate DD: `EventTarget.addEventListener` ignores a call whose type, listener and capture
 * flag are already registered, so adding the same module-level function again cannot pile
 * listeners up, and such a function holds nothing but its module (RocketChat/Rocket.Chat.Electron
 * src/screenSharing/preload.ts, clean corpus, held-out set). Not Node's `on`/`addListener`,
 * which add it again.
 */
export function moduleListenerAddedOnce(r: Registration, facts: Facts): boolean {
  if (r.api !== 'addEventListener') return false;
  const l = unwrap(r.listener);
  if (l.type !== 'Identifier') return false;
  if (r.fns.some((fn) => declaresName(fn, l.name))) return false;
  return moduleFunctions(facts).has(l.name);
}

const moduleFunctionCache = new WeakMap<Facts, Set<string>>();

/** Names the module binds at top level to a function (`function f`, `const f = () => …`). */
function moduleFunctions(facts: Facts): Set<string> {
  let out = moduleFunctionCache.get(facts);
  if (out !== undefined) return out;
  out = new Set();
  const root = facts.module.node;
  const body = root.type === 'Program' ? root.body : [];
  for (const st of body) {
    const d =
      st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration'
        ? (st.declaration as Node | null)
        : (st as Node);
    if (d === null) continue;
    if (d.type === 'FunctionDeclaration' && d.id) out.add(d.id.name);
    else if (d.type === 'VariableDeclaration' && d.kind === 'const')
      for (const v of d.declarations)
        if (v.id.type === 'Identifier' && v.init != null && isFunction(unwrap(v.init as Node)))
          out.add(v.id.name);
  }
  moduleFunctionCache.set(facts, out);
  return out;
}
