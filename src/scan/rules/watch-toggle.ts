// no-partial-cleanup, candidate AW (issue #16, leak shape 1; scan-corpus/fixes/README.md,
// "Decision criteria for candidate AW"): a listener a watcher adds to a page object when a value
// turns on and removes when it turns off, which nothing removes when the component ends.
//
//   watch(isActive, (v) => {
//     if (v) window.addEventListener('keydown', onKeydown);
//     else window.removeEventListener('keydown', onKeydown);
//   }); // no onBeforeUnmount that removes it
//
// The author wrote the removal, so the listener must not outlive what the value says; but the
// removal runs only when the value changes, and a component unmounted while the value holds stops
// its watchers first (Vue stops a component's watchers on unmount; React runs no code of an effect
// that returns no cleanup): the listener stays on the page object with the component it holds.
// Written from the four tuning cases tagged `active-watch-unmount` (varlet ac2cff6, vuetify
// 3176463, a72df88 and e7c6ed5).
//
// What counts: a registration on `window`, `document`, `document.body` or
// `document.documentElement` whose innermost function is a watcher's callback — the callback of
// `watch(source, cb)` or `x.$watch(source, cb)`, a handler of an options-API `watch: { … }` block
// (`key(v) {…}` or `key: { handler(v) {…} }`), or the callback of `useEffect`/`useLayoutEffect`
// that returns nothing — and that has a removal with the same receiver, event and listener, every
// one of them inside that callback. A removal anywhere else in the file (an unmount hook, a
// method it calls) is taken as the component's end removing it.
import type { Registration, Removal } from '../facts.js';
import {
  calleeOf,
  childNodes,
  hasRange,
  isFunction,
  PAGE_OBJECT_KEYS,
  propertyName,
  unwrap,
  type Node,
} from '../syntax.js';
import { describe, removalOf, type RawFinding, type RuleContext } from './context.js';

type WatcherKind = 'watch' | 'effect';

export function watchToggles(ctx: RuleContext): RawFinding[] {
  const { facts } = ctx;
  const regs = facts.registrations.filter(
    (r) =>
      r.via === null &&
      r.listenerKey !== null &&
      r.fns.length > 0 &&
      PAGE_OBJECT_KEYS.has(r.receiverKey),
  );
  // Only a listener the file also removes can be one (cheap test before the whole-file walk).
  const paired = regs.filter((r) => facts.removals.some((rm) => sameListener(r, rm)));
  if (paired.length === 0) return [];
  const watchers = watcherCallbacks(facts.module.node);
  if (watchers.size === 0) return [];
  const out: RawFinding[] = [];
  for (const r of paired) {
    const cb = r.fns[0]!;
    const kind = watchers.get(cb);
    if (kind === undefined) continue;
    const removals = facts.removals.filter((rm) => sameListener(r, rm));
    // Every removal inside this callback (`paired`: there is one).
    if (removals.some((rm) => !hasRange(cb, rm.call))) continue;
    const where = kind === 'effect' ? 'effect' : 'watcher';
    out.push({
      rule: 'no-partial-cleanup',
      node: r.site.call,
      message: `${describe(r, facts)} is added and removed only by this ${where} as its value changes; nothing removes it when the component goes away, so a component removed while it is on leaves the listener (and what it holds) on ${r.receiverKey}.`,
      suggestion:
        kind === 'effect'
          ? `Return a cleanup from the effect that calls ${removalOf(r, facts)}.`
          : `Also call ${removalOf(r, facts)} when the component is unmounted (onBeforeUnmount / beforeUnmount, beforeDestroy in Vue 2), or register it through the watcher's onCleanup.`,
    });
  }
  return out;
}

function sameListener(r: Registration, rm: Removal): boolean {
  return (
    rm.receiverKey === r.receiverKey &&
    rm.eventKey === r.eventKey &&
    rm.listenerKey === r.listenerKey
  );
}

/** The file's watcher callbacks: `watch`/`$watch` callbacks, options-API watch handlers, effects. */
function watcherCallbacks(program: Node): Map<Node, WatcherKind> {
  const out = new Map<Node, WatcherKind>();
  const stack: Node[] = [program];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'CallExpression') {
      const c = calleeOf(n);
      if (c !== null) {
        const arg = (i: number): Node | null => {
          const a = n.arguments[i];
          return a === undefined ? null : unwrap(a as Node);
        };
        if ((c.name === 'watch' && c.receiver === null) || c.name === '$watch') {
          const cb = arg(1);
          if (isFunction(cb)) out.set(cb, 'watch');
        } else if (
          (c.name === 'useEffect' || c.name === 'useLayoutEffect') &&
          (c.receiver === null || isReact(c.receiver))
        ) {
          const cb = arg(0);
          if (isFunction(cb) && !returnsValue(cb)) out.set(cb, 'effect');
        }
      }
    } else if (n.type === 'Property' && propertyName(n) === 'watch') {
      const v = unwrap(n.value as Node);
      if (v.type === 'ObjectExpression')
        for (const p of v.properties) {
          if (p.type !== 'Property') continue;
          const h = unwrap(p.value as Node);
          if (isFunction(h)) out.set(h, 'watch');
          else if (h.type === 'ObjectExpression')
            for (const q of h.properties)
              if (q.type === 'Property' && propertyName(q) === 'handler') {
                const f = unwrap(q.value as Node);
                if (isFunction(f)) out.set(f, 'watch');
              }
        }
    }
    stack.push(...childNodes(n));
  }
  return out;
}

function isReact(n: Node): boolean {
  const u = unwrap(n);
  return u.type === 'Identifier' && u.name === 'React';
}

/**
 * Whether an effect's callback may return something (a cleanup): an arrow's expression body, or
 * a `return <value>` of its own (not of a function inside it).
 */
function returnsValue(fn: Node): boolean {
  const body = (fn as { body?: Node | null }).body;
  if (body === undefined || body === null) return false;
  if (body.type !== 'BlockStatement') return true;
  const stack: Node[] = [body];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'ReturnStatement' && n.argument !== null) return true;
    if (isFunction(n)) continue;
    stack.push(...childNodes(n));
  }
  return false;
}
