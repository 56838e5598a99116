// no-unpaired-teardown: what an open-style method starts, the class's own teardown must stop
// (issue #16, leak shape 3 "paired methods"). Designed from the tuning half of the fix corpus
// (scan-corpus/fixes/): automerge-repo 16b7fa5 (connect() adds a 'message' listener to the
// adapter's BroadcastChannel, disconnect() neither removes it nor closes the channel) and
// codemirror 03bfdb0 (a hover timeout kept in a field that destroy() does not clear).
//
// no-unmanaged-listener takes a receiver the class created itself (`this.ch = new X()`) to die
// with the object, and no-unmanaged-timer leaves a timeout kept in a field alone unless the
// class overwrites it. Both are right for an object that lives once. They are wrong for one
// with a teardown method (`disconnect`, `destroy`, `stop`…): the object outlives its teardown
// (it may be connected again), so what it started must be stopped there.
import type { ClassOrModule, Registration, TimerSite } from '../facts.js';
import { endOf, startOf, TEARDOWN_METHODS, unwrap, type Node } from '../syntax.js';
import { ownersFor, short, text, type RawFinding, type RuleContext } from './context.js';
import { handedOff, managedBySignal, managedByUse, removed } from './listener.js';
import { cleared } from './timer.js';

/**
 * Methods that start something the object's teardown has to stop again: `connect`, `start`,
 * `open`, `attach`, `subscribe`, `listen`, `bind`, `mount`, `enable`, `watch`, `resume`, `join`
 * and `setX`/`startX`-style names built on them.
 */
const OPEN_METHOD =
  /^_?(?:start|open|connect|attach|subscribe|listen|bind|mount|enable|watch|resume|join|activate|set)(?:[A-Z_$][\w$]*)?$/;

/** Teardown names with a suffix: `stopClient`, `closeConnection`, `_destroy`, `disposeAll`. */
const TEARDOWN_PREFIXED =
  /^_?(?:close|destroy|dispose|disconnect|stop|detach|unsubscribe|unmount|shutdown|teardown|cleanup|cleanUp|terminate|unbind|unlisten|unwatch)(?:[A-Z_$][\w$]*)?$/;

/** The class's teardown method, if it has one. */
export function teardownOf(owner: ClassOrModule): string | null {
  for (const name of owner.methods.keys())
    if (TEARDOWN_METHODS.has(name) || TEARDOWN_PREFIXED.test(name)) return name;
  return null;
}

/** `this.m()` called from the constructor: a helper of it, run once per object. */
function calledFromCtor(owner: ClassOrModule, name: string, src: string): boolean {
  const ctor = owner.methods.get('constructor');
  if (ctor === undefined) return false;
  const esc = name.replace(/\$/g, '\\$');
  return new RegExp(`this\\s*\\.\\s*${esc}\\s*\\(`).test(src.slice(startOf(ctor), endOf(ctor)));
}

/** `this.ws._shutdown()`, `this.ch.closeAll()`: a teardown of the receiver under another name. */
function receiverEnded(owner: ClassOrModule, key: string): boolean {
  for (const [name, recs] of owner.calls) {
    if (!TEARDOWN_PREFIXED.test(name) && !TEARDOWN_METHODS.has(name)) continue;
    if (recs.some((c) => c.receiver === key)) return true;
  }
  return false;
}

function listenerFindings(ctx: RuleContext, r: Registration): RawFinding | null {
  const { facts } = ctx;
  const owner = r.site.classOwner;
  const m = r.site.method;
  if (owner === null || owner.kind !== 'class' || m === null || m.isCtor || m.isStatic) return null;
  if (!OPEN_METHOD.test(m.name) || r.site.repeat !== null) return null;
  // What no-unmanaged-listener leaves alone on purpose: a field the class created itself.
  if (r.receiverLife !== 'created' || !r.receiverKey.startsWith('this.')) return null;
  const teardown = teardownOf(owner);
  if (teardown === null || teardown === m.name) return null;
  if (managedByUse(r, ctx) || managedBySignal(r, facts) || removed(r, facts, null)) return null;
  if (handedOff(r, facts) || receiverEnded(owner, r.receiverKey)) return null;
  if (calledFromCtor(owner, m.name, facts.src)) return null;
  const recv = short(text(facts, r.receiverNode ?? r.site.call), 30);
  const ev = r.eventKey === null ? '' : `${short(r.eventKey, 24)}, `;
  return {
    rule: 'no-unpaired-teardown',
    node: r.site.call,
    message: `${m.name}() adds a listener to ${recv} that ${teardown}() never removes; after ${teardown}() it still fires, and each ${m.name}() adds another.`,
    suggestion: `Keep the listener in a field and call ${recv}.${r.api === 'addEventListener' ? 'removeEventListener' : 'off'}(${ev}listener) in ${teardown}() (or close ${recv} there).`,
  };
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
  if (cleared(t, ctx, t.field.key)) {
    if (teardownClears(owner, teardown, t.field, ctx.facts.src)) return null;
    return {
      rule: 'no-unpaired-teardown',
      node: t.site.call,
      message: `The timeout kept in ${t.field.raw} is cleared elsewhere but not by ${teardown}(); it runs after ${teardown}() and keeps the object alive.`,
      suggestion: `Call clearTimeout(${t.field.raw}) in ${teardown}().`,
    };
  }
  // A field cleared through another path (`clearTimeout(self.t)`) names it in the source.
  for (const o of ownersFor(ctx.facts, owner, t.field.key))
    if (o.handedOff.has(t.field.key)) return null;
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message: `The timeout kept in ${t.field.raw} is never cleared, not even by ${teardown}(); it keeps the object alive and runs after ${teardown}().`,
    suggestion: `Call clearTimeout(${t.field.raw}) in ${teardown}().`,
  };
}

