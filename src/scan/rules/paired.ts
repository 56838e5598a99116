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
import type { ClassOrModule, TimerSite } from '../facts.js';
import { endOf, startOf, TEARDOWN_METHODS } from '../syntax.js';
import { teardownClearFix } from '../fix.js';
import type { RawFinding, RuleContext } from './context.js';
import { cleared } from './timer.js';

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

/**
 * The teardown, or a method it calls (up to three calls deep: `disconnect()` →
 * `_teardownConnection()` → `_clearAllTimers()` → `_clearTimer('heartbeat')` in supabase
 * realtime-js, tuning half), names the field.
 */
function teardownClears(
  owner: ClassOrModule,
  teardown: string,
  field: { readonly key: string; readonly raw: string },
  src: string,
): boolean {
  const names = (b: string) => b.includes(field.raw) || b.includes(field.key);
  const seen = new Set<string>();
  let level: string[] = [];
  // Any of the teardowns (`closeWebsocket()` and `disconnect()`) may be the one that clears it.
  for (const name of owner.methods.keys())
    if (name === teardown || isTeardown(name)) level.push(name);
  for (let depth = 0; depth <= 3 && level.length > 0; depth++) {
    const next: string[] = [];
    for (const name of level) {
      if (seen.has(name)) continue;
      seen.add(name);
      const fn = owner.methods.get(name);
      if (fn === undefined) continue;
      const body = src.slice(startOf(fn), endOf(fn));
      if (names(body)) return true;
      const re = /this\s*\.\s*([\w$]+)\s*\(/g;
      for (let m = re.exec(body); m !== null; m = re.exec(body)) next.push(m[1]!);
    }
    level = next;
  }
  return false;
}

function timerFinding(ctx: RuleContext, t: TimerSite): RawFinding | null {
  const owner = t.site.classOwner;
  if (owner === null || owner.kind !== 'class') return null;
  // setInterval fields that are never cleared are no-unmanaged-timer's.
  if (t.field === null || !t.field.key.startsWith('this.')) return null;
  const teardown = teardownOf(owner);
  if (teardown === null) return null;
  if (t.site.method !== null && t.site.method.name === teardown) return null;
  if (!cleared(t, ctx, t.field.key)) return null;
  if (teardownClears(owner, teardown, t.field, ctx.facts.src)) return null;
  const clear = t.kind === 'timeout' ? 'clearTimeout' : 'clearInterval';
  const fix = teardownClearFix(
    t,
    teardown,
    `if (${t.field.raw}) ${clear}(${t.field.raw});`,
    ctx.facts,
  );
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message: `The ${t.kind === 'timeout' ? 'timeout' : 'interval'} kept in ${t.field.raw} is cleared elsewhere but not by ${teardown}(); it runs after ${teardown}() and keeps the object alive.`,
    suggestion: fix
      ? `Call ${clear}(${t.field.raw}) in ${fix.container}; --fix adds it.`
      : `Call ${clear}(${t.field.raw}) in ${teardown}().`,
    ...(fix ? { fix: fix.edits } : {}),
  };
}

/** Teardown-named methods, by name. */
function isTeardown(name: string): boolean {
  return TEARDOWN_METHODS.has(name) || TEARDOWN_PREFIXED.test(name);
}

/** Calls that end an object the class made (a worker, a socket, a channel…). */
const END = new Set(['terminate', 'close', 'destroy', 'disconnect', 'end', 'dispose', 'kill']);

/**
 * An object the class makes and keeps in a field (`this.worker = new Worker(url)`), ended
 * somewhere in the class (in its error handler, on one path) but not by its teardown nor by a
 * method the teardown calls: the author knows it must be ended, and a torn-down instance keeps it
 * running (supabase realtime-js 88f8974, fix corpus, tuning half: the heartbeat worker was
 * terminated only in its `onerror`, never in `disconnect()`). Reported at the first call that
 * ends it.
 */
function resourceFindings(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const owner of ctx.facts.classes) {
    if (owner.createdFields.size === 0) continue;
    const teardown = teardownOf(owner);
    if (teardown === null) continue;
    const seen = new Set<string>();
    for (const name of END) {
      for (const c of owner.calls.get(name) ?? []) {
        const key = c.receiver;
        if (key === null || seen.has(key) || !owner.createdFields.has(key)) continue;
        seen.add(key);
        if (teardownClears(owner, teardown, { key, raw: key }, ctx.facts.src)) continue;
        out.push({
          rule: 'no-unpaired-teardown',
          node: c.call,
          message: `${key} is made by this class and ended here (${name}()), but not by ${teardown}(); an instance ended with ${teardown}() keeps it running.`,
          suggestion: `Call ${key}.${name}() in ${teardown}() too (or in a method it calls).`,
        });
      }
    }
  }
  return out;
}

export function pairedRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of ctx.facts.timers) {
    const f = timerFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  out.push(...resourceFindings(ctx));
  return out;
}
