// no-partial-cleanup: a listener or timer that its function removes before some of the calls that
// hand the result back (`done()`, `callback(err)`, a promise's `resolve`/`reject`) and not before
// another one (issue #16, leak shapes 1 and 5: cleanup that exists but is tied to one branch).
//
// The rule takes the code's own word for what is needed: the author removed the listener (cleared
// the timeout) before finishing on one path, so a path that finishes without doing it leaves the
// listener on its receiver (the timeout pending, holding what its callback holds) — one per call.
// Designed on the tuning half of the fix corpus (primus 940cb1d: `forEach()` removed its
// 'connection' listener before `done(err)` and before `done()` at the end, not before the
// `done()` of a stopped iteration).
//
// What counts, all inside the function F that makes the registration or starts the timer:
// - a release: `removeListener`/`off`/`removeEventListener` of the same receiver, event and
//   listener, or `clearTimeout`/`clearInterval` of the handle; also a call of a function of F,
//   or of a method of the class (`this.cleanup()`), that contains one;
// - a completion: a call of a callback the code was handed (a parameter of F or of a function
//   inside it, not a function F or the module declares), grouped by name, or of the
//   `resolve`/`reject` of a `new Promise` executor (F itself or one inside it), grouped by
//   executor; one written inside a helper F declares and only calls (`const fail = () =>
//   reject(e)`) happens at each call of the helper and is judged there (candidate LH), unless
//   the helper releases before it;
// - covered: a release runs unconditionally before the completion on its path: an earlier
//   statement of an enclosing block (at any depth up to F, through nested callbacks) that is
//   the release itself or `if (<handle>) <release>`, or a `finally` around it.
// A completion is not judged where the resource is not there, or is over: inside the timer's own
// callback or the listener's own function (a fired timeout is gone; a listener that finishes the
// work runs because its receiver said it is over), before the registration in F's own code or in
// a callback handed on before it, on the other branch of the `if` that registers, under a test on
// the receiver itself, or outside the block that declares the handle or receiver.
import type { ClassOrModule, Registration, TimerSite } from '../facts.js';
import {
  calleeOf,
  childNodes,
  lineStarts,
  position,
  hasRange,
  isFunction,
  keyText,
  startOf,
  unwrap,
  type CallExpression,
  type Node,
} from '../syntax.js';
import type { RawFinding, RuleContext } from './context.js';
import { short, text } from './context.js';

interface Resource {
  /** The registration or timer call: where the finding stands. */
  readonly node: CallExpression;
  /** F: the function that makes it. */
  readonly fn: Node;
  /** Its releases inside F (there must be one for the rule to look at it). */
  readonly releases: readonly CallExpression[];
  /** Every release of it in the file: a function or method holding one releases it when called. */
  readonly anywhere: readonly CallExpression[];
  /** The class whose methods may release it (`this.cleanup()`), if any. */
  readonly owner: ClassOrModule | null;
  /** Key text of the handle (timer) or receiver (listener): `if (<key>)` guards a release. */
  readonly key: string;
  /** Code whose completions are not judged: the timer's callback, the listener's function. */
  readonly own: Node | null;
  /** What to call it in the message. */
  readonly what: string;
  readonly verb: string;
}

type Ancestors = readonly Node[];

/** A call in F with its ancestors, F first. */
interface CallAt {
  readonly call: CallExpression;
  readonly path: Ancestors;
}

interface Survey {
  readonly calls: readonly CallAt[];
  /** Functions F declares by name (`function f`, `const f = () => …`, `f = function …`). */
  readonly localFns: ReadonlyMap<string, Node>;
  /** The same, by function: the name F gives it. */
  readonly fnNames: ReadonlyMap<Node, string>;
}

