// Fixes that cannot change behaviour except by adding the missing cleanup. Everything else stays
// a suggestion. Three kinds:
// - routing through a container the class already owns and already disposes in its teardown
//   (`listenerFix`, `timerFix`, `disposableFix`);
// - a guarded clear of a timer field at the start of the method that ends it
//   (`teardownClearFix`: a teardown of the whole object for a timeout the class already clears
//   elsewhere; for an interval only its own start/stop cycle's end or a final teardown);
// - a removal corrected to remove what it was written to remove (`captureFix`, `offWithOnFix`).
//
// Preconditions for a container fix (checked in `containerFor`):
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
  Removal,
  Site,
  TimerSite,
} from './facts.js';
import type { Edit } from './model.js';
import type { ReturnKind } from './oracle.js';
import {
  childNodes,
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

/** Teardowns after which the object is not used again: a clear there stops nothing it still needs. */
const FINAL_TEARDOWN = new Set([
  'dispose',
  '_dispose',
  'destroy',
  '_destroy',
  'teardown',
  'terminate',
  '[Symbol.dispose]',
  '[Symbol.asyncDispose]',
  'ngOnDestroy',
  'componentWillUnmount',
  'beforeDestroy',
  'onDestroy',
  'beforeUnmount',
  'unmounted',
]);

/** `startX` is undone by `stopX`: a timer started in one is cleared in the other. */
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  ['start', 'stop'],
  ['open', 'close'],
  ['connect', 'disconnect'],
  ['attach', 'detach'],
  ['mount', 'unmount'],
];

/**
 * Teardowns that end the whole object (not one part of it, as `unsubscribe(topic)` or
 * `detach(el)` do), though it may be opened again: a timeout pending when they run is one the
 * class already cancels elsewhere (no-unpaired-teardown), so cancelling it there too is the
 * missing cleanup.
 */
const WHOLE_TEARDOWN = new Set([
  ...FINAL_TEARDOWN,
  'close',
  '_close',
  'disconnect',
  '_disconnect',
  'stop',
  '_stop',
  'shutdown',
  'end',
  'cleanup',
]);

/**
 * The method whose start is the right place to clear the timer `t` starts, if there is one.
 * `teardown` is the method a rule named: a timeout is cleared there when it ends the whole object,
 * else in the first method of the class that does.
 */
function clearSite(t: TimerSite, teardown: string | null): string | null {
  const owner = t.site.classOwner;
  if (owner === null || owner.kind !== 'class') return null;
  if (t.kind === 'timeout') {
    if (teardown !== null && WHOLE_TEARDOWN.has(teardown)) return teardown;
    for (const name of owner.methods.keys()) if (WHOLE_TEARDOWN.has(name)) return name;
  }
  const m = t.site.method;
  // A timer a `startX()` starts is the cycle's: `stopX()` ends it, and `startX()` starts it again.
  if (m !== null && !m.isCtor) {
    for (const [up, down] of PAIRS) {
      if (!m.name.startsWith(up)) continue;
      const rest = m.name.slice(up.length);
      if (rest !== '' && !/^[A-Z_$]/.test(rest)) continue;
      if (owner.methods.has(down + rest)) return down + rest;
    }
  }
  // Otherwise only a teardown that ends the object for good: clearing a constructor's interval
  // in `stop()` would change what a later `start()` finds, and `unsubscribe(topic)` ends one part.
  for (const name of owner.methods.keys()) if (FINAL_TEARDOWN.has(name)) return name;
  return null;
}

/**
 * `this.timers[id]`: an entry of a table of timers, indexed by a value rather than a literal key.
 * Returns the table's path (`this.timers`), or null for any other field.
 */
