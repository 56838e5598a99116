/**
 * In-process: with the finder's hooks installed the app sees exactly what it saw before
 * (listener order, `this`, return values, errors, timer objects), originals come back on
 * stop, and the tracker's live counts follow additions, every kind of removal and collection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EventEmitter } from 'node:events';
import { cpSync, realpathSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { join } from 'node:path';
import timers from 'node:timers';
import { promisify } from 'node:util';
// Loaded before the finder starts (beforeAll): found in the module cache, hooked from then on.
import {
  BehaviorSubject,
  Observable,
  Subject,
  Subscriber,
  config as rxConfig,
  filter,
  interval,
  map,
  take,
} from 'rxjs';
import { LeakFinder, formatReport } from '../../src/detect/index.js';
import { readRegisterConfig } from '../../src/detect/env.js';
import type { RuntimeSiteSummary, SiteReport } from '../../src/detect/index.js';
import { startExactFinder } from './support/exact-finder.js';
import { withTempDir } from '../helpers/tmp.js';
import { ROOT } from '../helpers/cached-build.js';

const originalOn = EventEmitter.prototype.on;
const originalSetTimeout = globalThis.setTimeout;
const originalAdd = EventTarget.prototype.addEventListener;
const originalCompile = (Module.prototype as unknown as { _compile: unknown })._compile;
const originalSubscribe = Observable.prototype.subscribe;

let finder: LeakFinder;

beforeAll(() => {
  finder = startExactFinder();
});
afterAll(() => finder.stop());

/** Sites created in this file (vitest's own resources are ignored). */
function mine(): SiteReport[] {
  finder.sample();
  const r = finder.report();
  return [...r.top, ...r.leaks].filter((s) => s.file.endsWith('behaviour.test.ts'));
}

function countAt(kind: string, event: string | null): number {
  return mine()
    .filter((s) => s.kind === kind && s.event === event)
    .reduce((n, s) => Math.max(n, s.count), 0);
}

