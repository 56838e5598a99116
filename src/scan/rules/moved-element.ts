// no-discarded-disposable, candidate PT (issue #16; scan-corpus/fixes/README.md, "Decision
// criteria for candidate PT"): a Vue component moves an element of its own out of its tree —
// `document.body.appendChild(this.$el)`, `this.appendTo.appendChild(keyboard.$el)` — and nothing
// in the file takes an element out again. A Vue 2 component's element leaves the page only with
// its parent's, and a child element moved elsewhere is not removed by the component's unmount in
// either version: moved to `document.body` (a dialog, a popup, a keyboard), it stays there with
// its listeners and the component it holds after the component is destroyed. Written from the
// tuning cases mand-mobile 0483ac7 and b47ed2f.
import type { TSESTree } from '@typescript-eslint/types';
import { calleeOf, childNodes, hasRange, unwrap, type Node } from '../syntax.js';
import { componentScopes } from './ui-instance.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

/** DOM calls that insert their first argument under the receiver. */
const INSERT = new Set(['appendChild', 'insertBefore', 'append', 'prepend']);
/** DOM calls that take an element out (`remove()` with no argument, on anything). */
const TAKE_OUT = new Set(['removeChild', 'replaceChild']);
/** Text that names a Vue component's element or a child's: `this.$el`, `this.$refs.r`, `vm.$el`. */
const COMPONENT_ELEMENT = /\$(?:el|refs)\b/;

export function movedElements(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const src = facts.src;
  // Cheap tests first: the walk below reads the whole file.
  if (!COMPONENT_ELEMENT.test(src) || !/\.(?:appendChild|insertBefore|append|prepend)\(/.test(src))
    return [];
  const inserts: TSESTree.CallExpression[] = [];
  /** Locals given a component's element: `const keyboard = this.$refs.keyboard`. */
  const elementLocals = new Set<string>();
  let takesOut = false;
  const stack: Node[] = [facts.module.node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression') {
      const c = calleeOf(n);
      if (c !== null && c.receiver !== null) {
        if (INSERT.has(c.name) && n.arguments.length >= 1) inserts.push(n);
        else if (TAKE_OUT.has(c.name) || (c.name === 'remove' && n.arguments.length === 0))
          takesOut = true;
      }
    } else if (
      n.type === 'VariableDeclarator' &&
      n.id.type === 'Identifier' &&
      n.init !== null &&
      COMPONENT_ELEMENT.test(text(facts, n.init))
    )
      elementLocals.add(n.id.name);
    stack.push(...childNodes(n));
  }
  if (takesOut || inserts.length === 0) return [];
  // Only in a Vue component's code: a plain class may name a field `$el` too (zulip-desktop).
  const program = facts.module.node;
  let scopes: Node[] | null = null;
  const isElement = (e: Node): boolean => {
    const u = unwrap(e);
    if (u.type === 'Identifier') return elementLocals.has(u.name);
    return (
      (u.type === 'MemberExpression' || u.type === 'ThisExpression') &&
      COMPONENT_ELEMENT.test(text(facts, u))
    );
  };
  const out: RawFinding[] = [];
  for (const call of inserts) {
    const moved = call.arguments[0] as Node;
    const into = (unwrap(call.callee as Node) as TSESTree.MemberExpression).object as Node;
    if (!isElement(moved) || isElement(into)) continue;
    scopes ??= program.type === 'Program' ? componentScopes(program) : [];
    if (!scopes.some((s) => hasRange(s, call))) continue;
    out.push({
      rule: 'no-discarded-disposable',
      node: call,
      message: `${short(text(facts, call), 50)} moves an element of the component out of its tree, and nothing in this file takes it out again: when the component is destroyed with its parent, the element stays in ${short(text(facts, into), 30)}, with its listeners and the component it holds.`,
      suggestion:
        'Take it out when the component is destroyed (beforeDestroy / beforeUnmount: `el.parentNode && el.parentNode.removeChild(el)`).',
    });
  }
  return out;
}
