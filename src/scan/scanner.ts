// Scans files: read, parse (with or without types), analyse, optionally apply safe fixes.
// A file that cannot be read or parsed is recorded in `errors` and skipped; nothing a single
// file contains can stop the scan.
import type { TSESTree } from '@typescript-eslint/types';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { analyze } from './analyze.js';
import { BaselineMatcher, checkBaseline, readBaselineFile, type Baseline } from './baseline.js';
import { discoverFiles } from './files.js';
import type { Edit, FileError, Finding, RuleId, RuntimeStatus } from './model.js';
import { countFindings, summarize } from './summary.js';
import { checkScanOptions, onlyEnabled, selectedRules, type RuleSelection } from './options.js';
import { isComponentFile } from './sfc.js';
import { checkParser, loadEstree, parseFile, visitorKeys } from './parse.js';
import { fileCalls, projectPassFor, readFileCalls, type ProgramKind } from './project.js';
import {
  mayHaveDirectives,
  suppress,
  type DirectiveProblem,
  type UnusedDirective,
} from './suppress.js';
import { createOracle, createProgram } from './typed.js';
import { readRuntimeReports, realPath } from './runtime.js';
import type { RuntimeOnlySite, RuntimeSites, RuntimeSummary } from './runtime.js';
import type { WorkerInput, WorkerResult } from './worker.js';

export interface ScanOptions {
  /**
   * Files or directories, relative to `cwd`.
   * @default ['.']
   */
  readonly paths?: readonly string[];
  /**
   * Base directory for relative paths and for reported file names.
   * @default process.cwd()
   */
  readonly cwd?: string;
  /**
   * Path of a tsconfig.json: enables the typed path.
   * @default null // syntax only
   */
  readonly tsconfig?: string | null;
  /**
   * Apply the safe fixes and write the files back.
   * @default false
   */
  readonly fix?: boolean;
  /**
   * Called after each file with (done, total), both counts of files.
   * @default undefined // no progress
   */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Worker threads for `scanAsync` (syntax-only, without --fix), a count. Each thread loads its
   * parser itself (oxc-parser when installed; otherwise typescript-estree and TypeScript, about
   * a second), so threads only pay off on very large trees.
   * @default undefined // 1 (no threads) unless the tree has at least 5000 files and the machine at least 4 cores; then one per core, at most 4
   */
  readonly workers?: number;
  /**
   * Rules to turn on or off, over the default set (`DEFAULT_RULES`: every rule but the opt-in
   * ones of `OPT_IN_RULES`), e.g. `{ 'no-repeated-registration': true, 'no-unmanaged-timer':
   * false }`. An unknown rule id is a TypeError. Turning a rule off only removes its findings:
   * the others are what they are with every rule on.
   * @default undefined // the default set
   */
  readonly rules?: RuleSelection;
  /**
   * Report every `leakguard-disable-…` directive that silenced nothing (per rule it names, or
   * once for one naming none) in `ScanResult.unusedDirectives`. A rule that did not run is
   * never "unused"; `eslint-disable-…` comments are left to ESLint's own option of this name.
   * @default false
   */
  readonly reportUnusedDisableDirectives?: boolean;
  /**
   * Accepted findings: a baseline file (path relative to `cwd`, written by `leakguard scan
   * --write-baseline` or from `createBaseline()`), or the baseline itself. Findings it accepts
   * are left out of `reports` and counted in `summary.baselined`; `--fix` leaves them alone. A
   * missing or malformed baseline is a `BaselineError` (a `UsageError`) naming the problem.
   * @default undefined // no baseline: every finding is reported
   */
  readonly baseline?: string | Baseline;
  /**
   * Runtime reports to weigh the findings with (paths relative to `cwd`): the final reports of
   * the runtime finder (`leakguard watch --report`, `LEAKGUARD_REPORT`), from a run of the app
   * or its tests. Each finding gets `runtime`: `growing` when its call kept growing in a run,
   * `carried` when it grew only because its receivers were kept alive by something else, `ran`
   * when it made resources that did not grow, `not-seen` when no run saw it make
   * anything; the counts are in `summary.runtime`. A missing or unusable report is a `RuntimeReportError`
   * (a `UsageError`) naming it.
   * @default undefined // no runtime evidence
   */
  readonly runtime?: readonly string[];
  /**
   * With `runtime`: report only findings with one of these statuses (e.g. `['growing']`);
   * the others are counted in `summary.runtime.hidden`.
   * @default undefined // every finding
   */
  readonly runtimeStatus?: readonly RuntimeStatus[];
  /**
   * What the scanned packages are to the project pass (docs/scan.md, "The project pass"), which
   * drops findings in code the scanned files run a bounded number of times: `'application'`
   * (nothing outside them calls into them), `'library'` (exports and public methods may be
   * called from outside any number of times) or `'auto'` (per file, from its nearest package.json).
   * @default 'auto'
   */
  readonly programKind?: 'auto' | ProgramKind;
  /**
   * Say, on each finding the project pass could have dropped and did not, why: the function
   * around it and why that function may run any number of times (used as a value, no caller in
   * the scanned files, called in a loop, a callback per event…), up its callers (`why`).
   * @default false
   */
  readonly why?: boolean;
}

