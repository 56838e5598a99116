/**
 * In-process: the finder's hook on leakguard's own `Signal.prototype.connect`. The app sees
 * what it saw before (the Connection returned, `once`, `wait`, errors), sites are the app's
 * line of `connect` / `once` / `scope.connect` (never leakguard's frames), connections count
 * until disposed, disconnected, fired (`once`, `wait`), their Signal disposed or collected,
 * and the original comes back on stop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Scope, Signal } from '../../src/core/index.js';
import type { Connection } from '../../src/core/index.js';
import { LeakFinder } from '../../src/detect/index.js';
import type { SiteReport } from '../../src/detect/index.js';
import { startExactFinder } from './support/exact-finder.js';

const originalConnect = Signal.prototype.connect;

let finder: LeakFinder;

beforeAll(() => {
  finder = startExactFinder();
});
afterAll(() => finder.stop());

/** Signal sites created in this file. */
function mine(): SiteReport[] {
  finder.sample();
  const r = finder.report();
  return [...r.top, ...r.leaks].filter(
    (s) => s.kind === 'signal-listener' && s.file.endsWith('signal.test.ts'),
  );
}

function countOf(event: string | null): number {
  return mine()
    .filter((s) => s.event === event)
    .reduce((n, s) => Math.max(n, s.count), 0);
}

/** The line of the caller of this function (for asserting sites). */
function here(): number {
  const line = new Error().stack!.split('\n')[2]!;
  return Number(/:(\d+):\d+\)?$/.exec(line)![1]);
}

describe('Signal connections with the hooks installed', () => {
  it('connect is wrapped with its name and length, and returns the Connection as before', () => {
    expect(Signal.prototype.connect).not.toBe(originalConnect);
    expect(Signal.prototype.connect.name).toBe('connect');
    expect(Signal.prototype.connect.length).toBe(originalConnect.length);
    const s = new Signal<[number]>({ name: 'same' });
    const seen: number[] = [];
    const c = s.connect((n) => seen.push(n));
    expect(c.connected).toBe(true);
    expect(c.kind).toBe('listener');
    expect(c.description).toBe("listener on signal 'same'");
    s.fire(1);
    const o = s.once((n) => seen.push(n * 10));
    s.fire(2);
    s.fire(3);
    expect(seen).toEqual([1, 2, 20, 3]);
    expect(o.connected).toBe(false);
    c.dispose();
    expect(s.size).toBe(0);
  });

  it('errors of the original come through unchanged and nothing is recorded', () => {
    const s = new Signal({ name: 'refused' });
    expect(() => s.connect(42 as never)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_INVALID_OPTION' }),
    );
    expect(() => s.connect(42 as never)).toThrow(
      'Expected `listener` to be a function, got `42` (number)',
    );
    expect(mine().filter((x) => x.event === 'refused')).toEqual([]);
  });

  it('a Signal whose name throws when read still connects (tracking is fenced)', () => {
    const s = new Signal<[]>();
    Object.defineProperty(s, 'name', {
      get() {
        throw new Error('no name');
      },
    });
    let calls = 0;
    const c: Connection = s.connect(() => calls++);
    s.fire();
    expect(calls).toBe(1);
    c.dispose();
    expect(s.size).toBe(0);
  });
});

