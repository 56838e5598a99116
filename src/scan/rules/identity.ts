// no-listener-identity-mistake: removals that cannot remove what they mean to. A fresh function or
// `.bind()` given to the removal, a capture flag that differs, an "off" that calls "on", and (issue
// #16, candidates R, R2 and UD) a removal on another object than the listener was added to, one
// given the listener without the event name, or one given a listener that is undefined where it
// runs (undefined-listener.ts).
import type { Facts, Registration, Removal } from '../facts.js';
import { captureFix, offWithOnFix } from '../fix.js';
import {
  childNodes,
  EMITTER_ADD,
  hasRange,
  isFunction,
  PAGE_OBJECT_KEYS,
  propertyName,
  REMOVAL_FOR,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';
import { describe, removalOf, short, text, type RawFinding, type RuleContext } from './context.js';
import { removedUndefined } from './undefined-listener.js';

/**
 * Names of cleanups: an "off" that calls "on" adds the listener again. A longer `remove…` name
 * counts when it says it removes a listener (candidate RN), or when it repeats an add the file
 * makes elsewhere (RN′, below): `removeIgnores()` or `removeCustomCss()` removes something else
 * and may wire a listener of its own while at it.
 */
const OFF_NAME =
  /^(?:off|remove|remove\w*(?:Listener|Handler|Event|Callback|Hook|Observer|Subscription|Watcher|Binding)\w*|unsubscribe|unbind|unlisten|unwatch|detach\w*|unregister\w*|stopListening)$/;

/** Any other `remove…` name: a cleanup when it repeats an add of the file (candidate RN′). */
const REMOVE_NAME = /^remove\w+$/;

/** The same registration (receiver, event, listener) is made elsewhere, outside r's function. */
function addedElsewhere(r: Registration, facts: Facts): boolean {
  const fn = r.fns[0];
  if (fn === undefined || r.listenerKey === null) return false;
  return facts.registrations.some(
    (o) =>
      o !== r &&
      o.receiverKey === r.receiverKey &&
      o.eventKey === r.eventKey &&
      o.listenerKey === r.listenerKey &&
      !hasRange(fn, o.site.call),
  );
}

export function identityMistakes(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const out: RawFinding[] = [];
  for (const rm of facts.removals) {
    // Node's `cluster.disconnect(callback)` takes a completion callback, not a listener.
    if (rm.api === 'disconnect' && rm.receiverKey === 'cluster') continue;
    // So does a client's `disconnect(function () { … })` (candidate DC): only a receiver the file
    // connects a kept handler to (`signal.connect(this.onTick)`) is a signal whose disconnect
    // takes a listener.
    if (
      rm.api === 'disconnect' &&
      rm.listener !== null &&
      rm.listenerKey === null &&
      !facts.registrations.some(
        (r) => r.api === 'connect' && r.receiverKey === rm.receiverKey && r.listenerKey !== null,
      )
    )
      continue;
    if (rm.listener !== null && rm.listenerKey === null) {
      out.push({
        rule: 'no-listener-identity-mistake',
        node: rm.call,
        message: `${rm.api}() is given a new function (${short(text(facts, rm.listener), 30)}); it matches no registered listener and removes nothing.`,
        suggestion:
          'Keep the exact function that was registered (a named const or a field bound once in the constructor) and pass that.',
      });
      continue;
    }
    if (rm.api === 'removeEventListener' && rm.capture !== undefined && rm.listenerKey !== null) {
      const add = facts.registrations.find(
        (r) =>
          r.via === null &&
          r.api === 'addEventListener' &&
          r.receiverKey === rm.receiverKey &&
          r.eventKey === rm.eventKey &&
          r.listenerKey === rm.listenerKey &&
          r.site.classOwner === rm.classOwner &&
          r.capture !== undefined &&
          r.capture !== rm.capture,
      );
      if (add !== undefined) {
        const fix = captureFix(rm, add.capture === true);
        out.push({
          rule: 'no-listener-identity-mistake',
          node: rm.call,
          message: `The listener was added with capture=${String(add.capture)} but is removed with capture=${String(rm.capture)}; this removal does nothing.`,
          suggestion: `Pass the same capture flag to removeEventListener (${add.capture ? '`true` or `{ capture: true }`' : 'none'})${fix ? '; --fix does' : ''}.`,
          ...(fix ? { fix } : {}),
        });
      }
    }
  }
  out.push(...removedFromAnother(facts));
  out.push(...removedWithoutEvent(facts));
  out.push(...removedUndefined(facts));
  for (const r of facts.registrations) {
    if (r.via !== null) continue;
    const inner = r.fns[0];
    let offWithOn =
      r.fnName !== null &&
      EMITTER_ADD.has(r.api) &&
      (OFF_NAME.test(r.fnName) || (REMOVE_NAME.test(r.fnName) && addedElsewhere(r, facts)));
    if (!offWithOn && inner !== undefined && r.listenerKey !== null) {
      const outer = facts.returnedFns.get(inner);
      offWithOn =
        outer !== undefined &&
        facts.registrations.some(
          (o) =>
            o !== r &&
            o.receiverKey === r.receiverKey &&
            o.eventKey === r.eventKey &&
            o.listenerKey === r.listenerKey &&
            hasRange(outer, o.site.call) &&
            !hasRange(inner, o.site.call),
        );
    }
    if (offWithOn) {
      const fix = offWithOnFix(r, facts);
      out.push({
        rule: 'no-listener-identity-mistake',
        node: r.site.call,
        message: `This cleanup${r.fnName ? ` (${r.fnName})` : ''} calls ${r.api}() and adds the listener again instead of removing it.`,
        suggestion: fix
          ? `Call ${fix[0]!.text}() here; --fix does.`
          : `Call ${REMOVAL_FOR[r.api] ?? 'off'}() here.`,
        ...(fix ? { fix } : {}),
      });
    }
  }
  return out;
}

/** Properties that can lead back to the object they are read from (`window.self === window`). */
const SELF_PROPS = new Set(['window', 'self', 'globalThis', 'frames', 'top', 'parent', 'default']);

/** `a` and `b` are certainly two objects: two page objects, or one a property of the other. */
function certainlyOther(a: string, b: string): boolean {
  // `this` is the emitter inside a plain function listener (`this.off(e, onClose)` in
  // `function onClose() {}`), and `this.off(…)` in a class may be its own method forwarding to a
  // field: neither names an object that is certainly not the other.
  if (a === b || a === 'this' || b === 'this') return false;
  // Page objects are never one another.
  if (PAGE_OBJECT_KEYS.has(a) && PAGE_OBJECT_KEYS.has(b)) return true;
  const [shorter, longer] = a.length < b.length ? [a, b] : [b, a];
  if (!longer.startsWith(`${shorter}.`)) return false;
  const prop = longer.slice(shorter.length + 1);
  return /^[A-Za-z_$][\w$]*$/.test(prop) && !SELF_PROPS.has(prop);
}

/**
 * Candidate R (issue #16; scan-corpus/fixes/README.md, "Decision criteria for candidate R"): a
 * removal names the event and listener of a registration of this file, but on another object
 * (`window.addEventListener('scroll', onScroll)` … `document.removeEventListener('scroll',
 * onScroll)`, vuetify dfc257f). Nothing in the file adds that listener to the removal's receiver,
 * so the removal removes nothing and the listener stays where it was added. Reported at the
 * registration, which is what stays.
 */
function removedFromAnother(facts: Facts): RawFinding[] {
  const out: RawFinding[] = [];
  const seen = new Set<Registration>();
  for (const rm of facts.removals) {
    if (rm.listenerKey === null || rm.eventKey === null) continue;
    const same = (r: Registration, recv: string): boolean =>
      r.receiverKey === recv && r.eventKey === rm.eventKey && r.listenerKey === rm.listenerKey;
    if (facts.registrations.some((r) => same(r, rm.receiverKey))) continue;
    for (const r of facts.registrations) {
      if (r.via !== null || seen.has(r) || r.listenerKey === null) continue;
      if (r.eventKey !== rm.eventKey || r.listenerKey !== rm.listenerKey) continue;
      if (!certainlyOther(r.receiverKey, rm.receiverKey)) continue;
      seen.add(r);
      const added = short(text(facts, r.receiverNode ?? r.site.call), 30);
      const removed = short(text(facts, rm.call.callee), 40);
      out.push({
        rule: 'no-listener-identity-mistake',
        node: r.site.call,
        message: `${describe(r, facts)} adds the listener to ${added}, but ${removed}(…) removes it from another object; that removal removes nothing and the listener stays on ${added}.`,
        suggestion: `Remove it from the object it was added to (${removalOf(r, facts)}).`,
      });
    }
  }
  return out;
}

/** Node-style registrations whose removal takes `(event, listener)`. */
const NODE_STYLE_ADD = new Set([
  'on',
  'addListener',
  'once',
  'prependListener',
  'prependOnceListener',
]);

/**
 * Candidate R2 (issue #16; scan-corpus/fixes/README.md, "Decision criteria for candidate R2"): a
 * removal given the listener alone, `this.removeListener(onEnd)` for `this.once('end', onEnd)`
 * (discord.js f9a7947). The event goes first, so the listener is taken for the event name: Node
 * throws on the missing listener, EventEmitter3 and older emitters remove nothing, and
 * `removeEventListener(fn)` throws. Reported at the registration, which stays. Not when the file
 * declares its own one-parameter method of that name, nor for MediaQueryList's
 * `removeListener(fn)`, which removes a `change` listener added with `addEventListener`.
 */
function removedWithoutEvent(facts: Facts): RawFinding[] {
  const lone = facts.removals.filter(
    (rm) =>
      rm.call.arguments.length === 1 &&
      rm.listener === null &&
      rm.eventKey !== null &&
      (rm.api === 'removeListener' || rm.api === 'off' || rm.api === 'removeEventListener') &&
      unwrap(rm.call.arguments[0] as Node).type !== 'Literal' &&
      unwrap(rm.call.arguments[0] as Node).type !== 'TemplateLiteral',
  );
  if (lone.length === 0) return [];
  const ownMethods = oneParamMethods(facts.module.node);
  // Each registration with the lone removals that name its listener.
  const named = new Map<Registration, Removal[]>();
  /** How many registrations each lone removal names (a fix needs exactly one). */
  const naming = new Map<Removal, number>();
  for (const rm of lone) {
    if (ownMethods.has(rm.api)) continue;
    // The name is an event somewhere in the file: `off(EVENT)` may mean "every listener of EVENT".
    if (facts.registrations.some((r) => r.eventKey === rm.eventKey)) continue;
    for (const r of facts.registrations) {
      if (r.via !== null || r.receiverKey !== rm.receiverKey || r.listenerKey !== rm.eventKey)
        continue;
      if (
        rm.api === 'removeEventListener' ? r.api !== 'addEventListener' : !NODE_STYLE_ADD.has(r.api)
      )
        continue;
      const list = named.get(r);
      if (list === undefined) named.set(r, [rm]);
      else list.push(rm);
      naming.set(rm, (naming.get(rm) ?? 0) + 1);
    }
  }
  const out: RawFinding[] = [];
  for (const [r, removals] of named) {
    const first = removals[0]!;
    const l = short(text(facts, r.listener), 30);
    const ev = r.site.call.arguments[0];
    // The event goes in front of the listener: only a string event (no name that might mean
    // something else where the removal stands), and only removals that name no other
    // registration's listener (the same function added for two events is a choice to make).
    const fixable =
      ev !== undefined &&
      ev.type === 'Literal' &&
      typeof ev.value === 'string' &&
      removals.every((rm) => naming.get(rm) === 1);
    const fix = fixable
      ? removals.map((rm) => ({
          start: startOf(rm.call.arguments[0] as Node),
          end: startOf(rm.call.arguments[0] as Node),
          text: `${text(facts, ev)}, `,
        }))
      : null;
    out.push({
      rule: 'no-listener-identity-mistake',
      node: r.site.call,
      message: `${describe(r, facts)} is removed with ${short(text(facts, first.call), 50)}, which gives the listener where the event name goes: it removes nothing (or throws), and ${l} stays.`,
      suggestion: `Pass the event first${fix ? ` (${first.api}(${short(text(facts, ev as Node), 24)}, ${l})); --fix does` : `: ${removalOf(r, facts)}`}.`,
      ...(fix ? { fix } : {}),
    });
  }
  return out;
}

/** Names of methods the module declares with exactly one parameter (`off(listener) {…}`). */
function oneParamMethods(program: Node): Set<string> {
  const out = new Set<string>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (
      (n.type === 'MethodDefinition' || n.type === 'Property') &&
      isFunction(unwrap(n.value as Node))
    ) {
      const name = propertyName(n);
      const fn = unwrap(n.value as Node) as { params: readonly Node[] };
      if (name !== null && fn.params.length === 1) out.add(name);
    }
    stack.push(...childNodes(n));
  }
  return out;
}