/** Below this many files, starting threads (each loads a parser) costs more than it saves. */
const PARALLEL_MIN_FILES = 5000;
const PARALLEL_MIN_CORES = 4;

export interface FileReport {
  /** Path relative to `cwd`, with `/` separators. */
  readonly file: string;
  readonly source: string;
  readonly findings: readonly Finding[];
}

/**
 * A disable comment the scanner could not honour: it names an unknown rule, or it is a
 * `-line` / `-next-line` directive in a block comment that spans lines (an error in ESLint too).
 */
export interface FileDirectiveProblem extends DirectiveProblem {
  /** Path relative to `cwd`, with `/` separators. */
  readonly file: string;
}

/** A `leakguard-disable-…` directive (or one rule it names) that silenced no finding. */
export interface FileUnusedDirective extends UnusedDirective {
  /** Path relative to `cwd`, with `/` separators. */
  readonly file: string;
}

export interface ScanSummary {
  readonly files: number;
  readonly lines: number;
  readonly filesWithFindings: number;
  readonly findings: number;
  /** Findings silenced by `leakguard-disable-…` / `eslint-disable-… leakguard/<rule>` comments. */
  readonly silenced: number;
  /** Disable comments the scanner could not honour (listed in `ScanResult.directiveProblems`). */
  readonly directiveProblems: number;
  /**
   * Unused disable directives (listed in `ScanResult.unusedDirectives`); only with
   * `reportUnusedDisableDirectives`, absent otherwise.
   */
  readonly unusedDirectives?: number;
  /** Only with a baseline: findings it accepted (not in `findings`). */
  readonly baselined?: number;
  /**
   * Only with a baseline: findings it lists that the scanned files no longer have (fixed, or
   * their code changed); writing the baseline again drops them. Files not scanned are not counted.
   */
  readonly baselineFixed?: number;
  /** Only with `runtime`: findings by runtime status, and the reports read. */
  readonly runtime?: RuntimeSummary;
  readonly fixed: number;
  readonly byRule: Readonly<Record<RuleId, number>>;
  readonly byDirectory: Readonly<Record<string, number>>;
  readonly errors: number;
  readonly typed: boolean;
  /**
   * The rules that ran, in `RULE_IDS` order: a rule missing here did not run, so its 0 in
   * `byRule` says nothing about the code.
   */
  readonly rules: readonly RuleId[];
  readonly durationMs: number;
}

export interface ScanResult {
  readonly reports: readonly FileReport[];
  readonly errors: readonly FileError[];
  readonly directiveProblems: readonly FileDirectiveProblem[];
  /** Only with `reportUnusedDisableDirectives` (then present, maybe empty). */
  readonly unusedDirectives?: readonly FileUnusedDirective[];
  /**
   * Only with `runtime` (then present, maybe empty): sites that kept growing in a run, in the
   * scanned files, where no reported finding lies — leaks no rule describes, or whose finding is
   * silenced or baselined. Sites that grew by themselves first, then carried ones; fastest first.
   */
  readonly runtimeOnly?: readonly RuntimeOnlySite[];
  readonly summary: ScanSummary;
}

const MAX_FIX_PASSES = 3;

export function applyEdits(src: string, edits: readonly Edit[]): { text: string; applied: number } {
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  let text = src;
  let lastStart = Infinity;
  let applied = 0;
  for (const e of sorted) {
    if (e.end > lastStart) continue; // overlaps an edit already applied: leave for the next pass
    text = text.slice(0, e.start) + e.text + text.slice(e.end);
    lastStart = e.start;
    applied++;
  }
  return { text, applied };
}

export function scan(options: ScanOptions = {}): ScanResult {
  checkScanOptions(options);
  const sites = runtimeSites(options);
  const result = scanFiles(options);
  return sites === null ? result : weigh(result, sites, options);
}

