// Small syntactic helpers over ESTree / TSESTree nodes. They work on ASTs from
// @typescript-eslint/typescript-estree, oxc-parser and espree alike, and never rely on `parent`
// pointers (typescript-estree does not set them; the walker keeps its own ancestor stack).
import type { TSESTree } from '@typescript-eslint/types';

export type Node = TSESTree.Node;
export type CallExpression = TSESTree.CallExpression;

/** Methods that register a listener: `receiver.method(event, listener[, options])`. */
export const EMITTER_ADD = new Set([
  'on',
  'addListener',
  'once',
  'prependListener',
  'prependOnceListener',
  'addEventListener',
  // Vue 2's instance events, the usual event bus of Vue 2 apps (`bus.$on`, `this.$root.$on`).
  '$on',
  '$once',
]);
/** Methods that remove what EMITTER_ADD registered. */
export const EMITTER_REMOVE = new Set(['off', 'removeListener', 'removeEventListener', '$off']);
/** Removal method to suggest for each registration method. */
export const REMOVAL_FOR: Readonly<Record<string, string>> = {
  on: 'off',
  addListener: 'removeListener',
  once: 'removeListener',
  prependListener: 'removeListener',
  prependOnceListener: 'removeListener',
  addEventListener: 'removeEventListener',
  $on: '$off',
  $once: '$off',
  connect: 'disconnect',
};

/** Calling one of these on a receiver ends it, and with it every listener it holds. */
export const RECEIVER_TEARDOWN = new Set([
  'destroy',
  'close',
  'dispose',
  'terminate',
  'removeAllListeners',
  'end',
  'kill',
  'abort',
  'disconnect',
  'disconnectAll',
  'off',
  '$off',
]);

/** Names of methods that end an object's life. */
export const TEARDOWN_METHODS = new Set([
  'dispose',
  'close',
  'destroy',
  'disconnect',
  'stop',
  'unmount',
  'ngOnDestroy',
  'disconnectedCallback',
  'componentWillUnmount',
  'teardown',
  'cleanup',
  'shutdown',
  'terminate',
  'release',
  'unsubscribe',
  'detach',
  'deactivate',
  'onDestroy',
  'beforeDestroy',
  'unmounted',
  'end',
  '[Symbol.dispose]',
  '[Symbol.asyncDispose]',
]);

/** Teardown names with a suffix: `stopClient`, `closeConnection`, `_destroy`, `disposeAll`. */
export const TEARDOWN_PREFIXED =
  /^_?(?:close|destroy|dispose|disconnect|stop|detach|unsubscribe|unmount|shutdown|teardown|cleanup|cleanUp|terminate|unbind|unlisten|unwatch)(?:[A-Z_$][\w$]*)?$/;

/** A teardown-named method: a plain teardown name or one built on it. */
export function isTeardownName(name: string): boolean {
  return TEARDOWN_METHODS.has(name) || TEARDOWN_PREFIXED.test(name);
}

/** `s` with the characters a regular expression reads specially escaped. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Constructors of containers that own cleanups, and how to hand one to them. */
export const CONTAINER_CLASSES: Readonly<Record<string, ContainerKind>> = {
  Scope: 'scope',
  DisposableStore: 'store',
  CompositeDisposable: 'store',
  DisposableStack: 'stack',
  AsyncDisposableStack: 'stack',
  Subscription: 'subscription',
};
export type ContainerKind = 'scope' | 'store' | 'stack' | 'subscription' | 'register';

/** A receiver with one of these names is a container; `scope.on(target, ...)` is managed. */
export const CONTAINER_NAME =
  /^(?:scope|\w*Scope|disposables|_disposables|store|_store|subscriptions|subs|janitor|trove|maid|lifetime|cleanup|bag|toDispose|_toDispose)$/;

/**
 * Offsets of a node. typescript-estree and ESLint give `range`; oxc-parser is asked for `start`
 * and `end` only (its `range` arrays would be one more allocation per node: a third of its parse
 * time); espree gives both. Always read offsets through these two.
 */
