// The walk: one depth-first pass over the AST in source order. It keeps the ancestor stack,
// opens and closes frames (functions, loops) and classes, records declarations, and hands each
// call to calls.ts.
// Invariant: the walk never mutates the AST and never reads `parent`, so it works on ASTs from
// typescript-estree (no parents) and from ESLint (parents set) alike.
import type { TSESTree } from '@typescript-eslint/types';
import type { MethodInfo, RepeatKind, UiFunctionKind } from '../facts.js';
import {
  calleeOf,
  CONTAINER_CLASSES,
  endOf,
  getterReturn,
  functionName,
  isFunction,
  keyText,
  propertyName,
  unwrap,
  type ContainerKind,
  type Node,
} from '../syntax.js';
import { onCall, recordCallAlias } from './calls.js';
import {
  isCreation,
  LONG_LIVED_PROP,
  newFrame,
  newOwner,
  type Collector,
  type DeclKind,
  type Frame,
} from './collector.js';

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

const SKIP_KEYS = new Set([
  'parent',
  'range',
  'loc',
  'type',
  'typeAnnotation',
  'returnType',
  'typeParameters',
  'typeArguments',
  // ESLint's Program carries tokens and comments; they have a `type` but hold no code.
  'tokens',
  'comments',
]);

/** Declarations that hold types only: nothing in them runs. */
const TYPE_ONLY = new Set([
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
  'TSDeclareFunction',
  'TSTypeLiteral',
  'TSIndexSignature',
  'TSAbstractMethodDefinition',
]);

const EVENT_HANDLER_NAME = /^(?:on|handle)[A-Z]/;
const COMPONENT_NAME = /^[A-Z]/;
const HOOK_NAME = /^use[A-Z0-9]/;
/** Calls whose object argument is a Vue component definition (its `setup()` runs per instance). */
const VUE_DEFINE = /^(?:defineComponent|defineCustomElement|createApp)$/;

// What the walk does on entering a node of each type, decided once per type (a small integer
// switch instead of a Set lookup and a chain of string comparisons per node).
const Enter = {
  None: 0,
  Skip: 1,
  Function: 2,
  Loop: 3,
  Class: 4,
  Declarator: 5,
  Catch: 6,
  Return: 7,
  Assignment: 8,
  Call: 9,
  New: 10,
} as const;
type Enter = (typeof Enter)[keyof typeof Enter];

const ENTER_BY_TYPE: Readonly<Record<string, Enter>> = {
  FunctionDeclaration: Enter.Function,
  FunctionExpression: Enter.Function,
  ArrowFunctionExpression: Enter.Function,
  ForStatement: Enter.Loop,
  ForInStatement: Enter.Loop,
  ForOfStatement: Enter.Loop,
  WhileStatement: Enter.Loop,
  DoWhileStatement: Enter.Loop,
  ClassDeclaration: Enter.Class,
  ClassExpression: Enter.Class,
  VariableDeclarator: Enter.Declarator,
  CatchClause: Enter.Catch,
  ReturnStatement: Enter.Return,
  AssignmentExpression: Enter.Assignment,
  CallExpression: Enter.Call,
  NewExpression: Enter.New,
};

/** How the walk treats one node type: what to do on entry, and which children to visit. */
interface TypeInfo {
  readonly enter: Enter;
  /** Child properties in evaluation order, without SKIP_KEYS; null: look at every property. */
  readonly keys: readonly string[] | null;
}

/** TypeInfo per node type, filled on first sight of each type; one per visitor keys table. */
export class NodeTypes {
  readonly #byType = new Map<string, TypeInfo>();
  readonly #keys: VisitorKeys | undefined;
  constructor(keys: VisitorKeys | undefined) {
    this.#keys = keys;
  }

  of(type: string): TypeInfo {
    let info = this.#byType.get(type);
    if (info === undefined) {
      const listed =
        this.#keys !== undefined && Object.hasOwn(this.#keys, type) ? this.#keys[type] : undefined;
      info = {
        enter: TYPE_ONLY.has(type)
          ? Enter.Skip
          : Object.hasOwn(ENTER_BY_TYPE, type)
            ? ENTER_BY_TYPE[type]!
            : Enter.None,
        keys: listed === undefined ? null : listed.filter((k) => !SKIP_KEYS.has(k)),
      };
      this.#byType.set(type, info);
    }
    return info;
  }
}

