// Electron's main process for the project pass (issue #16, candidate EL′; scan-corpus/clean/
// README.md, "A twenty-seventh fresh batch and candidate EL′", and candidate EL2, "The
// twenty-ninth batch and the outcome for EL2"). `ipcMain` and `app` live as long as the process,
// and so do `autoUpdater` (Electron's or electron-updater's), `powerMonitor`, `nativeTheme`,
// `screen` and `systemPreferences`; the main process's setup (an `init()` its entry calls,
// `app.whenReady().then(…)`, a `ready` handler) runs once, so the handlers it adds there last as
// long as the process by design. A listener on them piles up only when the code that adds it
// runs again: per window or per event. This file finds, in one file, the registrations on them
// that show no sign of that (no window made by the adding function or its class, not inside
// another listener); the project pass (project.ts) drops their findings unless code that runs per
// window or per event reaches them across files. The per-file rules and the ESLint plugin, which
// see one file, report them as before.
import type { TSESTree } from '@typescript-eslint/types';
import {
  childNodes,
  EMITTER_ADD,
  endOf,
  isFunction,
  propertyName,
  requiredModule,
  startOf,
  unwrap,
  type Node,
} from './syntax.js';

/**
 * Electron's process-wide main-process objects this model knows: `ipcMain` and `app` (EL′), and
 * (candidate EL2) the other main-process modules that are one object for the whole process and
 * emit events: the updater, power and theme notices, the screen, the system's preferences.
 */
const PROCESS_WIDE = new Set([
  'ipcMain',
  'app',
  'autoUpdater',
  'powerMonitor',
  'nativeTheme',
  'screen',
  'systemPreferences',
]);
/** Packages whose exports are such objects, and which of them: `electron-updater`'s updater. */
const MODULES: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['electron', PROCESS_WIDE],
  ['electron-updater', new Set(['autoUpdater'])],
]);
/** Events of `app` that fire once per process. */
const APP_ONCE_EVENTS = new Set(['ready', 'will-finish-launching']);
/** Calls that add a listener on an Electron object. */
const ADDS = new Set(['on', 'once', 'addListener', 'prependListener', 'prependOnceListener']);
/** Calls whose callback runs on every event of a receiver (or every request: `handle`). */
export const REGISTERS: ReadonlySet<string> = new Set([...EMITTER_ADD, 'handle', 'handleOnce']);

/**
 * True when `call`, a registration named `name`, runs its callback per event: any of REGISTERS
 * but `app`'s once-events `ready` and `will-finish-launching`. `isApp` tells whether a receiver
 * is Electron's `app` (by its binding here; by name in the project pass, which has no bindings).
 */
export function perEventRegistration(
  call: TSESTree.CallExpression,
  name: string,
  isApp: (receiver: Node) => boolean,
): boolean {
  if (!REGISTERS.has(name)) return false;
  const ev = call.arguments[0] === undefined ? null : unwrap(call.arguments[0] as Node);
  if (
    ev === null ||
    ev.type !== 'Literal' ||
    typeof ev.value !== 'string' ||
    !APP_ONCE_EVENTS.has(ev.value)
  )
    return true;
  const c = unwrap(call.callee as Node);
  return c.type !== 'MemberExpression' || !isApp(unwrap(c.object as Node));
}

interface Bindings {
  /** Local name → the process-wide object it names (`ipcMain`, `app`, `autoUpdater`…). */
  readonly names: ReadonlyMap<string, string>;
  /** Local names bound to a whole module (`import * as electron`, `require('electron')`), and which. */
  readonly namespaces: ReadonlyMap<string, string>;
}

/**
 * Start offsets of the calls that add a listener to one of Electron's process-wide objects
 * (PROCESS_WIDE) with no sign, in this file, of running more than once (see the top of this
 * file); empty for a file that does not bind them.
 */
export function electronSetupCalls(program: TSESTree.Program): number[] {
  const b = bindings(program);
  if (b === null) return [];
  const windows: number[] = [];
  const adds: { call: TSESTree.CallExpression; fns: Node[]; cls: Node | null }[] = [];
  const callOf = new Map<Node, TSESTree.CallExpression>();
  const fns: Node[] = [];
  const classes: Node[] = [];
  const visit = (n: Node): void => {
    const fn = isFunction(n);
    const cls = n.type === 'ClassDeclaration' || n.type === 'ClassExpression';
    if (fn) fns.push(n);
    if (cls) classes.push(n);
    if (n.type === 'NewExpression' && makesWindow(n)) windows.push(startOf(n));
    if (n.type === 'CallExpression') {
      for (const a of n.arguments) {
        const f = unwrap(a as Node);
        if (isFunction(f)) callOf.set(f, n);
      }
      const callee = unwrap(n.callee as Node);
      if (callee.type === 'MemberExpression' && !callee.computed) {
        const name = propertyName(callee);
        if (name !== null && ADDS.has(name) && processWide(callee.object as Node, b) !== null)
          adds.push({ call: n, fns: [...fns].reverse(), cls: classes.at(-1) ?? null });
      }
    }
    for (const c of childNodes(n)) visit(c);
    if (fn) fns.pop();
    if (cls) classes.pop();
  };
  visit(program as Node);
  const hasWindow = (n: Node): boolean => {
    const a = startOf(n);
    const e = endOf(n);
    return windows.some((w) => a <= w && w < e);
  };
  const out: number[] = [];
  for (const { call, fns: chain, cls } of adds) {
    const inner = chain[0];
    if (inner === undefined) continue; // top level: not reported anyway
    if (hasWindow(inner) || (cls !== null && hasWindow(cls))) continue;
    if (insideListener(chain, callOf, b)) continue;
    out.push(startOf(call));
  }
  return out;
}

