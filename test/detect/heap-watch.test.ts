/**
 * `leakguard watch --heap` names the function whose retained memory keeps growing, in the
 * final text report and in the JSON report under `heap`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSources } from './support/build.js';
import { runCommand } from './support/copy.js';
import { FIXTURES, inTurn, runFixture } from './support/run.js';

const tmp = mkdtempSync(join(tmpdir(), 'lg-heap-watch-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/**
 * `leakguard watch <args>` to its exit (at most 60 s). The tests run at once, each child in
 * turn with the fixture runs (support/run.ts: two at a time), so their samples stay on time.
 */
function watch(args: string[], env: Record<string, string> = {}) {
  return inTurn(() =>
    runCommand(process.execPath, [buildSources().path('cli/main.js'), 'watch', ...args], {
      cwd: FIXTURES,
      env: { ...process.env, NODE_OPTIONS: '', LEAKGUARD_MIN_SAMPLES: '6', ...env },
      ms: 60_000,
    }),
  );
}

describe.concurrent('leakguard watch --heap', () => {
  it('names the growing allocation site in the text and JSON reports', async () => {
    const report = join(tmp, 'report.json');
    const r = await watch([
      '--heap',
      '--no-live',
      '--sample-interval',
      '200ms',
      '--gc-interval',
      '0',
      '--report',
      report,
      '--',
      process.execPath,
      'heap-leak.mjs',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const out = r.stdout + r.stderr;
    expect(out).toMatch(/leakguard: 1 growing heap site \(pid/);
    expect(out).toMatch(/heap: 1 allocation site whose retained memory keeps growing/);
    expect(out).toMatch(/keepHistory \(heap-leak\.mjs:5:\d+\)/);
    const json = JSON.parse(readFileSync(report, 'utf8')) as {
      processes: { heap?: { leaks: { functionName: string; line: number; kind: string }[] } }[];
    };
    const leaks = json.processes.flatMap((p) => p.heap?.leaks ?? []);
    expect(leaks.map((l) => [l.functionName, l.line, l.kind])).toEqual([
      ['keepHistory', 5, 'heap'],
    ]);
  }, 90_000);

  it('prints the heap block while the command runs (the non-TTY live table), not only at the end', async () => {
    // stderr is a pipe here: the live table is printed as a block whenever what grows changes
    const r = await watch([
      '--heap',
      '--interval',
      '200ms',
      '--sample-interval',
      '200ms',
      '--gc-interval',
      '0',
      '--',
      process.execPath,
      'heap-leak.mjs',
    ]);
    expect(r.code, r.stderr).toBe(0);
    const finalAt = r.stderr.indexOf('[final]');
    expect(finalAt).toBeGreaterThan(0);
    const live = r.stderr.slice(0, finalAt);
    expect(live).toMatch(/^leakguard: 1 growing heap site \(pid/m);
    expect(live).toMatch(/heap: 1 allocation site whose retained memory keeps growing/);
    expect(live).toMatch(/keepHistory \(heap-leak\.mjs:5:\d+\)/);
  }, 90_000);

  it('without --heap the report has no heap block', async () => {
    const report = join(tmp, 'report-off.json');
    const r = await watch(
      [
        '--no-live',
        '--sample-interval',
        '200ms',
        '--report',
        report,
        '--',
        process.execPath,
        'heap-leak.mjs',
      ],
      { LEAK_MS: '1000' },
    );
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout + r.stderr).not.toMatch(/heap:/);
    const json = JSON.parse(readFileSync(report, 'utf8')) as { processes: { heap?: unknown }[] };
    expect(json.processes.every((p) => p.heap === undefined)).toBe(true);
  }, 60_000);

  it('--import leakguard/register with LEAKGUARD_HEAP=1 prints the heap block while it runs', async () => {
    const r = await runFixture('heap-leak.mjs', {
      env: {
        LEAKGUARD_QUIET: '0',
        LEAKGUARD_HEAP: '1',
        LEAKGUARD_SAMPLE_INTERVAL: '200ms',
        LEAKGUARD_GC_INTERVAL: '0',
        LEAKGUARD_MIN_SAMPLES: '6',
      },
    });
    expect(r.code).toBe(0);
    const finalAt = r.stderr.indexOf('[final]');
    expect(finalAt).toBeGreaterThan(0);
    const live = r.stderr.slice(0, finalAt);
    expect(live).toMatch(/^leakguard: 1 growing heap site \(pid/m);
    expect(live).toMatch(/keepHistory \(heap-leak\.mjs:5:\d+\)/);
    expect(r.report?.heap?.leaks.map((l) => [l.functionName, l.kind])).toEqual([
      ['keepHistory', 'heap'],
    ]);
  }, 90_000);
});
