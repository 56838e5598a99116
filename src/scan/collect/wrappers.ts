// Registration wrappers: a function of the file whose body registers a listener on one of its
// own parameters, keeps no handle and removes nothing there (`function listen(el, ev, fn) {
// el.addEventListener(ev, fn) }`, firebase-js-sdk webchannel_connection.ts
// `unguardedEventListen(target, type, fn)`, fix corpus, tuning half). Inside the wrapper the
// receiver is only a parameter; at each call the real receiver is known. So each call of a
// wrapper (`listen(x, …)`, `this.listen(x, …)`, `Helper.listen(x, …)`) is recorded as a
// registration on the argument given for that parameter, with the event and listener of the
// call when the wrapper forwards its parameters, and the rules decide there.
//
// The walk meets a call before the wrapper's body when the wrapper is declared further down
// (hoisted functions, methods), so the wrappers are found by a first walk and the file is walked
// a second time, knowing them, only when one of them is called (collect/index.ts).
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts, Registration } from '../facts.js';
import { hasRange, unwrap, type Callee, type Node } from '../syntax.js';
import type { Collector } from './collector.js';

/** One registration inside a wrapper, with the parameter positions it reads. */
export interface WrappedRegistration {
  readonly reg: Registration;
  /** Index of the parameter that is the receiver. */
  readonly receiver: number;
  /** Index of the parameter forwarded as the event, or -1 when the event is fixed. */
  readonly event: number;
  /** Index of the parameter forwarded as the listener, or -1. */
  readonly listener: number;
  /** Index of the parameter forwarded as the options, or -1. */
  readonly options: number;
}

export interface Wrapper {
  readonly name: string;
  readonly fn: Node;
  /** `name(...)` calls it (a function or const); else `this.name(...)` / `X.name(...)`. */
  readonly plain: boolean;
  /** The class it is a method of (null outside classes): `this.name(...)` must be in it. */
  readonly cls: Node | null;
  readonly regs: WrappedRegistration[];
}

/** Index of the parameter named `name` (plain, defaulted or a parameter property), or -1. */
function paramIndex(fn: TSESTree.FunctionLike, name: string): number {
  const ps = fn.params;
  for (let i = 0; i < ps.length; i++) {
    let p: Node = ps[i]!;
    if (p.type === 'TSParameterProperty') p = p.parameter;
    if (p.type === 'AssignmentPattern') p = p.left;
    if (p.type === 'Identifier' && p.name === name) return i;
  }
  return -1;
}

function forwarded(fn: TSESTree.FunctionLike, n: Node | undefined): number {
  if (n === undefined) return -1;
  const u = unwrap(n);
  return u.type === 'Identifier' ? paramIndex(fn, u.name) : -1;
}

/**
 * Called for each registration as it is recorded: keeps it as a wrapper candidate when its
 * receiver is a parameter of the innermost function, directly (not a callback inside it), and
 * its result is dropped. Cheap for every other registration: one frame lookup.
 */
export function noteCandidate(c: Collector, r: Registration, receiver: Node): void {
  if (c.wrappers !== null || r.guarded || r.site.use.kind !== 'discarded') return;
  const u = unwrap(receiver);
  if (u.type !== 'Identifier') return;
  const fi = c.fnFrameIndex();
  if (fi === -1) return;
  const frame = c.frames[fi]!;
  if (frame.name === null || frame.names.get(u.name) !== 'param') return;
  if (c.resolve(u.name) !== fi) return;
  const fn = frame.node as TSESTree.FunctionLike & Node;
  const at = c.ancestors.lastIndexOf(fn);
  const parent = at > 0 ? c.ancestors[at - 1] : undefined;
  let plain: boolean;
  if (fn.type === 'FunctionDeclaration' || parent?.type === 'VariableDeclarator') plain = true;
  else if (
    parent !== undefined &&
    (parent.type === 'MethodDefinition' ||
      parent.type === 'PropertyDefinition' ||
      parent.type === 'Property' ||
      (parent.type === 'AssignmentExpression' && parent.left.type === 'MemberExpression'))
  )
    plain = false;
  else return;
  const args = r.site.call.arguments as Node[];
  const isConnect = r.api === 'connect';
  c.wrapperCandidates.push({
    name: frame.name,
    fn,
    plain,
    cls: c.currentClass()?.node ?? null,
    regs: [
      {
        reg: r,
        receiver: paramIndex(fn, u.name),
        event: isConnect ? -1 : forwarded(fn, args[0]),
        listener: forwarded(fn, isConnect ? args[0] : args[1]),
        options: isConnect ? -1 : forwarded(fn, args[2]),
      },
    ],
  });
}

