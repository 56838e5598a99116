/**
 * The emitter libraries the finder hooks by their factory (mitt, nanoevents) and RxJS 6, on
 * real apps run as child processes with `--import <register>` (see fixtures.test.ts): each
 * fixture app leaks one subscription per request, or removes it with FIXTURE_CLEAN=1, beside
 * churn that must not be reported. RxJS 6 is not the project's RxJS (7): its app loads it from
 * a copy of the `rxjs6` devDependency laid out as `rxjs` (support/rx6.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Module from 'node:module';
import { lines, runFixture } from './support/run.js';
import type { RunResult } from './support/run.js';
import { ROOT } from '../helpers/cached-build.js';
import { hookLibraryImports, rewriteLibraryLoad } from '../../src/detect/esm-libraries.js';
import { useTempDirs } from '../helpers/tmp.js';
import { removeRx6, rx6Dir } from './support/rx6.js';

const tmp = useTempDirs();

const FAST = { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_MS: '5000' };

afterAll(removeRx6);

function run(app: string, clean: boolean, env: Record<string, string> = {}): Promise<RunResult> {
  return runFixture(app, { env: { ...FAST, ...env, ...(clean ? { FIXTURE_CLEAN: '1' } : {}) } });
}

/** The sites of `kind` at `line` of the fixture app `app`. */
function sitesAt(r: RunResult, app: string, kind: string, line: number) {
  return (r.report!.sites ?? []).filter(
    (s) => s.kind === kind && s.line === line && s.site.startsWith(`${app}:`),
  );
}

