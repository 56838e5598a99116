// The scanner and the CLI on real directory trees: discovery (.gitignore, node_modules),
// skipped files, the three output formats, --fix, the typed path and the exit codes.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProgressBar } from '../../src/cli/progress.js';
import { formatJson } from '../../src/scan/format/json.js';
import { formatPretty } from '../../src/scan/format/pretty.js';
import { formatSarif } from '../../src/scan/format/sarif.js';
import { scan, scanAsync, type ScanResult } from '../../src/scan/scanner.js';
import { scanCli } from './support/cli.js';
import ts from 'typescript';

const LEAKY = `export class Server {
  constructor(bus) {
    bus.on('message', () => this.tick());
    setInterval(() => this.tick(), 1000);
  }
  tick() {}
}
`;

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-scan-'));
  mkdirSync(join(dir, '.git'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

/** TypeScript's diagnostics for one file, strict, with Node's declarations. */
function typeCheck(file: string): string[] {
  const program = ts.createProgram([file], {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    types: ['node'],
    typeRoots: [join(process.cwd(), 'node_modules/@types')],
  });
  return ts
    .getPreEmitDiagnostics(program)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
}

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('scan', () => {
  let dir: string;
  let result: ScanResult;
  beforeAll(() => {
    dir = tree({
      '.gitignore': 'ignored/\n',
      'src/server.ts': LEAKY,
      'src/clean.ts': 'export const x = 1;\n',
      'src/broken.ts': 'export const = ;\n',
      'src/nested/.gitignore': 'gen.js\n',
      'src/nested/gen.js': LEAKY,
      'src/nested/worker.mjs':
        'export function w(o, t) { t.addEventListener("message", () => {}); }\n',
      'ignored/leak.ts': LEAKY,
      'node_modules/dep/index.js': LEAKY,
      'README.md': 'not code',
    });
    dirs.push(dir);
    symlinkSync(join(dir, 'missing.ts'), join(dir, 'src', 'dangling.ts'));
    result = scan({ cwd: dir });
  });

  it('honours .gitignore at every level and skips node_modules', () => {
    const files = result.reports.map((r) => r.file).sort();
    expect(files).toEqual(['src/nested/worker.mjs', 'src/server.ts']);
    expect(result.summary.files).toBe(5); // server, clean, broken, dangling, worker
  });

  it("skips Yarn's .yarn directory and minified files, unless a minified file is named", () => {
    const d = tree({
      'src/server.ts': LEAKY,
      '.yarn/releases/yarn-4.6.0.cjs': LEAKY,
      '.yarn/unplugged/dep/index.js': LEAKY,
      'public/vendor.min.js': LEAKY,
      'public/app.min.mjs': LEAKY,
      'public/admin.mjs': LEAKY,
    });
    dirs.push(d);
    const all = scan({ cwd: d });
    expect(all.reports.map((r) => r.file).sort()).toEqual(['public/admin.mjs', 'src/server.ts']);
    expect(all.summary.files).toBe(2);
    const named = scan({ cwd: d, paths: ['public/vendor.min.js'] });
    expect(named.reports.map((r) => r.file)).toEqual(['public/vendor.min.js']);
  });

  it('reads Node scripts with no extension (a CLI entry with a node shebang), and no other file without one', () => {
    const d = tree({
      'src/server.ts': LEAKY,
      'bin/tool': `#!/usr/bin/env node\n${LEAKY}`,
      'bin/run-ts': `#!/usr/bin/env -S npx tsx\n${LEAKY}`,
      'bin/helper.py': `#!/usr/bin/env python3\nprint(1)\n`,
      'bin/shell': `#!/bin/sh\necho node\n`,
      Makefile: 'all:\n\tnode x.js\n',
      LICENSE: 'MIT\n',
    });
    dirs.push(d);
    const all = scan({ cwd: d });
    expect(all.reports.map((r) => r.file).sort()).toEqual([
      'bin/run-ts',
      'bin/tool',
      'src/server.ts',
    ]);
    expect(all.errors).toEqual([]);
    // Named, too; a named file that is no Node script is said not to be scanned.
    const named = scan({ cwd: d, paths: ['bin/tool', 'Makefile'] });
    expect(named.reports.map((r) => r.file)).toEqual(['bin/tool']);
    expect(named.errors.map((e) => e.file)).toEqual(['Makefile']);
  });

  it('says so when a named file is not code it reads, and scans the rest', () => {
    const d = tree({ 'src/server.ts': LEAKY, 'notes.md': '# notes\n' });
    dirs.push(d);
    const r = scan({ cwd: d, paths: ['notes.md', 'src/server.ts'] });
    expect(r.reports.map((x) => x.file)).toEqual(['src/server.ts']);
    expect(r.errors).toEqual([
      { file: 'notes.md', message: expect.stringMatching(/^not scanned: the scanner reads \.ts /) },
    ]);
  });

  it('reports unparsable and unreadable files and keeps scanning', () => {
    const errs = Object.fromEntries(result.errors.map((e) => [e.file, e.message]));
    expect(errs['src/broken.ts']).toMatch(/^cannot parse/);
    expect(errs['src/dangling.ts']).toMatch(/^cannot read/);
    expect(result.summary.errors).toBe(2);
  });

  it('counts findings per rule and per directory', () => {
    expect(result.summary.findings).toBe(3);
    expect(result.summary.filesWithFindings).toBe(2);
    expect(result.summary.byRule['no-unmanaged-listener']).toBe(2);
    expect(result.summary.byRule['no-unmanaged-timer']).toBe(1);
    expect(result.summary.byDirectory).toEqual({ src: 2, 'src/nested': 1 });
  });

  it('pretty: grouped by file and rule, code frame, suggestion, summary', () => {
    const out = formatPretty(result);
    expect(out).toContain('3 unmanaged subscriptions across 2 files');
    expect(out).toMatch(/src\/server\.ts\n {2}no-unmanaged-listener \(1\)/);
    expect(out).toContain(`> 3 |     bus.on('message', () => this.tick());`);
    expect(out).toMatch(/\|\s+\^{10,}/);
    expect(out).toContain('suggestion:');
    expect(out).toMatch(/by directory:\n\s+2 {2}src\n\s+1 {2}src\/nested/);
    expect(out).toContain('skipped src/broken.ts');
    expect(out).not.toContain('\u001b['); // no colours unless asked
  });

  it('worker threads give exactly the same result', async () => {
    const parallel = await scanAsync({ cwd: dir, workers: 2 });
    expect(parallel.reports).toEqual(result.reports);
    expect(parallel.errors).toEqual(result.errors);
    expect({ ...parallel.summary, durationMs: 0 }).toEqual({ ...result.summary, durationMs: 0 });
  });

  it('json: findings with positions, summary and errors', () => {
    const j = JSON.parse(formatJson(result)) as {
      findings: Record<string, unknown>[];
      summary: { findings: number };
      errors: unknown[];
    };
    expect(j.summary.findings).toBe(3);
    expect(j.errors).toHaveLength(2);
    expect(j.findings[0]).toEqual({
      file: 'src/nested/worker.mjs',
      line: 1,
      column: 27,
      endLine: 1,
      endColumn: 66,
      rule: 'no-unmanaged-listener',
      message: expect.stringContaining('t.addEventListener') as unknown,
      suggestion: expect.any(String) as unknown,
    });
  });

  it('sarif: a valid 2.1.0 log with rules, results and notifications', () => {
    const s = JSON.parse(formatSarif(result, dir, '9.9.9')) as {
      version: string;
      runs: {
        tool: { driver: { name: string; version: string; rules: { id: string }[] } };
        results: {
          ruleId: string;
          ruleIndex: number;
          locations: {
            physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } };
          }[];
        }[];
        invocations: { toolExecutionNotifications: unknown[] }[];
        originalUriBaseIds: Record<string, { uri: string }>;
      }[];
    };
    expect(s.version).toBe('2.1.0');
    const run = s.runs[0]!;
    expect(run.tool.driver.name).toBe('leakguard');
    expect(run.tool.driver.rules.map((r) => r.id)).toContain('no-unmanaged-timer');
    expect(run.results).toHaveLength(3);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
    const loc = run.results.find((r) => r.ruleId === 'no-unmanaged-timer')!.locations[0]!
      .physicalLocation;
    expect(loc.artifactLocation.uri).toBe('src/server.ts');
    expect(loc.region.startLine).toBe(4);
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toMatch(/^file:\/\/.*\/$/);
    expect(run.invocations[0]!.toolExecutionNotifications).toHaveLength(2);
  });
});

