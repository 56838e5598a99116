/**
 * Why this file is long: CallWalk is one pass over a file's AST, and its node cases share what
 * the file binds (declarations, imports, classes, exports) until the walk ends and its calls are
 * resolved against them; project.ts solves over all files.
 *
 * The project pass's reading of one file (candidate P of issue #16): its functions, named as
 * they are called (`f`, `start`, `new:C`); its call sites, with the function each stands in,
 * whether in a loop, and how each reaches functions (candidate CG: a declaration of the file, a
 * relative import, `this.m()` of the class, or by name); its imports and exports; the names it
 * uses as values; its loops; and, for libraries, which functions its exports make callable from
 * outside. Plain data, so a scan worker can send it back with the file's findings.
 */
import type { TSESTree } from '@typescript-eslint/types';
import { nodeTypesFor, type NodeTypes, type VisitorKeys } from './collect/walk.js';
import { LOOPS } from './rules/once.js';
import { TS_CODE } from './rules/singleton.js';
import { electronSetupCalls, makesWindow, perEventRegistration, REGISTERS } from './electron.js';
import {
  calleeOf,
  childNodes,
  isNode,
  endOf,
  isFunction,
  isPageWrapper,
  propertyName,
  requiredModule,
  startOf,
  unwrap,
  type Node,
} from './syntax.js';

/**
 * Callees that call a function argument once (per call of theirs), by name; registrations of an
 * event that fires once do too (onceRegistration, candidate LE).
 */
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

/**
 * How a call site reaches functions (candidate CG). `Name`: every function of that name the
 * site could name (in its own file, and the ones other files can reach); `Member`: `x.m()`,
 * every method and every function other files can reach; `Unit`: one function of the file
 * (`ref`, -1: none); `ThisOwn`: the method `ref` of the site's class, and the same-named methods
 * of classes with a superclass (an override); `Import`: what import `ref` names, when the pass
 * can resolve it, else as `Name`.
 */
export const How = { Name: 0, Member: 1, Unit: 2, ThisOwn: 3, Import: 4 } as const;
export type How = (typeof How)[keyof typeof How];

/**
 * A call site: the name called, the function it stands in (-1: module top level), in a loop,
 * how it reaches functions, and the unit or import it names (How).
 */
export type SiteRec = [name: string, unit: number, loop: boolean, how: How, ref: number];

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
   * callback of a registration whose event can fire again (not onceRegistration's).
   */
  readonly perRun: boolean;
  /**
   * A function only its own file can name (candidate CG): declared in a module (a file with
   * imports or exports), not a method, not exported. Other files' calls never reach it.
   */
  readonly priv: boolean;
  /** A method of a class with a superclass: `this.m()` in a base class may run it. */
  readonly superMethod: boolean;
}

