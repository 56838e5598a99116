/**
 * The clean-code precision corpus (issue #16): labelled scans of mature server projects,
 * committed as `scan-corpus/clean/<owner>__<repo>.json`. This module holds what both the
 * re-scan script (`scripts/scan-clean.ts`, needs the git mirrors) and the fast test
 * (`test/scan/clean-labels.test.ts`, needs nothing but the committed files) use: the file
 * schema and its check, file selection by glob, the figures and the README tables made from
 * the labels.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RULES, OPT_IN_RULES } from '../src/scan/model.js';

export const CLEAN_SETS = ['held-out', 'tuning'] as const;
export type CleanSet = (typeof CLEAN_SETS)[number];

/**
 * False-finding categories. 1–6 are the list ("What the false findings look like");
 * the others were named while labelling.
 */
export const FP_CATEGORIES: Readonly<Record<string, string>> = {
  'once-lifecycle':
    '1. listener added once in a lifecycle hook / setup path on an object that lives as long as the app',
  'short-lived-receiver':
    '2. receiver created locally or owned by one connection/request/operation; it dies with the listener',
  'paired-hooks': '3. add and remove paired in attach/detach-style hooks with the same handler',
  'one-shot': '4. one-shot or self-removing registration (short setTimeout, once, { once: true })',
  guarded: '5. registration guarded against repeats (timer === undefined, membership check)',
  'api-shape':
    '6. wrong API shape (the call is not a subscription, or its result is not a disposer)',
  'cleared-elsewhere':
    'the timer or listener is cleared or removed, through a path the scanner does not follow',
  'process-lifetime':
    'a registration meant to last for the process (CLI entry, worker main, signal handler)',
  'field-set-once':
    'a timer field assigned once per (short-lived) object, so there is no previous timer to clear',
  'loop-fresh-receiver':
    'registration in a loop on a receiver that is a different object in every iteration',
  'self-rescheduling':
    'a timer that re-arms itself from its own callback: the handle it overwrites has already fired',
  'subscribe-method':
    "a public onX(callback) / subscribe method whose job is to register the caller's listener, taken for an event handler",
  unreachable:
    'the registering code never runs in this project (an option no caller turns on, a feature switched off everywhere)',
};

/** The targets for the held-out clean set. */
export const TARGETS = { falsePer10k: 1, precision: 0.5, minHeldOutProjects: 5 } as const;

export interface LabelledFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  message: string;
  /** The source line of the finding, trimmed. */
  source: string;
  verdict: 'tp' | 'fp' | null;
  /** For false findings: a key of FP_CATEGORIES. */
  category?: string;
  note: string;
}

export interface CleanProject {
  repo: string;
  commit: string;
  set: CleanSet;
  /**
   * A fresh held-out batch (`YYYY-MM-DD`, a letter after it for a second one that day): projects
   * added after the others had been measured and read, reported alone as well (README, "A fresh
   * held-out batch").
   */
  batch?: string;
  licence: string;
  include: string[];
  exclude: string[];
  parser: string;
  files: number;
  /** Non-blank lines of the selected files. */
  lines: number;
  findings: LabelledFinding[];
}

/** Exclusions shared by every project: tests, examples, benchmarks, docs, generated code. */
export const COMMON_EXCLUDE = [
  '**/test/**',
  '**/tests/**',
  '**/__tests__/**',
  '**/test-*/**',
  '**/e2e/**',
  '**/*.test.*',
  '**/*.spec.*',
  '**/*-test.*',
  '**/example/**',
  '**/examples/**',
  '**/demo/**',
  '**/bench/**',
  '**/benchmark/**',
  '**/benchmarks/**',
  '**/doc/**',
  '**/docs/**',
  '**/website/**',
  '**/www/**',
  '**/fixtures/**',
  '**/vendor/**',
  '**/dist/**',
  '**/build/**',
  '**/*.min.js',
  '**/*.bundle.js',
  '**/*.d.ts',
  '**/*.d.mts',
  '**/*.d.cts',
  '**/types/**',
  '**/scripts/**',
  '**/*.config.*',
  '**/node_modules/**',
];