/** Calls the body of F makes, with their ancestor paths, and the functions it declares. */
function survey(fn: Node): Survey {
  const calls: CallAt[] = [];
  const localFns = new Map<string, Node>();
  const path: Node[] = [];
  const visit = (n: Node) => {
    if (n.type === 'CallExpression') calls.push({ call: n, path: path.slice() });
    if (n.type === 'FunctionDeclaration' && n.id) localFns.set(n.id.name, n);
    if (
      n.type === 'VariableDeclarator' &&
      n.id.type === 'Identifier' &&
      n.init &&
      isFunction(unwrap(n.init))
    )
      localFns.set(n.id.name, unwrap(n.init));
    // `let onError; onError = (e) => { … }`: declared first, assigned a function later.
    if (
      n.type === 'AssignmentExpression' &&
      n.left.type === 'Identifier' &&
      isFunction(unwrap(n.right))
    )
      localFns.set(n.left.name, unwrap(n.right));
    path.push(n);
    for (const c of childNodes(n)) visit(c);
    path.pop();
  };
  visit(fn);
  const fnNames = new Map<Node, string>();
  for (const [name, node] of localFns) fnNames.set(node, name);
  return { calls, localFns, fnNames };
}

/**
 * The executors of `new Promise((resolve, reject) => …)` in the file, with their parameter
 * names. The whole file, since the function that registers may be the executor itself.
 */
function promiseExecutors(root: Node): Map<Node, string[]> {
  const out = new Map<Node, string[]>();
  const visit = (n: Node) => {
    if (n.type === 'NewExpression') {
      const c = unwrap(n.callee);
      const ex = n.arguments[0] === undefined ? undefined : unwrap(n.arguments[0]);
      if (c.type === 'Identifier' && c.name === 'Promise' && ex !== undefined && isFunction(ex))
        out.set(
          ex,
          ex.params.flatMap((p) => (p.type === 'Identifier' ? [p.name] : [])),
        );
    }
    for (const c of childNodes(n)) visit(c);
  };
  visit(root);
  return out;
}

/** Statement lists of a block-like node. */
function statementsOf(n: Node): readonly Node[] | null {
  if (n.type === 'BlockStatement' || n.type === 'Program') return n.body as Node[];
  if (n.type === 'SwitchCase') return n.consequent as Node[];
  return null;
}

function isReleaseStatement(
  stmt: Node,
  isRelease: (c: CallExpression) => boolean,
  key: string,
  keyOf: (n: Node) => string,
): boolean {
  if (stmt.type === 'ExpressionStatement') {
    let e = unwrap(stmt.expression);
    if (e.type === 'AwaitExpression' || (e.type === 'UnaryExpression' && e.operator === 'void'))
      e = unwrap(e.argument);
    return e.type === 'CallExpression' && isRelease(e);
  }
  // `if (timeout != null) clearTimeout(timeout)`: a guard on the resource itself, no else.
  if (stmt.type === 'IfStatement' && stmt.alternate === null && mentions(stmt.test, key, keyOf)) {
    const body = statementsOf(stmt.consequent) ?? [stmt.consequent];
    return body.some((s) => isReleaseStatement(s, isRelease, key, keyOf));
  }
  if (stmt.type === 'BlockStatement')
    return stmt.body.some((s) => isReleaseStatement(s, isRelease, key, keyOf));
  return false;
}

function mentions(test: Node, key: string, keyOf: (n: Node) => string): boolean {
  let found = false;
  const visit = (n: Node) => {
    if (found) return;
    if ((n.type === 'Identifier' || n.type === 'MemberExpression') && keyOf(n) === key) {
      found = true;
      return;
    }
    for (const c of childNodes(n)) visit(c);
  };
  visit(test);
  return found;
}

