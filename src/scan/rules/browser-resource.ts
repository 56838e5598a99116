// no-discarded-disposable, candidate OB (issue #16): an observer, worker or audio context that
// the code makes and never ends. `new ResizeObserver(cb)` (Mutation-, Intersection-,
// PerformanceObserver) keeps observing and holds its callback until `disconnect()`; a `Worker`
// (the browser's, or Node's worker_threads) runs until `terminate()`; an `AudioContext` stays
// open until `close()`. Made in code that runs per instance, per mount or per call and never
// ended, each one stays with everything its callback closes over. Reported when the `new` is
// inside a function (module-level code runs once) and nothing in the class or declaring
// function ends or hands on what it is kept in (a field, a variable, a component's
// `useMemo`/`useState`/`useRef`/`ref` value), or when it is used in place. Not when the file
// gives the constructor's name a meaning of its own (an import, a declaration, a parameter); an
// end call in the object's own callback counts (`observer.disconnect()` once what it waited for
// has come). The project pass drops it where the code runs a bounded number of times.
// Candidate VX′ (issue #16), by the same walk: what a VS Code API factory or registration makes
// (`vscode.<namespace>.create…(…)`, `register…(…)`), dropped or never disposed, outside the
// extension's `activate()`; an assignment through a setter that disposes the value it replaces
// counts as disposed.
import {
  calleeOf,
  childNodes,
  endOf,
  functionName,
  isFunction,
  propertyName,
  requiredModule,
  startOf,
  unwrap,
  type Node,
} from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';
import { declaresName, paramNames } from './lifetime.js';

/** What ends each kind of object, and the words of its finding. */
interface Ending {
  readonly call: string;
  readonly never: string;
  readonly keeps: string;
}
const OBSERVER: Ending = { call: 'disconnect', never: 'disconnected', keeps: 'keeps observing' };
const CLOSE: Ending = { call: 'close', never: 'closed', keeps: 'keeps running' };
const ENDED_BY: Readonly<Record<string, Ending>> = {
  ResizeObserver: OBSERVER,
  MutationObserver: OBSERVER,
  IntersectionObserver: OBSERVER,
  PerformanceObserver: OBSERVER,
  Worker: { call: 'terminate', never: 'terminated', keeps: 'keeps running' },
  AudioContext: CLOSE,
  webkitAudioContext: CLOSE,
};

const GLOBALS = new Set(['window', 'globalThis', 'self']);

/**
 * VX′: what a VS Code API factory or registration returns (`vscode.workspace.
 * createFileSystemWatcher(…)`, `vscode.languages.registerHoverProvider(…)`) is a Disposable that
 * keeps the watcher, item, channel or registration, and its callbacks, until `dispose()`.
 */
const VSCODE: Ending = { call: 'dispose', never: 'disposed', keeps: 'stays registered' };

