// Code that runs once per process although it sits in a function: the body of a function the
// module invokes at its top level and nowhere else. Module top level is already known to run once
// (`listener.top-level`, `timer.top-level`); a script's main body is as often written
//   (async () => { … io.on('connection', …) … })();          // an IIFE at top level
//   async function main() { … process.on('SIGINT', …) … }  main();
// A function counts when the module calls it exactly once and names it nowhere else (so nothing
// else can call it: not exported, not passed, not stored), from top-level code outside loops or
// from directly inside another such function; an IIFE at top level counts as it is. Only what
// sits directly in such a body runs once: callbacks and loops inside it run when they run.
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts } from '../facts.js';
import { childNodes, endOf, isFunction, startOf, unwrap, type Node } from '../syntax.js';

type Fn =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

const cache = new WeakMap<Facts, ReadonlySet<Node>>();

/** The functions of the file whose body runs once per process (above). */
function onceFunctions(facts: Facts): ReadonlySet<Node> {
  let s = cache.get(facts);
  if (s === undefined) {
    s = compute(facts.module.node, moduleFunctions(facts));
    cache.set(facts, s);
  }
  return s;
}

/**
 * True when code whose enclosing functions are `fns` (innermost first) runs once: its innermost
 * function is a once function and `repeat` (the nearest repeating code) is not inside it.
 */
export function runsOnceIn(
  facts: Facts,
  fns: readonly Node[],
  repeat: { readonly node: Node } | null,
): boolean {
  const fn = fns[0];
  if (fn === undefined || repeat !== null) return false;
  if (annotatedOnce(facts).has(fn)) return true;
  // Cheap first: only a module-level function or top-level IIFE, or a function directly inside
  // one (an IIFE in `main()`), can be one; only then is the whole file walked to count how often
  // each name is mentioned.
  const top = moduleFunctions(facts).all;
  if (!top.has(fn) && !(fns[1] !== undefined && top.has(fns[1]))) return false;
  return onceFunctions(facts).has(fn);
}

/** The file's module-level functions, read once from its top-level statements. */
interface ModuleFunctions {
  /** By name; null for a name declared twice (left alone). */
  readonly byName: ReadonlyMap<string, Fn | null>;
  /** The identifiers that declare them (not mentions of them). */
  readonly ids: ReadonlySet<Node>;
  /** Every module-level function, named or not, and every top-level IIFE. */
  readonly all: ReadonlySet<Node>;
}

const tops = new WeakMap<Facts, ModuleFunctions>();

function moduleFunctions(facts: Facts): ModuleFunctions {
  let m = tops.get(facts);
  if (m !== undefined) return m;
  const byName = new Map<string, Fn | null>();
  const ids = new Set<Node>();
  const all = new Set<Node>();
  const declare = (id: TSESTree.Identifier, fn: Fn): void => {
    byName.set(id.name, byName.has(id.name) ? null : fn);
    ids.add(id);
  };
  const program = facts.module.node;
  if (program.type === 'Program')
    for (const st of program.body) {
      if (st.type === 'FunctionDeclaration') {
        all.add(st);
        if (st.id !== null) declare(st.id, st);
      } else if (st.type === 'VariableDeclaration') {
        for (const d of st.declarations) {
          const init = d.init === null ? null : unwrap(d.init);
          if (!isFunction(init)) continue;
          all.add(init);
          if (d.id.type === 'Identifier') declare(d.id, init);
        }
      } else if (st.type === 'ExpressionStatement') {
        const call = statementCall(st.expression);
        const callee = call === null ? null : unwrap(call.callee);
        if (isFunction(callee)) all.add(callee);
      }
    }
  m = { byName, ids, all };
  tops.set(facts, m);
  return m;
}

/** Loop statements: code in them runs any number of times. */
export const LOOPS: ReadonlySet<string> = new Set([
  'ForStatement',
  'ForInStatement',
  'ForOfStatement',
  'WhileStatement',
  'DoWhileStatement',
]);

/** A call `c(…)` standing as a statement, maybe behind `await`, `void`, `!` or `.then/.catch`. */
function statementCall(e: Node): TSESTree.CallExpression | null {
  let u = unwrap(e);
  for (;;) {
    if (u.type === 'AwaitExpression') u = unwrap(u.argument);
    else if (u.type === 'UnaryExpression' && (u.operator === 'void' || u.operator === '!'))
      u = unwrap(u.argument);
    else if (u.type === 'ChainExpression') u = unwrap(u.expression);
    else break;
  }
  if (u.type !== 'CallExpression') return null;
  // `main().catch(fail)`, `run().then(done)`: the call under the chain.
  const callee = unwrap(u.callee);
  if (
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.property.type === 'Identifier' &&
    /^(?:then|catch|finally)$/.test(callee.property.name)
  ) {
    const inner = unwrap(callee.object);
    if (inner.type === 'CallExpression') return inner;
  }
  return u;
}

