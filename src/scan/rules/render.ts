// no-subscription-in-render: a listener, subscription or timer started directly in the body of
// a React/Preact component or hook (which runs on every render) or of a Vue component's
// `setup()` (which runs once per component instance) instead of in an effect or a mounted hook
// that cleans it up. Each render (or each mounted instance) adds one more and nothing removes it.
import type { TSESTree } from '@typescript-eslint/types';
import type { Facts, UiCall } from '../facts.js';
import { instanceScriptOf } from '../sfc.js';
import { hasRange, type Node } from '../syntax.js';
import { short, text, type RawFinding, type RuleContext } from './context.js';

/** Removal and clear calls that, inside a Vue `setup()`, undo what it registered. */
const CLEARS = ['clearInterval', 'clearTimeout'];

/** A PascalCase function is a component in a JSX file, or when it calls hooks itself. */
function isUiFunction(facts: Facts, u: UiCall): boolean {
  if (u.kind === 'setup') return true;
  return facts.jsx || facts.hookUsers.has(u.fn);
}

/** Vue `setup()` may register and clean up in `onUnmounted`; a removal inside it counts. */
function cleanedUpInSetup(facts: Facts, u: UiCall): boolean {
  if (u.callee.receiver === null) {
    return CLEARS.some((name) =>
      (facts.module.calls.get(name) ?? []).some((rec) => hasRange(u.fn, rec.call)),
    );
  }
  if (u.callee.name === 'subscribe') return u.use !== 'discarded';
  return facts.removals.some(
    (rm) =>
      rm.receiverKey === u.receiverKey &&
      (rm.eventKey === null || rm.eventKey === u.eventKey) &&
      hasRange(u.fn, rm.call),
  );
}

/** A Svelte `$: …` statement of an instance script: it runs again when what it reads changes. */
function inReactiveStatement(u: UiCall): boolean {
  const body = (u.fn as { body?: { body?: readonly Node[] } }).body?.body ?? [];
  return body.some(
    (st) =>
      st.type === 'LabeledStatement' &&
      (st as TSESTree.LabeledStatement).label.name === '$' &&
      hasRange(st, u.call),
  );
}

function applies(facts: Facts, u: UiCall): boolean {
  if (!isUiFunction(facts, u)) return false;
  // An element or object made in this very body dies with it.
  if (u.receiverLife === 'self' || u.receiverLife === 'created') return false;
  const args = u.call.arguments;
  if (u.callee.receiver !== null) {
    if (u.callee.name === 'subscribe') {
      // diagnostics_channel-style `subscribe('name', fn)` and argument-less calls are not ours.
      const first = args[0];
      if (first === undefined || (first.type === 'Literal' && typeof first.value === 'string'))
        return false;
    } else if (args.length < 2) return false;
  }
  if (u.kind === 'setup' && cleanedUpInSetup(facts, u)) return false;
  return true;
}

export function renderRules(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const out: RawFinding[] = [];
  for (const u of facts.uiCalls) {
    if (!applies(facts, u)) continue;
    const what = short(text(facts, u.call), 40);
    const timer = u.callee.receiver === null;
    const undo = timer
      ? u.callee.name === 'setInterval'
        ? 'clearInterval'
        : 'clearTimeout'
      : u.callee.name === 'subscribe'
        ? 'the unsubscribe'
        : u.callee.name === 'addEventListener'
          ? 'removeEventListener'
          : 'off/removeListener';
    if (u.kind === 'setup') {
      const script = instanceScriptOf(u.fn);
      const message =
        script !== 'svelte'
          ? `${what} in ${script === 'vue' ? '<script setup>' : 'setup()'} runs once per component instance and nothing undoes it when the component unmounts; every mounted instance adds one more.`
          : inReactiveStatement(u)
            ? `${what} in a reactive statement ($:) runs again each time its dependencies change, and nothing undoes the previous one; every run adds one more.`
            : `${what} in the component's <script> runs once per component instance and nothing undoes it when the component is destroyed; every instance adds one more.`;
      out.push({
        rule: 'no-subscription-in-render',
        node: u.call,
        message,
        suggestion:
          script === 'svelte'
            ? `Start it in onMount() and return a function that undoes it (${undo}), or undo it in onDestroy().`
            : `Start it in onMounted() and undo it in onUnmounted() (${undo}), or use a composable that cleans up.`,
      });
      continue;
    }
    const where = u.kind === 'hook' ? `hook ${u.fnName}` : `component ${u.fnName}`;
    out.push({
      rule: 'no-subscription-in-render',
      node: u.call,
      message: `${what} runs directly in the body of ${where}, so it runs again on every render and nothing undoes it.`,
      suggestion: `Move it into useEffect(() => { …; return () => ${undo}(…); }, [deps]) so it runs once per mount (or per dependency change) and is cleaned up.`,
    });
  }
  return out;
}