/** What `leakguard scan` reads: JavaScript and TypeScript, and component files (.vue, .svelte). */
const SCANNED = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs|vue|svelte)$/;

/** `**` any number of path segments, `*` and `?` within one segment, `{a,b}` alternatives. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      re += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      // An unclosed brace would send the loop back to the start (close = -1) for ever.
      if (close === -1) throw new Error(`unclosed { in the glob ${JSON.stringify(glob)}`);
      const alts = glob.slice(i + 1, close).split(',');
      re += `(?:${alts.map((a) => a.replace(/[.+^$()|[\]\\]/g, '\\$&')).join('|')})`;
      i = close;
    } else re += /[.+^$()|[\]\\]/.test(c) ? `\\${c}` : c;
  }
  return new RegExp(`^${re}$`);
}

/** The scanned files among `paths` (repository-relative, `/`-separated), sorted. */
export function selectFiles(
  paths: readonly string[],
  include: readonly string[],
  exclude: readonly string[],
): string[] {
  const inc = include.map(globToRegExp);
  const exc = exclude.map(globToRegExp);
  return paths
    .filter((p) => SCANNED.test(p) && inc.some((r) => r.test(p)) && !exc.some((r) => r.test(p)))
    .sort();
}

export function nonBlankLines(source: string): number {
  let n = 0;
  for (const line of source.split('\n')) if (line.trim() !== '') n++;
  return n;
}

/**
 * The findings a project file lists, or null for one recorded (repo, commit, globs) but not
 * scanned yet: `scan-clean --write --only <repo>` fills them in.
 */
export function recordedFindings(p: CleanProject): LabelledFinding[] | null {
  const f = (p as Partial<CleanProject>).findings;
  return Array.isArray(f) ? f : null;
}

export function loadProjects(dir: string): { name: string; project: CleanProject }[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({
      name: f,
      project: JSON.parse(readFileSync(join(dir, f), 'utf8')) as CleanProject,
    }));
}

/**
 * The git directory of `repo`'s mirror under `mirrors`, in any of the layouts a fetch leaves:
 * `<owner>+<repo>/repo` (bare), `<owner>+<repo>/repo/.git`, or `<owner>+<repo>` itself.
 */
export function mirrorGitDir(mirrors: string, repo: string): string {
  const base = join(mirrors, repo.replace('/', '+'));
  for (const d of [join(base, 'repo'), join(base, 'repo', '.git'), base])
    if (existsSync(join(d, 'HEAD'))) return d;
  throw new Error(
    `no git mirror of ${repo} under ${mirrors} (tried ${base}/repo, ${base}/repo/.git and ${base})`,
  );
}

export function fileNameOf(repo: string): string {
  return `${repo.replace('/', '__')}.json`;
}

