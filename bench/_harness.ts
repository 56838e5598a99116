/**
 * Tiny benchmark harness: candidates run in interleaved rounds (so machine noise hits them
 * alike) and each reports the median time per operation. Ratios, not absolute times, are what
 * the benchmarks assert — these machines are shared and noisy.
 */
import { spawnSync } from 'node:child_process';
import { cpus } from 'node:os';

export interface Candidate {
  name: string;
  /** Runs `n` operations. */
  run(n: number): void;
}

export interface Result {
  name: string;
  nsPerOp: number;
}

export function bench(
  candidates: Candidate[],
  { ops = 100_000, rounds = 15, warmup = 3 } = {},
): Result[] {
  const samples = new Map<string, number[]>(candidates.map((c) => [c.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (const c of r % 2 === 0 ? candidates : [...candidates].reverse()) {
      const t0 = process.hrtime.bigint();
      c.run(ops);
      const dt = Number(process.hrtime.bigint() - t0) / ops;
      if (r >= warmup) samples.get(c.name)?.push(dt);
    }
  }
  return candidates.map((c) => ({ name: c.name, nsPerOp: median(samples.get(c.name) ?? []) }));
}

export function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export function gc(): void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (!g) throw new Error('Run benchmarks with --expose-gc (npm run bench does)');
  g();
  g();
}

export function heapUsed(): number {
  gc();
  return process.memoryUsage().heapUsed;
}

/** Prints one line per check; returns whether it met its target. */
export function report(label: string, ratio: number, target: number, detail = ''): boolean {
  const ok = ratio <= target;
  console.log(
    `${ok ? 'PASS' : 'MISS'}  ${label}: ${ratio.toFixed(2)}x (target <= ${target}x)${detail ? `  ${detail}` : ''}`,
  );
  return ok;
}

export function fmt(ns: number): string {
  return ns < 1000 ? `${ns.toFixed(1)} ns` : `${(ns / 1000).toFixed(2)} µs`;
}

/**
 * Server benches (detect, heap overhead): the server under test on CPU 0 and this process (the
 * load generator, autocannon) on CPU 1, with `taskset` when the machine has it and at least two
 * CPUs. Unpinned on 2 cores, the scheduler put both on one core in some runs and not in others:
 * the same configuration measured 25 µs or 45 µs of CPU per request from one round to the next,
 * which drowned a 5 % overhead. `BENCH_PIN=0` turns it off. Returns a line saying what it did.
 */
export function pinServerAndLoad(serverPid: number | undefined): string {
  if (process.env.BENCH_PIN === '0') return 'unpinned (BENCH_PIN=0)';
  // cpus(), not availableParallelism(): once this process is pinned, the latter says 1.
  if (serverPid === undefined || cpus().length < 2) return 'unpinned (fewer than 2 CPUs)';
  const server = spawnSync('taskset', ['-a', '-p', '-c', '0', String(serverPid)], {
    stdio: 'ignore',
  });
  const self = spawnSync('taskset', ['-a', '-p', '-c', '1', String(process.pid)], {
    stdio: 'ignore',
  });
  if (server.error !== undefined || server.status !== 0 || self.status !== 0)
    return 'unpinned (taskset not available)';
  return 'server pinned to CPU 0, load generator to CPU 1';
}
