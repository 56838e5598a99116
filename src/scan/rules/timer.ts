// no-unmanaged-timer and no-overwritten-timer.
import type { Facts, TimerSite } from '../facts.js';
import {
  childNodes,
  endOf,
  hasRange,
  isFunction,
  keyText,
  startOf,
  TEARDOWN_METHODS,
  unwrap,
  type Node,
} from '../syntax.js';
import {
  clearStatement,
  clearWording,
  tableOfTimers,
  overwriteClearFix,
  teardownClearFix,
  timerFix,
  type FixPlan,
} from '../fix.js';
import { argKey, ownersFor, type RawFinding, type RuleContext, text } from './context.js';
import { delayOf } from './delay.js';
import { freshLocalIn } from './lifetime.js';
import { ablated } from './ablate.js';
import { runsOnceIn } from './once.js';
import { singletonConstructors } from './singleton.js';
import { isReactClassComponent, UNMOUNT } from './react-class.js';

export function cleared(t: TimerSite, ctx: RuleContext, handle: string): boolean {
  // An entry of a table (`this.t[id]`) is cleared by a clear of any entry (`this.t[key]`): the
  // index is whatever local the clearing method has.
  const table = tableOfTimers(handle);
  const same = (k: string | null) =>
    k === handle || (table !== null && k !== null && k.startsWith(table + '['));
  for (const o of ownersFor(ctx.facts, t.site.classOwner, handle)) {
    for (const name of ['clearInterval', 'clearTimeout', 'clearImmediate']) {
      for (const c of o.calls.get(name) ?? []) {
        if (same(argKey(ctx.facts, c, 0))) return true;
      }
    }
    for (const name of ['close', '[Symbol.dispose]', 'dispose']) {
      if ((o.calls.get(name) ?? []).some((c) => c.receiver === handle)) return true;
    }
    if (o.handedOff.has(handle)) return true;
  }
  return false;
}

/**
 * A method that re-arms itself with a `setTimeout` whose handle it throws away, unconditionally:
 * the timeout is a statement directly in the method's body (`setTimeout(…)` or
 * `setTimeout(…).unref()`: the collector follows such chains), the callback calls the method
 * again (`this.rotate`, `this.rotate.bind(this)`, `() => this.rotate()`), and the body has no
 * `return` or `throw` (outside nested functions) that could end the chain. Once called, it runs
 * for as long as the process does and keeps its instance reachable: a `setInterval` whose handle
 * is discarded, written another way. Found by the runtime finder on moleculer (clean corpus,
 * tuning half): `TimeWindowQuantiles.rotate()` in src/metrics/types/histogram.js, one chain per
 * histogram label set, where the scanner reported the same code's `setInterval` twin
 * (src/metrics/rates.js) and not this.
 */
function perpetualMethod(t: TimerSite, ctx: RuleContext): string | null {
  const m = t.site.directMethod;
  if (t.kind !== 'timeout' || m === null || m.isCtor || m.isStatic || m.body === null) return null;
  if (t.site.use.kind !== 'discarded') return null;
  const cb = t.site.call.arguments[0];
  if (cb === undefined) return null;
  const cbText = keyOf(ctx, cb);
  const self = `this.${m.name}`;
  const fn = unwrap(cb).type;
  const again =
    cbText === self ||
    cbText === `${self}.bind(this)` ||
    ((fn === 'ArrowFunctionExpression' || fn === 'FunctionExpression') &&
      callsThisMethod(cbText, m.name));
  return again && !returnsEarly(m.body) ? m.name : null;
}

/**
 * True when `text` calls `this.<name>(…)` (not `xthis.name(…)`, not `this.nameMore(…)`), as the
 * RegExp it replaced read it: a string search, since a RegExp built per timer cost more than the
 * rest of the rule.
 */
function callsThisMethod(text: string, name: string): boolean {
  const needle = `this.${name}`;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (i > 0 && /[\w$]/.test(text[i - 1]!)) continue;
    let j = i + needle.length;
    while (j < text.length && /\s/.test(text[j]!)) j++;
    if (text[j] === '(') return true;
  }
  return false;
}

