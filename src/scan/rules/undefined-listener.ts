// no-listener-identity-mistake, candidate UD (issue #16; scan-corpus/fixes/README.md, "Decision
// criteria for candidate UD"): the removal is given a listener that is undefined where it runs,
// so it removes nothing and the registered listener stays.
//
// - A property nothing defines: `leaflet.on('tileunload', methods.onUnload)` removed with
//   `leaflet.off('tileunload', methods.unLoad)`, where the file defines `onUnload` and never
//   `unLoad` (no key, method, field or assignment of that name, and no string naming it): a
//   misspelled or renamed handler (vue-leaflet 297c6f8).
// - A variable never given a value: the cleanup removes `onClick`, whose `let onClick` has no
//   initial value and is never assigned, while the registration's `onClick` is a `const` of a
//   nested function that shadows it (ant-design-vue 9855e43).
//
// Reported at the registration, and only when no other removal of the file names the listener it
// was given.
import type { Facts, Registration, Removal } from '../facts.js';
import {
  childNodes,
  isFunction,
  propertyName,
  startOf,
  endOf,
  unwrap,
  type Node,
} from '../syntax.js';
import { describe, short, text, type RawFinding } from './context.js';

export function removedUndefined(facts: Facts): RawFinding[] {
  const pairs: [Registration, Removal, string][] = [];
  let names: Set<string> | null = null;
  let bindings: Bindings | null = null;
  let declaredEmpty: Set<string> | null = null;
  for (const rm of facts.removals) {
    if (rm.listener === null || rm.listenerKey === null) continue;
    const l = unwrap(rm.listener);
    const regs = facts.registrations.filter(
      (r) =>
        r.via === null &&
        r.listenerKey !== null &&
        r.receiverKey === rm.receiverKey &&
        r.eventKey === rm.eventKey,
    );
    if (regs.length === 0) continue;
    if (l.type === 'MemberExpression' && !l.computed) {
      // A registration of the very key it removes: the removal can match that one.
      if (regs.some((r) => r.listenerKey === rm.listenerKey)) continue;
      const x = propertyName(l);
      if (x === null) continue;
      const obj = rm.listenerKey.slice(0, rm.listenerKey.length - x.length - 1);
      if (`${obj}.${x}` !== rm.listenerKey) continue;
      // Registrations of another property of the same object (cheap test first: the names the
      // file defines are read with a walk of the whole file).
      const others = regs.filter((r) => {
        const y = r.listenerKey!.slice(obj.length + 1);
        return r.listenerKey!.startsWith(`${obj}.`) && /^[\w$]+$/.test(y);
      });
      if (others.length === 0) continue;
      names ??= definedNames(facts.module.node);
      if (names.has(x)) continue;
      for (const r of others)
        if (names.has(r.listenerKey!.slice(obj.length + 1)))
          pairs.push([r, rm, `${x} is defined nowhere in this file`]);
    } else if (l.type === 'Identifier') {
      // Only a name some `let`/`var` declares without a value can be one (cheap test first: the
      // declarations are read with a walk of the whole file).
      declaredEmpty ??= namesDeclaredEmpty(facts.src);
      if (!declaredEmpty.has(l.name)) continue;
      bindings ??= bindingsOf(facts.module.node);
      const removed = bindings.at(l.name, rm.call);
      if (removed === null || !removed.never) continue;
      for (const r of regs) {
        if (r.listenerKey !== l.name) continue;
        const added = bindings.at(l.name, r.site.call);
        if (added === null || added === removed || added.never) continue;
        pairs.push([
          r,
          rm,
          `the ${l.name} it names is declared without a value and never assigned (the one added here is another declaration of that name)`,
        ]);
      }
    }
  }
  const out: RawFinding[] = [];
  const seen = new Set<Registration>();
  for (const [r, rm, why] of pairs) {
    if (seen.has(r)) continue;
    // Another removal of the file names the listener the registration was given.
    if (
      facts.removals.some(
        (o) =>
          o !== rm &&
          o.receiverKey === r.receiverKey &&
          o.eventKey === r.eventKey &&
          o.listenerKey === r.listenerKey &&
          !pairs.some(([, p]) => p === o),
      )
    )
      continue;
    seen.add(r);
    out.push({
      rule: 'no-listener-identity-mistake',
      node: r.site.call,
      message: `${describe(r, facts)} is removed with ${short(text(facts, rm.call), 50)}, but ${why}: the removal removes nothing, and ${short(text(facts, r.listener), 30)} stays.`,
      suggestion: `Remove the listener that was added (${short(text(facts, r.listener), 30)}).`,
    });
  }
  return out;
}