/** Teardown-named methods, by name. */
function isTeardown(name: string): boolean {
  return TEARDOWN_METHODS.has(name) || TEARDOWN_PREFIXED.test(name);
}

/** Per source text (the last file only), each prototype class's teardown: one search per class. */
const prototypeTeardowns = new Map<string, Map<string, string | null>>();

/**
 * `Foo.prototype.m = function () {…}`: the pre-class way to write a method. Returns the class
 * name, the method name and the class's teardown method (`Foo.prototype.end = …`), if any.
 */
function prototypeMethod(
  fn: Node,
  src: string,
): { cls: string; name: string; teardown: string | null } | null {
  const at = startOf(fn);
  const m = /([\w$]+)\.prototype\.([\w$]+)\s*=\s*$/.exec(src.slice(Math.max(0, at - 200), at));
  if (m === null) return null;
  const cls = m[1]!;
  let known = prototypeTeardowns.get(src);
  if (known === undefined) {
    prototypeTeardowns.clear(); // keep only the file being analysed
    prototypeTeardowns.set(src, (known = new Map()));
  }
  let teardown = known.get(cls);
  if (teardown === undefined) {
    teardown = null;
    const re = new RegExp(
      `(?<![\\w$.])${cls.replace(/\$/g, '\\$')}\\.prototype\\.([\\w$]+)\\s*=`,
      'g',
    );
    for (let d = re.exec(src); d !== null && teardown === null; d = re.exec(src))
      if (isTeardown(d[1]!)) teardown = d[1]!;
    known.set(cls, teardown);
  }
  return { cls, name: m[2]!, teardown };
}

/**
 * Timeouts in prototype-style classes (no-unmanaged-timer only knows ES classes): a discarded
 * one with a non-zero delay, or one kept in a member that nothing clears, while the class has a
 * teardown that therefore cannot cancel it. From the tuning half: signalk-server 9990bae
 * (`scheduleReconnect` discards its reconnect timeout; `end()` cannot stop it) and nats.js
 * d1abfa1 (`sub.timeout = setTimeout(…)`, which `close()` never clears).
 */
/** `if (this.closed) return` (and the like) as the first statement: the teardown's flag. */
const CLOSED_GUARD =
  /^\s*\{\s*if\s*\(\s*[\w$]+\s*\.\s*(?:_?closed|_?closing|_?destroyed|_?stopped|_?ended|_?disposed)\s*\)\s*\{?\s*return\b/;

/**
 * The timeout's callback only calls a method of the class that first returns when the object
 * was torn down (`setTimeout(function () { client.reconnect(); }, wait)` with
 * `Client.prototype.reconnect = function () { if (this.closed) { return; } …`): it runs once
 * after the teardown and does nothing. From the tuning half: nats.js be8fa84 (after the fix).
 */
function guardedCallback(t: TimerSite, cls: string, src: string): boolean {
  const cb = t.site.call.arguments[0];
  if (cb === undefined) return false;
  const cbText = src.slice(startOf(cb), endOf(cb));
  const called = /\.\s*([\w$]+)\s*(?:\(|\.\s*bind\s*\()/.exec(cbText);
  if (called === null) return false;
  const esc = (x: string) => x.replace(/\$/g, '\\$');
  const def = new RegExp(
    `(?<![\\w$.])${esc(cls)}\\.prototype\\.${esc(called[1]!)}\\s*=\\s*(?:async\\s+)?function\\s*[\\w$]*\\s*\\([^)]*\\)`,
  ).exec(src);
  if (def === null) return false;
  return CLOSED_GUARD.test(src.slice(def.index + def[0].length, def.index + def[0].length + 200));
}

function prototypeTimerFinding(ctx: RuleContext, t: TimerSite): RawFinding | null {
  if (t.site.classOwner !== null || t.kind !== 'timeout' || t.fn === null) return null;
  const pm = prototypeMethod(t.fn, ctx.facts.src);
  if (pm === null || pm.teardown === null || pm.name === pm.teardown || isTeardown(pm.name))
    return null;
  const u = t.site.use;
  if (u.kind === 'discarded' || u.kind === 'voided') {
    const d = t.site.call.arguments[1];
    const delay = d === undefined ? null : unwrap(d);
    if (delay === null || (delay.type === 'Literal' && delay.value === 0)) return null;
    if (guardedCallback(t, pm.cls, ctx.facts.src)) return null;
    return {
      rule: 'no-unpaired-teardown',
      node: t.site.call,
      message: `This setTimeout handle is discarded, so ${pm.cls}.prototype.${pm.teardown}() cannot cancel it; it may run after ${pm.teardown}() (and start again what it stopped).`,
      suggestion: `Keep the handle (this.…Timer = setTimeout(…)) and clearTimeout() it in ${pm.teardown}().`,
    };
  }
  if (t.field === null || cleared(t, ctx, t.field.key)) return null;
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message: `The timeout kept in ${t.field.raw} is never cleared, not even by ${pm.cls}.prototype.${pm.teardown}(); it runs after ${pm.teardown}() and keeps what it closes over alive.`,
    suggestion: `Clear it (clearTimeout(${t.field.raw})) in ${pm.teardown}().`,
  };
}

export function pairedRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const r of ctx.facts.registrations) {
    const f = listenerFindings(ctx, r);
    if (f !== null) out.push(f);
  }
  for (const t of ctx.facts.timers) {
    const f = timerFinding(ctx, t) ?? prototypeTimerFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  return out;
}