/** Whether a release runs unconditionally before `call` on its path (see the header). */
function covered(
  call: Node,
  path: Ancestors,
  isRelease: (c: CallExpression) => boolean,
  key: string,
  keyOf: (n: Node) => string,
  at: number,
): boolean {
  const outer = path.findIndex((p, i) => i > 0 && isFunction(p));
  for (let i = path.length - 1; i >= 0; i--) {
    const a = path[i]!;
    const child = i + 1 < path.length ? path[i + 1]! : call;
    const list = statementsOf(a);
    if (list !== null) {
      for (const s of list) {
        if (s === child) break;
        // In F's own code, a removal before the registration (`off(); once()`) is not one of it.
        if ((outer < 0 || i < outer) && startOf(s) < at) continue;
        if (isReleaseStatement(s, isRelease, key, keyOf)) return true;
      }
    }
    if (
      a.type === 'TryStatement' &&
      (a.block === child || a.handler === child) &&
      a.finalizer !== null
    ) {
      if (a.finalizer.body.some((s) => isReleaseStatement(s, isRelease, key, keyOf))) return true;
    }
    if (
      isFunction(a) &&
      i > 0 &&
      finallyInChain(path, i, (s) => isReleaseStatement(s, isRelease, key, keyOf))
    )
      return true;
  }
  return false;
}

const CHAIN = new Set(['then', 'catch', 'finally']);

/** `p.then(…)`, `p.catch(…)`, `p.finally(…)`: the method's name, or null. */
function chainMethod(n: Node | undefined): string | null {
  if (n === undefined || n.type !== 'CallExpression') return null;
  const c = unwrap(n.callee);
  if (c.type !== 'MemberExpression' || c.computed || c.property.type !== 'Identifier') return null;
  return CHAIN.has(c.property.name) ? c.property.name : null;
}

/**
 * The promise-chain form of a `finally` around the code: the function at `path[i]` is a callback
 * of `.then()`/`.catch()`, and a later link of the same chain is `.finally(cb)` whose callback
 * releases (`p.then(() => resolve()).catch(…).finally(() => clearTimeout(t))`).
 */
function finallyInChain(path: Ancestors, i: number, releases: (s: Node) => boolean): boolean {
  let k = i - 1;
  const link = path[k];
  if (chainMethod(link) === null || !(link as CallExpression).arguments.includes(path[i] as never))
    return false;
  // Up the chain: `<call>.m(…)` is a CallExpression whose callee's object is the call below.
  while (k >= 2) {
    const member = path[k - 1]!;
    const outer = path[k - 2]!;
    if (member.type !== 'MemberExpression' || member.object !== path[k]) break;
    const m = chainMethod(outer);
    if (m === null || unwrap((outer as CallExpression).callee) !== member) break;
    if (m === 'finally') {
      const cb = (outer as CallExpression).arguments[0];
      if (cb !== undefined && isFunction(cb)) {
        const body = (cb as { body: Node }).body;
        const stmts =
          body.type === 'BlockStatement'
            ? body.body
            : [{ type: 'ExpressionStatement', expression: body } as unknown as Node];
        if (stmts.some(releases)) return true;
      }
    }
    k -= 2;
  }
  return false;
}

/** The block in F that declares `name` (let/const/function-scoped var), or null if F does not. */
function declaringBlock(fn: Node, name: string): Node | null {
  let found: Node | null = null;
  const visit = (n: Node, block: Node) => {
    if (found !== null) return;
    if (n !== fn && isFunction(n)) return;
    if (n.type === 'VariableDeclaration') {
      for (const d of n.declarations)
        if (d.id.type === 'Identifier' && d.id.name === name) {
          found = n.kind === 'var' ? fn : block;
          return;
        }
    }
    const inner = statementsOf(n) !== null ? n : block;
    for (const c of childNodes(n)) visit(c, inner);
  };
  visit(fn, fn);
  return found;
}

