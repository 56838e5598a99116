// Human output: findings grouped by file and rule, each with a code frame and a suggestion,
// then the summary "N unmanaged subscriptions across M files" with counts per rule and per
// directory.
import type { ScanResult } from '../scanner.js';
import type { Finding, RuntimeEvidence } from '../model.js';
import { RULE_IDS } from '../model.js';
import { growthText, runtimeSiteText } from '../runtime.js';

export interface PrettyOptions {
  /** ANSI colours. Default: false. */
  readonly color?: boolean;
  /** Lines of context above and below the finding in the code frame. Default: 1. */
  readonly contextLines?: number;
}

export function formatPretty(result: ScanResult, options: PrettyOptions = {}): string {
  const c = colors(options.color ?? false);
  const ctx = options.contextLines ?? 1;
  const out: string[] = [];
  for (const report of result.reports) {
    out.push(c.underline(report.file));
    const lines = report.source.split('\n');
    for (const rule of RULE_IDS) {
      const fs = report.findings.filter((f) => f.rule === rule);
      if (fs.length === 0) continue;
      out.push(`  ${c.yellow(rule)} (${fs.length})`);
      for (const f of fs) {
        out.push(`    ${c.dim(`${f.line}:${f.column}`)}  ${f.message}`);
        if (f.runtime !== undefined) out.push(`      ${runtimeLine(f.runtime, c)}`);
        if (f.why !== undefined) out.push(`      ${c.dim('kept because')} ${f.why}`);
        out.push(...codeFrame(lines, f, ctx, c).map((l) => '      ' + l));
        if (f.suggestion)
          out.push(`      ${c.cyan(f.fix ? 'fix (--fix):' : 'suggestion:')} ${f.suggestion}`);
      }
    }
    out.push('');
  }
  for (const e of result.errors) out.push(`${c.red('skipped')} ${e.file}: ${e.message}`);
  if (result.errors.length > 0) out.push('');
  for (const p of result.directiveProblems)
    out.push(`${c.red('disable comment')} ${p.file}:${p.line}:${p.column}: ${p.message}`);
  if (result.directiveProblems.length > 0) out.push('');
  const unused = result.unusedDirectives ?? [];
  for (const u of unused)
    out.push(`${c.red('unused disable comment')} ${u.file}:${u.line}:${u.column}: ${u.message}`);
  if (unused.length > 0) out.push('');
  const only = result.runtimeOnly ?? [];
  if (only.length > 0) {
    out.push(
      c.bold(
        `grew in the run where the scan reports nothing (${only.length} site${only.length === 1 ? '' : 's'}: a leak no rule describes, or a silenced or baselined finding):`,
      ),
    );
    for (const o of only) {
      const note = o.carried ? ', carried by its receivers' : '';
      const line = `  ${o.file}:${o.line}:${o.column}  ${runtimeSiteText(o)}  ${growthText(o.growthPerMinute)}, ${o.live} alive at the end${note}`;
      out.push(o.carried ? c.yellow(line) : c.red(line));
    }
    out.push('');
  }
  const s = result.summary;
  out.push(
    c.bold(
      `${s.findings} unmanaged subscription${s.findings === 1 ? '' : 's'} across ${s.filesWithFindings} file${s.filesWithFindings === 1 ? '' : 's'}`,
    ) +
      c.dim(
        ` (${s.files} file${s.files === 1 ? '' : 's'}, ${s.lines} line${s.lines === 1 ? '' : 's'} scanned${s.typed ? ', typed' : ''} in ${Math.round(s.durationMs)} ms)`,
      ),
  );
  if (s.silenced > 0)
    out.push(
      `${s.silenced} finding${s.silenced === 1 ? '' : 's'} silenced by disable comments (not counted above)`,
    );
  if (s.runtime !== undefined) {
    const r = s.runtime;
    out.push(
      `runtime (${r.reports} process report${r.reports === 1 ? '' : 's'}): ${r.growing} growing, ${r.carried} carried by their receivers, ${r.ran} ran without growing, ${r.notSeen} not seen` +
        (r.runtimeOnly > 0
          ? `; ${r.runtimeOnly} growing site${r.runtimeOnly === 1 ? '' : 's'} without a finding (listed above)`
          : '') +
        (r.hidden > 0 ? ` (${r.hidden} of them not shown: --runtime-status)` : ''),
    );
  }
  if (s.baselined !== undefined && s.baselined > 0)
    out.push(
      `${s.baselined} finding${s.baselined === 1 ? '' : 's'} accepted by the baseline (not counted above)`,
    );
  if (s.baselineFixed !== undefined && s.baselineFixed > 0)
    out.push(
      `${s.baselineFixed} baselined finding${s.baselineFixed === 1 ? ' is' : 's are'} gone: --write-baseline drops ${s.baselineFixed === 1 ? 'it' : 'them'}`,
    );
  if (s.fixed > 0) out.push(`fixed ${s.fixed} finding${s.fixed === 1 ? '' : 's'} with --fix`);
  if (s.findings > 0) {
    out.push('  by rule:');
    for (const r of RULE_IDS)
      if (s.byRule[r] > 0) out.push(`    ${String(s.byRule[r]).padStart(5)}  ${r}`);
    out.push('  by directory:');
    const dirs = Object.entries(s.byDirectory).sort(
      (a, b) => b[1] - a[1] || a[0].localeCompare(b[0]),
    );
    for (const [d, n] of dirs) out.push(`    ${String(n).padStart(5)}  ${d}`);
  }
  if (s.directiveProblems > 0)
    out.push(
      `${s.directiveProblems} disable comment${s.directiveProblems === 1 ? '' : 's'} not honoured (an unknown rule, a -line comment spanning lines, or a leakguard-once above no function)`,
    );
  if (s.unusedDirectives !== undefined && s.unusedDirectives > 0)
    out.push(
      `${s.unusedDirectives} unused disable directive${s.unusedDirectives === 1 ? '' : 's'} (silenced nothing)`,
    );
  if (s.errors > 0)
    out.push(
      `${s.errors} file${s.errors === 1 ? '' : 's'} skipped (unreadable, unparsable or not code)`,
    );
  return out.join('\n') + '\n';
}