/** Where a file may make one: only those files are walked for one. */
const MENTIONS_VSCODE = /\.\s*(?:create|register)[A-Z][\w$]*\s*\(/g;

/** What the user closes (a terminal, a webview panel): it ends with the user's close. */
const USER_CLOSED = new Set(['createTerminal', 'createWebviewPanel']);

/** The names a file binds to the `vscode` module: the module itself, or its namespaces. */
function vscodeBindings(root: Node): { module: Set<string>; namespaces: Set<string> } {
  const module = new Set<string>();
  const namespaces = new Set<string>();
  const body = (root as Node & { body?: Node[] }).body ?? [];
  for (const st of body) {
    if (st.type === 'ImportDeclaration' && st.source.value === 'vscode') {
      for (const sp of st.specifiers)
        if (sp.type === 'ImportSpecifier') namespaces.add(sp.local.name);
        else module.add(sp.local.name);
    } else if (
      st.type === 'TSImportEqualsDeclaration' &&
      st.moduleReference.type === 'TSExternalModuleReference' &&
      st.moduleReference.expression.value === 'vscode'
    ) {
      module.add(st.id.name);
    } else if (st.type === 'VariableDeclaration') {
      for (const d of st.declarations) {
        if (d.init === null || requiredModule(d.init as Node) !== 'vscode') continue;
        if (d.id.type === 'Identifier') module.add(d.id.name);
        else if (d.id.type === 'ObjectPattern')
          for (const p of d.id.properties)
            if (p.type === 'Property' && p.value.type === 'Identifier')
              namespaces.add(p.value.name);
      }
    }
  }
  return { module, namespaces };
}

/**
 * VX′: `vscode.<namespace>.create…(…)` / `register…(…)`, or the same on a namespace imported by
 * name (`workspace.createFileSystemWatcher(…)`).
 */
function madeByVscode(
  n: Node,
  bound: { module: ReadonlySet<string>; namespaces: ReadonlySet<string> },
): boolean {
  if (n.type !== 'CallExpression') return false;
  const c = unwrap(n.callee as Node);
  if (c.type !== 'MemberExpression' || c.computed) return false;
  const name = propertyName(c);
  if (name === null || !/^(?:create|register)[A-Z]/.test(name) || USER_CLOSED.has(name))
    return false;
  const obj = unwrap(c.object as Node);
  if (obj.type === 'Identifier') return bound.namespaces.has(obj.name);
  if (obj.type !== 'MemberExpression' || obj.computed) return false;
  const root = unwrap(obj.object as Node);
  return root.type === 'Identifier' && bound.module.has(root.name);
}

/** The name of the innermost function around the current node, as declared. */
function innermostFunctionName(ancestors: readonly Node[]): string | null {
  const i = ancestors.findLastIndex((a) => isFunction(a));
  return i < 0 ? null : functionName(ancestors[i]!, ancestors[i - 1]);
}

/**
 * VX′: whether the class body `body` has an accessor `set name(…)` that calls `end()`
 * on something (`set default(v) { this._default?.dispose(); this._default = v; }`): assigning
 * through it ends the value it replaces.
 */
function setterEnds(body: Node, name: string, end: string): boolean {
  if (body.type !== 'ClassBody') return false;
  for (const m of body.body) {
    if (m.type !== 'MethodDefinition' || m.kind !== 'set' || m.computed) continue;
    if (propertyName(m) !== name || m.value.body === null) continue;
    let found = false;
    const walk = (n: Node): void => {
      if (found) return;
      if (n.type === 'CallExpression') {
        const c = unwrap(n.callee as Node);
        if (c.type === 'MemberExpression' && !c.computed && propertyName(c) === end) {
          found = true;
          return;
        }
      }
      for (const ch of childNodes(n)) walk(ch);
    };
    walk(m.value.body as Node);
    if (found) return true;
  }
  return false;
}

/** VX′: why what `n` made stays, or null when something disposes or takes it. */
function vscodeFinding(n: Node, ancestors: readonly Node[], root: Node): string | null {
  // The extension's activate() runs once per extension host.
  if (innermostFunctionName(ancestors) === 'activate') return null;
  if (ancestors[ancestors.length - 1]?.type === 'ExpressionStatement')
    return `drops its Disposable, which nothing can dispose: it ${VSCODE.keeps}, with its callbacks and what they close over, after its owner is gone.`;
  const holder = holderOf(n, ancestors);
  if (holder.kind === 'handed') return null;
  const scope = scopeOf(holder, ancestors, root);
  if (holder.kind === 'field' && setterEnds(scope, holder.name, VSCODE.call)) return null;
  if (endedOrHanded(scope, holder, VSCODE.call)) return null;
  return `is never ${VSCODE.never}: it ${VSCODE.keeps}, with its callbacks and what they close over, after its owner is gone.`;
}

/** The constructions in a file's text (`new Worker(`, `new window.Worker(`): where to walk. */
const MENTIONS_ALL =
  /\bnew\s+(?:(?:window|globalThis|self)\s*\.\s*)?(?:(?:Resize|Mutation|Intersection|Performance)Observer|Worker|(?:webkit)?AudioContext)\b/g;

/** The constructor's name when `n` is `new X(…)` of a kind above, else null. */
function resourceOf(n: Node): string | null {
  if (n.type !== 'NewExpression') return null;
  const c = unwrap(n.callee as Node);
  let name: string | null = null;
  if (c.type === 'Identifier') name = c.name;
  else if (
    c.type === 'MemberExpression' &&
    !c.computed &&
    c.object.type === 'Identifier' &&
    GLOBALS.has(c.object.name)
  )
    name = propertyName(c);
  return name !== null && Object.hasOwn(ENDED_BY, name) ? name : null;
}

/** Where a made object is kept: a field, a variable, or nowhere (used in place). */
type Holder =
  | { readonly kind: 'field'; readonly name: string }
  | { readonly kind: 'name'; readonly name: string }
  | { readonly kind: 'chained' }
  | { readonly kind: 'handed' };

const HOOK_MAKERS = new Set(['useMemo', 'useState', 'useRef', 'ref', 'shallowRef']);

/** The called name of a call (`useMemo`, `React.useMemo` → `useMemo`), else null. */
function calleeName(n: Node): string | null {
  return n.type === 'CallExpression' ? (calleeOf(n)?.name ?? null) : null;
}

/** Where the value of `node` goes, from its ancestors (innermost last). */
function holderOf(node: Node, ancestors: readonly Node[]): Holder {
  let child = node;
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const p = ancestors[i]!;
    switch (p.type) {
      case 'TSAsExpression':
      case 'TSNonNullExpression':
      case 'ChainExpression':
        child = p;
        continue;
      case 'VariableDeclarator': {
        if (p.init !== child) return { kind: 'handed' };
        if (p.id.type === 'Identifier') return { kind: 'name', name: p.id.name };
        // const [ro] = useState(() => new ResizeObserver(cb)): the state is the first element.
        const first = p.id.type === 'ArrayPattern' ? p.id.elements[0] : undefined;
        if (first?.type === 'Identifier' && calleeName(child) === 'useState')
          return { kind: 'name', name: first.name };
        return { kind: 'handed' };
      }
      case 'AssignmentExpression': {
        if (p.right !== child || p.operator !== '=') return { kind: 'handed' };
        const l = unwrap(p.left as Node);
        if (l.type === 'Identifier') return { kind: 'name', name: l.name };
        if (l.type === 'MemberExpression' && l.object.type === 'ThisExpression' && !l.computed) {
          const n = propertyName(l);
          if (n !== null) return { kind: 'field', name: n };
        }
        return { kind: 'handed' };
      }
      case 'PropertyDefinition': {
        if (p.value !== child || p.static) return { kind: 'handed' };
        const n = propertyName(p);
        return n === null ? { kind: 'handed' } : { kind: 'field', name: n };
      }
      case 'MemberExpression':
        // `new X(cb).observe(el)`: used in place, kept nowhere.
        if (p.object === child) return { kind: 'chained' };
        return { kind: 'handed' };
      case 'ReturnStatement':
      case 'ArrowFunctionExpression': {
        // `useMemo(() => new ResizeObserver(cb), [])`: the value is the hook's.
        const fnIndex =
          p.type === 'ArrowFunctionExpression'
            ? i
            : ancestors.findLastIndex((a, k) => k < i && isFunction(a));
        if (p.type === 'ArrowFunctionExpression' && p.body !== child) return { kind: 'handed' };
        const fn = ancestors[fnIndex];
        const call = ancestors[fnIndex - 1];
        if (
          fn !== undefined &&
          call !== undefined &&
          call.type === 'CallExpression' &&
          call.arguments[0] === fn &&
          HOOK_MAKERS.has(calleeName(call) ?? '')
        )
          return holderOf(call, ancestors.slice(0, fnIndex - 1));
        return { kind: 'handed' };
      }
      case 'CallExpression':
        // `useState(new X())` keeps it like the lazy form; any other call is handed the object.
        if (p.arguments[0] === child && HOOK_MAKERS.has(calleeName(p) ?? ''))
          return holderOf(p, ancestors.slice(0, i));
        return { kind: 'handed' };
      default:
        return { kind: 'handed' };
    }
  }
  return { kind: 'handed' };
}

