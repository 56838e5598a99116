// Runs every rule over one parsed file. Shared by the CLI scanner and the ESLint plugin, so
// both report exactly the same findings.
import type { TSESTree } from '@typescript-eslint/types';
import { collect, type VisitorKeys } from './collect/index.js';
import type { Facts } from './facts.js';
import { OPT_IN_RULES, type Finding, type RuleId } from './model.js';
import type { TypeOracle } from './oracle.js';
import { browserResources } from './rules/browser-resource.js';
import { disposableRules } from './rules/disposable.js';
import { fieldRules } from './rules/fields.js';
import { listenerRules } from './rules/listener.js';
import { renderRules } from './rules/render.js';
import { pairedRules } from './rules/paired.js';
import { partialCleanupRules } from './rules/paths.js';
import { watchToggles } from './rules/watch-toggle.js';
import { uiInstanceRules } from './rules/ui-instance.js';
import { movedElements } from './rules/moved-element.js';
import { timerRules } from './rules/timer.js';
import type { RawFinding, RuleContext } from './rules/context.js';
import {
  calleeOf,
  EMITTER_ADD,
  EMITTER_REMOVE,
  endOf,
  lineStarts,
  position,
  startOf,
  unwrap,
  type Node,
} from './syntax.js';

export interface AnalyzeOptions {
  /** Type information; null or absent for the fast, syntax-only path. */
  readonly oracle?: TypeOracle | null;
  /** Treat PascalCase functions as components whose body runs on every render. Default: false. */
  readonly jsx?: boolean;
  /** The parser's visitor keys (see CollectOptions); without them every property is walked. */
  readonly visitorKeys?: VisitorKeys;
}

const OPT_IN: ReadonlySet<string> = new Set(OPT_IN_RULES);

export function analyzeFacts(facts: Facts, oracle: TypeOracle | null): RawFinding[] {
  const ctx: RuleContext = { facts, oracle };
  const render = renderRules(ctx);
  let all = [
    ...listenerRules(ctx),
    ...timerRules(ctx),
    ...disposableRules(ctx),
    ...browserResources(ctx),
    ...fieldRules(ctx),
  ];
  if (render.length > 0) {
    // The render rule says more about the same call (why it repeats, where it belongs) than
    // no-repeated-registration / no-unmanaged-timer would: one finding per call.
    const claimed = new Set(render.map((f) => f.node));
    all = [...all.filter((f) => !claimed.has(f.node)), ...render];
  }
  // The rules of issue #16's missed shapes report only what no other rule of the default set
  // already reports. An opt-in rule's finding does not hide theirs: with the opt-in rules off (the
  // default, applied after this) nobody would report the call; with them on, the default rule's
  // finding stands and the opt-in one on the same call goes.
  const seen = new Set(all.filter((f) => !OPT_IN.has(f.rule)).map((f) => f.node));
  const extra: RawFinding[] = [];
  for (const f of pairedRules(ctx)) if (!seen.has(f.node)) extra.push(f);
  for (const f of [...partialCleanupRules(ctx), ...watchToggles(ctx)])
    if (!seen.has(f.node)) {
      seen.add(f.node);
      extra.push(f);
    }
  for (const f of [...uiInstanceRules(ctx), ...movedElements(ctx)])
    if (!seen.has(f.node)) {
      seen.add(f.node);
      extra.push(f);
    }
  if (extra.length > 0) {
    const taken = new Set(extra.map((f) => f.node));
    all = [...all.filter((f) => !(OPT_IN.has(f.rule) && taken.has(f.node))), ...extra];
  }
  all.sort((a, b) => startOf(a.node) - startOf(b.node));
  return all;
}

/**
 * Where a finding is shown: where its node starts, except for a registration chained on another
 * (`reader.on('a', f).on('b', g)`, `.on(…).off(…)`), which starts where the chain does: it is
 * shown at its own method name, so that each link has a position of its own (three findings of a
 * chain were shown as one place three times). `start`/`end` stay the node's.
 */
function shownAt(n: Node): number {
  const u = unwrap(n);
  const c = u.type === 'CallExpression' ? unwrap(u.callee as Node) : null;
  if (c?.type !== 'MemberExpression') return startOf(n);
  const inner = unwrap(c.object as Node);
  const link = inner.type === 'CallExpression' ? calleeOf(inner) : null;
  return link !== null &&
    link.receiver !== null &&
    (EMITTER_ADD.has(link.name) || EMITTER_REMOVE.has(link.name))
    ? startOf(c.property as Node)
    : startOf(n);
}

export function analyze(
  program: TSESTree.Program,
  src: string,
  options: AnalyzeOptions = {},
): Finding[] {
  const facts = collect(program, src, {
    jsx: options.jsx ?? false,
    ...(options.visitorKeys ? { visitorKeys: options.visitorKeys } : {}),
  });
  const raw = analyzeFacts(facts, options.oracle ?? null);
  if (raw.length === 0) return [];
  const starts = lineStarts(src);
  // By where they are shown (a chain's links are shown at their method names: shownAt).
  return raw
    .map((r) => toFinding(r, starts))
    .sort((a, b) => a.line - b.line || a.column - b.column);
}

function toFinding(r: RawFinding, starts: readonly number[]): Finding {
  const s = position(starts, shownAt(r.node));
  const e = position(starts, endOf(r.node));
  return {
    rule: r.rule as RuleId,
    message: r.message,
    suggestion: r.suggestion,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    start: startOf(r.node),
    end: endOf(r.node),
    ...(r.fix ? { fix: r.fix } : {}),
  };
}
