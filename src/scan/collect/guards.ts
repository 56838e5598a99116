// Registrations guarded against repeats (issue #16, false-finding category "guarded"): the
// registration sits in the `then` branch of an `if` whose test says "not done yet", and that
// branch makes the test false for the next run, so the code registers at most once per value
// of what it tests:
//
//   if (!isEventProxied) { isEventProxied = true; emitter.on(...) }          // a flag
//   if (!lease) { lease = client.lease(); lease.on('lost', ...) }            // the receiver itself
//   if (!this.seen.has(k)) { this.seen.add(k); k.on(...) }                   // membership
//   if (bus.listenerCount('x') === 0) { bus.on('x', ...) }                   // nobody listens yet
//
//
// The `else` branch of `if (flag)` is taken while the flag is still falsy too, and the flag may
// be set after the `if` rather than in the branch (`if (once) { … } else { this.t =
// setTimeout(…) } once = true`).
//
// Found on the tuning half of scan-corpus/clean/ (restify lib/server.js, moleculer
// src/strategies/latency.js and src/registry/discoverers/etcd3.js) and of scan-corpus/fixes/
// (lib-jitsi-meet XmppConnection.ts). Computed for registrations and timers, from the
// ancestors the walk keeps; the branch is searched only when such an `if` encloses the call.
import type { TSESTree } from '@typescript-eslint/types';
import { calleeOf, childNodes, isFunction, propertyName, unwrap, type Node } from '../syntax.js';
import type { Collector } from './collector.js';

/** What a "not yet" test is about: a name or path that the branch must set, or none needed. */
type Subject =
  { readonly kind: 'set' | 'member'; readonly key: string } | { readonly kind: 'count' };

function isNullish(n: Node): boolean {
  const u = unwrap(n);
  return (
    (u.type === 'Literal' && u.value === null) ||
    (u.type === 'Identifier' && u.name === 'undefined') ||
    (u.type === 'UnaryExpression' && u.operator === 'void')
  );
}

function isZero(n: Node): boolean {
  const u = unwrap(n);
  return u.type === 'Literal' && u.value === 0;
}

/** `x.listenerCount(...)` / `x.listeners(...).length` */
function isListenerCount(n: Node): boolean {
  let u = unwrap(n);
  if (u.type === 'MemberExpression' && propertyName(u) === 'length') u = unwrap(u.object);
  if (u.type !== 'CallExpression') return false;
  const c = calleeOf(u);
  return (
    c !== null && c.receiver !== null && (c.name === 'listenerCount' || c.name === 'listeners')
  );
}

/** `x.has(k)`: the receiver of a membership test, or null. */
function membershipOf(n: Node): Node | null {
  const u = unwrap(n);
  if (u.type !== 'CallExpression') return null;
  const c = calleeOf(u);
  return c !== null && c.receiver !== null && c.name === 'has' ? c.receiver : null;
}

/** The "not yet" subjects of a test (through `&&`). */
function subjectsOf(c: Collector, test: Node, out: Subject[]): void {
  const u = unwrap(test);
  if (u.type === 'LogicalExpression' && u.operator === '&&') {
    subjectsOf(c, u.left, out);
    subjectsOf(c, u.right, out);
    return;
  }
  if (u.type === 'UnaryExpression' && u.operator === '!') {
    const a = unwrap(u.argument);
    if (isListenerCount(a)) out.push({ kind: 'count' });
    else {
      const m = membershipOf(a);
      if (m !== null) out.push({ kind: 'member', key: c.key(m) });
      else if (a.type === 'Identifier' || a.type === 'MemberExpression')
        out.push({ kind: 'set', key: c.key(a) });
    }
    return;
  }
  if (u.type === 'BinaryExpression') {
    const eq = u.operator === '===' || u.operator === '==';
    const sides: [Node, Node][] = [
      [u.left as Node, u.right],
      [u.right, u.left as Node],
    ];
    for (const [a, b] of sides) {
      const x = unwrap(a);
      if (eq && isNullish(b) && (x.type === 'Identifier' || x.type === 'MemberExpression')) {
        out.push({ kind: 'set', key: c.key(x) });
        return;
      }
      if (
        isListenerCount(x) &&
        ((eq && isZero(b)) || (u.operator === '<' && a === u.left && unwrap(b).type === 'Literal'))
      ) {
        out.push({ kind: 'count' });
        return;
      }
      const m = membershipOf(x);
      const bu = unwrap(b);
      if (eq && m !== null && bu.type === 'Literal' && bu.value === false) {
        out.push({ kind: 'member', key: c.key(m) });
        return;
      }
    }
  }
}