describe.concurrent('finder on apps using mitt, nanoevents and RxJS 6', { timeout: 90_000 }, () => {
  it('names the mitt handler a CommonJS app never removes, and none of its churn', async () => {
    const r = await run('leak-mitt.cjs', false);
    expect(r.code, r.stderr).toBe(0);
    const leaks = r.report!.leaks;
    expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-mitt.cjs:20']);
    // The site is the app's `bus.on(` call, not a line of mitt.
    expect(leaks[0]).toMatchObject({
      site: 'leak-mitt.cjs:20:7',
      kind: 'listener',
      receiverType: 'mitt',
      event: 'config',
      attribution: 'app',
      leaking: true,
      carried: false,
      receivers: 1,
    });
    expect(leaks[0]!.count).toBeGreaterThan(50);
    expect(leaks[0]!.stack[0]).toContain('leak-mitt.cjs:20:7');
    // The churn was seen — off(), an emitter dropped, all.clear() — and is gone at the end.
    for (const [line, event] of [
      [22, 'tick'],
      [24, 'data'],
      [25, 'job'],
    ] as const)
      expect(sitesAt(r, 'leak-mitt.cjs', 'listener', line), `line ${line}`).toMatchObject([
        { receiverType: 'mitt', event, count: 0, leaking: false },
      ]);
    expect(sitesAt(r, 'leak-mitt.cjs', 'listener', 22)[0]!.created).toBeGreaterThan(50);
  });

  it('reports nothing for the same mitt app when it removes the handler', async () => {
    const r = await run('leak-mitt.cjs', true);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report!.samples).toBeGreaterThan(15);
    expect(r.report!.leaks).toEqual([]);
    expect(sitesAt(r, 'leak-mitt.cjs', 'listener', 20)).toMatchObject([
      { receiverType: 'mitt', event: 'config', count: 0 },
    ]);
    expect(sitesAt(r, 'leak-mitt.cjs', 'listener', 20)[0]!.created).toBeGreaterThan(50);
  });

  it("names the mitt handler of an ESM app (mitt's ES module build), through a destructured on", async () => {
    const r = await run('leak-mitt.mjs', false);
    expect(r.code, r.stderr).toBe(0);
    const leaks = r.report!.leaks;
    expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-mitt.mjs:17']);
    expect(leaks[0]).toMatchObject({
      site: 'leak-mitt.mjs:17:3',
      kind: 'listener',
      receiverType: 'mitt',
      event: 'price',
      attribution: 'app',
      leaking: true,
    });
    expect(leaks[0]!.count).toBeGreaterThan(50);
    expect(sitesAt(r, 'leak-mitt.mjs', 'listener', 19)).toMatchObject([
      { receiverType: 'mitt', event: 'tick', count: 0, leaking: false },
    ]);
  });

  it('reports nothing for the same ESM mitt app when it removes the handler', async () => {
    const r = await run('leak-mitt.mjs', true);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report!.samples).toBeGreaterThan(15);
    expect(r.report!.leaks).toEqual([]);
    expect(sitesAt(r, 'leak-mitt.mjs', 'listener', 17)[0]!.created).toBeGreaterThan(50);
  });

  it('names the nanoevents callback an app never unbinds, and none of its churn', async () => {
    const r = await run('leak-nanoevents.mjs', false);
    expect(r.code, r.stderr).toBe(0);
    const leaks = r.report!.leaks;
    expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-nanoevents.mjs:18']);
    expect(leaks[0]).toMatchObject({
      site: 'leak-nanoevents.mjs:18:26',
      kind: 'listener',
      receiverType: 'nanoevents',
      event: 'tick',
      attribution: 'app',
      leaking: true,
      carried: false,
      receivers: 1,
    });
    expect(leaks[0]!.count).toBeGreaterThan(50);
    // Unbound at once, dropped with its emitter, dropped by resetting `events`.
    for (const [line, event] of [
      [19, 'done'],
      [21, 'data'],
      [22, 'job'],
    ] as const)
      expect(sitesAt(r, 'leak-nanoevents.mjs', 'listener', line), `line ${line}`).toMatchObject([
        { receiverType: 'nanoevents', event, count: 0, leaking: false },
      ]);
  });

  it('reports nothing for the same nanoevents app when it calls the unbind function', async () => {
    const r = await run('leak-nanoevents.mjs', true);
    expect(r.code, r.stderr).toBe(0);
    expect(r.report!.samples).toBeGreaterThan(15);
    expect(r.report!.leaks).toEqual([]);
    expect(sitesAt(r, 'leak-nanoevents.mjs', 'listener', 18)[0]!.created).toBeGreaterThan(50);
  });

  it('names the RxJS 6 subscription an app never unsubscribes, and none of its churn', async () => {
    // Every call captured (no sampling), so `created` counts subscriptions exactly.
    const r = await run('leak-rx6.cjs', false, {
      FIXTURE_RX6: rx6Dir(),
      LEAKGUARD_BUDGET: '100000',
    });
    expect(r.code, r.stderr).toBe(0);
    const leaks = r.report!.leaks;
    expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-rx6.cjs:21']);
    expect(leaks[0]).toMatchObject({
      site: 'leak-rx6.cjs:21:24',
      kind: 'rx-subscription',
      receiverType: 'Subject',
      event: null,
      attribution: 'app',
      leaking: true,
      carried: false,
      receivers: 1,
    });
    const requests = sitesAt(r, 'leak-rx6.cjs', 'rx-subscription', 21)[0]!.created;
    expect(requests).toBeGreaterThan(50);
    // One per app call, operators' upstream subscribes not counted; all ended.
    const rx = (r.report!.sites ?? []).filter((s) => s.kind === 'rx-subscription');
    expect(rx.map((s) => s.line).sort()).toEqual([21, 22, 23, 24]);
    expect(sitesAt(r, 'leak-rx6.cjs', 'rx-subscription', 23)).toMatchObject([
      { receiverType: 'BehaviorSubject' },
    ]);
    for (const line of [22, 23, 24])
      expect(sitesAt(r, 'leak-rx6.cjs', 'rx-subscription', line), `line ${line}`).toMatchObject([
        { created: requests, count: 0, leaking: false },
      ]);
  });

  it('reports nothing for the same RxJS 6 app when it unsubscribes', async () => {
    const r = await run('leak-rx6.cjs', true, { FIXTURE_RX6: rx6Dir() });
    expect(r.code, r.stderr).toBe(0);
    expect(r.report!.samples).toBeGreaterThan(15);
    expect(r.report!.leaks).toEqual([]);
    expect(sitesAt(r, 'leak-rx6.cjs', 'rx-subscription', 21)[0]!.created).toBeGreaterThan(50);
  });
});