function resources(
  ctx: RuleContext,
  surveyOf: (fn: Node) => Survey,
  keyOf: (n: Node) => string,
): Resource[] {
  const f = ctx.facts;
  const out: Resource[] = [];
  for (const r of f.registrations) {
    if (r.wrapped || r.via !== null || r.listenerKey === null) continue;
    const fn = r.fns[0];
    if (fn === undefined) continue;
    const anywhere = f.removals
      .filter(
        (m) =>
          m.receiverKey === r.receiverKey &&
          m.eventKey === r.eventKey &&
          m.listenerKey === r.listenerKey,
      )
      .map((m) => m.call);
    const releases = anywhere.filter((c) => hasRange(fn, c));
    if (releases.length === 0) continue;
    out.push({
      node: r.site.call,
      fn,
      releases,
      anywhere,
      owner: r.site.classOwner,
      key: r.receiverKey,
      own: listenerFunction(r, surveyOf(fn)),
      what: `the ${r.eventKey ?? ''} listener on ${short(r.receiverNode ? text(f, r.receiverNode) : r.receiverKey)}`,
      verb: 'removes',
    });
  }
  const clears: CallExpression[] = [];
  const seen = new Set<Node>();
  const owners: ClassOrModule[] = [f.module];
  for (const t of f.timers) if (t.site.classOwner !== null) owners.push(t.site.classOwner);
  for (const o of owners)
    for (const name of ['clearTimeout', 'clearInterval'])
      for (const c of o.calls.get(name) ?? [])
        if (!seen.has(c.call)) {
          seen.add(c.call);
          clears.push(c.call);
        }
  for (const t of f.timers) {
    if (t.fn === null || t.site.use.kind !== 'stored') continue;
    const handle = t.site.use.target;
    const fn = t.fn;
    const anywhere = clears.filter((c) => {
      const a = c.arguments[0];
      return a !== undefined && keyOf(a) === handle;
    });
    const releases = anywhere.filter((c) => hasRange(fn, c));
    if (releases.length === 0) continue;
    out.push({
      node: t.site.call,
      fn,
      releases,
      anywhere,
      owner: t.site.classOwner,
      key: handle,
      own: timerCallback(t),
      what: `the ${t.kind} in ${short(handle)}`,
      verb: 'clears',
    });
  }
  return out;
}

function timerCallback(t: TimerSite): Node | null {
  const cb = t.site.call.arguments[0];
  return cb !== undefined && isFunction(unwrap(cb)) ? unwrap(cb) : null;
}

/** The listener's function: inline, or one F declares by that name. */
function listenerFunction(r: Registration, s: Survey): Node | null {
  const l = unwrap(r.listener);
  if (isFunction(l)) return l;
  return l.type === 'Identifier' ? (s.localFns.get(l.name) ?? null) : null;
}

