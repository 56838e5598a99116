// no-discarded-disposable, candidate U (issue #16; scan-corpus/fixes/README.md, "Decision
// criteria for candidate U"): a Vue component (or a composable, a function that calls Vue's
// lifecycle hooks) makes an instance of a UI library that stays registered with the page or
// with a library-wide registry until it is destroyed — a tooltip, a modal, a scroller, a chart,
// an editor, a map, a player — and nothing in the component ever ends it. Unmounted, the
// component leaves the instance in the library's hands, holding its element and callbacks.
// Written from the tuning cases vue-tippy 138eb3d and 7d81998, bootstrap-vue-next 1c54484 and
// a9491b4, cube-ui 1ef86b6, 5b119b9 and c117842, and filebrowser ae893ab.
import type { TSESTree } from '@typescript-eslint/types';
import { instanceScriptOf } from '../sfc.js';
import {
  childNodes,
  isFunction,
  propertyName,
  requiredModule,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

/** How an import of a UI library makes an instance. */
interface Maker {
  /** `binding(…)` makes one. */
  readonly call?: boolean;
  /** `new binding(…)` makes one. */
  readonly construct?: boolean;
  /** `binding.m(…)` / `new binding.M(…)` / `binding.a.m(…)` make one. */
  readonly members?: readonly string[];
}

interface Library {
  /** The package, or a path inside it (`bootstrap/js/dist/modal`). */
  readonly pkg: RegExp;
  /** By imported name: `default` (also a namespace import or a whole `require`), or a named export. */
  readonly makers: Readonly<Record<string, Maker>>;
}

const NEW: Maker = { construct: true };
const BOOTSTRAP = ['Modal', 'Popover', 'Tooltip', 'Dropdown', 'Collapse', 'Offcanvas', 'Toast'];
const namedNew = (names: readonly string[]): Record<string, Maker> =>
  Object.fromEntries(names.map((n) => [n, NEW]));

/** UI libraries whose instances must be ended, and how each makes one. */
const LIBRARIES: readonly Library[] = [
  { pkg: /^tippy\.js$/, makers: { default: { call: true } } },
  { pkg: /^@popperjs\/core$/, makers: { createPopper: { call: true } } },
  { pkg: /^popper\.js$/, makers: { default: NEW } },
  {
    pkg: /^bootstrap$/,
    makers: { default: { members: BOOTSTRAP }, ...namedNew(BOOTSTRAP) },
  },
  { pkg: /^bootstrap\/js\/(?:dist|src)\/[\w-]+(?:\.js)?$/, makers: { default: NEW } },
  { pkg: /^(?:better-scroll|@better-scroll\/core)$/, makers: { default: NEW, BScroll: NEW } },
  { pkg: /^swiper(?:\/bundle)?$/, makers: { default: NEW, Swiper: NEW } },
  { pkg: /^quill$/, makers: { default: NEW } },
  { pkg: /^flatpickr$/, makers: { default: { call: true } } },
  { pkg: /^cropperjs$/, makers: { default: NEW } },
  { pkg: /^clipboard$/, makers: { default: NEW } },
  { pkg: /^hls\.js$/, makers: { default: NEW } },
  { pkg: /^(?:xterm|@xterm\/xterm)$/, makers: { Terminal: NEW } },
  { pkg: /^leaflet$/, makers: { default: { members: ['map'] }, map: { call: true } } },
  { pkg: /^(?:mapbox-gl|maplibre-gl)$/, makers: { default: { members: ['Map'] }, Map: NEW } },
  { pkg: /^video\.js$/, makers: { default: { call: true } } },
  { pkg: /^codemirror$/, makers: { default: { call: true, members: ['fromTextArea'] } } },
  {
    pkg: /^monaco-editor(?:\/.*)?$/,
    makers: { default: { members: ['editor.create', 'editor.createDiffEditor'] } },
  },
  { pkg: /^echarts(?:\/core)?$/, makers: { default: { members: ['init'] }, init: { call: true } } },
  { pkg: /^(?:ace-builds|brace)(?:\/.*)?$/, makers: { default: { members: ['edit'] } } },
  { pkg: /^chart\.js(?:\/auto)?$/, makers: { default: NEW, Chart: NEW } },
  { pkg: /^sortablejs$/, makers: { default: { construct: true, members: ['create'] } } },
  { pkg: /^perfect-scrollbar$/, makers: { default: NEW } },
  { pkg: /^@simonwep\/pickr$/, makers: { default: { members: ['create'] } } },
  { pkg: /^(?:easymde|simplemde)$/, makers: { default: NEW } },
  { pkg: /^vditor$/, makers: { default: NEW } },
  { pkg: /^tabulator-tables$/, makers: { default: NEW, TabulatorFull: NEW, Tabulator: NEW } },
  { pkg: /^handsontable(?:\/base)?$/, makers: { default: NEW } },
  { pkg: /^viewerjs$/, makers: { default: NEW } },
  { pkg: /^choices\.js$/, makers: { default: NEW } },
  { pkg: /^tom-select$/, makers: { default: NEW } },
  { pkg: /^@splidejs\/splide$/, makers: { default: NEW, Splide: NEW } },
  { pkg: /^plyr$/, makers: { default: NEW } },
  { pkg: /^jsoneditor$/, makers: { default: NEW } },
  { pkg: /^wangeditor$/, makers: { default: NEW } },
  { pkg: /^@wangeditor\/editor$/, makers: { createEditor: { call: true } } },
];

/**
 * Calls that end such an instance: the libraries' own (Leaflet's `remove()`, ECharts'
 * `dispose()`, xterm's `dispose()`, Sortable's `destroy()`…), not syntax.ts's RECEIVER_TEARDOWN,
 * whose `off`/`abort`/`end` end other things.
 */
const ENDS = new Set([
  'destroy',
  'dispose',
  'remove',
  'close',
  'terminate',
  'unmount',
  'kill',
  'disconnect',
  'destroyInstance',
]);

/** Options a Vue component object has and other object literals seldom do. */
const VUE_SHAPE = new Set([
  'setup',
  'mounted',
  'beforeMount',
  'created',
  'beforeDestroy',
  'destroyed',
  'beforeUnmount',
  'unmounted',
  'activated',
  'deactivated',
]);
/** Composition-API hooks: a function that calls one is component code (a composable). */
const HOOK_CALLS = new Set([
  'onMounted',
  'onBeforeMount',
  'onBeforeUnmount',
  'onUnmounted',
  'onActivated',
  'onDeactivated',
]);

export function uiInstanceRules(ctx: RuleContext): RawFinding[] {
  const program = ctx.facts.module.node;
  if (program.type !== 'Program') return [];
  const makers = importedMakers(program);
  if (makers.size === 0) return [];
  const out: RawFinding[] = [];
  for (const scope of componentScopes(program)) {
    const parents = new Map<Node, Node>();
    const calls: Node[] = [];
    const stack: Node[] = [scope];
    while (stack.length > 0) {
      const n = stack.pop()!;
      if (n.type === 'CallExpression' || n.type === 'NewExpression') calls.push(n);
      for (const c of childNodes(n)) {
        parents.set(c, n);
        stack.push(c);
      }
    }
    const reported = new Set<string>();
    for (const c of calls) {
      const lib = makerOf(c as TSESTree.CallExpression | TSESTree.NewExpression, makers);
      if (lib === null) continue;
      const keys = holders(c, parents, ctx);
      if (keys === null) continue; // handed on: returned, passed, put in an object
      if (keys.some((k) => ended(k, calls, parents, ctx))) continue;
      const id = keys[0] ?? `@${startOf(c)}`;
      if (reported.has(id)) continue;
      reported.add(id);
      out.push(finding(c, lib, keys[0] ?? null, ctx));
    }
  }
  return out;
}

/** `bootstrap/js/dist/modal` → `bootstrap`; `@xterm/xterm` stays. */
function packageName(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

function finding(c: Node, spec: string, key: string | null, ctx: RuleContext): RawFinding {
  const lib = packageName(spec);
  const what = short(text(ctx.facts, c), 40);
  const kept = key === null ? 'that it drops' : `kept in ${key}`;
  const end = key === null ? 'keep it and call its destroy()/dispose()' : `call ${key}.destroy()`;
  return {
    rule: 'no-discarded-disposable',
    node: c,
    message: `${what} makes a ${lib} instance ${kept}, and nothing in this component ever ends it; when the component unmounts, the instance stays registered with the page or the library and keeps the component's element and callbacks.`,
    suggestion: `End it when the component unmounts: ${end} (or the library's dispose()/remove()) in beforeUnmount()/onBeforeUnmount() (beforeDestroy() in Vue 2).`,
  };
}

/** Local name → [package, maker] for every import of a library of the table. */
function importedMakers(program: TSESTree.Program): Map<string, [string, Maker]> {
  const out = new Map<string, [string, Maker]>();
  const bind = (pkg: string, imported: string, local: string): void => {
    for (const lib of LIBRARIES) {
      if (!lib.pkg.test(pkg)) continue;
      const m = lib.makers[imported];
      if (m !== undefined) out.set(local, [pkg, m]);
    }
  };
  for (const raw of program.body) {
    const st = raw as Node;
    if (st.type === 'ImportDeclaration') {
      if (st.importKind === 'type') continue;
      const pkg = String(st.source.value);
      for (const s of st.specifiers) {
        if (s.type === 'ImportSpecifier') {
          if (s.importKind === 'type') continue;
          const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
          bind(pkg, imported, s.local.name);
        } else bind(pkg, 'default', s.local.name);
      }
      continue;
    }
    if (st.type !== 'VariableDeclaration') continue;
    for (const d of st.declarations) {
      const init = d.init === null ? null : unwrap(d.init);
      const pkg = init === null ? null : requiredModule(init);
      if (pkg === null) continue;
      if (d.id.type === 'Identifier') bind(pkg, 'default', d.id.name);
      else if (d.id.type === 'ObjectPattern')
        for (const p of d.id.properties) {
          if (p.type !== 'Property' || p.computed || p.value.type !== 'Identifier') continue;
          const key = propertyName(p);
          if (key !== null) bind(pkg, key, p.value.name);
        }
    }
  }
  return out;
}

/** The package whose instance the call makes, or null. */
function makerOf(
  c: TSESTree.CallExpression | TSESTree.NewExpression,
  makers: ReadonlyMap<string, [string, Maker]>,
): string | null {
  const callee = unwrap(c.callee as Node);
  const isNew = c.type === 'NewExpression';
  if (callee.type === 'Identifier') {
    const m = makers.get(callee.name);
    if (m === undefined) return null;
    return (isNew ? m[1].construct : m[1].call) === true ? m[0] : null;
  }
  // binding.m(…), binding.a.m(…)
  const path: string[] = [];
  let cur: Node = callee;
  while (cur.type === 'MemberExpression' && !cur.computed) {
    const name = propertyName(cur);
    if (name === null) return null;
    path.unshift(name);
    cur = unwrap(cur.object as Node);
  }
  if (cur.type !== 'Identifier' || path.length === 0) return null;
  const m = makers.get(cur.name);
  if (m === undefined || m[1].members === undefined) return null;
  return m[1].members.includes(path.join('.')) ? m[0] : null;
}

/**
 * What holds the instance: the assigned targets (`this.x`, `x.value`, `this.list` for
 * `this.list[i]`, a local), [] when the statement drops it, null when it is handed on.
 */
function holders(c: Node, parents: ReadonlyMap<Node, Node>, ctx: RuleContext): string[] | null {
  const keys: string[] = [];
  let cur = c;
  for (;;) {
    const p = parents.get(cur);
    if (p === undefined) return keys;
    switch (p.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'TSSatisfiesExpression':
      case 'AwaitExpression':
      case 'LogicalExpression':
      case 'ConditionalExpression':
      case 'ChainExpression':
        cur = p;
        continue;
      case 'AssignmentExpression':
        if (p.right !== cur) return null;
        keys.push(keyOf(p.left as Node, ctx));
        cur = p;
        continue;
      case 'VariableDeclarator':
        if (p.id.type !== 'Identifier') return null;
        keys.push(p.id.name);
        return keys;
      case 'ExpressionStatement':
      case 'SequenceExpression':
        return keys;
      default:
        return null;
    }
  }
}

/** `this.list[i]` → `this.list`; `a?.b!` → `a.b`. */
function keyOf(n: Node, ctx: RuleContext): string {
  let u = unwrap(n);
  while (u.type === 'MemberExpression' && u.computed) u = unwrap(u.object as Node);
  return text(ctx.facts, u).replace(/[\s?!]/g, '');
}

/**
 * True when the component ends what `key` holds: `key.destroy()` (or another end), an end
 * called with it (`echarts.dispose(key)`), or an end inside a walk over it
 * (`key.forEach((w) => w.destroy())`, `for (const w of key) w.destroy()`).
 */
function ended(
  key: string,
  calls: readonly Node[],
  parents: ReadonlyMap<Node, Node>,
  ctx: RuleContext,
): boolean {
  for (const c of calls) {
    if (c.type !== 'CallExpression') continue;
    const callee = unwrap(c.callee as Node);
    if (callee.type !== 'MemberExpression' || callee.computed) continue;
    const name = propertyName(callee);
    if (name === null || !ENDS.has(name)) continue;
    if (keyOf(callee.object as Node, ctx) === key) return true;
    if (c.arguments.some((a) => keyOf(a as Node, ctx) === key)) return true;
    // Inside a walk over the key?
    for (let p = parents.get(c); p !== undefined; p = parents.get(p)) {
      if (p.type === 'ForOfStatement' && keyOf(p.right as Node, ctx) === key) return true;
      if (p.type === 'CallExpression') {
        const pc = unwrap(p.callee as Node);
        if (
          pc.type === 'MemberExpression' &&
          !pc.computed &&
          ['forEach', 'map'].includes(propertyName(pc) ?? '') &&
          keyOf(pc.object as Node, ctx) === key
        )
          return true;
      }
    }
  }
  return false;
}

/**
 * Vue component code of a file: component option objects, and top-level functions that call
 * Vue's lifecycle hooks (composables). Also PT's test for "inside a component" (moved-element.ts).
 */
export function componentScopes(program: TSESTree.Program): Node[] {
  const out: Node[] = [];
  for (const raw of program.body) {
    const st = raw as Node;
    out.push(...optionObjects(st));
    const decl =
      (st.type === 'ExportNamedDeclaration' || st.type === 'ExportDefaultDeclaration') &&
      st.declaration !== null &&
      st.declaration !== undefined
        ? (st.declaration as Node)
        : st;
    const fns: Node[] = [];
    if (decl.type === 'FunctionDeclaration') fns.push(decl);
    else if (decl.type === 'VariableDeclaration')
      for (const d of decl.declarations) {
        const init = d.init === null ? null : unwrap(d.init);
        if (init !== null && isFunction(init)) fns.push(init);
      }
    for (const f of fns) if (callsHook(f)) out.push(f);
  }
  return out;
}

function callsHook(fn: Node): boolean {
  const stack: Node[] = [fn];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression') {
      const c = unwrap(n.callee as Node);
      if (c.type === 'Identifier' && HOOK_CALLS.has(c.name)) return true;
    }
    for (const c of childNodes(n)) stack.push(c);
  }
  return false;
}

