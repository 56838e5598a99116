// SARIF 2.1.0 for code-scanning tools (GitHub code scanning, Azure DevOps, IDE viewers).
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { codeOf } from '../baseline.js';
import type { ScanResult } from '../scanner.js';
import { DOCS_BASE, RULE_DESCRIPTIONS, RULE_IDS, ruleDocsUrl, type RuleId } from '../model.js';
import { growthText, runtimeSiteText } from '../runtime.js';

/** The descriptor id of sites that grew in a run with no finding (`ScanResult.runtimeOnly`). */
const RUNTIME_RULE = 'runtime-growing';
const RUNTIME_DOCS = `${DOCS_BASE}scan.md#runtime-evidence---runtime`;

export function formatSarif(result: ScanResult, cwd: string, version: string): string {
  const rules: Record<string, unknown>[] = RULE_IDS.map((id) => ({
    id,
    name: id,
    shortDescription: { text: RULE_DESCRIPTIONS[id] },
    help: { text: `${RULE_DESCRIPTIONS[id]} See ${ruleDocsUrl(id)}` },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: 'warning' },
  }));
  const results: Record<string, unknown>[] = result.reports.flatMap((r) => {
    // The same identity a baseline uses (file, rule, code of the first line), numbered per
    // repeat: code scanning follows an alert across commits that only move the code.
    const seen = new Map<string, number>();
    return r.findings.map((f) => {
      const id = `${r.file}\u0000${f.rule}\u0000${codeOf(r.source, f)}`;
      const n = (seen.get(id) ?? 0) + 1;
      seen.set(id, n);
      const fingerprint = `${createHash('sha256').update(id).digest('hex').slice(0, 32)}:${n}`;
      return {
        ruleId: f.rule,
        ruleIndex: RULE_IDS.indexOf(f.rule),
        level: 'warning',
        message: { text: f.suggestion ? `${f.message} ${f.suggestion}` : f.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.file), uriBaseId: '%SRCROOT%' },
              region: {
                startLine: f.line,
                startColumn: f.column,
                endLine: f.endLine,
                endColumn: f.endColumn,
              },
            },
          },
        ],
        partialFingerprints: { 'leakguardFinding/v1': fingerprint },
        // Runtime evidence (`--runtime`), and why the project pass kept it (`--why`); a growing
        // call is an error, not a warning.
        ...(f.runtime !== undefined || f.why !== undefined
          ? {
              properties: {
                ...(f.runtime !== undefined ? { runtime: f.runtime } : {}),
                ...(f.why !== undefined ? { why: f.why } : {}),
              },
              ...(f.runtime?.status === 'growing' ? { level: 'error' } : {}),
            }
          : {}),
      };
    });
  });
  // With runtime reports: the sites that grew where no rule reports anything, as results of one
  // more rule descriptor (not a scanner rule: it is never in ruleConfigurationOverrides).
  const only = result.runtimeOnly ?? [];
  if (only.length > 0) {
    rules.push({
      id: RUNTIME_RULE,
      name: RUNTIME_RULE,
      shortDescription: { text: 'Kept growing in a run where no rule reports anything' },
      help: {
        text: 'A site of a scanned file whose listeners, timers or sockets kept growing in a run under the runtime finder (scan --runtime) and that no finding covers: a leak no rule describes, or a silenced or baselined finding.',
      },
      helpUri: RUNTIME_DOCS,
      defaultConfiguration: { level: 'error' },
    });
    for (const o of only) {
      const id = `${o.file}\u0000${RUNTIME_RULE}\u0000${o.kind ?? ''}\u0000${o.event ?? ''}\u0000${o.line}`;
      results.push({
        ruleId: RUNTIME_RULE,
        ruleIndex: RULE_IDS.length,
        // carried: it grew only because its receivers were kept; the leak is elsewhere
        level: o.carried ? 'warning' : 'error',
        message: {
          text: `${runtimeSiteText(o)} kept growing in the run (${growthText(o.growthPerMinute)}, ${o.live} alive at the end)${o.carried ? ', only because its receivers were kept alive' : ''}; no rule reports anything here.`,
        },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(o.file), uriBaseId: '%SRCROOT%' },
              region: { startLine: o.line, startColumn: o.column },
            },
          },
        ],
        partialFingerprints: {
          'leakguardRuntime/v1': createHash('sha256').update(id).digest('hex').slice(0, 32),
        },
        properties: { runtime: o },
      });
    }
  }
  const base = pathToFileURL(cwd.endsWith('/') ? cwd : cwd + '/').href;
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'leakguard', version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        results,
        invocations: [
          {
            executionSuccessful: true,
            // The rules that did not run (opt-in, or --disable): SARIF 2.1.0's run-time override of
            // a rule's configuration (invocation.ruleConfigurationOverrides). `tool.driver.rules` lists every known rule, so
            // without this a rule that never ran would read as one that found nothing.
            ruleConfigurationOverrides: RULE_IDS.flatMap((id, index) =>
              result.summary.rules.includes(id)
                ? []
                : [{ descriptor: { id, index }, configuration: { enabled: false } }],
            ),
            toolExecutionNotifications: [
              ...result.errors.map((e) => ({
                level: 'error',
                message: { text: e.message },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: encodeURI(e.file), uriBaseId: '%SRCROOT%' },
                    },
                  },
                ],
              })),
              // A disable comment not honoured: the scan ran, the comment did nothing.
              ...result.directiveProblems.map((p) => directiveNote(p, null)),
              // A leakguard-disable comment that silenced nothing (--report-unused-disable-
              // directives): a notification too, not a result, since no rule found a leak
              // there; associatedRule names the rule it named, if one.
              ...(result.unusedDirectives ?? []).map((u) => directiveNote(u, u.rule)),
            ],
          },
        ],
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

/** The warning notification about a disable comment, at the comment. */
function directiveNote(
  d: {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly message: string;
  },
  rule: RuleId | null,
) {
  return {
    level: 'warning',
    message: { text: d.message },
    ...(rule !== null ? { associatedRule: { id: rule, index: RULE_IDS.indexOf(rule) } } : {}),
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: encodeURI(d.file), uriBaseId: '%SRCROOT%' },
          region: { startLine: d.line, startColumn: d.column },
        },
      },
    ],
  };
}
