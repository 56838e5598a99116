/**
 * Re-measures the scanner's precision on clean code (issue #16): for every labelled project in
 * scan-corpus/clean/, exports its pinned commit from a local git mirror, selects the files by
 * the recorded globs, scans them untyped, compares with the labels, and prints per project and
 * per set: lines, findings, findings and false findings per 10k lines, precision, and the
 * issue's targets as PASS/MISS.
 *
 *   npm run eval:scan-clean -- [--mirrors DIR] [--only owner/repo] [--write | --tables]
 *
 * Mirrors: `--mirrors DIR` or LEAKGUARD_CLEAN_MIRRORS (default /work/.mirror), holding either
 * `<owner>+<repo>/repo` (bare, as the search tool's fetch leaves it; or a clone, `repo/.git`, as it
 * sometimes does) or `<owner>+<repo>` itself as a git directory.
 *
 * A finding not in the labels is printed as NEW (unlabelled); a labelled finding the scan no
 * longer reports as GONE. Either makes the exit code 1. `--write` records the scan instead:
 * files, lines and parser are refreshed, labels of findings still reported are kept, new ones
 * are added unlabelled (verdict null, to be labelled by reading the code), gone ones dropped,
 * and the README tables are regenerated. `--tables` only regenerates the README tables from the
 * committed labels (no mirrors needed), after labelling by hand.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { RULE_IDS } from '../src/scan/model.js';
import { loadOxc } from '../src/scan/parse.js';
import { componentScript, isComponentFile } from '../src/scan/sfc.js';
import { scan } from '../src/scan/scanner.js';
import {
  CLEAN_SETS,
  type CleanProject,
  optInLine,
  type LabelledFinding,
  MARKERS,
  TARGETS,
  categoriesTable,
  batchRows,
  figuresOf,
  figuresTable,
  loadProjects,
  recordedFindings,
  exportProjectTree,
  nonBlankLines,
  per10k,
  precisionOf,
  replaceBetween,
  verdicts,
} from './scan-clean-lib.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cleanDir = join(root, 'scan-corpus', 'clean');

const { values } = parseArgs({
  options: {
    mirrors: { type: 'string' },
    only: { type: 'string' },
    write: { type: 'boolean', default: false },
    tables: { type: 'boolean', default: false },
  },
});
const mirrors = values.mirrors ?? process.env.LEAKGUARD_CLEAN_MIRRORS ?? '/work/.mirror';

function parserName(): string {
  if (process.env.LEAKGUARD_SCAN_PARSER === 'typescript-estree' || loadOxc() === null) {
    const v = (
      createRequire(import.meta.url)('@typescript-eslint/typescript-estree/package.json') as {
        version: string;
      }
    ).version;
    return `typescript-estree ${v}`;
  }
  const v = (createRequire(import.meta.url)('oxc-parser/package.json') as { version: string })
    .version;
  return `oxc-parser ${v} (typescript-estree for files it rejects)`;
}

interface Rescan {
  files: number;
  lines: number;
  findings: LabelledFinding[];
  /** Files the scan could not analyse (their findings, and so their labels, are missing). */
  errors: number;
}

