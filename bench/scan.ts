// Speed of `leakguard scan`, against baselines measured in the same run (the machine may be
// shared: absolute lines/s vary with its load, the ratios to a bare parse much less):
// 1. syntax-only scan: lines/s, and its ratio to a bare parse of the same files by the same
//    parser (what reading, analysing and reporting cost on top of parsing). The scan uses
//    oxc-parser when it is installed (a devDependency here) and typescript-estree otherwise;
//    LEAKGUARD_SCAN_PARSER=typescript-estree hides oxc from the scan, to measure the fallback.
//    The typescript-estree figures come from the same scan run in a child process with
//    LEAKGUARD_SCAN_PARSER=typescript-estree on the same files, which times its own bare parse.
// 1b. the same on real code: the before/ files of the fix corpus (real leak fixes from public
//    repositories, committed under scan-corpus/fixes), where the generated project is the dense
//    case (every module registers listeners and timers and has a finding).
// 2. typed scan of the generated project vs typescript-eslint's `no-floating-promises` run
//    through ESLint on the same project (target: ratio <= 1.5).
// Targets, printed as PASS/MISS lines: the absolute ones (>= 50k lines/s with
// oxc-parser, >= 25k lines/s with typescript-estree alone), and the ones that do not depend on
// the machine's load: the scan at most SCAN_RATIO_TARGET times the bare parse, for each parser.
// Usage: npm run bench scan   (env SCAN_BENCH_FILES=1000 to change the generated project's
// size, SCAN_BENCH_DIR=<dir> to scan an existing tree instead (untyped part only),
// SCAN_BENCH_TYPED=0 to skip part 2, SCAN_BENCH_REAL=0 to skip part 1b)
import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import tseslint from 'typescript-eslint';
import { parse } from '@typescript-eslint/typescript-estree';
import { scan, scanAsync } from '../src/scan/scanner.js';
import { discoverFiles } from '../src/scan/files.js';
import { loadOxc, parseFile } from '../src/scan/parse.js';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const FILES = Number(process.env.SCAN_BENCH_FILES ?? 1000);
/** An existing tree to scan instead of the generated project (untyped part only). */
const BENCH_DIR = process.env.SCAN_BENCH_DIR;
const ROUNDS = 3;
/** Untyped rounds: more than the typed part, for the best times the targets are read from. */
const UNTYPED_ROUNDS = 5;
/** Set in the child that measures the typescript-estree fallback: the project to scan. */
const CHILD_DIR = process.env.SCAN_BENCH_CHILD_DIR;
const OXC_TARGET = 50_000;
const ESTREE_TARGET = 25_000;
/**
 * The scan's time as a multiple of a bare parse of the same files by the same parser, same run:
 * reading the files, the analysis and the report may cost at most as much as the parse again.
 */
const SCAN_RATIO_TARGET = 2;

function verdict(label: string, rate: number, target: number): string {
  return `${rate >= target ? 'PASS' : 'MISS'} untyped ${label} >= ${target.toLocaleString('en')} lines/s: ${Math.round(rate).toLocaleString('en')} lines/s (${(rate / target).toFixed(2)}x of target)`;
}

/**
 * The ratio of the best scan to the best bare parse (noise only adds time, so the best of each
 * is the closest to its cost), with the range of the per-round ratios (each round times the
 * parse and then the scan, back to back) to show how much the load moved them.
 */
function ratioVerdict(label: string, best: number, ratios: readonly number[]): string {
  return `${best <= SCAN_RATIO_TARGET ? 'PASS' : 'MISS'} untyped ${label}: scan <= ${SCAN_RATIO_TARGET}x of a bare parse in the same run: ${best.toFixed(2)}x (best times; per round ${Math.min(...ratios).toFixed(2)}x-${Math.max(...ratios).toFixed(2)}x, median ${median(ratios).toFixed(2)}x)`;
}

function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function perSecond(lines: number, ms: number): string {
  return `${Math.round(lines / (ms / 1000)).toLocaleString('en')} lines/s`;
}

function load(): string {
  return loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
}

/**
 * typescript-estree with the scanner's settings (no JSDoc, no grammar checks beyond TypeScript's
 * own, file path for the script kind: src/scan/parse.ts).
 */
