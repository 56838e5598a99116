// no-unpaired-teardown: a timeout kept in a field, cleared somewhere in the class but not by its
// teardown (issue #16, leak shapes 1 and 3). Designed from the tuning half of the fix corpus
// (scan-corpus/fixes/); the one branch of the first version that caught a held-out case
// (node-redis, a timeout cleared elsewhere but not by end()).
//
// no-unmanaged-timer leaves a timeout kept in a field alone unless the class overwrites it. That
// is right for an object that lives once; for one with a teardown method (`disconnect`,
// `destroy`, `stop`…) whose author already clears the timeout somewhere (its own callback, one
// branch, a reset), the teardown is where it must be cleared too.
//
// Removed on 2026-12-03 by the criteria written before the fresh batch of the fix corpus was read
// (scan-corpus/fixes/README.md, "Decision criteria"): a listener on a field the class created, a
// timeout kept in a field that nothing clears, and both timer shapes in prototype-style classes.
// Each had caught only tuning cases, and none caught a case of the fresh batch.
import type { ClassOrModule, Facts, Registration, TimerSite } from '../facts.js';
import { endOf, REMOVAL_FOR, startOf, TEARDOWN_METHODS, type Node } from '../syntax.js';
import { teardownClearFix } from '../fix.js';
import type { RawFinding, RuleContext } from './context.js';
import { cleared } from './timer.js';
import { receiverCreatedByOwner } from './listener.js';
import { argKey, short, text } from './context.js';
import { hasRange } from '../syntax.js';

/** Teardown names with a suffix: `stopClient`, `closeConnection`, `_destroy`, `disposeAll`. */
const TEARDOWN_PREFIXED =
  /^_?(?:close|destroy|dispose|disconnect|stop|detach|unsubscribe|unmount|shutdown|teardown|cleanup|cleanUp|terminate|unbind|unlisten|unwatch)(?:[A-Z_$][\w$]*)?$/;

/**
 * The class's teardown method, if it has one: a plain teardown name (`close`, `dispose`…) before
 * one built on it (`stopTicking`), which may end only a part of the object.
 */
export function teardownOf(owner: ClassOrModule): string | null {
  let prefixed: string | null = null;
  for (const name of owner.methods.keys()) {
    if (TEARDOWN_METHODS.has(name)) return name;
    if (prefixed === null && TEARDOWN_PREFIXED.test(name)) prefixed = name;
  }
  return prefixed;
}

/** The teardown, or a method it calls (one level), names the field. */
function teardownClears(
  owner: ClassOrModule,
  teardown: string,
  field: { readonly key: string; readonly raw: string },
  src: string,
): boolean {
  const names = (b: string) => b.includes(field.raw) || b.includes(field.key);
  // Any of the teardowns (`closeWebsocket()` and `disconnect()`) may be the one that clears it.
  for (const [name, fn] of owner.methods) {
    if (name !== teardown && !isTeardown(name)) continue;
    const body = src.slice(startOf(fn), endOf(fn));
    if (names(body)) return true;
    const re = /this\s*\.\s*([\w$]+)\s*\(/g;
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const callee = owner.methods.get(m[1]!);
      if (callee !== undefined && names(src.slice(startOf(callee), endOf(callee)))) return true;
    }
  }
  return false;
}

function timerFinding(ctx: RuleContext, t: TimerSite): RawFinding | null {
  const owner = t.site.classOwner;
  if (owner === null || owner.kind !== 'class' || t.kind !== 'timeout') return null;
  // setInterval fields that are never cleared are no-unmanaged-timer's.
  if (t.field === null || !t.field.key.startsWith('this.')) return null;
  const teardown = teardownOf(owner);
  if (teardown === null) return null;
  if (t.site.method !== null && t.site.method.name === teardown) return null;
  if (!cleared(t, ctx, t.field.key)) return null;
  if (teardownClears(owner, teardown, t.field, ctx.facts.src)) return null;
  const fix = teardownClearFix(
    t,
    teardown,
    `if (${t.field.raw}) clearTimeout(${t.field.raw});`,
    ctx.facts,
  );
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message: `The timeout kept in ${t.field.raw} is cleared elsewhere but not by ${teardown}(); it runs after ${teardown}() and keeps the object alive.`,
    suggestion: fix
      ? `Call clearTimeout(${t.field.raw}) in ${fix.container}; --fix adds it.`
      : `Call clearTimeout(${t.field.raw}) in ${teardown}().`,
    ...(fix ? { fix: fix.edits } : {}),
  };
}

/** Teardown-named methods, by name. */
function isTeardown(name: string): boolean {
  return TEARDOWN_METHODS.has(name) || TEARDOWN_PREFIXED.test(name);
}

/** Receivers that live as long as the process or the page. */
const GLOBAL_RECEIVER = /^(?:window|document|process|navigator|globalThis|self)(?:\.|$)/;

/** How deep the teardown's `this.m()` calls are followed for a listener's removal. */
const LISTENER_FOLLOW = 3;

/**
 * The teardown-named methods of the class and the methods they reach through `this.m()` calls,
 * `depth` calls deep.
 */
