#!/usr/bin/env node
// The static checks of `npm test` — `npm run typecheck`, `npm run lint:es` and
// `npm run lint:format` — at the same time instead of one after another: each is a single
// process on one core, and together they took about a minute of every CI run in turn. Each
// one's output is printed whole, in that order, once all have ended; exits 1 if any failed.
// `--result <file>` also writes `[{ script, ok, code }]` there (read by scripts/test.mjs).
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const SCRIPTS = ['typecheck', 'lint:es', 'lint:format'];
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(script) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', '-s', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: process.platform === 'win32',
    });
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => (out += d));
    child.stderr.setEncoding('utf8').on('data', (d) => (out += d));
    child.once('error', (e) => resolve({ script, code: 1, out: `${out}${e.message}\n` }));
    child.once('close', (code, signal) => resolve({ script, code: code ?? signal, out }));
  });
}

const results = await Promise.all(SCRIPTS.map(run));
let failed = 0;
for (const { script, code, out } of results) {
  const ok = code === 0;
  if (!ok) failed++;
  console.log(`> npm run ${script}: ${ok ? 'ok' : `failed (${code})`}`);
  if (out.trim() !== '') process.stdout.write(out.endsWith('\n') ? out : `${out}\n`);
}
const at = process.argv.indexOf('--result');
if (at !== -1 && process.argv[at + 1] !== undefined)
  writeFileSync(
    process.argv[at + 1],
    JSON.stringify(results.map(({ script, code }) => ({ script, ok: code === 0, code }))),
  );
process.exit(failed === 0 ? 0 : 1);