/**
 * The wrappers of a walked file that the file calls, by name; null when there are none. A
 * function that removes its listener itself, or whose name two functions share, is not one.
 */
export function wrappersOf(c: Collector): Map<string, Wrapper> | null {
  const cands = c.wrapperCandidates;
  if (cands.length === 0) return null;
  const byName = new Map<string, Wrapper | null>();
  for (const w of cands) {
    const reg = w.regs[0]!;
    // A removal of the same parameter inside the wrapper: it manages what it adds.
    const recvKey = reg.reg.receiverKey;
    if (c.facts.removals.some((rm) => rm.receiverKey === recvKey && hasRange(w.fn, rm.call)))
      continue;
    // It keeps what it adds in a list or map (`this.listeners.push([target, event, fn])`):
    // whoever reads that list can remove it.
    if (keepsParam(c, w.fn, recvKey)) continue;
    const seen = byName.get(w.name);
    if (seen === undefined) byName.set(w.name, { ...w, regs: [reg] });
    else if (seen !== null && seen.fn === w.fn) seen.regs.push(reg);
    else byName.set(w.name, null);
  }
  let out: Map<string, Wrapper> | null = null;
  for (const [name, w] of byName) {
    if (w === null) continue;
    // Another function of that name outside classes (the module keeps the first of each).
    const first = c.module.methods.get(name);
    if (first !== undefined && first !== w.fn) continue;
    const calls = c.module.calls.get(name);
    if (calls === undefined) continue;
    if (!calls.some((rec) => callsWrapper(w, rec.receiver) && !hasRange(w.fn, rec.call))) continue;
    out ??= new Map();
    out.set(name, w);
  }
  return out;
}

const KEEP = new Set(['push', 'unshift', 'add', 'set']);

/** Whether `fn` passes its parameter `name` to push/add/set, alone or in an array or object. */
function keepsParam(c: Collector, fn: Node, name: string): boolean {
  for (const k of KEEP) {
    for (const rec of c.module.calls.get(k) ?? []) {
      if (rec.receiver === null || !hasRange(fn, rec.call)) continue;
      for (const a of rec.args) if (holds(unwrap(a), name)) return true;
    }
  }
  return false;
}

function holds(n: Node, name: string): boolean {
  if (n.type === 'Identifier') return n.name === name;
  if (n.type === 'ArrayExpression')
    return n.elements.some((e) => e !== null && holds(unwrap(e as Node), name));
  if (n.type === 'ObjectExpression')
    return n.properties.some((p) => p.type === 'Property' && holds(unwrap(p.value as Node), name));
  return false;
}

/** A plain wrapper is called by name; a method one on `this` or a class-like name. */
function callsWrapper(w: Wrapper, receiverKey: string | null): boolean {
  if (w.plain) return receiverKey === null;
  return receiverKey !== null && (receiverKey === 'this' || /^[A-Z][\w$]*$/.test(receiverKey));
}

/** The wrapper `call` calls, if any (second walk only). */
export function wrapperCalled(c: Collector, call: Node, callee: Callee): Wrapper | null {
  const w = c.wrappers!.get(callee.name);
  if (w === undefined || hasRange(w.fn, call)) return null;
  if (callee.receiver === null) {
    if (!w.plain) return null;
    // `listen(...)` where `listen` is a parameter or a callback's parameter: not the wrapper.
    const i = c.resolve(callee.name);
    if (i !== -1) {
      const k = c.frames[i]!.names.get(callee.name);
      if (k === 'param' || k === 'callbackParam') return null;
    }
    return w;
  }
  const key = c.key(callee.receiver);
  if (key === 'this' && (c.currentClass()?.node ?? null) !== w.cls) return null;
  return callsWrapper(w, key) ? w : null;
}

/**
 * Marks the registrations inside the wrappers that some call was recorded for: what they do is
 * reported at those calls, where the receiver is known. A wrapper no call reached keeps its own.
 */
export function markWrapped(facts: Facts, wrappers: ReadonlyMap<string, Wrapper>): void {
  const used = new Set<string>();
  for (const r of facts.registrations) if (r.via !== null) used.add(r.via.name);
  if (used.size === 0) return;
  const inner = new Set<Node>();
  for (const name of used) for (const w of wrappers.get(name)!.regs) inner.add(w.reg.site.call);
  const regs = facts.registrations;
  for (let i = 0; i < regs.length; i++) {
    const r = regs[i]!;
    if (r.via === null && inner.has(r.site.call)) regs[i] = { ...r, wrapped: true };
  }
}
