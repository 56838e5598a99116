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
import type { ClassOrModule, FieldCreation, TimerSite } from '../facts.js';
import { endOf, startOf, TEARDOWN_METHODS } from '../syntax.js';
import { teardownClearFix } from '../fix.js';
import type { RawFinding, RuleContext } from './context.js';
import { cleared } from './timer.js';
import { short, text } from './context.js';

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

/** Calls that end what a field holds. */
const ENDS =
  /^(?:destroy|dispose|close|disable|unsubscribe|stop|terminate|disconnect|end|abort|cancel|kill|release|teardown|shutdown|quit)$/;

/** Methods that run once per object by contract: creating there replaces nothing. */
const RUNS_ONCE =
  /^(?:constructor|init|initialize|setup|configure|onInit|ngOnInit|componentDidMount|connectedCallback|mounted|onAdd|onload|onLoad)$/;

/**
 * Candidate D (fourteenth session): `this.x = new C(…)` in a method that can run again, in a
 * class that ends `this.x` elsewhere (`this.x.destroy()`), while the method does not end or
 * test the old value first: the one it replaces is never ended. Designed on tiptap 1a89dd2
 * (tuning half, fifth batch): a getter building a DecorationManager that listens on the editor.
 */
function overwrittenCreation(ctx: RuleContext, fc: FieldCreation): RawFinding | null {
  const { facts } = ctx;
  const owner = fc.classOwner;
  const m = fc.method;
  if (owner.kind !== 'class' || m.isCtor || m.isStatic || RUNS_ONCE.test(m.name)) return null;
  if (isTeardown(m.name)) return null;
  // runs again by its nature: a getter, a loop or callback inside the method, or a method
  // named for what runs on every change (`update…`, `refresh…`, `render…`, `restart…`)
  if (!fc.repeats && !REPEATS.test(m.name)) return null;
  const src = facts.src;
  const at = startOf(fc.node);
  // the old value is looked at first (`if (this.x) …`, `this.x?.destroy()`, a helper that ends it)
  const before = src.slice(startOf(fc.fn), at);
  if (mentions(before, fc.target)) return null;
  const re = /this\s*\.\s*([\w$#]+)\s*\(/g;
  for (let mm = re.exec(before); mm !== null; mm = re.exec(before)) {
    const callee = owner.methods.get(mm[1]!);
    if (callee !== undefined && mentions(src.slice(startOf(callee), endOf(callee)), fc.target))
      return null;
  }
  if (mentions(src.slice(startOf(fc.node.right), endOf(fc.node.right)), fc.target)) return null;
  let end: string | null = null;
  for (const [name, recs] of owner.calls) {
    if (!ENDS.test(name)) continue;
    if (recs.some((r) => r.receiver === fc.target)) {
      end = name;
      break;
    }
  }
  if (end === null) return null;
  // an open-style or setup method: one object per open/close cycle (the class ends it
  // elsewhere, the precondition above); opening twice without closing is the caller's mistake
  if (OPENS.test(m.name)) return null;
  // made only when the object's state allows it (`switch (this.state) { case IDLE: … }`)
  if (fc.stateGuarded) return null;
  // a method only the constructor, a once-per-object hook or an open-style method calls runs
  // once per cycle; a caller that tests the field first (`if (!this.x) this.makeX()`) does not
  // replace it
  if (callersOnce(owner, m.name, fc.target, src)) return null;
  const what = short(text(facts, fc.node.right), 40);
  return {
    rule: 'no-discarded-disposable',
    node: fc.node,
    message: `${m.name}() replaces ${fc.target} with ${what} without ending the previous one; the class ends it elsewhere with ${fc.target}.${end}(), so the old one stays live.`,
    suggestion: `Call ${fc.target}?.${end}() before assigning the new one.`,
  };
}

/** Method names for what runs on every change or event. */
const REPEATS =
  /^_?(?:set|update|refresh|reset|reload|restart|render|redraw|rebuild|recreate|refetch|handle|on|apply)(?:[A-Z_$][\w$]*)?$/;

/** Open-style and setup method names: what they create, a paired method ends. */
const OPENS =
  /^_?(?:open|connect|start|listen|attach|enable|mount|activate|begin|bind|subscribe|watch|resume|reconnect|make|create|setup|setUp|init|initialize|prepare|install)(?:[A-Z_$][\w$]*)?$/;

/**
 * Every `this.name(` call of the class is in its constructor, a once-per-object hook or an
 * open-style method, or follows a mention of `target` in its method (a test of the field).
 */
function callersOnce(owner: ClassOrModule, name: string, target: string, src: string): boolean {
  const call = new RegExp(`this\\s*\\.\\s*${name.replace(/\$/g, '\\$')}\\s*\\(`, 'g');
  let calls = 0;
  for (const [m, fn] of owner.methods) {
    const body = src.slice(startOf(fn), endOf(fn));
    for (let mm = call.exec(body); mm !== null; mm = call.exec(body)) {
      calls++;
      if (RUNS_ONCE.test(m) || OPENS.test(m)) continue;
      if (mentions(body.slice(0, mm.index), target)) continue;
      return false;
    }
  }
  return calls > 0;
}

function escapeKey(target: string): string {
  return target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\./g, '\\s*\\??\\.\\s*');
}

function mentions(code: string, target: string): boolean {
  return new RegExp(`(?<![\\w$])${escapeKey(target)}(?![\\w$])`).test(code);
}

export function pairedRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const fc of ctx.facts.fieldCreations) {
    const f = overwrittenCreation(ctx, fc);
    if (f !== null) out.push(f);
  }
  for (const t of ctx.facts.timers) {
    const f = timerFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  return out;
}
