// Machine output: { findings: [{ file, line, column, endLine, endColumn, rule, message,
// suggestion? }], summary, errors, directiveProblems: [{ file, line, column, message }] }.
// Columns are 1-based; end positions are exclusive. `summary.rules` lists the rules that ran,
// so a stored report tells "no finding of rule X" from "rule X did not run".
// With reportUnusedDisableDirectives only: unusedDirectives: [{ file, line, column, rule, message }]
// (rule null for a directive naming no rule), and summary.unusedDirectives.
// With runtime reports only: runtime: { status, created, live, growthPerMinute } on each
// finding, summary.runtime, and runtimeOnly: [{ file, line, column, kind, receiverType, event,
// growthPerMinute, live, carried }] (sites that grew in the run where no finding lies).
// With `why` only: why on each finding the project pass kept (a sentence, up its callers).
import type { ScanResult } from '../scanner.js';

export function formatJson(result: ScanResult): string {
  const findings = result.reports.flatMap((r) =>
    r.findings.map((f) => ({
      file: r.file,
      line: f.line,
      column: f.column,
      endLine: f.endLine,
      endColumn: f.endColumn,
      rule: f.rule,
      message: f.message,
      ...(f.suggestion !== undefined ? { suggestion: f.suggestion } : {}),
      ...(f.runtime !== undefined ? { runtime: f.runtime } : {}),
      ...(f.why !== undefined ? { why: f.why } : {}),
    })),
  );
  return (
    JSON.stringify(
      {
        findings,
        summary: result.summary,
        errors: result.errors,
        directiveProblems: result.directiveProblems,
        ...(result.unusedDirectives !== undefined
          ? { unusedDirectives: result.unusedDirectives }
          : {}),
        ...(result.runtimeOnly !== undefined ? { runtimeOnly: result.runtimeOnly } : {}),
      },
      null,
      2,
    ) + '\n'
  );
}
