// no-unmanaged-timer, the "cleared after it was reset" branch (issue #16, leak shape 1): a timer
// handle set to null (or undefined, 0, or deleted) and cleared after that in the same block:
//
//   this._transportTimeoutId = null;
//   clearTimeout(this._transportTimeoutId);   // clears nothing: the timer keeps running
//
// `clearTimeout(null)` is silently a no-op, so the only clear the code has cancels nothing and
// the timer runs (and keeps what its callback holds) until it fires. Designed on sockjs-client
// 2687d12 (tuning half of scan-corpus/fixes/). When the two statements are adjacent, swapping
// them is the fix, and it cannot change anything else: it is offered as an autofix.
import type { Edit } from '../model.js';
import { endOf, keyText, startOf, unwrap, type Node } from '../syntax.js';
import type { RawFinding, RuleContext } from './context.js';
import { childrenOf } from './paths.js';

const CLEARS = new Set(['clearTimeout', 'clearInterval', 'clearImmediate']);

/** The key a statement resets (`k = null`, `k = undefined`, `k = void 0`, `k = 0`, `delete k`). */
function resetKey(stmt: Node, keyOf: (n: Node) => string): { key: string; expr: Node } | null {
  if (stmt.type !== 'ExpressionStatement') return null;
  const e = unwrap(stmt.expression);
  if (e.type === 'AssignmentExpression' && e.operator === '=') {
    if (e.left.type !== 'Identifier' && e.left.type !== 'MemberExpression') return null;
    const r = unwrap(e.right);
    const empty =
      (r.type === 'Literal' && (r.value === null || r.value === 0)) ||
      (r.type === 'Identifier' && r.name === 'undefined') ||
      (r.type === 'UnaryExpression' && r.operator === 'void');
    return empty ? { key: keyOf(e.left), expr: e } : null;
  }
  if (
    e.type === 'UnaryExpression' &&
    e.operator === 'delete' &&
    e.argument.type === 'MemberExpression'
  )
    return { key: keyOf(e.argument), expr: e };
  return null;
}

/** `clear…(k)` as a statement, or `if (k) clear…(k)`: the name of the clear, or null. */
function clearOf(stmt: Node, key: string, keyOf: (n: Node) => string): string | null {
  if (stmt.type === 'IfStatement' && stmt.alternate === null) {
    const body =
      stmt.consequent.type === 'BlockStatement' ? stmt.consequent.body : [stmt.consequent];
    for (const s of body) {
      const c = clearOf(s, key, keyOf);
      if (c !== null) return c;
    }
    return null;
  }
  if (stmt.type !== 'ExpressionStatement') return null;
  const e = unwrap(stmt.expression);
  if (e.type !== 'CallExpression') return null;
  const callee = unwrap(e.callee);
  const arg = e.arguments[0];
  if (callee.type !== 'Identifier' || !CLEARS.has(callee.name) || arg === undefined) return null;
  return keyOf(arg) === key ? callee.name : null;
}

/** Whether the statement's text may assign `key` again (`key =`, not `==`). */
function assigns(src: string, stmt: Node, key: string): boolean {
  const t = src.slice(startOf(stmt), endOf(stmt));
  const esc = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`${esc}\\s*=(?!=)`).test(t);
}

export function nulledClearRules(ctx: RuleContext): RawFinding[] {
  const f = ctx.facts;
  const src = f.src;
  if (!/clear(?:Timeout|Interval|Immediate)\s*\(/.test(src)) return [];
  if (!/=\s*(?:null|undefined|void\b|0\b)|\bdelete\s/.test(src)) return [];
  const keyOf = (n: Node) => keyText(src, n, f.thisAliases);
  const out: RawFinding[] = [];
  const visit = (n: Node) => {
    const list =
      n.type === 'BlockStatement' || n.type === 'Program'
        ? (n.body as Node[])
        : n.type === 'SwitchCase'
          ? (n.consequent as Node[])
          : null;
    if (list !== null) {
      for (let i = 0; i < list.length; i++) {
        const reset = resetKey(list[i]!, keyOf);
        if (reset === null) continue;
        for (let j = i + 1; j < list.length; j++) {
          const s = list[j]!;
          const clear = clearOf(s, reset.key, keyOf);
          if (clear !== null) {
            out.push(finding(src, reset, list[i]!, s, clear, j === i + 1));
            break;
          }
          if (assigns(src, s, reset.key)) break;
        }
      }
    }
    for (const c of childrenOf(n)) visit(c);
  };
  visit(f.module.node);
  return out;
}

function finding(
  src: string,
  reset: { key: string; expr: Node },
  resetStmt: Node,
  clearStmt: Node,
  clear: string,
  adjacent: boolean,
): RawFinding {
  let line = 1;
  for (let i = 0; i < startOf(clearStmt); i++) if (src.charCodeAt(i) === 10) line++;
  const fix: Edit[] | undefined = adjacent
    ? [
        {
          start: startOf(resetStmt),
          end: endOf(clearStmt),
          text:
            src.slice(startOf(clearStmt), endOf(clearStmt)) +
            src.slice(endOf(resetStmt), startOf(clearStmt)) +
            src.slice(startOf(resetStmt), endOf(resetStmt)),
        },
      ]
    : undefined;
  return {
    rule: 'no-unmanaged-timer',
    node: reset.expr,
    message:
      `${reset.key} is reset here, before ${clear}(${reset.key}) on line ${line}: the clear gets ` +
      `the empty value and cancels nothing, so the timer keeps running (with what its callback ` +
      `holds) until it fires.`,
    suggestion: `Clear the timer first, then reset the handle: ${clear}(${reset.key}); ${src.slice(startOf(reset.expr), endOf(reset.expr))};`,
    ...(fix ? { fix } : {}),
  };
}
