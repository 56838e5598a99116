// Typed only, reported as no-discarded-disposable: an object that holds a registration or a
// timer, made in a function and kept in a local that the function neither ends nor lets go
// anywhere (issue #16, leak shape 6 and the `types` class of the fix corpus; designed on its
// tuning half, supabase/realtime-js 3bf6f00: `const leavePush = new Push(…)` in
// `unsubscribe()`, whose `Push` starts a timeout and listens on the channel, and nothing ever
// called `leavePush.destroy()`).
//
// The checker says what the local holds: an object whose class (another module, usually) has a
// teardown (`destroy()`, `dispose()`, `close()`…) that itself clears a timer, removes a
// listener or ends something it keeps (see `heldResource` in typed.ts). When every use of the
// local is a method call on it, or a property read, and none of those calls is a teardown, no
// one can ever end it: what it registered stays until its source goes away.
import type { TSESTree } from '@typescript-eslint/types';
import type { TypeOracle } from '../oracle.js';
import { childNodes, isFunction, unwrap, type Node } from '../syntax.js';
import type { RawFinding } from './context.js';
import { short } from './context.js';

/** Method names that end an object; a call of one on the local counts as its teardown. */
export const ENDING_METHOD =
  /^(?:dispose|destroy|close|stop|cancel|unsubscribe|terminate|disconnect|abort|end|release|teardown|shutdown|quit|kill|detach|unmount|clear\w*|remove\w*|off|free|reset)$/;

/**
 * Calls whose name says they make a new object. A getter or a lookup (`getMux()`,
 * `getViewOfSeriesModel(m)`) hands back one that something else already keeps and ends (issue
 * #16, tuning half: nats.js protocol.ts `const mux = this.subscriptions.getMux()`); so does a
 * helper named for what it does (`this._push(…)`), which is left unreported rather than guessed.
 */
const MAKING =
  /^(?:create|make|build|open|spawn|connect|init|start|new|setup|acquire|launch|fork)(?:[A-Z_]|$)/;

function makes(n: Node): boolean {
  if (n.type !== 'CallExpression') return false;
  const c = n.callee;
  const name =
    c.type === 'Identifier'
      ? c.name
      : c.type === 'MemberExpression' && !c.computed && c.property.type === 'Identifier'
        ? c.property.name
        : null;
  return name !== null && MAKING.test(name);
}

interface Candidate {
  readonly name: string;
  readonly init: Node;
  readonly declarator: Node;
  /** The function whose body declares it. */
  readonly fn: Node;
}

/**
 * Finds the candidates with one walk of the file, then judges each by its uses inside the
 * function that declares it. Only files with a typed program pay this (it is called only with
 * an oracle).
 */
export function localResourceRules(
  program: TSESTree.Program,
  src: string,
  oracle: TypeOracle,
): RawFinding[] {
  if (oracle.heldResource === undefined) return [];
  const parents = new Map<Node, Node>();
  const candidates: Candidate[] = [];
  const visit = (n: Node, parent: Node | null, fn: Node | null): void => {
    if (parent !== null) parents.set(n, parent);
    const inner = isFunction(n) ? n : fn;
    if (n.type === 'VariableDeclarator' && fn !== null && n.id.type === 'Identifier') {
      const init = n.init === null ? null : unwrap(n.init);
      if (init !== null && (init.type === 'NewExpression' || makes(init)))
        candidates.push({ name: n.id.name, init, declarator: n, fn });
    }
    for (const c of childNodes(n)) visit(c, n, inner);
  };
  visit(program, null, null);
  if (candidates.length === 0) return [];

  const out: RawFinding[] = [];
  for (const c of candidates) {
    if (!keptOnlyHere(c, parents)) continue;
    const teardown = oracle.heldResource(c.init);
    if (teardown === null) continue;
    const made = short(src.slice(startOf(c.init), endOf(c.init)), 40);
    out.push({
      rule: 'no-discarded-disposable',
      node: c.init,
      message: `${made} holds a timer or listener (its ${teardown}() releases them), kept only in '${c.name}', which this function never ends nor hands on; nothing can release it.`,
      suggestion: `Call ${c.name}.${teardown}() when the work is done (in a finally, or where the result arrives), or hand it to a Scope / DisposableStore.`,
    });
  }
  return out;
}

