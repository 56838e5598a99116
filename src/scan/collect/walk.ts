// The walk: one depth-first pass over the AST in source order. It keeps the ancestor stack,
// opens and closes frames (functions, loops) and classes, records declarations, and hands each
// call to calls.ts.
// Invariant: the walk never mutates the AST and never reads `parent`, so it works on ASTs from
// typescript-estree (no parents) and from ESLint (parents set) alike.
import type { TSESTree } from '@typescript-eslint/types';
import type { MethodInfo, RepeatKind } from '../facts.js';
import {
  calleeOf,
  CONTAINER_CLASSES,
  endOf,
  isFunction,
  propertyName,
  unwrap,
  type ContainerKind,
  type Node,
} from '../syntax.js';
import { onCall, recordCallAlias } from './calls.js';
import { isCreation, newFrame, newOwner, type Collector, type DeclKind } from './collector.js';

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

/** Child keys per node type, without SKIP_KEYS; cached per keys table (there are few). */
const childKeyCache = new WeakMap<VisitorKeys, Map<string, readonly string[] | null>>();

/** Child keys of each node type (null: walk every property), from the parser's visitor keys. */
export function childKeysOf(
  keys: VisitorKeys | undefined,
): (type: string) => readonly string[] | null {
  if (keys === undefined) return () => null;
  let cache = childKeyCache.get(keys);
  if (cache === undefined) {
    cache = new Map();
    childKeyCache.set(keys, cache);
  }
  const c = cache;
  return (type) => {
    let ks = c.get(type);
    if (ks === undefined) {
      const listed = Object.hasOwn(keys, type) ? keys[type] : undefined;
      ks = listed === undefined ? null : listed.filter((k) => !SKIP_KEYS.has(k));
      c.set(type, ks);
    }
    return ks;
  };
}

function functionName(fn: Node, parent: Node | undefined): string | null {
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
  c.classes.push(o);
}

function onAssignment(c: Collector, a: TSESTree.AssignmentExpression): void {
  if (a.left.type !== 'MemberExpression') return;
  const first = c.firstMember(a.left);
  if (first === null || unwrap(a.left.object).type !== 'ThisExpression') return;
  // `constructor(ws) { this.ws = ws; ws.on(...) }`: inside the constructor `ws` is `this.ws`.
  const right = unwrap(a.right);
  const method = c.methodOf();
  if (right.type === 'Identifier' && method !== null && method.isCtor) {
    const fi = c.fnFrameIndex();
    const frame = fi === -1 ? null : c.frames[fi]!;
    if (frame !== null && frame.method === method && frame.names.get(right.name) === 'param')
      c.addAlias(frame, right.name, first);
  }
  const cls = c.currentClass();
  // Outside classes `this` is an object literal or a constructor function's instance: its
  // created fields are pooled at module level (a heuristic; names rarely collide).
  if (isCreation(a.right)) (cls ?? c.module).createdFields.add(first);
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
    frame.names.set(node.id.name, isCreation(node.init) ? 'created' : 'other');
    if (init !== null && (init.type === 'CallExpression' || init.type === 'MemberExpression'))
      recordCallAlias(c, node.id.name, init);
  } else {
    c.declarePattern(node.id, 'other', frame);
    if (node.id.type === 'ObjectPattern' && node.init !== null)
      c.declareAliases(node.id, node.init, frame);
  }
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

/** Walks `node` and everything below it; `childKeys` gives the child properties per type. */
export function walk(
  c: Collector,
  node: Node,
  childKeys: (type: string) => readonly string[] | null,
): void {
  if (TYPE_ONLY.has(node.type)) return;
  let pushedFrame = false;
  let pushedClass = false;
  switch (node.type) {
    case 'FunctionDeclaration':
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      enterFunction(c, node);
      pushedFrame = true;
      break;
    case 'ForStatement':
    case 'ForInStatement':
    case 'ForOfStatement':
    case 'WhileStatement':
    case 'DoWhileStatement':
      c.frames.push(newFrame(node, 'loop', 'iteration', null, null, false, null));
      pushedFrame = true;
      break;
    case 'ClassDeclaration':
    case 'ClassExpression':
      enterClass(c, node);
      pushedClass = true;
      break;
    case 'VariableDeclarator':
      onDeclarator(c, node);
      break;
    case 'CatchClause':
      if (node.param) c.declarePattern(node.param, 'other', c.currentFrame());
      break;
    case 'ReturnStatement':
      onReturn(c, node);
      break;
    case 'AssignmentExpression':
      onAssignment(c, node);
      break;
    case 'CallExpression':
      onCall(c, node, c.ancestors.length - 1);
      break;
    case 'NewExpression':
      // `new Connection(target, type, listener)`: what is handed over may be released there.
      for (const a of node.arguments) {
        const u = unwrap(a);
        if (u.type === 'Identifier' || u.type === 'MemberExpression') c.handOff(c.key(u));
      }
      break;
    default:
      break;
  }
  c.ancestors.push(node);
  const rec = node as unknown as Record<string, unknown>;
  const ks = childKeys(node.type);
  if (ks !== null) {
    for (let i = 0; i < ks.length; i++) {
      const v = rec[ks[i]!];
      if (v === null || typeof v !== 'object') continue;
      if (Array.isArray(v)) {
        for (const child of v)
          if (child !== null && typeof child === 'object') walk(c, child as Node, childKeys);
      } else walk(c, v as Node, childKeys);
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
            walk(c, child as Node, childKeys);
        }
      } else if (typeof (v as { type?: unknown }).type === 'string') {
        walk(c, v as Node, childKeys);
      }
    }
  c.ancestors.pop();
  if (pushedFrame) c.frames.pop();
  if (pushedClass) c.classes.pop();
}