/** What the project pass needs of one file: plain data, so a scan worker can send it back. */
export interface FileCalls {
  readonly units: readonly UnitRec[];
  readonly sites: readonly SiteRec[];
  /**
   * Names used other than by calling them, that the file does not bind to one declaration or
   * import: every function of the name in this file or reachable from others escapes.
   */
  readonly escapes: readonly string[];
  /** Property names read other than by calling them (`x.m` passed on): methods and exported functions. */
  readonly memberEscapes: readonly string[];
  /** Functions of this file used as values. */
  readonly unitEscapes: readonly number[];
  /** Imports used as values: [import index, local name]. */
  readonly importEscapes: readonly (readonly [number, string])[];
  /**
   * Functions this file exports as its default (`export default X`, `module.exports = X`): used
   * as values when the project has imports the pass cannot resolve (a path alias), since those
   * may bind them under any name.
   */
  readonly exportEscapes: readonly number[];
  /** Imports by a path: [specifier, imported name ('default', '*' or the export's name)]. */
  readonly imports: readonly (readonly [string, string])[];
  /** What the file exports: [exported name ('default' for the default), unit]. */
  readonly exports: readonly (readonly [string, number])[];
  /**
   * Names the file exports a value under that is no function or class (`export default new C()`,
   * `const s = new C(); export default s`, an object, an array, a literal): an import of one
   * names no function of the program, so using it as a value escapes none (candidate IV).
   */
  readonly valueExports: readonly string[];
  /** The file could not be read as code: its words stand for its calls (textCalls). */
  readonly opaque: boolean;
  /** Loops, as [start, end] offsets. */
  readonly loops: readonly (readonly [number, number])[];
  /** Names passed as a registration's listener (`app.on('activate', createWindow)`). */
  readonly listeners: readonly string[];
  /**
   * Offsets of registrations on Electron's process-wide objects (`ipcMain`, `app`,
   * `autoUpdater`…) with no in-file sign of running again (electron.ts).
   */
  readonly electron: readonly number[];
  /**
   * Candidate PK: `x.m()` and `x.y.m()` sites whose root `x` is bound to one import of a
   * non-relative specifier, as [site index, import index]. The pass takes such a call for the
   * package's code, naming no function of the program, when the specifier is a package the
   * program depends on and does not scan (project-graph.ts, `packageSites`).
   */
  readonly packageCalls: readonly (readonly [number, number])[];
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
  return {
    units: [],
    sites: [],
    escapes: words,
    memberEscapes: words,
    unitEscapes: [],
    importEscapes: [],
    exportEscapes: [],
    imports: [],
    exports: [],
    valueExports: [],
    opaque: true,
    loops: [],
    listeners: words,
    electron: [],
    packageCalls: [],
  };
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
  'ImportDeclaration',
  'ExportAllDeclaration',
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
  // Names in these are no uses of a value: labels.
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

const NONE: readonly number[] = [];

class CallWalk {
  private readonly units: { -readonly [K in keyof UnitRec]: UnitRec[K] }[] = [];
  /**
   * Call sites: during the walk `how` is how the call is written (`How.Name` a bare name,
   * `How.Member` `x.m()`, `How.ThisOwn` `this.m()` with `ref` its class) and is resolved against
   * the file's bindings once the walk is done.
   */
  private readonly sites: SiteRec[] = [];
  /** PK: [site index, root name] of `x.m()` sites whose object is rooted at a name. */
  private readonly memberRoots: [number, string][] = [];
  /** Identifiers used as values, resolved against the file's bindings after the walk. */
  private readonly valueUses = new Set<string>();
  private readonly byName = new Map<string, number[]>();
  private readonly nameEscapes = new Set<string>();
  private readonly importEscapes: [number, string][] = [];
  private readonly memberEscapes = new Set<string>();
  /** Candidate CG: how many declarations bind each name in the file, and which are reassigned. */
  private readonly bindings = new Map<string, number>();
  private readonly assigned = new Set<string>();
  /** Names declared as a function or class (`function f`, `const f = () => …`, `class C`). */
  private readonly declared = new Set<string>();
  /** Local name → index in `imports`. */
  private readonly importOf = new Map<string, number>();
  private readonly imports: [string, string][] = [];
  /** [exported name, local name] and [exported name, unit] of the file's exports. */
  private readonly exportNames: [string, string][] = [];
  private readonly exportUnits: [string, number][] = [];
  /** Local names exported as values (`export default X`, `module.exports = { a }`). */
  private readonly exportValues: string[] = [];
  /** Exported names of values that are no function (`export default new C()`, IV). */
  private readonly valueExports: string[] = [];
  /** `export { local as name }`: [name, local] (IV reads a value exported so). */
  private readonly renamedExports: [string, string][] = [];
  /** Names a declaration binds to a value that is no function (`const s = new C()`, IV). */
  private readonly plainValues = new Set<string>();
  /**
   * Per class: whether it has a superclass (and its name, when `extends` names one: candidate
   * SU), its instance methods by name, and the names its own code assigns on `this` (`this.m = …`
   * replaces the method, so `this.m()` is read by name).
   */
  private readonly classes: {
    hasSuper: boolean;
    superName: string | null;
    methods: Map<string, number>;
    replaced: Set<string> | null;
  }[] = [];
  private readonly superMethods = new Set<number>();
  private curClass = -1;
  private thisCls = -1;
  private isModule = false;
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
    // The units' last fields, now that the whole file is read (set in place: they are this
    // walk's own objects).
    const units = this.units;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      const s = this.shape[i]!;
      const exported = u.name !== null && this.exported.has(baseName(u.name));
      u.api = exported || (s.cls !== null && this.exported.has(s.cls)) || (s.method && !s.priv);
      u.perRun = this.perRun.has(i);
      u.priv = this.isModule && u.name !== null && u.caller === null && !s.method && !exported;
      u.superMethod = this.superMethods.has(i);
    }
    // Functions (not methods) of this file by name.
    const byName = this.byName;
    for (let i = 0; i < units.length; i++) {
      const u = units[i]!;
      if (u.name === null || u.caller !== null || this.shape[i]!.method) continue;
      const l = byName.get(u.name);
      if (l === undefined) byName.set(u.name, [i]);
      else l.push(i);
    }
    const sites = this.sites;
    for (const r of sites) {
      const name = r[0];
      if (r[3] === How.Member) continue;
      if (r[3] === How.ThisOwn) {
        const c = this.classes[r[4]];
        const own = c?.replaced?.has(name) === true ? undefined : c?.methods.get(name);
        if (own === undefined) {
          r[3] = How.Member;
          r[4] = -1;
        } else r[4] = own;
        continue;
      }
      const base = baseName(name);
      const b = this.bound(base);
      if (b === 'decl') {
        const us = this.named(name);
        if (us.length <= 1) {
          r[3] = How.Unit;
          r[4] = us[0] ?? -1;
        }
      } else if (b === 'import') {
        r[3] = How.Import;
        r[4] = this.importOf.get(base)!;
      }
    }
    const unitEscapes: number[] = [];
    for (const name of this.valueUses) this.valueUse(name, unitEscapes);
    const exportEscapes: number[] = [];
    for (const name of new Set(this.exportValues)) this.valueUse(name, exportEscapes);
    const exports: [string, number][] = [...this.exportUnits];
    const valueExports = this.valueExports;
    for (const [as, local] of this.exportNames) {
      for (const u of [...this.named(local), ...this.named(`new:${local}`)]) exports.push([as, u]);
      if (this.isPlain(local)) valueExports.push(as);
    }
    for (const [as, local] of this.renamedExports) if (this.isPlain(local)) valueExports.push(as);
    return {
      units,
      sites,
      escapes: [...this.nameEscapes],
      memberEscapes: [...this.memberEscapes],
      unitEscapes,
      importEscapes: this.importEscapes,
      exportEscapes,
      imports: this.imports,
      exports,
      valueExports,
      opaque: false,
      loops: this.loops,
      listeners: [...this.listeners],
      electron: electronSetupCalls(this.program),
      packageCalls: this.packageCalls(),
    };
  }

  /** A name bound once, and never assigned, to a value that is no function (IV). */
  private isPlain(name: string): boolean {
    return this.plainValues.has(name) && this.bindings.get(name) === 1 && !this.assigned.has(name);
  }

  /** Functions (not methods) of this file named `name` (after the walk). */
  private named(name: string): readonly number[] {
    return this.byName.get(name) ?? NONE;
  }

  /** PK: the member sites rooted at a name bound to one import of a non-relative specifier. */
  private packageCalls(): [number, number][] {
    const out: [number, number][] = [];
    for (const [s, root] of this.memberRoots) {
      if (this.bound(root) !== 'import') continue;
      const i = this.importOf.get(root)!;
      const spec = this.imports[i]![0];
      if (!spec.startsWith('.') && !spec.startsWith('/')) out.push([s, i]);
    }
    return out;
  }

  /** What a name means in this file: one declaration, one import, or unknown (read by name). */
  private bound(base: string): 'decl' | 'import' | null {
    if (this.bindings.get(base) !== 1 || this.assigned.has(base)) return null;
    if (this.declared.has(base)) return 'decl';
    return this.importOf.has(base) ? 'import' : null;
  }

  /** A name used as a value: what it names escapes (`into` for the file's own functions). */
  private valueUse(name: string, into: number[]): void {
    const b = this.bound(name);
    if (b === 'decl') into.push(...this.named(name), ...this.named(`new:${name}`));
    else if (b === 'import') this.importEscapes.push([this.importOf.get(name)!, name]);
    else this.nameEscapes.add(name);
  }

  /** An identifier used as a value. */
  private escape(name: string): void {
    this.valueUses.add(name);
  }

  private bind(name: string): void {
    this.bindings.set(name, (this.bindings.get(name) ?? 0) + 1);
  }

  /** Binds every name a declaration pattern declares. */
  private bindPattern(p: Node | null): void {
    if (p === null) return;
    switch (p.type) {
      case 'Identifier':
        this.bind(p.name);
        return;
      case 'ObjectPattern':
        for (const q of p.properties)
          this.bindPattern(q.type === 'Property' ? (q.value as Node) : (q as Node));
        return;
      case 'ArrayPattern':
        for (const e of p.elements) this.bindPattern(e as Node | null);
        return;
      case 'RestElement':
        this.bindPattern(p.argument);
        return;
      case 'AssignmentPattern':
        this.bindPattern(p.left);
        return;
      case 'TSParameterProperty':
        this.bindPattern(p.parameter as Node);
        return;
    }
  }

  /**
   * `new C(…)` (or `super(…)` in a class that extends C): a call of C's constructor, a class's
   * (`new:C`) or a constructor function's (`C`).
   */
  private construct(name: string, unit: number, loop: boolean): void {
    this.site(`new:${name}`, unit, loop, 0);
    this.site(name, unit, loop, 0);
  }

  /** A call site, resolved after the walk (`sites`). `kind`: 0 a bare name, 1 `x.m()`, 2 `this.m()`. */
  private site(name: string, unit: number, loop: boolean, kind: 0 | 1 | 2): void {
    if (kind === 2 && this.thisCls !== -1)
      this.sites.push([name, unit, loop, How.ThisOwn, this.thisCls]);
    else this.sites.push([name, unit, loop, kind === 0 ? How.Name : How.Member, -1]);
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
        if (n.id !== null && n.id !== undefined) {
          this.bind(n.id.name);
          if (n.type === 'ClassDeclaration') this.declared.add(n.id.name);
        }
        if (n.superClass !== null) this.walk(n.superClass, n, unit, loop, cls);
        for (const d of n.decorators ?? []) this.walk(d as Node, n, unit, loop, cls);
        const outer = this.curClass;
        this.curClass = this.classes.length;
        const sup = n.superClass === null ? null : unwrap(n.superClass);
        this.classes.push({
          hasSuper: sup !== null,
          superName: sup?.type === 'Identifier' ? sup.name : null,
          methods: new Map(),
          replaced: null,
        });
        for (const m of n.body.body) this.walk(m as Node, n.body as Node, unit, loop, name);
        this.curClass = outer;
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
        return this.declarator(n, unit, loop, cls);
      case 'ImportDeclaration':
        return this.importDeclaration(n);
      case 'ExportAllDeclaration':
        this.isModule = true;
        return;
      case 'CatchClause':
        this.bindPattern(n.param as Node | null);
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
          if (name !== null) this.memberEscapes.add(name);
        }
        return;
      }
      case 'AssignmentExpression': {
        if (this.exportsOf(n, unit, loop, cls)) return;
        const left = n.left;
        if (left.type === 'Identifier') this.assigned.add(left.name);
        else if (
          left.type === 'MemberExpression' &&
          this.thisCls !== -1 &&
          unwrap(left.object).type === 'ThisExpression'
        ) {
          const name = propertyName(left);
          const c = this.classes[this.thisCls]!;
          if (name !== null) (c.replaced ??= new Set()).add(name);
        }
        if (left.type === 'MemberExpression') {
          this.walk(left.object, left, unit, loop, cls);
          if (left.computed) this.walk(left.property, left, unit, loop, cls);
        } else if (left.type !== 'Identifier') this.walk(left as Node, n, unit, loop, cls);
        this.walk(n.right, n, unit, loop, cls);
        return;
      }
      case 'ExportNamedDeclaration':
      case 'ExportDefaultDeclaration':
        this.isModule = true;
        this.exportsOfDeclaration(n);
        if (n.declaration === null || n.declaration === undefined) return;
        // `export default X`: X is exported, not used as a value by this file (CG).
        if (n.declaration.type === 'Identifier') this.exportValues.push(n.declaration.name);
        else {
          if (n.type === 'ExportDefaultDeclaration' && isPlainValue(n.declaration as Node))
            this.valueExports.push('default');
          this.walk(n.declaration as Node, n, unit, loop, cls);
        }
        return;
      case 'TSExportAssignment':
        this.isModule = true;
        if (n.expression.type === 'Identifier') {
          this.exported.add(n.expression.name);
          this.exportNames.push(['default', n.expression.name]);
          this.exportValues.push(n.expression.name);
        } else this.walk(n.expression, n, unit, loop, cls);
        return;
      case 'CallExpression':
      case 'NewExpression':
        return this.call(n, unit, loop, cls);
    }
    this.children(n, info, unit, loop, cls);
  }

  /** `const x = …`: what it binds, and a require() of a path as imports (CG). */
  private declarator(
    n: TSESTree.VariableDeclarator,
    unit: number,
    loop: boolean,
    cls: string | null,
  ): void {
    const spec = n.init === null ? null : requiredModule(n.init);
    // A require() binds its names as imports (importBinding), others as declarations.
    if (spec === null) this.bindPattern(n.id as Node);
    const init = n.init === null ? null : unwrap(n.init);
    if (
      n.id.type === 'Identifier' &&
      init !== null &&
      (isFunction(init) || init.type === 'ClassExpression')
    )
      this.declared.add(n.id.name);
    else if (n.id.type === 'Identifier' && init !== null && isPlainValue(init))
      this.plainValues.add(n.id.name);
    if (spec !== null) {
      this.isModule = true;
      if (n.id.type === 'Identifier') this.importBinding(n.id.name, spec, 'default');
      else if (n.id.type === 'ObjectPattern')
        for (const q of n.id.properties) {
          const key =
            q.type === 'Property' && !q.computed && q.key.type === 'Identifier' ? q.key.name : null;
          if (key !== null && q.type === 'Property' && q.value.type === 'Identifier')
            this.importBinding(q.value.name, spec, key);
          else this.bindPattern(q as Node);
        }
      else this.bindPattern(n.id as Node);
      return;
    }
    if (n.init !== null) this.walk(n.init, n, unit, loop, cls);
    return;
  }

  /** `import … from '…'`: its bindings as imports (CG). */
  private importDeclaration(n: TSESTree.ImportDeclaration): void {
    this.isModule = true;
    if (n.importKind === 'type') return;
    for (const sp of n.specifiers) {
      if (sp.type === 'ImportSpecifier' && sp.importKind === 'type') continue;
      const name =
        sp.type === 'ImportDefaultSpecifier'
          ? 'default'
          : sp.type === 'ImportNamespaceSpecifier'
            ? '*'
            : sp.imported.type === 'Identifier'
              ? sp.imported.name
              : String(sp.imported.value);
      this.importBinding(sp.local.name, String(n.source.value), name);
    }
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
      this.construct(callee.name, unit, loop);
    } else if (callee.type === 'Identifier') {
      if (callee.name === 'require') this.isModule = true;
      this.site(callee.name, unit, loop, 0);
    } else if (callee.type === 'Super') {
      // Candidate SU: `super(…)` runs the parent's constructor, as `new Parent(…)` here would.
      const sup = this.classes[this.curClass]?.superName ?? null;
      if (sup !== null) this.construct(sup, unit, loop);
    } else if (callee.type === 'MemberExpression') {
      const name = propertyName(callee);
      if (name !== null && REGISTERS.has(name) && n.type === 'CallExpression')
        this.listenerOf(n, name);
      const obj = unwrap(callee.object);
      let target = name;
      let kind: 0 | 1 | 2 = obj.type === 'ThisExpression' ? 2 : 1;
      if ((name === 'call' || name === 'apply') && !callee.computed) {
        target =
          obj.type === 'Identifier'
            ? obj.name
            : obj.type === 'MemberExpression'
              ? propertyName(obj)
              : null;
        kind =
          obj.type === 'Identifier'
            ? 0
            : obj.type === 'MemberExpression' && unwrap(obj.object).type === 'ThisExpression'
              ? 2
              : 1;
        if (obj.type === 'MemberExpression') this.walk(obj.object, obj, unit, loop, cls);
        else if (obj.type !== 'Identifier') this.walk(obj, callee, unit, loop, cls);
      } else {
        this.walk(callee.object, callee, unit, loop, cls);
        if (callee.computed) this.walk(callee.property, callee, unit, loop, cls);
      }
      if (kind === 1 && target !== null && target === name) {
        // PK: the root of `x.m()` / `x.y.m()` (and of `new x.C()`'s two sites, pushed below),
        // resolved against the imports after the walk.
        let root = obj;
        while (root.type === 'MemberExpression') root = unwrap(root.object);
        if (root.type === 'Identifier') {
          this.memberRoots.push([this.sites.length, root.name]);
          if (n.type === 'NewExpression') this.memberRoots.push([this.sites.length + 1, root.name]);
        }
      }
      if (target !== null) this.site(target, unit, loop, kind);
      if (n.type === 'NewExpression' && name !== null) this.site(`new:${name}`, unit, loop, 1);
    } else if (!isFunction(callee)) this.walk(callee, n, unit, loop, cls);
    if (isFunction(callee)) this.fn(callee, n, unit, loop, cls);
    for (const a of n.arguments) this.walk(a as Node, n, unit, loop, cls);
  }

  /** A listener passed by name to a per-event registration (`app.on('activate', createWindow)`). */
  private listenerOf(n: TSESTree.CallExpression, name: string): void {
    if (n.arguments.length < 2 || !perEventCall(n, name) || onceRegistration(n, name)) return;
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
      // Candidate LE: `window.onload = function () {…}` runs once per page.
      if (onceHandler(p.left)) caller = unit;
      else if (p.left.type === 'Identifier') name = p.left.name;
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
      const cn = calleeOf(p)?.name ?? null;
      if (cn !== null && (CALLS_ONCE.has(cn) || onceRegistration(p, cn))) caller = unit;
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
      priv: false,
      superMethod: false,
    });
    this.shape.push({ cls: ofClass, method, priv });
    if (perEvent) this.perRun.add(id);
    // Candidate CG: what binds names, which class `this` is, what the file exports.
    if (fn.id !== null && fn.id !== undefined) {
      this.bind(fn.id.name);
      if (fn.type === 'FunctionDeclaration') this.declared.add(fn.id.name);
    }
    const member =
      (p?.type === 'MethodDefinition' && p.kind !== 'constructor') ||
      p?.type === 'PropertyDefinition';
    const instance = p !== null && member && !(p as TSESTree.MethodDefinition).static;
    if (
      instance &&
      name !== null &&
      this.curClass !== -1 &&
      (p.type !== 'MethodDefinition' || p.kind === 'method')
    ) {
      const c = this.classes[this.curClass]!;
      if (!c.methods.has(name)) c.methods.set(name, id);
      if (c.hasSuper) this.superMethods.add(id);
    }
    if (
      p?.type === 'AssignmentExpression' &&
      p.right === fn &&
      p.left.type === 'MemberExpression'
    ) {
      const target = exportTarget(p.left);
      if (target !== null) this.exportUnits.push([target, id]);
    }
    const outerThis = this.thisCls;
    if (fn.type !== 'ArrowFunctionExpression')
      this.thisCls =
        (p?.type === 'MethodDefinition' || p?.type === 'PropertyDefinition') && !p.static
          ? this.curClass
          : -1;
    else if (p?.type === 'PropertyDefinition' && !p.static) this.thisCls = this.curClass;
    // Parameters are declarations; their defaults run with the function, as its body does.
    for (const q of fn.params) {
      this.bindPattern(q as Node);
      this.defaults(q as Node, id, cls);
    }
    this.walk(fn.body as Node, fn, id, false, cls);
    this.thisCls = outerThis;
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
      priv: false,
      superMethod: false,
    });
    this.shape.push({ cls: null, method: false, priv: false });
    return this.units.length - 1;
  }

  /** `export function f`, `export default C`, `export { a, b as c }`, `export const x = …`. */
  private exportsOfDeclaration(
    n: TSESTree.ExportNamedDeclaration | TSESTree.ExportDefaultDeclaration,
  ): void {
    const isDefault = n.type === 'ExportDefaultDeclaration';
    const d = n.declaration as Node | null | undefined;
    if (d !== null && d !== undefined) {
      let local: string | null = null;
      if ((d.type === 'FunctionDeclaration' || d.type === 'ClassDeclaration') && d.id !== null)
        local = d.id.name;
      else if (d.type === 'Identifier') local = d.name;
      else if (d.type === 'VariableDeclaration')
        for (const x of d.declarations)
          if (x.id.type === 'Identifier') {
            this.exported.add(x.id.name);
            this.exportNames.push([x.id.name, x.id.name]);
          }
      if (local !== null) {
        this.exported.add(local);
        this.exportNames.push([isDefault ? 'default' : local, local]);
      }
    }
    if (n.type === 'ExportNamedDeclaration')
      for (const s of n.specifiers) {
        if (s.local.type !== 'Identifier') continue;
        this.exported.add(s.local.name);
        // `export { run as start }`: other files call it `start`, which is no call of `run`.
        const as = s.exported.type === 'Identifier' ? s.exported.name : String(s.exported.value);
        if (n.source !== null) continue;
        if (as !== s.local.name) {
          this.escape(s.local.name);
          this.renamedExports.push([as, s.local.name]);
        } else this.exportNames.push([as, s.local.name]);
      }
  }

  /** A local name bound by an import (`import`, or `require()` of a path). */
  private importBinding(local: string, spec: string, name: string): void {
    this.bind(local);
    this.importOf.set(local, this.imports.length);
    this.imports.push([spec, name]);
  }

  /**
   * `module.exports = X`, `module.exports = { a, b: c }`, `exports.a = f`, `module.exports.a = f`:
   * records what the file exports; true when it also walked the assignment (its exported names
   * are no uses as values, CG).
   */
  private exportsOf(
    n: TSESTree.AssignmentExpression,
    unit: number,
    loop: boolean,
    cls: string | null,
  ): boolean {
    const left = n.left;
    if (left.type !== 'MemberExpression') return false;
    const target = exportTarget(left);
    if (target === null) return false;
    this.isModule = true;
    if (target !== 'default') this.exported.add(target);
    const r = unwrap(n.right);
    if (r.type === 'Identifier') {
      this.exported.add(r.name);
      this.exportNames.push([target, r.name]);
      this.exportValues.push(r.name);
      return true;
    }
    if (isPlainValue(r) && r.type !== 'ObjectExpression') this.valueExports.push(target);
    if ((r.type === 'ClassExpression' || r.type === 'FunctionExpression') && r.id !== null) {
      this.exported.add(r.id.name);
      this.exportNames.push([target, r.id.name]);
      return false;
    }
    if (r.type === 'ObjectExpression' && target === 'default') {
      for (const q of r.properties) {
        if (q.type === 'Property' && q.value.type === 'Identifier' && !q.computed) {
          const key = propertyName(q);
          this.exported.add(q.value.name);
          if (key !== null) this.exportNames.push([key, q.value.name]);
          this.exportValues.push(q.value.name);
        } else this.walk(q as Node, r, unit, loop, cls);
      }
      return true;
    }
    return false;
  }
}

