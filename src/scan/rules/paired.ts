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
import {
  endOf,
  escapeRegExp,
  isTeardownName,
  startOf,
  TEARDOWN_METHODS,
  TEARDOWN_PREFIXED,
} from '../syntax.js';
import {
  addedTeardownFix,
  clearStatement,
  clearWording,
  tableOfTimers,
  teardownClearFix,
} from '../fix.js';
import type { RawFinding, RuleContext } from './context.js';
import { cleared, isShort, timerDelay } from './timer.js';
import { isReactClassComponent, UNMOUNT } from './react-class.js';

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
 * The body clears every entry of the table: `clearTimeout(this.t[k])` (in a loop over its keys),
 * `Object.values(this.t).forEach(clearTimeout)` (or an arrow clearing its parameter), or
 * `for (const x of Object.values(this.t)) clearTimeout(x)`.
 */
function clearsTable(body: string, table: string): boolean {
  const t = escapeRegExp(table);
  const clear = String.raw`\bclear(?:Timeout|Interval)\(\s*`;
  if (new RegExp(`${clear}${t}\\s*\\[`).test(body)) return true;
  const values = String.raw`(?:Object\.values\(\s*${t}\s*\)|${t}(?:\s*\.\s*values\(\s*\))?)`;
  const each = String.raw`${values}\s*\.\s*forEach\(\s*(?:clear(?:Timeout|Interval)\b|\(?\s*([\w$]+)\s*\)?\s*=>\s*\{?\s*${clear}\1\s*\))`;
  if (new RegExp(each).test(body)) return true;
  const loop = new RegExp(
    String.raw`\bfor\s*\(\s*(?:const|let|var)\s+([\w$]+)\s+of\s+${values}\s*\)`,
    'g',
  );
  for (let m = loop.exec(body); m !== null; m = loop.exec(body)) {
    if (new RegExp(`${clear}${escapeRegExp(m[1]!)}\\s*\\)`).test(body.slice(m.index))) return true;
  }
  return false;
}

/** `a?.b` as `a.b` and `a!.b` as `a.b` (`?.(` and `?.[` stay: no field is named so). */
function plainChains(text: string): string {
  return text.replace(/\?\.(?=[\w$#])/g, '.').replace(/([\w$\])])!\./g, '$1.');
}

/** The teardown, or a method it calls (one level), names the field (or clears its table). */
function teardownClears(
  owner: ClassOrModule,
  teardown: string,
  field: { readonly key: string; readonly raw: string },
  src: string,
): boolean {
  const table = tableOfTimers(field.key);
  // Candidate OC: `this.a?.t` and `this!.t` name the field `this.a.t` / `this.t` too.
  const names = (text: string) => {
    const b = text.includes('?.') || text.includes('!.') ? plainChains(text) : text;
    return (
      b.includes(field.raw) || b.includes(field.key) || (table !== null && clearsTable(b, table))
    );
  };
  // Any of the teardowns (`closeWebsocket()` and `disconnect()`) may be the one that clears it.
  for (const [name, fn] of owner.methods) {
    if (name !== teardown && !isTeardownName(name)) continue;
    const body = src.slice(startOf(fn), endOf(fn));
    if (names(body)) return true;
    const re = /this\s*\.\s*(#?[\w$]+)\s*\(/g;
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
  const declared = teardownOf(owner);
  // A React class component is unmounted whether or not it says so (react-class.ts).
  const implicit =
    declared === null && isReactClassComponent(owner, ctx.facts.src, ctx.facts) ? UNMOUNT : null;
  const teardown = declared ?? implicit;
  if (teardown === null) return null;
  // With no unmount written, a short timeout (a debounce) is the one-shot that no-unmanaged-timer
  // exempts too.
  if (implicit !== null && isShort(timerDelay(t, ctx.facts))) return null;
  if (t.site.method !== null && t.site.method.name === teardown) return null;
  if (!cleared(t, ctx, t.field.key)) return null;
  if (teardownClears(owner, teardown, t.field, ctx.facts.src)) return null;
  const clear = clearWording(t.field.raw, t.field.key, 'clearTimeout');
  const stmt = clearStatement(t.field.raw, t.field.key, 'clearTimeout');
  // No unmount written: --fix adds one (addedTeardownFix); else the clear goes into the teardown.
  const fix =
    implicit !== null
      ? addedTeardownFix(t, UNMOUNT, stmt, ctx.facts)
      : teardownClearFix(t, teardown, stmt, ctx.facts);
  const message =
    implicit !== null
      ? `The timeout kept in ${t.field.raw} is cleared elsewhere, but the component has no ${UNMOUNT}() to clear it when it unmounts; it runs after that and keeps the component alive.`
      : `The timeout kept in ${t.field.raw} is cleared elsewhere but not by ${teardown}(); it runs after ${teardown}() and keeps the object alive.`;
  return {
    rule: 'no-unpaired-teardown',
    node: t.site.call,
    message,
    suggestion: fix
      ? `Call ${clear} in ${fix.container}; --fix ${implicit !== null ? 'adds the method' : 'adds it'}.`
      : `Call ${clear} in ${implicit !== null ? `a ${UNMOUNT}() method` : `${teardown}()`}.`,
    ...(fix ? { fix: fix.edits } : {}),
  };
}

export function pairedRules(ctx: RuleContext): RawFinding[] {
  const out: RawFinding[] = [];
  for (const t of ctx.facts.timers) {
    const f = timerFinding(ctx, t);
    if (f !== null) out.push(f);
  }
  return out;
}