/**
 * Whether the file ends or hands on what `holder` names: `h.end()`, `h?.end()`,
 * `h.current.end()` (a ref), or `h` used as an argument, returned, stored or spread elsewhere.
 */
function endedOrHanded(root: Node, holder: Holder, end: string): boolean {
  if (holder.kind !== 'field' && holder.kind !== 'name') return false;
  const isHolder = (n: Node): boolean => {
    const u = unwrap(n);
    if (holder.kind === 'name') return u.type === 'Identifier' && u.name === holder.name;
    return (
      u.type === 'MemberExpression' &&
      u.object.type === 'ThisExpression' &&
      !u.computed &&
      propertyName(u) === holder.name
    );
  };
  let found = false;
  /** A hook's dependency list (`useEffect(fn, [observer])`) names the object; it keeps nothing. */
  const depsList = (arr: Node, call: Node | null): boolean => {
    if (call === null || call.type !== 'CallExpression' || call.arguments[1] !== arr) return false;
    const c = unwrap(call.callee as Node);
    return c.type === 'Identifier' && /^use[A-Z]/.test(c.name);
  };
  const walk = (n: Node, parent: Node | null, grand: Node | null): void => {
    if (found) return;
    if (isHolder(n) && parent !== null) {
      // h.end() / h.current.end()
      if (parent.type === 'MemberExpression' && parent.object === n) {
        const name = propertyName(parent);
        // An observer left with nothing to observe holds nothing through the page either.
        if (name === end || (end === 'disconnect' && name === 'unobserve')) found = true;
      } else if (
        (parent.type === 'CallExpression' && parent.arguments.includes(n as never)) ||
        (parent.type === 'NewExpression' && parent.arguments.includes(n as never)) ||
        parent.type === 'ReturnStatement' ||
        (parent.type === 'ArrowFunctionExpression' && parent.body === n) ||
        (parent.type === 'ArrayExpression' && !depsList(parent, grand)) ||
        parent.type === 'SpreadElement' ||
        (parent.type === 'Property' && parent.value === n) ||
        (parent.type === 'AssignmentExpression' && parent.right === n) ||
        (parent.type === 'VariableDeclarator' && parent.init === n)
      )
        found = true;
    }
    if (
      n.type === 'MemberExpression' &&
      !n.computed &&
      propertyName(n) === end &&
      n.object.type === 'MemberExpression' &&
      isHolder(n.object.object as Node) &&
      propertyName(n.object) === 'current'
    )
      found = true;
    for (const ch of childNodes(n)) walk(ch, n, parent);
  };
  walk(root, null, null);
  return found;
}

