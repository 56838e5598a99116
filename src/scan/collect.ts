// Why this file is long: one closure whose nested helpers share the walk's state; splitting it
// into a collector class with its parts in their own files is the first step of issue #16.
// One walk over a file that records registrations, removals, timers and bare calls, together
// with the context the rules need (owner, receiver lifetime, code that runs many times).
// Invariant: the walk never mutates the AST and never reads `parent`, so it works on ASTs from
// typescript-estree (no parents) and from ESLint (parents set) alike.
import type { TSESTree } from '@typescript-eslint/types';
import type { BareCall, Facts, MethodInfo, Owner, RepeatKind, Use } from './facts.js';
import {
  calleeOf,
  endOf,
  startOf,
  captureOf,
  CONTAINER_CLASSES,
  CONTAINER_NAME,
  EMITTER_ADD,
  EMITTER_REMOVE,
  isFreshFunction,
  isFunction,
  isTimerCall,
  keyText,
  propertyName,
  rootOf,
  unwrap,
  type CallExpression,
  type Callee,
  type ContainerKind,
  type Node,
} from './syntax.js';

type DeclKind = 'param' | 'callbackParam' | 'created' | 'other';

interface Frame {
  readonly node: Node;
  readonly kind: 'module' | 'function' | 'loop';
  readonly names: Map<string, DeclKind>;
  readonly repeat: RepeatKind | null;
  readonly name: string | null;
  readonly method: MethodInfo | null;
  readonly timerCallback: boolean;
  /** Constructor parameter properties (`constructor(private server)`): `server` is `this.server`. */
  readonly paramProps: ReadonlySet<string> | null;
  /** `const { signal } = options` makes `signal` another name for `options.signal`. */
  readonly aliases?: Map<string, string>;
}

/** Calls whose function argument runs once per HTTP request. */
const ROUTE_METHODS = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'del',
  'all',
  'use',
  'head',
  'options',
  'route',
  'ws',
]);
const ITERATION_METHODS = new Set([
  'forEach',
  'map',
  'flatMap',
  'filter',
  'reduce',
  'some',
  'every',
  'find',
  'findIndex',
]);
/** Factories whose result is a new object owned by the caller. */
const FACTORY =
  /^(?:(?:create|make|build|start|spawn|open|new)[A-Z]\w*|request|connect|spawn|fork|exec|execFile|open|get|fetch|duplicate|clone)$/;
/** A bare identifier passed to `.connect()` that reads like a handler, not an address. */
const HANDLER_NAME = /(?:^on[A-Z]|^handle|[Hh]andler$|[Ll]istener$|[Cc]allback$|^cb$|^fn$)/;
function looksLikeHandler(n: Node): boolean {
  const a = unwrap(n);
  return (
    isFunction(a) ||
    isFreshFunction(a) ||
    (a.type === 'Identifier' && HANDLER_NAME.test(a.name)) ||
    (a.type === 'MemberExpression' && HANDLER_NAME.test(propertyName(a) ?? ''))
  );
}
/** Properties of a short-lived object that point at something longer-lived. */
const LONG_LIVED_PROP = /^(?:socket|connection|agent|server|signal|parent|pool|client|app)$/;
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

export interface CollectOptions {
  /** Treat PascalCase functions as React components whose body runs per render. */
  readonly jsx?: boolean;
  /**
   * The parser's visitor keys (child properties of each node type, in evaluation order), as
   * ESLint's `sourceCode.visitorKeys`, oxc-parser's and typescript-eslint's `visitorKeys`.
   * With them the walk visits children in source order whatever order the parser created the
   * properties in, and skips a node's scalar properties without looking at them. Node types
   * they do not list (and every type, without them) are walked through all their properties.
   */
  readonly visitorKeys?: VisitorKeys;
}

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

/** Child keys per node type, without SKIP_KEYS; cached per keys table (there are few). */
const childKeyCache = new WeakMap<VisitorKeys, Map<string, readonly string[] | null>>();