describe('the ES module rewrite of mitt and nanoevents', () => {
  const MITT = 'file:///app/node_modules/mitt/dist/mitt.mjs';
  const NANO = 'file:///app/node_modules/.pnpm/nanoevents@9.1.0/node_modules/nanoevents/index.js';
  const mittSource =
    'export default function(n){return{all:n=n||new Map}}\n//# sourceMappingURL=mitt.mjs.map\n';

  it('passes every other module on as it came: the same result object', () => {
    for (const url of [
      'file:///app/src/main.mjs',
      'file:///app/node_modules/mitt/dist/mitt.js',
      'file:///app/node_modules/not-mitt/dist/mitt.mjs.bak',
      'file:///app/node_modules/nanoevents/index.js?v=1',
      'node:fs',
    ]) {
      const result = { format: 'module', source: 'export default 1' };
      expect(rewriteLibraryLoad(url, result), url).toBe(result);
    }
  });

  it("keeps every line and column of mitt's code, and its source map comment last", () => {
    const out = rewriteLibraryLoad(MITT, { format: 'module', source: Buffer.from(mittSource) });
    const src = out.source as string;
    const [first, , last] = src.split('\n');
    expect(first).toBe('const lg$$mitt=function(n){return{all:n=n||new Map}}');
    expect(first!.length).toBe(mittSource.indexOf('\n'));
    expect(last).toBe('//# sourceMappingURL=mitt.mjs.map');
    expect(out.shortCircuit).toBe(true);
  });

  it('leaves files of another shape as they are', () => {
    for (const [url, source] of [
      [MITT, 'export { mitt as default }'],
      [NANO, 'export const nanoevents = () => ({})'],
    ] as const) {
      const result = { format: 'module', source };
      expect(rewriteLibraryLoad(url, result)).toBe(result);
    }
    const cjs = { format: 'commonjs', source: 'module.exports = {}' };
    expect(rewriteLibraryLoad(NANO, cjs)).toBe(cjs);
  });

  it('exports the factory as it is when no finder hook is there, and wrapped when one is', async () => {
    const rewritten = rewriteLibraryLoad(NANO, {
      format: 'module',
      source: 'export let createNanoEvents = () => ({ on() {} })\n',
    });
    const url = `data:text/javascript,${encodeURIComponent(rewritten.source as string)}`;
    const key = Symbol.for('leakguard.detect.libraries');
    const g = globalThis as unknown as Record<symbol, unknown>;
    const plain = (await import(/* @vite-ignore */ url)) as { createNanoEvents: () => unknown };
    expect(plain.createNanoEvents.toString()).toBe('() => ({ on() {} })');
    const seen: unknown[] = [];
    g[key] = (name: string, f: unknown) => {
      seen.push(name);
      return () => f;
    };
    try {
      await import(/* @vite-ignore */ `${url}%0A`);
    } finally {
      Reflect.deleteProperty(g, key);
    }
    expect(seen).toEqual(['nanoevents']);
  });

  /**
   * Imports a copy of nanoevents while the hook of `mode` runs, then another once it was
   * stopped (and, for the thread hook, a third once restarted): the factories the rewritten
   * modules handed to the global hook.
   */
  async function handedOver(mode: 'sync' | 'thread', restart: boolean): Promise<string[]> {
    const copy = (name: string): string => {
      const dir = join(tmp.make(`lg-nano-${name}-`), 'node_modules', 'nanoevents');
      cpSync(join(ROOT, 'node_modules', 'nanoevents'), dir, { recursive: true });
      return pathToFileURL(join(dir, 'index.js')).href;
    };
    const key = Symbol.for('leakguard.detect.libraries');
    const g = globalThis as unknown as Record<symbol, unknown>;
    const calls: string[] = [];
    g[key] = (name: string, f: unknown) => (calls.push(name), f);
    // The thread hook's switch is a message: let it arrive.
    const settle = () => new Promise((r) => setTimeout(r, mode === 'thread' ? 500 : 0));
    try {
      let stop = hookLibraryImports(mode);
      await settle();
      await import(/* @vite-ignore */ copy('a'));
      calls.push('stop');
      stop();
      await settle();
      await import(/* @vite-ignore */ copy('b'));
      if (restart) {
        calls.push('restart');
        stop = hookLibraryImports(mode);
        await settle();
        await import(/* @vite-ignore */ copy('c'));
        stop();
      }
    } finally {
      Reflect.deleteProperty(g, key);
    }
    return calls;
  }

  it.runIf(typeof (Module as { registerHooks?: unknown }).registerHooks === 'function')(
    'removes its synchronous load hook when stopped (Node with module.registerHooks)',
    async () => {
      expect(await handedOver('sync', false)).toEqual(['nanoevents', 'stop']);
    },
  );

  it.runIf(typeof (Module as { registerHooks?: unknown }).registerHooks !== 'function')(
    "switches the module-hooks thread's hook off when stopped, and on again (Node 20)",
    async () => {
      expect(await handedOver('thread', true)).toEqual([
        'nanoevents',
        'stop',
        'restart',
        'nanoevents',
      ]);
    },
  );
});