/**
 * Where to look for the end of what `holder` names: a field, in its class; a variable, in the
 * innermost function that declares it (the file when none does).
 */
function scopeOf(holder: Holder, ancestors: readonly Node[], root: Node): Node {
  if (holder.kind === 'field') return ancestors.findLast((a) => a.type === 'ClassBody') ?? root;
  if (holder.kind !== 'name') return root;
  return ancestors.findLast((a) => declaresName(a, holder.name)) ?? root;
}

/** Modules whose export is the thing itself: Node's threads, and the observers' polyfills. */
const SAME_API =
  /^(?:node:)?worker_threads$|(?:^|[/@-])(?:resize|intersection|mutation)-observer(?:-polyfill)?$/;

/**
 * Whether the file gives `name` a meaning of its own — an import (but Node's `worker_threads` or an
 * observer's polyfill, `resize-observer-polyfill`, `@juggle/resize-observer`), a
 * declaration, a class, a function or a parameter — so that `new Name(…)` is not the global:
 * `new Worker(room)` with a server class handed in, a queue class imported as `Worker`.
 */
function shadowed(root: Node, name: string): boolean {
  let found = false;
  const binds = (id: Node | null | undefined): boolean =>
    id !== null && id !== undefined && id.type === 'Identifier' && id.name === name;
  const walk = (n: Node): void => {
    if (found) return;
    if (n.type === 'ImportDeclaration') {
      const from = String(n.source.value);
      if (!SAME_API.test(from) && n.specifiers.some((sp) => sp.local.name === name)) found = true;
      return;
    }
    if (n.type === 'VariableDeclarator') {
      const from = n.init === null ? null : requiredModule(n.init as Node);
      if (from === null || !SAME_API.test(from)) {
        if (binds(n.id as Node)) found = true;
        if (
          n.id.type === 'ObjectPattern' &&
          n.id.properties.some((p) => p.type === 'Property' && binds(p.value as Node))
        )
          found = true;
      }
    }
    if ((n.type === 'ClassDeclaration' || n.type === 'FunctionDeclaration') && binds(n.id as Node))
      found = true;
    if (isFunction(n) && n.params.some((p) => paramNames(p as Node).includes(name))) found = true;
    for (const ch of childNodes(n)) walk(ch);
  };
  walk(root);
  return found;
}

