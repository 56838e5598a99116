import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateFixes, loadCases } from './fixes.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scan-corpus', 'fixes');
const e = evaluateFixes(root);
const cases = new Map(loadCases(root).map((c) => [c.id, c]));
const want = process.argv[2] ?? 'tuning';
for (const c of e.cases) {
  if (c.half !== want || c.caught === null) continue;
  const k = cases.get(c.id)!;
  const src = readFileSync(join(root, 'cases', c.id, 'before', k.file), 'utf8').split('\n');
  console.log(`${c.id} ${c.class} ${c.caught.rule}:${c.caught.line} | ${src[c.caught.line - 1]!.trim().slice(0, 110)}`);
}