const ADDS: ReadonlySet<string> = new Set(['add', 'set']);
const REMOVES: ReadonlySet<string> = new Set(['delete', 'clear']);

/** `key.m(…)` for a method `m` of `names`: a membership set added to or emptied. */
function methodCallOn(c: Collector, n: Node, names: ReadonlySet<string>, key: string): boolean {
  if (n.type !== 'CallExpression') return false;
  const callee = calleeOf(n);
  return (
    callee !== null &&
    callee.receiver !== null &&
    names.has(callee.name) &&
    c.key(callee.receiver) === key
  );
}

/** Whether `branch` assigns `key` (`key = …`) or adds to it (`key.add(…)`, `key.set(…)`). */
function branchSets(c: Collector, branch: Node, s: Subject): boolean {
  if (s.kind === 'count') return true;
  let found = false;
  const visit = (n: Node): void => {
    if (found) return;
    if (n.type === 'AssignmentExpression' && s.kind === 'set') {
      const l = unwrap(n.left as Node);
      if ((l.type === 'Identifier' || l.type === 'MemberExpression') && c.key(l) === s.key) {
        found = true;
        return;
      }
    } else if (s.kind === 'member' && methodCallOn(c, n, ADDS, s.key)) {
      found = true;
      return;
    }
    // What a nested function does may happen later or never.
    if (isFunction(n)) return;
    for (const c of childNodes(n)) visit(c);
  };
  visit(branch);
  return found;
}

/**
 * The "not yet" subject of the `else` branch of `if (x)`: a flag or path that is still falsy
 * (`if (this._connectedOnce) { … } else { … }`).
 */
function elseSubjectOf(c: Collector, test: Node): Subject | null {
  const u = unwrap(test);
  return u.type === 'Identifier' || u.type === 'MemberExpression'
    ? { kind: 'set', key: c.key(u) }
    : null;
}

/** Whether a statement after `stmt` in the block holding it (`parent`) makes `s` done. */
function laterSets(c: Collector, parent: Node, stmt: Node, s: Subject): boolean {
  if (parent.type !== 'BlockStatement' && parent.type !== 'Program') return false;
  const body = parent.body as Node[];
  const at = body.indexOf(stmt);
  if (at === -1) return false;
  for (let k = at + 1; k < body.length; k++) if (branchSets(c, body[k]!, s)) return true;
  return false;
}

/**
 * Whether a statement after the one holding `ancestors[i]`, in any block between it and the
 * innermost function, makes `s` done: `if (a) { if (flag) … else … } flag = true`.
 */
function setAfter(c: Collector, i: number, s: Subject): boolean {
  const ancestors = c.ancestors;
  for (let j = i; j >= 1; j--) {
    const parent = ancestors[j - 1]!;
    if (isFunction(parent)) return false;
    if (laterSets(c, parent, ancestors[j]!, s)) return true;
  }
  return false;
}

