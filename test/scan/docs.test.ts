// The wrong/right examples of docs/rules/*.md are real: every "Wrong" block is reported by its
// rule and no "Right" block is.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { RULE_IDS } from '../../src/scan/model.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';

const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs', 'rules');

/** The section's code blocks: TypeScript, and Vue and Svelte component files. */
function blocks(md: string, heading: string): { file: string; code: string }[] {
  const section = md.split(/^## /m).find((s) => s.startsWith(heading + '\n'));
  if (section === undefined) return [];
  return [...section.matchAll(/```(ts|vue|svelte)\n([\s\S]*?)```/g)].map((m) => ({
    file: `example.${m[1]!}`,
    code: m[2]!,
  }));
}

describe.each(RULE_IDS)('docs/rules/%s.md', (rule) => {
  const md = readFileSync(join(docs, `${rule}.md`), 'utf8');
  const count = ({ file, code }: { file: string; code: string }) =>
    analyze(parseFile(code, file), code, { visitorKeys: visitorKeys() }).filter(
      (f) => f.rule === rule,
    ).length;

  it('has wrong and right examples', () => {
    expect(blocks(md, 'Wrong').length).toBeGreaterThan(0);
    expect(md).toMatch(/^## Right/m);
  });
  it('every wrong example is reported', () => {
    for (const b of blocks(md, 'Wrong')) expect(count(b), b.code).toBeGreaterThan(0);
  });
  it('no right example is reported', () => {
    for (const b of blocks(md, 'Right')) expect(count(b), b.code).toBe(0);
  });
});