function teardownReach(owner: ClassOrModule, src: string, depth: number): Node[] {
  const seen = new Set<string>();
  let frontier: string[] = [...owner.methods.keys()].filter(isTeardown);
  for (const n of frontier) seen.add(n);
  for (let d = 0; d < depth && frontier.length > 0; d++) {
    const next: string[] = [];
    for (const name of frontier) {
      const fn = owner.methods.get(name)!;
      const re = /this\s*\.\s*([\w$#]+)\s*\(/g;
      const body = src.slice(startOf(fn), endOf(fn));
      for (let m = re.exec(body); m !== null; m = re.exec(body)) {
        const callee = m[1]!;
        if (seen.has(callee) || !owner.methods.has(callee)) continue;
        seen.add(callee);
        next.push(callee);
      }
    }
    frontier = next;
  }
  return [...seen].map((n) => owner.methods.get(n)!);
}

function paramNames(fn: Node): Set<string> {
  const out = new Set<string>();
  const f = fn.type === 'MethodDefinition' || fn.type === 'Property' ? fn.value : fn;
  if (
    f.type === 'FunctionExpression' ||
    f.type === 'ArrowFunctionExpression' ||
    f.type === 'FunctionDeclaration'
  )
    for (const p of f.params) {
      const id =
        p.type === 'AssignmentPattern'
          ? p.left
          : p.type === 'TSParameterProperty'
            ? p.parameter
            : p;
      if (id.type === 'Identifier') out.add(id.name);
    }
  return out;
}

function methodNode(owner: ClassOrModule, name: string): Node | null {
  return owner.methods.get(name) ?? null;
}

/**
 * A removal call of the class (`off`, `removeListener`, `removeEventListener` with the same
 * receiver, event and listener; `removeAllListeners()` of the event or of all) inside `within`.
 * Not a teardown of the receiver (`socket.destroy()`): an object the class ends is its own.
 */
function removedIn(r: Registration, facts: Facts, owner: ClassOrModule, within: Node): boolean {
  const undo = REMOVAL_FOR[r.api];
  for (const name of new Set([
    'off',
    'removeListener',
    'removeEventListener',
    'removeAllListeners',
    ...(undo ? [undo] : []),
  ])) {
    for (const c of owner.calls.get(name) ?? []) {
      if (c.receiver !== r.receiverKey || !hasRange(within, c.call)) continue;
      if (c.args.length === 0) return true;
      if (argKey(facts, c, 0) !== r.eventKey) continue;
      if (name === 'removeAllListeners' || c.args.length === 1) return true;
      if (r.listenerKey !== null && argKey(facts, c, 1) === r.listenerKey) return true;
    }
  }
  return false;
}

/**
 * A listener the class removes somewhere (a method of its own, its own callback, one branch) on
 * an object it did not make, while no teardown removes it, directly or through the methods it
 * calls: the author meant it to be removed, and the teardown is where the object ends.
 */
function listenerFinding(ctx: RuleContext, r: Registration): RawFinding | null {
  const owner = r.site.classOwner;
  const facts: Facts = ctx.facts;
  if (owner === null || owner.kind !== 'class' || r.wrapped || r.site.topLevel) return null;
  if (r.receiverLife !== 'outer' || receiverCreatedByOwner(r, facts)) return null;
  if (r.api === 'connect') return null;
  // a field of the object or a global: a local of one method is not the same-named local of
  // another (`const tlsSocket` in two connect paths)
  if (!r.receiverKey.startsWith('this.') && !GLOBAL_RECEIVER.test(r.receiverKey)) return null;
  // a plain teardown name: `destroyHttp2Stream()` ends one part of the object, not all of it
  const teardown = [...owner.methods.keys()].find((n) => TEARDOWN_METHODS.has(n)) ?? null;
  if (teardown === null) return null;
  if (r.site.method !== null && isTeardown(r.site.method.name)) return null;
  // removed somewhere in the class (not only by module code)
  // a subscription method of the class's API handing the caller's listener on
  // (`addEventListener(event, listener) { this.xmpp.addListener(event, listener) }`): the
  // caller removes it, with the paired method
  const own = r.site.method === null ? null : methodNode(owner, r.site.method.name);
  if (r.listenerKey !== null && own !== null && paramNames(own).has(r.listenerKey)) return null;
  // removed by another method of the class: in the registering method it is that method's
  // own pairing (a once-style self-removal, a per-call object), which no-partial-cleanup reads
  let elsewhere = false;
  for (const fn of owner.methods.values())
    if (fn !== own && removedIn(r, facts, owner, fn)) elsewhere = true;
  if (!elsewhere) return null;
  for (const fn of teardownReach(owner, facts.src, LISTENER_FOLLOW))
    if (removedIn(r, facts, owner, fn)) return null;
  const recv = short(text(facts, r.receiverNode ?? r.site.call), 30);
  const off = REMOVAL_FOR[r.api] ?? 'off';
  return {
    rule: 'no-unpaired-teardown',
    node: r.site.call,
    message: `The listener added to ${recv} is removed elsewhere in the class but not by ${teardown}(); after ${teardown}() it keeps the object reachable from ${recv}.`,
    suggestion: `Call ${recv}.${off}(…) with the same listener in ${teardown}().`,
  };
}

export function pairedRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const r of ctx.facts.registrations) {
    const f = listenerFinding(ctx, r);
    if (f !== null) out.push(f);
  }
  for (const t of ctx.facts.timers) {
    const f = timerFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  return out;
}
