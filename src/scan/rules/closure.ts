// no-unpaired-teardown, closure branch: a timer handle kept in a local of a function whose end
// handler (a 'close'/'end'/… listener, a cleanup function it declares or returns) clears the
// other timers of that function but not this one, although the code clears it somewhere else
// (issue #16, leak shape 1: cleanup that exists but is not tied to the owner's end).
//
// The class branch (paired.ts) asks the same of a timeout kept in a field: cleared elsewhere,
// not by the teardown method. In closure-style code the teardown is a function, not a method:
// `socket.on('close', () => { clearInterval(ping) })` next to `pong = setTimeout(…)` that only
// the 'pong' listener clears. Two facts of the code itself say the handle needs the end handler:
// it is cleared somewhere (so it must not outlive its owner), and the end handler clears its
// siblings (so that is where this function's timers end). Designed on a tuning case of the fix
// corpus (graphql-ws a7735f4).
import type { TimerSite } from '../facts.js';
import {
  calleeOf,
  childNodes,
  isFunction,
  startOf,
  TEARDOWN_METHODS,
  unwrap,
  type CallExpression,
  type Node,
} from '../syntax.js';
import type { RawFinding, RuleContext } from './context.js';

/** Events that end their emitter's work. */
const END_EVENTS = new Set([
  'close',
  'closed',
  'end',
  'disconnect',
  'disconnected',
  'exit',
  'destroy',
  'destroyed',
  'terminate',
  'dispose',
]);

const REGISTER = new Set([
  'on',
  'once',
  'addListener',
  'addEventListener',
  'prependListener',
  'prependOnceListener',
]);

/** Names of functions that end what their scope started: `cleanup`, `onClose`, `stopAll`. */
const TEARDOWN_NAME =
  /^_?(?:close|destroy|dispose|disconnect|stop|unsubscribe|shutdown|teardown|cleanup|cleanUp|terminate|finish|(?:on|handle)(?:Close|Closed|End|Disconnect|Disconnected|Exit|Destroy))(?:[A-Z_$][\w$]*)?$/;

const CLEARS = new Set(['clearTimeout', 'clearInterval']);

interface FileIndex {
  readonly parent: Map<Node, Node>;
}

const cache = new WeakMap<Node, FileIndex>();

function indexOf(root: Node): FileIndex {
  let ix = cache.get(root);
  if (ix !== undefined) return ix;
  const parent = new Map<Node, Node>();
  const visit = (n: Node) => {
    for (const c of childNodes(n)) {
      parent.set(c, n);
      visit(c);
    }
  };
  visit(root);
  ix = { parent };
  cache.set(root, ix);
  return ix;
}

/** Walks `n` without entering nested functions (but `n` itself may be one). */
function walkOwn(n: Node, f: (x: Node) => void): void {
  const visit = (x: Node) => {
    f(x);
    for (const c of childNodes(x)) if (!isFunction(c)) visit(c);
  };
  if (isFunction(n)) {
    for (const p of n.params) visit(p);
    visit(n.body);
  } else visit(n);
}

function walkAll(n: Node, f: (x: Node) => void): void {
  f(n);
  for (const c of childNodes(n)) walkAll(c, f);
}

/** Names `fn` (a function or the program) declares in its own scope. */
function declared(fn: Node): Set<string> {
  const out = new Set<string>();
  walkOwn(fn, (x) => {
    if (x.type === 'VariableDeclarator' && x.id.type === 'Identifier') out.add(x.id.name);
  });
  if (isFunction(fn))
    for (const p of fn.params) {
      const q = p.type === 'AssignmentPattern' ? p.left : p;
      if (q.type === 'Identifier') out.add(q.name);
    }
  return out;
}

/** The handle cleared by a `clearTimeout(h)` / `clearInterval(h)` call, if an identifier. */
function clearedName(call: CallExpression): string | null {
  const c = calleeOf(call);
  if (c === null || !CLEARS.has(c.name) || c.receiver !== null) return null;
  const a = call.arguments[0];
  if (a === undefined) return null;
  const u = unwrap(a);
  return u.type === 'Identifier' ? u.name : null;
}

