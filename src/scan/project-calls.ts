// The project pass's reading of one file (candidate P of issue #16; project.ts solves over all
// files): its functions, named as they are called (`f`, `start`, `new:C`); its call sites by
// name, with the function each stands in and whether in a loop; the names it uses as values; its
// loops; and, for libraries, which functions its exports make callable from outside. Plain data,
// so a scan worker can send it back with the file's findings.
import type { TSESTree } from '@typescript-eslint/types';
import { nodeTypesFor, type NodeTypes, type VisitorKeys } from './collect/walk.js';
import { LOOPS } from './rules/once.js';
import { TS_CODE } from './rules/singleton.js';
import { electronSetupCalls, makesWindow, perEventRegistration, REGISTERS } from './electron.js';
import {
  childNodes,
  isNode,
  endOf,
  isFunction,
  propertyName,
  startOf,
  unwrap,
  type Node,
} from './syntax.js';

/** Callees that call a function argument once (per call of theirs), by name. */
const CALLS_ONCE = new Set([
  'then',
  'catch',
  'finally',
  'once',
  'nextTick',
  'setImmediate',
  'setTimeout',
  'queueMicrotask',
]);

/** A call site: the name called, the function it stands in (-1: module top level), in a loop. */
export type SiteRec = [name: string, unit: number, loop: boolean];

/**
 * One function of a file. `name`: what calls it by (`new:C` for a constructor), or null;
 * `caller`: for a callback called on the spot or by a CALLS_ONCE callee, the function the call
 * stands in (-1: top level), else null; `api`: a library could call it from outside when the
 * package is one (exported, or a public method).
 */
export interface UnitRec {
  readonly name: string | null;
  readonly start: number;
  readonly end: number;
  readonly caller: number | null;
  readonly callerLoop: boolean;
  readonly api: boolean;
  /**
   * Runs per window or per event (candidate EL′): it makes a `BrowserWindow`, or it is the
   * callback of a registration (not `app`'s `ready`/`will-finish-launching`).
   */
  readonly perRun: boolean;
}

/** What the project pass needs of one file: plain data, so a scan worker can send it back. */
export interface FileCalls {
  readonly units: readonly UnitRec[];
  readonly sites: readonly SiteRec[];
  /** Names used other than by calling them. */
  readonly escapes: readonly string[];
  /** Loops, as [start, end] offsets. */
  readonly loops: readonly (readonly [number, number])[];
  /** Names passed as a registration's listener (`app.on('activate', createWindow)`). */
  readonly listeners: readonly string[];
  /**
   * Offsets of registrations on Electron's process-wide objects (`ipcMain`, `app`,
   * `autoUpdater`…) with no in-file sign of running again (electron.ts).
   */
  readonly electron: readonly number[];
}

/**
 * What the project pass can say of a file that does not parse (syntax no parser the scan uses
 * reads, such as Flow annotations or Babel's `::`): nothing of its functions or calls, only its
 * words. Every word is taken for a name used as a value (no function of that name anywhere
 * counts as bounded) and for a listener (every function of that name runs per run), so the file
 * can only keep findings elsewhere, never drop one, and the rest of the project keeps its pass.
 */
export function textCalls(text: string): FileCalls {
  const words = [...new Set(text.match(/[A-Za-z_$][\w$]*/g) ?? [])];
  return { units: [], sites: [], escapes: words, loops: [], listeners: words, electron: [] };
}

/** Reads one parsed file for the project pass; `keys`: the parser's visitor keys (faster). */
export function fileCalls(program: TSESTree.Program, keys?: VisitorKeys): FileCalls {
  return new CallWalk(program, nodeTypesFor(keys)).result();
}

type Fn =
  TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** What the walk does with a node type, decided once per type (kindOfType). */
const enum Kind {
  /** Walk the children. */
  Plain,
  /** A TypeScript type: names nothing. */
  Skip,
  /** No children that matter (literals, `this`, templates' text, imports, jumps). */
  Leaf,
  Identifier,
  Function,
  /** Handled by the walk's switch. */
  Special,
}

