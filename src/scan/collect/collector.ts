// The collector's state, and what it answers about names and frames: which function, loop,
// class or method the walk is in, what a name was declared as, what a receiver's lifetime is,
// and the normalised key text of an expression. The walk (walk.ts) pushes and pops the frames;
// call classification (calls.ts) and the record builders (records.ts) read them.
// Invariant: nothing here mutates the AST or reads `parent` (see walk.ts).
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts, MethodInfo, ClassOrModule, RepeatKind, UiFunctionKind } from '../facts.js';
import {
  calleeOf,
  isPageWrapper,
  keyText,
  propertyName,
  rootOf,
  unwrap,
  type Callee,
  type Node,
} from '../syntax.js';
import type { Wrapper } from './wrappers.js';

export type DeclKind = 'param' | 'callbackParam' | 'created' | 'other';

export interface Frame {
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
  aliases: Map<string, string> | null;
  /**
   * Candidate FA: `this.f = a.b` in a function makes the path `a.b` (of a name this frame
   * declares) another name for `this.f` in the code after it.
   */
  paths: Map<string, string> | null;
}

/** `a.b.c` or `a.b[0]` is a path under `a.b` (not `a.bc`). */
function under(k: string, path: string): boolean {
  const c = k.charCodeAt(path.length);
  return k.length > path.length && (c === 46 || c === 91) && k.startsWith(path);
}

/** How long a receiver lives compared with the code that uses it. */
export type Life = 'self' | 'created' | 'event' | 'outer';

/** Factories whose result is a new object owned by the caller. */
const FACTORY =
  /^(?:(?:create|make|build|start|spawn|open|new)[A-Z]\w*|request|connect|spawn|fork|exec|execFile|open|get|fetch|duplicate|clone)$/;
/** Properties of a short-lived object that point at something longer-lived. */
export const LONG_LIVED_PROP = /^(?:socket|connection|agent|server|signal|parent|pool|client|app)$/;

/** Length of the leading run of `[\w$]` characters of `k` (what `/^[\w$]+/` would match). */
function leadingNameLength(k: string): number {
  let i = 0;
  for (; i < k.length; i++) {
    const ch = k.charCodeAt(i);
    if (!(
      (ch >= 97 && ch <= 122) || // a-z
      (ch >= 65 && ch <= 90) || // A-Z
      (ch >= 48 && ch <= 57) || // 0-9
      ch === 95 || // _
      ch === 36 // $
    ))
      break;
  }
  return i;
}

export function newOwner(node: Node, kind: 'class' | 'module'): ClassOrModule {
  return {
    node,
    kind,
    calls: new Map(),
    handedOff: new Set(),
    createdFields: new Set(),
    obtainedFields: new Set(),
    methods: new Map(),
    containers: [],
    superClass: null,
  };
}

export function newFrame(
  node: Node,
  kind: Frame['kind'],
  repeat: RepeatKind | null,
  name: string | null,
  method: MethodInfo | null,
  timerCallback: boolean,
  paramProps: ReadonlySet<string> | null,
): Frame {
  return {
    node,
    kind,
    names: new Map(),
    repeat,
    name,
    method,
    timerCallback,
    paramProps,
    aliases: null,
    paths: null,
  };
}

/**
 * A `new X()` or a factory call (`createServer()`, `spawn()`), possibly awaited, or a default
 * that makes one (`config.stream || new net.Stream()`, `a ?? createClient()`, `c ? new A() :
 * new B()`): an object that makes what it holds, at least when it is not handed one, owns it.
 */
export function isCreation(init: Node | null | undefined): boolean {
  if (init === null || init === undefined) return false;
  let u = unwrap(init);
  if (u.type === 'AwaitExpression') u = unwrap(u.argument);
  if (u.type === 'NewExpression') return true;
  if (u.type === 'LogicalExpression')
    return (u.operator === '||' || u.operator === '??') && isCreation(u.right);
  if (u.type === 'ConditionalExpression')
    return isCreation(u.consequent) || isCreation(u.alternate);
  if (u.type === 'CallExpression') {
    const c = calleeOf(u);
    return c !== null && (FACTORY.test(c.name) || isKnockoutFactory(c.name, c.receiver));
  }
  return false;
}