const typesCache = new WeakMap<VisitorKeys, NodeTypes>();
const typesWithoutKeys = new NodeTypes(undefined);

/** The NodeTypes for a parser's visitor keys (there are few tables: cached). */
export function nodeTypesFor(keys: VisitorKeys | undefined): NodeTypes {
  if (keys === undefined) return typesWithoutKeys;
  let t = typesCache.get(keys);
  if (t === undefined) {
    t = new NodeTypes(keys);
    typesCache.set(keys, t);
  }
  return t;
}

function enterFunction(c: Collector, fn: TSESTree.FunctionLike & Node): void {
  const parent = c.ancestors[c.ancestors.length - 1];
  const name = functionName(fn, parent);
  const role = c.fnRole.get(fn);
  const cls = c.currentClass();
  let method: MethodInfo | null = null;
  if (
    cls !== null &&
    parent !== undefined &&
    (parent.type === 'MethodDefinition' || parent.type === 'PropertyDefinition') &&
    parent.value === fn
  ) {
    method = {
      owner: cls,
      name: name ?? '?',
      isCtor: parent.type === 'MethodDefinition' && parent.kind === 'constructor',
      isStatic: parent.static,
      body:
        fn.body !== null && fn.body !== undefined && fn.body.type === 'BlockStatement'
          ? fn.body
          : null,
    };
  }
  // Named functions outside classes (`Client.prototype.stopClient = function`), so the rules
  // can find a function's paired teardown (`startClient` / `stopClient`) there too.
  if (cls === null && name !== null && !c.module.methods.has(name)) c.module.methods.set(name, fn);
  let repeat: RepeatKind | null = null;
  if (role !== undefined && role !== 'callback' && role !== 'timer') repeat = role;
  // `onMessage() {...}` in a class or as a named function runs per event. Methods of object
  // literals are left out: such a literal is usually a per-request handler object whose
  // on* hooks each run once.
  else if (
    role === undefined &&
    name !== null &&
    EVENT_HANDLER_NAME.test(name) &&
    (method !== null || fn.type === 'FunctionDeclaration')
  )
    repeat = 'event';
  else if (method !== null && name === 'render') repeat = 'render';
  else if (
    c.jsx &&
    role === undefined &&
    name !== null &&
    COMPONENT_NAME.test(name) &&
    method === null
  )
    repeat = 'render';
  if (method === null && role === undefined && name !== null) {
    const ui = uiKind(c, name, parent);
    if (ui !== null) c.uiFns.set(fn, { kind: ui, name });
  }
  const frame = newFrame(
    fn,
    'function',
    repeat,
    name,
    method,
    role === 'timer' || role === 'tick',
    method !== null && method.isCtor ? c.paramPropsOf(fn) : null,
  );
  const paramKind: DeclKind = role !== undefined ? 'callbackParam' : 'param';
  for (const p of fn.params) c.declarePattern(p as Node, paramKind, frame);
  if (fn.type === 'FunctionDeclaration' && fn.id) c.currentFrame().names.set(fn.id.name, 'other');
  c.frames.push(frame);
  if (fn.type === 'ArrowFunctionExpression' && fn.expression && isFunction(fn.body))
    c.facts.returnedFns.set(fn.body, fn);
}

/**
 * A React/Preact component (`PascalCase`) or hook (`useX`) declared as a function, or the
 * `setup()` of a Vue component definition (`defineComponent({ setup() {} })`,
 * `export default { setup() {} }`). Whether a PascalCase function is a component is decided by
 * the rule (JSX file, or it calls hooks); here only the names are looked at.
 */
function uiKind(c: Collector, name: string, parent: Node | undefined): UiFunctionKind | null {
  if (name === 'setup') {
    if (parent?.type !== 'Property') return null;
    const obj = c.ancestors[c.ancestors.length - 2];
    const holder = c.ancestors[c.ancestors.length - 3];
    if (obj?.type !== 'ObjectExpression' || holder === undefined) return null;
    if (holder.type === 'ExportDefaultDeclaration') return 'setup';
    if (holder.type === 'CallExpression') {
      const callee = calleeOf(holder);
      return callee !== null && VUE_DEFINE.test(callee.name) ? 'setup' : null;
    }
    return null;
  }
  if (HOOK_NAME.test(name)) return 'hook';
  if (COMPONENT_NAME.test(name)) return 'component';
  return null;
}

