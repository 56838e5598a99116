// no-listener-identity-mistake, missing event name: `emitter.removeListener(onMessage)` passes
// the listener where the event name belongs, so it removes nothing (Node's EventEmitter takes
// `(eventName, listener)`; older versions ignored the call, current ones throw). Reported only
// when the same function is registered on the same receiver in the file with an event name
// (`this.once('message', onMessage)`), so an API whose `off(handler)` really takes one
// argument is not. Issue #16 (leak shape "identity"); designed from the tuning half of the fix
// corpus (scan-corpus/fixes/): discord.js f9a7947 (the collector's `next` getter adds
// once('message') / once('end') on every call and its cleanup calls `removeListener(fn)`).
import type { Removal } from '../facts.js';
import { EMITTER_REMOVE, unwrap } from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

/** Last segment of a key: `socket` for `this.socket`, `currentState` for `room.currentState`. */
function tail(key: string): string {
  const m = /(?:^|\.)([\w$#]+)$/.exec(key);
  return m === null ? key : m[1]!;
}

/**
 * `this.rooms[id].removeListener('RoomState.members', this.onRoomMember)` while the file adds
 * that listener for that event only to `room.currentState`: the removal names another object
 * and removes nothing (matrix-js-sdk 740a682, tuning half). Receivers reached under the same
 * last name (`this.socket` / `socket`) count as the same object, as in no-unmanaged-listener.
 */
function wrongReceiver(ctx: RuleContext, rm: Removal): RawFinding | null {
  const { facts } = ctx;
  if (rm.listenerKey === null || rm.eventKey === null) return null;
  const same = facts.registrations.filter(
    (r) => r.eventKey === rm.eventKey && r.listenerKey === rm.listenerKey,
  );
  if (same.length === 0) return null;
  // Only plain member chains on both sides: a local (`const con = connection`, node-postgres
  // 8faf8a0) or a call's result (`fork(…).on('exit', h)` kept in `this.process`, discord.js
  // e57dc39; both tuning half) may be the same object under another name.
  if (!/[.[]/.test(rm.receiverKey) || rm.receiverKey.includes('(')) return null;
  if (!same.every((r) => /^[\w$#]+(?:\.[\w$#]+)+$/.test(r.receiverKey))) return null;
  const t = tail(rm.receiverKey);
  if (same.some((r) => r.receiverKey === rm.receiverKey || tail(r.receiverKey) === t)) return null;
  const on = short(same[0]!.receiverKey, 30);
  return {
    rule: 'no-listener-identity-mistake',
    node: rm.call,
    message: `This removes ${short(rm.listenerKey, 30)} from ${short(rm.receiverKey, 30)}, but it was added to ${on}; the removal does nothing and the listener stays on ${on}.`,
    suggestion: `Remove it from the object it was added to: ${on}.${rm.api}(${short(rm.eventKey, 30)}, ${short(rm.listenerKey, 30)}).`,
  };
}

export function arityRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const out: RawFinding[] = [];
  for (const rm of facts.removals) {
    if (EMITTER_REMOVE.has(rm.api) && rm.call.arguments.length >= 2) {
      const f = wrongReceiver(ctx, rm);
      if (f !== null) out.push(f);
      continue;
    }
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
