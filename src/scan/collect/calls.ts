// Call classification: what a call is (a registration, a removal, a timer, a call whose result
// is dropped), the role of the functions passed to it (run per event, per request, per
// iteration, once), and the per-owner index of calls the rules search for removals.
import type { TSESTree } from '@typescript-eslint/types';
import type { CallRec, RepeatKind } from '../facts.js';
import {
  calleeOf,
  CONTAINER_NAME,
  EMITTER_ADD,
  EMITTER_REMOVE,
  isFreshFunction,
  isPageWrapper,
  isFunction,
  isTimerCall,
  propertyName,
  rootOf,
  unwrap,
  type CallExpression,
  type Callee,
  type Node,
} from '../syntax.js';
import type { Collector } from './collector.js';
import {
  recordBareCall,
  recordRegistration,
  recordRemoval,
  recordTimer,
  recordWrapperCall,
  useOf,
} from './records.js';
import { wrapperCalled } from './wrappers.js';

/** Calls whose function argument runs once per HTTP request. */
const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'head',
  'options',
  'route',
  'ws',
]);
const ITERATION_METHODS = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'reduce',
  'some',
  'every',
  'find',
  'findIndex',
]);
/** A bare identifier passed to `.connect()` that reads like a handler, not an address. */
const HANDLER_NAME = /(?:^on[A-Z]|^handle|[Hh]andler$|[Ll]istener$|[Cc]allback$|^cb$|^fn$)/;

function looksLikeHandler(n: Node): boolean {
  const a = unwrap(n);
  return (
    isFunction(a) ||
    isFreshFunction(a) ||
    (a.type === 'Identifier' && HANDLER_NAME.test(a.name)) ||
    (a.type === 'MemberExpression' && HANDLER_NAME.test(propertyName(a) ?? ''))
  );
}

/** `const on = process.on.bind(process)` or `const on = process.on`: remember the alias. */
export function recordCallAlias(c: Collector, name: string, init: Node): void {
  let u = unwrap(init);
  if (u.type === 'CallExpression') {
    const b = calleeOf(u);
    if (b === null || b.name !== 'bind' || b.receiver === null) return;
    u = unwrap(b.receiver);
  }
  if (u.type !== 'MemberExpression') return;
  const method = propertyName(u);
  if (method === null) return;
  if (
    EMITTER_ADD.has(method) ||
    EMITTER_REMOVE.has(method) ||
    method === 'removeAllListeners' ||
    method === 'connect'
  ) {
    c.callAliases.set(name, { receiver: u.object, name: method });
  }
}

function addCall(calls: Map<string, CallRec[]>, name: string, rec: CallRec): void {
  const list = calls.get(name);
  if (list === undefined) calls.set(name, [rec]);
  else list.push(rec);
}

/** Adds the call to the index of the module and of every enclosing class. */
function indexCall(c: Collector, call: CallExpression, callee: Callee): void {
  const argKeys: (string | null)[] = [];
  for (const a of call.arguments) {
    const u = unwrap(a);
    if (u.type === 'Identifier' || u.type === 'MemberExpression') {
      const k = c.key(u);
      argKeys.push(k);
      c.handOff(k);
    } else argKeys.push(null);
  }
  const rec: CallRec = {
    call,
    receiver: callee.receiver === null ? null : c.key(callee.receiver),
    args: call.arguments as Node[],
    argKeys,
  };
  addCall(c.module.calls, callee.name, rec);
  const classes = c.classes;
  for (let i = 0; i < classes.length; i++) addCall(classes[i]!.calls, callee.name, rec);
}

/** Role of the functions passed to a call: how often their bodies run. */
function argumentRole(
  callee: Callee,
  timer: 'interval' | 'timeout' | null,
  args: readonly Node[],
): RepeatKind | 'callback' | 'timer' {
  if (timer === 'interval') return 'tick';
  if (timer === 'timeout') return 'timer';
  if (callee.receiver !== null && ITERATION_METHODS.has(callee.name)) return 'iteration';
  if (callee.name === 'createServer') return 'request';
  if (callee.receiver !== null && ROUTE_METHODS.has(callee.name) && args.length >= 2) {
    const first = unwrap(args[0]!);
    if (
      (first.type === 'Literal' && typeof first.value === 'string') ||
      first.type === 'TemplateLiteral'
    )
      return 'request';
    return 'callback';
  }
  if (callee.receiver !== null && EMITTER_ADD.has(callee.name))
    return callee.name === 'once' || callee.name === 'prependOnceListener' ? 'callback' : 'event';
  if (callee.receiver !== null && callee.name === 'connect') return 'event';
  return 'callback';
}