describe('app-visible behaviour with the hooks installed', () => {
  it('hooks are installed, on === addListener still holds, and names/lengths are kept', () => {
    expect(EventEmitter.prototype.on).not.toBe(originalOn);
    expect((Module.prototype as unknown as { _compile: unknown })._compile).not.toBe(
      originalCompile,
    );
    expect(EventEmitter.prototype.on).toBe(EventEmitter.prototype.addListener);
    expect(EventEmitter.prototype.on.name).toBe(originalOn.name);
    expect(EventEmitter.prototype.on.length).toBe(originalOn.length);
    expect(timers.setTimeout).toBe(globalThis.setTimeout);
    expect(globalThis.setTimeout.name).toBe('setTimeout');
  });

  it('listener order, once, prepend, `this` and return values are unchanged', () => {
    const e = new EventEmitter();
    const log: string[] = [];
    const thisSeen: unknown[] = [];
    function a(this: unknown): void {
      log.push('a');
      thisSeen.push(this);
    }
    expect(e.on('x', a)).toBe(e);
    expect(e.prependListener('x', () => log.push('b'))).toBe(e);
    expect(e.once('x', () => log.push('c'))).toBe(e);
    expect(e.prependOnceListener('x', () => log.push('d'))).toBe(e);
    expect(e.addListener('x', () => log.push('e'))).toBe(e);
    expect(e.emit('x')).toBe(true);
    expect(e.emit('x')).toBe(true);
    expect(log).toEqual(['d', 'b', 'a', 'c', 'e', 'b', 'a', 'e']);
    expect(thisSeen).toEqual([e, e]);
    expect(e.listenerCount('x')).toBe(3);
  });

  it('a module the app requires is hooked before require returns, and loads as before', () =>
    withTempDir('lg-modules-', (dir) => {
      // A copy of eventemitter2 of its own: a module instance loaded only now.
      cpSync(
        realpathSync(join(ROOT, 'node_modules', 'eventemitter2')),
        join(dir, 'node_modules', 'eventemitter2'),
        { recursive: true },
      );
      writeFileSync(join(dir, 'throws.cjs'), "throw new RangeError('boom at load');\n");
      writeFileSync(join(dir, 'plain.cjs'), 'module.exports = { plain: true };\n');
      const req = createRequire(join(dir, 'app.cjs'));
      const { EventEmitter2 } = req('eventemitter2') as {
        EventEmitter2: new () => { on(e: string, f: () => void): unknown };
      };
      const bus = new EventEmitter2();
      for (let i = 0; i < 3; i++) bus.on('fresh-ee2', () => i);
      expect(countAt('listener', 'fresh-ee2')).toBe(3);
      // What require returns is the module's exports, the cached one the next time.
      const plain: unknown = req('./plain.cjs');
      expect(plain).toEqual({ plain: true });
      expect(req('./plain.cjs')).toBe(plain);
      expect(req.cache[req.resolve('./plain.cjs')]!.exports).toBe(plain);
      // A module that throws while it loads throws its own error to the app.
      expect(() => req('./throws.cjs')).toThrow(new RangeError('boom at load'));
    }));

  it('errors thrown by the originals come through unchanged', () => {
    const e = new EventEmitter();
    let err: unknown;
    try {
      e.on('x', 42 as never);
    } catch (x) {
      err = x;
    }
    expect(err).toBeInstanceOf(TypeError);
    expect((err as { code?: string }).code).toBe('ERR_INVALID_ARG_TYPE');
    expect(() => setTimeout('nope' as never, 1)).toThrow(
      expect.objectContaining({ code: 'ERR_INVALID_ARG_TYPE' }),
    );
    // A listener that throws still throws out of emit.
    e.on('boom', () => {
      throw new RangeError('mine');
    });
    expect(() => e.emit('boom')).toThrow(RangeError);
  });

  it('EventTarget: return value, once, duplicates and handleEvent objects', () => {
    const t = new EventTarget();
    const log: string[] = [];
    const f = (): number => log.push('f');
    expect(t.addEventListener('x', f)).toBeUndefined();
    t.addEventListener('x', f); // duplicate: ignored by EventTarget
    t.addEventListener('x', { handleEvent: () => log.push('h') });
    t.addEventListener('x', () => log.push('o'), { once: true });
    t.dispatchEvent(new Event('x'));
    t.dispatchEvent(new Event('x'));
    expect(log).toEqual(['f', 'h', 'o', 'f', 'h']);
  });

  it('timers: same objects, this, arguments and promisify', async () => {
    const got = await new Promise<unknown[]>((resolve) => {
      const t = setTimeout(
        function (this: unknown, ...args: unknown[]) {
          resolve([this === t, ...args]);
        },
        1,
        'a',
        2,
      );
      expect(typeof t.ref).toBe('function');
      expect(t.hasRef()).toBe(true);
      expect(typeof t[Symbol.toPrimitive]()).toBe('number');
    });
    expect(got).toEqual([true, 'a', 2]);
    expect(await promisify(setTimeout)(1, 'v')).toBe('v');
    const i = setImmediate(() => {});
    clearImmediate(i);
    // the wrappers pass one or two arguments as such: the count reaches the callback exactly
    const counts = await Promise.all(
      [
        (cb: (...a: unknown[]) => void) => setImmediate(cb),
        (cb: (...a: unknown[]) => void) => setImmediate(cb, undefined),
        (cb: (...a: unknown[]) => void) => setTimeout(cb),
        (cb: (...a: unknown[]) => void) => setTimeout(cb, 1),
        (cb: (...a: unknown[]) => void) => setTimeout(cb, 1, undefined),
      ].map((start) => new Promise<number>((r) => start((...a) => r(a.length)))),
    );
    expect(counts).toEqual([0, 1, 0, 0, 1]);
    const { setTimeout: named } = await import('node:timers');
    expect(named).toBe(globalThis.setTimeout);
  });
});