/**
 * A value that is no function or class: an instance (`new C()`), an object or array literal, a
 * literal or template (candidate IV).
 */
function isPlainValue(n: Node): boolean {
  const t = unwrap(n).type;
  return (
    t === 'NewExpression' ||
    t === 'ObjectExpression' ||
    t === 'ArrayExpression' ||
    t === 'Literal' ||
    t === 'TemplateLiteral'
  );
}

/** A function's name without the constructor prefix (`new:C` → `C`). */
function baseName(name: string): string {
  return name.startsWith('new:') ? name.slice(4) : name;
}

/** What an assignment to `left` exports: 'default' for `module.exports`, `a` for `exports.a`, else null. */
function exportTarget(left: TSESTree.MemberExpression): string | null {
  const obj = unwrap(left.object);
  const prop = left.computed ? null : propertyName(left);
  if (obj.type === 'Identifier' && obj.name === 'module' && prop === 'exports') return 'default';
  const exportsObj =
    (obj.type === 'Identifier' && obj.name === 'exports') ||
    (obj.type === 'MemberExpression' &&
      unwrap(obj.object).type === 'Identifier' &&
      (unwrap(obj.object) as TSESTree.Identifier).name === 'module' &&
      propertyName(obj) === 'exports');
  return exportsObj ? prop : null;
}

