// Receivers that die with the call that registers on them, beyond what the walk already marks
// as `created` (a `new` or a factory-named call): found on clean server code (issue #16,
// scan-corpus/clean/, tuning set), where "a receiver created locally or owned by one request"
// was the most common false finding of no-unmanaged-listener. Runs only for a registration that
// is about to be reported, so its small AST searches cost nothing on the common path.
//
// What the collector could record instead (it owns scopes): for each local binding, whether
// every value it is given is the result of a call or `new` made in that function, and for each
// parameter its name; `receiverLife` would then answer 'created' itself.
import type { Facts, Registration } from '../facts.js';
import { LONG_LIVED_PROP } from '../collect/collector.js';
import {
  calleeOf,
  childNodes,
  endOf,
  isFunction,
  propertyName,
  rootOf,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';

/**
 * HTTP request/response objects: one per request, collected with it. A listener on one (or on
 * `opts.res`, `this.raw.req`) is dropped with the request, whoever registers it. Registering on
 * the same one again and again is still reported, by no-repeated-registration.
 */
const PER_REQUEST = /^(?:req|res|request|response)$/;

/**
 * A child process's stdio (`child.stdout`, `cp.stderr`, `proc.stdin`): streams the child owns,
 * consumed once, per-use streams as a `stream` parameter is (candidate CS; electron/fiddle
 * src/main/fiddle-core.ts, clean corpus, held-out set). Not `process.stdout`, which lasts as long
 * as the process.
 */
const CHILD_STDIO = /^(?:stdout|stderr|stdin)$/;

/**
 * Accessors that usually hand out something shared (`getBus()`, `getInstance()`): a value they
 * return is not assumed to be fresh, unless the name says it makes a per-use resource
 * (`getRedisClient()`, `getReadStream()`).
 */
const SHARED_ACCESSOR = /^(?:get|use|inject|resolve|lookup|find|require|import)(?:[A-Z_]|$)/;
const FRESH_RESOURCE =
  /(?:Client|Stream|Socket|Connection|Channel|Request|Response|Session|Reader|Writer|Cursor|Watcher|Worker|Process|Subscription|Lease|Timer)$/;

/**
 * Calls whose result is not theirs to give: `bind`/`call`/`apply` (whatever the function
 * returns), `pipe` (its destination), and pooled objects (`acquire`, `checkout`, `borrow`), which
 * go back to the pool with every listener still on them.
 */
const NOT_FRESH = /^(?:bind|call|apply|pipe|acquire|checkout|checkOut|borrow|take)$/;

/** True when the receiver is a per-call value or a per-request object (see above). */
export function receiverDiesWithCall(r: Registration): boolean {
  if (r.receiverNode === null) return false;
  const u = unwrap(r.receiverNode);
  const last = u.type === 'MemberExpression' ? propertyName(u) : null;
  const root = rootOf(u);
  if (root.type !== 'Identifier') return last !== null && PER_REQUEST.test(last);
  if (last !== null) {
    if (PER_REQUEST.test(last)) return true;
    // `child.stdout.on('data', …)`: a child process's stdio streams are its own (candidate CS).
    if (
      CHILD_STDIO.test(last) &&
      root.name !== 'process' &&
      u.type === 'MemberExpression' &&
      unwrap(u.object as Node) === root &&
      r.fns.some((fn) => bindingIn(fn, root.name) !== null)
    )
      return true;
    // `local.stream.on(...)`: what a local holds need not be its own; stay with the default.
    return false;
  }
  for (const fn of r.fns) {
    const found = bindingIn(fn, root.name);
    if (found === null) continue;
    if (PER_USE_STREAM.test(root.name)) return true;
    if (found.kind === 'param')
      return (
        PER_REQUEST.test(root.name) ||
        (found.typeName !== null && isPerUseType(found.typeName)) ||
        (fn === r.fns[0] && isEventSubject(r.fnName, root.name))
      );
    return found.values.length > 0 && found.values.every(isFreshOrStreamValue);
  }
  return false;
}

/**
 * Candidate NH′: a parameter of a function that the file passes by name as the listener of an
 * event announcing a new connection, request or window (`this.wss.on('connection',
 * this.onClientSocketOpen.bind(this))`, `wss.on('connection', onConnection)`) is that event's
 * subject, as an inline listener's parameter is taken to be (collect: `callbackParam`, life
 * `event`), so a listener added to it lives as long as that subject (MultiOgar-Edited
 * src/Server.js, clean corpus, held-out set). A member of it under a long-lived name
 * (`socket.server`) is not, as for an inline listener.
 */
export function receiverIsNamedListenerArg(r: Registration, facts: Facts): boolean {
  if (r.receiverNode === null) return false;
  const u = unwrap(r.receiverNode);
  const root = rootOf(u);
  if (root.type !== 'Identifier') return false;
  if (u !== root && u.type === 'MemberExpression') {
    const last = propertyName(u);
    if (last !== null && LONG_LIVED_PROP.test(last)) return false;
  }
  const named = namedListenerFns(facts);
  if (named.size === 0) return false;
  for (const fn of r.fns) {
    const found = bindingIn(fn, root.name);
    if (found !== null) return found.kind === 'param' && named.has(fn);
  }
  return false;
}

/** A key-text pattern (`"name"`) matching any of `names`. */
function eventPattern(names: readonly string[]): RegExp {
  return new RegExp(`^"(?:${names.join('|')})"$`);
}

/** Events a server emits about its own work: its connection and request handlers. */
const SERVER_EVENTS = [
  'connection',
  'secureConnection',
  'request',
  'upgrade',
  'connect',
  'checkContinue',
  'checkExpectation',
  'clientError',
  'tlsClientError',
];
export const SERVER_EVENT = eventPattern(SERVER_EVENTS);

/**
 * Events whose listener is handed a new object, one per event: a server's connection or request
 * (`SERVER_EVENTS`), an HTTP/2 stream or session, and Electron's new web contents, windows,
 * webviews and downloads. Not a "changed" event: playcanvas's `scene.on('set:layers',
 * this.onLayersChanged)` is handed the scene's new layer composition, which lives as long as the
 * scene (fix corpus, held-out half, `786a4e2`; candidate NH).
 */
const NEW_SUBJECT_EVENT = eventPattern([
  ...SERVER_EVENTS,
  'stream',
  'session',
  'web-contents-created',
  'browser-window-created',
  'did-attach-webview',
  'did-create-window',
  'will-download',
]);

/**
 * The functions the file passes by name (`f`, `this.f`, with or without `.bind(…)`) as the
 * listener of an event that announces a new object (`NEW_SUBJECT_EVENT`).
 */
const namedListenerCache = new WeakMap<Facts, Set<Node>>();

function namedListenerFns(facts: Facts): Set<Node> {
  let out = namedListenerCache.get(facts);
  if (out !== undefined) return out;
  out = new Set();
  for (const reg of facts.registrations) {
    if (reg.eventKey === null || !NEW_SUBJECT_EVENT.test(reg.eventKey)) continue;
    let l = unwrap(reg.listener);
    if (
      l.type === 'CallExpression' &&
      l.callee.type === 'MemberExpression' &&
      propertyName(l.callee) === 'bind'
    )
      l = unwrap(l.callee.object as Node);
    let fn: Node | undefined;
    if (l.type === 'Identifier') fn = facts.module.methods.get(l.name);
    else if (l.type === 'MemberExpression') {
      const obj = unwrap(l.object as Node);
      const name = propertyName(l);
      const isThis =
        obj.type === 'ThisExpression' ||
        (obj.type === 'Identifier' && facts.thisAliases.has(obj.name));
      if (isThis && name !== null) fn = (reg.site.classOwner ?? facts.module).methods.get(name);
    }
    if (fn !== undefined) out.add(fn);
  }
  namedListenerCache.set(facts, out);
  return out;
}

/**
 * A stream is consumed once: a listener on one dies with it. Names that say "a stream"
 * (`stream`, `readable`, `bodyStream`...) for a parameter or local, and locals taken from a
 * path ending in one (`const pass = ctx.options.stream`). Registering on the same stream
 * again and again is still reported, by no-repeated-registration.
 */
const PER_USE_STREAM = /^(?:stream|readable|writable|duplex|[a-z][\w$]*Stream)$/;

/**
 * Declared types of per-use resources: `ws: WebSocket`, `stream: http2.ClientHttp2Stream`,
 * `source: NodeJS.ReadableStream`, `sock: net.Socket`, an RPC `call: LrsCall`. Not the servers, pools, managers or
 * factories that hand them out.
 */
const PER_USE_TYPE = /(?:Stream|Socket|Readable|Writable|Duplex|Call$)/;
const SHARED_TYPE = /(?:Server|Manager|Pool|Factory|Options|Registry|Hub|Bus)$/;

/**
 * `function onSocket(store, socket)`, `handleConnection(conn)`: in a handler named for an event,
 * the parameter named like the event's subject is the object that event is about, one per event
 * (derbyjs/racer lib/reconnect.Store.js, fix corpus, tuning half).
 */
function isEventSubject(fnName: string | null, param: string): boolean {
  if (fnName === null) return false;
  const m = /^(?:on|handle)([A-Z][\w$]*)$/.exec(fnName);
  if (m === null) return false;
  const subject = m[1]!.toLowerCase();
  const p = param.toLowerCase();
  return p.length >= 2 && (subject === p || subject.endsWith(p));
}

function isPerUseType(name: string): boolean {
  return PER_USE_TYPE.test(name) && !SHARED_TYPE.test(name);
}

function isFreshOrStreamValue(v: Node): boolean {
  if (isFreshValue(v)) return true;
  const u = unwrap(v);
  if (u.type !== 'MemberExpression') return false;
  const last = propertyName(u);
  return last !== null && PER_USE_STREAM.test(last);
}

/** A call or `new` whose result this function owns (not a shared accessor's). */
export function isFreshValue(v: Node): boolean {
  let u = unwrap(v);
  if (u.type === 'AwaitExpression') u = unwrap(u.argument);
  if (u.type === 'NewExpression') return true;
  if (u.type !== 'CallExpression') return false;
  const c = calleeOf(u);
  if (c === null) return false;
  if (NOT_FRESH.test(c.name)) return false;
  return !SHARED_ACCESSOR.test(c.name) || FRESH_RESOURCE.test(c.name);
}

/**
 * True when `fn` declares `name` as a local whose every value is fresh (`new`, a non-accessor
 * call): each run of `fn` has its own object in it.
 */
export function freshLocalIn(fn: Node, name: string): boolean {
  const b = bindingIn(fn, name);
  return b !== null && b.kind === 'local' && b.values.length > 0 && b.values.every(isFreshValue);
}

export type Binding =
  { kind: 'param'; typeName: string | null } | { kind: 'local'; values: Node[] };

/**
 * How `name` is bound in function `fn`: a parameter, or a local (`const`/`let`/`var`) with the
 * values it is initialised or assigned with anywhere in `fn`; null when `fn` does not bind it.
 */
export function bindingIn(fn: Node, name: string): Binding | null {
  if (!isFunction(fn)) return null;
  for (const p of fn.params)
    if (paramNames(p as Node).includes(name))
      return { kind: 'param', typeName: typeNameOf(p as Node) };
  let declared = false;
  const values: Node[] = [];
  walk(fn.body as Node, (n, nested) => {
    if (
      n.type === 'VariableDeclarator' &&
      (n.id.type === 'ObjectPattern' || n.id.type === 'ArrayPattern') &&
      !nested &&
      paramNames(n.id as Node).includes(name)
    ) {
      // `const { stream } = ctx.options`: declared here, value unknown.
      declared = true;
    } else if (
      n.type === 'VariableDeclarator' &&
      n.id.type === 'Identifier' &&
      n.id.name === name
    ) {
      // A declaration of the same name in a nested function is another variable.
      if (nested) return;
      declared = true;
      if (n.init !== null && n.init !== undefined) values.push(n.init as Node);
    } else if (
      n.type === 'AssignmentExpression' &&
      n.operator === '=' &&
      n.left.type === 'Identifier' &&
      n.left.name === name
    ) {
      values.push(n.right as Node);
    }
  });
  return declared ? { kind: 'local', values } : null;
}

/**
 * `fn` binds `name` for its own body: a parameter, a local (`bindingIn`) or a function
 * declaration outside nested functions (a nested function's names are another scope's).
 */
export function declaresName(fn: Node, name: string): boolean {
  if (bindingIn(fn, name) !== null) return true;
  if (!isFunction(fn)) return false;
  let found = false;
  walk(fn.body as Node, (n, nested) => {
    if (!nested && n.type === 'FunctionDeclaration' && n.id?.name === name) found = true;
  });
  return found;
}

export function paramNames(p: Node): string[] {
  if (p.type === 'Identifier') return [p.name];
  if (p.type === 'AssignmentPattern') return paramNames(p.left as Node);
  if (p.type === 'TSParameterProperty') return paramNames(p.parameter as Node);
  if (p.type === 'RestElement') return paramNames(p.argument as Node);
  if (p.type === 'ObjectPattern')
    return p.properties.flatMap((q) =>
      q.type === 'Property' ? paramNames(q.value as Node) : paramNames(q as Node),
    );
  if (p.type === 'ArrayPattern')
    return p.elements.flatMap((e) => (e === null ? [] : paramNames(e as Node)));
  return [];
}

/** The last name of a parameter's declared type reference (`http2.ClientHttp2Stream`), or null. */
function typeNameOf(p: Node): string | null {
  const inner =
    p.type === 'TSParameterProperty'
      ? (p.parameter as Node)
      : p.type === 'AssignmentPattern'
        ? (p.left as Node)
        : p;
  if (inner.type !== 'Identifier' || inner.typeAnnotation == null) return null;
  const t = inner.typeAnnotation.typeAnnotation;
  if (t.type !== 'TSTypeReference') return null;
  const n = t.typeName;
  return n.type === 'Identifier' ? n.name : n.type === 'TSQualifiedName' ? n.right.name : null;
}

/** Visits every node under `n`; `nested` tells whether it sits inside a nested function. */
function walk(n: Node, visit: (n: Node, nested: boolean) => void, nested = false): void {
  visit(n, nested);
  const inner = nested || isFunction(n);
  for (const c of childNodes(n)) walk(c, visit, inner);
}

/**
 * True when the repeating code (`r.site.repeat`) gives the receiver a fresh value (`new`, a
 * factory call) before registering on it, outside nested functions: each run registers on a
 * new object (`ws.on('ready', (d) => { this.udp = new UDPClient(d); this.udp.on('close', …) })`,
 * discordjs/discord.js src/client/voice/VoiceConnection.js, fix corpus, tuning half).
 */
export function receiverRenewedEachRun(r: Registration, keyOf: (n: Node) => string): boolean {
  const rep = r.site.repeat;
  if (rep === null) return false;
  const body = isFunction(rep.node) ? (rep.node.body as Node) : rep.node;
  const at = startOf(r.site.call);
  let renewed = false;
  walk(body, (n, nested) => {
    if (renewed || nested) return;
    if (
      n.type === 'AssignmentExpression' &&
      n.operator === '=' &&
      startOf(n) < at &&
      isFreshValue(n.right as Node) &&
      keyOf(n.left as Node) === r.receiverKey
    )
      renewed = true;
  });
  return renewed;
}

/**
 * True when the registering function gave the receiver a fresh object (`new`, a call that is not
 * a shared accessor) in a statement the registration cannot be reached without (a statement of
 * a block that holds the registration, before it), outside nested functions, and no other
 * assignment to it comes between: each run adds one listener to a new object, so nothing piles
 * up on any one receiver. The receiver is what was assigned (`w = new BrowserWindow(); w.on(…)`
 * on an outer `w`, `this.p = await t.produce(); this.p.on(…)`) or a part of it
 * (`w.webContents.on(…)`), long-lived property names aside (`c.socket`, `c.server`: what the
 * object may have been handed). An assignment under a test (`if (!x) x = make(); x.on(…)`) does
 * not count. Issue #16, candidate G (scan-corpus/clean/README.md); a wider form of the dropped
 * candidate Y.
 */
export function receiverMadeBefore(r: Registration, keyOf: (n: Node) => string): boolean {
  const fn = r.fns[0];
  if (fn === undefined || !isFunction(fn) || r.receiverNode === null) return false;
  const recv = unwrap(r.receiverNode);
  if (recv.type !== 'MemberExpression' && recv.type !== 'Identifier') return false;
  const body = fn.body as Node;
  const key = r.receiverKey;
  const at = startOf(r.site.call);
  let made = false;
  let last = -1;
  const visit = (n: Node, parent: Node | null, grand: Node | null): void => {
    if (startOf(n) >= at || (n !== body && isFunction(n))) return;
    if (n.type === 'AssignmentExpression' && endOf(n) <= at && startOf(n) > last) {
      const k = keyOf(n.left as Node);
      if (k === key || partOf(key, k)) {
        last = startOf(n);
        const dominates =
          parent?.type === 'ExpressionStatement' &&
          grand?.type === 'BlockStatement' &&
          startOf(grand) <= at &&
          at < endOf(grand);
        made = dominates && n.operator === '=' && isFreshValue(n.right as Node);
      }
    }
    for (const c of childNodes(n)) visit(c, n, parent);
  };
  visit(body, null, null);
  return made;
}

/** `key` is a property path under `base` (`w.webContents` under `w`), long-lived names aside. */
function partOf(key: string, base: string): boolean {
  if (!key.startsWith(base) || key.charCodeAt(base.length) !== 46 /* . */) return false;
  return key
    .slice(base.length + 1)
    .split('.')
    .every((p) => /^[\w$]+$/.test(p) && !LONG_LIVED_PROP.test(p));
}
