// The summary of a scan (`ScanResult.summary`): counts of findings per file, rule and directory,
// and the rest of `ScanSummary`, from the reports the scanner keeps.
import { dirname } from 'node:path';
import type { FileError, RuleId } from './model.js';
import { RULE_IDS } from './model.js';
import type {
  FileDirectiveProblem,
  FileReport,
  FileUnusedDirective,
  ScanSummary,
} from './scanner.js';

/** The summary's counts of findings: in all, per file, per rule and per directory. */
export function countFindings(reports: readonly FileReport[]): {
  filesWithFindings: number;
  findings: number;
  byRule: Record<RuleId, number>;
  byDirectory: Record<string, number>;
} {
  const byRule = Object.fromEntries(RULE_IDS.map((r) => [r, 0])) as Record<RuleId, number>;
  const byDirectory: Record<string, number> = {};
  let findings = 0;
  for (const r of reports) {
    const dir = dirname(r.file);
    for (const f of r.findings) {
      byRule[f.rule]++;
      byDirectory[dir] = (byDirectory[dir] ?? 0) + 1;
      findings++;
    }
  }
  return { filesWithFindings: reports.length, findings, byRule, byDirectory };
}

export function summarize(
  reports: readonly FileReport[],
  errors: readonly FileError[],
  directiveProblems: readonly FileDirectiveProblem[],
  unused: readonly FileUnusedDirective[] | null,
  silenced: number,
  files: number,
  lines: number,
  fixed: number,
  typed: boolean,
  enabled: ReadonlySet<RuleId>,
  durationMs: number,
  base: { readonly baselined: number; readonly fixed: number } | null,
): ScanSummary {
  return {
    files,
    lines,
    ...countFindings(reports),
    silenced,
    directiveProblems: directiveProblems.length,
    ...(unused !== null ? { unusedDirectives: unused.length } : {}),
    ...(base !== null ? { baselined: base.baselined, baselineFixed: base.fixed } : {}),
    fixed,
    errors: errors.length,
    typed,
    rules: RULE_IDS.filter((r) => enabled.has(r)),
    durationMs,
  };
}