/** The runtime reports of the `runtime` option, read before any file is scanned; or null. */
function runtimeSites(options: ScanOptions): RuntimeSites | null {
  if (options.runtime === undefined || options.runtime.length === 0) return null;
  return readRuntimeReports(options.runtime, options.cwd ?? process.cwd());
}

/**
 * Adds each finding's runtime evidence, keeps those `runtimeStatus` asks for, and counts them
 * by status in `summary.runtime`.
 */
function weigh(result: ScanResult, sites: RuntimeSites, options: ScanOptions): ScanResult {
  const cwd = options.cwd ?? process.cwd();
  const keep = options.runtimeStatus === undefined ? null : new Set(options.runtimeStatus);
  const counts = { growing: 0, carried: 0, ran: 0, 'not-seen': 0 };
  let hidden = 0;
  const reports: FileReport[] = [];
  for (const r of result.reports) {
    const evidence = sites.evidenceFor(resolve(cwd, r.file), r.source, r.findings);
    const findings: Finding[] = [];
    r.findings.forEach((f, i) => {
      const runtime = evidence[i]!;
      counts[runtime.status]++;
      if (keep !== null && !keep.has(runtime.status)) hidden++;
      else findings.push({ ...f, runtime });
    });
    if (findings.length > 0) reports.push({ ...r, findings });
  }
  // Every finding was matched above (the hidden ones too): what is left grew unseen by the rules.
  const scanned = new Map(
    discoverFiles(options.paths ?? ['.'], cwd).files.map((f) => [realPath(f), rel(cwd, f)]),
  );
  const runtimeOnly = sites.unmatchedGrowing(scanned);
  return {
    ...result,
    reports,
    runtimeOnly,
    summary: {
      ...result.summary,
      ...countFindings(reports),
      runtime: {
        reports: sites.reports,
        growing: counts.growing,
        carried: counts.carried,
        ran: counts.ran,
        notSeen: counts['not-seen'],
        hidden,
        runtimeOnly: runtimeOnly.length,
      },
    },
  };
}

function scanFiles(options: ScanOptions): ScanResult {
  const t0 = performance.now();
  const enabled = selectedRules(options.rules);
  const cwd = options.cwd ?? process.cwd();
  const found = discoverFiles(options.paths ?? ['.'], cwd);
  const errors: FileError[] = found.errors.map((e) => ({
    file: rel(cwd, e.file),
    message: e.message,
  }));
  checkParser(); // fail early, once, if the optional peer dependency is missing
  const matcher = baselineMatcher(options.baseline, cwd);
  const program = options.tsconfig
    ? createProgram(resolve(cwd, options.tsconfig), found.files)
    : null;
  const checker = program?.getTypeChecker() ?? null;
  const project = projectPassFor(options.programKind, options.why === true ? cwd : null);
  // --fix must know what the pass drops before it fixes anything: read every file's calls first.
  if (options.fix === true) for (const abs of found.files) readFileCalls(project, abs);
  const pending: { abs: string; source: string; findings: Finding[] }[] = [];
  const reports: FileReport[] = [];
  const directiveProblems: FileDirectiveProblem[] = [];
  const reportUnused = options.reportUnusedDisableDirectives === true;
  const unused: FileUnusedDirective[] | null = reportUnused ? [] : null;
  let silenced = 0;
  let lines = 0;
  let fixed = 0;
  const total = found.files.length;
  let done = 0;
  for (const abs of found.files) {
    let source: string;
    try {
      source = readFileSync(abs, 'utf8');
    } catch (e) {
      errors.push({ file: rel(cwd, abs), message: `cannot read: ${(e as Error).message}` });
      project.unreadable();
      options.onProgress?.(++done, total);
      continue;
    }
    lines += countLines(source);
    try {
      let found = analyzeSource(source, abs, program, checker, enabled);
      const file = matcher === null ? '' : rel(cwd, abs);
      if (options.fix === true) {
        for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
          // What the baseline accepts is left as it is: only new findings are fixed.
          const mine = project.keep(abs, found.findings);
          const open = matcher === null ? mine : matcher.split(file, source, mine).kept;
          const edits = open.flatMap((f) => f.fix ?? []);
          if (edits.length === 0) break;
          const out = applyEdits(source, edits);
          source = out.text;
          fixed += out.applied;
          writeFileSync(abs, source);
          // The program holds the old text: re-analyse the fixed text syntactically.
          found = analyzeSource(source, abs, null, null, enabled);
          project.set(abs, fileCalls(found.ast, visitorKeys()));
        }
      }
      if (options.fix !== true) project.set(abs, fileCalls(found.ast, visitorKeys()));
      const kept = suppress(source, found.ast.comments ?? [], found.findings, {
        reportUnused,
        enabled,
        program: found.ast,
      });
      silenced += kept.silenced;
      for (const p of kept.problems) directiveProblems.push({ file: rel(cwd, abs), ...p });
      for (const u of kept.unused ?? []) unused?.push({ file: rel(cwd, abs), ...u });
      if (kept.findings.length > 0) pending.push({ abs, source, findings: kept.findings });
    } catch (e) {
      errors.push({
        file: rel(cwd, abs),
        message: `cannot parse: ${firstLine((e as Error).message)}`,
      });
      project.unparsed(abs, source);
    }
    options.onProgress?.(++done, total);
  }
  // Every file is read: the project pass can now tell bounded code, then the baseline takes
  // what it accepts of the rest.
  for (const p of pending) {
    const mine = project.keep(p.abs, p.findings);
    // path.relative is costly next to a small file's scan: only for files that are reported.
    const file = rel(cwd, p.abs);
    const findings = matcher === null ? mine : matcher.take(file, p.source, mine);
    if (findings.length > 0) reports.push({ file, source: p.source, findings });
  }
  return {
    reports,
    errors,
    directiveProblems,
    ...(unused !== null ? { unusedDirectives: unused } : {}),
    summary: summarize(
      reports,
      errors,
      directiveProblems,
      unused,
      silenced,
      total,
      lines,
      fixed,
      program !== null,
      enabled,
      performance.now() - t0,
      matcher === null
        ? null
        : { baselined: matcher.accepted, fixed: matcher.fixed(relSet(cwd, found.files)) },
    ),
  };
}