/** Problems with one committed project file; empty when it is well-formed and fully labelled. */
export function checkProject(p: CleanProject, fileName: string): string[] {
  const errs: string[] = [];
  const where = (s: string): string => `${fileName}: ${s}`;
  if (!/^[\w.-]+\/[\w.-]+$/.test(p.repo)) errs.push(where(`bad repo ${String(p.repo)}`));
  else if (fileNameOf(p.repo) !== fileName)
    errs.push(where(`file should be ${fileNameOf(p.repo)}`));
  if (!/^[0-9a-f]{40}$/.test(p.commit)) errs.push(where(`bad commit ${String(p.commit)}`));
  if (!CLEAN_SETS.includes(p.set)) errs.push(where(`bad set ${String(p.set)}`));
  if (p.batch !== undefined) {
    if (typeof p.batch !== 'string' || !/^\d{4}-\d{2}-\d{2}(?:[a-z]|z[a-z])?$/.test(p.batch))
      errs.push(
        where(
          `batch must be a date (YYYY-MM-DD, then a letter for a second batch that day, za…zz after z), not ${String(p.batch)}`,
        ),
      );
    else if (p.set !== 'held-out') errs.push(where('only held-out projects come in a batch'));
  }
  if (typeof p.licence !== 'string' || p.licence === '') errs.push(where('licence missing'));
  if (typeof p.parser !== 'string' || p.parser === '') errs.push(where('parser missing'));
  for (const k of ['include', 'exclude'] as const) {
    if (!Array.isArray(p[k]) || p[k].some((g) => typeof g !== 'string'))
      errs.push(where(`${k} must be a list of globs`));
  }
  if (!Array.isArray(p.include) || p.include.length === 0) errs.push(where('include is empty'));
  for (const k of ['files', 'lines'] as const) {
    if (!Number.isInteger(p[k]) || p[k] <= 0) errs.push(where(`${k} must be a positive integer`));
  }
  if (!Array.isArray(p.findings)) return [...errs, where('findings must be a list')];
  const seen = new Set<string>();
  p.findings.forEach((f, i) => {
    const at = `finding ${i} (${f.file}:${f.line})`;
    if (typeof f.file !== 'string' || f.file === '') errs.push(where(`${at}: file missing`));
    else if (
      Array.isArray(p.include) &&
      Array.isArray(p.exclude) &&
      selectFiles([f.file], p.include, p.exclude).length !== 1
    )
      errs.push(where(`${at}: file is outside include/exclude`));
    if (!Number.isInteger(f.line) || f.line < 1) errs.push(where(`${at}: bad line`));
    if (!Number.isInteger(f.column) || f.column < 1) errs.push(where(`${at}: bad column`));
    if (!/^no-[a-z-]+$/.test(f.rule)) errs.push(where(`${at}: bad rule ${String(f.rule)}`));
    if (typeof f.message !== 'string' || f.message === '') errs.push(where(`${at}: no message`));
    if (typeof f.source !== 'string' || f.source === '') errs.push(where(`${at}: no source`));
    const key = `${f.file}:${f.line}:${f.column}:${f.rule}`;
    if (seen.has(key)) errs.push(where(`${at}: listed twice`));
    seen.add(key);
    if (f.verdict !== 'tp' && f.verdict !== 'fp') errs.push(where(`${at}: not labelled`));
    if (f.verdict === 'fp' && (f.category === undefined || !(f.category in FP_CATEGORIES)))
      errs.push(where(`${at}: false finding without a known category`));
    if (f.verdict === 'tp' && f.category !== undefined)
      errs.push(where(`${at}: a true finding has no category`));
    if (typeof f.note !== 'string' || f.note.trim().length < 10)
      errs.push(where(`${at}: the note must say why (10+ characters)`));
  });
  return errs;
}

export interface Figures {
  projects: number;
  files: number;
  lines: number;
  findings: number;
  tp: number;
  fp: number;
  unlabelled: number;
}

/**
 * The labels are of a scan with every rule on; the figures are those of the rules given, by
 * default the set `leakguard scan` runs (turning a rule off only removes its own findings).
 */
export function figuresOf(
  projects: readonly CleanProject[],
  rules: readonly string[] = DEFAULT_RULES,
): Figures {
  const f: Figures = { projects: 0, files: 0, lines: 0, findings: 0, tp: 0, fp: 0, unlabelled: 0 };
  for (const p of projects) {
    f.projects++;
    f.files += p.files;
    f.lines += p.lines;
    for (const x of p.findings) {
      if (!rules.includes(x.rule)) continue;
      f.findings++;
      if (x.verdict === 'tp') f.tp++;
      else if (x.verdict === 'fp') f.fp++;
      else f.unlabelled++;
    }
  }
  return f;
}

export const per10k = (n: number, lines: number): number =>
  lines === 0 ? 0 : (n * 10_000) / lines;
export const precisionOf = (f: Figures): number | null =>
  f.tp + f.fp === 0 ? null : f.tp / (f.tp + f.fp);

const fmt1 = (x: number): string => x.toFixed(2);
const pct = (x: number | null): string => (x === null ? 'n/a' : `${Math.round(x * 100)} %`);