/**
 * Knockout's `ko.observable(…)`, `ko.observableArray(…)`, `ko.computed(…)`, `ko.pureComputed(…)`:
 * each makes a new observable (candidate KO; FredrikNoren/ungit's view models, clean corpus,
 * held-out set).
 */
function isKnockoutFactory(name: string, receiver: Node | null): boolean {
  return (
    receiver !== null &&
    receiver.type === 'Identifier' &&
    receiver.name === 'ko' &&
    KNOCKOUT_FACTORY.test(name)
  );
}

const KNOCKOUT_FACTORY = /^(?:observable|observableArray|computed|pureComputed)$/;

export class Collector {
  readonly src: string;
  /** Treat PascalCase functions as components whose body runs per render. */
  readonly jsx: boolean;
  readonly facts: Facts;
  readonly module: ClassOrModule;
  /** Names bound to `this` (`const self = this`). */
  readonly thisAliases = new Set<string>();
  /** The nodes from the program down to the parent of the node being walked. */
  readonly ancestors: Node[] = [];
  /** Functions, loops and the module, innermost last. */
  readonly frames: Frame[];
  /** Enclosing classes, innermost last. */
  readonly classes: ClassOrModule[] = [];
  /** Role of function nodes passed as arguments, decided when the call is entered. */
  readonly fnRole = new Map<Node, RepeatKind | 'callback' | 'timer'>();
  /** Components, hooks and Vue `setup()` functions met so far, with their kind and name. */
  readonly uiFns = new Map<Node, { readonly kind: UiFunctionKind; readonly name: string }>();
  /** `const on = process.on.bind(process)`: calls to `on(...)` are `process.on(...)`. */
  readonly callAliases = new Map<string, Callee>();
  /** Frames with constructor parameter properties so far (0: `key` can skip looking). */
  ctorProps = 0;
  /** Every name some frame has made an alias (none: `key` can skip looking). */
  readonly aliasNames = new Set<string>();
  /** Registrations on a parameter of the function that makes them (collect/wrappers.ts). */
  readonly wrapperCandidates: Wrapper[] = [];
  /** The file's registration wrappers, known in the second walk only (null in the first). */
  wrappers: ReadonlyMap<string, Wrapper> | null = null;

  constructor(program: TSESTree.Program, src: string, jsx: boolean) {
    this.src = src;
    this.jsx = jsx;
    this.module = newOwner(program, 'module');
    this.facts = {
      src,
      module: this.module,
      registrations: [],
      removals: [],
      timers: [],
      bareCalls: [],
      returnedFns: new Map(),
      thisAliases: this.thisAliases,
      storedCalls: [],
      uiCalls: [],
      hookUsers: new Set(),
      jsx,
    };
    this.frames = [newFrame(program, 'module', null, null, null, false, null)];
    this.constants = stringConstants(program);
  }

  /** Module-level string constants by the text that names them (`READY`, `Events.READY`). */
  readonly constants: ReadonlyMap<string, string> | null;

