// For maintainers of the scanner (issue #16): why the project pass keeps a finding — the
// function around it, and why that function does not run a bounded number of times (used as a
// value, no caller in the scanned files, called in a loop, a callback per event, a library's
// export…), following the chain of callers. The pass's own answer (ProjectPass.explain), on the
// same files and package.json/tsconfig.json settings a scan of the folder reads.
//
// Usage: npx tsx scripts/project-why.ts <folder> [<file>:<line>[:<column>] …]
//   With no file:line, every finding of the rules the pass can drop is explained.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { discoverFiles } from '../src/scan/files.js';
import { BOUNDED_RULES, ProjectPass, readFileCalls } from '../src/scan/project.js';
import { scan } from '../src/scan/scanner.js';
import { whySentence } from '../src/scan/why.js';

/** The offset of a 1-based line and column in `text`. */
export function offsetAt(text: string, line: number, column: number): number {
  let at = 0;
  for (let i = 1; i < line; i++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

/** One line per target: `file:line: why`. Targets: `file:line[:column]`, or every finding. */
export function explainProject(folder: string, targets: readonly string[] = []): string[] {
  const dir = resolve(folder);
  const pass = new ProjectPass(null);
  for (const abs of discoverFiles(['.'], dir).files) readFileCalls(pass, abs);
  const lines = new Map<string, number[]>();
  const wanted: { file: string; offset: number; label: string }[] = [];
  if (targets.length === 0) {
    // The findings a scan reports, with the pass off (so the dropped ones show as bounded).
    for (const r of scan({ cwd: dir, programKind: 'library' }).reports)
      for (const f of r.findings)
        if (BOUNDED_RULES.has(f.rule))
          wanted.push({
            file: resolve(dir, r.file),
            offset: f.start,
            label: `${r.file}:${f.line} ${f.rule}`,
          });
  } else
    for (const t of targets) {
      const m = /^(.*?):(\d+)(?::(\d+))?$/.exec(t);
      if (m === null) throw new Error(`not <file>:<line>[:<column>]: ${t}`);
      const file = resolve(dir, m[1]!);
      const text = readFileSync(file, 'utf8');
      const rows = text.split('\n');
      const n = Number(m[2]);
      if (n < 1 || n > rows.length) throw new Error(`${t}: no line ${n}`);
      const col = m[3] === undefined ? rows[n - 1]!.search(/\S|$/) + 1 : Number(m[3]);
      wanted.push({ file, offset: offsetAt(text, n, col), label: t });
    }
  return wanted.map(({ file, offset, label }) => {
    const steps = pass.explain(file, offset);
    if (steps.length === 0) return `${label}: module top level`;
    return `${label}: ${whySentence(steps, dir, lines)}`;
  });
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [folder, ...targets] = process.argv.slice(2);
  if (folder === undefined) {
    console.error('usage: npx tsx scripts/project-why.ts <folder> [<file>:<line>[:<column>] …]');
    process.exit(2);
  }
  for (const line of explainProject(folder, targets)) console.log(line);
}