function containerKind(value: Node): ContainerKind | null {
  const u = unwrap(value);
  if (u.type !== 'NewExpression') return null;
  const callee = calleeOf(u);
  return callee === null ? null : (CONTAINER_CLASSES[callee.name] ?? null);
}

function enterClass(
  c: Collector,
  node: TSESTree.ClassDeclaration | TSESTree.ClassExpression,
): void {
  const o = newOwner(node, 'class');
  const sup =
    node.superClass === null || node.superClass === undefined ? null : unwrap(node.superClass);
  o.superClass =
    sup === null
      ? null
      : sup.type === 'Identifier'
        ? sup.name
        : sup.type === 'MemberExpression'
          ? propertyName(sup)
          : null;
  if (node.type === 'ClassDeclaration' && node.id)
    c.currentFrame().names.set(node.id.name, 'other');
  // Pre-pass over members: created fields and containers must be known before method bodies
  // are walked, whatever the member order.
  for (const m of node.body.body) {
    if (m.type === 'PropertyDefinition' && !m.static) {
      const n = propertyName(m);
      if (n === null || m.value === null) continue;
      if (isCreation(m.value)) o.createdFields.add('this.' + n);
      const kind = containerKind(m.value);
      if (kind !== null) o.containers.push({ field: 'this.' + n, kind, readyAt: -1 });
      if (isFunction(m.value)) o.methods.set(n, m.value);
    } else if (m.type === 'MethodDefinition') {
      const n = propertyName(m);
      if (n !== null) o.methods.set(n, m.value);
    }
  }
  // A getter or field that exposes a subject the class makes (`get focused$ () { return
  // this.focused }`, `focused$ = this.focused.asObservable()`) is the class's own too (candidate
  // OG; Eugeny/tabby, clean corpus, held-out set).
  for (const m of node.body.body) {
    if ((m.type !== 'PropertyDefinition' && m.type !== 'MethodDefinition') || m.static) continue;
    const n = propertyName(m);
    if (n === null || o.createdFields.has('this.' + n)) continue;
    const exposed =
      m.type === 'PropertyDefinition' ? ((m.value as Node | null) ?? null) : getterReturn(m);
    const field = exposed === null ? null : exposedField(exposed);
    if (field !== null && o.createdFields.has(field)) o.createdFields.add('this.' + n);
  }
  c.classes.push(o);
}

const EXPOSES = /^(?:asObservable|pipe)$/;

/** `this.x`, `this.x.asObservable()` or `this.x.pipe(…)`: the key `this.x`; else null. */
function exposedField(v: Node): string | null {
  let u = unwrap(v);
  if (
    u.type === 'CallExpression' &&
    u.callee.type === 'MemberExpression' &&
    EXPOSES.test(propertyName(u.callee) ?? '')
  )
    u = unwrap(u.callee.object as Node);
  if (u.type !== 'MemberExpression' || unwrap(u.object as Node).type !== 'ThisExpression')
    return null;
  const n = propertyName(u);
  return n === null ? null : 'this.' + n;
}

