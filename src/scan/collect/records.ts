// Record builders: what happens to a call's value (useOf), the context shared by every record
// (site), and the registration, removal, timer and bare-call records the rules read.
import type { TSESTree } from '@typescript-eslint/types';
import type { BareCall, MethodInfo, Registration, Site, Use } from '../facts.js';
import {
  calleeOf,
  captureOf,
  endOf,
  isFreshFunction,
  isFunction,
  propertyName,
  RECEIVER_TEARDOWN,
  startOf,
  unwrap,
  type CallExpression,
  type Callee,
  type Node,
} from '../syntax.js';
import type { Collector } from './collector.js';
import { guardedAgainstRepeat } from './guards.js';
import { noteCandidate, type Wrapper } from './wrappers.js';

export interface UseOf {
  readonly use: Use;
  /** The statement when the call is a bare expression statement. */
  readonly stmt: TSESTree.ExpressionStatement | null;
}

// Shared results: a use without a statement carries nothing call-specific.
const USED: UseOf = { use: { kind: 'used' }, stmt: null };
const DISCARDED_IN_CHAIN: UseOf = { use: { kind: 'discarded' }, stmt: null };
const VOIDED: UseOf = { use: { kind: 'voided' }, stmt: null };
const RETURNED: UseOf = { use: { kind: 'returned' }, stmt: null };

/**
 * What happens to the value of the call at `ancestors[depth + 1]`: climbs through
 * `.unref()`-style chains and TS wrappers to the expression that consumes it.
 */
export function useOf(c: Collector, depth: number, call: Node): UseOf {
  const ancestors = c.ancestors;
  let cur: Node = call;
  let i = depth;
  for (;;) {
    const p = ancestors[i];
    if (p === undefined) return USED;
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
      // `setInterval(...).unref()` still hands back the timer: follow the chain.
      if (gp !== undefined && gp.type === 'CallExpression' && gp.callee === p) {
        const name = propertyName(p);
        if (name === 'unref' || name === 'ref') {
          cur = gp;
          i -= 2;
          continue;
        }
        // `x.onDidChange(fn).dispose()`, `bus.subscribe(fn).unsubscribe()`: ended at once.
        if (name !== null && (RECEIVER_TEARDOWN.has(name) || name === 'unsubscribe')) return USED;
        // `info.subscribe().then((unsub) => { info.unsubscribe = unsub; })`: a promise of the
        // subscription, handed to a callback that takes it (candidate TH).
        if (name === 'then' && takesValue(gp.arguments[0])) return USED;
        // `a.on(...).on(...)`: the result is only used as the next receiver.
        return DISCARDED_IN_CHAIN;
      }
      return USED;
    }
    switch (p.type) {
      case 'ExpressionStatement':
        return { use: { kind: 'discarded' }, stmt: p };
      case 'UnaryExpression':
        return p.operator === 'void' ? VOIDED : USED;
      case 'VariableDeclarator':
        return p.id.type === 'Identifier'
          ? { use: { kind: 'stored', target: p.id.name }, stmt: null }
          : USED;
      case 'AssignmentExpression':
        return p.right === cur
          ? { use: { kind: 'stored', target: c.key(p.left) }, stmt: null }
          : USED;
      case 'PropertyDefinition':
        return {
          use: { kind: 'stored', target: 'this.' + (propertyName(p) ?? '?') },
          stmt: null,
        };
      case 'ReturnStatement':
      case 'ArrowFunctionExpression':
        return RETURNED;
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
          if (up !== undefined && up.type === 'ExpressionStatement') return DISCARDED_IN_CHAIN;
          continue;
        }
        cur = p;
        i--;
        continue;
      }
      default:
        return USED;
    }
  }
}

/** A function given as `.then(cb)`'s callback that takes the resolved value. */
function takesValue(arg: Node | undefined): boolean {
  const f = arg === undefined ? null : unwrap(arg);
  return isFunction(f) && f.params.length > 0;
}