function rescan(p: CleanProject): Rescan {
  const { dir, tree, files } = exportProjectTree(p, mirrors);
  try {
    let lines = 0;
    for (const f of files) {
      const text = readFileSync(join(tree, f), 'utf8');
      // A component file's code is its <script> blocks: its template and style are not counted.
      lines += nonBlankLines(isComponentFile(f) ? componentScript(text, f).code : text);
    }
    // Every rule, the opt-in ones too: their findings stay labelled for the opt-in line.
    const result = scan({
      paths: files,
      cwd: tree,
      rules: Object.fromEntries(RULE_IDS.map((r) => [r, true])),
    });
    for (const e of result.errors) console.error(`  ${p.repo}: ${e.file}: ${e.message}`);
    const findings: LabelledFinding[] = [];
    for (const r of result.reports) {
      const srcLines = r.source.split('\n');
      for (const f of r.findings)
        findings.push({
          file: r.file,
          line: f.line,
          column: f.column,
          rule: f.rule,
          message: f.message,
          source: (srcLines[f.line - 1] ?? '').trim(),
          verdict: null,
          note: '',
        });
    }
    return { files: files.length, lines, findings, errors: result.errors.length };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const keyOf = (f: LabelledFinding): string => `${f.file}:${f.line}:${f.column}:${f.rule}`;

const all = loadProjects(cleanDir);
const chosen = values.only === undefined ? all : all.filter((x) => x.project.repo === values.only);
if (chosen.length === 0) {
  console.error(`no project ${values.only ?? ''} in ${cleanDir}`);
  process.exit(2);
}
const parser = parserName();
let drift = 0;
for (const { name, project: p } of values.tables ? [] : chosen) {
  const t0 = performance.now();
  let now: Rescan;
  try {
    now = rescan(p);
  } catch (e) {
    // A missing mirror or commit is a usage problem, not a finding: say which, exit 2.
    console.error(`${p.repo}: ${(e as Error).message.split('\n')[0]}`);
    process.exit(2);
  }
  // A project just recorded has no findings yet: `--write` adds them.
  const recorded = recordedFindings(p) ?? [];
  const labelled = new Map(recorded.map((f) => [keyOf(f), f]));
  const current = new Set(now.findings.map(keyOf));
  const added = now.findings.filter((f) => !labelled.has(keyOf(f)));
  const gone = recorded.filter((f) => !current.has(keyOf(f)));
  const ms = Math.round(performance.now() - t0);
  console.log(
    `${p.repo} @ ${p.commit.slice(0, 10)} (${p.set}): ${now.files} files, ${now.lines} lines, ${now.findings.length} findings, ${ms} ms`,
  );
  if (now.files !== p.files || now.lines !== p.lines)
    console.log(
      `  files/lines changed: recorded ${p.files}/${p.lines}, now ${now.files}/${now.lines}`,
    );
  for (const f of added)
    console.log(`  NEW  ${f.file}:${f.line}:${f.column} ${f.rule}: ${f.source}`);
  for (const f of gone)
    console.log(
      `  GONE ${f.file}:${f.line}:${f.column} ${f.rule} (was ${f.verdict ?? 'unlabelled'}): ${f.source}`,
    );
  drift += added.length + gone.length;
  if (now.errors > 0) {
    // A file the analysis threw on reports no finding: its labels would show as GONE and
    // --write would drop them. A scan error on a pinned corpus is a scanner bug: fix it first.
    console.log(`  ${now.errors} file(s) could not be analysed (above): labels kept as they are`);
    drift += now.errors;
    continue;
  }
  if (values.write) {
    const next: CleanProject = {
      ...p,
      parser,
      files: now.files,
      lines: now.lines,
      findings: now.findings.map((f) => {
        const old = labelled.get(keyOf(f));
        return old === undefined
          ? f
          : { ...f, verdict: old.verdict, category: old.category, note: old.note };
      }),
    };
    writeFileSync(join(cleanDir, name), `${JSON.stringify(next, null, 2)}\n`);
  }
}

// Figures from the labels (after --write, from the refreshed files). A project recorded but not
// scanned yet (no findings list: `--write --only` was run for another one) has no figures: it is
// named and left out, instead of failing the tables.
const projects: CleanProject[] = [];
for (const { project: p } of loadProjects(cleanDir))
  if (recordedFindings(p) !== null) projects.push(p);
  else
    console.log(`${p.repo}: not scanned yet, left out of the figures (--write --only ${p.repo})`);
console.log('');
console.log(
  'project                                  set       lines  findings  /10k  false/10k  precision',
);
for (const set of CLEAN_SETS) {
  const inSet = projects.filter((p) => p.set === set);
  for (const p of inSet) line(p.repo, p.set, figuresOf([p]), set === 'held-out');
  line(`${set} set (${inSet.length} projects)`, set, figuresOf(inSet), set === 'held-out');
  for (const [name, n, f] of batchRows(inSet))
    line(`${name.replace(/\*/g, '')} (${n})`, set, f, true);
}
console.log(optInLine(projects));
const held = projects.filter((p) => p.set === 'held-out').length;
console.log(
  `\ntargets (held-out set): <= ${TARGETS.falsePer10k} false finding per 10k lines, precision >= ${TARGETS.precision * 100} %, >= ${TARGETS.minHeldOutProjects} projects (${held}: ${held >= TARGETS.minHeldOutProjects ? 'PASS' : 'MISS'})`,
);

function line(name: string, set: string, f: ReturnType<typeof figuresOf>, targets: boolean): void {
  // With unlabelled findings the figures are incomplete: no PASS/MISS until they are labelled.
  const v =
    f.unlabelled > 0 ? { falseRate: '(unlabelled)', precision: '(unlabelled)' } : verdicts(f);
  const prec = precisionOf(f);
  console.log(
    [
      name.padEnd(40),
      set.padEnd(8),
      String(f.lines).padStart(6),
      String(f.findings).padStart(9) + (f.unlabelled > 0 ? ` (${f.unlabelled} unlabelled)` : ''),
      per10k(f.findings, f.lines).toFixed(2).padStart(5),
      (per10k(f.fp, f.lines).toFixed(2) + (targets ? ` ${v.falseRate}` : '')).padStart(10),
      (
        (prec === null ? 'n/a' : `${Math.round(prec * 100)} %`) + (targets ? ` ${v.precision}` : '')
      ).padStart(10),
    ].join(' '),
  );
}

if (values.write || values.tables) {
  const readme = join(cleanDir, 'README.md');
  let text = existsSync(readme) ? readFileSync(readme, 'utf8') : '# Clean-code precision corpus\n';
  text = replaceBetween(text, MARKERS.figures, figuresTable(projects));
  text = replaceBetween(text, MARKERS.categories, categoriesTable(projects));
  writeFileSync(readme, text);
  console.log(
    values.tables
      ? '\nwrote the README tables'
      : `\nwrote ${chosen.length} project file(s) and the README tables`,
  );
} else if (drift > 0) {
  console.log(
    `\n${drift} finding(s) differ from the labels: label them (--write records the scan)`,
  );
  process.exitCode = 1;
}