function onAssignment(c: Collector, a: TSESTree.AssignmentExpression): void {
  // `let conn = this.a; … conn = this.b`: the local names what it was given last.
  if (a.left.type === 'Identifier' && c.aliasNames.has(a.left.name)) {
    const right = unwrap(a.right);
    c.reassignAlias(a.left.name, a.operator === '=' ? aliasTarget(c, right) : null);
    return;
  }
  if (a.left.type !== 'MemberExpression') return;
  // Candidate FA: `a.b = …` ends what `this.f = a.b` made `a.b` stand for.
  let base: Node = a.left;
  while (base.type === 'MemberExpression') base = unwrap(base.object);
  if (base.type === 'Identifier' && c.aliasNames.has(base.name))
    c.reassignPath(base.name, keyText(c.src, a.left, c.thisAliases));
  const first = c.firstMember(a.left);
  // `const client = this; … client.handler = new Handler(client)` stores a field as `this.` does.
  const obj = unwrap(a.left.object);
  if (
    first === null ||
    !(obj.type === 'ThisExpression' || (obj.type === 'Identifier' && c.thisAliases.has(obj.name)))
  )
    return;
  // `constructor(ws) { this.ws = ws; ws.on(...) }`, `attach(ws) { this.ws = ws; … }`,
  // `Cursor.prototype.submit = function (connection) { this.connection = connection; … }`:
  // in the function that stores its parameter, the parameter is the field.
  const right = unwrap(a.right);
  const method = c.methodOf();
  // Candidate FA: `this.f = a.b` as a statement of a function: the function's later `a.b` is
  // `this.f` (`this.jobStream = jobStream.stream; jobStream.stream.on(…)`).
  if (
    right.type === 'MemberExpression' &&
    a.operator === '=' &&
    !a.left.computed &&
    first === c.key(a.left) &&
    c.fnFrameIndex() !== -1 &&
    c.ancestors[c.ancestors.length - 1]?.type === 'ExpressionStatement'
  ) {
    let root: Node = right;
    while (root.type === 'MemberExpression' && !root.computed) root = unwrap(root.object);
    if (root.type === 'Identifier') {
      const path = c.key(right);
      if (path.startsWith(root.name + '.')) c.addPathAlias(root.name, path, first);
    }
  }
  if (right.type === 'Identifier') {
    const fi = c.fnFrameIndex();
    const frame = fi === -1 ? null : c.frames[fi]!;
    if (frame !== null && frame.names.get(right.name) === 'param')
      c.addAlias(frame, right.name, first);
  }
  const cls = c.currentClass();
  // Outside classes `this` is an object literal or a constructor function's instance: its
  // created fields are pooled at module level (a heuristic; names rarely collide).
  if (isCreation(a.right)) (cls ?? c.module).createdFields.add(first);
  let made = right;
  if (made.type === 'AwaitExpression') made = unwrap(made.argument);
  if (made.type === 'CallExpression' || made.type === 'NewExpression')
    (cls ?? c.module).obtainedFields.add(first);
  if (cls === null) return;
  const kind = containerKind(a.right);
  if (kind !== null && method !== null && method.isCtor)
    cls.containers.push({ field: first, kind, readyAt: endOf(a) });
}

function onDeclarator(c: Collector, node: TSESTree.VariableDeclarator): void {
  const frame = c.currentFrame();
  if (node.id.type === 'Identifier') {
    const init = node.init === null ? null : unwrap(node.init);
    if (init !== null && init.type === 'ThisExpression') c.thisAliases.add(node.id.name);
    // `const con = connection`, `const server = this.server`: another name for the same
    // object (read before the name is declared, so `const x = x.y` keeps the outer `x`).
    const alias = init !== null && constDeclarator(c) ? aliasTarget(c, init) : null;
    frame.names.set(
      node.id.name,
      isCreation(node.init) || partOfCreation(init) ? 'created' : 'other',
    );
    if (alias !== null) c.addAlias(frame, node.id.name, alias);
    if (init !== null && (init.type === 'CallExpression' || init.type === 'MemberExpression'))
      recordCallAlias(c, node.id.name, init);
  } else {
    c.declarePattern(node.id, 'other', frame);
    if (node.id.type === 'ObjectPattern' && node.init !== null)
      c.declareAliases(node.id, node.init, frame);
    // `const { a } = makePair()`, `const [a, b] = makePair()`: parts of what the function made,
    // as `p.a` of `const p = makePair()` is (receiverLifeAt), long-lived property names aside.
    if (isCreation(node.init)) declareCreatedParts(node.id, frame);
  }
}

/** `make().a`: a part of a value made right here, not one of its long-lived properties. */
function partOfCreation(init: Node | null): boolean {
  if (init === null || init.type !== 'MemberExpression' || init.computed) return false;
  const name = propertyName(init);
  return name !== null && !LONG_LIVED_PROP.test(name) && isCreation(init.object);
}

function declareCreatedParts(p: Node, frame: Frame): void {
  if (p.type === 'ArrayPattern') {
    for (const e of p.elements)
      if (e !== null && e.type === 'Identifier') frame.names.set(e.name, 'created');
    return;
  }
  if (p.type !== 'ObjectPattern') return;
  for (const prop of p.properties) {
    if (prop.type !== 'Property' || prop.computed) continue;
    const key = prop.key.type === 'Identifier' ? prop.key.name : null;
    const value = prop.value.type === 'AssignmentPattern' ? prop.value.left : prop.value;
    if (key !== null && value.type === 'Identifier' && !LONG_LIVED_PROP.test(key))
      frame.names.set(value.name, 'created');
  }
}

