/**
 * `npm test` (scripts/test.mjs) runs the static checks beside vitest; CI's summary line depends
 * on its exit code and on the checks' report it writes. Run here with stand-ins for
 * scripts/checks.mjs and vitest (LEAKGUARD_TEST_CHECKS / LEAKGUARD_TEST_VITEST), so that a
 * failed check can never again pass as a green run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scripts', 'test.mjs');
let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lg-test-runner-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for checks.mjs: writes its `--result` file as checks.mjs does, exits 0 or 1. */
function fakeChecks(results: Record<string, number>): string {
  const p = join(dir, 'checks.mjs');
  const written = Object.entries(results).map(([script, code]) => ({
    script,
    ok: code === 0,
    code,
  }));
  const failed = written.some((r) => !r.ok);
  writeFileSync(
    p,
    "import { writeFileSync } from 'node:fs';\n" +
      "writeFileSync(process.argv[process.argv.indexOf('--result') + 1], " +
      `${JSON.stringify(JSON.stringify(written))});\n` +
      `console.log('CHECKS OUTPUT'); process.exit(${failed ? 1 : 0});\n`,
  );
  return p;
}

/** A stand-in for vitest: prints its arguments and exits with `code`. */
function fakeVitest(code: number): string {
  const p = join(dir, 'vitest.mjs');
  writeFileSync(
    p,
    `console.log('VITEST ' + process.argv.slice(2).join(' ')); process.exit(${code});\n`,
  );
  return p;
}

function run(
  checks: string,
  vitest: string,
  args: string[] = [],
): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      env: {
        ...process.env,
        LEAKGUARD_TEST_CHECKS: checks,
        LEAKGUARD_TEST_VITEST: vitest,
        LEAKGUARD_JSON_REPORT: join(dir, 'vitest.json'),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.once('error', reject);
    child.once('close', (code) => resolve({ code, out }));
  });
}

interface ChecksReport {
  numPassedTests: number;
  numFailedTests: number;
  testResults: { assertionResults: { fullName: string; status: string }[] }[];
}

function report(): ChecksReport {
  return JSON.parse(readFileSync(join(dir, 'vitest.checks.json'), 'utf8')) as ChecksReport;
}

const allOk = { typecheck: 0, 'lint:es': 0, 'lint:format': 0 };

describe('npm test (scripts/test.mjs)', () => {
  it('passes when both pass, hands its arguments to vitest and prints the checks after it', async () => {
    const r = await run(fakeChecks(allOk), fakeVitest(0), ['test/core', '--bail=1']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('VITEST run test/core --bail=1');
    expect(r.out.indexOf('VITEST')).toBeLessThan(r.out.indexOf('CHECKS OUTPUT'));
    expect(r.out).toContain('> static checks (type-check, ESLint, Prettier): ok');
    expect(report()).toMatchObject({ numPassedTests: 3, numFailedTests: 0 });
  });

  it('fails when a check fails although vitest passed, and the report names the check', async () => {
    const r = await run(fakeChecks({ ...allOk, 'lint:es': 1 }), fakeVitest(0));
    expect(r.code, r.out).toBe(1);
    expect(r.out).toContain('static checks (type-check, ESLint, Prettier): FAILED');
    const rep = report();
    expect(rep).toMatchObject({ numPassedTests: 2, numFailedTests: 1 });
    expect(
      rep.testResults[0]!.assertionResults.filter((a) => a.status === 'failed').map(
        (a) => a.fullName,
      ),
    ).toEqual(['npm run lint:es']);
  });

  it('fails when vitest fails although every check passed', async () => {
    const r = await run(fakeChecks(allOk), fakeVitest(3));
    expect(r.code, r.out).toBe(1);
    expect(report()).toMatchObject({ numFailedTests: 0 });
  });

  it('counts checks that never wrote their result as failed', async () => {
    const silent = join(dir, 'silent.mjs');
    writeFileSync(silent, 'process.exit(0);\n');
    const r = await run(silent, fakeVitest(0));
    // exit 0 from the checks, but no result: failed, in the report too
    expect(r.code, r.out).toBe(1);
    expect(report()).toMatchObject({ numPassedTests: 0, numFailedTests: 1 });
  });
});
