// no-unmanaged-listener and no-repeated-registration (no-listener-identity-mistake: identity.ts).
import type { Facts, Registration } from '../facts.js';
import { onHostEntryParam } from './entry.js';
import { runsOnceIn } from './once.js';
import { moduleListenerAddedOnce, releasedOnce } from './one-shot.js';
import { singletonConstructors } from './singleton.js';
import {
  hasRange,
  isFunction,
  keyText,
  propertyName,
  RECEIVER_TEARDOWN,
  REMOVAL_FOR,
  unwrap,
  type Node,
  escapeRegExp,
  isTeardownName,
  PAGE_WRAPPER_KEY,
} from '../syntax.js';
import { listenerFix } from '../fix.js';
import {
  argKey,
  describe,
  ownersFor,
  removalOf,
  text,
  type RawFinding,
  type RuleContext,
} from './context.js';
import { identityMistakes } from './identity.js';
import {
  receiverDiesWithCall,
  receiverIsNamedListenerArg,
  receiverMadeBefore,
  receiverRenewedEachRun,
  SERVER_EVENT,
} from './lifetime.js';
import { ablated } from './ablate.js';
import { getterOverMadePart, ownHostElement, receiverIsDirectiveElement } from './framework-own.js';
import { subscribes, subscriptionMethodFinding } from './subscribe-method.js';

/** Callee names that take ownership of what they are given. */
const CONTAINER_ADD =
  /^(?:add|push|use|defer|adopt|register|_register|track|own|set|manage|addTeardown|onDispose|onCleanup|addDisposable|subscriptions)$/;

export function managedByUse(r: Registration, ctx: RuleContext): boolean {
  const u = r.site.use;
  if (u.kind === 'discarded') return false;
  if (u.kind === 'voided') return true;
  // The DOM's returns undefined: nothing to keep. A helper of the same name whose result is
  // kept in a container returns a handle (playwright's eventsHelper.addEventListener, pushed to
  // a list that close() removes; fix corpus, tuning half).
  if (r.api === 'addEventListener')
    return u.kind === 'passed' && u.callee !== null && CONTAINER_ADD.test(u.callee.name);
  const typed = ctx.oracle === null ? 'unknown' : ctx.oracle.returnKind(r.site.call, r.api);
  if (typed === 'emitter' || typed === 'other' || typed === 'promise') return false;
  if (typed === 'disposable' || typed === 'unsubscribe' || typed === 'kept') return true;
  if (r.api === 'connect') return true;
  if (u.kind === 'stored') return true;
  if (u.kind === 'passed') return u.callee !== null && CONTAINER_ADD.test(u.callee.name);
  return false;
}

export function managedBySignal(r: Registration, facts: Facts): boolean {
  const opts = r.options === undefined ? null : unwrap(r.options);
  if (opts === null || opts.type !== 'ObjectExpression') return false;
  for (const p of opts.properties) {
    if (p.type !== 'Property' || p.key.type !== 'Identifier' || p.key.name !== 'signal') continue;
    const v = unwrap(p.value as Node);
    if (
      v.type !== 'MemberExpression' ||
      v.computed ||
      v.property.type !== 'Identifier' ||
      v.property.name !== 'signal'
    )
      return true;
    // `{ signal: controller.signal }`: managed when the controller is aborted somewhere, or
    // when it is not a controller this file creates (then its creator aborts it).
    const ctrl = text(facts, unwrap(v.object)).replace(/\s+/g, '');
    for (const o of ownersFor(facts, r.site.classOwner, ctrl)) {
      if ((o.calls.get('abort') ?? []).some((c) => c.receiver === ctrl)) return true;
      if (o.handedOff.has(ctrl)) return true;
    }
    const name = ctrl.startsWith('this.') ? ctrl.slice(5) : ctrl;
    const esc = escapeRegExp(name);
    // `ac = new AbortController()`, `this.ac = new …`, `const ac: AbortController = new …`
    return !new RegExp(`(?<![\\w$])${esc}\\s*(?::[^=;\\n]+)?=\\s*new\\s+AbortController\\b`).test(
      facts.src,
    );
  }
  return false;
}