export function startOf(n: Node): number {
  const r = (n as { range?: [number, number] }).range;
  return r === undefined ? (n as unknown as { start: number }).start : r[0];
}

export function endOf(n: Node): number {
  const r = (n as { range?: [number, number] }).range;
  return r === undefined ? (n as unknown as { end: number }).end : r[1];
}

/**
 * Keys that hold no child to walk: the parent link, positions, TypeScript type annotations, and
 * the token and comment lists an ESLint parser puts on the Program (a token is no node).
 */
const NOT_CHILDREN = new Set([
  'parent',
  'tokens',
  'comments',
  'range',
  'loc',
  'start',
  'end',
  'typeAnnotation',
  'returnType',
]);

export function isNode(v: unknown): v is Node {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

/**
 * The child nodes of `n` in property order, type annotations left out: a generic walk for the
 * rules and helpers that look into a few functions (the collector's walk uses visitor keys).
 */
export function childNodes(n: Node): Node[] {
  const out: Node[] = [];
  for (const k in n) {
    if (NOT_CHILDREN.has(k)) continue;
    const v = (n as unknown as Record<string, unknown>)[k];
    if (Array.isArray(v)) {
      for (const x of v) if (isNode(x)) out.push(x);
    } else if (isNode(v)) out.push(v);
  }
  return out;
}

/** Whether `inner` lies within `n`'s source range. */
export function hasRange(n: Node, inner: Node): boolean {
  return startOf(inner) >= startOf(n) && endOf(inner) <= endOf(n);
}

export function isFunction(
  n: Node | null | undefined,
): n is
  TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression | TSESTree.FunctionDeclaration {
  return (
    n !== null &&
    n !== undefined &&
    (n.type === 'ArrowFunctionExpression' ||
      n.type === 'FunctionExpression' ||
      n.type === 'FunctionDeclaration')
  );
}

/** The members of a class declaration or expression; none for any other node. */
export function classMembers(n: Node): TSESTree.ClassElement[] {
  return n.type === 'ClassDeclaration' || n.type === 'ClassExpression' ? n.body.body : [];
}

/** What a getter's only statement returns (`get x () { return this.y }`), or null. */
export function getterReturn(m: TSESTree.ClassElement): Node | null {
  if (m.type !== 'MethodDefinition' || m.kind !== 'get') return null;
  const body = m.value.body;
  const only = body?.body.length === 1 ? body.body[0] : undefined;
  return only?.type === 'ReturnStatement' && only.argument != null ? (only.argument as Node) : null;
}

/** Strips TS-only wrappers (`x!`, `x as T`, `<T>x`, `x satisfies T`) and parentheses. */
export function unwrap(n: Node): Node {
  let cur = n;
  for (;;) {
    if (
      cur.type === 'TSNonNullExpression' ||
      cur.type === 'TSAsExpression' ||
      cur.type === 'TSTypeAssertion' ||
      cur.type === 'TSSatisfiesExpression'
    ) {
      cur = cur.expression;
    } else if (cur.type === 'ChainExpression') {
      cur = cur.expression;
    } else {
      return cur;
    }
  }
}

/** The module a `require('…')` call names, or null for any other expression. */
export function requiredModule(n: Node): string | null {
  const u = unwrap(n);
  if (u.type !== 'CallExpression' || u.arguments.length !== 1) return null;
  const callee = unwrap(u.callee as Node);
  const arg = unwrap(u.arguments[0] as Node);
  if (callee.type !== 'Identifier' || callee.name !== 'require') return null;
  return arg.type === 'Literal' && typeof arg.value === 'string' ? arg.value : null;
}

/** Name of a non-computed property, or of a computed string-literal / Symbol.x property. */
export function propertyName(
  m:
    | TSESTree.MemberExpression
    | TSESTree.MethodDefinition
    | TSESTree.PropertyDefinition
    | TSESTree.Property,
): string | null {
  const key = m.type === 'MemberExpression' ? m.property : m.key;
  if (!m.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'PrivateIdentifier') return '#' + key.name;
    if (key.type === 'Literal') return String(key.value);
    return null;
  }
  if (key.type === 'Literal' && typeof key.value === 'string') return key.value;
  if (
    key.type === 'MemberExpression' &&
    key.object.type === 'Identifier' &&
    key.object.name === 'Symbol'
  ) {
    const inner = propertyName(key);
    return inner === null ? null : `[Symbol.${inner}]`;
  }
  return null;
}

