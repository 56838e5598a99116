/**
 * The finder on real apps, run as child processes with `--import <register>`: it must name
 * the leaking sites and nothing else. Fast runs sample every 200 ms; one run per app type
 * uses the defaults (2 s samples) to hold the "named within 60 s" promise.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, lines, runFixture } from './support/run.js';
import { buildSources } from './support/build.js';
import type { WatchReport } from '../../src/cli/watch.js';
import { useTempDirs } from '../helpers/tmp.js';
import { ROOT } from '../helpers/cached-build.js';

// TMPDIR of the file's own, checked empty once every test ran: the fixture apps, leakguard
// watch (its state directory) and the report directories all leave nothing there.
const tmpDirs = useTempDirs();

const FAST = { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_MS: '5000' };

describe.concurrent('detect', () => {
  // runFixture runs 2 children at once: a test's time includes its wait for a place
  describe.concurrent('runtime finder on fixture apps', { timeout: 90_000 }, () => {
    it('names the one leaking listener of an ESM app and nothing else of the app', async () => {
      const r = await runFixture('leak-listener.mjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks)).toEqual(['leak-listener.mjs:14']);
      expect(leaks[0]).toMatchObject({
        site: 'leak-listener.mjs:14:7',
        kind: 'listener',
        receiverType: 'EventEmitter',
        event: 'config-changed',
        attribution: 'app',
        leaking: true,
      });
      // ~20 requests/s for 5 s: one listener each.
      expect(leaks[0]!.count).toBeGreaterThan(50);
      expect(leaks[0]!.growthPerMinute).toBeGreaterThan(300);
      expect(leaks[0]!.pValue).toBeLessThan(0.001);
      expect(leaks[0]!.stack[0]).toContain('leak-listener.mjs:14:7');
      // The churned timer and listener of the same handler are not reported.
      const all = [...r.report!.top, ...r.report!.leaks].map((s) => s.site);
      expect(all).not.toContain('leak-listener.mjs:18:7');
    });

    it("names the TypeScript line when Node has the source map, even under an app's own prepareStackTrace", async () => {
      // source-map-support, installed by many TypeScript servers, replaces prepareStackTrace
      // and looks for maps on disk: for code compiled in memory (tsx) it prints the generated
      // positions. Node's own map (--enable-source-maps) must win for the site.
      const ts = (await import('typescript')).default;
      const dir = tmpDirs.make('lg-map-');
      const source = [
        "import { EventEmitter } from 'node:events';",
        'interface Tick {',
        '  at: number;',
        '}',
        'export function subscribe(bus: EventEmitter): void {',
        "  bus.on('tick', (t: Tick) => t.at);",
        '}',
      ].join('\n');
      const js = ts.transpileModule(source, {
        fileName: join(dir, 'app.ts'),
        compilerOptions: {
          module: ts.ModuleKind.CommonJS,
          target: ts.ScriptTarget.ES2022,
          inlineSourceMap: true,
          inlineSources: true,
        },
      }).outputText;
      writeFileSync(join(dir, 'app.js'), js);
      writeFileSync(
        join(dir, 'run.cjs'),
        [
          "// prints V8's raw positions, as source-map-support does when it finds no map on disk",
          "Error.prepareStackTrace = (err, frames) => `${err}\\n` + frames.map((f) => `    at ${f}`).join('\\n');",
          "const { EventEmitter } = require('node:events');",
          "const { subscribe } = require('./app.js');",
          'const bus = new EventEmitter();',
          'bus.setMaxListeners(0);',
          'const end = Date.now() + Number(process.env.FIXTURE_MS);',
          'const t = setInterval(() => {',
          '  for (let i = 0; i < 5; i++) subscribe(bus);',
          '  if (Date.now() > end) clearInterval(t);',
          '}, 50);',
        ].join('\n'),
      );
      const r = await runFixture(join(dir, 'run.cjs'), {
        env: FAST,
        nodeArgs: ['--enable-source-maps'],
      });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks.filter((l) => l.event === 'tick');
      expect(leaks).toHaveLength(1);
      expect(leaks[0]!.file).toBe(join(realpathSync(dir), 'app.ts'));
      expect([leaks[0]!.line, leaks[0]!.column]).toEqual([6, 7]);
      expect(r.report!.sites!.some((x) => x.file.endsWith('app.js'))).toBe(false);
    });

    it('names the one leaking listener on an EventEmitter2 bus and none of its churn', async () => {
      const r = await runFixture('leak-ee2.cjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks)).toEqual(['leak-ee2.cjs:18']);
      // The site is the app's call, not a line of eventemitter2.
      expect(leaks[0]).toMatchObject({
        site: 'leak-ee2.cjs:18:7',
        kind: 'listener',
        event: 'node.*',
        attribution: 'app',
        leaking: true,
      });
      expect(leaks[0]!.count).toBeGreaterThan(50);
      // The churn was seen — removed, fired, run out, dropped with its emitter — and not reported.
      const seen = (r.report!.sites ?? []).filter((s) => s.kind === 'listener');
      for (const line of [20, 21, 22, 24])
        expect(
          seen.some((s) => s.line === line && s.created > 0),
          `line ${line} seen`,
        ).toBe(true);
      for (const s of seen) if (s.line !== 18) expect(s.leaking, s.site).toBe(false);
    });

    it('names the one RxJS subscription that is never unsubscribed and none of its churn', async () => {
      // Every call captured (no sampling), so `created` counts subscriptions exactly.
      const r = await runFixture('leak-rx.cjs', { env: { ...FAST, LEAKGUARD_BUDGET: '100000' } });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-rx.cjs:19']);
      // The site is the app's `.subscribe(` call, not a line of rxjs.
      expect(leaks[0]).toMatchObject({
        site: 'leak-rx.cjs:19:11',
        kind: 'rx-subscription',
        receiverType: 'Subject',
        event: null,
        attribution: 'app',
        leaking: true,
        carried: false,
        receivers: 1,
      });
      expect(leaks[0]!.count).toBeGreaterThan(50);
      expect(leaks[0]!.stack[0]).toContain('leak-rx.cjs:19:11');
      // The churn was seen — unsubscribed, ended by take(1) and by first(), a piped chain
      // unsubscribed — once per request like the leak (so once per app call: the subscribes
      // the operators make upstream are not counted), and nothing of it is alive at the end.
      const rx = (r.report!.sites ?? []).filter((s) => s.kind === 'rx-subscription');
      const at = (line: number) => rx.filter((s) => s.line === line);
      const requests = at(19)[0]!.created;
      expect(requests).toBeGreaterThan(50);
      expect(at(21)).toMatchObject([{ receiverType: 'BehaviorSubject' }]);
      for (const line of [20, 21, 22, 23])
        expect(at(line), `line ${line}`).toMatchObject([
          { created: requests, count: 0, leaking: false },
        ]);
      expect(rx.map((s) => s.line).sort()).toEqual([19, 20, 21, 22, 23]);
    });

    it('names the never-unsubscribed RxJS subscription of an ESM app', async () => {
      const r = await runFixture('leak-rx.mjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual(['leak-rx.mjs:14']);
      expect(leaks[0]).toMatchObject({
        site: 'leak-rx.mjs:14:11',
        kind: 'rx-subscription',
        receiverType: 'Subject',
        attribution: 'app',
        carried: false,
      });
      expect(leaks[0]!.count).toBeGreaterThan(50);
      const churn = (r.report!.sites ?? []).find((s) => s.line === 15);
      expect(churn).toMatchObject({ kind: 'rx-subscription', count: 0, leaking: false });
      expect(churn!.created).toBeGreaterThan(50);
    });

    it('hooks eventemitter2 once the main module has run, before the first sample', async () => {
      // Default sample interval (2 s): the 20 registrations happen at 300 ms.
      const r = await runFixture('early-ee2.cjs', { env: { FIXTURE_MS: '2500' } });
      expect(r.code, r.stderr).toBe(0);
      const early = (r.report!.sites ?? []).find(
        (s) => s.kind === 'listener' && s.event === 'early',
      );
      expect(early, JSON.stringify(r.report!.sites)).toMatchObject({
        site: 'early-ee2.cjs:11:36',
        count: 20,
      });
    });

    // What an app does at once with ws / eventemitter2, before any later look at the module
    // cache (the default 2 s samples): seen only because the modules are hooked as they load.
    for (const app of ['top-level.cjs', 'top-level.mjs'])
      it(`sees what ${app} does with ws and eventemitter2 right after loading them`, async () => {
        const r = await runFixture(app);
        expect(r.code, r.stderr).toBe(0);
        const sites = r.report!.sites ?? [];
        // Registered by the top-level code right after the require / import.
        expect(
          sites.find((s) => s.kind === 'listener' && s.event === 'top'),
          JSON.stringify(sites),
        ).toMatchObject({ site: `${app}:12:34`, created: 20, count: 20 });
        // ws loaded after the first sample and used at once: the server side of each of the
        // 5 connections is a WebSocket made under the app's handleUpgrade call.
        expect(
          sites.find((s) => s.kind === 'websocket'),
          JSON.stringify(sites),
        ).toMatchObject({ site: `${app}:23:9`, created: 5, count: 5 });
      });

    it('tracks EventEmitter2 listeners registered with an options object', async () => {
      const r = await runFixture('options-ee2.cjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      // async and promisify store a wrapper eventemitter2 makes, objectify returns a listener
      // object: each is followed to the function stored, so that removal is seen.
      const leaks = r.report!.leaks;
      expect(lines(leaks), JSON.stringify(r.report!.sites)).toEqual([
        'options-ee2.cjs:14',
        'options-ee2.cjs:15',
        'options-ee2.cjs:16',
      ]);
      for (const l of leaks) {
        expect(l).toMatchObject({ kind: 'listener', attribution: 'app', leaking: true });
        expect(l.count).toBeGreaterThan(100);
      }
      // Removed through the listener object's off() and, on a wildcard bus, with off(): seen,
      // gone at exit, not reported.
      const seen = r.report!.sites ?? [];
      for (const [line, event] of [
        [17, 'c'],
        [19, 'job.*'],
      ] as const) {
        const s = seen.find((x) => x.line === line);
        expect(s, `line ${line} seen`).toMatchObject({ event, leaking: false, count: 0 });
        expect(s!.created).toBeGreaterThan(100);
      }
    });

    it('reports nothing for a CommonJS app with steady churn', async () => {
      const r = await runFixture('churn.cjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      expect(r.report!.active).toBe(true);
      expect(r.report!.samples).toBeGreaterThan(15);
      expect(r.report!.leaks).toEqual([]);
      expect(r.report!.internal).toEqual([]);
      // It did see the churn: the per-request listener site was tracked.
      expect(r.report!.stats.calls).toBeGreaterThan(500);
    });

    it('names a leaked setInterval and a leaked AbortSignal listener in a CommonJS app', async () => {
      const r = await runFixture('leak-timers.cjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks)).toEqual(['leak-timers.cjs:26', 'leak-timers.cjs:27']);
      const byLine = Object.fromEntries(leaks.map((l) => [l.line, l]));
      expect(byLine[26]).toMatchObject({ kind: 'interval', receiverType: 'Timeout', event: null });
      expect(byLine[27]).toMatchObject({
        kind: 'event-target-listener',
        receiverType: 'AbortSignal',
        event: 'abort',
      });
    });

    it('names leaked client sockets, WebSockets and node:timers timeouts in an ESM app', async () => {
      const r = await runFixture('leak-sockets.mjs', { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const app = r.report!.leaks.filter((l) => l.attribution === 'app');
      const appLines = new Set(app.map((l) => l.line));
      // The three leaks themselves.
      expect(app).toContainEqual(
        expect.objectContaining({ line: 31, kind: 'socket', event: 'client' }),
      );
      expect(app).toContainEqual(
        expect.objectContaining({ line: 32, kind: 'socket', event: 'client' }),
      );
      expect(app).toContainEqual(expect.objectContaining({ line: 33, kind: 'timeout' }));
      // The server side of the leaked connections (listen/connection lines), nothing else:
      // in particular not the churn function (lines 22-28).
      for (const l of appLines) expect([18, 19, 20, 31, 32, 33, 41]).toContain(l);
      // The WebSocket objects themselves are created inside ws: named as a dependency site.
      expect(r.report!.leaks.some((l) => l.kind === 'websocket')).toBe(true);
    });

    it('names an app line that connects to a long-lived leakguard Signal and never disposes', async () => {
      const LG_CORE = buildSources().url('core/index.js');
      const r = await runFixture('leak-signal.mjs', { env: { ...FAST, LG_CORE } });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(lines(leaks)).toEqual(['leak-signal.mjs:17']);
      expect(leaks[0]).toMatchObject({
        site: 'leak-signal.mjs:17:21',
        kind: 'signal-listener',
        receiverType: 'Signal',
        event: 'moved',
        attribution: 'app',
        leaking: true,
      });
      expect(leaks[0]!.count).toBeGreaterThan(50);
      expect(leaks[0]!.stack[0]).toContain('leak-signal.mjs:17:21');
      // The churn was seen (a connection disposed at once, a fired once, a dropped Signal)
      // and is not reported.
      const seen = [...r.report!.top, ...leaks].filter((s) => s.kind === 'signal-listener');
      expect(seen.some((s) => s.event === 'moved' && s.line === 17)).toBe(true);
      for (const s of seen) if (s.line !== 17) expect(s.leaking).toBe(false);
    });

    it('reports nothing for the same app when each player disposes its connection', async () => {
      const LG_CORE = buildSources().url('core/index.js');
      const r = await runFixture('leak-signal.mjs', {
        env: { ...FAST, LG_CORE, FIXTURE_DISPOSE: '1' },
      });
      expect(r.code, r.stderr).toBe(0);
      expect(r.report!.samples).toBeGreaterThan(15);
      expect(r.report!.leaks).toEqual([]);
      expect(r.report!.internal).toEqual([]);
      // The connections were tracked: the Signal sites are known to the finder.
      expect(r.report!.stats.calls).toBeGreaterThan(400);
    });

    it("sees the Signals of the app's own leakguard when the finder comes from another install", async () => {
      // app.mjs imports `leakguard` from node_modules/leakguard, a symlink to a second copy of
      // the built core (outside node_modules once resolved, as in a linked monorepo package);
      // the finder is preloaded from the test build, as a global `leakguard watch` would be.
      const dir = tmpDirs.make('lg-copy-');
      const copy = join(dir, 'lg-copy');
      for (const layer of ['core', 'internal'])
        cpSync(buildSources().path(layer), join(copy, 'dist', layer), { recursive: true });
      copyFileSync(join(ROOT, 'package.json'), join(copy, 'package.json'));
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(copy, join(dir, 'node_modules', 'leakguard'), 'dir');
      const app = join(dir, 'app.mjs');
      copyFileSync(join(FIXTURES, 'other-copy.mjs'), app);
      const r = await runFixture(app, { env: FAST });
      expect(r.code, r.stderr).toBe(0);
      const leaks = r.report!.leaks;
      expect(leaks).toHaveLength(1);
      // The app's line of `once`, not the copy's signal.js (its frames count as leakguard's).
      expect(leaks[0]).toMatchObject({
        file: realpathSync(app),
        line: 9,
        column: 9,
        kind: 'signal-listener',
        receiverType: 'Signal',
        event: 'moved',
        attribution: 'app',
      });
      expect(leaks[0]!.count).toBeGreaterThan(50);
    });

    it('writes the final report on SIGTERM and still dies of SIGTERM', async () => {
      const r = await runFixture('signals.cjs', {
        env: { LEAKGUARD_SAMPLE_INTERVAL: '200ms' },
        kill: { signal: 'SIGTERM', afterMs: 3500 },
      });
      expect(r.signal).toBe('SIGTERM');
      expect(lines(r.report!.leaks)).toEqual(['signals.cjs:11']);
    });

    it('lets an app that handles SIGINT exit on its own terms, then writes the report', async () => {
      const r = await runFixture('signals.cjs', {
        env: { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_HANDLE: '1' },
        kill: { signal: 'SIGINT', afterMs: 3500 },
      });
      expect(r.code).toBe(7);
      expect(lines(r.report!.leaks)).toEqual(['signals.cjs:11']);
    });

    it('prints the final report on stderr at a normal exit', async () => {
      const r = await runFixture('leak-listener.mjs', { env: { ...FAST, LEAKGUARD_REPORT: '' } });
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/\[final\] leakguard: 1 growing site/);
      expect(r.stderr).toMatch(/EventEmitter 'config-changed'\s+leak-listener\.mjs:14:7/);
    });
  });

  function watch(
    args: string[],
    env: Record<string, string>,
  ): Promise<{ code: number | null; stderr: string }> {
    const cli = buildSources().path('cli/watch.js');
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: FIXTURES,
      env: { ...process.env, NODE_OPTIONS: '', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
  }

  describe.concurrent('leakguard watch with default settings', () => {
    // 30 s of traffic at 20 requests/s, 2 s samples: the leak must be named within 60 s.
    const DEFAULT = { FIXTURE_MS: '30000' };

    it(
      'names the leaking site of an app that leaks one listener per request',
      { timeout: 60_000 },
      async () => {
        const out = join(tmpDirs.make('lg-watch-'), 'r.json');
        const t0 = Date.now();
        const r = await watch(
          ['--report', out, '--', process.execPath, 'leak-listener.mjs'],
          DEFAULT,
        );
        expect(Date.now() - t0).toBeLessThan(60_000);
        expect(r.code, r.stderr).toBe(0);
        const report = JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
        expect(report.exitCode).toBe(0);
        expect(report.processes).toHaveLength(1);
        const p = report.processes[0]!;
        expect(p.final).toBe(true);
        expect(p.sampleIntervalMs).toBe(2000);
        expect(lines(p.leaks)).toEqual(['leak-listener.mjs:14']);
        expect(r.stderr).toMatch(/leak-listener\.mjs:14:7/);
      },
    );

    it('reports nothing for steady churn', { timeout: 60_000 }, async () => {
      const out = join(tmpDirs.make('lg-watch-'), 'r.json');
      const r = await watch(['--report', out, '--', process.execPath, 'churn.cjs'], DEFAULT);
      expect(r.code, r.stderr).toBe(0);
      const report = JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
      expect(report.processes[0]!.samples).toBeGreaterThanOrEqual(15);
      expect(report.processes[0]!.leaks).toEqual([]);
      expect(report.processes[0]!.internal).toEqual([]);
      expect(r.stderr).toMatch(/no growing sites/);
    });

    it('is the `watch` command of the leakguard CLI, with usage errors exiting 2', async () => {
      const main = buildSources().path('cli/main.js');
      const run = (args: string[]): Promise<{ code: number | null; stderr: string }> => {
        const child = spawn(process.execPath, [main, ...args], {
          cwd: FIXTURES,
          env: { ...process.env, NODE_OPTIONS: '' },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        return new Promise((resolve) => child.once('close', (code) => resolve({ code, stderr })));
      };
      const ok = await run(['watch', '--', process.execPath, '-e', 'process.exitCode = 4']);
      expect(ok.code, ok.stderr).toBe(4);
      expect(ok.stderr).toMatch(/\[final\] leakguard: no growing sites/);
      const bad = await run([
        'watch',
        '--sample-interval',
        'soon',
        '--',
        process.execPath,
        '-e',
        '0',
      ]);
      expect(bad.code).toBe(2);
      expect(bad.stderr).toMatch(
        /Expected `--sample-interval` to be a duration like `500ms`, `10s` or `2m`, got `"soon"` \(string\)/,
      );
      const badGc = await run(['watch', '--gc-interval', '-1s', '--', process.execPath, '-e', '0']);
      expect(badGc.code).toBe(2);
      expect(badGc.stderr).toMatch(/Expected `--gc-interval` to be a duration like `500ms`/);
    });

    it('passes the exit code through', async () => {
      const r = await watch(['--', process.execPath, '-e', 'process.exitCode = 3'], {});
      expect(r.code).toBe(3);
      expect(r.stderr).toMatch(/\[final\] leakguard: no growing sites/);
    });
  });
});