/** The matcher for the `baseline` option (read from a file relative to `cwd`), or null. */
function baselineMatcher(b: string | Baseline | undefined, cwd: string): BaselineMatcher | null {
  if (b === undefined) return null;
  return new BaselineMatcher(
    typeof b === 'string' ? readBaselineFile(resolve(cwd, b)) : checkBaseline(b, 'option'),
  );
}

function relSet(cwd: string, files: readonly string[]): Set<string> {
  return new Set(files.map((f) => rel(cwd, f)));
}

function analyzeSource(
  source: string,
  abs: string,
  program: import('typescript').Program | null,
  checker: import('typescript').TypeChecker | null,
  enabled: ReadonlySet<RuleId>,
): Analyzed {
  const all = analyzeAll(source, abs, program, checker);
  return { ...all, findings: onlyEnabled(all.findings, enabled) };
}

/** A file's findings, and the parsed file: its comments hold the directives (see suppress.ts). */
interface Analyzed {
  readonly findings: Finding[];
  readonly ast: TSESTree.Program;
}

function analyzeAll(
  source: string,
  abs: string,
  program: import('typescript').Program | null,
  checker: import('typescript').TypeChecker | null,
): Analyzed {
  const jsx = /\.[jt]sx$/.test(abs);
  if (
    program !== null &&
    checker !== null &&
    !isComponentFile(abs) &&
    program.getSourceFile(abs) !== undefined
  ) {
    const { ast, services } = loadEstree().parseAndGenerateServices(source, {
      filePath: abs,
      programs: [program],
      range: true,
      loc: true,
      comment: mayHaveDirectives(source),
      tokens: false,
      jsx,
      allowInvalidAST: true, // as the syntax-only parse does (parse.ts)
      suppressDeprecatedPropertyWarnings: true,
    });
    const map = services.esTreeNodeToTSNodeMap;
    const findings = analyze(ast, source, {
      jsx,
      oracle: createOracle(checker, { get: (n) => map.get(n) }),
      visitorKeys: visitorKeys(),
    });
    return { findings, ast };
  }
  const ast = parseFile(source, abs);
  return { findings: analyze(ast, source, { jsx, visitorKeys: visitorKeys() }), ast };
}

function rel(cwd: string, abs: string): string {
  const r = relative(cwd, abs);
  return (r === '' ? '.' : r).split(sep).join('/');
}

function countLines(s: string): number {
  let n = 1;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}

function firstLine(s: string): string {
  return s.split('\n')[0] ?? s;
}

/**
 * Like `scan`, but spreads a syntax-only scan of a large tree over worker threads. Typed scans
 * (one shared program) and --fix (writes files) always run on the calling thread.
 */
export async function scanAsync(options: ScanOptions = {}): Promise<ScanResult> {
  checkScanOptions(options);
  const sites = runtimeSites(options);
  const result = await scanFilesAsync(options);
  return sites === null ? result : weigh(result, sites, options);
}