export function partialCleanupRules(ctx: RuleContext): RawFinding[] {
  const f = ctx.facts;
  const keyOf = (n: Node) => keyText(f.src, n, f.thisAliases);
  const surveys = new Map<Node, Survey>();
  const surveyOf = (fn: Node): Survey => {
    let s = surveys.get(fn);
    if (s === undefined) surveys.set(fn, (s = survey(fn)));
    return s;
  };
  const list = resources(ctx, surveyOf, keyOf);
  if (list.length === 0) return [];
  const out: RawFinding[] = [];
  const executors = promiseExecutors(f.module.node);
  const uses = new Map<Node, ReadonlyMap<string, 'called' | 'other'>>();
  for (const res of list) {
    const s = surveyOf(res.fn);
    // How F refers to its named functions: read only when a completion sits in one.
    const usedIn = (): ReadonlyMap<string, 'called' | 'other'> => {
      let u = uses.get(res.fn);
      if (u === undefined) uses.set(res.fn, (u = nameUses(res.fn, s.localFns)));
      return u;
    };
    const releaseSet = new Set<Node>(res.releases);
    // Functions of F, or methods of the class, that release it: calling one is a release.
    const helpers = new Set<string>();
    for (const [name, fnNode] of s.localFns)
      if (res.anywhere.some((c) => hasRange(fnNode, c))) helpers.add(name);
    const thisHelpers = new Set<string>();
    if (res.owner !== null && res.owner.kind === 'class')
      for (const [name, m] of res.owner.methods)
        if (!hasRange(m, res.fn) && res.anywhere.some((c) => hasRange(m, c))) thisHelpers.add(name);
    const isRelease = (c: CallExpression): boolean => {
      if (releaseSet.has(c)) return true;
      const callee = calleeOf(c);
      if (callee === null) return false;
      if (callee.receiver === null) return helpers.has(callee.name);
      return unwrap(callee.receiver).type === 'ThisExpression' && thisHelpers.has(callee.name);
    };
    const rootName = /^[\w$]+/.exec(res.key)?.[0] ?? '';
    const scope = rootName === '' || rootName === 'this' ? null : declaringBlock(res.fn, rootName);
    const at = startOf(res.node);
    const families = new Map<string, CallAt[]>();
    for (const at0 of s.calls) {
      const family = familyOf(at0.call, at0.path, s.localFns, executors, f.module.methods);
      if (family === null) continue;
      // Inside a helper F declares and only calls (candidate LH): the completion happens at
      // each call of the helper, and is judged there, unless the helper releases before it.
      const subs = standIns(at0, s, usedIn);
      const sites =
        subs === null || covered(at0.call, at0.path, isRelease, res.key, keyOf, at) ? [at0] : subs;
      for (const { call, path } of sites) {
        if (res.own !== null && hasRange(res.own, call)) continue;
        if (hasRange(res.node, call)) continue;
        if (scope !== null && !hasRange(scope, call)) continue;
        // Before the registration in F's own code, or in a callback F hands on before it (an
        // early `return process.nextTick(() => cb(err))`): the resource is not there yet. A
        // function kept in a variable may run later, so it is judged.
        const outer = path.findIndex((p, i) => i > 0 && isFunction(p));
        if (outer < 0 ? startOf(call) < at : startOf(path[outer]!) < at && !kept(path, outer))
          continue;
        if (apart(res.node, path, call)) continue;
        if (aboutReceiver(path, call, res.key, keyOf)) continue;
        let l = families.get(family);
        if (l === undefined) families.set(family, (l = []));
        if (!l.some((x) => x.call === call)) l.push({ call, path });
      }
    }
    for (const [family, sites] of families) {
      if (sites.length < 2) continue;
      const open = sites.filter((c) => !covered(c.call, c.path, isRelease, res.key, keyOf, at));
      if (open.length === 0 || open.length === sites.length) continue;
      const first = open[0]!;
      const line = position(lineStarts(f.src), startOf(first.call)).line;
      const name = family.startsWith('promise:') ? 'resolve/reject' : family;
      out.push({
        rule: 'no-partial-cleanup',
        node: res.node,
        message:
          `This function ${res.verb} ${res.what} before ${sites.length - open.length} of its ` +
          `${name}() calls, but not before the one on line ${line}` +
          (open.length > 1 ? ` (and ${open.length - 1} more)` : '') +
          ': the path that ends there leaves it behind, once per call.',
        suggestion: `Release it on every path that finishes (before each ${name}() call), or in one place they all go through (a finish() helper or a finally block).`,
      });
      break;
    }
  }
  return out;
}

/**
 * Where a completion happens (candidate LH), when its innermost function is a helper F declares
 * by name and only ever calls (`const fail = () => reject(e)`; `fail()`): at each call of that
 * helper (none when it is never called); null when it happens where it is written. One level: a
 * helper called from another helper is judged at that call.
 */
function standIns(
  site: CallAt,
  s: Survey,
  uses: () => ReadonlyMap<string, 'called' | 'other'>,
): CallAt[] | null {
  if (s.fnNames.size === 0) return null;
  let inner = -1;
  for (let i = site.path.length - 1; i > 0; i--)
    if (isFunction(site.path[i]!)) {
      inner = i;
      break;
    }
  if (inner < 0) return null;
  const name = s.fnNames.get(site.path[inner]!);
  if (name === undefined || uses().get(name) !== 'called') return null;
  return s.calls.filter(({ call }) => {
    const c = unwrap(call.callee);
    return c.type === 'Identifier' && c.name === name;
  });
}

/**
 * How F refers to each of its named functions: only as the callee of calls (`called`), or in
 * any other way too (`other`: passed on, stored, returned, compared). Names it never mentions
 * are absent.
 */
