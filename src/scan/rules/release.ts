// no-partial-cleanup, its resource branch (candidate F, issue #16 leak shape 1: cleanup that
// exists but is not on every path): a resource a function makes and keeps in a local
// (`const runner = createQueryRunner()`, `const ref = Editor.pointRef(…)`) and releases later in
// the same function (`runner.release()`, `ref.unref()`), with an early `return`/`throw`, or an
// `await` whose exception leaves the function, between the two that nothing releases before:
// on that path the resource is never released — one per call. Designed on the tuning half of the
// fix corpus (typeorm 090a100: a query runner released only after `clearDatabase()` succeeded;
// slate c39c808: point refs unref'd after an early `return`).
//
// Not judged: a resource the function hands on (returns, stores, passes to a constructor or a
// container, or puts in a literal), where someone else may release it; an exit under a test on the
// resource itself (`if (!conn) return`: there is nothing to release); an exit or await covered by
// a release in an earlier statement of an enclosing block, or by a `finally` (an await also by a
// `catch` that releases it); a value from a shared accessor (`get…()`, `find…()`), which the
// function does not own.
import type { Facts } from '../facts.js';
import {
  calleeOf,
  childNodes,
  endOf,
  isFunction,
  lineStarts,
  position,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';
import type { RawFinding } from './context.js';

/** Methods that end a resource the caller holds. */
const RELEASE = new Set([
  'release',
  'unref',
  'close',
  'destroy',
  'end',
  'dispose',
  'disconnect',
  'terminate',
  'unsubscribe',
  'quit',
]);

/** Accessors hand out something that exists already (lifetime.ts has the same list). */
const SHARED_ACCESSOR = /^(?:get|use|inject|resolve|lookup|find|require|import)(?:[A-Z_]|$)/;
const NOT_MADE = /^(?:bind|call|apply|pipe)$/;
/** Calls that take what they are given into their keeping. */
const KEEPER =
  /^(?:add|push|unshift|set|resolve|register|track|own|adopt|defer|use|manage|emit|next|cb|callback|done|pipe|pipeline)$/;

interface At {
  readonly n: Node;
  /** Ancestors inside the function, the function first. */
  readonly path: readonly Node[];
}

interface Body {
  readonly decls: At[];
  readonly exits: At[];
  readonly awaits: At[];
  readonly releases: At[];
  readonly names: At[];
}

export function releaseRules(facts: Facts): RawFinding[] {
  // Cheap pre-check: no release-named call in the file, nothing to do.
  if (
    !/\.(?:release|unref|close|destroy|end|dispose|disconnect|terminate|unsubscribe|quit)\(/.test(
      facts.src,
    )
  )
    return [];
  // One walk: the functions that call a release-named method in their own body (not only in a
  // function nested in them).
  const releasing = new Set<Node>();
  const stack: Node[] = [];
  const visit = (n: Node) => {
    const fn = isFunction(n);
    if (fn) stack.push(n);
    if (n.type === 'CallExpression' && stack.length > 0 && isRelease(n)) {
      releasing.add(stack[stack.length - 1]!);
    }
    for (const c of childNodes(n)) visit(c);
    if (fn) stack.pop();
  };
  visit(facts.module.node);
  const out: RawFinding[] = [];
  let starts: number[] | null = null;
  const lineOf = (n: Node) => position((starts ??= lineStarts(facts.src)), startOf(n)).line;
  for (const fn of releasing) checkFunction(fn, lineOf, out);
  return out;
}

function isRelease(call: Node): boolean {
  const c = unwrap((call as { callee: Node }).callee);
  return (
    c.type === 'MemberExpression' &&
    !c.computed &&
    c.property.type === 'Identifier' &&
    RELEASE.has(c.property.name)
  );
}

/** A call or `new` whose result the function owns. */
function made(init: Node): boolean {
  if (init.type === 'NewExpression') return true;
  if (init.type !== 'CallExpression') return false;
  const c = calleeOf(init);
  if (c === null) return false;
  const name = c.name.replace(/^[_$#]+/, '');
  return !NOT_MADE.test(name) && !SHARED_ACCESSOR.test(name);
}

function surveyBody(fn: Node, body: Node): Body {
  const b: Body = { decls: [], exits: [], awaits: [], releases: [], names: [] };
  const path: Node[] = [fn];
  const visit = (n: Node, nested: boolean) => {
    if (n.type === 'Identifier') b.names.push({ n, path: path.slice() });
    if (!nested) {
      if (n.type === 'VariableDeclarator' && n.id.type === 'Identifier' && n.init) {
        let init = unwrap(n.init);
        if (init.type === 'AwaitExpression') init = unwrap(init.argument);
        if (made(init)) b.decls.push({ n, path: path.slice() });
      } else if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement')
        b.exits.push({ n, path: path.slice() });
      else if (n.type === 'AwaitExpression') b.awaits.push({ n, path: path.slice() });
      else if (n.type === 'CallExpression') {
        const c = unwrap(n.callee);
        if (
          c.type === 'MemberExpression' &&
          !c.computed &&
          c.property.type === 'Identifier' &&
          RELEASE.has(c.property.name) &&
          unwrap(c.object).type === 'Identifier'
        )
          b.releases.push({ n, path: path.slice() });
      }
    }
    path.push(n);
    const inner = nested || isFunction(n);
    for (const c of childNodes(n)) visit(c, inner);
    path.pop();
  };
  visit(body, false);
  return b;
}

function checkFunction(fn: Node, lineOf: (n: Node) => number, out: RawFinding[]): void {
  const body = (fn as { body?: Node }).body;
  if (body === undefined || body.type !== 'BlockStatement') return;
  const b = surveyBody(fn, body);
  if (b.decls.length === 0 || b.releases.length === 0) return;
  for (const d of b.decls) {
    const decl = d.n as Node & { id: { name: string } };
    const name = decl.id.name;
    const rels = b.releases.filter((r) => releasedName(r.n) === name && startOf(r.n) > endOf(decl));
    if (rels.length === 0 || handedOn(name, decl, b.names)) continue;
    // The block that declares it: exits outside it are not about it.
    const block = d.path.findLast((a) => a.type === 'BlockStatement') ?? null;
    const judged = (a: At) =>
      startOf(a.n) > endOf(decl) &&
      (block === null || a.path.includes(block)) &&
      rels.some((r) => startOf(r.n) > endOf(a.n) && onePath(a, r)) &&
      !underTest(a, name) &&
      !covered(a, rels);
    let bad: { at: At; kind: 'exit' | 'await' } | null = null;
    for (const e of b.exits)
      if (judged(e) && !mentions(e.n, name)) {
        bad = { at: e, kind: 'exit' };
        break;
      }
    if (bad === null)
      for (const a of b.awaits)
        if (!a.path.includes(decl) && judged(a) && !caught(a, rels)) {
          bad = { at: a, kind: 'await' };
          break;
        }
    if (bad === null) continue;
    const line = lineOf(bad.at.n);
    const rel = rels[0]!.n as { callee: Node };
    const verb = (unwrap(rel.callee) as { property: { name: string } }).property.name;
    const skip =
      bad.kind === 'exit'
        ? `the ${bad.at.n.type === 'ReturnStatement' ? 'return' : 'throw'} on line ${line} leaves without it`
        : `an exception from the await on line ${line} leaves without it`;
    out.push({
      rule: 'no-partial-cleanup',
      node: decl,
      message: `${name} is released (${name}.${verb}()) later in this function, but ${skip}: that path never releases it, once per call.`,
      suggestion: `Release ${name} on every path: wrap the code after it in try { … } finally { ${name}.${verb}() }.`,
    });
  }
}

function releasedName(call: Node): string | null {
  const c = unwrap((call as { callee: Node }).callee);
  if (c.type !== 'MemberExpression') return null;
  const o = unwrap(c.object);
  return o.type === 'Identifier' ? o.name : null;
}

/**
 * The resource goes somewhere else: returned, assigned, put in a literal, passed to a
 * constructor or to a call that keeps what it is given. Reading its members, testing it and
 * passing it to an ordinary call are uses.
 */
function handedOn(name: string, decl: Node, names: readonly At[]): boolean {
  for (const i of names) {
    if ((i.n as { name: string }).name !== name) continue;
    const parent = i.path[i.path.length - 1];
    if (parent === undefined || parent === decl) continue;
    switch (parent.type) {
      case 'MemberExpression':
        if (parent.object === i.n || (parent.property === i.n && !parent.computed)) continue;
        return true;
      case 'Property':
        if (parent.key === i.n && !parent.computed) continue;
        return true;
      case 'IfStatement':
      case 'UnaryExpression':
      case 'BinaryExpression':
      case 'ConditionalExpression':
      case 'LogicalExpression':
      case 'ExpressionStatement':
      case 'AwaitExpression':
        continue;
      case 'CallExpression': {
        if (parent.callee === i.n) continue;
        const c = calleeOf(parent);
        if (c !== null && KEEPER.test(c.name)) return true;
        continue;
      }
      default:
        // return x, x = …, y = x, [x], { x }, new C(x), yield x, …
        return true;
    }
  }
  return false;
}

/**
 * The release can run after `a` on the same run: they are not on two branches of one `if`,
 * `?:`, `switch` or `&&`/`||`, and the release is not in the `catch` of a `try` that holds `a`.
 */
function onePath(a: At, r: At): boolean {
  const pa = [...a.path, a.n];
  const pr = [...r.path, r.n];
  let i = 0;
  while (i < pa.length && i < pr.length && pa[i] === pr[i]) i++;
  const lca = pa[i - 1];
  const ca = pa[i];
  const cr = pr[i];
  if (lca === undefined || ca === undefined || cr === undefined) return true;
  switch (lca.type) {
    case 'IfStatement':
    case 'ConditionalExpression':
      return ca === lca.test;
    case 'SwitchStatement':
    case 'LogicalExpression':
      return false;
    case 'TryStatement':
      return cr !== lca.handler;
    default:
      return true;
  }
}

function mentions(n: Node, name: string): boolean {
  if (n.type === 'Identifier' && n.name === name) return true;
  return childNodes(n).some((c) => mentions(c, name));
}

/** A release in an earlier statement of an enclosing block, or a `finally` around it. */
function covered(e: At, rels: readonly At[]): boolean {
  for (let i = e.path.length - 1; i > 0; i--) {
    const anc = e.path[i]!;
    const child = e.path[i + 1] ?? e.n;
    if (anc.type === 'BlockStatement' || anc.type === 'SwitchCase') {
      const stmts = (anc.type === 'BlockStatement' ? anc.body : anc.consequent) as Node[];
      for (const s of stmts) {
        if (s === child) break;
        if (rels.some((r) => r.n === s || r.path.includes(s))) return true;
      }
    }
    if (anc.type === 'TryStatement' && anc.finalizer && child !== anc.finalizer) {
      const fin = anc.finalizer;
      if (rels.some((r) => r.path.includes(fin))) return true;
    }
  }
  return false;
}

/** Inside a `try` whose `catch` releases it. */
function caught(e: At, rels: readonly At[]): boolean {
  for (let i = e.path.length - 1; i > 0; i--) {
    const anc = e.path[i]!;
    const child = e.path[i + 1] ?? e.n;
    if (anc.type === 'TryStatement' && child === anc.block && anc.handler) {
      const h = anc.handler;
      if (rels.some((r) => r.path.includes(h))) return true;
    }
  }
  return false;
}

/** Under a test that reads the resource (`if (!conn) return`, `conn && …`, `conn ? … : …`). */
function underTest(e: At, name: string): boolean {
  for (let i = e.path.length - 1; i > 0; i--) {
    const anc = e.path[i]!;
    const child = e.path[i + 1] ?? e.n;
    if ((anc.type === 'IfStatement' || anc.type === 'ConditionalExpression') && child !== anc.test)
      if (mentions(anc.test, name)) return true;
    if (anc.type === 'LogicalExpression' && child === anc.right && mentions(anc.left, name))
      return true;
  }
  return false;
}