const SPECIAL = new Set([
  'LabeledStatement',
  'ClassDeclaration',
  'ClassExpression',
  'MethodDefinition',
  'PropertyDefinition',
  'Property',
  'VariableDeclarator',
  'CatchClause',
  'MemberExpression',
  'AssignmentExpression',
  'ExportNamedDeclaration',
  'ExportDefaultDeclaration',
  'TSExportAssignment',
  'CallExpression',
  'NewExpression',
]);
const LEAVES = new Set([
  'Literal',
  'ThisExpression',
  'Super',
  'TemplateElement',
  'JSXText',
  'EmptyStatement',
  'DebuggerStatement',
  'PrivateIdentifier',
  // Names in these are no uses of a value: imports, labels.
  'ImportDeclaration',
  'ExportAllDeclaration',
  'BreakStatement',
  'ContinueStatement',
]);
/** Per node type: what to do, whether it is a loop, which children to visit (null: all). */
interface TypeInfo {
  readonly kind: Kind;
  readonly loop: boolean;
  readonly keys: readonly string[] | null;
}

/** One TypeInfo table per visitor keys table (there are few): a node costs one lookup. */
const infoTables = new WeakMap<NodeTypes, Map<string, TypeInfo>>();

function kindOfType(t: string): Kind {
  return t.startsWith('TS') && !TS_CODE.has(t)
    ? Kind.Skip
    : LEAVES.has(t)
      ? Kind.Leaf
      : t === 'Identifier'
        ? Kind.Identifier
        : t === 'ArrowFunctionExpression' ||
            t === 'FunctionExpression' ||
            t === 'FunctionDeclaration'
          ? Kind.Function
          : SPECIAL.has(t)
            ? Kind.Special
            : Kind.Plain;
}

class CallWalk {
  private readonly units: UnitRec[] = [];
  private readonly sites: SiteRec[] = [];
  private readonly escapes = new Set<string>();
  private readonly loops: [number, number][] = [];
  private readonly perRun = new Set<number>();
  private readonly listeners = new Set<string>();
  /** Names the file exports (declarations, specifiers, CommonJS assignments). */
  private readonly exported = new Set<string>();
  /** Per unit: its class (for exported classes' methods) and whether it is a method, private. */
  private readonly shape: { cls: string | null; method: boolean; priv: boolean }[] = [];

  private readonly infos: Map<string, TypeInfo>;

  constructor(
    private readonly program: TSESTree.Program,
    private readonly types: NodeTypes,
  ) {
    let infos = infoTables.get(types);
    if (infos === undefined) infoTables.set(types, (infos = new Map()));
    this.infos = infos;
  }

  result(): FileCalls {
    this.walk(this.program as Node, null, -1, false, null);
    const units = this.units.map((u, i) => {
      const s = this.shape[i]!;
      const api =
        (u.name !== null && this.exported.has(u.name.replace(/^new:/, ''))) ||
        (s.cls !== null && this.exported.has(s.cls)) ||
        (s.method && !s.priv);
      return { ...u, api, perRun: this.perRun.has(i) };
    });
    return {
      units,
      sites: this.sites,
      escapes: [...this.escapes],
      loops: this.loops,
      listeners: [...this.listeners],
      electron: electronSetupCalls(this.program),
    };
  }

  private escape(name: string): void {
    this.escapes.add(name);
  }