const DECL = /\b(?:let|var)\s+/g;
const IDENT = /[\w$]+/y;
const SPACE = /\s/;
const END_OF_EMPTY = /[;:,)]/;

/**
 * The names a `let`/`var` list of the source declares without a value (`let x;`, `let x: T;`,
 * `var a, x;`): each declarator name
 * followed by `;`, `:`, `,`, `)` or a line end, walking a list over `name = …,` initialisers
 * (skipped to the next `,`; a `;` first ends the list). One linear pass per file; it read as the
 * pattern `\b(?:let|var)\s+(?:[\w$]+(?:\s*=[^,;]*)?\s*,\s*)*name\s*[;:,\n)]` did, which was
 * built and run for every name and backtracked on long files.
 */
function namesDeclaredEmpty(src: string): Set<string> {
  const out = new Set<string>();
  const spaceFrom = (j: number): number => {
    while (j < src.length && SPACE.test(src[j]!)) j++;
    return j;
  };
  DECL.lastIndex = 0;
  while (DECL.exec(src) !== null) {
    let i = DECL.lastIndex;
    for (;;) {
      IDENT.lastIndex = i;
      const id = IDENT.exec(src);
      if (id === null) break;
      let j = i + id[0].length;
      const k = spaceFrom(j);
      if (END_OF_EMPTY.test(src[k] ?? '') || src.slice(j, k).includes('\n')) out.add(id[0]);
      j = k;
      if (src[j] === '=') {
        while (j < src.length && src[j] !== ',' && src[j] !== ';') j++;
        if (src[j] !== ',') break;
      } else if (src[j] !== ',') break;
      i = spaceFrom(j + 1);
    }
  }
  return out;
}

/**
 * Names the file defines as properties: keys of object literals and patterns, methods and class
 * fields, member assignments (`….x = …`), and every string literal (`'x'` may name a property).
 */
function definedNames(program: Node): Set<string> {
  const out = new Set<string>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const n = stack.pop()!;
    switch (n.type) {
      case 'Property':
      case 'MethodDefinition':
      case 'PropertyDefinition':
      case 'TSAbstractMethodDefinition':
      case 'TSAbstractPropertyDefinition': {
        const name = propertyName(n as Parameters<typeof propertyName>[0]);
        if (name !== null) out.add(name);
        break;
      }
      case 'AssignmentExpression': {
        const left = unwrap(n.left as Node);
        if (left.type === 'MemberExpression') {
          const name = propertyName(left);
          if (name !== null) out.add(name);
        }
        break;
      }
      case 'Literal':
        if (typeof n.value === 'string') out.add(n.value);
        break;
      case 'TemplateElement':
        out.add(n.value.cooked ?? n.value.raw);
        break;
    }
    stack.push(...childNodes(n));
  }
  return out;
}

interface Binding {
  /** Where the name is visible: the block (let, const) or function (var, parameters). */
  readonly scope: Node;
  /** Declared by `let`/`var` without a value, and the file assigns the name nowhere. */
  never: boolean;
}

interface Bindings {
  /** The innermost declaration of `name` whose scope holds `at`, or null (global, or unknown). */
  at(name: string, at: Node): Binding | null;
}

/**
 * Every declaration of the file by name, with the scope it is visible in. Not a full scope
 * analysis: enough to tell the declaration a name at a given place reads, when the file declares
 * the name in nested blocks (a function's name, a class, an import, a catch clause: never "never").
 */