/** PASS/MISS against the clean-code targets (false per 10k lines, precision). */
export function verdicts(f: Figures): { falseRate: 'PASS' | 'MISS'; precision: 'PASS' | 'MISS' } {
  const prec = precisionOf(f);
  return {
    falseRate: per10k(f.fp, f.lines) <= TARGETS.falsePer10k ? 'PASS' : 'MISS',
    // No findings at all: nothing is false, so precision cannot miss.
    precision: prec === null || prec >= TARGETS.precision ? 'PASS' : 'MISS',
  };
}

function row(name: string, commitOrSet: string, f: Figures, withTargets: boolean): string {
  const v = verdicts(f);
  const cells = [
    name,
    commitOrSet,
    String(f.files),
    String(f.lines),
    String(f.findings),
    String(f.tp),
    String(f.fp),
    fmt1(per10k(f.findings, f.lines)),
    fmt1(per10k(f.fp, f.lines)) + (withTargets ? ` ${v.falseRate}` : ''),
    pct(precisionOf(f)) + (withTargets ? ` ${v.precision}` : ''),
  ];
  return `| ${cells.join(' | ')} |`;
}

/** One line: what turning the opt-in rules on adds to the default set's figures, per set. */
export function optInLine(projects: readonly CleanProject[]): string {
  const per = CLEAN_SETS.map((set) => {
    const f = figuresOf(
      projects.filter((p) => p.set === set),
      OPT_IN_RULES,
    );
    return `${set} +${f.findings} findings (+${f.fp} false, +${f.tp} true)`;
  });
  return `Enabling the opt-in rules too (${OPT_IN_RULES.join(', ')}) adds: ${per.join('; ')}.`;
}

/**
 * The figures table of the README (the default set), then the opt-in line; generated from the
 * labels (the test compares them).
 */
export function figuresTable(projects: readonly CleanProject[]): string {
  const head = [
    '| project | commit / set | files | lines | findings | true | false | findings / 10k | false / 10k (target ≤ 1) | precision (target ≥ 50 %) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  const rows: string[] = [];
  for (const set of CLEAN_SETS) {
    const inSet = projects.filter((p) => p.set === set);
    for (const p of inSet)
      rows.push(row(p.repo, p.commit.slice(0, 10), figuresOf([p]), set === 'held-out'));
    rows.push(
      row(`**${set} set**`, `${inSet.length} projects`, figuresOf(inSet), set === 'held-out'),
    );
    rows.push(...batchRows(inSet).map(([name, n, f]) => row(name, n, f, true)));
  }
  return [...head, ...rows, '', optInLine(projects)].join('\n');
}

/**
 * Rows for the fresh batches of one set: each batch alone, then the set as it was before its
 * first batch (the figures every earlier session reported).
 */
export function batchRows(inSet: readonly CleanProject[]): [string, string, Figures][] {
  const batches = batchesOf(inSet);
  if (batches.length === 0) return [];
  const set = inSet[0]!.set;
  const out: [string, string, Figures][] = batches.map((b) => {
    const inBatch = inSet.filter((p) => p.batch === b);
    return [`**${set}, batch ${b} alone**`, `${inBatch.length} projects`, figuresOf(inBatch)];
  });
  const first = inSet.filter((p) => p.batch === undefined);
  out.push([`**${set}, before any batch**`, `${first.length} projects`, figuresOf(first)]);
  return out;
}

/** The fresh batches among `projects`, oldest first. */
export function batchesOf(projects: readonly CleanProject[]): string[] {
  return [...new Set(projects.flatMap((p) => (p.batch === undefined ? [] : [p.batch])))].sort();
}

/** False-finding categories ranked by count, with up to two examples each. */
export function categoriesTable(projects: readonly CleanProject[]): string {
  const byCat = new Map<string, { repo: string; f: LabelledFinding }[]>();
  for (const p of projects)
    for (const f of p.findings)
      if (
        f.verdict === 'fp' &&
        f.category !== undefined &&
        (DEFAULT_RULES as readonly string[]).includes(f.rule)
      ) {
        const list = byCat.get(f.category) ?? [];
        list.push({ repo: p.repo, f });
        byCat.set(f.category, list);
      }
  const ranked = [...byCat.entries()].sort(
    (a, b) => b[1].length - a[1].length || (a[0] < b[0] ? -1 : 1),
  );
  const lines = [
    '| rank | category | false findings | held-out / tuning | examples |',
    '| ---: | --- | ---: | --- | --- |',
  ];
  ranked.forEach(([cat, list], i) => {
    const held = list.filter(
      (x) => projects.find((p) => p.repo === x.repo)?.set === 'held-out',
    ).length;
    const ex = pickExamples(list)
      .map((x) => `\`${x.repo}\` ${x.f.file}:${x.f.line} — ${x.f.note.replace(/\|/g, '\\|')}`)
      .join('<br>');
    lines.push(
      `| ${i + 1} | \`${cat}\`: ${FP_CATEGORIES[cat] ?? '?'} | ${list.length} | ${held} / ${list.length - held} | ${ex} |`,
    );
  });
  return lines.join('\n');
}

/** Two examples, from two different projects when there are. */
function pickExamples<T extends { repo: string }>(list: readonly T[]): T[] {
  const first = list[0];
  if (first === undefined) return [];
  const other = list.find((x) => x.repo !== first.repo) ?? list[1];
  return other === undefined ? [first] : [first, other];
}

export const MARKERS = {
  figures: ['<!-- figures:start -->', '<!-- figures:end -->'],
  categories: ['<!-- categories:start -->', '<!-- categories:end -->'],
} as const;

/** The text between a pair of markers, or null. */
export function between(text: string, [start, end]: readonly [string, string]): string | null {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b === -1 || b < a) return null;
  return text.slice(a + start.length, b).trim();
}