describe('live counts', () => {
  it('listeners: add, off, removeAllListeners, once firing', () => {
    const e = new EventEmitter();
    e.setMaxListeners(0);
    const fns: (() => void)[] = [];
    for (let i = 0; i < 30; i++) {
      const fn = (): void => {};
      fns.push(fn);
      e.on('grow', fn);
    }
    expect(countAt('listener', 'grow')).toBe(30);
    for (const fn of fns.slice(0, 10)) e.off('grow', fn);
    expect(countAt('listener', 'grow')).toBe(20);
    e.removeAllListeners('grow');
    expect(countAt('listener', 'grow')).toBe(0);
    for (let i = 0; i < 5; i++) e.once('one', () => {});
    expect(countAt('listener', 'one')).toBe(5);
    e.emit('one');
    expect(countAt('listener', 'one')).toBe(0);
  });

  it('the same function added twice and removed once leaves one alive', () => {
    const e = new EventEmitter();
    const fn = (): void => {};
    for (let i = 0; i < 2; i++) e.on('dup', fn);
    expect(countAt('listener', 'dup')).toBe(2);
    e.off('dup', fn);
    expect(countAt('listener', 'dup')).toBe(1);
    e.off('dup', fn);
  });

  it('listeners of a collected emitter stop counting (GC before the sample)', async () => {
    // The emitter exists only inside this function: once it returns, nothing references it.
    ((): void => {
      const e = new EventEmitter();
      for (let i = 0; i < 7; i++) e.on('dropped', () => {});
    })();
    // Read the count in a later job: WeakRefs created in this job keep their target until it
    // ends (ECMAScript KeepDuringJob).
    await new Promise((r) => setImmediate(r));
    expect(countAt('listener', 'dropped')).toBe(0);
  });

  it('listeners of a live emitter keep counting across GCs', async () => {
    const e = new EventEmitter();
    for (let i = 0; i < 7; i++) e.on('kept', () => {});
    await new Promise((r) => setImmediate(r));
    expect(countAt('listener', 'kept')).toBe(7);
    e.removeAllListeners();
  });

  it('timers, intervals and AbortSignal listeners', () => {
    const ivs = Array.from({ length: 4 }, () => setInterval(() => {}, 60_000));
    expect(countAt('interval', null)).toBe(4);
    for (const i of ivs) clearInterval(i);
    expect(countAt('interval', null)).toBe(0);
    const ac = new AbortController();
    for (let i = 0; i < 3; i++) ac.signal.addEventListener('abort', () => {}, { once: true });
    expect(countAt('event-target-listener', 'abort')).toBe(3);
    ac.abort();
    expect(countAt('event-target-listener', 'abort')).toBe(0);
  });

  it('a site that keeps growing is reported as leaking', () => {
    const e = new EventEmitter();
    e.setMaxListeners(0);
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 5; i++) e.on('leaky', () => {});
      finder.sample();
    }
    const leak = finder.report().leaks.find((s) => s.event === 'leaky');
    expect(leak).toMatchObject({ count: 60, file: expect.stringMatching(/behaviour\.test\.ts$/) });
    e.removeAllListeners();
  });
});