function childKeysOf(keys: VisitorKeys | undefined): (type: string) => readonly string[] | null {
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

function newOwner(node: Node, kind: 'class' | 'module'): Owner {
  return {
    node,
    kind,
    calls: new Map(),
    handedOff: new Set(),
    createdFields: new Set(),
    methods: new Map(),
    containers: [],
    superClass: null,
  };
}

export function collect(
  program: TSESTree.Program,
  src: string,
  options: CollectOptions = {},
): Facts {
  const thisAliases = new Set<string>();
  const module = newOwner(program, 'module');
  const facts: Facts = {
    src,
    module,
    registrations: [],
    removals: [],
    timers: [],
    bareCalls: [],
    returnedFns: new Map(),
    thisAliases,
  };
  const ancestors: Node[] = [];
  const frames: Frame[] = [
    {
      node: program,
      kind: 'module',
      names: new Map(),
      repeat: null,
      name: null,
      method: null,
      timerCallback: false,
      paramProps: null,
    },
  ];
  const classes: Owner[] = [];
  const childKeys = childKeysOf(options.visitorKeys);
  /** Role of function nodes passed as arguments, decided when the call is entered. */
  const fnRole = new Map<Node, RepeatKind | 'callback' | 'timer'>();
  const key = (n: Node): string => {
    const k = keyText(src, n, thisAliases);
    if (aliasCount > 0) {
      const m = /^[\w$]+/.exec(k);
      if (m !== null) {
        for (let i = frames.length - 1; i >= 0; i--) {
          const f = frames[i]!;
          if (!f.names.has(m[0])) continue;
          const target = f.aliases?.get(m[0]);
          if (target !== undefined) return target + k.slice(m[0].length);
          break;
        }
      }
    }
    if (ctorProps === 0) return k;
    // Inside a constructor, `server` and `this.server` are the same parameter property.
    const m = /^[\w$]+/.exec(k);
    if (m === null) return k;
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.names.has(m[0]) && f.paramProps === null) return k;
      if (f.paramProps !== null) return f.paramProps.has(m[0]) ? 'this.' + k : k;
    }
    return k;
  };
  let ctorProps = 0;
  let aliasCount = 0;
  function declareAliases(pattern: TSESTree.ObjectPattern, init: Node, frame: Frame): void {
    const u = unwrap(init);
    if (u.type !== 'Identifier' && u.type !== 'MemberExpression' && u.type !== 'ThisExpression')
      return;
    const base = key(u);
    for (const p of pattern.properties) {
      if (p.type !== 'Property' || p.computed) continue;
      const prop = propertyName(p);
      const v = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
      if (prop === null || v.type !== 'Identifier') continue;
      let map = frame.aliases;
      if (map === undefined) {
        map = new Map();
        (frame as { aliases?: Map<string, string> }).aliases = map;
      }
      map.set(v.name, `${base}.${prop}`);
      aliasCount++;
    }
  }
  function paramPropsOf(fn: TSESTree.FunctionLike): Set<string> | null {
    const out = new Set<string>();
    for (const p of fn.params) {
      if (p.type === 'TSParameterProperty') {
        const inner = p.parameter.type === 'AssignmentPattern' ? p.parameter.left : p.parameter;
        if (inner.type === 'Identifier') out.add(inner.name);
      }
    }
    if (out.size === 0) return null;
    ctorProps++;
    return out;
  }

  const currentClass = (): Owner | null => classes[classes.length - 1] ?? null;
  const currentFrame = (): Frame => frames[frames.length - 1]!;
  const fnFrameIndex = (): number => {
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.kind === 'function') return i;
    return -1;
  };
  const repeatFrame = (): { kind: RepeatKind; node: Node; index: number } | null => {
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.repeat !== null) return { kind: f.repeat, node: f.node, index: i };
    }
    return null;
  };
  const methodOf = (): MethodInfo | null => {
    for (let i = frames.length - 1; i >= 0; i--) {
      const m = frames[i]!.method;
      if (m !== null) return m;
    }
    return null;
  };

  function resolve(name: string): { kind: DeclKind; index: number } | null {
    for (let i = frames.length - 1; i >= 0; i--) {
      const k = frames[i]!.names.get(name);
      if (k !== undefined) return { kind: k, index: i };
    }
    return null;
  }

  function declarePattern(p: Node | null, kind: DeclKind, frame: Frame): void {
    if (p === null) return;
    switch (p.type) {
      case 'Identifier':
        frame.names.set(p.name, kind);
        break;
      case 'AssignmentPattern':
        declarePattern(p.left, kind, frame);
        break;
      case 'RestElement':
        declarePattern(p.argument, kind, frame);
        break;
      case 'TSParameterProperty':
        declarePattern(p.parameter, kind, frame);
        break;
      case 'ArrayPattern':
        for (const e of p.elements) declarePattern(e, kind, frame);
        break;
      case 'ObjectPattern':
        for (const prop of p.properties)
          declarePattern(prop.type === 'Property' ? prop.value : prop, kind, frame);
        break;
      default:
        break;
    }
  }

  function isCreation(init: Node | null | undefined): boolean {
    if (init === null || init === undefined) return false;
    let u = unwrap(init);
    if (u.type === 'AwaitExpression') u = unwrap(u.argument);
    if (u.type === 'NewExpression') return true;
    if (u.type === 'CallExpression') {
      const c = calleeOf(u);
      return c !== null && FACTORY.test(c.name);
    }
    return false;
  }

  /** Climbs through `.unref()`-style chains and TS wrappers to find what happens to a value. */
  function useOf(
    depth: number,
    call: Node,
  ): { use: Use; stmt: TSESTree.ExpressionStatement | null } {
    let cur: Node = call;
    let i = depth;
    for (;;) {
      const p = ancestors[i];
      if (p === undefined) return { use: { kind: 'used' }, stmt: null };
      if (
        p.type === 'ChainExpression' ||
        p.type === 'TSNonNullExpression' ||
        p.type === 'TSAsExpression' ||
        p.type === 'TSSatisfiesExpression'
      ) {
        cur = p;
        i--;
        continue;
      }
      if (p.type === 'MemberExpression' && p.object === cur) {
        const gp = ancestors[i - 1];
        const name = propertyName(p);
        // `setInterval(...).unref()` still hands back the timer: follow the chain.
        if (
          gp !== undefined &&
          gp.type === 'CallExpression' &&
          gp.callee === p &&
          (name === 'unref' || name === 'ref')
        ) {
          cur = gp;
          i -= 2;
          continue;
        }
        // `a.on(...).on(...)`: the result is only used as the next receiver.
        if (gp !== undefined && gp.type === 'CallExpression' && gp.callee === p) {
          return { use: { kind: 'discarded' }, stmt: null };
        }
        return { use: { kind: 'used' }, stmt: null };
      }
      switch (p.type) {
        case 'ExpressionStatement':
          return { use: { kind: 'discarded' }, stmt: p };
        case 'UnaryExpression':
          return { use: p.operator === 'void' ? { kind: 'voided' } : { kind: 'used' }, stmt: null };
        case 'VariableDeclarator':
          return {
            use:
              p.id.type === 'Identifier' ? { kind: 'stored', target: p.id.name } : { kind: 'used' },
            stmt: null,
          };
        case 'AssignmentExpression':
          return {
            use: p.right === cur ? { kind: 'stored', target: key(p.left) } : { kind: 'used' },
            stmt: null,
          };
        case 'PropertyDefinition':
          return {
            use: { kind: 'stored', target: 'this.' + (propertyName(p) ?? '?') },
            stmt: null,
          };
        case 'ReturnStatement':
        case 'ArrowFunctionExpression':
          return { use: { kind: 'returned' }, stmt: null };
        case 'CallExpression':
        case 'NewExpression':
          return {
            use: { kind: 'passed', callee: p.callee === cur ? null : calleeOf(p) },
            stmt: null,
          };
        case 'SequenceExpression': {
          const last = p.expressions[p.expressions.length - 1];
          if (last !== cur) {
            cur = p;
            i--;
            const up = ancestors[i];
            if (up !== undefined && up.type === 'ExpressionStatement')
              return { use: { kind: 'discarded' }, stmt: null };
            continue;
          }
          cur = p;
          i--;
          continue;
        }
        default:
          return { use: { kind: 'used' }, stmt: null };
      }
    }
  }

  function indexCall(call: CallExpression, c: Callee | null): void {
    if (c === null) return;
    const rec = {
      call,
      receiver: c.receiver === null ? null : key(c.receiver),
      args: call.arguments as Node[],
    };
    const add = (o: Owner): void => {
      const list = o.calls.get(c.name);
      if (list === undefined) o.calls.set(c.name, [rec]);
      else list.push(rec);
      for (const a of call.arguments) {
        const u = unwrap(a);
        if (u.type === 'Identifier' || u.type === 'MemberExpression') o.handedOff.add(key(u));
      }
    };
    add(module);
    for (const o of classes) add(o);
  }

  function receiverLife(receiver: Node): {
    life: 'self' | 'created' | 'event' | 'outer';
    declIndex: number;
  } {
    const u = unwrap(receiver);
    const root = rootOf(u);
    if (
      root.type === 'ThisExpression' ||
      (root.type === 'Identifier' && thisAliases.has(root.name))
    ) {
      if (u === root) return { life: 'self', declIndex: -1 };
      const first = u.type === 'MemberExpression' ? firstMember(u) : null;
      const cls = currentClass();
      if (first !== null && (cls ?? module).createdFields.has(first))
        return { life: 'created', declIndex: -1 };
      return { life: 'outer', declIndex: -1 };
    }
    // `new Stream().on(...)`, `pipeline(a, b).on(...)`: a value made right here.
    if (root.type === 'NewExpression' || root.type === 'CallExpression')
      return { life: 'created', declIndex: frames.length - 1 };
    if (root.type !== 'Identifier') return { life: 'outer', declIndex: -1 };
    const d = resolve(root.name);
    if (d === null) return { life: 'outer', declIndex: -1 };
    if (u !== root && u.type === 'MemberExpression') {
      const last = propertyName(u);
      // A controller created here owns its signal; anything else behind these names may not.
      const ownSignal = last === 'signal' && d.kind === 'created';
      if (last !== null && LONG_LIVED_PROP.test(last) && !ownSignal)
        return { life: 'outer', declIndex: d.index };
    }
    if (d.kind === 'callbackParam') return { life: 'event', declIndex: d.index };
    // Created by this code (not at module level, where it would live for the whole process),
    // possibly in an enclosing function: `const child = spawn(); new Promise((r) => child.once(...))`.
    if (d.kind === 'created' && d.index >= 1) return { life: 'created', declIndex: d.index };
    return { life: 'outer', declIndex: d.index };
  }

  function firstMember(m: TSESTree.MemberExpression): string | null {
    let cur: Node = m;
    while (cur.type === 'MemberExpression') {
      const obj = unwrap(cur.object);
      if (
        obj.type === 'ThisExpression' ||
        (obj.type === 'Identifier' && thisAliases.has(obj.name))
      ) {
        const n = propertyName(cur);
        return n === null ? null : 'this.' + n;
      }
      cur = obj;
    }
    return null;
  }

  // The records below list the site's fields one by one: spreading it (`{ ...s, api }`) and
  // adding a dozen properties made V8 grow each record property by property, a visible cost.
  function site(
    call: CallExpression,
    depth: number,
    { use, stmt }: { use: Use; stmt: TSESTree.ExpressionStatement | null } = useOf(depth, call),
  ) {
    const cls = currentClass();
    const method = methodOf();
    const cur = currentFrame();
    let directMethod: MethodInfo | null = null;
    if (stmt !== null && method !== null && method.body !== null && cur.method === method) {
      const at = ancestors.lastIndexOf(stmt);
      if (at > 0 && ancestors[at - 1] === method.body) directMethod = method;
    }
    const r = repeatFrame();
    return {
      call,
      use,
      stmt,
      classOwner: cls,
      topLevel: fnFrameIndex() === -1,
      directMethod,
      method,
      repeat: r === null ? null : { kind: r.kind, node: r.node },
    };
  }

  /** `const on = process.on.bind(process)`: calls to `on(...)` are `process.on(...)`. */
  const callAliases = new Map<string, Callee>();
  function recordCallAlias(name: string, init: Node): void {
    let u = unwrap(init);
    if (u.type === 'CallExpression') {
      const b = calleeOf(u);
      if (b === null || b.name !== 'bind' || b.receiver === null) return;
      u = unwrap(b.receiver);
    }
    if (u.type !== 'MemberExpression') return;
    const method = propertyName(u);
    if (method === null) return;
    if (
      EMITTER_ADD.has(method) ||
      EMITTER_REMOVE.has(method) ||
      method === 'removeAllListeners' ||
      method === 'connect'
    ) {
      callAliases.set(name, { receiver: u.object, name: method });
    }
  }

  function onCall(call: CallExpression, depth: number): void {
    let c = calleeOf(call);
    if (c !== null && c.receiver === null && callAliases.size > 0) c = callAliases.get(c.name) ?? c;
    indexCall(call, c);
    const args = call.arguments as Node[];
    // Decide the role of function arguments before walking into them.
    if (c !== null) {
      const timer = isTimerCall(call);
      let role: RepeatKind | 'callback' | 'timer' = 'callback';
      if (timer === 'interval') role = 'tick';
      else if (timer === 'timeout') role = 'timer';
      else if (c.receiver !== null && ITERATION_METHODS.has(c.name)) role = 'iteration';
      else if (c.name === 'createServer') role = 'request';
      else if (c.receiver !== null && ROUTE_METHODS.has(c.name) && args.length >= 2) {
        const first = unwrap(args[0]!);
        if (
          (first.type === 'Literal' && typeof first.value === 'string') ||
          first.type === 'TemplateLiteral'
        )
          role = 'request';
      } else if (c.receiver !== null && EMITTER_ADD.has(c.name)) {
        role = c.name === 'once' || c.name === 'prependOnceListener' ? 'callback' : 'event';
      } else if (c.receiver !== null && c.name === 'connect') role = 'event';
      for (const a of args) if (isFunction(a)) fnRole.set(a, role);
    }
    if (c === null) return;
    const timer = isTimerCall(call);
    if (timer !== null) {
      recordTimer(call, depth, timer);
      return;
    }
    if (c.receiver === null) {
      // Most calls are used: look at the context (site) only for discarded ones.
      const u = useOf(depth, call);
      if (u.use.kind === 'discarded') {
        const target = args[0];
        recordBareCall(
          call,
          depth,
          u,
          c,
          target === undefined ? 'outer' : receiverLife(target).life,
        );
      }
      return;
    }
    const recvKey = key(c.receiver);
    const recvRoot = rootOf(c.receiver);
    const recvName = recvRoot.type === 'Identifier' ? recvRoot.name : '';
    const lastName =
      unwrap(c.receiver).type === 'MemberExpression'
        ? propertyName(unwrap(c.receiver) as TSESTree.MemberExpression)
        : recvName;
    const isContainer = CONTAINER_NAME.test(lastName ?? '') || CONTAINER_NAME.test(recvName);
    if (EMITTER_ADD.has(c.name) && args.length >= 2 && !isContainer) {
      const ev = unwrap(args[0]!);
      const listener = args[1]!;
      const lu = unwrap(listener);
      const adapter =
        args.length >= 3 &&
        isFunction(args[2]) &&
        !(ev.type === 'Literal' || ev.type === 'TemplateLiteral');
      if (
        !adapter &&
        lu.type !== 'Literal' &&
        lu.type !== 'ObjectExpression' &&
        ev.type !== 'SpreadElement'
      ) {
        recordRegistration(call, depth, c.name, c.receiver, recvKey, key(ev), listener, args[2]);
        return;
      }
    }
    // `signal.connect(handler)` subscribes; `owner.connect(source, handler)` (leakguard's
    // `Scope.connect`) hands the subscription to the owner, so its first argument is the source
    // even when it reads like a handler (`monitor.alerted`).
    if (c.name === 'connect' && args.length >= 1 && !isContainer) {
      if (looksLikeHandler(args[0]!) && !(args.length >= 2 && looksLikeHandler(args[1]!))) {
        recordRegistration(call, depth, 'connect', c.receiver, recvKey, null, args[0]!, undefined);
        return;
      }
    }
    if (EMITTER_REMOVE.has(c.name) || c.name === 'disconnect') {
      const listener = c.name === 'disconnect' ? (args[0] ?? null) : (args[1] ?? null);
      facts.removals.push({
        call,
        api: c.name,
        receiverKey: recvKey,
        eventKey: c.name === 'disconnect' || args[0] === undefined ? null : key(args[0]),
        listener,
        listenerKey: listener === null || isFreshFunction(listener) ? null : key(listener),
        capture: c.name === 'removeEventListener' ? captureOf(args[2]) : undefined,
        classOwner: currentClass(),
      });
    }
    const u = useOf(depth, call);
    if (u.use.kind !== 'discarded') return;
    // `events.addAbortListener(signal, fn)` subscribes to its first argument.
    const target = c.name === 'addAbortListener' && args[0] !== undefined ? args[0] : c.receiver;
    recordBareCall(call, depth, u, c, receiverLife(target).life);
  }

  /** A call whose result is discarded (the record lists its fields: one shape, no spread). */
  function recordBareCall(
    call: CallExpression,
    depth: number,
    u: ReturnType<typeof useOf>,
    callee: Callee,
    targetLife: BareCall['targetLife'],
  ): void {
    const s = site(call, depth, u);
    facts.bareCalls.push({
      call: s.call,
      use: s.use,
      stmt: s.stmt,
      classOwner: s.classOwner,
      topLevel: s.topLevel,
      directMethod: s.directMethod,
      method: s.method,
      repeat: s.repeat,
      callee,
      targetLife,
    });
  }

  function recordRegistration(
    call: CallExpression,
    depth: number,
    api: string,
    receiver: Node,
    receiverKey: string,
    eventKey: string | null,
    listener: Node,
    options: Node | undefined,
  ): void {
    const s = site(call, depth);
    const life = receiverLife(receiver);
    const r = repeatFrame();
    const fns: Node[] = [];
    let fnName: string | null = null;
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.kind === 'function') {
        if (fns.length === 0) fnName = f.name;
        fns.push(f.node);
      }
    }
    facts.registrations.push({
      call: s.call,
      use: s.use,
      stmt: s.stmt,
      classOwner: s.classOwner,
      topLevel: s.topLevel,
      directMethod: s.directMethod,
      method: s.method,
      repeat: s.repeat,
      api,
      receiverKey,
      receiverNode: receiver,
      eventKey,
      listener,
      listenerKey: isFreshFunction(listener) ? null : key(listener),
      capture: api === 'addEventListener' ? captureOf(options) : undefined,
      options,
      receiverLife: life.life,
      receiverOutlivesRepeat: r !== null && life.declIndex < r.index,
      fns,
      fnName,
    });
  }

  function recordTimer(call: CallExpression, depth: number, kind: 'interval' | 'timeout'): void {
    const s = site(call, depth);
    let field: { key: string; raw: string; start: number } | null = null;
    const p = ancestors[depth];
    // `this.t ??= setTimeout(...)` assigns only when no timer is set: not an overwrite.
    if (
      p !== undefined &&
      p.type === 'AssignmentExpression' &&
      p.operator === '=' &&
      p.right === call &&
      p.left.type === 'MemberExpression'
    ) {
      field = {
        key: key(p.left),
        raw: src.slice(startOf(p.left), endOf(p.left)),
        start: startOf(p),
      };
    }
    const fi = fnFrameIndex();
    const f = fi === -1 ? null : frames[fi]!;
    facts.timers.push({
      call: s.call,
      use: s.use,
      stmt: s.stmt,
      classOwner: s.classOwner,
      topLevel: s.topLevel,
      directMethod: s.directMethod,
      method: s.method,
      repeat: s.repeat,
      kind,
      field,
      fn: f === null ? null : f.node,
      fnName: f === null ? null : f.name,
      inTimerCallback: f !== null && f.timerCallback,
    });
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

  function enterFunction(fn: TSESTree.FunctionLike & Node): void {
    const parent = ancestors[ancestors.length - 1];
    const name = functionName(fn, parent);
    const role = fnRole.get(fn);
    const cls = currentClass();
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
      /^(?:on|handle)[A-Z]/.test(name) &&
      (method !== null || fn.type === 'FunctionDeclaration')
    )
      repeat = 'event';
    else if (method !== null && name === 'render') repeat = 'render';
    else if (
      options.jsx === true &&
      role === undefined &&
      name !== null &&
      /^[A-Z]/.test(name) &&
      method === null
    )
      repeat = 'render';
    const frame: Frame = {
      node: fn,
      kind: 'function',
      names: new Map(),
      repeat,
      name,
      method,
      timerCallback: role === 'timer' || role === 'tick',
      paramProps: method !== null && method.isCtor ? paramPropsOf(fn) : null,
    };
    const paramKind: DeclKind = role !== undefined ? 'callbackParam' : 'param';
    for (const p of fn.params) declarePattern(p as Node, paramKind, frame);
    if (fn.type === 'FunctionDeclaration' && fn.id) currentFrame().names.set(fn.id.name, 'other');
    frames.push(frame);
    if (fn.type === 'ArrowFunctionExpression' && fn.expression && isFunction(fn.body))
      facts.returnedFns.set(fn.body, fn);
  }

  function enterClass(node: TSESTree.ClassDeclaration | TSESTree.ClassExpression): void {
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
      currentFrame().names.set(node.id.name, 'other');
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
    classes.push(o);
  }

  function containerKind(value: Node): ContainerKind | null {
    const u = unwrap(value);
    if (u.type !== 'NewExpression') return null;
    const c = calleeOf(u);
    return c === null ? null : (CONTAINER_CLASSES[c.name] ?? null);
  }

  function onAssignment(a: TSESTree.AssignmentExpression): void {
    if (a.left.type !== 'MemberExpression') return;
    const first = firstMember(a.left);
    if (first === null || unwrap(a.left.object).type !== 'ThisExpression') return;
    // `constructor(ws) { this.ws = ws; ws.on(...) }`: inside the constructor `ws` is `this.ws`.
    const right = unwrap(a.right);
    const ctor = methodOf();
    if (right.type === 'Identifier' && ctor !== null && ctor.isCtor) {
      const fi = fnFrameIndex();
      const frame = fi === -1 ? null : frames[fi]!;
      if (frame !== null && frame.method === ctor && frame.names.get(right.name) === 'param') {
        let map = frame.aliases;
        if (map === undefined) {
          map = new Map();
          (frame as { aliases?: Map<string, string> }).aliases = map;
        }
        map.set(right.name, first);
        aliasCount++;
      }
    }
    const cls = currentClass();
    // Outside classes `this` is an object literal or a constructor function's instance: its
    // created fields are pooled at module level (a heuristic; names rarely collide).
    if (isCreation(a.right)) (cls ?? module).createdFields.add(first);
    if (cls === null) return;
    const kind = containerKind(a.right);
    const m = methodOf();
    if (kind !== null && m !== null && m.isCtor)
      cls.containers.push({ field: first, kind, readyAt: endOf(a) });
  }

  function walk(node: Node): void {
    if (TYPE_ONLY.has(node.type)) return;
    let pushedFrame = false;
    let pushedClass = false;
    switch (node.type) {
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        enterFunction(node);
        pushedFrame = true;
        break;
      case 'ForStatement':
      case 'ForInStatement':
      case 'ForOfStatement':
      case 'WhileStatement':
      case 'DoWhileStatement':
        frames.push({
          node,
          kind: 'loop',
          names: new Map(),
          repeat: 'iteration',
          name: null,
          method: null,
          timerCallback: false,
          paramProps: null,
        });
        pushedFrame = true;
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        enterClass(node);
        pushedClass = true;
        break;
      case 'VariableDeclarator': {
        if (node.id.type === 'Identifier') {
          const init = node.init === null ? null : unwrap(node.init);
          if (init !== null && init.type === 'ThisExpression') thisAliases.add(node.id.name);
          currentFrame().names.set(node.id.name, isCreation(node.init) ? 'created' : 'other');
          if (init !== null && (init.type === 'CallExpression' || init.type === 'MemberExpression'))
            recordCallAlias(node.id.name, init);
        } else {
          declarePattern(node.id, 'other', currentFrame());
          if (node.id.type === 'ObjectPattern' && node.init !== null)
            declareAliases(node.id, node.init, currentFrame());
        }
        break;
      }
      case 'CatchClause':
        if (node.param) declarePattern(node.param, 'other', currentFrame());
        break;
      case 'ReturnStatement':
        if (node.argument) {
          const arg = unwrap(node.argument);
          if (isFunction(arg)) {
            const fi = fnFrameIndex();
            if (fi !== -1) facts.returnedFns.set(arg, frames[fi]!.node);
          } else if (arg.type === 'Identifier' || arg.type === 'MemberExpression') {
            module.handedOff.add(key(arg));
            for (const o of classes) o.handedOff.add(key(arg));
          }
        }
        break;
      case 'AssignmentExpression':
        onAssignment(node);
        break;
      case 'CallExpression':
        onCall(node, ancestors.length - 1);
        break;
      case 'NewExpression':
        // `new Connection(target, type, listener)`: what is handed over may be released there.
        for (const a of node.arguments) {
          const u = unwrap(a);
          if (u.type !== 'Identifier' && u.type !== 'MemberExpression') continue;
          const k = key(u);
          module.handedOff.add(k);
          for (const o of classes) o.handedOff.add(k);
        }
        break;
      default:
        break;
    }
    ancestors.push(node);
    const rec = node as unknown as Record<string, unknown>;
    const ks = childKeys(node.type);
    if (ks !== null) {
      for (let i = 0; i < ks.length; i++) {
        const v = rec[ks[i]!];
        if (v === null || typeof v !== 'object') continue;
        if (Array.isArray(v)) {
          for (const child of v)
            if (child !== null && typeof child === 'object') walk(child as Node);
        } else walk(v as Node);
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
              walk(child as Node);
          }
        } else if (typeof (v as { type?: unknown }).type === 'string') {
          walk(v as Node);
        }
      }
    ancestors.pop();
    if (pushedFrame) frames.pop();
    if (pushedClass) classes.pop();
  }

  walk(program);
  return facts;
}
