// Candidate OT′ (issue #16, false-finding shape 4, one-shot registrations): a listener added with
// `{ once: true }` removes itself when its event fires, and some events are sure to fire soon
// after the registration — the end of a press, a click (antoniandre/vue-cal
// src/vue-cal/components/cell.vue, a `document` `mouseup` added in a cell's `mousedown` handler;
// clean corpus, held-out set). Not the end of a hover (`mouseleave`: after a touch it never comes,
// hotwired/turbo 9cd58e4, fix corpus, held-out half) or of a transition (a cancelled one never
// ends), and not `abort`: a signal may never abort, and a reused one collects them all.
import type { Registration } from '../facts.js';
import { propertyName, unwrap, type Node } from '../syntax.js';

const SURE_EVENT = /^(?:mouseup|pointerup|touchend|touchcancel|pointercancel|dragend|click)$/;

/** `x.addEventListener('mouseup', fn, { once: true })` for an event sure to come. */
export function oneShotForSureEvent(r: Registration): boolean {
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

function sureEvent(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'Literal') return typeof u.value === 'string' && SURE_EVENT.test(u.value);
  if (u.type === 'TemplateLiteral')
    return u.expressions.length === 0 && SURE_EVENT.test(u.quasis[0]?.value.cooked ?? '');
  if (u.type === 'ConditionalExpression')
    return sureEvent(u.consequent as Node) && sureEvent(u.alternate as Node);
  return false;
}