/**
 * The name a function is declared under, from the function and its parent node: its own id, the
 * variable, method, property or field it is the value of, or the member it is assigned to
 * (`exports.activate = function () {…}`); null when it has none.
 */
export function functionName(fn: Node, parent: Node | undefined): string | null {
  if ((fn.type === 'FunctionDeclaration' || fn.type === 'FunctionExpression') && fn.id)
    return fn.id.name;
  if (parent === undefined) return null;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier')
    return parent.id.name;
  if (
    parent.type === 'MethodDefinition' ||
    parent.type === 'PropertyDefinition' ||
    parent.type === 'Property'
  )
    return propertyName(parent);
  if (parent.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression')
    return propertyName(parent.left);
  return null;
}

export interface Callee {
  /** Receiver expression for `a.b(...)`, null for a plain `f(...)`. */
  readonly receiver: Node | null;
  readonly name: string;
}

export function calleeOf(call: CallExpression | TSESTree.NewExpression): Callee | null {
  const c = unwrap(call.callee);
  if (c.type === 'Identifier') return { receiver: null, name: c.name };
  if (c.type === 'MemberExpression') {
    const name = propertyName(c);
    return name === null ? null : { receiver: c.object, name };
  }
  return null;
}

/**
 * Normalised source text used as an identity key: whitespace, optional chaining and
 * non-null assertions removed, `self`/`_this`-style aliases of `this` mapped to `this`.
 */
export function keyText(src: string, n: Node, thisAliases: ReadonlySet<string>): string {
  const u = unwrap(n);
  if (u.type === 'Literal')
    return typeof u.value === 'string' ? JSON.stringify(u.value) : String(u.value);
  if (u.type === 'TemplateLiteral' && u.expressions.length === 0) {
    return JSON.stringify(u.quasis[0]?.value.cooked ?? '');
  }
  if (u.type === 'ThisExpression' || u.type === 'Super') return 'this';
  if (u.type === 'Identifier') return thisAliases.has(u.name) ? 'this' : u.name;
  let t = src.slice(startOf(u), endOf(u));
  if (/[\s?!]/.test(t))
    t = t
      .replace(/\s+/g, '')
      .replace(/\?\./g, '.')
      .replace(/!(?=[.[)\]])/g, '');
  if (thisAliases.size > 0) {
    const m = /^[\w$]+/.exec(t);
    if (m !== null && thisAliases.has(m[0])) t = 'this' + t.slice(m[0].length);
  }
  return t;
}

/** Objects that live as long as the page, as the key text of a receiver. */
export const PAGE_OBJECT_KEYS: ReadonlySet<string> = new Set([
  'window',
  'document',
  'document.body',
  'document.documentElement',
]);
/** Page-level objects a jQuery wrapper can stand for (candidate JQ), as their source text. */
const PAGE_OBJECTS = [...PAGE_OBJECT_KEYS, 'window.document'];
const PAGE_TEXT: ReadonlySet<string> = new Set(PAGE_OBJECTS);

/**
 * A jQuery wrapper of a page-level object (candidate JQ): `$(window)`, `$(document)`,
 * `$(document.body)`, `$(document.documentElement)`, `$('body')`, `$('html')`, or the same with
 * `jQuery(…)`. It stands for that object, which lives as long as the page: its listeners are
 * the page's, not those of a value made on the spot.
 */