/** Every call name that can end a registration: removals, remove-all, receiver teardowns. */
const REMOVAL_NAMES = [
  ...new Set([
    'off',
    '$off',
    'removeListener',
    'removeEventListener',
    'removeAllListeners',
    'disconnectAll',
    ...RECEIVER_TEARDOWN,
  ]),
];

/**
 * `$(window).off('a').off('b')`: jQuery's calls return the wrapper, so the second removal's
 * receiver is the page-level wrapper too (candidate JQ).
 */
function jqueryChained(receiver: string | null, wrapper: string): boolean {
  if (receiver === null || !receiver.startsWith(wrapper + '.')) return false;
  if (!PAGE_WRAPPER_KEY.test(wrapper)) return false;
  return /^(?:\.(?:off|on|one|unbind|bind|trigger)\((?:[^()]|\([^()]*\))*\))+$/.test(
    receiver.slice(wrapper.length),
  );
}

/**
 * A jQuery event string as the scanner keys it: `"resize.slick"` (a string) or
 * `'resize.slick.slick-'+_.uid` (a string followed by the rest of a concatenation), as its
 * literal part and the rest's text.
 */
function jqueryEvent(key: string): { lit: string; rest: string } | null {
  if (key.startsWith('"')) {
    try {
      const v: unknown = JSON.parse(key);
      return typeof v === 'string' ? { lit: v, rest: '' } : null;
    } catch {
      return null;
    }
  }
  const m = /^(['"])([^'"]*)\1\+(.+)$/.exec(key);
  return m === null ? null : { lit: m[2]!, rest: m[3]! };
}

/**
 * jQuery's removal rule: `.off('type.a')` removes a registration of `type` under namespace `a`;
 * `.off('.a')` every registration under `a`; `.off('type')` every one of `type`. Each event
 * token the registration names must be removed by a token of the removal. A concatenated name
 * matches only one with the same rest (`'resize.x.' + id` and `'.x.' + id`).
 */
export function jqueryEventsMatch(added: string, removal: string | null): boolean {
  if (removal === null) return false;
  const a = jqueryEvent(added);
  const r = jqueryEvent(removal);
  if (a === null || r === null) return false;
  // `.off('.x')` for `'resize.x.' + id`: the namespaces before the concatenated one count.
  if (r.rest !== '' && a.rest !== r.rest) return false;
  const parse = (t: string) => {
    const [type, ...ns] = t.split('.');
    return { type: type ?? '', ns };
  };
  const adds = a.lit.split(/\s+/).filter(Boolean).map(parse);
  if (a.rest !== '' && r.rest === '') for (const x of adds.slice(-1)) x.ns.pop();
  const rems = r.lit.split(/\s+/).filter(Boolean).map(parse);
  if (adds.length === 0 || rems.length === 0) return false;
  return adds.every((x) =>
    rems.some((y) => (y.type === '' || y.type === x.type) && y.ns.every((n) => x.ns.includes(n))),
  );
}

/** A matching removal (or a teardown of the receiver) inside `within`, or anywhere in the owners. */
export function removed(r: Registration, facts: Facts, within: Node | null): boolean {
  for (const o of ownersFor(facts, r.site.classOwner, r.receiverKey)) {
    for (const name of REMOVAL_NAMES) {
      const recs = o.calls.get(name);
      if (recs === undefined) continue;
      const isRemove =
        name === REMOVAL_FOR[r.api] ||
        name === 'off' ||
        name === '$off' ||
        name === 'removeListener' ||
        name === 'removeEventListener';
      const isAll = name === 'removeAllListeners' || name === 'disconnectAll';
      const isTeardown = RECEIVER_TEARDOWN.has(name);
      if (!isRemove && !isAll && !isTeardown) continue;
      if (isTeardown && !isRemove && !isAll && ablated('listener.removed-by-teardown')) continue;
      for (const c of recs) {
        if (c.receiver !== r.receiverKey && !jqueryChained(c.receiver, r.receiverKey)) continue;
        if (within !== null && !hasRange(within, c.call)) continue;
        if (isAll || (isTeardown && !isRemove)) {
          if (c.args.length === 0 || r.eventKey === null) return true;
          if (argKey(facts, c, 0) === r.eventKey) return true;
          continue;
        }
        if (r.api === 'connect') {
          if (
            c.args.length === 0 ||
            (r.listenerKey !== null && argKey(facts, c, 0) === r.listenerKey)
          )
            return true;
          continue;
        }
        if (c.args.length === 0) return true;
        if (argKey(facts, c, 0) !== r.eventKey) {
          // jQuery on a page-level wrapper (candidate JQ): `.off('.ns')`, `.off('type.ns')`,
          // `.off('type')` remove what was added under that namespace or type, with the
          // handler (the last argument) when one is given.
          if (!PAGE_WRAPPER_KEY.test(r.receiverKey) || r.eventKey === null) continue;
          if (!jqueryEventsMatch(r.eventKey, argKey(facts, c, 0))) continue;
          if (c.args.length === 1) return true;
          const last = argKey(facts, c, c.args.length - 1);
          if (r.listenerKey !== null && last === r.listenerKey) return true;
          continue;
        }
        if (c.args.length === 1) return true;
        if (r.listenerKey !== null && argKey(facts, c, 1) === r.listenerKey) return true;
        // `.off(events, selector, handler)`: jQuery's delegated removal.
        if (
          r.listenerKey !== null &&
          c.args.length === 3 &&
          PAGE_WRAPPER_KEY.test(r.receiverKey) &&
          argKey(facts, c, 2) === r.listenerKey
        )
          return true;
      }
      // `signal.addEventListener('abort', w.onAbort)` ... `w.signal.removeEventListener('abort',
      // w.onAbort)`: the same named listener and event, the receiver reached through another
      // path ending in the same name. Only for removals, only with a named listener.
      if (!isRemove || r.listenerKey === null || r.api === 'connect') continue;
      if (ablated('listener.removed-by-alias')) continue;
      const tail = lastSegment(r.receiverKey);
      for (const c of recs) {
        if (c.receiver === null || c.receiver === r.receiverKey) continue;
        if (lastSegment(c.receiver) !== tail) continue;
        if (within !== null && !hasRange(within, c.call)) continue;
        if (c.args.length < 2) continue;
        if (argKey(facts, c, 0) === r.eventKey && argKey(facts, c, 1) === r.listenerKey)
          return true;
      }
    }
  }
  return false;
}

/**
 * A table of subscriptions: the listener is added under a computed event and removed by a loop
 * over what was recorded (`this.subscriptions.push({ topic: t, handler }); this.bus.on(t,
 * handler)` ... `this.bus.off(topic, handler)` for each), so the removal's event and listener
 * are other names for the same values. Needs a named listener and a computed event on both
 * sides (moleculer src/transporters/fake.js; webpack-dev-server lib/Server.js, fix corpus,
 * tuning half).
 */
function removedFromTable(r: Registration, facts: Facts): boolean {
  if (r.listenerKey === null || r.eventKey === null || r.api === 'connect') return false;
  // A variable event (`t`, `signal`), not a literal or a constant (`Events.READY`).
  if (!/^[a-z_$][\w$]*$/.test(r.eventKey)) return false;
  for (const o of ownersFor(facts, r.site.classOwner, r.receiverKey)) {
    for (const name of ['off', '$off', 'removeListener', 'removeEventListener']) {
      for (const c of o.calls.get(name) ?? []) {
        if (c.receiver !== r.receiverKey || c.args.length < 2) continue;
        const [ev, fn] = c.args;
        const e = unwrap(ev!);
        const l = unwrap(fn!);
        const eName =
          e.type === 'Identifier' ? e.name : e.type === 'MemberExpression' ? propertyName(e) : null;
        if (eName === null || !/^[a-z_$]/.test(eName)) continue;
        if (l.type === 'Identifier' || l.type === 'MemberExpression') return true;
      }
    }
  }
  return false;
}

function lastSegment(key: string): string {
  const i = key.lastIndexOf('.');
  return i === -1 ? key : key.slice(i + 1);
}

/**
 * Receiver and listener both handed to a call (e.g. a Connection record that removes it), each
 * to any call or `new` of the owner, or returned. The registration call itself hands its
 * listener on, so for a named listener this asks only whether the receiver is passed somewhere
 * in the owner. Asking for one call given both (candidate HO, 2026-12-05) caught 3 more held-out
 * cases for 44 more clean findings and a lost case; not kept (scan-corpus/fixes/README.md).
 */
export function handedOff(r: Registration, facts: Facts): boolean {
  const l = r.listenerKey;
  if (l === null) return false;
  return ownersFor(facts, r.site.classOwner, r.receiverKey).some(
    (o) => o.handedOff.has(l) && o.handedOff.has(r.receiverKey),
  );
}

function keyOf(facts: Facts, n: Node): string {
  return keyText(facts.src, n, facts.thisAliases);
}

/**
 * `once('drain')` after a `write()` that returned false is Node's backpressure idiom: 'drain'
 * fires as soon as the buffer empties, so the listener is gone before the next one is added
 * (node-http-proxy lib/http-proxy.js, fix corpus, tuning half).
 */
function isDrainOnce(r: Registration): boolean {
  return (r.api === 'once' || r.api === 'prependOnceListener') && r.eventKey === '"drain"';
}

/**
 * A cluster primary: code that forks workers (`cluster.fork()`) in one of the enclosing
 * functions sets up the process itself, once; its `process` and `cluster` listeners are meant to
 * last as long as the process (moleculer src/runner.js startWorkers).
 */
function inClusterPrimary(r: Registration, facts: Facts): boolean {
  if (r.receiverKey !== 'process' && r.receiverKey !== 'cluster') return false;
  const forks = facts.module.calls.get('fork');
  if (forks === undefined) return false;
  return forks.some((c) => c.receiver === 'cluster' && r.fns.some((fn) => hasRange(fn, c.call)));
}

/**
 * `items.forEach((p) => server.on('upgrade', p.upgrade))`: the listener comes from the
 * iteration's own variable, so each run adds a different listener, once (bounded by the
 * collection, like the different events of `for (const ev of events) bus.on(ev, h)`):
 * webpack-dev-server lib/Server.js, fix corpus, tuning half.
 */
function listenerPerIteration(r: Registration): boolean {
  const rep = r.site.repeat;
  if (rep === null || rep.kind !== 'iteration' || r.listenerKey === null) return false;
  const m = /^[\w$]+/.exec(r.listenerKey);
  if (m === null || m[0] === 'this') return false;
  const name = m[0];
  const n = rep.node;
  if (isFunction(n)) return n.params.some((p) => p.type === 'Identifier' && p.name === name);
  if (n.type === 'ForOfStatement' || n.type === 'ForInStatement') {
    const left = n.left;
    if (left.type === 'Identifier') return left.name === name;
    return (
      left.type === 'VariableDeclaration' &&
      left.declarations.some((d) => d.id.type === 'Identifier' && d.id.name === name)
    );
  }
  return false;
}

/**
 * `this.server.on(...)` in the constructor while a later method assigns `this.server =
 * createServer()`: the walk learns about created fields in source order, the rules see them all.
 */
function receiverCreatedByOwner(r: Registration, facts: Facts): boolean {
  const m = /^this\.[\w$#]+/.exec(r.receiverKey);
  if (m === null) return false;
  return (r.site.classOwner ?? facts.module).createdFields.has(m[0]);
}

/**
 * Candidate K: `this.io.socket.on(…)` where the class obtains `this.io` from a call
 * (`this.io = this.$ws.connectToNamespace('x')`) and a teardown-named method of the class ends
 * it (`ngOnDestroy() { this.io.end() }`): what hangs off the handle goes when it is ended.
 */
function endedWithHandle(r: Registration): boolean {
  const m = /^(this\.[\w$#]+)\.[\w$#]/.exec(r.receiverKey);
  const owner = r.site.classOwner;
  if (m === null || owner === null || owner.kind !== 'class') return false;
  const handle = m[1]!;
  if (!owner.obtainedFields.has(handle)) return false;
  for (const name of HANDLE_END) {
    for (const c of owner.calls.get(name) ?? []) {
      if (c.receiver !== handle) continue;
      for (const [method, fn] of owner.methods)
        if (isTeardownName(method) && hasRange(fn, c.call)) return true;
    }
  }
  return false;
}

const HANDLE_END = ['end', 'close', 'destroy', 'dispose', 'disconnect', 'terminate', 'unsubscribe'];

const SERVER_NAME = /^(?:wss|server|[a-z][\w$]*Server)$/;

/**
 * A server's connection or request handler (`opts.wss.on('connection', …)`,
 * `server.on('clientError', …)`) set by a function outside any class is what the server does:
 * the code that configures a server sets it once, and no object of shorter life holds it; it
 * lives exactly as long as the server (trpc/trpc packages/server/src/adapters/ws.ts
 * applyWSSHandler, clean tuning set; vitejs/vite packages/vite/src/node/http.ts
 * setClientErrorHandler, fix corpus, tuning half). In a class method it is still reported (an
 * instance may end before the server it was handed), and so is adding one per event or request
 * (no-repeated-registration).
 */
function serverHandler(r: Registration): boolean {
  return (
    r.site.classOwner === null &&
    r.eventKey !== null &&
    SERVER_EVENT.test(r.eventKey) &&
    SERVER_NAME.test(lastSegment(r.receiverKey))
  );
}

/** `emit(...)` on `this`: the call's first argument (the event) when it is. */
function thisEmitEvent(n: Node, args: readonly Node[]): Node | null {
  const c = unwrap(n);
  if (c.type !== 'MemberExpression' || propertyName(c) !== 'emit') return null;
  if (unwrap(c.object as Node).type !== 'ThisExpression') return null;
  return args[0] ?? null;
}

/**
 * The listener re-emits the receiver's event, under the same name, on the registering object
 * (`this.router.on('mount', this.emit.bind(this, 'mount'))`, `(e) => this.emit('error', e)`):
 * the object is a facade over the receiver it wraps, and both live as long as each other
 * (restify/node-restify lib/server.js, clean tuning set).
 */
function forwardsToSelf(r: Registration, facts: Facts): boolean {
  if (r.eventKey === null || !r.eventKey.startsWith('"')) return false;
  const l = unwrap(r.listener);
  let ev: Node | null = null;
  if (l.type === 'CallExpression') {
    // this.emit.bind(this, 'x')
    const c = unwrap(l.callee as Node);
    if (c.type !== 'MemberExpression' || propertyName(c) !== 'bind') return false;
    const [self, ...rest] = l.arguments as Node[];
    if (self === undefined || unwrap(self).type !== 'ThisExpression') return false;
    ev = thisEmitEvent(c.object as Node, rest);
  } else if (l.type === 'ArrowFunctionExpression') {
    // (a plain function's `this` is the receiver, not the registering object)
    let body = l.body as Node;
    if (body.type === 'BlockStatement') {
      const only = body.body.length === 1 ? body.body[0] : undefined;
      if (only === undefined || only.type !== 'ExpressionStatement') return false;
      body = only.expression as Node;
    }
    const call = unwrap(body);
    if (call.type !== 'CallExpression') return false;
    ev = thisEmitEvent(call.callee as Node, call.arguments as Node[]);
  }
  return ev !== null && keyOf(facts, ev) === r.eventKey;
}

function repeatedApplies(r: Registration, facts: Facts): boolean {
  if (r.site.repeat === null || !r.receiverOutlivesRepeat) return false;
  // A subscription method is no event's callback (candidate SR): its callers decide.
  if (isDrainOnce(r) || listenerPerIteration(r) || subscribes(r, facts)) return false;
  // `for (const ev of events) emitter.on(ev, h)` registers different events: not a repeat.
  if (r.site.repeat.kind === 'iteration' && r.eventKey !== null && !r.eventKey.startsWith('"'))
    return false;
  return true;
}

export function listenerRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const identity = identityMistakes(ctx);
  const out: RawFinding[] = [...identity];
  const reported = new Set(identity.map((f) => f.node));
  // Calls of registration wrappers (collect/wrappers.ts), by the registration inside the wrapper.
  let calls: Map<Node, Registration[]> | null = null;
  for (const r of facts.registrations) {
    if (r.via === null) continue;
    calls ??= new Map();
    const list = calls.get(r.via.inner);
    if (list === undefined) calls.set(r.via.inner, [r]);
    else list.push(r);
  }
  for (const r of facts.registrations) {
    // A wrapper call is decided with the registration it makes (below).
    if (r.via !== null) continue;
    if (reported.has(r.site.call)) continue;
    // Registered at most once: an enclosing `if` says "not yet" and its branch makes it so.
    if (r.guarded && !ablated('listener.guarded')) continue;
    const repeats = repeatedApplies(r, facts) && !receiverRenewedEachRun(r, (n) => keyOf(facts, n));
    if (repeats) {
      if (
        managedByUse(r, ctx) ||
        managedBySignal(r, facts) ||
        removed(r, facts, r.site.repeat!.node) ||
        // The DOM adds the same module-level function once (candidate DD): no repeat piles up.
        (moduleListenerAddedOnce(r, facts) && !ablated('listener.dom-dedupe'))
      )
        continue;
      // What no-unmanaged-listener reports on its own (an outer receiver, removed nowhere) is
      // its finding, said the way a repeat is (below): no-repeated-registration is opt-in, and
      // the plainest leak of all, a listener added per request to a module's emitter, must be
      // in the default set. The opt-in rule reports the repeats the other one exempts (a
      // removal elsewhere that the repeat does not reach, a receiver it takes for short-lived).
      if (!unmanaged(r, ctx)) {
        out.push(repeatedFinding(r, facts, 'no-repeated-registration'));
        continue;
      }
    }
    if (!unmanaged(r, ctx)) continue;
    const made = r.wrapped ? calls?.get(r.site.call) : undefined;
    if (made === undefined) {
      out.push(ownFinding(r, facts, repeats));
      continue;
    }
    // Inside a registration wrapper, on its parameter: decided at each call, where the
    // receiver is known. The wrapper's parameter says what it expects (its name or type may
    // exempt it above); a call can only show more: a receiver made there, removed or kept.
    // A call that passes its own parameter on knows no more than the wrapper: the finding
    // stays inside the wrapper, where the listener is added.
    let inside = false;
    for (const w of made) {
      if ((w.guarded && !ablated('listener.guarded')) || !unmanaged(w, ctx)) continue;
      if (w.via!.passThrough) inside = true;
      else if (!reported.has(w.site.call)) {
        reported.add(w.site.call);
        out.push(unmanagedFinding(w, facts));
      }
    }
    if (inside) out.push(ownFinding(r, facts, repeats));
  }
  return out;
}

/** no-unmanaged-listener's finding at `r` itself; a subscription method's says what it lacks. */
function ownFinding(r: Registration, facts: Facts, repeats: boolean): RawFinding {
  const sm = subscriptionMethodFinding(r, facts, removalOf(r, facts));
  if (sm !== null) return sm;
  return repeats ? repeatedFinding(r, facts, 'no-unmanaged-listener') : unmanagedFinding(r, facts);
}

/** A registration made on every run of repeating code (`r.site.repeat`), said so. */
function repeatedFinding(
  r: Registration,
  facts: Facts,
  rule: 'no-repeated-registration' | 'no-unmanaged-listener',
): RawFinding {
  const where = {
    iteration: 'loop iteration',
    event: 'event',
    request: 'request',
    tick: 'timer tick',
    render: 'render',
  }[r.site.repeat!.kind];
  return {
    rule,
    node: r.site.call,
    message: `${describe(r, facts)} adds a listener on every ${where}, to a receiver that outlives it; listeners pile up.`,
    suggestion: `Register once outside the ${where} code, or remove it when the ${where} ends (${removalOf(r, facts)}), or use \`once\`/\`{ signal }\` tied to the ${where}.`,
  };
}

/** Whether no-unmanaged-listener reports `r` (not at top level, on an outer receiver, unmanaged). */
function unmanaged(r: Registration, ctx: RuleContext): boolean {
  const { facts } = ctx;
  if (r.site.topLevel && !ablated('listener.top-level')) return false;
  if (r.receiverLife !== 'outer' && !ablated(`listener.life-${r.receiverLife}`)) return false;
  if (inClusterPrimary(r, facts) && !ablated('listener.cluster-primary')) return false;
  if (receiverCreatedByOwner(r, facts) && !ablated('listener.created-by-owner')) return false;
  if (getterOverMadePart(r) && !ablated('listener.getter-made-part')) return false;
  if (serverHandler(r) && !ablated('listener.server-handler')) return false;
  if (forwardsToSelf(r, facts) && !ablated('listener.forwards-to-self')) return false;
  if (managedByUse(r, ctx) && !ablated('listener.managed-by-use')) return false;
  if (managedBySignal(r, facts) && !ablated('listener.managed-by-signal')) return false;
  if (removed(r, facts, null)) return false;
  if (handedOff(r, facts) && !ablated('listener.handed-off')) return false;
  if (removedFromTable(r, facts) && !ablated('listener.removed-from-table')) return false;
  if (receiverDiesWithCall(r) && !ablated('listener.dies-with-call')) return false;
  if (receiverIsNamedListenerArg(r, facts) && !ablated('listener.named-listener-arg')) return false;
  if (receiverIsDirectiveElement(r, facts) && !ablated('listener.directive-element')) return false;
  if (onHostEntryParam(r, facts) && !ablated('listener.host-entry')) return false;
  if (receiverMadeBefore(r, (n) => keyOf(facts, n)) && !ablated('listener.made-before'))
    return false;
  // Last: the only one that walks the whole file (once per file, for would-be findings only).
  if (runsOnceIn(facts, r.fns, r.site.repeat) && !ablated('listener.once-function')) return false;
  if (
    r.site.repeat === null &&
    r.fns[0] !== undefined &&
    singletonConstructors(facts).has(r.fns[0]) &&
    !ablated('listener.singleton-ctor')
  )
    return false;
  if (OWN_DOM.test(r.receiverKey) && !ablated('listener.own-dom')) return false;
  if (ownHostElement(r) && !ablated('listener.host-element')) return false;
  if (releasedOnce(r)) return false;
  if (moduleListenerAddedOnce(r, facts) && !ablated('listener.dom-dedupe')) return false;
  if (endedWithHandle(r) && !ablated('listener.ended-handle')) return false;
  return true;
}

/**
 * A component's own element or a child of it by framework convention (candidate O): Backbone's
 * and Vue's `this.$el`, Polymer's `this.$.id`, Vue's `this.$refs.name`, a shadow root. Not
 * `this.$root`, `this.$parent` or `this.$bus`, which are shared.
 */
const OWN_DOM = /^this\.(?:\$el|\$\.[\w$]+|\$refs\.[\w$]+|shadowRoot)(?![\w$])/;

function unmanagedFinding(r: Registration, facts: Facts): RawFinding {
  const removal = removalOf(r, facts);
  const fix = r.via === null ? listenerFix(r, facts) : null;
  const removalHint =
    r.api === 'connect'
      ? 'keep the returned connection and disconnect it in the teardown'
      : r.listenerKey === null
        ? `keep the listener in a named field and call ${removal} in the teardown`
        : `call ${removal} with the same listener in the teardown`;
  return {
    rule: 'no-unmanaged-listener',
    node: r.site.call,
    message: `${describe(r, facts)} registers a listener that nothing removes.`,
    suggestion: fix
      ? `Route it through the class's scope (${fix.container}); --fix applies this.`
      : `${removalHint[0]!.toUpperCase()}${removalHint.slice(1)}, or pass \`{ signal }\` from a Scope / AbortController that is aborted there.${
          r.site.repeat === null && r.fns.length > 0
            ? ' If this function runs once per process, mark it `// leakguard-once` instead.'
            : ''
        }`,
    ...(fix ? { fix: fix.edits } : {}),
  };
}
