/**
 * Copies of leakguard the app does not depend on itself but one of its dependencies does
 * (node_modules/dep/node_modules/leakguard): the Signals of every copy the app actually loads
 * are tracked, whether the dependency imports it (ESM) or requires it (CommonJS, require(esm)),
 * at start or later. The finder is preloaded from the test build, another install.
 */
import { describe, expect, it } from 'vitest';
import Module from 'node:module';
import { readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import { runFixture } from './support/run.js';
import { buildSources } from './support/build.js';
import { runCommand, writeCopy, writeTree } from './support/copy.js';
import { defaultImportHooks } from '../../src/detect/copies.js';
import type { RuntimeLeakReport } from '../../src/detect/index.js';
import type { WatchReport } from '../../src/cli/watch.js';
import { useTempDirs } from '../helpers/tmp.js';

const tmpDirs = useTempDirs();

const FAST = { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_MS: '4000' };

/** The app's loop: one `once` on the dependency's long-lived Signal every 50 ms, never fired. */
const LOOP = `const t0 = Date.now();
const tick = setInterval(() => {
  moved.once(() => {}); // LEAK
  if (Date.now() - t0 >= Number(process.env.FIXTURE_MS)) clearInterval(tick);
}, 50);
`;
/** Line of `moved.once` in an app made of one line of import, then LOOP. */
const LEAK_LINE = 4;

/** An app at `dir` whose dependency `dep` has leakguard in its own node_modules. */
function appWithDep(files: Record<string, string>): string {
  const dir = tmpDirs.make('lg-dep-copy-');
  writeTree(dir, {
    'package.json': JSON.stringify({ name: 'app', private: true, dependencies: { dep: '1' } }),
    ...files,
  });
  writeCopy(join(dir, 'node_modules', 'dep', 'node_modules', 'leakguard'));
  return dir;
}

function expectLeak(r: RuntimeLeakReport | undefined, app: string): void {
  expect(r).toBeDefined();
  expect(r!.leaks.map((l) => `${l.kind} ${l.event} ${l.file}:${l.line}`)).toEqual([
    `signal-listener moved ${app}:${LEAK_LINE}`,
  ]);
  expect(r!.leaks[0]!.count).toBeGreaterThan(30);
}

describe.concurrent('a leakguard copy only a dependency loads', { timeout: 90_000 }, () => {
  it('imported by an ESM dependency', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.js"}',
      'node_modules/dep/index.js':
        "import { Signal } from 'leakguard';\nexport const moved = new Signal({ name: 'moved' });\n",
      'app.mjs': "import { moved } from 'dep';\n" + LOOP,
    });
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: FAST });
    expect(r.code, r.stderr).toBe(0);
    expectLeak(r.report, app);
  });

  it('required by a CommonJS dependency', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","main":"index.js"}',
      'node_modules/dep/index.js':
        "const { Signal } = require('leakguard');\nexports.moved = new Signal({ name: 'moved' });\n",
      'app.cjs': "const { moved } = require('dep');\n" + LOOP,
    });
    const app = realpathSync(join(dir, 'app.cjs'));
    const r = await runFixture(app, { env: FAST });
    expect(r.code, r.stderr).toBe(0);
    expectLeak(r.report, app);
  });

  it('loaded late, by a dynamic import once the app runs', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.js"}',
      'node_modules/dep/index.js':
        "export async function bus() {\n  const { Signal } = await import('leakguard');\n  return new Signal({ name: 'moved' });\n}\n",
      'app.mjs':
        "import { bus } from 'dep'; await new Promise((r) => setTimeout(r, 300)); const moved = await bus();\n" +
        LOOP,
    });
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: FAST });
    expect(r.code, r.stderr).toBe(0);
    expectLeak(r.report, app);
  });

  it('each copy is loaded once, by the app', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.js"}',
      'node_modules/dep/index.js':
        "import { Signal } from 'leakguard';\nexport const moved = new Signal({ name: 'moved' });\n",
      'app.mjs': "import { moved } from 'dep';\n" + LOOP,
    });
    const mark = join(dir, 'loaded.txt');
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: { ...FAST, FIXTURE_MS: '1000', LG_MARK: mark } });
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(mark, 'utf8').trim().split('\n')).toHaveLength(1);
  });
});

