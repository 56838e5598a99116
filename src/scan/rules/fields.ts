// Typed only, reported as no-discarded-disposable: a subscription or disposable that a class
// keeps in a field (`this.sub = nc.subscribe(...)`) and never ends. The type checker says the
// call returns something with `unsubscribe`/`dispose`/Symbol.dispose, or an unsubscribe
// function; the syntax alone cannot tell a subscription from any other stored result, which is
// why this needs `--typed`. Reassigning the field drops the previous one for good, and a class
// that never ends the field (no `this.sub.unsubscribe()`, `this.sub()`, hand-off to a
// container) keeps its source's listener for as long as that source lives.
import type { StoredCall } from '../facts.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

/** Calls on the field that end what it holds. */
const ENDING =
  /^(?:unsubscribe|dispose|close|destroy|stop|drain|cancel|abort|end|return|disconnect|off|remove\w*|clear\w*|release|teardown|unwatch|unlisten)$/;

function endedByClass(s: StoredCall): boolean {
  const field = s.target.slice('this.'.length);
  // `this.sub.unsubscribe()`, `this.sub?.dispose()`
  for (const [name, recs] of s.classOwner.calls) {
    if (!ENDING.test(name)) continue;
    if (recs.some((r) => r.receiver === s.target)) return true;
  }
  // `this.off()`: an unsubscribe function kept in the field, called
  return (s.classOwner.calls.get(field) ?? []).some((r) => r.receiver === 'this');
}

export function fieldRules(ctx: RuleContext): RawFinding[] {
  const { facts, oracle } = ctx;
  if (oracle === null || facts.storedCalls.length === 0) return [];
  const out: RawFinding[] = [];
  for (const s of facts.storedCalls) {
    if (s.classOwner.handedOff.has(s.target)) continue;
    if (endedByClass(s)) continue;
    const kind = oracle.returnKind(s.call, s.callee.name);
    if (kind !== 'disposable' && kind !== 'unsubscribe') continue;
    const what =
      kind === 'unsubscribe' ? 'an unsubscribe function' : 'a subscription or disposable';
    out.push({
      rule: 'no-discarded-disposable',
      node: s.call,
      message: `${short(text(facts, s.call), 40)} returns ${what}, kept in ${s.target}, which the class never ends; reassigning the field or dropping the instance leaves it subscribed.`,
      suggestion: `End the previous one before reassigning and in the teardown (${s.target}${kind === 'unsubscribe' ? '()' : '.unsubscribe() / .dispose()'}), or hand it to the class's Scope / DisposableStore.`,
    });
  }
  return out;
}
