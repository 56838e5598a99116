// Candidate M (issue #16; scan-corpus/clean/README.md, "A ninth fresh batch and candidates M and
// O"): the constructor of a module singleton runs once per instance, and the module makes a fixed
// number of instances, so what the constructor registers or starts directly in its body is code
// the module runs once (as candidate Z's functions are). A class counts when it is declared at
// module level, its file neither exports nor hands it on (it is named nowhere but in `new C(…)`),
// and every `new C(…)` of the file stands at module top level outside loops and functions
// (`export default new DiskLimitService()`, `const service = new Service()`).
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts } from '../facts.js';
import { childNodes, isFunction, type Node } from '../syntax.js';
import { LOOPS } from './once.js';

const cache = new WeakMap<Facts, ReadonlySet<Node>>();

/**
 * TypeScript nodes that hold code (expressions, `export = C`, a namespace's body); every other
 * `TS…` node is a type and names nothing.
 */
export const TS_CODE: ReadonlySet<string> = new Set([
  'TSAsExpression',
  'TSNonNullExpression',
  'TSSatisfiesExpression',
  'TSTypeAssertion',
  'TSInstantiationExpression',
  'TSParameterProperty',
  'TSExportAssignment',
  'TSModuleDeclaration',
  'TSModuleBlock',
  'TSEnumDeclaration',
  'TSEnumMember',
]);

/** The constructors of the file's module singletons (above). */
export function singletonConstructors(facts: Facts): ReadonlySet<Node> {
  let s = cache.get(facts);
  if (s === undefined) {
    s = compute(facts.module.node);
    cache.set(facts, s);
  }
  return s;
}

function compute(program: Node): ReadonlySet<Node> {
  const out = new Set<Node>();
  if (program.type !== 'Program') return out;
  // Module-level classes that are not exported where they are declared; null when declared twice.
  const classes = new Map<string, TSESTree.ClassDeclaration | null>();
  const ids = new Set<Node>();
  for (const st of program.body) {
    if (st.type !== 'ClassDeclaration' || st.id === null) continue;
    classes.set(st.id.name, classes.has(st.id.name) ? null : st);
    ids.add(st.id);
  }
  if (classes.size === 0) return out;
  // Every mention of each name, and the ones that are a top-level `new C(…)`.
  const mentions = new Map<string, number>();
  const topNews = new Map<string, number>();
  const visit = (n: Node, top: boolean): void => {
    if (n.type.startsWith('TS') && !TS_CODE.has(n.type)) return;
    if (n.type === 'Identifier') {
      if (!ids.has(n) && classes.has(n.name)) mentions.set(n.name, (mentions.get(n.name) ?? 0) + 1);
      return;
    }
    if (n.type === 'NewExpression' && n.callee.type === 'Identifier' && top) {
      const name = n.callee.name;
      if (classes.has(name)) topNews.set(name, (topNews.get(name) ?? 0) + 1);
    }
    if (n.type === 'MemberExpression' && !n.computed) {
      visit(n.object, top);
      return;
    }
    if (
      (n.type === 'Property' || n.type === 'MethodDefinition' || n.type === 'PropertyDefinition') &&
      !n.computed &&
      !(n.type === 'Property' && n.shorthand)
    ) {
      if (n.value !== null) visit(n.value as Node, top && !isFunction(n.value as Node));
      return;
    }
    const here =
      top &&
      !isFunction(n) &&
      !LOOPS.has(n.type) &&
      n.type !== 'ClassBody' &&
      n.type !== 'TSModuleBlock';
    for (const c of childNodes(n)) visit(c, here);
  };
  visit(program, true);
  for (const [name, cls] of classes) {
    const news = topNews.get(name) ?? 0;
    if (cls === null || news === 0 || mentions.get(name) !== news) continue;
    const ctor = cls.body.body.find(
      (m) => m.type === 'MethodDefinition' && m.kind === 'constructor',
    );
    if (ctor !== undefined && ctor.type === 'MethodDefinition') out.add(ctor.value as Node);
  }
  return out;
}
