// Runs every rule over one parsed file. Shared by the CLI scanner and the ESLint plugin, so
// both report exactly the same findings.
import type { TSESTree } from '@typescript-eslint/types';
import { collect } from './collect.js';
import type { Facts } from './facts.js';
import type { Finding, RuleId } from './model.js';
import type { TypeOracle } from './oracle.js';
import { disposableRules } from './rules/disposable.js';
import { listenerRules } from './rules/listener.js';
import { timerRules } from './rules/timer.js';
import type { RawFinding, RuleContext } from './rules/context.js';
import { lineStarts, position } from './syntax.js';

export interface AnalyzeOptions {
  /** Type information; null or absent for the fast, syntax-only path. */
  readonly oracle?: TypeOracle | null;
  /** Treat PascalCase functions as components whose body runs on every render. Default: false. */
  readonly jsx?: boolean;
}

export function analyzeFacts(facts: Facts, oracle: TypeOracle | null): RawFinding[] {
  const ctx: RuleContext = { facts, oracle };
  const all = [...listenerRules(ctx), ...timerRules(ctx), ...disposableRules(ctx)];
  all.sort((a, b) => a.node.range[0] - b.node.range[0]);
  return all;
}

export function analyze(
  program: TSESTree.Program,
  src: string,
  options: AnalyzeOptions = {},
): Finding[] {
  const facts = collect(program, src, { jsx: options.jsx ?? false });
  const raw = analyzeFacts(facts, options.oracle ?? null);
  if (raw.length === 0) return [];
  const starts = lineStarts(src);
  return raw.map((r) => toFinding(r, starts));
}

function toFinding(r: RawFinding, starts: readonly number[]): Finding {
  const s = position(starts, r.node.range[0]);
  const e = position(starts, r.node.range[1]);
  return {
    rule: r.rule as RuleId,
    message: r.message,
    suggestion: r.suggestion,
    line: s.line,
    column: s.column,
    endLine: e.line,
    endColumn: e.column,
    start: r.node.range[0],
    end: r.node.range[1],
    ...(r.fix ? { fix: r.fix } : {}),
  };
}