/**
 * A component's options: a `setup()`, or a lifecycle hook that takes no arguments (a directive's
 * `mounted(el, binding)` is per element, not a component). The made-up `setup()` of a Svelte
 * instance script (sfc.ts) is Svelte's: not this rule's.
 */
function isComponentObject(o: TSESTree.ObjectExpression): boolean {
  return o.properties.some((p) => {
    if (p.type !== 'Property' || p.computed) return false;
    const key = propertyName(p);
    const value = unwrap(p.value as Node);
    if (key === null || !VUE_SHAPE.has(key) || !isFunction(value)) return false;
    if (key === 'setup') return instanceScriptOf(value) !== 'svelte';
    return value.params.length === 0;
  });
}

/**
 * Component objects of a top-level statement: `export default {…}`, or an object given to a
 * call there (`defineComponent({…})`, `Vue.extend({…})`, `Vue.component('x', {…})`).
 */
function optionObjects(st: Node): Node[] {
  const out: Node[] = [];
  const visit = (e: Node | null | undefined, depth: number): void => {
    if (e === null || e === undefined || depth > 4) return;
    const u = unwrap(e);
    if (u.type === 'ObjectExpression') {
      if (isComponentObject(u)) out.push(u);
    } else if (u.type === 'CallExpression') {
      for (const a of u.arguments) visit(a as Node, depth + 1);
      visit(u.callee as Node, depth + 1);
    }
  };
  if (st.type === 'ExportDefaultDeclaration') visit(st.declaration as Node, 0);
  else if (st.type === 'ExpressionStatement') visit(st.expression, 0);
  else {
    const decl =
      st.type === 'ExportNamedDeclaration' && st.declaration !== null ? st.declaration : st;
    if (decl.type === 'VariableDeclaration')
      for (const d of decl.declarations) if (d.init !== null) visit(d.init, 0);
  }
  return out;
}