describe('growing sites carried by their receivers', () => {
  it('one listener per receiver on receivers that pile up is carried; a pile-up on one receiver or a fixed set is not', () => {
    const kept: EventEmitter[] = [];
    const hub = new EventEmitter();
    hub.setMaxListeners(0);
    const pool = [new EventEmitter(), new EventEmitter(), new EventEmitter()];
    for (const p of pool) p.setMaxListeners(0);
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 5; i++) {
        const bus = new EventEmitter();
        bus.on('carried', () => {});
        kept.push(bus);
      }
      for (let i = 0; i < 5; i++) hub.on('piled', () => {});
      for (let i = 0; i < 6; i++) pool[i % 3]!.on('pooled', () => {});
      finder.sample();
    }
    const r = finder.report();
    const at = (event: string) => r.leaks.find((s) => s.event === event);
    expect(at('carried')).toMatchObject({ count: 60, receivers: 60, carried: true });
    expect(at('piled')).toMatchObject({ count: 60, receivers: 1, carried: false });
    expect(at('pooled')).toMatchObject({ count: 72, receivers: 3, carried: false });
    // Sites that grow by themselves come first; the text says which one is carried.
    const mine = r.leaks.filter((s) => ['carried', 'piled', 'pooled'].includes(s.event ?? ''));
    expect(mine.map((s) => s.event).pop()).toBe('carried');
    const text = formatReport(r);
    expect(text).toMatch(
      /behaviour\.test\.ts:\d+:\d+ \(carried: one set per receiver, 60 receivers alive\)/,
    );
    // (the runner's own per-test listeners may be carried sites too: one line counts them all)
    expect(text).toMatch(/\d+ sites? grows? only because (its|their) receivers are kept alive/);
    // A timer is a root: it never counts as carried.
    const t = setInterval(() => {}, 60_000);
    finder.sample();
    expect(
      finder
        .report()
        .top.find((s) => s.kind === 'interval' && s.file.endsWith('behaviour.test.ts')),
    ).toMatchObject({ receivers: null, carried: false });
    clearInterval(t);
    hub.removeAllListeners();
    for (const p of pool) p.removeAllListeners();
    for (const b of kept) b.removeAllListeners();
  });

  it('a receiver that gets more of the listeners over time is not carried, even when receivers pile up too', () => {
    const kept: EventEmitter[] = [];
    const hub = new EventEmitter();
    hub.setMaxListeners(0);
    const add = (e: EventEmitter) => e.on('mixed', () => {});
    for (let round = 0; round < 12; round++) {
      const bus = new EventEmitter();
      add(bus);
      kept.push(bus);
      add(hub);
      finder.sample();
    }
    const s = finder.report().leaks.find((x) => x.event === 'mixed');
    expect(s).toMatchObject({ count: 24, receivers: 13, carried: false });
    hub.removeAllListeners();
    for (const b of kept) b.removeAllListeners();
  });

  it('with the budget forcing sampling, one listener per receiver stays carried and a pile-up does not', () => {
    const f = new LeakFinder({
      sampleIntervalMs: 3_600_000,
      budget: 200,
      gc: false,
      minSamples: 3,
    });
    f.start();
    const kept: EventEmitter[] = [];
    const hub = new EventEmitter();
    hub.setMaxListeners(0);
    try {
      for (let round = 0; round < 10; round++) {
        for (let i = 0; i < 1000; i++) {
          const bus = new EventEmitter();
          bus.on('carriedS', () => {});
          kept.push(bus);
          hub.on('piledS', () => {});
        }
        f.sample();
      }
      const r = f.report();
      const carried = r.leaks.find((x) => x.event === 'carriedS')!;
      const piled = r.leaks.find((x) => x.event === 'piledS')!;
      expect(carried.tracked).toBeLessThan(10_000);
      expect(carried.carried).toBe(true);
      expect(piled.carried).toBe(false);
      expect(piled.receivers).toBe(1);
    } finally {
      f.stop();
      hub.removeAllListeners();
      for (const b of kept) b.removeAllListeners();
    }
  });
});