  /**
   * Identity key of an expression, with destructuring and constructor aliases resolved, and a
   * module's string constant standing for its value (`bus.on(READY, h)` … `bus.off('ready', h)`).
   */
  key(n: Node): string {
    const k = keyText(this.src, n, this.thisAliases);
    if (this.constants !== null) {
      const v = this.constants.get(k);
      if (v !== undefined && this.resolve(k.slice(0, leadingNameLength(k))) <= 0) return v;
    }
    if (this.aliasNames.size === 0 && this.ctorProps === 0) return k;
    const len = leadingNameLength(k);
    if (len === 0) return k;
    const name = k.length === len ? k : k.slice(0, len);
    const frames = this.frames;
    if (this.aliasNames.has(name)) {
      for (let i = frames.length - 1; i >= 0; i--) {
        const f = frames[i]!;
        if (!f.names.has(name)) continue;
        const target = f.aliases?.get(name);
        if (target !== undefined) return target + k.slice(len);
        if (f.paths !== null)
          for (const [path, field] of f.paths)
            if (k === path || under(k, path)) return field + k.slice(path.length);
        break;
      }
    }
    if (this.ctorProps === 0) return k;
    // Inside a constructor, `server` and `this.server` are the same parameter property.
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.names.has(name) && f.paramProps === null) return k;
      if (f.paramProps !== null) return f.paramProps.has(name) ? 'this.' + k : k;
    }
    return k;
  }

  /** Records `name` as another name for `target` in `frame`. */
  addAlias(frame: Frame, name: string, target: string): void {
    frame.aliases ??= new Map();
    frame.aliases.set(name, target);
    this.aliasNames.add(name);
  }

  /**
   * Candidate FA: `this.f = a.b` makes `a.b` another name for `field` from here on, in the frame
   * that declares `a` — only when that frame is the current function's or one inside it (a name
   * of an outer function or the module is seen by code that runs with another `this`).
   */
  addPathAlias(root: string, path: string, field: string): void {
    const fn = this.fnFrameIndex();
    for (let i = this.frames.length - 1; i >= fn && i >= 0; i--) {
      const f = this.frames[i]!;
      if (!f.names.has(root)) continue;
      (f.paths ??= new Map()).set(path, field);
      this.aliasNames.add(root);
      return;
    }
  }

  /**
   * Candidate FA: `a.b = …` gives the path another object: it, and the paths under it, no longer
   * name the fields they were given to (`path` is the assigned path's own key text).
   */
  reassignPath(root: string, path: string): void {
    if (!this.aliasNames.has(root)) return;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i]!;
      if (!f.names.has(root)) continue;
      if (f.paths !== null)
        for (const p of f.paths.keys()) if (p === path || under(p, path)) f.paths.delete(p);
      return;
    }
  }

  /**
   * `x = …` for a local `x` that names another object: from here on (in source order) it names
   * `target`, or only itself when the new value is no name or member path (null).
   */
  reassignAlias(name: string, target: string | null): void {
    if (!this.aliasNames.has(name)) return;
    for (let i = this.frames.length - 1; i >= 0; i--) {
      const f = this.frames[i]!;
      if (!f.names.has(name)) continue;
      // Candidate FA: the paths under `name` no longer name the fields they were given to.
      if (f.paths !== null) for (const p of f.paths.keys()) if (under(p, name)) f.paths.delete(p);
      if (f.aliases?.has(name) !== true) return;
      if (target === null || target === name) f.aliases.delete(name);
      else f.aliases.set(name, target);
      return;
    }
  }

  /** `const { signal } = options`: `signal` stands for `options.signal` in this frame. */
  declareAliases(pattern: TSESTree.ObjectPattern, init: Node, frame: Frame): void {
    const u = unwrap(init);
    if (u.type !== 'Identifier' && u.type !== 'MemberExpression' && u.type !== 'ThisExpression')
      return;
    const base = this.key(u);
    for (const p of pattern.properties) {
      if (p.type !== 'Property' || p.computed) continue;
      const prop = propertyName(p);
      const v = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
      if (prop === null || v.type !== 'Identifier') continue;
      this.addAlias(frame, v.name, `${base}.${prop}`);
    }
  }

  /** Names of a constructor's parameter properties, or null when it has none. */
  paramPropsOf(fn: TSESTree.FunctionLike): Set<string> | null {
    const out = new Set<string>();
    for (const p of fn.params) {
      if (p.type === 'TSParameterProperty') {
        const inner = p.parameter.type === 'AssignmentPattern' ? p.parameter.left : p.parameter;
        if (inner.type === 'Identifier') out.add(inner.name);
      }
    }
    if (out.size === 0) return null;
    this.ctorProps++;
    return out;
  }

  currentClass(): ClassOrModule | null {
    return this.classes[this.classes.length - 1] ?? null;
  }

  currentFrame(): Frame {
    return this.frames[this.frames.length - 1]!;
  }

  /** Index of the innermost function frame, or -1 at module level. */
  fnFrameIndex(): number {
    const frames = this.frames;
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.kind === 'function') return i;
    return -1;
  }

  /**
   * Module top level: no enclosing function, or only callbacks of an array walk
   * (`['SIGINT', 'SIGTERM'].forEach((sig) => process.on(sig, stop))`), which run now, once per
   * element, as the body of a top-level `for…of` does.
   */
  atTopLevel(): boolean {
    const frames = this.frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      const f = frames[i]!;
      if (f.kind === 'function' && f.repeat !== 'iteration') return false;
    }
    return true;
  }

  /** Index of the innermost frame that runs many times, or -1. */
  repeatFrameIndex(): number {
    const frames = this.frames;
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.repeat !== null) return i;
    return -1;
  }

  /** The innermost enclosing class method, at any depth. */
  methodOf(): MethodInfo | null {
    const frames = this.frames;
    for (let i = frames.length - 1; i >= 0; i--) {
      const m = frames[i]!.method;
      if (m !== null) return m;
    }
    return null;
  }

  /** Index of the innermost frame declaring `name`, or -1. */
  resolve(name: string): number {
    const frames = this.frames;
    for (let i = frames.length - 1; i >= 0; i--) if (frames[i]!.names.has(name)) return i;
    return -1;
  }

  declarePattern(p: Node | null, kind: DeclKind, frame: Frame): void {
    if (p === null) return;
    switch (p.type) {
      case 'Identifier':
        frame.names.set(p.name, kind);
        break;
      case 'AssignmentPattern':
        this.declarePattern(p.left, kind, frame);
        break;
      case 'RestElement':
        this.declarePattern(p.argument, kind, frame);
        break;
      case 'TSParameterProperty':
        this.declarePattern(p.parameter, kind, frame);
        break;
      case 'ArrayPattern':
        for (const e of p.elements) this.declarePattern(e, kind, frame);
        break;
      case 'ObjectPattern':
        for (const prop of p.properties)
          this.declarePattern(prop.type === 'Property' ? prop.value : prop, kind, frame);
        break;
      default:
        break;
    }
  }

  /** `this.x` for `this.x.y.z` (or `self.x...` with `self = this`), else null. */
  firstMember(m: TSESTree.MemberExpression): string | null {
    let cur: Node = m;
    while (cur.type === 'MemberExpression') {
      const obj = unwrap(cur.object);
      if (
        obj.type === 'ThisExpression' ||
        (obj.type === 'Identifier' && this.thisAliases.has(obj.name))
      ) {
        const n = propertyName(cur);
        return n === null ? null : 'this.' + n;
      }
      cur = obj;
    }
    return null;
  }

  /** How long `receiver` lives compared with the code being walked. */
  receiverLife(receiver: Node): Life {
    return this.receiverLifeAt(receiver).life;
  }

  /**
   * The receiver's lifetime and the index of the frame that declares it (-1 when none does):
   * a receiver declared outside the repeating frame outlives each run of it.
   */
  receiverLifeAt(receiver: Node): { life: Life; declIndex: number } {
    const u = unwrap(receiver);
    const root = rootOf(u);
    // `super.on(...)` (an overriding `on()` handing on to the base class) registers on the
    // object itself, as `this.on(...)` does; `super.bus` is another object, as `this.bus` is.
    if (root.type === 'Super') return { life: u === root ? 'self' : 'outer', declIndex: -1 };
    if (
      root.type === 'ThisExpression' ||
      (root.type === 'Identifier' && this.thisAliases.has(root.name))
    ) {
      if (u === root) return { life: 'self', declIndex: -1 };
      const first = u.type === 'MemberExpression' ? this.firstMember(u) : null;
      const cls = this.currentClass();
      if (first !== null && (cls ?? this.module).createdFields.has(first))
        return { life: 'created', declIndex: -1 };
      return { life: 'outer', declIndex: -1 };
    }
    // `$(window).on(...)`: the page's window, not a value made here (candidate JQ).
    if (u === root && isPageWrapper(u)) return { life: 'outer', declIndex: -1 };
    // `new Stream().on(...)`, `pipeline(a, b).on(...)`: a value made right here.
    if (root.type === 'NewExpression' || root.type === 'CallExpression')
      return { life: 'created', declIndex: this.frames.length - 1 };
    if (root.type !== 'Identifier') return { life: 'outer', declIndex: -1 };
    const index = this.resolve(root.name);
    if (index === -1) return { life: 'outer', declIndex: -1 };
    const kind = this.frames[index]!.names.get(root.name);
    if (u !== root && u.type === 'MemberExpression') {
      const last = propertyName(u);
      // A controller created here owns its signal; anything else behind these names may not.
      const ownSignal = last === 'signal' && kind === 'created';
      if (last !== null && LONG_LIVED_PROP.test(last) && !ownSignal)
        return { life: 'outer', declIndex: index };
    }
    if (kind === 'callbackParam') return { life: 'event', declIndex: index };
    // Created by this code (not at module level, where it would live for the whole process),
    // possibly in an enclosing function: `const child = spawn(); new Promise((r) => child.once(...))`.
    if (kind === 'created' && index >= 1) return { life: 'created', declIndex: index };
    return { life: 'outer', declIndex: index };
  }

  /** Adds the key of every identifier / member argument to the handed-off sets of all owners. */
  handOff(k: string): void {
    this.module.handedOff.add(k);
    for (const o of this.classes) o.handedOff.add(k);
  }
}