/** The context every record shares: enclosing class, method, repeating code. */
function site(c: Collector, call: CallExpression, u: UseOf): Site {
  const method = c.methodOf();
  const stmt = u.stmt;
  let directMethod: MethodInfo | null = null;
  if (
    stmt !== null &&
    method !== null &&
    method.body !== null &&
    c.currentFrame().method === method
  ) {
    const at = c.ancestors.lastIndexOf(stmt);
    if (at > 0 && c.ancestors[at - 1] === method.body) directMethod = method;
  }
  const ri = c.repeatFrameIndex();
  const r = ri === -1 ? null : c.frames[ri]!;
  return {
    call,
    use: u.use,
    stmt,
    classOwner: c.currentClass(),
    topLevel: c.atTopLevel(),
    directMethod,
    method,
    repeat: r === null ? null : { kind: r.repeat!, node: r.node },
  };
}

// Each record holds its site (one shape for every kind of record) and lists its own fields in
// one literal: spreading the site into it (`{ ...s, api }`) made V8 grow each record property
// by property, a visible cost.

/** A call whose result is discarded (the record lists its fields: one shape, no spread). */
export function recordBareCall(
  c: Collector,
  call: CallExpression,
  u: UseOf,
  callee: Callee,
  targetLife: BareCall['targetLife'],
): void {
  const s = site(c, call, u);
  c.facts.bareCalls.push({
    site: s,
    callee,
    targetLife,
  });
}

export function recordRegistration(
  c: Collector,
  call: CallExpression,
  depth: number,
  api: string,
  receiver: Node,
  receiverKey: string,
  eventKey: string | null,
  listener: Node,
  options: Node | undefined,
): void {
  const s = site(c, call, useOf(c, depth, call));
  const life = c.receiverLifeAt(receiver);
  const ri = c.repeatFrameIndex();
  const { fns, fnName } = enclosingFns(c);
  const r: Registration = {
    site: s,
    api,
    receiverKey,
    receiverNode: receiver,
    eventKey,
    listener,
    listenerKey: listenerKeyOf(c, listener),
    capture: api === 'addEventListener' ? captureOf(options) : undefined,
    options,
    receiverLife: life.life,
    receiverOutlivesRepeat: ri !== -1 && life.declIndex < ri,
    fns,
    fnName,
    guarded: guardedAgainstRepeat(c, depth, call),
    via: null,
    wrapped: false,
  };
  c.facts.registrations.push(r);
  noteCandidate(c, r, receiver);
}

/** Enclosing function nodes, innermost first, and the innermost one's name. */
function enclosingFns(c: Collector): { fns: Node[]; fnName: string | null } {
  const fns: Node[] = [];
  let fnName: string | null = null;
  const frames = c.frames;
  for (let i = frames.length - 1; i >= 0; i--) {
    const f = frames[i]!;
    if (f.kind === 'function') {
      if (fns.length === 0) fnName = f.name;
      fns.push(f.node);
    }
  }
  return { fns, fnName };
}

/**
 * A call of a registration wrapper (collect/wrappers.ts): one registration per registration in
 * the wrapper, on the argument given for its receiver parameter, with the call's event,
 * listener and options where the wrapper forwards its parameters and the wrapper's own
 * otherwise. A call that gives no receiver argument (or spreads its arguments) records none.
 */
