// Precision and recall of every rule on the corpus of real leak fixes (scan-corpus/).
//
// Ground truth: each pair lists the leak sites of its BEFORE file that the AFTER version fixed.
// - recall(rule)    = leak sites found by the rule / leak sites of that rule;
// - precision(rule) = true findings / all findings of the rule on BEFORE and AFTER files, where a
//   finding is true only when it is a listed leak site or a manually reviewed `labels` entry
//   with verdict "tp". Everything else counts as false, including unreviewed findings
//   (conservative on purpose).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULE_IDS, type RuleId } from '../../../src/scan/model.js';
import { scan } from '../../../src/scan/scanner.js';

export interface Leak {
  readonly rule: RuleId;
  readonly line: number;
  /** File name inside the pair's before/ directory, when not the basename of `path`. */
  readonly file?: string;
  readonly knownMiss?: string;
}
export interface Pair {
  readonly id: string;
  readonly package: string;
  readonly before: string;
  readonly after: string;
  readonly path: string;
  /** Added after the rules were frozen; never used to adjust them. */
  readonly heldOut?: boolean;
  readonly leaks: readonly Leak[];
}
export interface Label {
  readonly file: string;
  readonly line: number;
  readonly rule: RuleId;
  readonly verdict: 'tp' | 'fp';
  readonly note: string;
}
export interface Manifest {
  readonly pairs: readonly Pair[];
  readonly labels: readonly Label[];
}

export interface RuleScore {
  leaks: number;
  found: number;
  findings: number;
  truePositives: number;
  precision: number | null;
  recall: number | null;
}

export interface Evaluation {
  readonly rules: Record<RuleId, RuleScore>;
  /** Leak sites (file:line rule) the scanner did not find. */
  readonly missed: string[];
  /** Findings that are neither a leak site nor labelled true. */
  readonly falsePositives: string[];
  readonly files: number;
  readonly lines: number;
  /** The same counts restricted to held-out pairs. */
  readonly heldOut: { leaks: number; found: number; findings: number; truePositives: number };
}

export function loadManifest(corpus: string): Manifest {
  return JSON.parse(readFileSync(join(corpus, 'manifest.json'), 'utf8')) as Manifest;
}

export function evaluate(corpus: string, typed = false): Evaluation {
  const manifest = loadManifest(corpus);
  // Only the manifest's pairs: scan-corpus/fixes/ is the separate corpus of issue #16, which
  // has its own evaluation (its after-files are not reviewed here).
  const result = scan({
    cwd: corpus,
    paths: manifest.pairs.map((p) => p.id),
    tsconfig: typed ? 'tsconfig.json' : null,
  });
  if (result.errors.length > 0)
    throw new Error(`corpus files failed to scan: ${JSON.stringify(result.errors)}`);
  const rules = Object.fromEntries(
    RULE_IDS.map((r) => [
      r,
      { leaks: 0, found: 0, findings: 0, truePositives: 0, precision: null, recall: null },
    ]),
  ) as Record<RuleId, RuleScore>;
  const findings = new Map<string, RuleId[]>(); // "file:line" -> rules
  for (const rep of result.reports) {
    for (const f of rep.findings) {
      const k = `${rep.file}:${f.line}`;
      findings.set(k, [...(findings.get(k) ?? []), f.rule]);
    }
  }
  const leakKeys = new Set<string>();
  const missed: string[] = [];
  for (const p of manifest.pairs) {
    for (const l of p.leaks) {
      const k = `${p.id}/before/${l.file ?? p.path.split('/').pop()!}:${l.line}`;
      leakKeys.add(`${k} ${l.rule}`);
      rules[l.rule].leaks++;
      if ((findings.get(k) ?? []).includes(l.rule)) rules[l.rule].found++;
      else missed.push(`${k} ${l.rule}${l.knownMiss ? ' (known miss)' : ''}`);
    }
  }
  const labelled = new Map(
    manifest.labels.map((l) => [`${l.file}:${l.line} ${l.rule}`, l.verdict]),
  );
  const falsePositives: string[] = [];
  for (const [k, rs] of findings) {
    for (const r of rs) {
      rules[r].findings++;
      const id = `${k} ${r}`;
      if (leakKeys.has(id) || labelled.get(id) === 'tp') rules[r].truePositives++;
      else falsePositives.push(id);
    }
  }
  const heldOutIds = new Set(
    manifest.pairs.filter((p) => p.heldOut === true).map((p) => p.id + '/'),
  );
  const isHeldOut = (k: string) => [...heldOutIds].some((id) => k.startsWith(id));
  const heldOut = { leaks: 0, found: 0, findings: 0, truePositives: 0 };
  for (const p of manifest.pairs.filter((x) => x.heldOut === true)) heldOut.leaks += p.leaks.length;
  heldOut.found = heldOut.leaks - missed.filter(isHeldOut).length;
  for (const [k, rs] of findings) {
    if (!isHeldOut(k)) continue;
    heldOut.findings += rs.length;
    heldOut.truePositives += rs.filter((r) => !falsePositives.includes(`${k} ${r}`)).length;
  }
  for (const s of Object.values(rules)) {
    s.precision = s.findings === 0 ? null : s.truePositives / s.findings;
    s.recall = s.leaks === 0 ? null : s.found / s.leaks;
  }
  return {
    heldOut,
    rules,
    missed,
    falsePositives,
    files: result.summary.files,
    lines: result.summary.lines,
  };
}

export function formatEvaluation(e: Evaluation, typed: boolean): string {
  const pct = (x: number | null) =>
    x === null ? '   n/a' : `${(x * 100).toFixed(0).padStart(5)}%`;
  const out = [
    `corpus: ${e.files} files, ${e.lines} lines (${typed ? 'typed' : 'syntax-only'})`,
    'rule                           leaks found findings  precision  recall',
  ];
  let leaks = 0;
  let found = 0;
  let fnd = 0;
  let tp = 0;
  for (const r of RULE_IDS) {
    const s = e.rules[r];
    leaks += s.leaks;
    found += s.found;
    fnd += s.findings;
    tp += s.truePositives;
    out.push(
      `${r.padEnd(30)} ${String(s.leaks).padStart(5)} ${String(s.found).padStart(5)} ${String(s.findings).padStart(8)}     ${pct(s.precision)}  ${pct(s.recall)}`,
    );
  }
  out.push(
    `${'all rules'.padEnd(30)} ${String(leaks).padStart(5)} ${String(found).padStart(5)} ${String(fnd).padStart(8)}     ${pct(fnd ? tp / fnd : null)}  ${pct(leaks ? found / leaks : null)}`,
  );
  const h = e.heldOut;
  out.push(
    `held-out pairs only: ${h.found}/${h.leaks} leak sites found, ${h.truePositives}/${h.findings} findings true`,
  );
  if (e.missed.length) out.push('missed:', ...e.missed.map((m) => '  ' + m));
  if (e.falsePositives.length)
    out.push('false positives:', ...e.falsePositives.map((m) => '  ' + m));
  return out.join('\n');
}