/**
 * Which import hooks the register entry installs: `module.registerHooks` where this Node has
 * it (no thread; an imported copy tracked while it is resolved), else `module.register` (a
 * hooks thread; the copy tracked once its import settles). CI runs this file on Node 20 and 24.
 */
describe('the import hooks of this Node', { timeout: 60_000 }, () => {
  const hooks = defaultImportHooks();
  const sync = typeof (Module as { registerHooks?: unknown }).registerHooks === 'function';

  it(`are ${sync ? 'sync (module.registerHooks)' : 'on a thread (module.register)'}`, () => {
    expect(hooks).toBe(sync ? 'sync' : 'thread');
  });

  it.runIf(process.platform === 'linux')(
    `${sync ? 'add no thread' : 'add the hooks thread'} to the process`,
    async () => {
      const dir = tmpDirs.make('lg-hooks-threads-');
      const count = "console.log(require('node:fs').readdirSync('/proc/self/task').length)";
      const env = { ...process.env, NODE_OPTIONS: '', LEAKGUARD_QUIET: '1', LEAKGUARD_FINAL: '0' };
      const threads = async (args: string[]): Promise<number> => {
        const r = await runCommand(process.execPath, [...args, '-e', count], { cwd: dir, env });
        expect(r.code, r.stderr).toBe(0);
        return Number(r.stdout.trim());
      };
      const bare = await threads([]);
      const finder = await threads(['--import', buildSources().registerUrl]);
      expect(bare).toBeGreaterThan(0);
      if (sync) expect(finder).toBe(bare);
      else expect(finder).toBeGreaterThan(bare);
    },
  );

  it(`track an imported copy ${sync ? 'before' : 'after'} the importing graph runs`, async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.js"}',
      // The copy's `connect` as the dependency's top-level code sees it.
      'node_modules/dep/index.js':
        "import { Signal } from 'leakguard';\n" +
        "export const moved = new Signal({ name: 'moved' });\n" +
        'export const atTop = Signal.prototype.connect;\n',
      'app.mjs':
        "import { moved, atTop } from 'dep';\n" +
        LOOP +
        "setTimeout(() => console.log(atTop === moved.connect ? 'same' : 'patched since'), 300);\n",
    });
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: FAST });
    expect(r.code, r.stderr).toBe(0);
    // Tracked either way (the leak is found); the hooks differ in when.
    expectLeak(r.report, app);
    expect(r.stdout.trim()).toBe(sync ? 'same' : 'patched since');
  });
});

/**
 * LEAKGUARD_COPIES_HOOK=0 (`leakguard watch --no-copies-hook`): no hook for the copies loaded
 * later — no require wrapper, no resolve hook, no hooks thread — so a copy only a dependency
 * loads is not tracked. The tests above, without the variable, are the default (on).
 */
