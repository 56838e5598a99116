// Fixes that cannot change behaviour except by adding the missing cleanup: the registration
// or timer is routed through a container the class already owns and already disposes in its
// teardown. Everything else stays a suggestion.
//
// Preconditions for every fix (checked in `containerFor`):
// - the statement sits directly in a method body (not in a callback, loop or per-event method),
//   so it runs once per method call and the container is reachable as `this.<field>`;
// - the method is not static and not the teardown itself (adding to a disposed Scope would
//   dispose at once, which changes behaviour);
// - the container is a class field created by the class (`new Scope()` …), already initialised
//   when the statement runs, and disposed somewhere in the class.
import type {
  BareCall,
  ContainerField,
  Facts,
  ClassOrModule,
  Registration,
  Site,
  TimerSite,
} from './facts.js';
import type { Edit } from './model.js';
import type { ReturnKind } from './oracle.js';
import {
  endOf,
  propertyName,
  startOf,
  TEARDOWN_METHODS,
  unwrap,
  type ContainerKind,
  type Node,
} from './syntax.js';

export interface FixPlan {
  /** How the container is reached, e.g. `this.scope`. */
  readonly container: string;
  readonly edits: readonly Edit[];
}

const DISPOSE_CALLS = [
  'dispose',
  '[Symbol.dispose]',
  '[Symbol.asyncDispose]',
  'disposeAsync',
  'unsubscribe',
];

function containerFor(site: Site): ContainerField | null {
  const m = site.directMethod;
  const owner = site.classOwner;
  if (
    site.stmt === null ||
    m === null ||
    owner === null ||
    m.owner !== owner ||
    site.repeat !== null
  )
    return null;
  if (m.isStatic || TEARDOWN_METHODS.has(m.name)) return null;
  for (const c of owner.containers) {
    const disposed = DISPOSE_CALLS.some((n) =>
      (owner.calls.get(n) ?? []).some((call) => call.receiver === c.field),
    );
    const ready = c.readyAt === -1 || !m.isCtor || startOf(site.stmt) >= c.readyAt;
    if (disposed && ready) return c;
  }
  // VS Code style: `class X extends Disposable` disposes what `this._register()` was given.
  if (owner.superClass === 'Disposable') return { field: 'this', kind: 'register', readyAt: -1 };
  return null;
}

function wrapCleanup(kind: ContainerKind, field: string, expr: string): string {
  switch (kind) {
    case 'scope':
    case 'subscription':
      return `${field}.add(() => ${expr})`;
    case 'stack':
      return `${field}.defer(() => ${expr})`;
    case 'store':
      return `${field}.add({ dispose: () => ${expr} })`;
    case 'register':
      return `this._register({ dispose: () => ${expr} })`;
  }
}

function label(c: ContainerField): string {
  return c.kind === 'register' ? 'this._register' : c.field;
}

/** True when `this.<name>` is only ever assigned in the constructor or a field initializer. */
function stableField(name: string, owner: ClassOrModule, src: string): boolean {
  const ctor = owner.methods.get('constructor');
  const body = src.slice(startOf(owner.node), endOf(owner.node));
  const esc = name.replace(/[$]/g, '\\$');
  const re = new RegExp(`this\\s*\\.\\s*${esc}\\s*(?:=(?!=)|\\+=|-=|\\?\\?=|\\|\\|=)`, 'g');
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    const at = startOf(owner.node) + m.index;
    if (ctor === undefined || at < startOf(ctor) || at > endOf(ctor)) return false;
  }
  return true;
}

/** True when the identifier is assigned at most once in the file (its declaration). */
function stableIdentifier(name: string, src: string): boolean {
  const esc = name.replace(/[$]/g, '\\$');
  const re = new RegExp(`(?<![\\w$.])${esc}\\s*(?:=(?![=>])|\\+\\+|--|\\+=|-=)`, 'g');
  let n = 0;
  while (re.exec(src) !== null) n++;
  return n <= 1;
}