/** End handlers inside `scope`: listeners for end events, teardown-named or returned functions. */
function endHandlers(scope: Node, ix: FileIndex): Node[] {
  const out: Node[] = [];
  const localFns = new Map<string, Node>();
  walkAll(scope, (x) => {
    if (x.type === 'CallExpression') {
      const c = calleeOf(x);
      const ev = x.arguments[0];
      const fn = x.arguments[1];
      if (
        c !== null &&
        c.receiver !== null &&
        REGISTER.has(c.name) &&
        ev !== undefined &&
        ev.type === 'Literal' &&
        typeof ev.value === 'string' &&
        END_EVENTS.has(ev.value) &&
        fn !== undefined &&
        isFunction(unwrap(fn))
      )
        out.push(unwrap(fn));
    }
    // `ws.onclose = () => …`, `this.cleanup = () => …`, `const cleanup = () => …`
    if (x.type === 'AssignmentExpression' && isFunction(unwrap(x.right))) {
      const l = x.left;
      const name =
        l.type === 'Identifier'
          ? l.name
          : l.type === 'MemberExpression' && !l.computed && l.property.type === 'Identifier'
            ? l.property.name
            : null;
      if (name !== null && (isEndProperty(name) || TEARDOWN_NAME.test(name)))
        out.push(unwrap(x.right));
      if (l.type === 'Identifier') localFns.set(l.name, unwrap(x.right));
    }
    if (x.type === 'VariableDeclarator' && x.id.type === 'Identifier' && x.init) {
      const v = unwrap(x.init);
      if (isFunction(v)) {
        localFns.set(x.id.name, v);
        if (TEARDOWN_NAME.test(x.id.name)) out.push(v);
      }
    }
    if (x.type === 'FunctionDeclaration' && x.id) {
      localFns.set(x.id.name, x);
      if (TEARDOWN_NAME.test(x.id.name)) out.push(x);
    }
    // `{ close() { … } }`, `{ stop: () => … }` in an object the scope builds.
    if (x.type === 'Property' && !x.computed && x.key.type === 'Identifier') {
      const v = unwrap(x.value as Node);
      if (isFunction(v) && (TEARDOWN_METHODS.has(x.key.name) || TEARDOWN_NAME.test(x.key.name)))
        out.push(v);
    }
    // A function the scope returns is its cleanup (`return () => clearInterval(t)`).
    if (x.type === 'ReturnStatement' && x.argument && isFunction(unwrap(x.argument))) {
      const v = unwrap(x.argument);
      if (enclosingFunction(x, ix) === scope) out.push(v);
    }
  });
  // Listeners given by name: `socket.on('close', onClose)` with `function onClose() {}` here.
  walkAll(scope, (x) => {
    if (x.type !== 'CallExpression') return;
    const c = calleeOf(x);
    const ev = x.arguments[0];
    const fn = x.arguments[1];
    if (
      c !== null &&
      REGISTER.has(c.name) &&
      ev !== undefined &&
      ev.type === 'Literal' &&
      typeof ev.value === 'string' &&
      END_EVENTS.has(ev.value) &&
      fn !== undefined &&
      unwrap(fn).type === 'Identifier'
    ) {
      const f = localFns.get((unwrap(fn) as { name: string }).name);
      if (f !== undefined) out.push(f);
    }
  });
  return [...new Set(out)];
}

function isEndProperty(name: string): boolean {
  return /^on(?:close|end|disconnect|exit)$/i.test(name);
}

function enclosingFunction(n: Node, ix: FileIndex): Node | null {
  for (let p = ix.parent.get(n); p !== undefined; p = ix.parent.get(p)) if (isFunction(p)) return p;
  return null;
}

function inside(outer: Node, n: Node, ix: FileIndex): boolean {
  for (let p: Node | undefined = n; p !== undefined; p = ix.parent.get(p))
    if (p === outer) return true;
  return false;
}

