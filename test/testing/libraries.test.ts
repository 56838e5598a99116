/**
 * expectNoLeaks on emitters of mitt and nanoevents, and on RxJS 6 subscriptions: seen as the
 * runtime finder sees them. mitt and nanoevents are seen through their factory, wrapped as
 * their module loads: leakguard/testing is imported first, as a test file does, so that the
 * library hooks it holds from its import are there when mitt and nanoevents load.
 */
import { expectNoLeaks } from '../../src/testing/index.js';
import type { LeakFinding } from '../../src/testing/index.js';
import { afterAll, describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import mittImport from 'mitt';
import { createNanoEvents } from 'nanoevents';
import { removeRx6, rx6Dir } from '../detect/support/rx6.js';

const require = createRequire(import.meta.url);
afterAll(removeRx6);
type Mitt = typeof mittImport.default;
// mitt's types describe a CommonJS module to NodeNext resolution, while Node's `import` loads
// its ES module build, whose default export is the factory itself.
const mitt = mittImport as unknown as Mitt;

async function findings(p: Promise<void>): Promise<LeakFinding[]> {
  const err = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err, 'expectNoLeaks should have failed').toBeInstanceOf(Error);
  expect((err as { code?: string }).code).toBe('LEAKGUARD_LEAKS_FOUND');
  return (err as { findings: LeakFinding[] }).findings;
}

function siteOf(f: LeakFinding[]): LeakFinding {
  const sites = f.filter((x) => x.what === 'site');
  expect(sites).toHaveLength(1);
  return sites[0]!;
}

describe('expectNoLeaks on mitt, nanoevents and RxJS 6', () => {
  it("fails on a mitt handler left behind each iteration (mitt's ES module build), and passes when it is removed", async () => {
    // Made before expectNoLeaks starts, as an app's long-lived bus is.
    const bus = mitt<{ tick: number }>();
    const f = await findings(
      expectNoLeaks(() => {
        bus.on('tick', () => {});
      }),
    );
    expect(siteOf(f).description).toMatch(
      /^listener mitt 'tick' at test\/testing\/libraries\.test\.ts:\d+:\d+$/,
    );
    expect(siteOf(f).perIteration).toBe(1);
    bus.all.clear();
    await expectNoLeaks(() => {
      const h = (): void => {};
      bus.on('tick', h);
      bus.off('tick', h);
      mitt().on('dropped', () => {});
    });
    expect(bus.all.get('tick')).toEqual([]);
  });

  it("fails on a mitt handler left behind each iteration (mitt's CommonJS build)", async () => {
    const cjsMitt = require('mitt') as Mitt;
    const { on } = cjsMitt();
    const f = await findings(
      expectNoLeaks(() => {
        on('job', () => {});
      }),
    );
    expect(siteOf(f).description).toMatch(
      /^listener mitt 'job' at test\/testing\/libraries\.test\.ts:\d+:\d+$/,
    );
  });

  it('fails on a nanoevents callback never unbound, and passes when each is unbound', async () => {
    const emitter = createNanoEvents<{ tick: (n: number) => void }>();
    const f = await findings(
      expectNoLeaks(() => {
        emitter.on('tick', () => {});
      }),
    );
    expect(siteOf(f).description).toMatch(
      /^listener nanoevents 'tick' at test\/testing\/libraries\.test\.ts:\d+:\d+$/,
    );
    expect(siteOf(f).perIteration).toBe(1);
    emitter.events = {};
    await expectNoLeaks(() => {
      emitter.on('tick', () => {})();
    });
    expect(emitter.events.tick).toEqual([]);
  });

  it('fails on an RxJS 6 subscription left open each iteration', async () => {
    const { Subject } = require(rx6Dir()) as {
      Subject: new () => { subscribe(f: () => void): unknown; complete(): void };
    };
    const ticks = new Subject();
    const f = await findings(
      expectNoLeaks(() => {
        ticks.subscribe(() => {});
      }),
    );
    ticks.complete();
    expect(siteOf(f).description).toMatch(
      /^rx-subscription Subject at test\/testing\/libraries\.test\.ts:\d+:\d+$/,
    );
  });
});

it('keeps the factories working as they were', () => {
  const seen: number[] = [];
  const bus = mitt<{ n: number }>();
  bus.on('n', (n) => seen.push(n));
  bus.emit('n', 1);
  const e = createNanoEvents<{ n: (n: number) => void }>();
  const off = e.on('n', (n) => seen.push(n));
  e.emit('n', 2);
  off();
  e.emit('n', 3);
  expect(seen).toEqual([1, 2]);
  expect(mitt.name).toBe('default');
  expect(createNanoEvents.name).toBe('createNanoEvents');
});