/** `new BrowserWindow(…)`, `new electron.BrowserWindow(…)`. */
export function makesWindow(n: TSESTree.NewExpression): boolean {
  const c = unwrap(n.callee as Node);
  if (c.type === 'Identifier') return c.name === 'BrowserWindow';
  return c.type === 'MemberExpression' && !c.computed && propertyName(c) === 'BrowserWindow';
}

/**
 * True when the nearest enclosing function given to a call as a callback is given to a
 * registration (not `app`'s once-events); a `.then(…)` callback runs once.
 */
function insideListener(
  chain: readonly Node[],
  callOf: ReadonlyMap<Node, TSESTree.CallExpression>,
  b: Bindings,
): boolean {
  for (const f of chain) {
    const call = callOf.get(f);
    if (call === undefined) continue;
    const callee = unwrap(call.callee as Node);
    if (callee.type !== 'MemberExpression') continue;
    const name = propertyName(callee);
    if (name === 'then') return false;
    if (name === null || !REGISTERS.has(name)) continue;
    return perEventRegistration(call, name, (r) => processWide(r, b) === 'app');
  }
  return false;
}

/** The process-wide object `n` names through an electron (or electron-updater) binding, else null. */
function processWide(n: Node, b: Bindings): string | null {
  const u = unwrap(n);
  if (u.type === 'Identifier') return b.names.get(u.name) ?? null;
  if (u.type !== 'MemberExpression' || u.computed) return null;
  const name = propertyName(u);
  if (name === null) return null;
  const mod = moduleOf(unwrap(u.object as Node), b.namespaces);
  return mod !== null && MODULES.get(mod)!.has(name) ? name : null;
}

/** The known module `n` stands for (`require('electron')`, a namespace binding), or null. */
function moduleOf(n: Node, namespaces: ReadonlyMap<string, string>): string | null {
  const m = n.type === 'Identifier' ? (namespaces.get(n.name) ?? null) : requiredModule(n);
  return m !== null && MODULES.has(m) ? m : null;
}

/**
 * The module's top-level bindings of Electron's process-wide objects: `import { app } from
 * 'electron'`, `import * as electron`, `const electron = require('electron')`, `const { app,
 * ipcMain: ipc } = require('electron')` (or `= electron`), `const ipc = electron.ipcMain` (or
 * `require('electron').ipcMain`), and electron-updater's `autoUpdater` the same ways.
 */
function bindings(program: TSESTree.Program): Bindings | null {
  const names = new Map<string, string>();
  const namespaces = new Map<string, string>();
  const b: Bindings = { names, namespaces };
  for (const raw of program.body) {
    const st = raw as Node;
    if (st.type === 'ImportDeclaration') {
      const mod = String(st.source.value);
      const known = MODULES.get(mod);
      if (known === undefined) continue;
      for (const s of st.specifiers) {
        if (s.type === 'ImportSpecifier') {
          const imported = s.imported.type === 'Identifier' ? s.imported.name : s.imported.value;
          if (known.has(imported)) names.set(s.local.name, imported);
        } else namespaces.set(s.local.name, mod);
      }
      continue;
    }
    const decl =
      st.type === 'ExportNamedDeclaration' && st.declaration !== null ? st.declaration : st;
    if (decl.type !== 'VariableDeclaration') continue;
    for (const d of decl.declarations) {
      if (d.init === null) continue;
      const init = unwrap(d.init);
      const mod = moduleOf(init, namespaces);
      if (mod !== null) {
        const known = MODULES.get(mod)!;
        if (d.id.type === 'Identifier') namespaces.set(d.id.name, mod);
        else if (d.id.type === 'ObjectPattern')
          for (const p of d.id.properties) {
            if (p.type !== 'Property' || p.computed) continue;
            const key = propertyName(p);
            const value = p.value.type === 'AssignmentPattern' ? p.value.left : p.value;
            if (key !== null && known.has(key) && value.type === 'Identifier')
              names.set(value.name, key);
          }
      } else if (d.id.type === 'Identifier') {
        const which = processWide(init, b);
        if (which !== null) names.set(d.id.name, which);
      }
    }
  }
  return names.size === 0 && namespaces.size === 0 ? null : b;
}