export function recordWrapperCall(
  c: Collector,
  call: CallExpression,
  depth: number,
  w: Wrapper,
): void {
  const args = call.arguments as Node[];
  if (args.some((a) => a.type === 'SpreadElement')) return;
  let s: Site | null = null;
  let ctx: { fns: Node[]; fnName: string | null } | null = null;
  let guarded = false;
  const ri = c.repeatFrameIndex();
  for (const inner of w.regs) {
    const receiver = args[inner.receiver];
    if (receiver === undefined) continue;
    if (s === null || ctx === null) {
      s = site(c, call, useOf(c, depth, call));
      ctx = enclosingFns(c);
      guarded = guardedAgainstRepeat(c, depth, call);
    }
    const r = inner.reg;
    const ev = inner.event === -1 ? undefined : args[inner.event];
    const given = inner.listener === -1 ? undefined : args[inner.listener];
    const listener = given ?? r.listener;
    const options = inner.options === -1 ? r.options : args[inner.options];
    const life = c.receiverLifeAt(receiver);
    const ru = unwrapped(receiver);
    const passThrough =
      ru.type === 'Identifier' &&
      life.declIndex !== -1 &&
      c.frames[life.declIndex]!.names.get(ru.name) === 'param';
    c.facts.registrations.push({
      site: s,
      api: r.api,
      receiverKey: c.key(receiver),
      receiverNode: receiver,
      eventKey: inner.event === -1 ? r.eventKey : ev === undefined ? null : c.key(ev),
      listener,
      listenerKey: given === undefined ? r.listenerKey : listenerKeyOf(c, given),
      capture: r.api === 'addEventListener' ? captureOf(options) : undefined,
      options,
      receiverLife: life.life,
      receiverOutlivesRepeat: ri !== -1 && life.declIndex < ri,
      fns: ctx.fns,
      fnName: ctx.fnName,
      guarded,
      via: { name: w.name, inner: r.site.call, passThrough },
      wrapped: false,
    });
  }
}

/**
 * Identity key of a registered listener: null for a fresh function or `.bind()`; for
 * `this.h = this.h.bind(this)` the field it is kept in, which a removal can pass again
 * (codemirror/dev src/tooltip.ts, fix corpus, tuning half).
 */
function listenerKeyOf(c: Collector, listener: Node): string | null {
  const u = unwrapped(listener);
  if (u.type === 'AssignmentExpression' && u.operator === '=' && u.left.type === 'MemberExpression')
    return c.key(u.left);
  return isFreshFunction(listener) ? null : c.key(listener);
}

function unwrapped(n: Node): Node {
  let u = n;
  while (u.type === 'TSAsExpression' || u.type === 'TSNonNullExpression') u = u.expression as Node;
  return u;
}

export function recordRemoval(
  c: Collector,
  call: CallExpression,
  api: string,
  receiverKey: string,
  args: readonly Node[],
): void {
  const listener = api === 'disconnect' ? (args[0] ?? null) : (args[1] ?? null);
  c.facts.removals.push({
    call,
    api,
    receiverKey,
    eventKey: api === 'disconnect' || args[0] === undefined ? null : c.key(args[0]),
    listener,
    listenerKey: listener === null || isFreshFunction(listener) ? null : c.key(listener),
    capture: api === 'removeEventListener' ? captureOf(args[2]) : undefined,
    classOwner: c.currentClass(),
  });
}

export function recordTimer(
  c: Collector,
  call: CallExpression,
  depth: number,
  kind: 'interval' | 'timeout',
): void {
  const s = site(c, call, useOf(c, depth, call));
  let field: { key: string; raw: string; start: number } | null = null;
  const p = c.ancestors[depth];
  // `this.t ??= setTimeout(...)` assigns only when no timer is set: not an overwrite.
  if (
    p !== undefined &&
    p.type === 'AssignmentExpression' &&
    p.operator === '=' &&
    p.right === call &&
    p.left.type === 'MemberExpression'
  ) {
    field = {
      key: c.key(p.left),
      raw: c.src.slice(startOf(p.left), endOf(p.left)),
      start: startOf(p),
    };
  }
  const fi = c.fnFrameIndex();
  const f = fi === -1 ? null : c.frames[fi]!;
  c.facts.timers.push({
    site: s,
    kind,
    field,
    fn: f === null ? null : f.node,
    fnName: f === null ? null : f.name,
    inTimerCallback: f !== null && f.timerCallback,
    guarded: guardedAgainstRepeat(c, depth, call),
  });
}