/**
 * True when the call at `ancestors[depth + 1]` runs in the branch of an `if` (within the
 * innermost function) taken while something is "not done yet" — the `then` branch of a "not
 * yet" test, or the `else` branch of `if (flag)` — and that branch, or a statement after the
 * `if` (in its block or an enclosing one), makes it done (`if (this.connectedOnce) { … } else {
 * this.t = setTimeout(…) } this.connectedOnce = true`: jitsi/lib-jitsi-meet XmppConnection.ts, fix
 * corpus, tuning half).
 */
export function guardedAgainstRepeat(c: Collector, depth: number, call: Node): boolean {
  const ancestors = c.ancestors;
  let child: Node = call;
  for (let i = depth; i >= 0; i--) {
    const p = ancestors[i]!;
    if (isFunction(p)) return false;
    if (p.type === 'BlockStatement' && leftEarly(c, p.body as Node[], child, call)) return true;
    if (p.type === 'IfStatement' && (p.consequent === child || p.alternate === child)) {
      const subjects: Subject[] = [];
      if (p.consequent === child) subjectsOf(c, (p as TSESTree.IfStatement).test, subjects);
      else {
        const s = elseSubjectOf(c, (p as TSESTree.IfStatement).test);
        if (s !== null) subjects.push(s);
      }
      if (subjects.some((s) => branchSets(c, child, s) || setAfter(c, i, s))) return true;
    }
    child = p;
  }
  return false;
}

/**
 * The early-exit form of the listener-count guard: `if (server.listenerCount('x') > 0) return;`
 * before the registration in the same block (Haraka tls_socket.js addOCSP, clean held-out set,
 * eighth batch). The count is the state itself, so nothing can re-arm it as a flag can. A flag of
 * `this` in this form (`if (this.inited) return; this.inited = true`) is not taken: a flag per
 * object says nothing about a receiver that outlives the object. Flags that live as long as the
 * receiver are (`leftWhenFlagged`).
 */
function leftEarly(c: Collector, body: readonly Node[], child: Node, call: Node): boolean {
  const at = body.indexOf(child);
  for (let k = 0; k < at; k++) {
    const st = body[k]!;
    if (st.type !== 'IfStatement' || st.alternate !== null) continue;
    const exit =
      st.consequent.type === 'BlockStatement' ? st.consequent.body.at(-1) : st.consequent;
    if (exit?.type !== 'ReturnStatement' && exit?.type !== 'ThrowStatement') continue;
    if (somebodyListens(st.test) || leftWhenFlagged(c, body, k, call)) return true;
  }
  return false;
}

/**
 * The early-exit form of a flag guard (candidate EG): `if (listening) { return; } listening =
 * true;` before the registration in the same block, with a flag that lives as long as the
 * receiver — a module-level name or a path from one (or from a global or an import), or a path
 * from the receiver itself (`if (ipcRenderer.binded) return; ipcRenderer.binded = true;`):
 * RocketChat/Rocket.Chat.Electron and qishibo/AnotherRedisDesktopManager, clean corpus,
 * held-out set. A flag on `this` stays out, as `leftEarly` says.
 */
function leftWhenFlagged(c: Collector, body: readonly Node[], k: number, call: Node): boolean {
  const subjects: Subject[] = [];
  doneSubjectsOf(c, (body[k] as TSESTree.IfStatement).test, subjects);
  if (subjects.length === 0) return false;
  const callee = call.type === 'CallExpression' ? calleeOf(call) : null;
  const receiver = callee === null || callee.receiver === null ? null : c.key(callee.receiver);
  for (const s of subjects) {
    if (s.kind === 'count') continue;
    if (!livesWithReceiver(c, s.key, receiver) || setBack(c, s)) continue;
    for (let j = k + 1; j < body.length; j++) if (branchSets(c, body[j]!, s)) return true;
  }
  return false;
}

const setBackCache = new WeakMap<Collector, Map<string, boolean>>();

/**
 * Whether the file sets the flag back (candidate EG′): `F = false` (`null`, `undefined`, `0`,
 * `''`), `delete F`, or for a set `S.delete(…)` / `S.clear()`. A lock released when the work ends
 * does not make the code run once (ydcss/vue-ydui `c35d0ab`, fix corpus, held-out half).
 */
