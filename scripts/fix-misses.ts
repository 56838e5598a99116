// For maintainers (issue #16): where the fix corpus's misses are. For each half and class, the
// cases the default rules miss, split by whether the scan of the before file reports anything
// about the leak at all ("unseen": no rule fires on it; "seen": a finding about it is there but
// the after file still reports it, so the fix is not told apart), then by leak kind and shape tag
// (case.json `shape`). A rule that would fire on unseen cases is recall; a reading that tells a
// seen fix apart is a reading fix. Prints a table; `--ids` also lists the case ids of each row.
// `--ceiling` also scans the unseen cases' before files with every rule on and every exemption
// switched off (src/scan/rules/ablate.ts, the project pass's included): how many then get a
// finding about the leak from the default rules, and from the opt-in rules only — the rest no
// rule reads at all.
// Reading the ids of held-out cases is reading held-out code: a candidate written from them is
// judged on fresh batches only (scan-corpus/fixes/README.md).
//
// Usage: npx tsx scripts/fix-misses.ts [--half tuning|held-out] [--class syntactic|types|...] [--ids]
//        [--ceiling]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES, RULE_IDS } from '../src/scan/model.js';
import { ABLATIONS, setAblations, type Ablation } from '../src/scan/rules/ablate.js';
import { scan } from '../src/scan/scanner.js';
import {
  aboutLeak,
  CLASSES,
  HALVES,
  evaluateFixes,
  loadCases,
  type CaseClass,
  type Half,
} from '../test/scan/eval/fixes.js';

const USAGE =
  'usage: npx tsx scripts/fix-misses.ts [--half tuning|held-out] [--class syntactic|types|runtime] [--ids] [--ceiling]';
let values: { half?: string; class?: string; ids: boolean; ceiling: boolean };
try {
  ({ values } = parseArgs({
    options: {
      half: { type: 'string' },
      class: { type: 'string' },
      ids: { type: 'boolean', default: false },
      ceiling: { type: 'boolean', default: false },
    },
  }));
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
if (values.half !== undefined && !HALVES.includes(values.half as Half)) {
  console.error(`--half must be one of ${HALVES.join(', ')}`);
  process.exit(2);
}
const LEAK_CLASSES: readonly CaseClass[] = CLASSES.filter((c) => c !== 'not-a-leak');
if (values.class !== undefined && !LEAK_CLASSES.includes(values.class as CaseClass)) {
  console.error(
    `--class must be one of ${LEAK_CLASSES.join(', ')} (not-a-leak cases have no leak to miss)`,
  );
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'scan-corpus', 'fixes');
const e = evaluateFixes(root);
const cases = new Map(loadCases(root).map((c) => [c.id, c]));
const rows = new Map<string, string[]>();
/** Unseen missed case ids per "half class" group. */
const unseen = new Map<string, string[]>();
const totals = new Map<string, { cases: number; missed: number; seen: number }>();
for (const r of e.cases) {
  if (values.half !== undefined && r.half !== values.half) continue;
  if (values.class !== undefined && r.class !== values.class) continue;
  if (r.class === 'not-a-leak') continue;
  const group = `${r.half} ${r.class}`;
  const t = totals.get(group) ?? { cases: 0, missed: 0, seen: 0 };
  t.cases++;
  totals.set(group, t);
  if ((r.caught ?? r.caughtTyped) !== null) continue;
  t.missed++;
  if (r.seen) t.seen++;
  else unseen.set(group, [...(unseen.get(group) ?? []), r.id]);
  const c = cases.get(r.id)!;
  const key = `${group}\t${r.seen ? 'seen' : 'unseen'}\t${c.leak.kind}\t${c.shape ?? '-'}`;
  rows.set(key, [...(rows.get(key) ?? []), r.id]);
}
for (const [group, t] of totals)
  console.log(
    `${group}: ${t.cases} cases, ${t.missed} missed — ${t.missed - t.seen} unseen (no finding about the leak before the fix), ${t.seen} seen but not told apart`,
  );
console.log('\nhalf class\tseen?\tkind\tshape\tmissed');
for (const [key, ids] of [...rows].sort((a, b) => b[1].length - a[1].length)) {
  console.log(`${key}\t${ids.length}`);
  if (values.ids) for (const id of ids) console.log(`    ${id}`);
}

if (values.ceiling) {
  setAblations(new Set(Object.keys(ABLATIONS) as Ablation[]));
  // One scan of every unseen case's before file, each read as part of a library, as the
  // evaluation reads it, with every rule on.
  const every = Object.fromEntries(RULE_IDS.map((r) => [r, true]));
  const file = (id: string) => `cases/${id}/before/${cases.get(id)!.file}`;
  const all = scan({
    cwd: root,
    paths: [...unseen.values()].flat().map(file),
    rules: every,
    programKind: 'library',
  });
  // A before file the scan could not analyse would count as read by no rule: say so.
  for (const err of all.errors) console.error(`  could not scan ${err.file}: ${err.message}`);
  const reports = new Map(all.reports.map((r) => [r.file, r]));
  /** What the before file gives about the leak: 'default', 'opt-in' or 'none'. */
  const reads = (id: string): 'default' | 'opt-in' | 'none' => {
    const r = reports.get(file(id));
    if (r === undefined) return 'none';
    const about = r.findings.filter((f) => aboutLeak(cases.get(id)!, f, r.source));
    if (about.some((f) => DEFAULT_RULES.includes(f.rule))) return 'default';
    return about.length > 0 ? 'opt-in' : 'none';
  };
  console.log(
    '\nunseen misses, their before files scanned with every rule on and every exemption off:',
  );
  for (const [group, ids] of unseen) {
    const n = { default: 0, 'opt-in': 0, none: 0 };
    const noneShapes = new Map<string, number>();
    for (const id of ids) {
      const r = reads(id);
      n[r]++;
      if (r !== 'none') continue;
      const c = cases.get(id)!;
      const k = `${c.leak.kind} ${c.shape ?? '-'}`;
      noneShapes.set(k, (noneShapes.get(k) ?? 0) + 1);
    }
    console.log(
      `${group}: ${ids.length} unseen — ${n.default} get a finding of the default rules, ${n['opt-in']} one of the opt-in rules only, ${n.none} none (no rule reads them)`,
    );
    const top = [...noneShapes].sort((a, b) => b[1] - a[1]).slice(0, 12);
    console.log(
      `  read by no rule, by kind and shape: ${top.map(([k, v]) => `${k} ${v}`).join(', ')}`,
    );
  }
  setAblations(new Set());
}
