// Regenerates the generated sections of scan-corpus/fixes/README.md: the licence table (one row
// per repository, from the case.json files) and the current figures. `npm run eval:scan --
// --readme` calls it; test/scan/fixes.test.ts checks that the licence table is current.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { halfOf, type FixCase, type FixesEvaluation, formatFixes } from './fixes.js';

const LICENCES = ['<!-- licences:start -->', '<!-- licences:end -->'] as const;
const FIGURES = ['<!-- figures:start -->', '<!-- figures:end -->'] as const;

/** Markdown table: repository, licence(s), half, and its cases linked to their commits. */
export function licenceTable(cases: readonly FixCase[]): string {
  const byRepo = new Map<string, FixCase[]>();
  for (const c of cases) byRepo.set(c.repo, [...(byRepo.get(c.repo) ?? []), c]);
  const rows = [...byRepo]
    .sort(([a], [b]) => a.toLowerCase().localeCompare(b.toLowerCase()))
    .map(([repo, cs]) => {
      const licences = [...new Set(cs.map((c) => c.license))].sort().join(', ');
      const links = cs.map((c) => `[${c.commit.slice(0, 7)}](${c.url})`).join(' ');
      return `| [${repo}](https://github.com/${repo}) | ${licences} | ${halfOf(repo)} | ${cs.length} | ${links} |`;
    });
  return [
    '| repository | licence | half | cases | fix commits |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
  ].join('\n');
}

function replaceBetween(text: string, [start, end]: readonly [string, string], body: string) {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b < a) throw new Error(`README has no ${start} ... ${end} section`);
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

export function writeReadme(root: string, cases: readonly FixCase[], e: FixesEvaluation): void {
  const file = join(root, 'README.md');
  let text = readFileSync(file, 'utf8');
  text = replaceBetween(text, LICENCES, licenceTable(cases));
  text = replaceBetween(text, FIGURES, '```\n' + formatFixes(e) + '\n```');
  writeFileSync(file, text);
}
