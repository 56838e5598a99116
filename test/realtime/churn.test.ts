import { describe, expect, it } from 'vitest';
import { churn, leakguardServer, naiveServer } from './churn.js';

// The bounded version of soak/realtime.ts: real ws clients on 127.0.0.1.
describe('join/leave churn (bounded soak)', () => {
  it('2k cycles: heap flat after warm-up, no connection left; the naive server visibly leaks', async () => {
    const ours = await leakguardServer();
    const r = await churn(ours, { cycles: 2000, concurrency: 50, warmup: 400, samples: 4 });
    const m = ours.manager.stats();
    expect(m.owners).toBe(0);
    expect(ours.sm.stats()).toMatchObject({ sessions: 0, joined: 2000 });
    expect(ours.sm.stats().ended.closed).toBe(2000);
    await ours.stop();
    expect(ours.manager.stats().live).toBe(0);
    expect(r.growth).toBeLessThan(0.05);

    // the same measurement catches a real leak: ~3 KB retained per cycle
    const naive = await naiveServer();
    const n = await churn(naive, { cycles: 1000, concurrency: 50, warmup: 200, samples: 2 });
    await naive.stop();
    expect((n.endHeap - n.warmHeap) / 800).toBeGreaterThan(1000);
  }, 60_000);
});