function estreeParseAll(files: readonly string[], sources: readonly string[]): void {
  for (let i = 0; i < files.length; i++) {
    try {
      parse(sources[i]!, {
        filePath: files[i]!,
        range: true,
        loc: true,
        jsx: /\.[jt]sx$/.test(files[i]!),
        jsDocParsingMode: 'none',
        allowInvalidAST: true,
        suppressDeprecatedPropertyWarnings: true,
      });
    } catch {
      // a file the parser rejects costs the scan the same failed parse
    }
  }
}

interface ChildRates {
  /** Best lines/s. */
  readonly scan: number;
  readonly parse: number;
  /** Per-round scan / bare parse time. */
  readonly ratios: readonly number[];
}

/** Lines/s of scan() and of a bare parse with typescript-estree alone, in a child without oxc. */
function estreeRatesInChild(dir: string): ChildRates | null {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url)],
    {
      env: {
        ...process.env,
        LEAKGUARD_SCAN_PARSER: 'typescript-estree',
        SCAN_BENCH_CHILD_DIR: dir,
      },
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const m = /^RATES (\S+) (\S+) (\S+)$/m.exec(r.stdout);
  return m === null
    ? null
    : { scan: Number(m[1]), parse: Number(m[2]), ratios: m[3]!.split(',').map(Number) };
}

/**
 * The child: best of ROUNDS syntax-only scans and bare typescript-estree parses (alternating,
 * after a warm-up) of the parent's files.
 */
function childMain(dir: string): void {
  const files = discoverFiles(['.'], dir).files;
  const sources = files.map((f) => readFileSync(f, 'utf8'));
  const lines = sources.reduce((n, s) => n + s.split('\n').length, 0);
  const scanMs: number[] = [];
  const parseMs: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < UNTYPED_ROUNDS + 1; r++) {
    globalThis.gc?.();
    const p = time(() => estreeParseAll(files, sources));
    globalThis.gc?.();
    const s = time(() => scan({ cwd: dir }));
    if (r === 0) continue;
    parseMs.push(p.ms);
    scanMs.push(s.ms);
    ratios.push(s.ms / p.ms);
  }
  console.log(
    `RATES ${lines / (best(scanMs) / 1000)} ${lines / (best(parseMs) / 1000)} ${ratios.join(',')}`,
  );
}

/** One module of a plausible server: an emitter-driven service with timers and async calls. */
function moduleSource(i: number): string {
  const dep = i > 0 ? `import { Service${i - 1} } from './m${i - 1}.js';` : '';
  const depField = i > 0 ? `private readonly peer = new Service${i - 1}(this.bus);` : '';
  return `import { EventEmitter } from 'node:events';
${dep}

export interface Message${i} {
  readonly id: number;
  readonly body: string;
  readonly at: Date;
}

export async function load${i}(id: number): Promise<Message${i}> {
  return { id, body: String(id), at: new Date() };
}

export class Service${i} {
  private timer: NodeJS.Timeout | undefined;
  private readonly seen = new Map<number, Message${i}>();
  ${depField}

  constructor(private readonly bus: EventEmitter) {
    bus.on('message', this.onMessage);
    bus.on('close', () => this.stop());
    this.timer = setInterval(() => this.flush(), 1000);
  }

  private onMessage = (m: Message${i}): void => {
    this.seen.set(m.id, m);
    if (this.seen.size > 100) this.flush();
    load${i}(m.id);
  };

  async refresh(ids: readonly number[]): Promise<number> {
    let total = 0;
    for (const id of ids) {
      const m = await load${i}(id);
      total += m.body.length;
    }
    setTimeout(() => this.bus.emit('refreshed', total), 10);
    return total;
  }

  flush(): void {
    for (const [id, m] of this.seen) {
      if (Date.now() - m.at.getTime() > 60_000) this.seen.delete(id);
    }
  }

  stop(): void {
    clearInterval(this.timer);
    this.bus.off('message', this.onMessage);
  }
}
`;
}

function generate(n: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-'));
  try {
    mkdirSync(join(dir, 'src'));
    for (let i = 0; i < n; i++) writeFileSync(join(dir, 'src', `m${i}.ts`), moduleSource(i));
    writeFileSync(
      join(dir, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          target: 'ES2022',
          module: 'NodeNext',
          moduleResolution: 'NodeNext',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ['node'],
          typeRoots: [join(repo, 'node_modules', '@types')],
        },
        include: ['src/**/*.ts'],
      }),
    );
  } catch (e) {
    // main() removes the dir once it has it; until then (a full disk), this does
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

function time<T>(fn: () => T): { ms: number; value: T } {
  const t0 = performance.now();
  const value = fn();
  return { ms: performance.now() - t0, value };
}

async function timeAsync<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const t0 = performance.now();
  const value = await fn();
  return { ms: performance.now() - t0, value };
}