/** `clear` sits in the `finally` of a `try` whose block holds `call`. */
function inFinallyOf(clear: Node, call: Node, ix: FileIndex): boolean {
  let child: Node = clear;
  for (let p = ix.parent.get(clear); p !== undefined; child = p, p = ix.parent.get(p)) {
    if (isFunction(p)) return false;
    if (p.type === 'TryStatement' && p.finalizer === child && inside(p.block, call, ix))
      return true;
  }
  return false;
}

/** Identifiers a function's body names, and those of the local functions it calls (one level). */
function namesIn(fn: Node, localFns: ReadonlyMap<string, Node>): Set<string> {
  const out = new Set<string>();
  const called: Node[] = [];
  walkAll(fn, (x) => {
    if (x.type === 'Identifier') out.add(x.name);
    if (x.type === 'CallExpression') {
      const c = unwrap(x.callee);
      if (c.type === 'Identifier') {
        const f = localFns.get(c.name);
        if (f !== undefined && f !== fn) called.push(f);
      }
    }
  });
  for (const f of called) walkAll(f, (x) => x.type === 'Identifier' && out.add(x.name));
  return out;
}

function clearsIn(fn: Node, localFns: ReadonlyMap<string, Node>): Set<string> {
  const out = new Set<string>();
  const visit = (f: Node, deep: boolean) =>
    walkAll(f, (x) => {
      if (x.type !== 'CallExpression') return;
      const h = clearedName(x);
      if (h !== null) out.add(h);
      const c = unwrap(x.callee);
      if (deep && c.type === 'Identifier') {
        const g = localFns.get(c.name);
        if (g !== undefined && g !== f) visit(g, false);
      }
    });
  visit(fn, true);
  return out;
}

function localFunctions(scope: Node): Map<string, Node> {
  const out = new Map<string, Node>();
  walkAll(scope, (x) => {
    if (x.type === 'FunctionDeclaration' && x.id) out.set(x.id.name, x);
    if (x.type === 'VariableDeclarator' && x.id.type === 'Identifier' && x.init) {
      const v = unwrap(x.init);
      if (isFunction(v)) out.set(x.id.name, v);
    }
  });
  return out;
}

export function closureTimerFinding(ctx: RuleContext, t: TimerSite): RawFinding | null {
  const use = t.site.use;
  if (use.kind !== 'stored' || !/^[\w$]+$/.test(use.target)) return null;
  const h = use.target;
  const ix = indexOf(ctx.facts.module.node);
  // The function that declares the handle.
  let scope: Node | null = null;
  for (let p = ix.parent.get(t.site.call); p !== undefined; p = ix.parent.get(p)) {
    if ((isFunction(p) || p.type === 'Program') && declared(p).has(h)) {
      scope = p;
      break;
    }
  }
  if (scope === null || scope.type === 'Program') return null;
  // Cleared somewhere in that function: the code says the handle must not outlive its owner.
  const clears: CallExpression[] = [];
  const siblings = declared(scope);
  walkAll(scope, (x) => {
    if (x.type === 'CallExpression' && clearedName(x) === h) clears.push(x);
  });
  if (clears.length === 0) return null;
  // `try { h = setTimeout(…); … } finally { clearTimeout(h) }`: its life is the block's.
  if (clears.some((c) => inFinallyOf(c, t.site.call, ix))) return null;
  const localFns = localFunctions(scope);
  const handlers = endHandlers(scope, ix).filter((e) => !inside(e, t.site.call, ix));
  let clearer: Node | null = null;
  for (const e of handlers) {
    if (namesIn(e, localFns).has(h)) return null;
    if (clearer === null && [...clearsIn(e, localFns)].some((k) => k !== h && siblings.has(k)))
      clearer = e;
  }
  if (clearer === null) return null;
  const at = ctx.facts.src.slice(0, startOf(clearer)).split('\n').length;
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message: `The ${t.kind} kept in ${h} is cleared elsewhere but not by the end handler at line ${at}, which clears the other timers; it runs after the end and keeps what its callback holds alive.`,
    suggestion: `Clear ${h} in the end handler at line ${at} too.`,
  };
}