/** Objects that stand for the page (candidate LE): its `load` fires once. */
const PAGE = new Set(['window', 'document', 'self', 'globalThis']);
/** jQuery's names: `$(fn)` and `$(document).ready(fn)` run `fn` once the page is ready. */
const JQUERY = new Set(['$', 'jQuery']);

/** `window`, `document`, `window.document`, a jQuery wrapper of one (`$(window)`, candidate JQ). */
function pageObject(n: Node): boolean {
  const u = unwrap(n);
  if (u.type === 'Identifier') return PAGE.has(u.name);
  if (u.type === 'MemberExpression' && !u.computed)
    return propertyName(u) === 'document' && pageObject(u.object as Node);
  return isPageWrapper(u);
}

/**
 * Candidate LE: a call that runs its callback at most once, each time the code around it runs,
 * though its name registers a listener: the page's once-events (`DOMContentLoaded`, the page's
 * `load`), jQuery's ready (`$(fn)`, `$(document).ready(fn)`), Electron `app`'s
 * `ready`/`will-finish-launching`, and `addEventListener(…, { once: true })`.
 */
function onceRegistration(call: TSESTree.CallExpression, name: string): boolean {
  const c = unwrap(call.callee);
  if (c.type === 'Identifier' && JQUERY.has(c.name)) return call.arguments.length === 1;
  const receiver = c.type === 'MemberExpression' ? (c.object as Node) : null;
  if (name === 'ready')
    return receiver !== null && isPageWrapper(receiver) && call.arguments.length === 1;
  if (!REGISTERS.has(name)) return false;
  if (!perEventCall(call, name)) return true;
  const ev = call.arguments[0] === undefined ? null : unwrap(call.arguments[0] as Node);
  const event = ev?.type === 'Literal' && typeof ev.value === 'string' ? ev.value : null;
  if (event === 'DOMContentLoaded') return true;
  if (event === 'load' && (receiver === null || pageObject(receiver))) return true;
  const opts = call.arguments[2] === undefined ? null : unwrap(call.arguments[2] as Node);
  return (
    name === 'addEventListener' &&
    opts?.type === 'ObjectExpression' &&
    opts.properties.some(
      (q) =>
        q.type === 'Property' &&
        !q.computed &&
        propertyName(q) === 'once' &&
        unwrap(q.value as Node).type === 'Literal' &&
        (unwrap(q.value as Node) as TSESTree.Literal).value === true,
    )
  );
}

/** `window.onload =`, `document.onload =` (candidate LE): a handler the page runs once. */
function onceHandler(left: Node): boolean {
  return (
    left.type === 'MemberExpression' &&
    !left.computed &&
    propertyName(left) === 'onload' &&
    pageObject(left.object as Node)
  );
}

/**
 * A registration whose callback runs per event (candidate EL′). Without the file's bindings, the
 * receiver `app` or `….app` is taken for Electron's: a wrong guess reads another `app`'s `ready`
 * or `will-finish-launching` callback as run once (candidate LE); events so named fire once by
 * convention wherever they appear.
 */
function perEventCall(call: TSESTree.CallExpression, name: string): boolean {
  return perEventRegistration(call, name, (obj) =>
    obj.type === 'Identifier'
      ? obj.name === 'app'
      : obj.type === 'MemberExpression' && !obj.computed && propertyName(obj) === 'app',
  );
}
