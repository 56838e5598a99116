// What each exemption of no-unmanaged-listener / no-unmanaged-timer costs and buys (issue #16),
// measured by switching it off (src/scan/rules/ablate.ts) and comparing with main, on both
// halves of both corpora:
//
//   npm run eval:scan-ablate                 # every exemption, one process each
//   npm run eval:scan-ablate -- timer.guarded listener.dies-with-call
//   npm run eval:scan-ablate -- --markdown   # the table for docs/scan.md
//   npm run eval:scan-ablate -- --all-rules  # with the opt-in rules on too
//   npm run eval:scan-ablate -- --branches --all-rules   # true/false findings of each branch
//   npm run eval:scan-ablate -- --ceiling    # every rule on and every exemption off at once
//
// For each exemption switched off: fix cases caught that main misses ("+catch") or lost, per
// half (not-a-leak cases left out); after/ findings added (unlabelled: false by the corpus's
// convention) and clean findings added (unlabelled: nobody has judged them). An exemption that
// hides real fixes on both halves and removes few false findings is a candidate to drop; one
// whose removal only adds findings is earning its keep. Decisions stay with the protocol of
// scan-corpus/fixes/README.md (design on tuning, keep only what held-out confirms).
//
// The clean corpus needs the git mirrors (LEAKGUARD_CLEAN_MIRRORS, default /work/.mirror): each
// run exports the pinned commits into a temporary folder, or once into `--trees DIR` (kept for
// the next run); with `--no-clean` only the fix corpus is measured. Unknown flags or exemption
// names are errors.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { OPT_IN_RULES, RULE_IDS, type RuleId } from '../../../src/scan/model.js';
import { ABLATIONS, parseAblations, setAblations } from '../../../src/scan/rules/ablate.js';
import { scan } from '../../../src/scan/scanner.js';
import { loadProjects, mirrorGitDir, selectFiles } from '../../../scripts/scan-clean-lib.js';
import { evaluateFixes, loadCases, type Half } from './fixes.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = join(here, '../../..');
const fixesRoot = join(repoRoot, 'scan-corpus/fixes');
const cleanDir = join(repoRoot, 'scan-corpus/clean');

/** What one configuration reports, as keys that can be compared across configurations. */
interface Outcome {
  /** Case ids caught untyped, per half (leak cases only). */
  caught: Record<Half, string[]>;
  /** Case ids whose before file has a finding about the leak, caught or not (leak cases only). */
  seen: Record<Half, string[]>;
  /** Case id -> class (leak cases only). */
  classes: Record<string, string>;
  /** Leak cases per half and class. */
  total: Record<Half, Record<string, number>>;
  /** After-file findings, "key verdict", per half. */
  after: Record<Half, string[]>;
  /** Clean findings, "repo:file:line rule verdict", per set. */
  clean: Record<Half, string[]>;
  /** Branch (see branchOf) -> column ("catch tuning", "after held-out fp"...) -> count. */
  branches: Record<string, Record<string, number>>;
}

/**
 * The branch of a rule that made a finding, read from its message (each branch words its
 * message its own way): what `--branches` tallies.
 */
function branchOf(rule: string, message: string): string {
  const m: [RegExp, string][] = [
    [/registers a listener that nothing removes/, 'listener: nothing removes it'],
    [/adds a listener on every/, 'listener: added per run (no-repeated-registration)'],
    [/is given a new function|capture=|adds the listener again/, 'listener: identity mistake'],
    [/is overwritten with a new/, 'timer: overwritten field (no-overwritten-timer)'],
    [/handle of this setInterval is discarded/, 'timer: setInterval handle discarded'],
    [/This setInterval is stored in/, 'timer: setInterval stored, never cleared'],
    [/This setTimeout handle is discarded/, 'timer: setTimeout discarded in a class with teardown'],
    [/that is thrown away/, 'disposable: thrown away'],
    [/which the class never ends/, 'disposable: kept in a field, never ended'],
    [
      /is never (?:disconnected|terminated|closed):/,
      'disposable: observer, worker or audio context',
    ],
    [/is cleared elsewhere but not by/, 'teardown: timeout not cleared by the teardown'],
    [/runs directly in the body|in setup\(\) runs once/, 'render: subscription in a render body'],
    [/calls, but not before the one on line/, 'partial: removed on some finishing paths only'],
  ];
  for (const [re, name] of m) if (re.test(message)) return name;
  return `${rule}: other`;
}