function best(xs: number[]): number {
  return Math.min(...xs);
}

/**
 * Part 1 on one tree: the syntax-only scan against a bare parse by the same parser, same rounds,
 * in this process (oxc) and in a child (typescript-estree alone); prints the figures and the
 * PASS/MISS lines. Returns the files and their lines (part 2 reads them).
 */
async function untyped(dir: string, title: string): Promise<{ files: string[]; lines: number }> {
  const files = discoverFiles(['.'], dir).files;
  const sources = files.map((f) => readFileSync(f, 'utf8'));
  const lines = sources.reduce((n, s) => n + s.split('\n').length, 0);
  console.log(`\n${title}: ${files.length} files, ${lines} lines (${dir}); load average ${load()}`);
  const parseMs: number[] = [];
  const oxcMs: number[] = [];
  const scanMs: number[] = [];
  const ratios: number[] = [];
  const oxc = loadOxc();
  let findings = 0;
  for (let r = 0; r < UNTYPED_ROUNDS + 1; r++) {
    // Same parser settings as the scanner, and a collection before each timed section so
    // neither pays for the other's garbage. The oxc baseline is the scan's own parse call
    // (oxc, and typescript-estree for a file oxc rejects).
    globalThis.gc?.();
    const p = time(() => estreeParseAll(files, sources));
    globalThis.gc?.();
    const o =
      oxc === null
        ? null
        : time(() =>
            files.forEach((f, i) => {
              try {
                parseFile(sources[i]!, f);
              } catch {
                // rejected by both parsers: the scan pays the same failed parses
              }
            }),
          );
    globalThis.gc?.();
    const s = time(() => scan({ cwd: dir }));
    if (r === 0) continue; // warm-up: JIT and module loading
    parseMs.push(p.ms);
    if (o !== null) oxcMs.push(o.ms);
    scanMs.push(s.ms);
    ratios.push(s.ms / (o === null ? p.ms : o.ms));
    findings = s.value.summary.findings;
  }
  const parallelMs: number[] = [];
  for (let r = 0; r < ROUNDS + 1; r++) {
    globalThis.gc?.();
    const t0 = performance.now();
    const res = await scanAsync({ cwd: dir, workers: 2 });
    if (r > 0) parallelMs.push(performance.now() - t0);
    if (res.summary.findings !== findings) throw new Error('parallel scan disagrees with scan()');
  }
  const untypedRate = lines / (best(scanMs) / 1000);
  console.log(
    `syntax-only scan, best of ${UNTYPED_ROUNDS} (parser: ${oxc === null ? 'typescript-estree' : 'oxc-parser, typescript-estree as fallback'}; ${findings} findings):`,
  );
  console.log(
    `  bare typescript-estree parse (scanner's settings): ${best(parseMs).toFixed(0)} ms, ${perSecond(lines, best(parseMs))}`,
  );
  if (oxc !== null)
    console.log(
      `  bare oxc-parser parse (the scan's parse call):     ${best(oxcMs).toFixed(0)} ms, ${perSecond(lines, best(oxcMs))}`,
    );
  console.log(
    `  scan:                                             ${best(scanMs).toFixed(0)} ms, ${perSecond(lines, best(scanMs))}`,
  );
  console.log(
    `  ratio scan / bare parse by the scan's parser (${oxc === null ? 'typescript-estree' : 'oxc'}), best times: ${(best(scanMs) / best(oxc === null ? parseMs : oxcMs)).toFixed(2)}x`,
  );
  console.log(
    `  forced 2 worker threads (the CLI only uses threads from 5000 files on >= 4 cores): ${best(parallelMs).toFixed(0)} ms, ${perSecond(lines, best(parallelMs))}`,
  );
  // The targets: oxc is what the CLI uses when installed; typescript-estree is the fallback.
  const estree: ChildRates | null =
    oxc === null ? { scan: untypedRate, parse: lines / (best(parseMs) / 1000), ratios } : null;
  const child = estree ?? estreeRatesInChild(dir);
  if (oxc === null)
    console.log('MISS untyped with oxc-parser: oxc-parser is not installed or does not load');
  else {
    console.log(verdict('with oxc-parser', untypedRate, OXC_TARGET));
    console.log(ratioVerdict('with oxc-parser', best(scanMs) / best(oxcMs), ratios));
  }
  if (child === null) console.log('MISS untyped with typescript-estree alone: the child failed');
  else {
    if (oxc !== null)
      console.log(
        `  typescript-estree alone (child process): scan ${Math.round(child.scan).toLocaleString('en')} lines/s, bare parse ${Math.round(child.parse).toLocaleString('en')} lines/s`,
      );
    console.log(verdict('with typescript-estree alone', child.scan, ESTREE_TARGET));
    console.log(
      ratioVerdict('with typescript-estree alone', child.parse / child.scan, child.ratios),
    );
  }
  return { files, lines };
}