  private walk(
    n: Node,
    parent: Node | null,
    unit: number,
    loop: boolean,
    cls: string | null,
  ): void {
    const t = n.type;
    let info = this.infos.get(t);
    if (info === undefined) {
      info = { kind: kindOfType(t), loop: LOOPS.has(t), keys: this.types.of(t).keys };
      this.infos.set(t, info);
    }
    const kind = info.kind;
    if (kind === Kind.Skip) return;
    if (kind === Kind.Leaf) return;
    if (kind === Kind.Identifier) {
      // (C used as a value escapes `new:C` too: see solve.)
      this.escape((n as TSESTree.Identifier).name);
      return;
    }
    if (kind === Kind.Function) return this.fn(n as Fn, parent, unit, loop, cls);
    if (kind === Kind.Plain) return this.children(n, info, unit, loop, cls);
    switch (t) {
      case 'LabeledStatement':
        this.walk(n.body, n, unit, loop, cls);
        return;
      case 'ClassDeclaration':
      case 'ClassExpression': {
        const name =
          n.id?.name ??
          (parent?.type === 'VariableDeclarator' && parent.id.type === 'Identifier'
            ? parent.id.name
            : null);
        if (n.superClass !== null) this.walk(n.superClass, n, unit, loop, cls);
        for (const d of n.decorators ?? []) this.walk(d as Node, n, unit, loop, cls);
        for (const m of n.body.body) this.walk(m as Node, n.body as Node, unit, loop, name);
        return;
      }
      case 'MethodDefinition':
      case 'PropertyDefinition':
      case 'Property':
        if (n.computed) this.walk(n.key as Node, n, unit, loop, cls);
        for (const d of ('decorators' in n ? n.decorators : undefined) ?? [])
          this.walk(d as Node, n, unit, loop, cls);
        if (n.type === 'Property' && n.shorthand && n.value.type === 'Identifier')
          this.escape(n.value.name);
        else if (n.value === null) return;
        else if (n.type === 'PropertyDefinition' && !n.static && !isFunction(n.value as Node)) {
          // An instance field's value is computed once per instance, whenever one is made:
          // code nobody counts (a unit that is never bounded).
          this.walk(n.value as Node, n, this.opaqueUnit(n), false, cls);
        } else this.walk(n.value as Node, n, unit, loop, cls);
        return;
      case 'VariableDeclarator':
        if (n.init !== null) this.walk(n.init, n, unit, loop, cls);
        return;
      case 'CatchClause':
        this.walk(n.body, n, unit, loop, cls);
        return;
      case 'MemberExpression': {
        // `C.prototype` defines C's methods: no use of C as a value.
        const proto =
          !n.computed && n.object.type === 'Identifier' && propertyName(n) === 'prototype';
        if (!proto) this.walk(n.object, n, unit, loop, cls);
        if (n.computed) this.walk(n.property, n, unit, loop, cls);
        else {
          const name = propertyName(n);
          if (name !== null) this.escape(name);
        }
        return;
      }
      case 'AssignmentExpression': {
        this.exportsOf(n);
        const left = n.left;
        if (left.type === 'MemberExpression') {
          this.walk(left.object, left, unit, loop, cls);
          if (left.computed) this.walk(left.property, left, unit, loop, cls);
        } else if (left.type !== 'Identifier') this.walk(left as Node, n, unit, loop, cls);
        this.walk(n.right, n, unit, loop, cls);
        return;
      }
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        this.exportsOfDeclaration(n);
        if (n.declaration !== null && n.declaration !== undefined)
          this.walk(n.declaration as Node, n, unit, loop, cls);
        return;
      case 'TSExportAssignment':
        if (n.expression.type === 'Identifier') this.exported.add(n.expression.name);
        this.walk(n.expression, n, unit, loop, cls);
        return;
      case 'CallExpression':
      case 'NewExpression':
        return this.call(n, unit, loop, cls);
    }
    this.children(n, info, unit, loop, cls);
  }

  /** Walks a node's children (a loop's are in a loop). */
  private children(n: Node, info: TypeInfo, unit: number, loop: boolean, cls: string | null): void {
    const inLoop = loop || info.loop;
    if (info.loop) this.loops.push([startOf(n), endOf(n)]);
    const keys = info.keys;
    if (keys === null) {
      for (const c of childNodes(n)) this.walk(c, n, unit, inLoop, cls);
      return;
    }
    for (const k of keys) {
      const v = (n as unknown as Record<string, unknown>)[k];
      if (Array.isArray(v)) {
        for (const c of v) if (isNode(c)) this.walk(c, n, unit, inLoop, cls);
      } else if (isNode(v)) this.walk(v, n, unit, inLoop, cls);
    }
  }

