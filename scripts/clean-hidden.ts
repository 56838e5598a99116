// For maintainers (issue #16): the held-out clean findings of the default set that one exemption
// holds back — a scan of every held-out project with that exemption switched off
// (src/scan/rules/ablate.ts), minus the findings the labels already have — as JSON on stdout, one
// object per finding (repo, commit, file, line, column, rule, source). `eval:scan-ablate` counts
// them; this lists them, so that they can be labelled (scan-corpus/clean/samples/).
//
// Usage: npx tsx scripts/clean-hidden.ts <exemption> [--mirrors DIR] > hidden.json
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_RULES } from '../src/scan/model.js';
import { ABLATIONS, setAblations, type Ablation } from '../src/scan/rules/ablate.js';
import { scan } from '../src/scan/scanner.js';
import { exportProjectTree, loadProjects } from './scan-clean-lib.js';

const USAGE = `usage: clean-hidden.ts <exemption> [--mirrors DIR]; exemptions: ${Object.keys(ABLATIONS).join(', ')}`;
let args: { values: { mirrors?: string }; positionals: string[] };
try {
  args = parseArgs({ allowPositionals: true, options: { mirrors: { type: 'string' } } });
} catch (e) {
  console.error(`${(e as Error).message}\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = args;
const name = positionals[0];
if (name === undefined || positionals.length > 1 || !Object.hasOwn(ABLATIONS, name)) {
  console.error(USAGE);
  process.exit(2);
}
const mirrors = values.mirrors ?? process.env.LEAKGUARD_CLEAN_MIRRORS ?? '/work/.mirror';
const cleanDir = join(dirname(fileURLToPath(import.meta.url)), '../scan-corpus/clean');
setAblations(new Set([name as Ablation]));
const rules = Object.fromEntries(DEFAULT_RULES.map((r) => [r, true]));
const out: object[] = [];
for (const { project: p } of loadProjects(cleanDir)) {
  if (p.set !== 'held-out') continue;
  const { dir, tree, files } = exportProjectTree(p, mirrors);
  try {
    const have = new Set(
      (p.findings ?? []).map((f) => `${f.file}:${f.line}:${f.column}:${f.rule}`),
    );
    const result = scan({ paths: files, cwd: tree, rules });
    // A file the scan could not analyse hides its findings: say so, as scan-clean.ts does.
    for (const e of result.errors) console.error(`  ${p.repo}: ${e.file}: ${e.message}`);
    for (const r of result.reports) {
      const lines = r.source.split('\n');
      for (const f of r.findings) {
        if (have.has(`${r.file}:${f.line}:${f.column}:${f.rule}`)) continue;
        const source = (lines[f.line - 1] ?? '').trim();
        out.push({
          repo: p.repo,
          commit: p.commit,
          file: r.file,
          line: f.line,
          column: f.column,
          rule: f.rule,
          source,
        });
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
console.log(JSON.stringify(out, null, 1));
