// Host entries (issue #16, candidate X; scan-corpus/clean/README.md, "A second fresh batch and
// candidate X"): an exported module-level function that its own file never calls is a plugin or
// setup entry a host calls, once per object it hands in (`function inject (bot) {
// bot._client.on(…) }`, `module.exports.player = function (player, serv) { player.on(…) }`).
// A listener it adds directly in its body on that object (its first parameter), or on what the
// object holds, lives as long as the object: nothing piles up on it.
import type { Facts, Registration } from '../facts.js';
import {
  childNodes,
  hasRange,
  isFunction,
  propertyName,
  rootOf,
  unwrap,
  type Node,
} from '../syntax.js';

interface Entries {
  /** Exported module-level functions the file never calls, by node. */
  readonly fns: ReadonlySet<Node>;
}

const cache = new WeakMap<Facts, Entries>();

/** True when `r` is made directly in a host entry's body on its first parameter (above). */
export function onHostEntryParam(r: Registration, facts: Facts): boolean {
  const fn = r.fns[0];
  if (fn === undefined || !isFunction(fn) || r.receiverNode === null || r.via !== null)
    return false;
  const name = identifierOf(fn.params[0] as Node | undefined);
  if (name === null) return false;
  const root = rootOf(r.receiverNode);
  if (root.type !== 'Identifier' || root.name !== name) return false;
  // Once per call of the entry: not in a loop or other repeating code inside it.
  if (r.site.repeat !== null && hasRange(fn, r.site.repeat.node)) return false;
  let e = cache.get(facts);
  if (e === undefined) {
    e = entriesOf(facts.module.node);
    cache.set(facts, e);
  }
  return e.fns.has(fn);
}

/** The name of a plain parameter (`bot`, `bot = x`); null for a pattern or none. */
function identifierOf(p: Node | undefined): string | null {
  if (p?.type === 'Identifier') return p.name;
  if (p?.type === 'AssignmentPattern' && p.left.type === 'Identifier') return p.left.name;
  return null;
}

/** `module.exports`, `module.exports.x`, `exports.x`: the export it names, or null. */
function exportTarget(n: Node): string | null {
  const u = unwrap(n);
  if (u.type !== 'MemberExpression') return null;
  const prop = propertyName(u);
  if (prop === null) return null;
  const obj = unwrap(u.object);
  if (obj.type === 'Identifier') {
    if (obj.name === 'module' && prop === 'exports') return 'default';
    return obj.name === 'exports' ? prop : null;
  }
  return exportTarget(obj) === 'default' ? prop : null;
}

function entriesOf(program: Node): Entries {
  if (program.type !== 'Program') return { fns: new Set() };
  const declared = new Map<string, Node>();
  const names = new Map<Node, string>();
  const exported = new Set<Node>();
  const exportedNames = new Set<string>();
  /** Anonymous entries, with the export that would call them (`module.exports.x`). */
  const anonymous = new Map<Node, string>();
  const declare = (name: string, fn: Node): void => {
    if (!declared.has(name)) declared.set(name, fn);
    names.set(fn, name);
  };
  for (const st of program.body as Node[]) {
    if (st.type === 'FunctionDeclaration') {
      if (st.id !== null) declare(st.id.name, st);
    } else if (st.type === 'VariableDeclaration') {
      for (const d of st.declarations)
        if (d.id.type === 'Identifier' && d.init != null && isFunction(unwrap(d.init as Node)))
          declare(d.id.name, unwrap(d.init as Node));
    } else if (st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration') {
      const d = st.declaration as Node | null | undefined;
      if (d != null && isFunction(d)) {
        exported.add(d);
        if (d.type === 'FunctionDeclaration' && d.id !== null) declare(d.id.name, d);
      } else if (d != null && d.type === 'Identifier') {
        exportedNames.add(d.name);
      } else if (d != null && d.type === 'VariableDeclaration') {
        for (const v of d.declarations)
          if (v.id.type === 'Identifier' && v.init != null && isFunction(unwrap(v.init as Node))) {
            declare(v.id.name, unwrap(v.init as Node));
            exported.add(unwrap(v.init as Node));
          }
      } else if (st.type === 'ExportNamedDeclaration') {
        for (const s of st.specifiers)
          if (s.local.type === 'Identifier') exportedNames.add(s.local.name);
      }
    } else if (st.type === 'ExpressionStatement' && st.expression.type === 'AssignmentExpression') {
      const target = exportTarget(st.expression.left as Node);
      if (target === null) continue;
      const right = unwrap(st.expression.right as Node);
      if (right.type === 'Identifier') exportedNames.add(right.name);
      else if (isFunction(right)) {
        exported.add(right);
        if (right.type === 'FunctionExpression' && right.id != null)
          names.set(right, right.id.name);
        anonymous.set(right, target);
      }
    }
  }
  for (const n of exportedNames) {
    const d = declared.get(n);
    if (d !== undefined) exported.add(d);
  }
  if (exported.size === 0) return { fns: exported };
  // The file's own calls: by name (`inject(bot)`), or of the export (`module.exports.x(…)`).
  const calledNames = new Set<string>();
  const calledProps = new Set<string>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression' || n.type === 'NewExpression') {
      const c = unwrap(n.callee as Node);
      if (c.type === 'Identifier') calledNames.add(c.name);
      else {
        const t = exportTarget(c);
        if (t !== null) calledProps.add(t);
      }
    }
    for (const k of childNodes(n)) stack.push(k);
  }
  const fns = new Set<Node>();
  for (const d of exported) {
    const name = names.get(d);
    if (name !== undefined && calledNames.has(name)) continue;
    const anon = anonymous.get(d);
    if (anon !== undefined && calledProps.has(anon)) continue;
    fns.add(d);
  }
  return { fns };
}