export function browserResources(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  // Most files name none of the constructors: skip the walk (it costs a fifth of the analysis).
  const src = facts.src;
  const at: number[] = [];
  if (src.includes('Observer') || src.includes('Worker') || src.includes('AudioContext'))
    for (const m of src.matchAll(MENTIONS_ALL)) at.push(m.index);
  const vs = src.includes('vscode') ? vscodeBindings(facts.module.node) : null;
  const usesVscode = vs !== null && (vs.module.size > 0 || vs.namespaces.size > 0);
  if (usesVscode) for (const m of src.matchAll(MENTIONS_VSCODE)) at.push(m.index);
  if (at.length === 0) return [];
  /** Whether [from, to) holds one of the constructions: only those subtrees are walked. */
  const holds = (from: number, to: number): boolean => at.some((i) => i >= from && i < to);
  const out: RawFinding[] = [];
  const root = facts.module.node;
  const ancestors: Node[] = [];
  const own = new Map<string, boolean>();
  const global = (kind: string): boolean => {
    let v = own.get(kind);
    if (v === undefined) own.set(kind, (v = !shadowed(root, kind)));
    return v;
  };
  /** Whether the node being visited is inside a function: module top-level code runs once. */
  const inFunction = (): boolean => ancestors.some((a) => isFunction(a));
  const visit = (n: Node): void => {
    if (!holds(startOf(n), endOf(n))) return;
    if (usesVscode && madeByVscode(n, vs) && inFunction()) {
      const why = vscodeFinding(n, ancestors, root);
      if (why !== null)
        out.push({
          rule: 'no-discarded-disposable',
          node: n,
          message: `${short(text(facts, n), 40)} ${why}`,
          suggestion:
            "Keep the Disposable and call `.dispose()` on it where its owner ends, or push it into the owner's disposables (`context.subscriptions`, a `DisposableStore`).",
        });
    }
    const kind = resourceOf(n);
    if (kind !== null && inFunction() && global(kind)) {
      const holder = holderOf(n, ancestors);
      const end = ENDED_BY[kind]!;
      if (
        holder.kind !== 'handed' &&
        !endedOrHanded(scopeOf(holder, ancestors, root), holder, end.call)
      )
        out.push({
          rule: 'no-discarded-disposable',
          node: n,
          message: `${short(text(facts, n), 40)} is never ${end.never}: it ${end.keeps} and holds its callbacks, and what they close over, after its owner is gone.`,
          suggestion: `Call \`.${end.call}()\` on it where its owner ends (unmount, destroy, dispose, close).`,
        });
    }
    ancestors.push(n);
    for (const ch of childNodes(n)) visit(ch);
    ancestors.pop();
  };
  visit(root);
  return out;
}
