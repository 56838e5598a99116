// What `no-unmanaged-listener` says about a registration inside a subscription method (issue
// #16): a function named `on`, `once`, `subscribe`, `listen` or `onX`/`subscribeX`/`listenX` that
// registers the callback its caller hands it.
//
//   onUpdateTabTitle: (listener) => ipcRenderer.on(UPDATE_TAB_TITLE, (_, id, title) => listener(id, title)),
//
// Such an API is where the leak lives when it gives its caller no way to unsubscribe, or when the
// removal it offers removes another function than the one it registered (the caller's callback
// instead of the wrapper): every caller that subscribes per window, per mount or per plugin
// enable then adds a listener that stays. Candidate SM (scan-corpus/fixes/README.md, "Decision
// criteria for candidate SM") read these registrations as the caller's business and dropped
// them; it was not kept, because 3 of the 60 clean findings it removed were true, and each was
// such an API. So they stay reported, with a message that names the API's missing or broken
// removal instead of the generic one. The shape is SM's, unchanged.
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts, Registration, Removal } from '../facts.js';
import {
  childNodes,
  hasRange,
  isFunction,
  lineStarts,
  position,
  propertyName,
  rootOf,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';
import { listenerFix } from '../fix.js';
import { ablated } from './ablate.js';
import { describe, type RawFinding } from './context.js';
import { paramNames } from './lifetime.js';

const SUBSCRIBE_NAME = /^(?:on|once|subscribe|listen)(?:[A-Z0-9_$][\w$]*)?$/;

/** A registration of the caller's callback inside a subscription method, as its message reads it. */
export interface SubscriptionMethod {
  /** The method's name (`onUpdateTabTitle`). */
  readonly name: string;
  /** The registered function wraps the caller's callback (an inline function that calls it). */
  readonly wraps: boolean;
  /** The caller's callback, by its parameter name. */
  readonly callback: string;
  /** A removal of the same receiver and event in the method that removes another function. */
  readonly otherRemoval: Removal | null;
  /** Registered with `once` (`once`, `prependOnceListener`): it goes when the event fires. */
  readonly once: boolean;
}

/**
 * The subscription method `r` stands in, or null: its innermost function has such a name, `r` is
 * directly in its body (no loop or repeated callback between them), its receiver is none of the
 * function's parameters, and its listener is one of them or an inline function that calls one
 * of them (`p(…)`, `p.call(…)`, `p.apply(…)`).
 */
export function subscriptionMethod(r: Registration, facts: Facts): SubscriptionMethod | null {
  const fn = r.fns[0];
  if (r.via !== null || !isFunction(fn)) return null;
  if (r.fnName === null || !SUBSCRIBE_NAME.test(r.fnName)) return null;
  const rep = r.site.repeat;
  if (rep !== null && rep.node !== fn && hasRange(fn, rep.node)) return null;
  const params = new Set(fn.params.flatMap((p) => paramNames(p as Node)));
  if (params.size === 0) return null;
  if (r.receiverNode !== null) {
    const root = rootOf(r.receiverNode);
    if (root.type === 'Identifier' && params.has(root.name)) return null;
  }
  const l = unwrap(r.listener);
  let callback: string | null = null;
  let wraps = false;
  if (l.type === 'Identifier') {
    if (params.has(l.name)) callback = l.name;
  } else if (isFunction(l)) {
    // The inline listener's own parameters shadow the method's.
    const own = new Set(l.params.flatMap((p) => paramNames(p as Node)));
    const callable = new Set([...params].filter((p) => !own.has(p)));
    callback = calledOneOf(l.body as Node, callable);
    wraps = true;
  }
  if (callback === null) return null;
  const otherRemoval =
    facts.removals.find(
      (rm) =>
        rm.receiverKey === r.receiverKey &&
        rm.eventKey === r.eventKey &&
        rm.listenerKey !== r.listenerKey &&
        hasRange(fn, rm.call),
    ) ?? null;
  const once = r.api === 'once' || r.api === 'prependOnceListener' || onceOption(r.options);
  return { name: r.fnName, wraps, callback, otherRemoval, once };
}

/**
 * `r` stands in a subscription method, so it is not repeated by events of its own: an `onX`
 * method is not an event's callback (candidate SR, scan-corpus/fixes/README.md).
 */
export function subscribes(r: Registration, facts: Facts): boolean {
  return !ablated('listener.subscribe-repeat') && subscriptionMethod(r, facts) !== null;
}

/**
 * The `no-unmanaged-listener` finding of `r` when it stands in a subscription method (its message
 * names the method's missing or broken removal); else null.
 */
export function subscriptionMethodFinding(
  r: Registration,
  facts: Facts,
  removal: string,
): RawFinding | null {
  const sm = subscriptionMethod(r, facts);
  if (sm === null) return null;
  const words = wording(sm, describe(r, facts), removal, facts);
  // In a class that owns a scope, routing it there ties each listener to the object's end.
  const fix = sm.otherRemoval === null ? listenerFix(r, facts) : null;
  if (fix === null) return { rule: 'no-unmanaged-listener', node: r.site.call, ...words };
  return {
    rule: 'no-unmanaged-listener',
    node: r.site.call,
    message: words.message,
    suggestion: `${words.suggestion} Or route it through the class's scope (${fix.container}), so that it goes when this object ends; --fix applies this.`,
    fix: fix.edits,
  };
}

function wording(
  sm: SubscriptionMethod,
  described: string,
  removal: string,
  facts: Facts,
): { message: string; suggestion: string } {
  const registered = sm.wraps
    ? `a wrapper of the callback its caller hands it (${sm.callback})`
    : `the callback its caller hands it (${sm.callback})`;
  const rm = sm.otherRemoval;
  if (rm !== null) {
    const line = position(lineStarts(facts.src), startOf(rm.call)).line;
    return {
      message: `${described} in subscription method ${sm.name}() registers ${registered}, but the removal on line ${line} removes ${rm.listenerKey ?? 'another listener'}, not the function registered here: every subscription leaves a listener that nothing removes.`,
      suggestion: `Keep the function registered here (the wrapper) and remove that one: ${removal} with it.`,
    };
  }
  const stays = sm.once ? 'stays until the event fires' : 'nothing removes';
  return {
    message: `${described} in subscription method ${sm.name}() registers ${registered}, and ${sm.name}() gives its caller no way to remove it: every call adds a listener that ${stays}.`,
    suggestion: `Return an unsubscribe function from ${sm.name}() that calls ${removal} with the function registered here${sm.wraps ? ' (the wrapper, not the callback)' : ''}, and have its callers call it when they end.`,
  };
}

/** `{ once: true }` as the options of `addEventListener`. */
function onceOption(options: Node | undefined): boolean {
  const o = options === undefined ? null : unwrap(options);
  if (o === null || o.type !== 'ObjectExpression') return false;
  return o.properties.some(
    (p) =>
      p.type === 'Property' &&
      propertyName(p) === 'once' &&
      p.value.type === 'Literal' &&
      p.value.value === true,
  );
}

/** The first of `names` called in `n` (`p(…)`, `p.call(…)`, `p.apply(…)`), nested functions aside. */
function calledOneOf(n: Node, names: ReadonlySet<string>): string | null {
  if (n.type === 'CallExpression') {
    const c = unwrap((n as TSESTree.CallExpression).callee as Node);
    if (c.type === 'Identifier' && names.has(c.name)) return c.name;
    if (
      c.type === 'MemberExpression' &&
      !c.computed &&
      c.property.type === 'Identifier' &&
      (c.property.name === 'call' || c.property.name === 'apply')
    ) {
      const o = unwrap(c.object as Node);
      if (o.type === 'Identifier' && names.has(o.name)) return o.name;
    }
  }
  for (const k of childNodes(n)) {
    if (isFunction(k)) continue;
    const found = calledOneOf(k, names);
    if (found !== null) return found;
  }
  return null;
}