async function scanFilesAsync(options: ScanOptions): Promise<ScanResult> {
  if (options.fix === true || (options.tsconfig ?? null) !== null) return scanFiles(options);
  const t0 = performance.now();
  const cwd = options.cwd ?? process.cwd();
  const found = discoverFiles(options.paths ?? ['.'], cwd);
  const total = found.files.length;
  const n = Math.max(
    1,
    Math.min(
      options.workers ??
        (total >= PARALLEL_MIN_FILES && availableParallelism() >= PARALLEL_MIN_CORES
          ? Math.min(availableParallelism(), 4)
          : 1),
      total,
    ),
  );
  if (n <= 1) return scanFiles(options);
  checkParser();
  const matcher = baselineMatcher(options.baseline, cwd);
  const enabled = selectedRules(options.rules);
  const reportUnused = options.reportUnusedDisableDirectives === true;
  // Interleave so that every worker gets a similar mix of small and large files.
  const chunks: string[][] = Array.from({ length: n }, () => []);
  found.files.forEach((f, i) => chunks[i % n]!.push(f));
  const results: WorkerResult[] = [];
  let done = 0;
  await Promise.all(
    chunks.map(
      (files) =>
        new Promise<void>((resolvePromise, reject) => {
          const w = startWorker({ files, rules: [...enabled], reportUnused });
          w.on('message', (batch: WorkerResult[]) => {
            results.push(...batch);
            done += batch.length;
            options.onProgress?.(done, total);
          });
          w.once('error', reject);
          w.once('exit', (code) =>
            code === 0 ? resolvePromise() : reject(new Error(`scan worker exited with ${code}`)),
          );
        }),
    ),
  );
  const errors: FileError[] = found.errors.map((e) => ({
    file: rel(cwd, e.file),
    message: e.message,
  }));
  const reports: FileReport[] = [];
  const directiveProblems: FileDirectiveProblem[] = [];
  const unused: FileUnusedDirective[] | null = reportUnused ? [] : null;
  let silenced = 0;
  let lines = 0;
  results.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const project = projectPassFor(options.programKind, options.why === true ? cwd : null);
  // A file that was not read has no calls; one that did not parse has its words (textCalls).
  for (const r of results)
    if (r.calls === undefined) project.unreadable();
    else project.set(r.file, r.calls);
  for (const r of results) {
    lines += r.lines;
    if ('error' in r) {
      errors.push({ file: rel(cwd, r.file), message: r.error });
      continue;
    }
    silenced += r.silenced;
    for (const p of r.problems) directiveProblems.push({ file: rel(cwd, r.file), ...p });
    for (const u of r.unused ?? []) unused?.push({ file: rel(cwd, r.file), ...u });
    if (r.findings.length > 0) {
      // Sources travel back only for files with findings (code frames need them).
      const file = rel(cwd, r.file);
      const source = readFileSync(r.file, 'utf8');
      const mine = project.keep(r.file, r.findings);
      const findings = matcher === null ? mine : matcher.take(file, source, mine);
      if (findings.length > 0) reports.push({ file, source, findings });
    }
  }
  return {
    reports,
    errors,
    directiveProblems,
    ...(unused !== null ? { unusedDirectives: unused } : {}),
    summary: summarize(
      reports,
      errors,
      directiveProblems,
      unused,
      silenced,
      total,
      lines,
      0,
      false,
      enabled,
      performance.now() - t0,
      matcher === null
        ? null
        : { baselined: matcher.accepted, fixed: matcher.fixed(relSet(cwd, found.files)) },
    ),
  };
}

/**
 * Starts a scan worker: worker.js next to this module, or, when running from TypeScript source
 * (tests, benchmarks), worker.ts loaded through tsx's API (a loader passed with --import does
 * not reach worker threads on every Node version).
 */
function startWorker(input: WorkerInput): Worker {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith('.js')) {
    return new Worker(pathToFileURL(here.replace(/scanner\.js$/, 'worker.js')), {
      workerData: input,
    });
  }
  const tsxRoot = dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(resolve(tsxRoot, 'dist/esm/api/index.mjs')).href;
  const target = pathToFileURL(here.replace(/scanner\.ts$/, 'worker.ts')).href;
  const code = `import(${JSON.stringify(api)}).then((m) => m.tsImport(${JSON.stringify(target)}, ${JSON.stringify(import.meta.url)}))`;
  return new Worker(code, { eval: true, workerData: input });
}