function compute(program: Node, { byName, ids }: ModuleFunctions): ReadonlySet<Node> {
  const once = new Set<Node>();
  if (program.type !== 'Program') return once;
  // Every mention of each name (declarations' own ids excepted) and the calls that are once
  // candidates: statement calls in top-level code outside loops and functions, or directly in a
  // function body (outside loops and nested functions), with the function they sit in.
  const mentions = new Map<string, number>();
  const onceCalls: { call: TSESTree.CallExpression; inFn: Node | null }[] = [];
  const visit = (n: Node, inFn: Node | null, inLoop: boolean): void => {
    if (n.type === 'Identifier') {
      if (!ids.has(n) && byName.has(n.name)) mentions.set(n.name, (mentions.get(n.name) ?? 0) + 1);
      return;
    }
    if (n.type === 'ExpressionStatement' && !inLoop) {
      const call = statementCall(n.expression);
      if (call !== null) onceCalls.push({ call, inFn });
    }
    if (n.type === 'MemberExpression' && !n.computed) {
      // `x.main` is a property, not the function.
      visit(n.object, inFn, inLoop);
      return;
    }
    if (
      (n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') &&
      !n.computed &&
      !(n.type === 'Property' && n.shorthand)
    ) {
      if (n.value !== null) visit(n.value as Node, inFn, inLoop);
      return;
    }
    const fnHere = isFunction(n) ? n : inFn;
    const loopHere = isFunction(n) ? false : inLoop || LOOPS.has(n.type);
    for (const c of childNodes(n)) visit(c, fnHere, loopHere);
  };
  visit(program, null, false);
  // Top-level IIFEs first, then named functions called once from once code, to a fixpoint.
  let changed = true;
  while (changed) {
    changed = false;
    for (const { call, inFn } of onceCalls) {
      if (inFn !== null && !once.has(inFn)) continue;
      const callee = unwrap(call.callee);
      let target: Node | null = null;
      if (isFunction(callee)) target = callee;
      else if (callee.type === 'Identifier' && mentions.get(callee.name) === 1)
        target = byName.get(callee.name) ?? null;
      if (target !== null && !once.has(target)) {
        once.add(target);
        changed = true;
      }
    }
  }
  return once;
}

/**
 * `// leakguard-once -- why` (or `/** @leakguard-once *\/`) directly above a function, a method,
 * a class (its constructor) or a declaration of a function: the author says this code runs once
 * per process (a singleton's constructor, an app's setup), which one file cannot show. Its
 * direct body is then treated as a once function's; loops and callbacks inside it are not.
 */
export const ONCE_DIRECTIVE = /^[\s*]*@?leakguard-once(?![\w-])/;

const marks = new WeakMap<Facts, ReadonlySet<Node>>();

function annotatedOnce(facts: Facts): ReadonlySet<Node> {
  let s = marks.get(facts);
  if (s === undefined) {
    s = resolveMarks(facts.module.node, facts.src);
    marks.set(facts, s);
  }
  return s;
}

interface AnyComment {
  readonly value: string;
  readonly range?: readonly [number, number];
  readonly end?: number;
}

function resolveMarks(program: Node, src: string): ReadonlySet<Node> {
  const out = new Set<Node>();
  const comments = (program as { comments?: readonly AnyComment[] }).comments;
  if (comments === undefined || comments.length === 0) return out;
  for (const c of comments) {
    if (!ONCE_DIRECTIVE.test(c.value)) continue;
    const end = c.range?.[1] ?? c.end;
    if (end !== undefined) for (const fn of markedBy(program, end, src)) out.add(fn);
  }
  return out;
}

/**
 * The functions a `leakguard-once` comment ending at `end` marks: none when it stands above
 * anything but a function, method, class with a constructor, or declaration of one (suppress.ts
 * reports such a comment, so a misplaced mark is never silent).
 */
export function markedBy(program: Node, end: number, src: string): Node[] {
  const target = nodeAfter(program, end, src);
  return target === null ? [] : functionsOf(target);
}

/** The outermost node that starts right after `at`, with only white space between. */
function nodeAfter(root: Node, at: number, src: string): Node | null {
  let cur: Node = root;
  for (;;) {
    let inside: Node | null = null;
    for (const k of childNodes(cur)) {
      const start = startOf(k);
      if (start >= at) {
        if (src.slice(at, start).trim() === '') return k;
        continue;
      }
      if (endOf(k) > at) inside = k;
    }
    if (inside === null) return null;
    cur = inside;
  }
}

/** The functions a marked node stands for. */
function functionsOf(n: Node): Node[] {
  switch (n.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return [n];
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
      return n.declaration == null ? [] : functionsOf(n.declaration as Node);
    case 'VariableDeclaration':
      return n.declarations.flatMap((d) => (d.init === null ? [] : functionsOf(unwrap(d.init))));
    case 'ClassDeclaration':
    case 'ClassExpression': {
      const ctor = n.body.body.find(
        (m) => m.type === 'MethodDefinition' && m.kind === 'constructor',
      );
      return ctor === undefined ? [] : functionsOf(ctor);
    }
    case 'MethodDefinition':
    case 'Property':
      return functionsOf(n.value as Node);
    case 'PropertyDefinition':
      return n.value === null ? [] : functionsOf(unwrap(n.value));
    case 'ExpressionStatement':
      return n.expression.type === 'AssignmentExpression'
        ? functionsOf(unwrap(n.expression.right))
        : [];
    default:
      return [];
  }
}