const NO_ALIASES: ReadonlySet<string> = new Set();

/** A string literal (or a template without expressions) keyed as keyText keys it; else null. */
function stringKey(n: Node): string | null {
  let u = unwrap(n);
  if (u.type === 'TSAsExpression') u = unwrap(u.expression);
  const isString =
    (u.type === 'Literal' && typeof u.value === 'string') ||
    (u.type === 'TemplateLiteral' && u.expressions.length === 0);
  // A literal's key does not read the source text.
  return isString ? keyText('', u, NO_ALIASES) : null;
}

/**
 * The module's string constants: `const READY = 'ready'`, `const Events = { READY: 'ready' }`
 * (also frozen or `as const`) and `enum Events { READY = 'ready' }`, exported or not, by the text
 * that names them. Null when there is none (the common case costs one pass over the top level).
 */
function stringConstants(program: TSESTree.Program): Map<string, string> | null {
  let out: Map<string, string> | null = null;
  const put = (name: string, v: string | null): void => {
    if (v !== null) (out ??= new Map()).set(name, v);
  };
  for (const top of program.body) {
    const st: Node =
      top.type === 'ExportNamedDeclaration' && top.declaration !== null ? top.declaration : top;
    if (st.type === 'VariableDeclaration' && st.kind === 'const') {
      for (const d of st.declarations) {
        if (d.id.type !== 'Identifier' || d.init === null) continue;
        const name = d.id.name;
        let init = unwrap(d.init);
        if (init.type === 'TSAsExpression') init = unwrap(init.expression);
        // Object.freeze({ … })
        if (
          init.type === 'CallExpression' &&
          init.arguments.length === 1 &&
          calleeOf(init)?.name === 'freeze'
        )
          init = unwrap(init.arguments[0] as Node);
        if (init.type === 'ObjectExpression') {
          for (const p of init.properties)
            if (p.type === 'Property' && !p.computed && p.kind === 'init') {
              const key = p.key.type === 'Identifier' ? p.key.name : null;
              if (key !== null) put(`${name}.${key}`, stringKey(p.value as Node));
            }
        } else put(name, stringKey(init));
      }
    } else if (st.type === 'TSEnumDeclaration') {
      // typescript-estree puts them in `body.members` (its `members` is deprecated), oxc too.
      const e = st as { body?: { members?: TSESTree.TSEnumMember[] } };
      const members =
        e.body?.members ?? (st as { members?: TSESTree.TSEnumMember[] }).members ?? [];
      for (const m of members)
        if (m.id.type === 'Identifier' && m.initializer != null)
          put(`${st.id.name}.${m.id.name}`, stringKey(m.initializer as Node));
    }
  }
  return out;
}