/** The receiver is a `self` the code declares (`var self = this`), not the global `self`. */
function localSelf(c: Collector, receiver: Node): boolean {
  const r = unwrap(receiver);
  return r.type === 'Identifier' && r.name === 'self' && c.resolve('self') !== -1;
}

/** Classifies the call at `ancestors[depth + 1]` and records what the rules need of it. */
export function onCall(c: Collector, call: CallExpression, depth: number): void {
  let callee = calleeOf(call);
  if (callee === null) return;
  if (callee.receiver === null && c.callAliases.size > 0)
    callee = c.callAliases.get(callee.name) ?? callee;
  indexCall(c, call, callee);
  const args = call.arguments as Node[];
  // `self.setInterval(…)` is the global timer only where `self` is the global: with `const self
  // = this` in scope it is the object's own method of that name.
  const timer =
    callee.receiver !== null && localSelf(c, callee.receiver) ? null : isTimerCall(call);
  if (c.uiFns.size > 0) noteUiCall(c, call, depth, callee, timer !== null);
  // Decide the role of function arguments before walking into them.
  let role: RepeatKind | 'callback' | 'timer' | null = null;
  for (const a of args) {
    if (!isFunction(a)) continue;
    role ??= argumentRole(callee, timer, args);
    c.fnRole.set(a, role);
  }
  if (timer !== null) {
    recordTimer(c, call, depth, timer);
    return;
  }
  if (c.wrappers !== null) {
    const w = wrapperCalled(c, call, callee);
    if (w !== null) recordWrapperCall(c, call, depth, w);
  }
  if (callee.receiver === null) {
    // Most calls are used: look at the context (site) only for discarded ones.
    const u = useOf(c, depth, call);
    if (u.use.kind === 'discarded') {
      const target = args[0];
      recordBareCall(c, call, u, callee, target === undefined ? 'outer' : c.receiverLife(target));
    }
    return;
  }
  onMethodCall(c, call, depth, callee, callee.receiver, args);
}

/** Subscribe-like methods that, called directly in a render body, subscribe on every render. */
const UI_SUBSCRIBE = new Set([...EMITTER_ADD, 'subscribe']);
const HOOK_CALL = /^use[A-Z0-9]/;

/**
 * Notes hook calls and subscriptions made directly in a component, hook or Vue setup body
 * (the innermost function frame is that function; a callback inside it is another frame).
 */
function noteUiCall(
  c: Collector,
  call: CallExpression,
  depth: number,
  callee: Callee,
  timer: boolean,
): void {
  const i = c.fnFrameIndex();
  if (i === -1) return;
  const fn = c.frames[i]!.node;
  const ui = c.uiFns.get(fn);
  if (ui === undefined) return;
  const recv = callee.receiver === null ? null : unwrap(callee.receiver);
  if (
    HOOK_CALL.test(callee.name) &&
    (recv === null || (recv.type === 'Identifier' && /^(?:React|Preact|preact)$/.test(recv.name)))
  ) {
    c.facts.hookUsers.add(fn);
    return;
  }
  if (!timer && (callee.receiver === null || !UI_SUBSCRIBE.has(callee.name))) return;
  c.facts.uiCalls.push({
    call,
    callee,
    fn,
    fnName: ui.name,
    kind: ui.kind,
    receiverLife: callee.receiver === null ? 'outer' : c.receiverLife(callee.receiver),
    receiverKey: callee.receiver === null ? null : c.key(callee.receiver),
    eventKey: call.arguments[0] === undefined ? null : c.key(call.arguments[0]),
    use: useOf(c, depth, call).use.kind,
  });
}

/** A string or template literal: an event name, where a container's `on` takes its target. */
function isEventName(arg: Node): boolean {
  const u = unwrap(arg);
  return (u.type === 'Literal' && typeof u.value === 'string') || u.type === 'TemplateLiteral';
}

/** `scope.on(...)`, `this.disposables.add(...)`: a receiver named like a container of cleanups. */
function isContainerName(receiver: Node): boolean {
  const recvRoot = rootOf(receiver);
  const recvName = recvRoot.type === 'Identifier' ? recvRoot.name : '';
  const ru = unwrap(receiver);
  const lastName =
    ru.type === 'MemberExpression' ? propertyName(ru as TSESTree.MemberExpression) : recvName;
  return CONTAINER_NAME.test(lastName ?? '') || CONTAINER_NAME.test(recvName);
}