  private call(
    n: TSESTree.CallExpression | TSESTree.NewExpression,
    unit: number,
    loop: boolean,
    cls: string | null,
  ): void {
    const callee = unwrap(n.callee);
    if (n.type === 'NewExpression' && unit !== -1 && makesWindow(n)) this.perRun.add(unit);
    if (n.type === 'NewExpression' && callee.type === 'Identifier') {
      this.sites.push([`new:${callee.name}`, unit, loop], [callee.name, unit, loop]);
    } else if (callee.type === 'Identifier') {
      this.sites.push([callee.name, unit, loop]);
    } else if (callee.type === 'MemberExpression') {
      const name = propertyName(callee);
      if (name !== null && REGISTERS.has(name) && n.type === 'CallExpression')
        this.listenerOf(n, name);
      const obj = unwrap(callee.object);
      let target = name;
      if ((name === 'call' || name === 'apply') && !callee.computed) {
        target =
          obj.type === 'Identifier'
            ? obj.name
            : obj.type === 'MemberExpression'
              ? propertyName(obj)
              : null;
        if (obj.type === 'MemberExpression') this.walk(obj.object, obj, unit, loop, cls);
        else if (obj.type !== 'Identifier') this.walk(obj, callee, unit, loop, cls);
      } else {
        this.walk(callee.object, callee, unit, loop, cls);
        if (callee.computed) this.walk(callee.property, callee, unit, loop, cls);
      }
      if (target !== null) this.sites.push([target, unit, loop]);
    } else if (!isFunction(callee)) this.walk(callee, n, unit, loop, cls);
    if (isFunction(callee)) this.fn(callee, n, unit, loop, cls);
    for (const a of n.arguments) this.walk(a as Node, n, unit, loop, cls);
  }

  /** A listener passed by name to a per-event registration (`app.on('activate', createWindow)`). */
  private listenerOf(n: TSESTree.CallExpression, name: string): void {
    if (n.arguments.length < 2 || !perEventCall(n, name)) return;
    const l = unwrap(n.arguments[1] as Node);
    const named =
      l.type === 'Identifier'
        ? l.name
        : l.type === 'MemberExpression' && !l.computed
          ? propertyName(l)
          : null;
    if (named !== null) this.listeners.add(named);
  }

  private fn(fn: Fn, parent: Node | null, unit: number, loop: boolean, cls: string | null): void {
    let name: string | null = null;
    let caller: number | null = null;
    let method = false;
    let priv = false;
    let ofClass: string | null = null;
    let perEvent = false;
    const p = parent;
    if (fn.type === 'FunctionDeclaration' && fn.id !== null) name = fn.id.name;
    else if (p?.type === 'VariableDeclarator' && p.id.type === 'Identifier') name = p.id.name;
    else if (p?.type === 'MethodDefinition' || p?.type === 'PropertyDefinition') {
      name =
        p.type === 'MethodDefinition' && p.kind === 'constructor'
          ? `new:${cls ?? ''}`
          : propertyName(p);
      method = p.type !== 'MethodDefinition' || p.kind !== 'constructor';
      priv = p.accessibility === 'private' || p.key.type === 'PrivateIdentifier';
      ofClass = cls;
      if (p.type === 'MethodDefinition' && p.static) ofClass = null;
    } else if (p?.type === 'Property') {
      name = p.computed ? null : propertyName(p);
      method = true;
    } else if (p?.type === 'AssignmentExpression' && p.right === fn) {
      if (p.left.type === 'Identifier') name = p.left.name;
      else if (p.left.type === 'MemberExpression' && !p.left.computed) {
        name = propertyName(p.left);
        method = true;
      }
    } else if (p?.type === 'CallExpression' && unwrap(p.callee) === fn) {
      caller = unit;
    } else if (
      p?.type === 'NewExpression' &&
      p.callee.type === 'Identifier' &&
      p.callee.name === 'Promise'
    ) {
      caller = unit;
    } else if (p?.type === 'CallExpression' && (p.arguments as Node[]).includes(fn)) {
      const c = unwrap(p.callee);
      const cn =
        c.type === 'Identifier' ? c.name : c.type === 'MemberExpression' ? propertyName(c) : null;
      if (cn !== null && CALLS_ONCE.has(cn)) caller = unit;
      else if (cn !== null && REGISTERS.has(cn) && perEventCall(p, cn)) perEvent = true;
    }
    if (name === 'new:') name = null;
    const id = this.units.length;
    this.units.push({
      name,
      start: startOf(fn),
      end: endOf(fn),
      caller,
      callerLoop: loop,
      api: false,
      perRun: false,
    });
    this.shape.push({ cls: ofClass, method, priv });
    if (perEvent) this.perRun.add(id);
    // Parameters are declarations; their defaults run with the function, as its body does.
    for (const q of fn.params) this.defaults(q as Node, id, cls);
    this.walk(fn.body as Node, fn, id, false, cls);
  }