export function tableOfTimers(key: string): string | null {
  const m = /^(this(?:\.[\w$#]+)+)\[([^\]]+)\]$/.exec(key);
  if (m === null || /^(?:(['"`]).*\1|\d+)$/.test(m[2]!)) return null;
  return m[1]!;
}

/**
 * The statement that clears a timer field in a teardown: `if (this.t) clearTimeout(this.t);`, or
 * for an entry of a table (`this.t[id]`, whose key the teardown does not have) a loop clearing
 * every entry.
 */
export function clearStatement(
  raw: string,
  key: string,
  clear: 'clearTimeout' | 'clearInterval',
): string {
  if (tableOfTimers(key) === null) return `if (${raw}) ${clear}(${raw});`;
  const table = tableText(raw);
  return `for (const key in ${table}) ${clear}(${table}[key]);`;
}

/** What a finding asks for: `clearTimeout(this.t)`, or `clearTimeout on every entry of this.t`. */
export function clearWording(
  raw: string,
  key: string,
  clear: 'clearTimeout' | 'clearInterval',
): string {
  return tableOfTimers(key) === null
    ? `${clear}(${raw})`
    : `${clear} on every entry of ${tableText(raw).trim()}`;
}

/** The source text of a table entry's table: `this.t` of `this.t[id]`. */
function tableText(raw: string): string {
  return raw.slice(0, raw.lastIndexOf('['));
}

/**
 * A clear of a timer field added at the start of the method that ends it (see `clearSite`): the
 * timer is cancelled when the object (or its start/stop cycle) ends, which is the missing cleanup
 * and nothing else (clearing a handle that already fired, or was never set, does nothing). `stmt`
 * is the statement to add; it is guarded (`if (this.t) clearTimeout(this.t);`) so that a field
 * typed `… | null` still type-checks.
 *
 * An interval is cleared only where the object ends for good, or where its own start/stop cycle
 * ends (a constructor's interval cleared in `stop()` would be gone after a later `start()`).
 *
 * Preconditions: that method is an instance method (or an instance arrow property) of the same
 * class with a block body, and the timer is not started in it.
 */
export function teardownClearFix(
  t: TimerSite,
  named: string | null,
  stmt: string,
  facts: Facts,
): FixPlan | null {
  const owner = t.site.classOwner;
  const teardown = clearSite(t, named);
  if (owner === null || teardown === null) return null;
  const fn = owner.methods.get(teardown);
  if (fn === undefined || (t.site.method !== null && t.site.method.name === teardown)) return null;
  const member = classMembers(owner.node).find(
    (m) =>
      (m.type === 'MethodDefinition' || m.type === 'PropertyDefinition') &&
      (m.value as Node | null) === fn,
  );
  if (
    member === undefined ||
    member.static === true ||
    member.kind === 'get' ||
    member.kind === 'set'
  )
    return null;
  if (fn.type !== 'FunctionExpression' && fn.type !== 'ArrowFunctionExpression') return null;
  const body = fn.body;
  if (body.type !== 'BlockStatement') return null;
  const src = facts.src;
  const first = body.body[0];
  if (first === undefined) {
    const at = startOf(body) + 1;
    return { container: `${teardown}()`, edits: [{ start: at, end: at, text: ` ${stmt} ` }] };
  }
  const at = startOf(first);
  const lineStart = src.lastIndexOf('\n', at - 1) + 1;
  const lead = src.slice(lineStart, at);
  const indent = /^[ \t]*$/.test(lead) ? lead : '';
  return {
    container: `${teardown}()`,
    edits: [{ start: at, end: at, text: indent === '' ? `${stmt} ` : `${stmt}\n${indent}` }],
  };
}

/**
 * A component that declares no teardown of its own (a React class component, whose unmount
 * always comes): `componentWillUnmount() { <stmt> }` becomes its last member. The edit replaces
 * the class's closing brace, so two such fixes in one class overlap and only one is applied per
 * pass; the next pass finds the method and adds its clear there (teardownClearFix). Only when the
 * closing brace stands alone on its line and a member's indent is known.
 */
export function addedTeardownFix(
  t: TimerSite,
  teardown: string,
  stmt: string,
  facts: Facts,
): FixPlan | null {
  const owner = t.site.classOwner;
  if (owner === null) return null;
  const cls = owner.node;
  if (cls.type !== 'ClassDeclaration' && cls.type !== 'ClassExpression') return null;
  const members = cls.body.body;
  const first = members[0];
  if (first === undefined) return null;
  const src = facts.src;
  const close = endOf(cls.body) - 1;
  if (src[close] !== '}') return null;
  const closeLine = src.lastIndexOf('\n', close - 1) + 1;
  const closeIndent = src.slice(closeLine, close);
  if (!/^[ \t]*$/.test(closeIndent)) return null;
  const at = startOf(first as Node);
  const memberLine = src.lastIndexOf('\n', at - 1) + 1;
  const memberIndent = src.slice(memberLine, at);
  if (!/^[ \t]+$/.test(memberIndent) || !memberIndent.startsWith(closeIndent)) return null;
  const unit = memberIndent.slice(closeIndent.length);
  if (unit === '') return null;
  const text = `${unit}${teardown}() {\n${memberIndent}${unit}${stmt}\n${memberIndent}}\n${closeIndent}}`;
  return { container: `${teardown}()`, edits: [{ start: close, end: close + 1, text }] };
}

type ClassMember = {
  readonly type: string;
  readonly static?: boolean;
  readonly kind?: string;
  readonly value?: unknown;
};

function classMembers(cls: Node): readonly ClassMember[] {
  if (cls.type !== 'ClassDeclaration' && cls.type !== 'ClassExpression') return [];
  return cls.body.body as readonly ClassMember[];
}

/**
 * `el.removeEventListener('x', h)` after `el.addEventListener('x', h, true)`: the removal gets the
 * capture flag the listener was added with, so it removes what it was written to remove. An
 * options object in the removal is replaced by the flag (only `capture` matters to a removal).
 */
export function captureFix(rm: Removal, addCapture: boolean): readonly Edit[] | null {
  const args = rm.call.arguments;
  const listener = args[1];
  if (listener === undefined || args.some((a) => a.type === 'SpreadElement')) return null;
  const flag = addCapture ? 'true' : 'false';
  const third = args[2];
  if (third === undefined) {
    if (!addCapture) return null;
    const at = endOf(listener);
    return [{ start: at, end: at, text: `, ${flag}` }];
  }
  if (args.length > 3) return null;
  return [{ start: startOf(third), end: endOf(third), text: flag }];
}

/**
 * A cleanup that calls `on()` where it means `off()`: the call is renamed to the removal that
 * matches its registration. Only when the same listener is registered elsewhere in the file on
 * the same receiver and event (so the call re-adds it: the cleanup's purpose is not in doubt),
 * and the removal is known to exist: the DOM's and Node's pairs, or for `on()` the removal the
 * file already calls on that receiver (`off` or `removeListener`).
 */
export function offWithOnFix(r: Registration, facts: Facts): readonly Edit[] | null {
  if (r.listenerKey === null) return null;
  const addedElsewhere = facts.registrations.some(
    (o) =>
      o !== r &&
      o.receiverKey === r.receiverKey &&
      o.eventKey === r.eventKey &&
      o.listenerKey === r.listenerKey,
  );
  if (!addedElsewhere) return null;
  let removal: string | null = null;
  if (r.api === 'addEventListener') removal = 'removeEventListener';
  else if (r.api === 'addListener' || r.api === 'prependListener') removal = 'removeListener';
  else if (r.api === 'on')
    removal =
      facts.removals.find(
        (x) => x.receiverKey === r.receiverKey && (x.api === 'off' || x.api === 'removeListener'),
      )?.api ?? null;
  if (removal === null) return null;
  const callee = unwrap(r.site.call.callee);
  if (callee.type !== 'MemberExpression' || callee.computed) return null;
  return [{ start: startOf(callee.property), end: endOf(callee.property), text: removal }];
}

/**
 * `this.t = setInterval(…)` over an interval still running: the old handle is lost, so nothing
 * can ever clear it. The fix clears it first, in a statement of its own just before:
 * `if (this.t) clearInterval(this.t); this.t = setInterval(…)`. Only for intervals (an
 * overwritten timeout still runs once, which its code may want) and only where the assignment is
 * a statement of a block, so the clear cannot end up as the body of an `if` without braces.
 */
export function overwriteClearFix(t: TimerSite, facts: Facts): readonly Edit[] | null {
  if (t.kind !== 'interval' || t.field === null) return null;
  const stmt = statementAt(facts.module.node, t.field.start);
  if (stmt === null) return null;
  const raw = t.field.raw;
  return [
    { start: startOf(stmt), end: startOf(stmt), text: `if (${raw}) clearInterval(${raw}); ` },
  ];
}

/** The expression statement of a statement list whose expression starts at `at`. */
function statementAt(root: Node, at: number): Node | null {
  let found: Node | null = null;
  const visit = (n: Node): void => {
    if (found !== null || startOf(n) > at || endOf(n) < at) return;
    const list =
      n.type === 'BlockStatement' || n.type === 'Program' || n.type === 'StaticBlock'
        ? (n.body as Node[])
        : n.type === 'SwitchCase'
          ? (n.consequent as Node[])
          : null;
    if (list !== null)
      for (const s of list)
        if (s.type === 'ExpressionStatement' && startOf(s.expression) === at) {
          found = s;
          return;
        }
    for (const c of childNodes(n)) visit(c);
  };
  visit(root);
  return found;
}