/**
 * What stands where a listener goes but cannot be one: a template, an array of event names, or a
 * name in capitals (an event constant). Such a call is a DOM helper's `on(target, events, fn)`
 * called as a method (`_.on(document, ['keydown', 'keyup'], fn)`, `$.addListener(el, EVENT_LOAD,
 * fn)`), not an emitter's `on(event, listener)`; reading it as one made a finding on `_` or `$`
 * with the element for the event (pickr, cropperjs: fix corpus, fifteenth batch's after files).
 */
function notAListener(n: Node): boolean {
  return (
    n.type === 'TemplateLiteral' ||
    n.type === 'ArrayExpression' ||
    (n.type === 'Identifier' && n.name.length > 1 && /^[A-Z][A-Z0-9_$]*$/.test(n.name))
  );
}

/** `fn` of `$.proxy(fn, ctx)` / `jQuery.proxy(fn, ctx)`, else null. */
function jqueryProxied(n: Node): Node | null {
  const u = unwrap(n);
  if (u.type !== 'CallExpression' || u.arguments.length < 1) return null;
  const c = unwrap(u.callee);
  if (c.type !== 'MemberExpression' || c.computed || propertyName(c) !== 'proxy') return null;
  const o = unwrap(c.object);
  if (o.type !== 'Identifier' || (o.name !== '$' && o.name !== 'jQuery')) return null;
  const f = u.arguments[0] as Node;
  return f.type === 'SpreadElement' ? null : f;
}

/** `receiver.name(...args)`: a registration, a removal, or a call whose result is dropped. */
function onMethodCall(
  c: Collector,
  call: CallExpression,
  depth: number,
  callee: Callee,
  receiver: Node,
  args: readonly Node[],
): void {
  const name = callee.name;
  const recvKey = c.key(receiver);
  const adds = EMITTER_ADD.has(name) && args.length >= 2;
  // Only registrations look at the receiver's name (regular expressions: not for every call).
  // Candidate SN: `store.on('change', fn)` names an event first: an emitter, not a container.
  const isContainer =
    (adds || (name === 'connect' && args.length >= 1)) &&
    !isEventName(args[0]!) &&
    isContainerName(receiver);
  if (adds && !isContainer) {
    const ev = unwrap(args[0]!);
    // jQuery's delegated and data forms on a page-level wrapper (candidate JQ):
    // `$(document).on('click', '.row', handler)`, `$(window).on('resize', data, handler)`.
    const page = isPageWrapper(receiver);
    const a1 = unwrap(args[1]!);
    const delegated =
      page &&
      name === 'on' &&
      args.length >= 3 &&
      (a1.type === 'Literal' || a1.type === 'ObjectExpression');
    const given = delegated ? args[2]! : args[1]!;
    // `$.proxy(fn, ctx)` on a page-level wrapper: jQuery gives the proxy fn's id, so
    // `.off(type, fn)` removes it; the listener is fn.
    const listener = page ? (jqueryProxied(given) ?? given) : given;
    const lu = unwrap(listener);
    const adapter =
      args.length >= 3 &&
      isFunction(args[2]) &&
      !(ev.type === 'Literal' || ev.type === 'TemplateLiteral');
    if (
      !adapter &&
      lu.type !== 'Literal' &&
      lu.type !== 'ObjectExpression' &&
      !notAListener(lu) &&
      ev.type !== 'SpreadElement'
    ) {
      recordRegistration(
        c,
        call,
        depth,
        name,
        receiver,
        recvKey,
        c.key(ev),
        listener,
        delegated ? undefined : args[2],
      );
      return;
    }
  }
  // `signal.connect(handler)` subscribes; `owner.connect(source, handler)` (leakguard's
  // `Scope.connect`) hands the subscription to the owner, so its first argument is the source
  // even when it reads like a handler (`monitor.onAlert`).
  if (name === 'connect' && args.length >= 1 && !isContainer) {
    if (looksLikeHandler(args[0]!) && !(args.length >= 2 && looksLikeHandler(args[1]!))) {
      recordRegistration(c, call, depth, 'connect', receiver, recvKey, null, args[0]!, undefined);
      return;
    }
  }
  if (EMITTER_REMOVE.has(name) || name === 'disconnect')
    recordRemoval(c, call, name, recvKey, args);
  const u = useOf(c, depth, call);
  if (u.use.kind === 'stored') {
    const cls = c.currentClass();
    if (cls !== null && u.use.target.startsWith('this.'))
      c.facts.storedCalls.push({ call, callee, target: u.use.target, classOwner: cls });
    return;
  }
  if (u.use.kind !== 'discarded') return;
  // `events.addAbortListener(signal, fn)` subscribes to its first argument.
  const target = name === 'addAbortListener' && args[0] !== undefined ? args[0] : receiver;
  recordBareCall(c, call, u, callee, c.receiverLife(target));
}
