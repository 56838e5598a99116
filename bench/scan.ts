// Speed of `leakguard scan`, against baselines measured in the same run:
// 1. syntax-only scan of a generated project: lines/s (target >= 50k) and the ratios to a bare
//    parse of the same files by each parser (what analysis costs on top of parsing). The scan
//    uses oxc-parser when it is installed (a devDependency here) and typescript-estree otherwise;
//    LEAKGUARD_SCAN_PARSER=typescript-estree hides oxc from the scan, to measure the fallback.
// 2. typed scan of a generated 1k-file project vs typescript-eslint's `no-floating-promises`
//    run through ESLint on the same project (target: ratio <= 1.5).
// The two untyped targets (>= 50k lines/s with oxc-parser, >= 25k lines/s with typescript-estree
// alone) are printed as PASS/MISS lines; the typescript-estree figure comes from the same scan
// run in a child process with LEAKGUARD_SCAN_PARSER=typescript-estree on the same project.
// Usage: npm run bench scan   (env SCAN_BENCH_FILES=1000 to change the project size,
// SCAN_BENCH_TYPED=0 to skip part 2)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
const ROUNDS = 3;
/** Set in the child that measures the typescript-estree fallback: the project to scan. */
const CHILD_DIR = process.env.SCAN_BENCH_CHILD_DIR;
const OXC_TARGET = 50_000;
const ESTREE_TARGET = 25_000;

function verdict(label: string, rate: number, target: number): string {
  return `${rate >= target ? 'PASS' : 'MISS'} untyped ${label} >= ${target.toLocaleString('en')} lines/s: ${Math.round(rate).toLocaleString('en')} lines/s (${(rate / target).toFixed(2)}x of target)`;
}

/** Lines/s of scan() with typescript-estree alone, measured in a child that cannot see oxc. */
function estreeRateInChild(dir: string): number | null {
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
  const m = /^RATE (\d+(?:\.\d+)?)$/m.exec(r.stdout);
  return m === null ? null : Number(m[1]);
}

/** The child: best of ROUNDS syntax-only scans (after a warm-up) of the parent's project. */
function childMain(dir: string): void {
  const files = discoverFiles(['.'], dir).files;
  const lines = files.reduce((n, f) => n + readFileSync(f, 'utf8').split('\n').length, 0);
  const ms: number[] = [];
  for (let r = 0; r < ROUNDS + 1; r++) {
    globalThis.gc?.();
    const s = time(() => scan({ cwd: dir }));
    if (r > 0) ms.push(s.ms);
  }
  console.log(`RATE ${lines / (best(ms) / 1000)}`);
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

async function main(): Promise<void> {
  if (CHILD_DIR !== undefined) return childMain(CHILD_DIR);
  const dir = generate(FILES);
  try {
    const files = discoverFiles(['.'], dir).files;
    const sources = files.map((f) => readFileSync(f, 'utf8'));
    const lines = sources.reduce((n, s) => n + s.split('\n').length, 0);
    console.log(`generated project: ${files.length} files, ${lines} lines (${dir})`);

    // 1. syntax-only scan vs bare parse
    const parseMs: number[] = [];
    const oxcMs: number[] = [];
    const scanMs: number[] = [];
    const oxc = loadOxc();
    let findings = 0;
    for (let r = 0; r < ROUNDS + 1; r++) {
      // Same parser settings as the scanner (no JSDoc, file path for the script kind), and a
      // collection before each timed section so neither pays for the other's garbage.
      globalThis.gc?.();
      const p = time(() => {
        for (let i = 0; i < files.length; i++) {
          parse(sources[i]!, {
            filePath: files[i]!,
            range: true,
            loc: true,
            jsDocParsingMode: 'none',
          });
        }
      });
      globalThis.gc?.();
      const o =
        oxc === null ? null : time(() => files.forEach((f, i) => parseFile(sources[i]!, f, 'oxc')));
      globalThis.gc?.();
      const s = time(() => scan({ cwd: dir }));
      if (r === 0) continue; // warm-up: JIT and module loading
      parseMs.push(p.ms);
      if (o !== null) oxcMs.push(o.ms);
      scanMs.push(s.ms);
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
    const parallelRate = lines / (best(parallelMs) / 1000);
    console.log(
      `\nsyntax-only scan (parser: ${oxc === null ? 'typescript-estree' : 'oxc-parser, typescript-estree as fallback'}): ${best(scanMs).toFixed(0)} ms, ${Math.round(untypedRate).toLocaleString('en')} lines/s (${findings} findings)`,
    );
    console.log(
      `  bare typescript-estree parse (scanner's settings): ${best(parseMs).toFixed(0)} ms`,
    );
    console.log(
      `  ratio scan / typescript-estree parse-only: ${(best(scanMs) / best(parseMs)).toFixed(2)}x`,
    );
    if (oxc !== null) {
      console.log(`  bare oxc-parser parse (scanner's settings): ${best(oxcMs).toFixed(0)} ms`);
      console.log(`  ratio scan / oxc parse-only: ${(best(scanMs) / best(oxcMs)).toFixed(2)}x`);
    }
    console.log(
      `  forced 2 worker threads (the CLI only uses threads from 5000 files on >= 4 cores): ${best(parallelMs).toFixed(0)} ms, ${Math.round(parallelRate).toLocaleString('en')} lines/s`,
    );
    // The targets: oxc is what the CLI uses when installed; typescript-estree is the fallback.
    const estreeRate = oxc === null ? untypedRate : estreeRateInChild(dir);
    if (oxc !== null) console.log(verdict('with oxc-parser', untypedRate, OXC_TARGET));
    else console.log('MISS untyped with oxc-parser: oxc-parser is not installed or does not load');
    console.log(
      estreeRate === null
        ? 'MISS untyped with typescript-estree alone: the child scan failed'
        : verdict('with typescript-estree alone', estreeRate, ESTREE_TARGET),
    );

    // 2. typed scan vs typescript-eslint no-floating-promises, same project, same run
    if (process.env.SCAN_BENCH_TYPED === '0') return;
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
      `\ntyped scan (${files.length} files): ${best(typedMs).toFixed(0)} ms (${typedFindings} findings)`,
    );
    console.log(
      `  baseline typescript-eslint no-floating-promises: ${best(baseMs).toFixed(0)} ms (${floating} reports)`,
    );
    console.log(`  ratio typed scan / no-floating-promises: ${ratio.toFixed(2)}x`);
    console.log(`  target <= 1.5x: ${ratio <= 1.5 ? 'MET' : 'NOT MET'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
