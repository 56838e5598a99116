// The house rule of CONTRIBUTING.md and issue #17: no file in src/ over 600 lines unless the
// first line of its opening comment (right after the `/**`) says why, starting with
// "Why this file is long:". A reason further down is one a reader does not see first.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFiles, ROOT } from '../helpers/cached-build.js';

const MAX_LINES = 600;

/** The files of `src/` over MAX_LINES lines whose header does not start with the reason. */
function unexplainedLongFiles(dir: string): string[] {
  const out: string[] = [];
  for (const file of listFiles(dir, (p) => p.endsWith('.ts'))) {
    const lines = readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
    if (lines.length <= MAX_LINES) continue;
    const explained =
      lines[0]?.trim() === '/**' && /^ \* Why this file is long: \S/.test(lines[1] ?? '');
    if (!explained) out.push(`${relative(ROOT, file)} (${lines.length} lines)`);
  }
  return out.sort();
}

describe('source files', () => {
  it(`over ${MAX_LINES} lines say why in their first comment line`, () => {
    expect(unexplainedLongFiles(join(ROOT, 'src'))).toEqual([]);
  });
});