describe('sampling', () => {
  it('weighted counts stay unbiased when the budget forces sampling', () => {
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, budget: 200, gc: false });
    // A second tracker on the same hooks, with a small budget.
    f.start();
    try {
      const e = new EventEmitter();
      e.setMaxListeners(0);
      for (let i = 0; i < 20_000; i++) e.on('many', () => {});
      f.sample();
      const s = f.report().top.find((x) => x.event === 'many')!;
      expect(s.tracked).toBeLessThan(2_000);
      expect(s.count).toBeGreaterThan(20_000 * 0.7);
      expect(s.count).toBeLessThan(20_000 * 1.3);
      expect(f.report().stats.captures).toBeLessThan(2_000);
    } finally {
      f.stop();
    }
  });

  it('between settled samples only what is certainly alive counts; a rise settles, churn does not', async () => {
    // No GC on a schedule here: only the first sample and suspicion settle.
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 3_600_000, budget: 1e9 });
    f.start();
    const turn = (): Promise<unknown> => new Promise((r) => setImmediate(r));
    const at = (event: string, kind = 'listener'): number =>
      f
        .report()
        .top.filter((x) => x.kind === kind && x.event === event)
        .reduce((n, x) => n + x.count, 0);
    const long = new EventEmitter();
    long.setMaxListeners(0);
    // One creation site for every listener of `long`.
    const addKept = (n: number): void => {
      for (let i = 0; i < n; i++) long.on('kept', () => {});
    };
    const ivs: ReturnType<typeof setInterval>[] = [];
    try {
      addKept(1);
      f.sample();
      expect(f.report().settledSamples).toBe(1);
      await turn();

      // After the settled sample: `long` survived it, `fresh` did not exist yet.
      addKept(3);
      const fresh = new EventEmitter();
      for (let i = 0; i < 3; i++) fresh.on('fresh', () => {});
      for (let i = 0; i < 2; i++) ivs.push(setInterval(() => {}, 60_000));
      f.sample();
      expect(at('kept')).toBe(4);
      expect(at('fresh')).toBe(0); // not counted (it may be garbage) …
      expect(f.report().top.some((x) => x.kind === 'interval' && x.count === 2)).toBe(true);
      await turn();
      expect(f.report().settledSamples).toBe(1); // a rise of 3 < minGrowth / 2: no GC

      // Churn: 200 short-lived emitters with a listener each never trigger a GC.
      for (let i = 0; i < 200; i++) new EventEmitter().on('churn', () => {});
      f.sample();
      await turn();
      expect(f.report().settledSamples).toBe(1);

      // A rise of 6 on a receiver that survived a GC settles on the next turn, after which
      // `fresh`'s listeners (… but not dropped) count and the churned ones are gone.
      addKept(6);
      f.sample();
      expect(f.report().settledSamples).toBe(1);
      await turn();
      expect(f.report().settledSamples).toBe(2);
      expect(at('kept')).toBe(10);
      expect(at('fresh')).toBe(3);
      expect(at('churn')).toBe(0);
      expect(fresh.listenerCount('fresh')).toBe(3);
      // Followed: any further rise settles again.
      addKept(2);
      f.sample();
      await turn();
      expect(f.report().settledSamples).toBe(3);
      // No rise: the suspicion ends.
      f.sample();
      await turn();
      expect(f.report().settledSamples).toBe(3);
      expect(f.report().samples).toBe(6);
      // What the final report does: settle now, synchronously.
      f.settleNow();
      expect(f.report()).toMatchObject({ samples: 7, settledSamples: 4 });
    } finally {
      for (const i of ivs) clearInterval(i);
      long.removeAllListeners();
      f.stop();
    }
  });

  it('a new receiver collecting listeners is probed with one GC, once per site', async () => {
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gcIntervalMs: 3_600_000, budget: 1e9 });
    f.start();
    const turn = (): Promise<unknown> => new Promise((r) => setImmediate(r));
    const listen = (e: EventEmitter, n: number): void => {
      for (let i = 0; i < n; i++) e.on('crowd', () => {});
    };
    const count = (): number =>
      f
        .report()
        .top.filter((x) => x.event === 'crowd')
        .reduce((n, x) => n + x.count, 0);
    try {
      f.sample(); // settled: nothing listens yet
      await turn();
      const bus = new EventEmitter();
      listen(bus, 6);
      f.sample();
      expect(count()).toBe(0); // `bus` may be garbage as far as the finder knows …
      await turn();
      expect(f.report().settledSamples).toBe(2); // … so one GC tells
      expect(count()).toBe(6);
      // The same site on another new receiver: no second probe before the next scheduled GC.
      const other = new EventEmitter();
      listen(other, 6);
      f.sample();
      await turn();
      expect(f.report().settledSamples).toBe(2);
      // `bus` survived: its further growth is followed without probing.
      listen(bus, 6);
      f.sample();
      await turn();
      expect(f.report().settledSamples).toBe(3);
      expect(count()).toBe(18);
      other.removeAllListeners();
    } finally {
      f.stop();
    }
  });

  it('with gc off every sample is settled', () => {
    const f = new LeakFinder({ sampleIntervalMs: 3_600_000, gc: false });
    f.start();
    try {
      for (let i = 0; i < 3; i++) f.sample();
      expect(f.report()).toMatchObject({ samples: 3, settledSamples: 3, gc: false });
    } finally {
      f.stop();
    }
  });

  it('options are validated with exact messages', () => {
    expect(() => new LeakFinder({ sampleIntervalMs: -1 })).toThrow(
      'Expected `sampleIntervalMs` to be an integer from 10 to 2147483647, got `-1` (number)',
    );
    // Longer than a timer can wait: Node would sample every 1 ms instead.
    expect(() => new LeakFinder({ sampleIntervalMs: 2 ** 31 })).toThrow(
      'Expected `sampleIntervalMs` to be an integer from 10 to 2147483647, got `2147483648` (number)',
    );
    expect(() => new LeakFinder({ gc: 'yes' as never })).toThrow(
      'Expected `gc` to be a boolean, got `"yes"` (string)',
    );
    expect(() => new LeakFinder({ minSamples: 100, window: 10 })).toThrow(
      /Expected `minSamples` to be at most `window` \(10\)/,
    );
    expect(() => new LeakFinder({ nope: 1 } as never)).toThrow(/^Unknown option `nope`$/);
    expect(() => new LeakFinder({ sampleInterval: 500 } as never)).toThrow(
      'Unknown option `sampleInterval`; did you mean `sampleIntervalMs`?',
    );
    expect(() => new LeakFinder({ minSample: 5 } as never)).toThrow(
      'Unknown option `minSample`; did you mean `minSamples`?',
    );
    expect(() => new LeakFinder({ gcIntervalMs: -5 })).toThrow(
      'Expected `gcIntervalMs` to be an integer >= 0, got `-5` (number)',
    );
  });
});

