#!/usr/bin/env node
// `npm test`: the static checks (scripts/checks.mjs: type-check, ESLint, Prettier) and the vitest
// suite at the same time. The suite leaves cores idle while its tests wait for child processes,
// servers, browsers and sample intervals; the checks run at the lowest CPU priority (nice 19) and
// take that idle time, so the suite's timing is what it was alone. Before, the checks ran first
// and took about a minute of every CI run.
//
// vitest's output streams as it comes; the checks' output is printed once both have ended, with
// one line saying whether they passed. Exits 1 if either failed. Arguments go to vitest
// (`npm test -- test/core`). With LEAKGUARD_JSON_REPORT=<file> (.ci/run), the checks' result is
// also written beside that report as <file without .json>.checks.json, in the shape of vitest's
// JSON report (one test per check), so that CI's summary line counts a failed check.
//
// For this script's own test (test/scripts/test-runner.test.ts) only: LEAKGUARD_TEST_CHECKS and
// LEAKGUARD_TEST_VITEST name node scripts run instead of scripts/checks.mjs and vitest.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { constants, setPriority, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function ended(child) {
  return new Promise((resolve) => {
    child.once('error', (e) => resolve({ code: 1, error: e.message }));
    child.once('close', (code, signal) => resolve({ code: code ?? 1, signal }));
  });
}

// The checks: their output is kept and printed at the end, their result read from a file.
const checksScript = process.env.LEAKGUARD_TEST_CHECKS || join(root, 'scripts', 'checks.mjs');
const vitestScript =
  process.env.LEAKGUARD_TEST_VITEST || join(root, 'node_modules', 'vitest', 'vitest.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'leakguard-checks-'));
const resultFile = join(tmp, 'result.json');
const checks = spawn(process.execPath, [checksScript, '--result', resultFile], {
  cwd: root,
  stdio: ['ignore', 'pipe', 'pipe'],
});
try {
  setPriority(checks.pid, constants.priority.PRIORITY_LOW);
} catch {
  // not allowed here (some containers): they run at normal priority
}
let checksOut = '';
checks.stdout.setEncoding('utf8').on('data', (d) => (checksOut += d));
checks.stderr.setEncoding('utf8').on('data', (d) => (checksOut += d));
const checksDone = ended(checks);

const vitest = spawn(process.execPath, [vitestScript, 'run', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
});
// Ctrl-C reaches both through the process group; a SIGTERM to this process is passed on.
const forward = (sig) => {
  vitest.kill(sig);
  checks.kill(sig);
};
process.once('SIGTERM', forward);
const [v, c] = await Promise.all([ended(vitest), checksDone]);
process.removeListener('SIGTERM', forward);

process.stdout.write(
  `\n${checksOut.endsWith('\n') || checksOut === '' ? checksOut : `${checksOut}\n`}`,
);
console.log(
  c.code === 0
    ? '> static checks (type-check, ESLint, Prettier): ok'
    : `> static checks (type-check, ESLint, Prettier): FAILED (${c.error ?? c.code})`,
);

// One result per check, as checks.mjs wrote them; none written (it crashed) is one failure.
let written = null;
try {
  written = JSON.parse(readFileSync(resultFile, 'utf8'));
} catch {
  // not written
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
const results = Array.isArray(written)
  ? written.map(({ script, ok, code }) => ({
      fullName: `npm run ${script}`,
      status: ok ? 'passed' : 'failed',
      failureMessages: ok ? [] : [`failed (${code})`],
    }))
  : [{ fullName: 'scripts/checks.mjs', status: 'failed', failureMessages: ['did not report'] }];
const failed = results.filter((r) => r.status === 'failed').length;
if (failed > 0 && c.code === 0) console.log('> the checks did not report: counted as failed');

const report = process.env.LEAKGUARD_JSON_REPORT;
if (report !== undefined && report !== '') {
  // in the shape of vitest's JSON report, one "test" per check
  writeFileSync(
    report.replace(/\.json$/, '') + '.checks.json',
    JSON.stringify({
      numPassedTests: results.length - failed,
      numFailedTests: failed,
      testResults: [
        {
          name: join(root, 'scripts', 'checks.mjs'),
          status: failed > 0 ? 'failed' : 'passed',
          message: '',
          assertionResults: results,
        },
      ],
    }),
  );
}
process.exit(v.code === 0 && c.code === 0 && failed === 0 ? 0 : 1);