/** The declarator being walked belongs to a `const` declaration. */
function constDeclarator(c: Collector): boolean {
  const parent = c.ancestors[c.ancestors.length - 1];
  return parent !== undefined && parent.type === 'VariableDeclaration';
}

/** The key `init` names when it is a plain name or member path (no call, no computed part). */
function aliasTarget(c: Collector, init: Node): string | null {
  // `const wire = this.wire = new Wire()`: the name and the field hold one object.
  if (init.type === 'AssignmentExpression')
    return init.operator === '=' ? aliasTarget(c, unwrap(init.left)) : null;
  // (`const self = this` is a `this` alias, onDeclarator's.)
  if (init.type !== 'Identifier' && init.type !== 'MemberExpression') return null;
  let cur: Node = init;
  while (cur.type === 'MemberExpression') {
    if (cur.computed) return null;
    cur = unwrap(cur.object);
  }
  return cur.type === 'Identifier' || cur.type === 'ThisExpression' ? c.key(init) : null;
}

function onReturn(c: Collector, node: TSESTree.ReturnStatement): void {
  if (!node.argument) return;
  const arg = unwrap(node.argument);
  if (isFunction(arg)) {
    const fi = c.fnFrameIndex();
    if (fi !== -1) c.facts.returnedFns.set(arg, c.frames[fi]!.node);
  } else if (arg.type === 'Identifier' || arg.type === 'MemberExpression') {
    c.handOff(c.key(arg));
  }
}

/** Walks `node` and everything below it, in source order. */
export function walk(c: Collector, node: Node, types: NodeTypes): void {
  const info = types.of(node.type);
  const enter = info.enter;
  switch (enter) {
    case Enter.None:
      break;
    case Enter.Skip:
      return;
    case Enter.Function:
      enterFunction(c, node as TSESTree.FunctionLike & Node);
      break;
    case Enter.Loop:
      c.frames.push(newFrame(node, 'loop', 'iteration', null, null, false, null));
      break;
    case Enter.Class:
      enterClass(c, node as TSESTree.ClassDeclaration | TSESTree.ClassExpression);
      break;
    case Enter.Declarator:
      onDeclarator(c, node as TSESTree.VariableDeclarator);
      break;
    case Enter.Catch: {
      const param = (node as TSESTree.CatchClause).param;
      if (param) c.declarePattern(param, 'other', c.currentFrame());
      break;
    }
    case Enter.Return:
      onReturn(c, node as TSESTree.ReturnStatement);
      break;
    case Enter.Assignment:
      onAssignment(c, node as TSESTree.AssignmentExpression);
      break;
    case Enter.Call:
      onCall(c, node as TSESTree.CallExpression, c.ancestors.length - 1);
      break;
    case Enter.New:
      // `new Connection(target, type, listener)`: what is handed over may be released there.
      for (const a of (node as TSESTree.NewExpression).arguments) {
        const u = unwrap(a);
        if (u.type === 'Identifier' || u.type === 'MemberExpression') c.handOff(c.key(u));
      }
      break;
    default:
      break;
  }
  c.ancestors.push(node);
  const rec = node as unknown as Record<string, unknown>;
  const ks = info.keys;
  if (ks !== null) {
    for (let i = 0; i < ks.length; i++) {
      const v = rec[ks[i]!];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (let j = 0; j < v.length; j++) {
          const child: unknown = v[j];
          if (child !== null && typeof child === 'object') walk(c, child as Node, types);
        }
      } else walk(c, v as Node, types);
    }
  } else
    for (const k in rec) {
      if (SKIP_KEYS.has(k)) continue;
      const v = rec[k];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const child of v) {
          if (
            child !== null &&
            typeof child === 'object' &&
            typeof (child as { type?: unknown }).type === 'string'
          )
            walk(c, child as Node, types);
        }
      } else if (typeof (v as { type?: unknown }).type === 'string') {
        walk(c, v as Node, types);
      }
    }
  c.ancestors.pop();
  if (enter === Enter.Function || enter === Enter.Loop) c.frames.pop();
  else if (enter === Enter.Class) c.classes.pop();
}