function startOf(n: Node): number {
  return (
    (n as { range?: [number, number] }).range?.[0] ?? (n as unknown as { start: number }).start
  );
}
function endOf(n: Node): number {
  return (n as { range?: [number, number] }).range?.[1] ?? (n as unknown as { end: number }).end;
}

/**
 * Whether every use of the local in its function is a method call or a property read whose
 * result does not carry the object on, and none ends it. Any other use (returned, passed,
 * stored, awaited, iterated, compared, a second declaration of the same name) may end it or
 * keep it somewhere else: not reported.
 */
function keptOnlyHere(c: Candidate, parents: Map<Node, Node>): boolean {
  let ok = true;
  const declared = (c.declarator as TSESTree.VariableDeclarator).id;
  const walk = (n: Node): void => {
    if (!ok) return;
    if (n !== c.declarator && n.type === 'VariableDeclarator' && declares(n.id, c.name)) {
      ok = false;
      return;
    }
    if (isFunction(n) && n.params.some((p) => declares(p, c.name))) {
      ok = false;
      return;
    }
    if (n.type === 'Identifier' && n.name === c.name && n !== declared) {
      if (!harmlessUse(n, parents)) ok = false;
      return;
    }
    for (const child of childNodes(n)) walk(child);
  };
  walk(c.fn);
  return ok;
}

function declares(pattern: Node, name: string): boolean {
  if (pattern.type === 'Identifier') return pattern.name === name;
  for (const c of childNodes(pattern)) if (declares(c, name)) return true;
  return false;
}

/** Parents whose value the expression becomes: a chain ending there carries the object on. */
const CARRIES = new Set([
  'ReturnStatement',
  'VariableDeclarator',
  'AssignmentExpression',
  'CallExpression',
  'NewExpression',
  'Property',
  'ArrayExpression',
  'ArrowFunctionExpression',
  'YieldExpression',
  'SpreadElement',
  'ConditionalExpression',
  'LogicalExpression',
  'ForOfStatement',
  'ForInStatement',
  'TaggedTemplateExpression',
  'PropertyDefinition',
  'ChainExpression',
]);

function harmlessUse(id: Node, parents: Map<Node, Node>): boolean {
  const p = parents.get(id);
  if (p === undefined) return false;
  // Property keys and member names that merely share the name.
  if (p.type === 'MemberExpression' && p.property === id && !p.computed) return true;
  if ((p.type === 'Property' || p.type === 'PropertyDefinition') && p.key === id && !p.computed)
    return !(p.type === 'Property' && p.shorthand);
  if (p.type !== 'MemberExpression' || p.object !== id) return false;
  // `x.m(...)`, `x?.m(...)`, chains of them (`x.a().b()`), or `x.prop`.
  let top: Node = p;
  for (;;) {
    const member = top as TSESTree.MemberExpression;
    const name =
      !member.computed && member.property.type === 'Identifier' ? member.property.name : null;
    const up = parents.get(top);
    if (up === undefined) return false;
    const called = up.type === 'CallExpression' && up.callee === top;
    if (name !== null && ENDING_METHOD.test(name)) return false;
    let next: Node = called ? up : top;
    let above = parents.get(next);
    while (
      above !== undefined &&
      (above.type === 'ChainExpression' ||
        above.type === 'AwaitExpression' ||
        unwrap(above) !== above)
    ) {
      next = above;
      above = parents.get(next);
    }
    if (above === undefined) return false;
    if (above.type === 'MemberExpression' && above.object === next) {
      top = above;
      continue;
    }
    // A method's result that goes on could be the object itself (fluent APIs return `this`);
    // a property read that goes on is some other value.
    if (!called) return true;
    return !CARRIES.has(above.type);
  }
}