function bindingsOf(program: Node): Bindings {
  const byName = new Map<string, Binding[]>();
  const assigned = new Set<string>();
  const add = (name: string, scope: Node, never: boolean): void => {
    let l = byName.get(name);
    if (l === undefined) byName.set(name, (l = []));
    l.push({ scope, never });
  };
  const patternNames = (p: Node, into: string[]): void => {
    const u = unwrap(p);
    if (u.type === 'Identifier') into.push(u.name);
    else if (u.type === 'AssignmentPattern') patternNames(u.left as Node, into);
    else if (u.type === 'RestElement') patternNames(u.argument as Node, into);
    else if (u.type === 'ArrayPattern') {
      for (const e of u.elements) if (e !== null) patternNames(e as Node, into);
    } else if (u.type === 'ObjectPattern')
      for (const q of u.properties)
        patternNames((q.type === 'Property' ? q.value : q.argument) as Node, into);
  };
  // (node, innermost block or function body, innermost function)
  const stack: [Node, Node, Node][] = [[program, program, program]];
  while (stack.length > 0) {
    const [n, block, fn] = stack.pop()!;
    let innerBlock = block;
    let innerFn = fn;
    if (isFunction(n)) {
      innerFn = n;
      innerBlock = n;
      const names: string[] = [];
      for (const p of n.params) patternNames(p as Node, names);
      for (const name of names) add(name, n, false);
      if (n.type === 'FunctionDeclaration' && n.id !== null) add(n.id.name, block, false);
      if (n.type === 'FunctionExpression' && n.id !== null) add(n.id.name, n, false);
    } else if (
      n.type === 'BlockStatement' ||
      n.type === 'ForStatement' ||
      n.type === 'ForInStatement' ||
      n.type === 'ForOfStatement' ||
      n.type === 'SwitchStatement' ||
      n.type === 'CatchClause' ||
      n.type === 'StaticBlock'
    ) {
      innerBlock = n;
      if (n.type === 'CatchClause' && n.param !== null) {
        const names: string[] = [];
        patternNames(n.param as Node, names);
        for (const name of names) add(name, n, false);
      }
    } else if (n.type === 'VariableDeclaration') {
      for (const d of n.declarations) {
        const names: string[] = [];
        patternNames(d.id as Node, names);
        const scope = n.kind === 'var' ? fn : block;
        const never = d.id.type === 'Identifier' && d.init === null && n.kind !== 'const';
        for (const name of names) add(name, scope, never);
      }
    } else if (n.type === 'ClassDeclaration' && n.id !== null) add(n.id.name, block, false);
    else if (n.type === 'ImportDeclaration')
      for (const s of n.specifiers) add(s.local.name, program, false);
    else if (n.type === 'AssignmentExpression' || n.type === 'UpdateExpression') {
      const target = unwrap((n.type === 'AssignmentExpression' ? n.left : n.argument) as Node);
      const names: string[] = [];
      if (target.type !== 'MemberExpression') patternNames(target, names);
      for (const name of names) assigned.add(name);
    }
    // A bare `for (x of …)` assigns x.
    if (
      (n.type === 'ForInStatement' || n.type === 'ForOfStatement') &&
      n.left.type !== 'VariableDeclaration'
    ) {
      const names: string[] = [];
      patternNames(n.left as Node, names);
      for (const name of names) assigned.add(name);
    }
    for (const c of childNodes(n)) stack.push([c, innerBlock, innerFn]);
  }
  for (const name of assigned) for (const b of byName.get(name) ?? []) b.never = false;
  return {
    at(name, at) {
      let best: Binding | null = null;
      for (const b of byName.get(name) ?? []) {
        if (startOf(at) < startOf(b.scope) || endOf(at) > endOf(b.scope)) continue;
        if (best === null || startOf(b.scope) >= startOf(best.scope)) best = b;
      }
      return best;
    },
  };
}