function child(trees: string | null, allRules: boolean, branches: boolean): Outcome {
  const every = Object.fromEntries(RULE_IDS.map((r) => [r, true]));
  const off = new Set<RuleId>(allRules ? [] : OPT_IN_RULES);
  const selected = Object.fromEntries(RULE_IDS.map((r) => [r, !off.has(r)]));
  const e = evaluateFixes(fixesRoot, { typed: false, rules: selected });
  const out: Outcome = {
    caught: { tuning: [], 'held-out': [] },
    seen: { tuning: [], 'held-out': [] },
    classes: {},
    total: { tuning: {}, 'held-out': {} },
    after: { tuning: [], 'held-out': [] },
    clean: { tuning: [], 'held-out': [] },
    branches: {},
  };
  const count = (branch: string, column: string) => {
    if (!branches) return;
    const b = (out.branches[branch] ??= {});
    b[column] = (b[column] ?? 0) + 1;
  };
  // The messages of the findings the evaluation keys by file, line and rule (for --branches).
  const cases = branches ? loadCases(fixesRoot) : [];
  const fileOf = new Map(cases.map((c) => [c.id, c.file]));
  const messages = new Map<string, string>();
  if (branches)
    for (const r of scan({
      cwd: fixesRoot,
      paths: cases.flatMap((c) => [
        `cases/${c.id}/before/${c.file}`,
        `cases/${c.id}/after/${c.file}`,
      ]),
      rules: every,
      programKind: 'library',
    }).reports)
      for (const f of r.findings) messages.set(`${r.file}:${f.line} ${f.rule}`, f.message);
  for (const c of e.cases) {
    if (c.class !== 'not-a-leak') {
      out.classes[c.id] = c.class;
      out.total[c.half][c.class] = (out.total[c.half][c.class] ?? 0) + 1;
    }
    if (c.class !== 'not-a-leak' && c.seen) out.seen[c.half].push(c.id);
    if (c.class !== 'not-a-leak' && c.caught !== null) {
      out.caught[c.half].push(c.id);
      const key = `cases/${c.id}/before/${fileOf.get(c.id)}:${c.caught.line} ${c.caught.rule}`;
      count(branchOf(c.caught.rule, messages.get(key) ?? ''), `catch ${c.half}`);
    }
    for (const a of c.after) {
      out.after[c.half].push(`${a.key} ${a.verdict ?? 'unlabelled'}`);
      const rule = a.key.slice(a.key.lastIndexOf(' ') + 1);
      count(branchOf(rule, messages.get(a.key) ?? ''), `after ${c.half} ${a.verdict ?? 'fp'}`);
    }
  }
  if (trees !== null) {
    // The projects the parent exported (a project recorded since then has no tree yet).
    const exported = JSON.parse(process.env['EVAL_SCAN_ABLATE_PROJECTS'] ?? 'null') as
      string[] | null;
    for (const { project: p } of loadProjects(cleanDir)) {
      if (exported !== null && !exported.includes(p.repo)) continue;
      const tree = join(trees, p.repo.replace('/', '__'));
      const files = selectFiles(
        execFileSync('git', ['-C', tree, 'ls-files'], { encoding: 'utf8' })
          .split('\n')
          .filter(Boolean),
        p.include,
        p.exclude,
      );
      const result = scan({ paths: files, cwd: tree, rules: every });
      const labels = new Map(p.findings.map((f) => [`${f.file}:${f.line} ${f.rule}`, f.verdict]));
      for (const r of result.reports)
        for (const f of r.findings) {
          if (off.has(f.rule)) continue;
          const k = `${r.file}:${f.line} ${f.rule}`;
          const verdict = labels.get(k) ?? 'unlabelled';
          out.clean[p.set].push(`${p.repo}:${k} ${verdict}`);
          count(branchOf(f.rule, f.message), `clean ${p.set} ${verdict}`);
        }
    }
  }
  return out;
}