function returnsEarly(n: Node): boolean {
  if (n.type === 'ReturnStatement' || n.type === 'ThrowStatement') return true;
  if (isFunction(n) || n.type === 'ClassBody') return false;
  for (const c of childNodes(n)) if (returnsEarly(c)) return true;
  return false;
}

function keyOf(ctx: RuleContext, n: Node): string {
  return keyText(ctx.facts.src, n, ctx.facts.thisAliases);
}

/** An interval kept in a field of a class: cleared at the start of the method that ends it. */
function storedIntervalFix(t: TimerSite, ctx: RuleContext): FixPlan | null {
  if (t.field === null || !t.field.key.startsWith('this.')) return null;
  return teardownClearFix(
    t,
    null,
    clearStatement(t.field.raw, t.field.key, 'clearInterval'),
    ctx.facts,
  );
}

/** Lifecycle methods that run once per object by contract: assigning there overwrites nothing. */
const RUNS_ONCE =
  /^(?:init|initialize|setup|configure|onInit|ngOnInit|componentDidMount|connectedCallback|mounted)$/;

/** `this.stop(); this.t = setTimeout(...)` where stop() clears `this.t`. */
function helperClears(t: TimerSite, before: string, src: string): boolean {
  const owner = t.site.classOwner;
  if (owner === null || t.field === null) return false;
  const re = /this\s*\.\s*([\w$]+)\s*\(/g;
  for (let m = re.exec(before); m !== null; m = re.exec(before)) {
    const fn = owner.methods.get(m[1]!);
    if (fn === undefined) continue;
    const body = src.slice(startOf(fn), endOf(fn));
    if (body.includes(t.field.raw) || body.includes(t.field.key)) return true;
  }
  return false;
}

/**
 * Lifecycle pairs: `startX` is undone by `stopX` (and `open`/`close`, ...). A timer field that
 * the paired method clears belongs to a start/stop cycle (issue #16, "paired hooks": moleculer
 * src/transporters/tcp.js startTimers/stopTimers, matrix-js-sdk startClient/stopClient): the
 * overwrite is not reported. A field nothing clears is still reported as never cleared.
 */
const PAIRED: ReadonlyArray<readonly [string, string]> = [
  ['start', 'stop'],
  ['open', 'close'],
  ['connect', 'disconnect'],
  ['attach', 'detach'],
  ['enable', 'disable'],
  ['mount', 'unmount'],
  ['subscribe', 'unsubscribe'],
];

function pairedTeardownClears(t: TimerSite, ctx: RuleContext, key: string): boolean {
  const name = t.fnName;
  if (name === null) return false;
  const owner = t.site.classOwner ?? ctx.facts.module;
  for (const [up, down] of PAIRED) {
    if (!name.startsWith(up)) continue;
    const rest = name.slice(up.length);
    if (rest !== '' && !/^[A-Z_$]/.test(rest)) continue;
    const fn = owner.methods.get(down + rest);
    if (fn === undefined) continue;
    for (const clear of ['clearInterval', 'clearTimeout']) {
      for (const c of owner.calls.get(clear) ?? []) {
        if (argKey(ctx.facts, c, 0) === key && hasRange(fn, c.call)) return true;
      }
    }
  }
  return false;
}

/**
 * `var buf = new TxnBuffer(); buf.timeout = setTimeout(…)`: the field belongs to an object this
 * run of the function has just made (a local whose every value is fresh), so it holds no earlier
 * timer to clear; a loop inside the function that sets it again is still an overwrite
 * (derbyjs/racer lib/reconnect/reconnect.Store.js, fix corpus, tuning half).
 */
function fieldOfFreshObject(t: TimerSite): boolean {
  if (t.field === null || t.fn === null) return false;
  const root = /^[\w$]+/.exec(t.field.key)?.[0];
  if (root === undefined || root === 'this' || root === t.field.key) return false;
  const rep = t.site.repeat;
  if (rep !== null && rep.node !== t.fn && hasRange(t.fn, rep.node)) return false;
  return freshLocalIn(t.fn, root);
}

/**
 * The delay argument as a number: 0 when absent, null when not read. Besides a number literal,
 * arithmetic, `ms('1s')` and the file's number constants are read (delay.ts, candidate DV).
 */
export function timerDelay(t: TimerSite, facts: Facts): number | null {
  const d = t.site.call.arguments[1];
  if (d === undefined) return 0;
  const u = unwrap(d);
  if (u.type === 'Literal' && typeof u.value === 'number') return u.value;
  return ablated('timer.delay-reading') ? null : delayOf(text(facts, u), facts);
}

/**
 * The longest literal delay (ms) of a discarded `setTimeout` taken for a one-shot: it holds what
 * it closes over for at most this long, which no repetition turns into growth (issue #16,
 * candidate S; scan-corpus/clean/README.md). With 5,000 ms a caught fix case of each half of the
 * fix corpus is lost.
 */
const SHORT_DELAY_MS = 1000;

export function isShort(delay: number | null): boolean {
  return delay !== null && delay > 0 && delay <= SHORT_DELAY_MS;
}

/** No delay, 0 or a short one (each unless its ablation is on): a discarded timeout's one-shot. */
function oneShotDelay(d: number | null): boolean {
  return (d === 0 && !ablated('timer.zero-delay')) || (isShort(d) && !ablated('timer.short-delay'));
}

export function timerRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const out: RawFinding[] = [];
  const name = (t: TimerSite): string => (t.kind === 'interval' ? 'setInterval' : 'setTimeout');
  const clearName = (t: TimerSite): string =>
    t.kind === 'interval' ? 'clearInterval' : 'clearTimeout';
  for (const t of facts.timers) {
    if (t.site.topLevel && t.site.repeat === null && !ablated('timer.top-level')) continue;
    if (
      t.fn !== null &&
      runsOnceIn(facts, [t.fn], t.site.repeat) &&
      !ablated('timer.once-function')
    )
      continue;
    if (
      t.fn !== null &&
      t.site.repeat === null &&
      singletonConstructors(facts).has(t.fn) &&
      !ablated('timer.singleton-ctor')
    )
      continue;
    const u = t.site.use;
    // A field overwritten before the old timer is cleared: the old one keeps running.
    const once =
      t.site.method !== null &&
      (t.site.method.isCtor || RUNS_ONCE.test(t.site.method.name)) &&
      !ablated('timer.once-method');
    if (
      t.field !== null &&
      !once &&
      t.fn !== null &&
      (!t.inTimerCallback || ablated('timer.in-timer-callback')) &&
      (!t.guarded || ablated('timer.guarded')) &&
      (!fieldOfFreshObject(t) || ablated('timer.fresh-object'))
    ) {
      const before = facts.src.slice(startOf(t.fn), t.field.start);
      const refersBefore =
        (before.includes(t.field.raw) ||
          before.includes(t.field.key) ||
          helperClears(t, before, facts.src)) &&
        !ablated('timer.refers-before');
      const cb = t.site.call.arguments[0];
      const cbText = cb === undefined ? '' : keyOf(ctx, cb);
      // `tick() { this.t = setTimeout(() => this.tick(), 5) }`: the previous timer has fired.
      const fnName = t.fnName;
      const selfScheduling =
        !ablated('timer.self-scheduling') &&
        fnName !== null &&
        (cbText === fnName ||
          cbText === `this.${fnName}` ||
          new RegExp(`(?<![\\w$])${fnName.replace(/\$/g, '\\$')}\\s*\\(`).test(cbText));
      const everCleared = cleared(t, ctx, t.field.key);
      // An interval field nothing ever clears is reported below as never cleared (the default
      // rule says the stronger thing); the overwrite rule, opt-in, is about a timer the class
      // does clear, but not before arming the next one.
      if (
        !refersBefore &&
        !selfScheduling &&
        (everCleared || ablated('timer.overwrite-needs-clear')) &&
        (!pairedTeardownClears(t, ctx, t.field.key) || ablated('timer.paired-teardown'))
      ) {
        const fix = overwriteClearFix(t, facts);
        out.push({
          rule: 'no-overwritten-timer',
          node: t.site.call,
          message: `${t.field.raw} is overwritten with a new ${name(t)} without clearing the previous one; the old timer keeps running.`,
          suggestion: fix
            ? `Call ${clearName(t)}(${t.field.raw}) before assigning; --fix adds it.`
            : `Call ${clearName(t)}(${t.field.raw}) before assigning, or return early when a timer is already set (or use timer.refresh()).`,
          ...(fix ? { fix } : {}),
        });
        continue;
      }
    }
    if (t.kind === 'interval') {
      if (u.kind === 'discarded' || u.kind === 'voided') {
        const fix = timerFix(t, facts);
        out.push({
          rule: 'no-unmanaged-timer',
          node: t.site.call,
          message: 'The handle of this setInterval is discarded: nothing can ever clear it.',
          suggestion: fix
            ? `Route it through the class's scope (${fix.container}); --fix applies this.`
            : 'Keep the handle and clearInterval() it in the teardown, or add it to a Scope.',
          ...(fix ? { fix: fix.edits } : {}),
        });
      } else if (u.kind === 'stored' && !cleared(t, ctx, u.target)) {
        const fix = storedIntervalFix(t, ctx);
        out.push({
          rule: 'no-unmanaged-timer',
          node: t.site.call,
          message: `This setInterval is stored in ${u.target} but never cleared.`,
          suggestion: fix
            ? `Call ${clearWording(t.field!.raw, t.field!.key, 'clearInterval')} in ${fix.container}; --fix adds it.`
            : `Call clearInterval(${u.target}) in the teardown (dispose/close/stop), or add it to a Scope.`,
          ...(fix ? { fix: fix.edits } : {}),
        });
      }
      continue;
    }
    const loop = perpetualMethod(t, ctx);
    if (loop !== null) {
      out.push({
        rule: 'no-unmanaged-timer',
        node: t.site.call,
        message: `${loop}() re-arms itself with this setTimeout every time it runs, and nothing can stop it: an interval whose handle is discarded, which keeps the object alive for good.`,
        suggestion: `Keep the handle in a field and clearTimeout() it in the teardown (add one if the class has none), or use setInterval and clear it there.`,
      });
      continue;
    }
    // setTimeout: only a problem when the object has a teardown that cannot cancel it.
    if (
      (u.kind === 'discarded' || u.kind === 'voided') &&
      t.site.classOwner !== null &&
      !oneShotDelay(timerDelay(t, facts))
    ) {
      const owner = t.site.classOwner;
      const declared = [...owner.methods.keys()].find((m) => TEARDOWN_METHODS.has(m));
      // A React class component is unmounted whether or not it says so (react-class.ts).
      const implicit =
        declared === undefined && isReactClassComponent(owner, facts.src, facts) ? UNMOUNT : null;
      const teardown =
        declared ??
        implicit ??
        (ablated('timer.timeout-needs-teardown') ? 'its teardown' : undefined);
      if (
        teardown === undefined ||
        t.site.method === null ||
        t.site.method.isCtor ||
        TEARDOWN_METHODS.has(t.site.method.name)
      )
        continue;
      if (implicit !== null) {
        out.push({
          rule: 'no-unmanaged-timer',
          node: t.site.call,
          message: `This setTimeout handle is discarded, and the component has no ${UNMOUNT}() to cancel it: it keeps the component alive and may run after it unmounts.`,
          suggestion: `Keep the handle in a field and clearTimeout() it in a ${UNMOUNT}() method.`,
        });
        continue;
      }
      const fix = timerFix(t, facts);
      out.push({
        rule: 'no-unmanaged-timer',
        node: t.site.call,
        message: `This setTimeout handle is discarded, so ${teardown}() cannot cancel it; it keeps the object alive and may run after teardown.`,
        suggestion: fix
          ? `Route it through the class's scope (${fix.container}); --fix applies this.`
          : `Keep the handle and clearTimeout() it in ${teardown}(), or add it to a Scope.`,
        ...(fix ? { fix: fix.edits } : {}),
      });
    }
  }
  return out;
}
