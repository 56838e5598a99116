import { dirname, join } from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { evaluateFixes, halfOf } from './fixes.js';
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'scan-corpus', 'fixes');
const labels = JSON.parse(readFileSync(join(root, 'labels.json'), 'utf8')) as { file: string; line: number; rule: string; verdict: string; note: string; category?: string }[];
const e = evaluateFixes(root);
const want = process.argv[2] ?? 'tuning';
for (const c of e.cases) {
  if (c.half !== want) continue;
  for (const a of c.after) {
    if (a.verdict === 'tp') continue;
    const [file, rest] = a.key.split(':');
    const line = Number(rest!.split(' ')[0]);
    const l = labels.find((x) => x.file === file && x.line === line);
    console.log(`${c.id} ${line} ${l?.rule ?? rest} | ${l?.category ?? ''} | ${(l?.note ?? '').slice(0, 170)}`);
  }
}
