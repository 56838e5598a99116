// Real child processes: a small heap reaching the thresholds, a leaking process and a churning
// one on a fast virtual clock (see fixtures/child.ts). Bounded: each child stops by itself.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./fixtures/child.ts', import.meta.url));
const promoter = fileURLToPath(new URL('./fixtures/promote.ts', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'leakguard-monitor-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// At most two children at a time. Each reads its real heap, and V8's concurrent marking and
// sweeping lag on starved cores: with the six started at once on two cores (and other test
// files running), the 64 MiB semi-space leak below went uncalled in about 1 run in 18; with 12
// at once and six busy loops, 8 in 36 (its floor read the treads as flat, or the second
// confirming GC never came). Two at a time: 0 in 12.
const MAX_CHILDREN = 2;
let running = 0;
const waiting: (() => void)[] = [];
async function slot<T>(task: () => Promise<T>): Promise<T> {
  if (running < MAX_CHILDREN) running++;
  else await new Promise<void>((r) => waiting.push(r)); // a finishing child hands its slot on
  try {
    return await task();
  } finally {
    const next = waiting.shift();
    if (next) next();
    else running--;
  }
}

function run(
  nodeArgs: string[],
  args: string[],
  script = child,
  env: Record<string, string> = {},
): Promise<any> {
  return slot(() => spawnChild(nodeArgs, args, script, env));
}

function spawnChild(
  nodeArgs: string[],
  args: string[],
  script: string,
  env: Record<string, string>,
): Promise<any> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [...nodeArgs, '--import', 'tsx', script, ...args],
      { timeout: 45_000, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        if (err) reject(new Error(`${err.message}\n${stderr}`));
        else resolve(JSON.parse(stdout.trim().split('\n').at(-1)!));
      },
    );
  });
}

// started together, run two at a time (slot above)
const pressure = run(['--max-old-space-size=64'], ['pressure', dir]);
// The leak's monitor gets the 1 s pause budget below: this test is about the call, not the
// budget (CI on Node 24 once missed the call, its confirming full GCs over 200 ms under load)
const leak = run(['--expose-gc'], ['leak'], child, { EVENT_LOOP_MS: '1000' });
const churn = run(['--expose-gc'], ['churn']);
// A large heap limit: V8's own major GCs are many (virtual) minutes apart. The monitor's full
// GCs get a pause budget of 1 s instead of 200 ms: on the shared test machine one took 196 ms,
// and what these tests check is the rule, not the budget.
const budget = { EVENT_LOOP_MS: '1000' };
const promoted = run(['--max-old-space-size=4096'], ['promote', '30'], promoter, budget);
const promotedPassive = run(['--max-old-space-size=4096'], ['promote', '30'], promoter, {
  CONFIRM: '0',
});
// The leak's child pins the young generation to Node 20's 16 MiB semi-space: with Node 24's
// default (64 MiB here) minor GCs are minutes apart at this allocation rate, the old generation
// climbs in steps 7-8 minutes apart and the floor reads their treads as flat: the call came at
// 9.6-16.2 minutes and was cleared again (docs/monitor.md, "A large young generation delays the
// call"). This test is about the confirmation rule; that limitation is documented, not tested.
const promotedLeak = run(
  ['--max-old-space-size=4096', '--max-semi-space-size=16'],
  ['leak', '20'],
  promoter,
  budget,
);

// The same leak with a 64 MiB semi-space (Node 24's default here, set on both Nodes): the old
// generation climbs in steps minutes apart. Before, the call came at 12.7-16.2 minutes and the
// floor's flat treads cleared it again in every run.
const promotedLeakBigYoung = run(
  ['--max-old-space-size=4096', '--max-semi-space-size=64'],
  ['leak', '24'],
  promoter,
  budget,
);