describe('formatReport options', () => {
  it('refuses unknown keys with a did-you-mean, and wrong values', () => {
    const report = finder.report();
    expect(() => formatReport(report, { stack: true } as never)).toThrow(
      'Unknown option `stack`; did you mean `stacks`?',
    );
    expect(() => formatReport(report, { top: -1 })).toThrow(
      'Expected `top` to be a non-negative integer, got `-1` (number)',
    );
    expect(() => formatReport(report, { stacks: 'yes' as never })).toThrow(
      'Expected `stacks` to be a boolean, got `"yes"` (string)',
    );
    expect(formatReport(report, { title: '[t]', top: 0, stacks: true })).toMatch(
      /^\[t\] leakguard:/,
    );
  });
});

describe('register environment', () => {
  it('reads the GC settings, with 0 meaning every sample', () => {
    expect(readRegisterConfig({}).finder).toMatchObject({ gc: true });
    expect(readRegisterConfig({}).finder.gcIntervalMs).toBeUndefined();
    const c = readRegisterConfig({ LEAKGUARD_GC: '0', LEAKGUARD_GC_INTERVAL: '5s' }).finder;
    expect(c).toMatchObject({ gc: false, gcIntervalMs: 5000 });
    expect(readRegisterConfig({ LEAKGUARD_GC_INTERVAL: '0' }).finder.gcIntervalMs).toBe(0);
    expect(readRegisterConfig({ LEAKGUARD_GC_INTERVAL: '250ms' }).finder.gcIntervalMs).toBe(250);
    expect(() => readRegisterConfig({ LEAKGUARD_GC_INTERVAL: 'soon' })).toThrow(
      /Expected `LEAKGUARD_GC_INTERVAL` to be a duration/,
    );
  });

  it("checks values with the finder's rules, naming the variable and showing its text", () => {
    const cases: [NodeJS.ProcessEnv, string][] = [
      [
        { LEAKGUARD_SAMPLE_INTERVAL: '5ms' },
        'Expected `LEAKGUARD_SAMPLE_INTERVAL` to be a duration from 10ms to 2147483647ms, got `"5ms"` (string)',
      ],
      [
        { LEAKGUARD_WINDOW: '2' },
        'Expected `LEAKGUARD_WINDOW` to be an integer >= 3, got `"2"` (string)',
      ],
      [
        { LEAKGUARD_MAX_P: '2' },
        'Expected `LEAKGUARD_MAX_P` to be a number in (0, 1], got `"2"` (string)',
      ],
      [
        { LEAKGUARD_STACK_DEPTH: '1.5' },
        'Expected `LEAKGUARD_STACK_DEPTH` to be a positive integer, got `"1.5"` (string)',
      ],
      [
        { LEAKGUARD_MIN_SAMPLES: '20', LEAKGUARD_WINDOW: '10' },
        'Expected `LEAKGUARD_MIN_SAMPLES` to be at most `LEAKGUARD_WINDOW` (10), got `"20"` (string)',
      ],
      [
        { LEAKGUARD_BUDGET: 'lots' },
        'Expected `LEAKGUARD_BUDGET` to be a number, got `"lots"` (string)',
      ],
    ];
    for (const [env, message] of cases) expect(() => readRegisterConfig(env)).toThrow(message);
    expect(readRegisterConfig({ LEAKGUARD_SAMPLE_INTERVAL: '10ms' }).finder.sampleIntervalMs).toBe(
      10,
    );
  });
});