describe('scan --fix', () => {
  it('applies only the safe fixes and leaves the rest as findings', () => {
    const before = `export class Conn {
  scope = new Scope();
  constructor(bus, target) {
    bus.on('data', this.onData);
    target.addEventListener('resize', this.onResize);
    setInterval(() => this.ping(), 1000);
    process.on('exit', () => this.ping());
  }
  onData() {}
  onResize() {}
  ping() {}
  dispose() {
    this.scope.dispose();
  }
}
`;
    const dir = tree({ 'conn.ts': before });
    dirs.push(dir);
    const r = scan({ cwd: dir, fix: true });
    const after = readFileSync(join(dir, 'conn.ts'), 'utf8');
    expect(after).toContain(
      `bus.on('data', this.onData); this.scope.add(() => bus.removeListener('data', this.onData));`,
    );
    expect(after).toContain(
      `target.addEventListener('resize', this.onResize, { signal: this.scope.signal });`,
    );
    expect(after).toContain(
      `const leakguardTimer = setInterval(() => this.ping(), 1000); this.scope.add(() => clearInterval(leakguardTimer));`,
    );
    // inline listener on process: no safe fix, still reported
    expect(after).toContain(`process.on('exit', () => this.ping());`);
    expect(r.summary.fixed).toBe(3);
    expect(r.summary.findings).toBe(1);
    expect(r.reports[0]!.findings[0]!.line).toBe(7);
    // the fixed file parses and a second run finds exactly the unfixable one
    expect(scan({ cwd: dir }).summary.findings).toBe(1);
  });
});