describe.concurrent('with the copies hook off', { timeout: 90_000 }, () => {
  /** The run went on long enough for the leak to be named, and no Signal was tracked. */
  function expectNoSignalSite(r: RuntimeLeakReport | undefined): void {
    expect(r).toBeDefined();
    expect(r!.samples).toBeGreaterThanOrEqual(10);
    expect([...r!.leaks, ...r!.top].filter((s) => s.kind === 'signal-listener')).toEqual([]);
  }

  it('LEAKGUARD_COPIES_HOOK=0: a copy an ESM dependency imports is not tracked', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","type":"module","exports":"./index.js"}',
      'node_modules/dep/index.js':
        "import { Signal } from 'leakguard';\nexport const moved = new Signal({ name: 'moved' });\n",
      'app.mjs': "import { moved } from 'dep';\n" + LOOP,
    });
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: { ...FAST, LEAKGUARD_COPIES_HOOK: '0' } });
    expect(r.code, r.stderr).toBe(0);
    expectNoSignalSite(r.report);
  });

  it('leakguard watch --no-copies-hook: a copy a CommonJS dependency requires is not tracked', async () => {
    const dir = appWithDep({
      'node_modules/dep/package.json': '{"name":"dep","main":"index.js"}',
      'node_modules/dep/index.js':
        "const { Signal } = require('leakguard');\nexports.moved = new Signal({ name: 'moved' });\n",
      'app.cjs': "const { moved } = require('dep');\n" + LOOP,
    });
    const app = realpathSync(join(dir, 'app.cjs'));
    const out = join(dir, 'report.json');
    const r = await runCommand(
      process.execPath,
      [
        buildSources().path('cli/main.js'),
        'watch',
        '--sample-interval',
        '200ms',
        '--no-live',
        '--no-copies-hook',
        '--report',
        out,
        '--',
        process.execPath,
        app,
      ],
      { cwd: dir, env: { ...process.env, NODE_OPTIONS: '', FIXTURE_MS: FAST.FIXTURE_MS } },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
    expect(report.processes.map((p) => p.argv[1])).toEqual([app]);
    expectNoSignalSite(report.processes[0]);
  });

  // The finder itself starts threads (libuv's pool), so the hook's is told by a run with it on.
  it.runIf(process.platform === 'linux')(
    `LEAKGUARD_COPIES_HOOK=0: ${defaultImportHooks() === 'thread' ? 'no hooks thread' : 'as many threads as with it on'}`,
    async () => {
      const dir = tmpDirs.make('lg-hooks-off-threads-');
      const count = "console.log(require('node:fs').readdirSync('/proc/self/task').length)";
      const threads = async (hook: string): Promise<number> => {
        const r = await runCommand(
          process.execPath,
          ['--import', buildSources().registerUrl, '-e', count],
          {
            cwd: dir,
            env: {
              ...process.env,
              NODE_OPTIONS: '',
              LEAKGUARD_QUIET: '1',
              LEAKGUARD_FINAL: '0',
              LEAKGUARD_COPIES_HOOK: hook,
            },
          },
        );
        expect(r.code, r.stderr).toBe(0);
        return Number(r.stdout.trim());
      };
      const on = await threads('');
      const off = await threads('0');
      expect(off).toBeGreaterThan(0);
      if (defaultImportHooks() === 'thread') expect(off).toBe(on - 1);
      else expect(off).toBe(on);
    },
  );
});

/**
 * Worker threads: the register entry starts neither the finder nor the copies hook in them
 * (where a worker runs the preload at all, it does nothing there), and the main thread's hook
 * does not see what a worker loads: a copy only a worker imports is loaded in
 * that worker alone, never into the main thread, and its connections are not reported (they
 * live in the worker's own heap, which the main thread's finder cannot reach).
 */
describe('a leakguard copy only a worker thread imports', { timeout: 90_000 }, () => {
  it('is loaded in the worker alone and not reported', async () => {
    const dir = tmpDirs.make('lg-worker-copy-');
    writeTree(dir, {
      'package.json': JSON.stringify({ name: 'app', private: true, type: 'module' }),
      'app.mjs':
        "import { Worker } from 'node:worker_threads';\n" +
        "const w = new Worker(new URL('./work/worker.mjs', import.meta.url));\n" +
        "w.once('exit', (code) => console.log('worker exit ' + code));\n",
      'work/package.json': JSON.stringify({ name: 'work', private: true, type: 'module' }),
      'work/worker.mjs':
        "import { Signal } from 'leakguard';\nconst moved = new Signal({ name: 'moved' });\n" +
        LOOP,
    });
    writeCopy(join(dir, 'work', 'node_modules', 'leakguard'));
    const mark = join(dir, 'loaded.txt');
    const app = realpathSync(join(dir, 'app.mjs'));
    const r = await runFixture(app, { env: { ...FAST, LG_MARK: mark } });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout.trim()).toBe('worker exit 0');
    // One load, by a thread that is not the main one (threadId 0).
    const loads = readFileSync(mark, 'utf8').trim().split('\n');
    expect(loads).toHaveLength(1);
    expect(loads[0]!.split(' ')[2]).not.toBe('0');
    expect(r.report).toBeDefined();
    expect(r.report!.samples).toBeGreaterThanOrEqual(10);
    expect(
      [...r.report!.leaks, ...r.report!.top].filter((s) => s.kind === 'signal-listener'),
    ).toEqual([]);
  });
});