// After the tests above, whose reports include every growing site so far (vitest's own too):
// the samples these tests take would add to the history those reports read.
describe('RxJS subscriptions', () => {
  /** The rx-subscription sites of this file on observables of `receiverType` (after a sample). */
  function rx(receiverType: string): RuntimeSiteSummary[] {
    finder.sample();
    return finder
      .report({ sites: true })
      .sites!.filter(
        (s) =>
          s.kind === 'rx-subscription' &&
          s.receiverType === receiverType &&
          s.file.endsWith('behaviour.test.ts'),
      );
  }
  const live = (receiverType: string): number => rx(receiverType).reduce((n, s) => n + s.count, 0);
  const tick = (): Promise<unknown> => new Promise((r) => setImmediate(r));

  it('subscribe is hooked and returns, calls and delivers as before', () => {
    expect(Observable.prototype.subscribe).not.toBe(originalSubscribe);
    expect(Observable.prototype.subscribe.name).toBe(originalSubscribe.name);
    expect(Observable.prototype.subscribe.length).toBe(originalSubscribe.length);
    const s = new Subject<number>();
    const got: number[] = [];
    const sub = s.subscribe((v) => got.push(v));
    expect(sub).toBeInstanceOf(Subscriber);
    expect(sub.closed).toBe(false);
    s.next(1);
    sub.unsubscribe();
    s.next(2);
    expect(got).toEqual([1]);
    // A Subscriber passed in is the one returned.
    const given = new Subscriber<number>({
      next: (v) => got.push(v),
      error: () => {},
      complete: () => {},
    });
    expect(s.subscribe(given)).toBe(given);
    s.next(3);
    expect(got).toEqual([1, 3]);
    given.unsubscribe();
    // `this` in the subscribe function is the observable subscribed to; all three callbacks run.
    let thisWasCold = false;
    const cold = new Observable<number>(function (this: unknown, o) {
      thisWasCold = this === cold;
      o.next(7);
      o.complete();
    });
    const log: string[] = [];
    cold.subscribe(
      (v) => log.push(`next ${v}`),
      undefined,
      () => log.push('complete'),
    );
    expect(thisWasCold).toBe(true);
    expect(log).toEqual(['next 7', 'complete']);
  });

  it('errors reach the observer, or are thrown, as before; the next subscribe is still noted', () => {
    class Failing extends Observable<never> {}
    const boom = new RangeError('boom');
    const failing = new Failing(() => {
      throw boom;
    });
    let err: unknown;
    failing.subscribe({ error: (e: unknown) => (err = e) });
    expect(err).toBe(boom);
    rxConfig.useDeprecatedSynchronousErrorHandling = true;
    try {
      expect(() => failing.subscribe()).toThrow(boom);
    } finally {
      rxConfig.useDeprecatedSynchronousErrorHandling = false;
    }
    // The throw left the wrapper's depth count as it was: these are app calls again.
    class Errors extends Subject<number> {}
    const s = new Errors();
    const subs = [0, 1].map(() => s.subscribe());
    expect(rx('Errors')).toMatchObject([{ created: 2, count: 2 }]);
    for (const x of subs) x.unsubscribe();
    expect(live('Errors')).toBe(0);
  });

  it('one subscription per app call, on the Subject under the pipe, until unsubscribed or completed', async () => {
    class Prices extends Subject<number> {}
    const s = new Prices();
    const subs = Array.from({ length: 4 }, () =>
      s
        .pipe(
          map((x) => x * 2),
          filter(Boolean),
          map(String),
        )
        .subscribe(() => {}),
    );
    // The pipe() results are garbage once subscribed: the Subject keeps the subscriptions.
    await tick();
    expect(rx('Prices')).toMatchObject([{ created: 4, count: 4, event: null }]);
    for (const x of subs.slice(0, 3)) x.unsubscribe();
    expect(live('Prices')).toBe(1);
    s.complete();
    expect(live('Prices')).toBe(0);
    // Ended by take(1) at once (a BehaviorSubject gives its value on subscribe).
    class State extends BehaviorSubject<number> {}
    const state = new State(1);
    for (let i = 0; i < 3; i++) state.pipe(take(1)).subscribe(() => {});
    expect(rx('State')).toMatchObject([{ created: 3, count: 0 }]);
  });

  it('subscriptions of a collected Subject stop counting', async () => {
    class Dropped extends Subject<number> {}
    ((): void => {
      const s = new Dropped();
      for (let i = 0; i < 5; i++) s.subscribe(() => {});
    })();
    await tick();
    expect(rx('Dropped')).toMatchObject([{ created: 5, count: 0 }]);
  });

  it('a subscription whose observable was collected counts while a timer drives it', async () => {
    const sources: WeakRef<object>[] = [];
    const subs = Array.from({ length: 3 }, () => {
      const source = interval(3_600_000);
      sources.push(new WeakRef(source));
      return source.subscribe(() => {});
    });
    await tick();
    expect(live('Observable')).toBe(3);
    // That count was taken after a GC that collected the observables themselves.
    expect(sources.every((r) => r.deref() === undefined)).toBe(true);
    for (const x of subs) x.unsubscribe();
    expect(live('Observable')).toBe(0);
  });

  it('a Subject that keeps gaining subscriptions is a growing site, not a carried one', () => {
    class Feed extends Subject<number> {}
    const feed = new Feed();
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 5; i++) feed.subscribe(() => {});
      finder.sample();
    }
    const leak = finder
      .report()
      .leaks.find((s) => s.kind === 'rx-subscription' && s.receiverType === 'Feed');
    expect(leak).toMatchObject({ count: 60, event: null, receivers: 1, carried: false });
    feed.complete();
  });
});

describe('stop', () => {
  it('restores the original functions when the last finder stops', () => {
    finder.stop();
    expect(EventEmitter.prototype.on).toBe(originalOn);
    expect(EventEmitter.prototype.addListener).toBe(originalOn);
    expect(globalThis.setTimeout).toBe(originalSetTimeout);
    expect(timers.setTimeout).toBe(originalSetTimeout);
    expect(EventTarget.prototype.addEventListener).toBe(originalAdd);
    expect((Module.prototype as unknown as { _compile: unknown })._compile).toBe(originalCompile);
    expect(Observable.prototype.subscribe).toBe(originalSubscribe);
  });
});