describe('scan --fix: clearing a timer field where the object ends', () => {
  it('adds the clear to a teardown that ends the object, never to one a restart follows', () => {
    const before = `export class Poller {
  private retry: ReturnType<typeof setTimeout> | null = null;
  private beat: ReturnType<typeof setInterval> | null = null;
  private tick: ReturnType<typeof setInterval> | null = null;
  constructor() {
    this.beat = setInterval(() => this.ping(), 1000);
  }
  schedule(): void {
    if (this.retry) clearTimeout(this.retry);
    this.retry = setTimeout(() => this.ping(), 500);
  }
  startTicking(): void {
    this.tick = setInterval(() => this.ping(), 10);
  }
  stopTicking(): void {}
  ping(): void {}
  close(): void {
    this.closed = true;
  }
  closed = false;
}

export class Restartable {
  private beat: ReturnType<typeof setInterval> | null = null;
  constructor() {
    this.beat = setInterval(() => this.ping(), 1000);
  }
  ping(): void {}
  stop(): void {}
  start(): void {}
}
`;
    const dir = tree({ 'poller.ts': before });
    dirs.push(dir);
    // the message names the whole-object teardown, not stopTicking() (declared first)
    const unpaired = scan({ cwd: dir })
      .reports.flatMap((f) => f.findings)
      .find((f) => f.rule === 'no-unpaired-teardown')!;
    expect(unpaired.message).toContain('not by close()');
    const r = scan({ cwd: dir, fix: true });
    const after = readFileSync(join(dir, 'poller.ts'), 'utf8');
    // the timeout the class clears elsewhere: close() ends the object, so it clears it first
    expect(after).toContain(`  close(): void {
    if (this.retry) clearTimeout(this.retry);
    this.closed = true;`);
    // an interval startTicking() starts: stopTicking() ends that cycle
    expect(after).toContain(`stopTicking(): void { if (this.tick) clearInterval(this.tick); }`);
    // the constructor's interval: Poller has no teardown that ends it for good (close() may be
    // followed by nothing, but a fix must not guess), Restartable's stop() is followed by start()
    expect(after.match(/clearInterval\(this\.beat\)/g)).toBeNull();
    expect(r.summary.fixed).toBe(2);
    const again = scan({ cwd: dir });
    expect(
      again.reports.flatMap((f) => f.findings.map((x) => `${x.rule}:${x.line}`)).sort(),
    ).toEqual(['no-unmanaged-timer:27', 'no-unmanaged-timer:6']);
    // the added statements type-check against a field typed \`… | null\`
    const diagnostics = typeCheck(join(dir, 'poller.ts'));
    expect(diagnostics).toEqual([]);
  });
});

describe('scan --typed', () => {
  it('uses the tsconfig to decide by type', () => {
    const code = `declare const bus: { listen(cb: () => void): () => void };
export function f() { bus.listen(() => {}); }
`;
    const dir = tree({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, types: [] },
        include: ['*.ts'],
      }),
      'a.ts': code,
    });
    dirs.push(dir);
    expect(scan({ cwd: dir }).summary.findings).toBe(0);
    const typed = scan({ cwd: dir, tsconfig: 'tsconfig.json' });
    expect(typed.summary.typed).toBe(true);
    expect(typed.summary.byRule['no-discarded-disposable']).toBe(1);
  });
});

describe('leakguard scan (process)', () => {
  const cli = scanCli;

  it('exits 1 with findings, 0 without, 2 on usage errors', () => {
    const dir = tree({ 'leaky/a.ts': LEAKY, 'clean/b.ts': 'export const b = 2;\n' });
    dirs.push(dir);
    const leaky = cli(dir, 'leaky', '--format', 'json');
    expect(leaky.status, leaky.stderr).toBe(1);
    expect((JSON.parse(leaky.stdout) as { summary: { findings: number } }).summary.findings).toBe(
      2,
    );
    const clean = cli(dir, 'clean');
    expect(clean.status, clean.stderr).toBe(0);
    expect(clean.stdout).toContain('0 unmanaged subscriptions across 0 files');
    expect(clean.stdout).toContain(' (1 file, 2 lines scanned in '); // one file: no "1 files"
    for (const args of [['--format', 'xml'], ['no-such-dir'], ['--no-such-flag']]) {
      const r = cli(dir, ...args);
      expect(r.status, `${args.join(' ')}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toMatch(/error/);
    }
  });
});

describe('progress bar', () => {
  it('draws only for large runs, throttles, and clears itself', () => {
    const writes: string[] = [];
    const bar = createProgressBar({ write: (s) => writes.push(s) > 0, columns: 60 }, 100);
    bar.update(1, 10);
    expect(writes).toEqual([]);
    bar.update(1, 500);
    bar.update(2, 500); // within 100 ms: skipped
    bar.update(500, 500); // the last one is always drawn
    expect(writes).toHaveLength(2);
    expect(writes[1]).toContain('500/500 files');
    bar.done();
    expect(writes[2]).toBe('\r\u001b[2K');
  });
});