/** The commit a kept tree has checked out, or null when there is none. */
function headOf(tree: string): string | null {
  if (!existsSync(join(tree, '.git'))) return null;
  try {
    return execFileSync('git', ['-C', tree, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

/**
 * Exports every clean project's pinned commit into `dir/<owner>__<repo>` (a git work tree), and
 * returns the projects exported: the children measure those only, so a project recorded while a
 * run is under way (a fresh batch) does not make a child look for a tree that is not there.
 */
function exportTrees(dir: string): string[] {
  const mirrors = process.env['LEAKGUARD_CLEAN_MIRRORS'] ?? '/work/.mirror';
  const repos: string[] = [];
  for (const { project: p } of loadProjects(cleanDir)) {
    repos.push(p.repo);
    const gitDir = mirrorGitDir(mirrors, p.repo);
    const tree = join(dir, p.repo.replace('/', '__'));
    // Kept from an earlier run (--trees) at the pinned commit: exported once. A tree at another
    // commit, or one whose export stopped half-way, is made again.
    if (headOf(tree) === p.commit) continue;
    rmSync(tree, { recursive: true, force: true });
    execFileSync('git', ['clone', '-q', '--no-checkout', '--shared', gitDir, tree]);
    execFileSync('git', ['-C', tree, 'checkout', '-q', p.commit]);
  }
  return repos;
}

interface RunOptions {
  readonly trees: string | null;
  /** The clean projects the trees hold (exportTrees), or null without the clean corpus. */
  readonly projects: readonly string[] | null;
  readonly allRules: boolean;
  readonly branches: boolean;
}

function run(names: readonly string[], o: RunOptions): Outcome {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      fileURLToPath(import.meta.url),
      '--child',
      ...(o.trees !== null ? ['--trees', o.trees] : []),
      ...(o.allRules ? ['--all-rules'] : []),
      ...(o.branches ? ['--branches'] : []),
    ],
    {
      env: {
        ...process.env,
        EVAL_SCAN_ABLATE: names.join(','),
        EVAL_SCAN_ABLATE_PROJECTS: JSON.stringify(o.projects),
      },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  if (r.status !== 0)
    throw new Error(`child for ${names.join(',') || 'main'} failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as Outcome;
}

function minus(a: readonly string[], b: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const x of b) left.set(x, (left.get(x) ?? 0) + 1);
  const out: string[] = [];
  for (const x of a) {
    const n = left.get(x) ?? 0;
    if (n > 0) left.set(x, n - 1);
    else out.push(x);
  }
  return out;
}

interface Row {
  name: string;
  catches: Record<Half, { gained: string[]; lost: string[] }>;
  after: Record<Half, { added: string[]; removed: string[] }>;
  clean: Record<Half, { added: string[]; removed: string[] }>;
}

function compare(name: string, base: Outcome, now: Outcome): Row {
  const halves: Half[] = ['tuning', 'held-out'];
  const per = <T>(f: (h: Half) => T) =>
    Object.fromEntries(halves.map((h) => [h, f(h)])) as Record<Half, T>;
  return {
    name,
    catches: per((h) => ({
      gained: minus(now.caught[h], base.caught[h]),
      lost: minus(base.caught[h], now.caught[h]),
    })),
    after: per((h) => ({
      added: minus(now.after[h], base.after[h]),
      removed: minus(base.after[h], now.after[h]),
    })),
    clean: per((h) => ({
      added: minus(now.clean[h], base.clean[h]),
      removed: minus(base.clean[h], now.clean[h]),
    })),
  };
}

function cell(r: Row, h: Half): string {
  const c = r.catches[h];
  const a = r.after[h];
  const k = r.clean[h];
  const catches = `+${c.gained.length}${c.lost.length ? `/−${c.lost.length}` : ''}`;
  const tp = (xs: string[]) => xs.filter((x) => x.endsWith(' tp')).length;
  const more = (xs: string[]) => `+${xs.length}${tp(xs) ? ` (${tp(xs)} tp)` : ''}`;
  return `${catches} | ${more(a.added)} | ${more(k.added)}`;
}

function printBranches(o: Outcome): void {
  const col = (b: Record<string, number>, k: string) => b[k] ?? 0;
  const cell = (b: Record<string, number>, h: Half) => {
    const tp = col(b, `after ${h} tp`) + col(b, `clean ${h} tp`);
    const fp = col(b, `after ${h} fp`) + col(b, `clean ${h} fp`);
    const un = col(b, `clean ${h} unlabelled`);
    const prec = tp + fp === 0 ? 'n/a' : `${Math.round((100 * tp) / (tp + fp))} %`;
    return `${col(b, `catch ${h}`)} | ${col(b, `after ${h} tp`)} / ${col(b, `after ${h} fp`)} | ${col(b, `clean ${h} tp`)} / ${col(b, `clean ${h} fp`)}${un ? ` (+${un} unlabelled)` : ''} | ${prec}`;
  };
  console.log(
    '| branch | tuning: catches | after/ true / false | clean true / false | precision | held-out: catches | after/ true / false | clean true / false | precision |',
  );
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const [name, b] of Object.entries(o.branches).sort(([a], [b]) => a.localeCompare(b)))
    console.log(`| ${name} | ${cell(b, 'tuning')} | ${cell(b, 'held-out')} |`);
}

/**
 * `--ceiling`: the default rules against every rule on with every exemption switched off at
 * once. What the ceiling catches bounds what any trade of precision for recall within the
 * current rules can reach; what it sees (a finding about the leak in the before file, whether or
 * not the after file still reports it) bounds what telling fixes apart could add on top.
 */
function printCeiling(base: Outcome, top: Outcome, clean: boolean): void {
  const count = (o: Outcome, ids: readonly string[], cls: string) =>
    ids.filter((id) => o.classes[id] === cls).length;
  console.log(
    '| half | class | cases | default: caught | seen | ceiling: caught | seen | after/ findings, default → ceiling |' +
      (clean ? ' clean findings, default → ceiling |' : ''),
  );
  console.log('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |' + (clean ? ' ---: |' : ''));
  for (const h of ['tuning', 'held-out'] as const)
    for (const cls of ['syntactic', 'types', 'runtime']) {
      const n = top.total[h][cls] ?? 0;
      console.log(
        `| ${h} | ${cls} | ${n} | ${count(base, base.caught[h], cls)} | ${count(base, base.seen[h], cls)} | ${count(top, top.caught[h], cls)} | ${count(top, top.seen[h], cls)} | ${cls === 'syntactic' ? `${base.after[h].length} → ${top.after[h].length}` : ''} |` +
          (clean
            ? ` ${cls === 'syntactic' ? `${base.clean[h].length} → ${top.clean[h].length}` : ''} |`
            : ''),
      );
    }
}

function main(): void {
  const { values: v, positionals: asked } = parseArgs({
    options: {
      child: { type: 'boolean', default: false },
      markdown: { type: 'boolean', default: false },
      // with the opt-in rules on too (their exemptions change nothing else)
      'all-rules': { type: 'boolean', default: false },
      'no-clean': { type: 'boolean', default: false },
      // no exemption switched off: what each reporting branch finds, true and false
      branches: { type: 'boolean', default: false },
      // every rule on, every exemption off at once, against the default rules (printCeiling)
      ceiling: { type: 'boolean', default: false },
      // export the clean projects into DIR once and reuse them on later runs
      trees: { type: 'string' },
    },
    allowPositionals: true,
    strict: true,
  });
  const trees = v.trees ?? null;
  if (v.child) {
    // The exemptions this child measures without (the parent names them).
    setAblations(parseAblations(process.env.EVAL_SCAN_ABLATE));
    process.stdout.write(JSON.stringify(child(trees, v['all-rules'], v.branches)));
    return;
  }
  for (const a of asked)
    if (!Object.hasOwn(ABLATIONS, a))
      throw new Error(`unknown exemption "${a}"; known: ${Object.keys(ABLATIONS).join(', ')}`);
  const markdown = v.markdown;
  const branches = v.branches;
  if (branches && asked.length > 0) throw new Error('--branches switches no exemption off');
  if (v.ceiling && (asked.length > 0 || branches || v['all-rules']))
    throw new Error('--ceiling takes no exemption names, --branches or --all-rules');
  const names = branches ? [] : asked.length > 0 ? asked : Object.keys(ABLATIONS);
  const dir = v['no-clean'] ? null : (trees ?? mkdtempSync(join(tmpdir(), 'leakguard-ablate-')));
  try {
    // Every run makes sure each tree is there (an existing --trees folder may lack some).
    const projects = dir !== null ? exportTrees(dir) : null;
    const opts: RunOptions = { trees: dir, projects, allRules: v['all-rules'], branches };
    const t0 = performance.now();
    const base = run([], opts);
    if (v.ceiling) {
      printCeiling(base, run(Object.keys(ABLATIONS), { ...opts, allRules: true }), dir !== null);
      return;
    }
    if (branches) {
      printBranches(base);
      return;
    }
    const rows = names.map((n) => compare(n, base, run([n], opts)));
    const head =
      '| exemption switched off | tuning: catches | after/ findings | clean findings | held-out: catches | after/ findings | clean findings |';
    console.log(head);
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of rows)
      console.log(`| \`${r.name}\` | ${cell(r, 'tuning')} | ${cell(r, 'held-out')} |`);
    if (!markdown) {
      console.log('');
      for (const r of rows) {
        const lines: string[] = [];
        for (const h of ['tuning', 'held-out'] as const) {
          for (const id of r.catches[h].gained) lines.push(`  ${h} +catch ${id}`);
          for (const id of r.catches[h].lost) lines.push(`  ${h} -catch ${id}`);
          for (const k of r.after[h].added) lines.push(`  ${h} +after ${k}`);
          for (const k of r.after[h].removed) lines.push(`  ${h} -after ${k}`);
          for (const k of r.clean[h].added) lines.push(`  ${h} +clean ${k}`);
          for (const k of r.clean[h].removed) lines.push(`  ${h} -clean ${k}`);
        }
        if (lines.length > 0) console.log(`${r.name}:\n${lines.join('\n')}`);
      }
      console.log(
        `\n${names.length} exemptions, ${((performance.now() - t0) / 1000).toFixed(0)} s; ${opts.allRules ? 'every rule' : 'the default rules'}; clean corpus ${dir === null ? 'not measured (--no-clean)' : 'measured'}`,
      );
    }
  } finally {
    if (dir !== null && trees === null) rmSync(dir, { recursive: true, force: true });
  }
}

main();
