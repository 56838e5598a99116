// no-listener-identity-mistake, missing event name: `emitter.removeListener(onMessage)` passes
// the listener where the event name belongs, so it removes nothing (Node's EventEmitter takes
// `(eventName, listener)`; older versions ignored the call, current ones throw). Reported only
// when the same function is registered on the same receiver in the file with an event name
// (`this.once('message', onMessage)`), so an API whose `off(handler)` really takes one
// argument is not. Issue #16 (leak shape "identity"); designed from the tuning half of the fix
// corpus (scan-corpus/fixes/): discord.js f9a7947 (the collector's `next` getter adds
// once('message') / once('end') on every call and its cleanup calls `removeListener(fn)`).
import { EMITTER_REMOVE, unwrap } from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

export function arityRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const out: RawFinding[] = [];
  for (const rm of facts.removals) {
    if (!EMITTER_REMOVE.has(rm.api) || rm.call.arguments.length !== 1) continue;
    const arg = unwrap(rm.call.arguments[0]!);
    if (arg.type !== 'Identifier' && arg.type !== 'MemberExpression') continue;
    const key = text(facts, arg).replace(/\s+/g, '');
    const add = facts.registrations.find(
      (r) =>
        r.receiverKey === rm.receiverKey &&
        r.listenerKey !== null &&
        r.listenerKey.replace(/\s+/g, '') === key &&
        r.site.call.arguments.length >= 2,
    );
    if (add === undefined) continue;
    const ev = add.eventKey === null ? 'eventName' : short(add.eventKey, 30);
    out.push({
      rule: 'no-listener-identity-mistake',
      node: rm.call,
      message: `${rm.api}(${short(key, 30)}) passes the listener where the event name belongs; it removes nothing, and the listener added with ${add.api}(${ev}, …) stays.`,
      suggestion: `Pass the event name first: ${rm.api}(${ev}, ${short(key, 30)}).`,
    });
  }
  return out;
}
