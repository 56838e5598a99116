/**
 * Soak: 100k join/leave cycles with 200 concurrent real ws clients against the SessionManager
 * (each session registering listeners and timers through its scope), then the same churn
 * against a naive server (per-player handlers on shared emitters, no cleanup) in the same run.
 * Prints both heap growth curves; fails when ours grows more than 5 % after the warm-up or
 * leaves any connection in the manager.
 *
 * Env: SOAK_CYCLES (default 100000), SOAK_CONCURRENCY (200), SOAK_NAIVE_CYCLES (= cycles).
 */
import { churn, leakguardServer, naiveServer, type Sample } from '../test/realtime/churn.js';

const cycles = Number(process.env.SOAK_CYCLES ?? 100_000);
const concurrency = Number(process.env.SOAK_CONCURRENCY ?? 200);
const naiveCycles = Number(process.env.SOAK_NAIVE_CYCLES ?? cycles);
const warmup = Math.min(10_000, Math.floor(cycles / 10));
const mb = (b: number): string => (b / 1048576).toFixed(1);

function curve(name: string, samples: Sample[]): void {
  const base = samples[0]!.heapBytes;
  console.log(`\n${name}: heap after GC (MB) by cycles`);
  const max = Math.max(...samples.map((s) => s.heapBytes));
  for (const s of samples) {
    const bar = '#'.repeat(Math.max(1, Math.round((s.heapBytes / max) * 50)));
    const pct = ((s.heapBytes / base - 1) * 100).toFixed(1);
    console.log(
      `${String(s.cycles).padStart(7)}  ${mb(s.heapBytes).padStart(7)}  ${pct.padStart(6)}%  ${bar}`,
    );
  }
}

const ours = await leakguardServer();
const r1 = await churn(ours, {
  cycles,
  concurrency,
  warmup,
  samples: 10,
  onSample: (s, srv) =>
    console.log(`leakguard ${s.cycles} cycles: ${mb(s.heapBytes)} MB — ${srv.describe()}`),
});
const live = ours.manager.stats();
const st = ours.sm.stats();
await ours.stop();
const liveAfterClose = ours.manager.stats().live;

const naive = await naiveServer();
const r2 = await churn(naive, {
  cycles: naiveCycles,
  concurrency,
  warmup: Math.min(warmup, Math.floor(naiveCycles / 10)),
  samples: 10,
  onSample: (s, srv) =>
    console.log(`naive ${s.cycles} cycles: ${mb(s.heapBytes)} MB — ${srv.describe()}`),
});
await naive.stop();

curve('leakguard SessionManager', r1.samples);
curve('naive server (handlers on shared emitters, no cleanup)', r2.samples);
const perCycle = (r2.endHeap - r2.warmHeap) / (naiveCycles - r2.samples[0]!.cycles);
console.log(
  `\nleakguard: ${cycles} cycles in ${(r1.ms / 1000).toFixed(1)} s, heap ${mb(r1.warmHeap)} → ${mb(r1.endHeap)} MB ` +
    `(${(r1.growth * 100).toFixed(2)} %), sessions joined ${st.joined}, ended ${st.ended.closed}, ` +
    `player-owned connections left ${live.owners}, manager live ${live.live} (the SessionManager's own; ${liveAfterClose} after close), created ${live.created}`,
);
console.log(
  `naive:     ${naiveCycles} cycles in ${(r2.ms / 1000).toFixed(1)} s, heap ${mb(r2.warmHeap)} → ${mb(r2.endHeap)} MB ` +
    `(${(r2.growth * 100).toFixed(1)} %, ${Math.round(perCycle)} bytes retained per cycle)`,
);
// zero connections of any player left (the SessionManager's own few remain until close)
const ok = r1.growth <= 0.05 && live.owners === 0 && st.sessions === 0 && liveAfterClose === 0;
console.log(ok ? 'PASS' : 'FAIL: leakguard heap grew more than 5 % or connections were left');
process.exit(ok ? 0 : 1);