describe('live counts and sites', () => {
  it('connect, dispose, disconnect and disposing the Signal', () => {
    const s = new Signal({ name: 'players' });
    const cs: Connection[] = [];
    const line = here() + 1;
    for (let i = 0; i < 30; i++) cs.push(s.connect(() => {}));
    const site = mine().find((x) => x.event === 'players')!;
    expect(site).toMatchObject({
      kind: 'signal-listener',
      receiverType: 'Signal',
      attribution: 'app',
      count: 30,
      line,
    });
    expect(site.site).toMatch(new RegExp(`^test/detect/signal\\.test\\.ts:${line}:\\d+$`));
    for (const c of cs.slice(0, 10)) c.dispose();
    expect(countOf('players')).toBe(20);
    for (const c of cs.slice(10, 15)) c.disconnect();
    expect(countOf('players')).toBe(15);
    s.dispose();
    expect(countOf('players')).toBe(0);
  });

  it('once, wait and scope.connect are charged to the app line, not to leakguard', async () => {
    const s = new Signal<[number]>({ name: 'helpers' });
    const onceLine = here() + 1;
    for (let i = 0; i < 3; i++) s.once(() => {});
    const waitLine = here() + 1;
    const waits = [s.wait(), s.wait()];
    const scope = new Scope();
    const scopeLine = here() + 1;
    for (let i = 0; i < 4; i++) scope.connect(s, () => {});
    const sites = mine().filter((x) => x.event === 'helpers');
    const byLine: Record<number, number> = {};
    for (const x of sites) byLine[x.line] = (byLine[x.line] ?? 0) + x.count;
    expect(byLine).toEqual({ [onceLine]: 3, [waitLine]: 2, [scopeLine]: 4 });
    for (const x of sites) expect(x.stack[0]).toContain('signal.test.ts');
    s.fire(1); // the once listeners and the waits end
    await Promise.all(waits);
    expect(countOf('helpers')).toBe(4);
    scope.dispose();
    expect(countOf('helpers')).toBe(0);
  });

  it('connects alternating between Signals are counted per name and per class', () => {
    class Bus extends Signal<[]> {}
    const a = new Signal({ name: 'alt-a' });
    const b = new Signal({ name: 'alt-b' });
    const c = new Bus({ name: 'alt-a' });
    for (let i = 0; i < 3; i++) {
      a.connect(() => {});
      b.connect(() => {});
      b.connect(() => {});
      c.connect(() => {});
    }
    const sites = mine().filter((x) => x.event?.startsWith('alt-'));
    const counts = sites.map((x) => `${x.receiverType} ${x.event} ${x.count}`).sort();
    expect(counts).toEqual(['Bus alt-a 3', 'Signal alt-a 3', 'Signal alt-b 3', 'Signal alt-b 3']);
    for (const s of [a, b, c]) s.dispose();
  });

  it('an unnamed Signal has no event', () => {
    const s = new Signal();
    for (let i = 0; i < 2; i++) s.connect(() => {});
    expect(countOf(null)).toBe(2);
    s.dispose();
    expect(countOf(null)).toBe(0);
  });

  it('connections of a Signal nobody references stop counting once it is collected', async () => {
    const holder: { s: Signal | null } = { s: new Signal({ name: 'dropped' }) };
    for (let i = 0; i < 7; i++) holder.s!.connect(() => {});
    expect(countOf('dropped')).toBe(7);
    holder.s = null; // never disposed: only the GC before the next sample ends them
    // A later job: WeakRefs dereferenced in this one keep their targets until it ends.
    await new Promise((r) => setImmediate(r));
    expect(countOf('dropped')).toBe(0);
  });

  it('a site that keeps connecting to a long-lived Signal is reported as leaking', () => {
    const bus = new Signal<[string]>({ name: 'moved' });
    for (let round = 0; round < 12; round++) {
      for (let i = 0; i < 5; i++) bus.connect(() => {});
      finder.sample();
    }
    const leak = finder.report().leaks.find((x) => x.event === 'moved');
    expect(leak).toMatchObject({
      kind: 'signal-listener',
      receiverType: 'Signal',
      count: 60,
      leaking: true,
      file: expect.stringMatching(/signal\.test\.ts$/),
    });
    bus.dispose();
  });
});

describe('stop', () => {
  it('restores the original connect when the last finder stops', () => {
    finder.stop();
    expect(Signal.prototype.connect).toBe(originalConnect);
    expect(Object.getOwnPropertyDescriptor(Signal.prototype, 'connect')).toMatchObject({
      enumerable: false,
      writable: true,
      configurable: true,
    });
  });
});