function nameUses(fn: Node, localFns: ReadonlyMap<string, Node>): Map<string, 'called' | 'other'> {
  const out = new Map<string, 'called' | 'other'>();
  const visit = (n: Node, parent: Node | null) => {
    if (n.type === 'Identifier' && localFns.has(n.name)) {
      const declares =
        parent !== null &&
        ((parent.type === 'VariableDeclarator' && parent.id === n) ||
          (parent.type === 'FunctionDeclaration' && parent.id === n) ||
          (parent.type === 'AssignmentExpression' && parent.left === n));
      if (!declares) {
        const called = parent !== null && parent.type === 'CallExpression' && parent.callee === n;
        if (!called) out.set(n.name, 'other');
        else if (!out.has(n.name)) out.set(n.name, 'called');
      }
    }
    for (const c of childNodes(n)) visit(c, n);
  };
  visit(fn, null);
  return out;
}

/**
 * The completion and the resource are on different branches of one `if`, `?:` or `switch`
 * (`if (joined) { t = setTimeout(…); … } else { resolve() }`): that path never had it.
 */
function apart(resource: Node, path: Ancestors, call: Node): boolean {
  for (let i = path.length - 1; i >= 0; i--) {
    const a = path[i]!;
    if (!hasRange(a, resource)) continue;
    const child = i + 1 < path.length ? path[i + 1]! : call;
    if (hasRange(child, resource)) return false;
    if (a.type === 'IfStatement' || a.type === 'ConditionalExpression')
      return a.test !== child && !hasRange(a.test, resource);
    if (a.type === 'SwitchStatement') return a.discriminant !== child;
    return false;
  }
  return false;
}

/**
 * The completion runs under a test on the resource itself (`if (signal.aborted) reject()`): the
 * receiver has ended, or the code is looking after it there.
 */
function aboutReceiver(
  path: Ancestors,
  call: Node,
  key: string,
  keyOf: (n: Node) => string,
): boolean {
  for (let i = path.length - 1; i >= 0; i--) {
    const a = path[i]!;
    if (isFunction(a)) return false;
    const child = i + 1 < path.length ? path[i + 1]! : call;
    if (a.type === 'IfStatement' && a.test !== child && mentions(a.test, key, keyOf)) return true;
  }
  return false;
}

/** The function at path[i] is kept in a variable or property (it may run at any later time). */
function kept(path: Ancestors, i: number): boolean {
  const p = path[i - 1];
  return (
    p !== undefined &&
    (p.type === 'VariableDeclarator' ||
      p.type === 'AssignmentExpression' ||
      p.type === 'Property' ||
      p.type === 'PropertyDefinition' ||
      p.type === 'MethodDefinition')
  );
}

function familyOf(
  call: CallExpression,
  path: Ancestors,
  localFns: ReadonlyMap<string, Node>,
  executors: ReadonlyMap<Node, string[]>,
  moduleFns: ReadonlyMap<string, Node>,
): string | null {
  let c = unwrap(call.callee);
  if (
    c.type === 'MemberExpression' &&
    !c.computed &&
    c.property.type === 'Identifier' &&
    (c.property.name === 'call' || c.property.name === 'apply')
  )
    c = unwrap(c.object);
  if (c.type !== 'Identifier') return null;
  const name = c.name;
  for (let i = path.length - 1; i >= 0; i--) {
    const p = path[i]!;
    const params = executors.get(p);
    if (params !== undefined && params.includes(name)) return `promise:${startOf(p)}`;
  }
  if (localFns.has(name) || moduleFns.has(name)) return null;
  // A callback the caller handed in: a parameter of F or of a function inside it on the way.
  for (const p of path)
    if (isFunction(p) && p.params.some((q) => paramName(q) === name)) return name;
  return null;
}

function paramName(p: Node): string | null {
  if (p.type === 'Identifier') return p.name;
  if (p.type === 'AssignmentPattern' && p.left.type === 'Identifier') return p.left.name;
  return null;
}
