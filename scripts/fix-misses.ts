// For maintainers (issue #16): where the fix corpus's misses are. For each half and class, the
// cases the default rules miss, split by whether the scan of the before file reports anything
// about the leak at all ("unseen": no rule fires on it; "seen": a finding about it is there but
// the after file still reports it, so the fix is not told apart), then by leak kind and shape tag
// (case.json `shape`). A rule that would fire on unseen cases is recall; a reading that tells a
// seen fix apart is a reading fix. Prints a table; `--ids` also lists the case ids of each row.
// Reading the ids of held-out cases is reading held-out code: a candidate written from them is
// judged on fresh batches only (scan-corpus/fixes/README.md).
//
// Usage: npx tsx scripts/fix-misses.ts [--half tuning|held-out] [--class syntactic|types|...] [--ids]
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import {
  CLASSES,
  HALVES,
  evaluateFixes,
  loadCases,
  type CaseClass,
  type Half,
} from '../test/scan/eval/fixes.js';

const { values } = parseArgs({
  options: {
    half: { type: 'string' },
    class: { type: 'string' },
    ids: { type: 'boolean', default: false },
  },
});
if (values.half !== undefined && !HALVES.includes(values.half as Half)) {
  console.error(`--half must be one of ${HALVES.join(', ')}`);
  process.exit(2);
}
if (values.class !== undefined && !CLASSES.includes(values.class as CaseClass)) {
  console.error(`--class must be one of ${CLASSES.join(', ')}`);
  process.exit(2);
}

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'scan-corpus', 'fixes');
const e = evaluateFixes(root);
const cases = new Map(loadCases(root).map((c) => [c.id, c]));
const rows = new Map<string, string[]>();
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
