/**
 * Overhead of the runtime leak finder: the same HTTP server (bench/_detect-server.mjs) runs
 * as a child process without and with `--import leakguard/register`, under autocannon, in
 * alternating rounds (A B A B …) so drift on a shared machine hits both alike. Prints the
 * median requests/s of each and the ratio (target >= 0.85), and the ratio of the server's CPU
 * time per request, which is steadier than throughput on a machine shared with other work.
 *
 * Runs last 30 s by default: the finder forces a full GC at its first sample and then every
 * `gcIntervalMs` (20 s) when nothing grows, so a shorter run would measure less than its
 * steady-state cost.
 *
 * Env: BENCH_ROUNDS (default 5), BENCH_SECONDS per run (default 30), BENCH_CONNECTIONS (10).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { buildSources } from '../test/detect/support/build.js';
import { pinServerAndLoad } from './_harness.js';

const here = dirname(fileURLToPath(import.meta.url));
const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
const seconds = Number(process.env.BENCH_SECONDS ?? 30);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 10);
let pinned = 'unpinned';

async function run(
  withFinder: boolean,
  registerUrl: string,
): Promise<{ rps: number; cpuPerRequest: number }> {
  const args = withFinder ? ['--import', registerUrl] : [];
  const child = spawn(process.execPath, [...args, join(here, '_detect-server.mjs')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LEAKGUARD_QUIET: '1', LEAKGUARD_FINAL: '0' },
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  // Lines from the server, consumed in order (a for-await loop would close the reader).
  const pending: string[] = [];
  let wake: (() => void) | null = null;
  const lines = createInterface({ input: child.stdout });
  lines.on('line', (l) => {
    pending.push(l);
    wake?.();
  });
  const next = async (prefix: string): Promise<number> => {
    for (;;) {
      const l = pending.shift();
      if (l !== undefined) {
        if (l.startsWith(prefix)) return Number(l.slice(prefix.length));
        continue;
      }
      if (child.exitCode !== null)
        throw new Error(`server ended before printing "${prefix}": ${stderr}`);
      await new Promise<void>((r) => (wake = r));
      wake = null;
    }
  };
  const port = await next('port ');
  pinned = pinServerAndLoad(child.pid);
  const url = `http://127.0.0.1:${port}/`;
  try {
    // Short warm-up so both variants are measured with JIT-compiled handlers.
    await autocannon({ url, connections, duration: 1 });
    child.kill('SIGUSR2');
    const cpu0 = await next('cpu ');
    const r = await autocannon({ url, connections, duration: seconds });
    child.kill('SIGUSR2');
    const cpu1 = await next('cpu ');
    return {
      rps: r.requests.average,
      cpuPerRequest: (cpu1 - cpu0) / Math.max(1, r.requests.total),
    };
  } finally {
    child.kill('SIGTERM');
    await once(child, 'exit');
    lines.close();
  }
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

const { registerUrl } = buildSources();
const base: { rps: number; cpuPerRequest: number }[] = [];
const found: { rps: number; cpuPerRequest: number }[] = [];
for (let i = 0; i < rounds; i++) {
  base.push(await run(false, registerUrl));
  found.push(await run(true, registerUrl));
  console.log(
    `round ${i + 1}: baseline ${base[i]!.rps.toFixed(0)} req/s (${base[i]!.cpuPerRequest.toFixed(1)} µs CPU/req), ` +
      `finder ${found[i]!.rps.toFixed(0)} req/s (${found[i]!.cpuPerRequest.toFixed(1)} µs CPU/req)`,
  );
}
const rps = (xs: { rps: number }[]): number => median(xs.map((x) => x.rps));
const cpu = (xs: { cpuPerRequest: number }[]): number => median(xs.map((x) => x.cpuPerRequest));
const ratio = rps(found) / rps(base);
console.log(
  `detect overhead: baseline ${rps(base).toFixed(0)} req/s, with finder ${rps(found).toFixed(0)} req/s, ` +
    `throughput ratio ${ratio.toFixed(3)} (target >= 0.85) ${ratio >= 0.85 ? 'OK' : 'BELOW TARGET'}; ` +
    `CPU per request ratio ${(cpu(base) / cpu(found)).toFixed(3)} (baseline/finder, 1 = free); ${pinned}`,
);
