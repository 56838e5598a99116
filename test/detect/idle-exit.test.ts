/**
 * The finder's interval is unref'd, but the full GC of each settled sample and heap read
 * leaves V8 work that turns the event loop again; when that GC outlasts the interval, the next
 * tick is due in that turn, and its GC starts the next round (src/internal/loop.ts). Before
 * the finder skipped ticks once nothing of the app's held the loop, heap-idle-exit.mjs (25 MB,
 * sampled every 20 ms) was sampled 1–3 more times after it was done under Node 24 (31–149 times
 * with 50 MB) and once under Node 20; on a starved CI machine the same chain at 200 ms kept
 * heap-leak.mjs alive for up to a minute, and the flat tail it sampled made
 * heap-watch.test.ts's growing site read as one that had stopped.
 */
import { describe, expect, it } from 'vitest';
import { LeakFinder } from '../../src/detect/finder.js';
import { runFixture } from './support/run.js';

describe('interval ticks while nothing of the app holds the event loop', () => {
  it('take no sample, two in a row at most; sample again when the app holds the loop or the runtime cannot tell', () => {
    // the interval itself never fires here: the test calls the tick
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gc: false });
    f.start();
    try {
      let held: boolean | null = false;
      const inner = f as unknown as { tick(): void; holdsLoop: () => boolean | null };
      inner.holdsLoop = () => held;
      const samples = (): number => f.report().samples;
      inner.tick();
      inner.tick();
      expect(samples()).toBe(0);
      // still running after two idle ticks: something not listed holds the loop (a native
      // addon's handle, thread-pool work), so the ticks sample again
      inner.tick();
      inner.tick();
      expect(samples()).toBe(2);
      held = true;
      inner.tick();
      expect(samples()).toBe(3);
      held = false;
      inner.tick();
      inner.tick();
      expect(samples()).toBe(3);
      inner.tick();
      expect(samples()).toBe(4);
      held = null; // no process.getActiveResourcesInfo: every tick samples, as before
      inner.tick();
      inner.tick();
      expect(samples()).toBe(6);
      // sample() itself (what a caller runs by hand, in a synchronous loop) never skips
      held = false;
      f.sample();
      expect(samples()).toBe(7);
    } finally {
      f.stop();
    }
  });
});

describe('the finder does not keep a finished app alive', () => {
  it('takes no sample after the app let go of the event loop, heap reads every 20 ms', async () => {
    const r = await runFixture('heap-idle-exit.mjs', {
      env: {
        LEAKGUARD_HEAP: '1',
        LEAKGUARD_SAMPLE_INTERVAL: '20ms',
        LEAKGUARD_GC_INTERVAL: '0',
      },
    });
    expect(r.code, r.stderr).toBe(0);
    const done = Number(/samples when done: (\d+)/.exec(r.stdout)?.[1]);
    expect(done, r.stdout).toBeGreaterThan(0);
    // the final report adds the settled sample taken at exit, nothing else
    expect(r.report?.samples).toBe(done + 1);
  }, 60_000);
});