/**
 * Real code: the `before/` files of the fix corpus (scan-corpus/fixes/cases, committed, so the
 * bench needs no network), each case in its own folder of a fresh temporary tree.
 */
function realCodeTree(): string {
  const cases = join(repo, 'scan-corpus/fixes/cases');
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-bench-real-'));
  try {
    for (const c of readdirSync(cases)) {
      const before = join(cases, c, 'before');
      if (existsSync(before)) cpSync(before, join(dir, c), { recursive: true });
    }
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  return dir;
}

async function main(): Promise<void> {
  if (CHILD_DIR !== undefined) return childMain(CHILD_DIR);
  const dir = BENCH_DIR ?? generate(FILES);
  try {
    // 1. syntax-only scan vs bare parse: the generated project (dense: every module registers
    // listeners and timers), then real code
    const { files, lines } = await untyped(
      dir,
      BENCH_DIR === undefined ? '1. generated project' : '1. tree',
    );
    if (BENCH_DIR === undefined && process.env.SCAN_BENCH_REAL !== '0') {
      const real = realCodeTree();
      try {
        await untyped(real, "1b. real code, the fix corpus's before/ files");
      } finally {
        rmSync(real, { recursive: true, force: true });
      }
    }
    console.log(`load average after part 1: ${load()}`);

    // 2. typed scan vs typescript-eslint no-floating-promises, same project, same run
    if (process.env.SCAN_BENCH_TYPED === '0' || BENCH_DIR !== undefined) return;
    const eslint = new ESLint({
      cwd: dir,
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: {
            parser: tsParser,
            parserOptions: { project: './tsconfig.json', tsconfigRootDir: dir },
          },
          plugins: { '@typescript-eslint': tseslint.plugin as unknown as ESLint.Plugin },
          rules: { '@typescript-eslint/no-floating-promises': 'error' },
        },
      ],
    });
    const baseMs: number[] = [];
    const typedMs: number[] = [];
    let floating = 0;
    let typedFindings = 0;
    for (let r = 0; r < ROUNDS; r++) {
      globalThis.gc?.();
      const b = await timeAsync(() => eslint.lintFiles(['src/**/*.ts']));
      floating = b.value.reduce((n, x) => n + x.errorCount, 0);
      globalThis.gc?.();
      const t = time(() => scan({ cwd: dir, tsconfig: 'tsconfig.json' }));
      typedFindings = t.value.summary.findings;
      baseMs.push(b.ms);
      typedMs.push(t.ms);
    }
    const ratio = best(typedMs) / best(baseMs);
    console.log(
      `\ntyped scan (${files.length} files), best of ${ROUNDS}: ${best(typedMs).toFixed(0)} ms, ${perSecond(lines, best(typedMs))} (${typedFindings} findings)`,
    );
    console.log(
      `  baseline typescript-eslint no-floating-promises: ${best(baseMs).toFixed(0)} ms (${floating} reports)`,
    );
    console.log(`  ratio typed scan / no-floating-promises: ${ratio.toFixed(2)}x`);
    console.log(
      `${ratio <= 1.5 ? 'PASS' : 'MISS'} typed scan <= 1.5x of no-floating-promises: ${ratio.toFixed(2)}x`,
    );
    console.log(`load average after part 2: ${load()}`);
  } finally {
    if (BENCH_DIR === undefined) rmSync(dir, { recursive: true, force: true });
  }
}

await main();