function setBack(c: Collector, s: Subject): boolean {
  if (s.kind === 'count') return false;
  let cache = setBackCache.get(c);
  if (cache === undefined) setBackCache.set(c, (cache = new Map()));
  const id = s.kind + ':' + s.key;
  const known = cache.get(id);
  if (known !== undefined) return known;
  let found = false;
  const visit = (n: Node): void => {
    if (found) return;
    if (s.kind === 'set') {
      if (n.type === 'AssignmentExpression' && n.operator === '=' && isFalsy(n.right)) {
        const l = unwrap(n.left as Node);
        if ((l.type === 'Identifier' || l.type === 'MemberExpression') && c.key(l) === s.key) {
          found = true;
          return;
        }
      } else if (n.type === 'UnaryExpression' && n.operator === 'delete') {
        const a = unwrap(n.argument);
        if (a.type === 'MemberExpression' && c.key(a) === s.key) {
          found = true;
          return;
        }
      }
    } else if (methodCallOn(c, n, REMOVES, s.key)) {
      found = true;
      return;
    }
    for (const k of childNodes(n)) visit(k);
  };
  visit(c.module.node);
  cache.set(id, found);
  return found;
}

function isFalsy(n: Node): boolean {
  const u = unwrap(n);
  if (isNullish(u)) return true;
  return u.type === 'Literal' && (u.value === false || u.value === 0 || u.value === '');
}

/** The "done" subjects of an early-exit test: `F`, `F !== undefined`, `F != null`, `S.has(k)`, through `||`. */
function doneSubjectsOf(c: Collector, test: Node, out: Subject[]): void {
  const u = unwrap(test);
  if (u.type === 'LogicalExpression' && u.operator === '||') {
    doneSubjectsOf(c, u.left, out);
    doneSubjectsOf(c, u.right, out);
    return;
  }
  if (u.type === 'Identifier' || u.type === 'MemberExpression') {
    out.push({ kind: 'set', key: c.key(u) });
    return;
  }
  const m = membershipOf(u);
  if (m !== null) {
    out.push({ kind: 'member', key: c.key(m) });
    return;
  }
  if (u.type === 'BinaryExpression' && (u.operator === '!==' || u.operator === '!=')) {
    const l = unwrap(u.left as Node);
    const r = unwrap(u.right);
    const x = isNullish(r) ? l : isNullish(l) ? r : null;
    if (x !== null && (x.type === 'Identifier' || x.type === 'MemberExpression'))
      out.push({ kind: 'set', key: c.key(x) });
  }
}

/** A flag key that lives as long as the receiver: module-level, global, import, or on the receiver. */
function livesWithReceiver(c: Collector, key: string, receiver: string | null): boolean {
  if (receiver !== null && key.startsWith(receiver + '.')) return true;
  const m = /^[\w$]+/.exec(key);
  if (m === null || m[0] === 'this' || (m[0].length !== key.length && key[m[0].length] !== '.'))
    return false;
  const at = c.resolve(m[0]);
  return at === -1 || at === 0;
}

/** `x.listenerCount(e) > 0` (`>= 1`, `!== 0`, `!= 0`), `x.listeners(e).length` as a truth value. */
function somebodyListens(test: Node): boolean {
  const u = unwrap(test);
  if (isListenerCount(u)) return true;
  if (u.type !== 'BinaryExpression') return false;
  const l = unwrap(u.left as Node);
  const r = unwrap(u.right);
  if (!isListenerCount(l) || r.type !== 'Literal' || typeof r.value !== 'number') return false;
  switch (u.operator) {
    case '>':
      return r.value === 0;
    case '>=':
      return r.value === 1;
    case '!==':
    case '!=':
      return r.value === 0;
    default:
      return false;
  }
}