export function isPageWrapper(n: Node): boolean {
  const u = unwrap(n);
  if (u.type !== 'CallExpression' || u.arguments.length !== 1) return false;
  const c = unwrap(u.callee);
  if (c.type !== 'Identifier' || (c.name !== '$' && c.name !== 'jQuery')) return false;
  const a = unwrap(u.arguments[0] as Node);
  if (a.type === 'Literal') return a.value === 'body' || a.value === 'html';
  if (a.type === 'Identifier') return PAGE_TEXT.has(a.name);
  if (a.type !== 'MemberExpression' || a.computed) return false;
  const o = unwrap(a.object);
  const p = propertyName(a);
  return o.type === 'Identifier' && p !== null && PAGE_TEXT.has(`${o.name}.${p}`);
}

/** The identity key (keyText) of what isPageWrapper accepts: `$(window)`, `jQuery('body')`. */
export const PAGE_WRAPPER_KEY = new RegExp(
  `^(?:\\$|jQuery)\\((?:${PAGE_OBJECTS.map(escapeRegExp).join('|')}|['"](?:body|html)['"])\\)$`,
);

/** Leftmost node of a member chain: `a` in `a.b.c`, `this` in `this.x`. */
export function rootOf(n: Node): Node {
  let cur = unwrap(n);
  while (cur.type === 'MemberExpression') cur = unwrap(cur.object);
  return cur;
}

/** A function expression or `.bind(...)` call: a value whose identity is new on every evaluation. */
export function isFreshFunction(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'ArrowFunctionExpression' || u.type === 'FunctionExpression') return true;
  if (u.type === 'CallExpression') {
    const c = calleeOf(u);
    return c !== null && c.receiver !== null && c.name === 'bind';
  }
  return false;
}

/** The capture flag of an addEventListener/removeEventListener options argument, if known. */
export function captureOf(arg: Node | undefined): boolean | undefined {
  if (arg === undefined) return false;
  const u = unwrap(arg);
  if (u.type === 'Literal' && typeof u.value === 'boolean') return u.value;
  if (u.type === 'ObjectExpression') {
    for (const p of u.properties) {
      if (p.type === 'Property' && propertyName(p) === 'capture') {
        const v = unwrap(p.value);
        if (v.type === 'Literal' && typeof v.value === 'boolean') return v.value;
        return undefined;
      }
      if (p.type === 'SpreadElement') return undefined;
    }
    return false;
  }
  return undefined;
}

/** The `signal` property of an options object literal, if any. */
export function signalOf(arg: Node | undefined): Node | null {
  if (arg === undefined) return null;
  const u = unwrap(arg);
  if (u.type !== 'ObjectExpression') return null;
  for (const p of u.properties) {
    if (p.type === 'Property' && propertyName(p) === 'signal') return p.value as Node;
  }
  return null;
}

/** A number literal, or arithmetic that can only give a number (`n * 1000`, `-1`, `a / b`). */
function isNumeric(n: Node): boolean {
  if (n.type === 'Literal') return typeof n.value === 'number';
  if (n.type === 'UnaryExpression') return n.operator === '-' && isNumeric(unwrap(n.argument));
  return n.type === 'BinaryExpression' && /^(?:\*|\/|%|-|\*\*)$/.test(n.operator);
}

export function isTimerCall(call: CallExpression): 'interval' | 'timeout' | null {
  const c = calleeOf(call);
  if (c === null || (c.name !== 'setInterval' && c.name !== 'setTimeout')) return null;
  if (c.receiver !== null) {
    const r = unwrap(c.receiver);
    if (r.type !== 'Identifier' || !/^(?:window|globalThis|global|self|timers)$/.test(r.name))
      return null;
  }
  // A number where the callback goes is another API of that name (`self.setInterval(ms)` with
  // `self = this`: a tracker's own setter of its announce interval), not the timer.
  const first = call.arguments[0];
  if (first !== undefined && isNumeric(unwrap(first))) return null;
  if (c.name === 'setInterval') return 'interval';
  if (c.name === 'setTimeout') return 'timeout';
  return null;
}

/** Converts an offset to a 1-based line and column using a precomputed line-start table. */
export function lineStarts(src: string): number[] {
  const starts = [0];
  for (let i = src.indexOf('\n'); i !== -1; i = src.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

export function position(
  starts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 };
}