  /** Walks the default values in a parameter pattern, as code of function `unit`. */
  private defaults(p: Node | null, unit: number, cls: string | null): void {
    if (p === null) return;
    if (p.type === 'AssignmentPattern') {
      this.defaults(p.left, unit, cls);
      this.walk(p.right, p, unit, false, cls);
    } else if (p.type === 'ObjectPattern') {
      for (const q of p.properties)
        this.defaults(q.type === 'Property' ? (q.value as Node) : (q as Node), unit, cls);
    } else if (p.type === 'ArrayPattern') {
      for (const e of p.elements) this.defaults(e as Node | null, unit, cls);
    } else if (p.type === 'RestElement') this.defaults(p.argument, unit, cls);
    else if (p.type === 'TSParameterProperty') this.defaults(p.parameter as Node, unit, cls);
  }

  /** A unit for code that runs an unknown number of times and holds no finding of its own. */
  private opaqueUnit(n: Node): number {
    this.units.push({
      name: null,
      start: startOf(n),
      end: startOf(n),
      caller: null,
      callerLoop: false,
      api: false,
      perRun: false,
    });
    this.shape.push({ cls: null, method: false, priv: false });
    return this.units.length - 1;
  }

  /** `export function f`, `export default C`, `export { a, b as c }`, `export const x = …`. */
  private exportsOfDeclaration(
    n: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration,
  ): void {
    const d = n.declaration as Node | null | undefined;
    if (d !== null && d !== undefined) {
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id !== null)
        this.exported.add(d.id.name);
      else if (d.type === 'Identifier') this.exported.add(d.name);
      else if (d.type === 'VariableDeclaration')
        for (const x of d.declarations)
          if (x.id.type === 'Identifier') this.exported.add(x.id.name);
    }
    if (n.type === 'ExportNamedDeclaration')
      for (const s of n.specifiers) {
        if (s.local.type !== 'Identifier') continue;
        this.exported.add(s.local.name);
        // `export { run as start }`: other files call it `start`, which is no call of `run`.
        const as = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
        if (as !== s.local.name && n.source === null) this.escape(s.local.name);
      }
  }

  /** `module.exports = X`, `module.exports = { a, b: c }`, `exports.a = f`, `module.exports.a = f`. */
  private exportsOf(n: TSESTree.AssignmentExpression): void {
    const left = n.left;
    if (left.type !== 'MemberExpression') return;
    const obj = unwrap(left.object);
    const prop = propertyName(left);
    const isModuleExports =
      obj.type === 'Identifier' && obj.name === 'module' && prop === 'exports';
    const isExportsMember =
      (obj.type === 'Identifier' && obj.name === 'exports') ||
      (obj.type === 'MemberExpression' &&
        unwrap(obj.object).type === 'Identifier' &&
        (unwrap(obj.object) as TSESTree.Identifier).name === 'module' &&
        propertyName(obj) === 'exports');
    if (!isModuleExports && !isExportsMember) return;
    if (isExportsMember && prop !== null) this.exported.add(prop);
    const r = unwrap(n.right);
    if (r.type === 'Identifier') this.exported.add(r.name);
    else if ((r.type === 'ClassExpression' || r.type === 'FunctionExpression') && r.id !== null)
      this.exported.add(r.id.name);
    else if (r.type === 'ObjectExpression') {
      for (const q of r.properties)
        if (q.type === 'Property' && q.value.type === 'Identifier') this.exported.add(q.value.name);
    }
  }
}

/**
 * A registration whose callback runs per event (candidate EL′). Without the file's bindings, the
 * receiver `app` or `….app` is taken for Electron's (a wrong guess only keeps findings).
 */
function perEventCall(call: TSESTree.CallExpression, name: string): boolean {
  return perEventRegistration(call, name, (obj) =>
    obj.type === 'Identifier'
      ? obj.name === 'app'
      : obj.type === 'MemberExpression' && !obj.computed && propertyName(obj) === 'app',
  );
}
