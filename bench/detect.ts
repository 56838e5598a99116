/**
 * Overhead of the runtime leak finder: the same HTTP server (bench/_detect-server.mjs) runs
 * as a child process without and with `--import leakguard/register`, under autocannon, in
 * alternating rounds (A B A B …) so drift on a shared machine hits both alike. Prints the
 * median requests/s of each and the ratio; the target is ratio >= 0.85.
 *
 * Env: BENCH_ROUNDS (default 3), BENCH_SECONDS per run (default 5), BENCH_CONNECTIONS (10).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { buildSources } from '../test/detect/support/build.js';

const here = dirname(fileURLToPath(import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function run(
  withFinder: boolean,
  registerUrl: string,
): Promise<{ rps: number; captures: number }> {
  const args = withFinder ? ['--import', registerUrl] : [];
  const child = spawn(process.execPath, [...args, join(here, '_detect-server.mjs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LEAKGUARD_QUIET: '1', LEAKGUARD_FINAL: '0' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const [chunk] = (await once(child.stdout, 'data')) as [Buffer];
  const port = Number(String(chunk).trim());
  try {
    // Short warm-up so both variants are measured with JIT-compiled handlers.
    await autocannon({ url: `http://127.0.0.1:${port}/`, connections, duration: 1 });
    const r = await autocannon({
      url: `http://127.0.0.1:${port}/`,
      connections,
      duration: seconds,
    });
    return { rps: r.requests.average, captures: 0 };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    if (stderr.trim()) console.error(stderr.trim());
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const { registerUrl } = buildSources();
const base: number[] = [];
const found: number[] = [];
for (let i = 0; i < rounds; i++) {
  base.push((await run(false, registerUrl)).rps);
  found.push((await run(true, registerUrl)).rps);
  console.log(
    `round ${i + 1}: baseline ${base[i]!.toFixed(0)} req/s, finder ${found[i]!.toFixed(0)} req/s`,
  );
}
const ratio = median(found) / median(base);
console.log(
  `detect overhead: baseline ${median(base).toFixed(0)} req/s, with finder ${median(found).toFixed(0)} req/s, ` +
    `ratio ${ratio.toFixed(3)} (target >= 0.85) ${ratio >= 0.85 ? 'OK' : 'BELOW TARGET'}`,
);