export function replaceBetween(
  text: string,
  [start, end]: readonly [string, string],
  body: string,
): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b === -1) return `${text.trimEnd()}\n\n${start}\n${body}\n${end}\n`;
  return `${text.slice(0, a + start.length)}\n${body}\n${text.slice(b)}`;
}

/** tsconfig.json, jsconfig.json and the configs they may extend (`tsconfig.base.json`). */
const MODULE_CONFIG = /(?:^|\/)[jt]sconfig[\w.-]*\.json$/;

/**
 * Exports a project's selected files at its pinned commit into a fresh temporary folder
 * (`tree` inside `dir`; the caller removes `dir`), with its package.json files (not scanned:
 * the project pass reads them to tell a library from an application, as in a user's checkout)
 * and its tsconfig.json/jsconfig.json files and the configs they extend (whose `baseUrl` and
 * `paths` the pass resolves imports by). Only the selected files: a mirror may lack large
 * blobs the scan never reads (a fetched snapshot leaves out files over its size limit).
 */
export function exportProjectTree(
  p: CleanProject,
  mirrors: string,
): { dir: string; tree: string; files: string[] } {
  const gitDir = mirrorGitDir(mirrors, p.repo);
  const listed = execFileSync(
    'git',
    ['--git-dir', gitDir, 'ls-tree', '-r', '--name-only', p.commit],
    {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    },
  )
    .split('\n')
    .filter(Boolean);
  const files = selectFiles(listed, p.include, p.exclude);
  const manifests = listed.filter(
    (f) =>
      (f === 'package.json' || f.endsWith('/package.json') || MODULE_CONFIG.test(f)) &&
      !f.includes('node_modules/'),
  );
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-clean-'));
  const tar = join(dir, 'src.tar');
  execFileSync('git', [
    '--git-dir',
    gitDir,
    'archive',
    '--format=tar',
    '-o',
    tar,
    p.commit,
    '--',
    ...files,
    ...manifests,
  ]);
  const tree = join(dir, 'tree');
  mkdirSync(tree);
  execFileSync('tar', ['-x', '-f', tar, '-C', tree]);
  return { dir, tree, files };
}