function codeFrame(lines: readonly string[], f: Finding, ctx: number, c: Colors): string[] {
  const first = Math.max(1, f.line - ctx);
  const last = Math.min(lines.length, f.line + ctx);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? '').replace(/\t/g, '  ').replace(/\r$/, '');
    const marker = n === f.line ? c.red('>') : ' ';
    out.push(`${marker} ${c.dim(String(n).padStart(width) + ' |')} ${text}`);
    if (n === f.line) {
      const raw = lines[n - 1] ?? '';
      const pad = raw
        .slice(0, f.column - 1)
        .replace(/\t/g, '  ')
        .replace(/[^\s]/g, ' ');
      const endCol = f.endLine === f.line ? f.endColumn : raw.length + 1;
      const len = Math.max(1, Math.min(endCol - f.column, 80));
      out.push(`  ${' '.repeat(width)} ${c.dim('|')} ${pad}${c.red('^'.repeat(len))}`);
    }
  }
  return out;
}

interface Colors {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

function colors(on: boolean): Colors {
  const wrap = (open: number, close: number) => (s: string) =>
    on ? `\u001b[${open}m${s}\u001b[${close}m` : s;
  return {
    red: wrap(31, 39),
    yellow: wrap(33, 39),
    cyan: wrap(36, 39),
    dim: wrap(2, 22),
    bold: wrap(1, 22),
    underline: wrap(4, 24),
  };
}

/** What the runtime reports say of a finding, in one line. */
function runtimeLine(r: RuntimeEvidence, c: Colors): string {
  const made = `~${r.created} made, ${r.live} alive at the end`;
  if (r.status === 'growing')
    return c.red(`runtime: growing, ${growthText(r.growthPerMinute)} (${made})`);
  if (r.status === 'carried')
    return c.yellow(
      `runtime: grew only because its receivers were kept alive, ${growthText(r.growthPerMinute)} (${made}): what keeps them is the leak`,
    );
  if (r.status === 'ran') return c.dim(`runtime: ran, did not grow (${made})`);
  return c.dim('runtime: not seen');
}