function stable(n: Node, owner: ClassOrModule, src: string): boolean {
  const u = unwrap(n);
  if (u.type === 'Identifier') return stableIdentifier(u.name, src);
  if (u.type === 'MemberExpression' && !u.computed && unwrap(u.object).type === 'ThisExpression') {
    const name = propertyName(u);
    return name !== null && stableField(name, owner, src);
  }
  return false;
}

const REMOVE_WITH: Readonly<Record<string, string>> = {
  on: 'removeListener',
  addListener: 'removeListener',
  once: 'removeListener',
  prependListener: 'removeListener',
  prependOnceListener: 'removeListener',
  addEventListener: 'removeEventListener',
};

export function listenerFix(r: Registration, facts: Facts): FixPlan | null {
  const c = containerFor(r.site);
  if (c === null || r.receiverNode === null || r.site.stmt === null) return null;
  const args = r.site.call.arguments;
  const src = facts.src;
  if (r.api === 'addEventListener' && args.length === 2 && c.kind === 'scope') {
    const at = endOf(args[1]!);
    return {
      container: c.field,
      edits: [{ start: at, end: at, text: `, { signal: ${c.field}.signal }` }],
    };
  }
  const removal = REMOVE_WITH[r.api];
  if (
    removal === undefined ||
    (r.api === 'addEventListener' && r.capture === undefined) ||
    args.length > 3
  )
    return null;
  if (r.api !== 'addEventListener' && args.length > 2) return null;
  const owner = r.site.classOwner!;
  if (!stable(r.receiverNode, owner, src) || !stable(r.listener, owner, src)) return null;
  const t = (n: Node): string => src.slice(startOf(n), endOf(n));
  const expr = `${t(r.receiverNode)}.${removal}(${t(args[0]!)}, ${t(args[1]!)}${r.capture ? ', true' : ''})`;
  const at = endOf(r.site.stmt);
  return {
    container: label(c),
    edits: [{ start: at, end: at, text: ` ${wrapCleanup(c.kind, c.field, expr)};` }],
  };
}

const timerNames = new WeakMap<Facts, number>();

export function timerFix(t: TimerSite, facts: Facts): FixPlan | null {
  const c = containerFor(t.site);
  if (c === null || t.site.stmt === null) return null;
  const n = (timerNames.get(facts) ?? 0) + 1;
  let name = n === 1 ? 'leakguardTimer' : `leakguardTimer${n}`;
  let k = n;
  while (facts.src.includes(name)) name = `leakguardTimer${++k}`;
  timerNames.set(facts, k);
  const expr = facts.src.slice(startOf(t.site.stmt.expression), endOf(t.site.stmt.expression));
  const clear = t.kind === 'interval' ? 'clearInterval' : 'clearTimeout';
  return {
    container: label(c),
    edits: [
      {
        start: startOf(t.site.stmt),
        end: endOf(t.site.stmt),
        text: `const ${name} = ${expr}; ${wrapCleanup(c.kind, c.field, `${clear}(${name})`)};`,
      },
    ],
  };
}

export function disposableFix(b: BareCall, facts: Facts, kind: ReturnKind): FixPlan | null {
  const c = containerFor(b.site);
  if (c === null || b.site.stmt === null || c.kind === 'stack') return null;
  // An RxJS Subscription has unsubscribe() but no dispose(): a DisposableStore cannot take it.
  const isSubscribe = b.callee?.name === 'subscribe';
  if (isSubscribe && (c.kind === 'store' || c.kind === 'register')) return null;
  if (kind === 'unsubscribe' && c.kind !== 'scope' && c.kind !== 'subscription') return null;
  const e = b.site.stmt.expression;
  const expr = facts.src.slice(startOf(e), endOf(e));
  const adder = c.kind === 'register' ? 'this._register' : `${c.field}.add`;
  return {
    container: label(c),
    edits: [{ start: startOf(e), end: endOf(e), text: `${adder}(${expr})` }],
  };
}