describe('MemoryMonitor in real processes', () => {
  it('a small heap reaches info, warning and critical; pressure runs the cleaners; a snapshot is written', async () => {
    const r = await pressure;
    const heap = r.alerts.filter((a: any) => a.key === 'memory.heap');
    // first appearance of each level, in order (the cleaner may free enough for the heap to
    // dip and climb again, which repeats levels)
    const firsts = [...new Map(heap.map((a: any) => [a.level, a.threshold])).entries()];
    expect(firsts).toEqual([
      ['info', 0.25],
      ['warning', 0.3],
      ['critical', 0.35],
    ]);
    for (const a of heap) expect(a.value).toBeGreaterThanOrEqual(a.threshold);
    expect(r.config.thresholds.critical).toBe(0.35);
    // --max-old-space-size=64, not V8's heap_size_limit (112 MiB on Node 20, 256 MiB on Node 24)
    expect(r.sample.heapLimit).toBe(64 * 1048576);
    expect(r.cleanup.byTrigger.pressure).toBe(1);
    expect(r.cleanup.recent[0].cleaners).toMatchObject([{ name: 'drop-cache', ok: true }]);
    expect(r.snapshots.written).toHaveLength(1);
    const snap = r.snapshots.written[0];
    expect(snap.reason).toBe('heap critical');
    expect(snap.path.startsWith(dir)).toBe(true);
    expect(existsSync(snap.path)).toBe(true);
    expect(snap.bytes).toBeGreaterThan(1_000_000);
  }, 60_000);

  // 13, not 10: a call needs two reads after major GCs 5 minutes apart, and the monitor asks
  // for the first only once the floor has shown 5 minutes of growth (at 6-7), so without an
  // early major GC of V8's own the call comes at 11-12 (CI saw none by 10, once on each Node,
  // in four runs; here it came at 8.1-8.8 in eight). The child runs 16.
  it('flags a real 1 MiB/min leak within 13 (virtual) minutes', async () => {
    const r = await leak;
    expect(r.firstFlagMin, JSON.stringify(r.trend)).toBeGreaterThan(0);
    expect(r.firstFlagMin).toBeLessThanOrEqual(13);
    expect(r.alerts).toContain('leak.trend');
    expect(r.trend.leakSuspected, JSON.stringify(r.trend)).toBe(true);
    // what decides: the growth of what survives major GCs
    expect(r.trend.confirmedGrowthBytesPerMin / 1048576).toBeGreaterThan(0.6);
    expect(r.trend.confirmedGrowthBytesPerMin / 1048576).toBeLessThan(1.6);
  }, 60_000);

  it('raises no leak on a real churning process over 30 (virtual) minutes', async () => {
    const r = await churn;
    expect(r.firstFlagMin).toBe(-1);
    expect(r.alerts).not.toContain('leak.trend');
    expect(r.trend.leakSuspected).toBe(false);
    expect(r.trend.points).toBeGreaterThanOrEqual(5);
  }, 60_000);
});

describe('MemoryMonitor on a large heap whose old generation climbs between major GCs', () => {
  it('raises no leak on promoted garbage: a full GC shows the climb was garbage', async () => {
    const r = await promoted;
    expect(r.firstFlagMin).toBe(-1);
    expect(r.alerts).not.toContain('leak.trend');
    // the monitor's own full GCs (collectToConfirm), at most one per minSpanMs (5 min)
    expect(r.atomicPausesMs.length).toBeGreaterThanOrEqual(1);
    expect(r.atomicPausesMs.length).toBeLessThanOrEqual(7);
  }, 60_000);

  it('raises no leak on promoted garbage waiting for V8 (collectToConfirm: false)', async () => {
    const r = await promotedPassive;
    // the floor alone called a leak: what the detector did before a major GC had to confirm it
    expect(r.floorSaidLeak).toBeGreaterThan(0);
    expect(r.firstFlagMin).toBe(-1);
    expect(r.alerts).not.toContain('leak.trend');
    // none of the monitor's own
    expect(r.atomicPausesMs).toEqual([]);
  }, 60_000);

  it('calls a real 1 MiB/min leak under the same garbage within 12 (virtual) minutes', async () => {
    const r = await promotedLeak;
    expect(r.newSpaceMiB.size).toBeLessThanOrEqual(32); // two semi-spaces of at most 16 MiB
    expect(r.firstFlagMin).toBeGreaterThan(0);
    // 7.2–10 min on Node 20, 6.7–7.8 on Node 24 (docs/monitor.md, "Confirmed by a major GC");
    // waiting for V8's major GCs instead took 17–74
    expect(r.firstFlagMin).toBeLessThanOrEqual(12);
    expect(r.alerts).toContain('leak.trend');
    expect(r.confirmedAtLastLeakVerdict / 1048576).toBeGreaterThan(0.6);
    expect(r.confirmedAtLastLeakVerdict / 1048576).toBeLessThan(1.6);
  }, 60_000);

  it('a leak that a large young generation promotes in steps, once called, stays called', async () => {
    const r = await promotedLeakBigYoung;
    expect(r.firstFlagMin).toBeGreaterThan(0);
    expect(r.firstFlagMin).toBeLessThanOrEqual(20);
    expect(r.alerts).toContain('leak.trend');
    expect(r.leakAlertsCleared, JSON.stringify(r.trend)).toBe(0);
    expect(r.leakShareAfterFirst).toBe(1);
  }, 90_000);
});

describe('oldSpaceLimitFromFlags', () => {
  it('reads --max-old-space-size from NODE_OPTIONS or the flags, which take precedence', async () => {
    const { oldSpaceLimitFromFlags } = await import('../../src/monitor/node-source.js');
    expect(oldSpaceLimitFromFlags([], '')).toBe(0);
    expect(oldSpaceLimitFromFlags(['--max-old-space-size=64'], '')).toBe(64 * 1048576);
    expect(oldSpaceLimitFromFlags([], '--inspect --max_old_space_size=128')).toBe(128 * 1048576);
    expect(oldSpaceLimitFromFlags(['--max-old-space-size=64'], '--max-old-space-size=32')).toBe(
      64 * 1048576,
    );
    expect(oldSpaceLimitFromFlags(['--max-old-space-size=8', '--max-old-space-size=16'], '')).toBe(
      16 * 1048576,
    );
  });
});
