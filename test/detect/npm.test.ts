/**
 * `npm start` under the finder (`leakguard watch -- npm start`, or NODE_OPTIONS set by hand):
 * NODE_OPTIONS reaches npm's own node process as well as the app's. The finder runs in the app
 * only: npm's process loads no copy of leakguard (the app's least of all), has no finder and
 * writes no report, so the app's report is the one that is read. The same for launchers that
 * start the app in a child of their own: tsx's CLI (run here, as installed in node_modules)
 * and nodemon (not installed: its detection is tested by its bin script).
 */
import { describe, expect, it } from 'vitest';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
} from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './support/run.js';
import { buildSources } from './support/build.js';
import { runCommand, writeCopy, writeTree } from './support/copy.js';
import type { WatchReport } from '../../src/cli/watch.js';
import type { RuntimeLeakReport } from '../../src/detect/index.js';
import { passedOverAs } from '../../src/detect/wrapper.js';
import { ROOT } from '../helpers/cached-build.js';
import { useTempDirs } from '../helpers/tmp.js';

const tmpDirs = useTempDirs();

/**
 * A package whose `start` script runs other-copy.mjs (one leaked `once` on a Signal of its own
 * leakguard, every 50 ms, for 4 s), with node_modules/leakguard another copy than the finder's.
 */
function npmApp(): { dir: string; app: string; mark: string; env: NodeJS.ProcessEnv } {
  const dir = tmpDirs.make('lg-npm-app-');
  writeTree(dir, {
    'package.json': JSON.stringify({
      name: 'npm-app',
      private: true,
      type: 'module',
      scripts: { start: 'node app.mjs' },
    }),
  });
  copyFileSync(join(FIXTURES, 'other-copy.mjs'), join(dir, 'app.mjs'));
  writeCopy(join(dir, 'node_modules', 'leakguard'));
  const mark = join(dir, 'loaded.txt');
  return {
    dir,
    app: realpathSync(join(dir, 'app.mjs')),
    mark,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      FIXTURE_MS: '4000',
      LG_MARK: mark,
      // npm's cache and logs in the file's temporary directory, and no registry look-ups
      npm_config_cache: join(dir, '.npm'),
      npm_config_update_notifier: 'false',
      npm_config_offline: 'true',
    },
  };
}

/** `<pid> <argv[1]>` of each process that loaded the app's copy of leakguard. */
function loadedBy(mark: string): string[][] {
  if (!existsSync(mark)) return [];
  return readFileSync(mark, 'utf8')
    .trim()
    .split('\n')
    .map((l) => l.split(' '));
}

function expectAppLeak(r: RuntimeLeakReport, app: string): void {
  expect(r.leaks).toHaveLength(1);
  expect(r.leaks[0]).toMatchObject({
    file: app,
    line: 9,
    kind: 'signal-listener',
    event: 'moved',
    attribution: 'app',
  });
}

describe.concurrent('npm start under the finder', { timeout: 90_000 }, () => {
  it('leakguard watch -- npm start reports the app alone; npm never loads its leakguard', async () => {
    const { dir, app, mark, env } = npmApp();
    const out = join(dir, 'report.json');
    const r = await runCommand(
      process.execPath,
      [
        buildSources().path('cli/main.js'),
        'watch',
        '--sample-interval',
        '200ms',
        '--no-live',
        '--report',
        out,
        '--',
        'npm',
        'start',
      ],
      { cwd: dir, env },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
    // One process: the app (before, npm's own process was a second one, with its own sites).
    expect(report.processes.map((p) => p.argv[1])).toEqual([app]);
    expectAppLeak(report.processes[0]!, app);
    // The app's copy was loaded once, by the app (before, by npm too, at its start).
    const loads = loadedBy(mark);
    expect(loads.map((l) => l[1])).toEqual([app]);
    expect(r.stderr).toMatch(/\[final\] leakguard: 1 growing site/);
  });

  it('NODE_OPTIONS=--import=leakguard/register npm start: LEAKGUARD_REPORT is the app’s report', async () => {
    const { dir, app, mark, env } = npmApp();
    const out = join(dir, 'report.json');
    const r = await runCommand('npm', ['start'], {
      cwd: dir,
      env: {
        ...env,
        NODE_OPTIONS: `--import=${buildSources().registerUrl}`,
        LEAKGUARD_REPORT: out,
        LEAKGUARD_SAMPLE_INTERVAL: '200ms',
        LEAKGUARD_QUIET: '1',
        LEAKGUARD_FINAL: '0',
      },
    });
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as RuntimeLeakReport;
    // npm exits last: before, its own empty report replaced the app's.
    expect(report.pid).not.toBe(r.pid);
    expectAppLeak(report, app);
    expect(loadedBy(mark).map((l) => l[1])).toEqual([app]);
  });
});

/**
 * `leakguard watch -- npx tsx app.ts`: npx's process, then tsx's CLI (which only starts
 * `node … app.ts` with tsx's loader, in a child), then the app. The finder runs in the app only.
 */
describe.concurrent('a launcher under the finder', { timeout: 90_000 }, () => {
  it('leakguard watch -- npx tsx app.ts reports the app alone, not tsx’s CLI', async () => {
    const dir = tmpDirs.make('lg-tsx-app-');
    writeTree(dir, {
      'package.json': JSON.stringify({ name: 'tsx-app', private: true, type: 'module' }),
      'app.ts':
        "import { EventEmitter } from 'node:events';\n" +
        'const bus: EventEmitter = new EventEmitter();\n' +
        'bus.setMaxListeners(0);\n' +
        'const ms: number = Number(process.env.FIXTURE_MS);\n' +
        'const t0: number = Date.now();\n' +
        'const tick = setInterval((): void => {\n' +
        "  bus.on('moved', () => {}); // LEAK\n" +
        '  if (Date.now() - t0 >= ms) clearInterval(tick);\n' +
        '}, 50);\n',
    });
    // tsx as the project's own, linked to this repository's install
    mkdirSync(join(dir, 'node_modules', '.bin'), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules', 'tsx'), join(dir, 'node_modules', 'tsx'));
    symlinkSync('../tsx/dist/cli.mjs', join(dir, 'node_modules', '.bin', 'tsx'));
    const app = realpathSync(join(dir, 'app.ts'));
    const out = join(dir, 'report.json');
    const r = await runCommand(
      process.execPath,
      [
        buildSources().path('cli/main.js'),
        'watch',
        '--sample-interval',
        '200ms',
        '--no-live',
        '--report',
        out,
        '--',
        'npx',
        'tsx',
        'app.ts',
      ],
      {
        cwd: dir,
        env: {
          ...process.env,
          NODE_OPTIONS: '',
          FIXTURE_MS: '4000',
          // what tsx and npm leave in the temporary directory goes with the test's
          TMPDIR: tmpDirs.make('lg-tsx-tmp-'),
          npm_config_cache: join(dir, '.npm'),
          npm_config_update_notifier: 'false',
          npm_config_offline: 'true',
        },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
    // One process: the app (before, tsx's CLI was a second one, with sites of its own).
    expect(report.processes.map((p) => p.argv[1])).toEqual([app]);
    expect(report.processes[0]!.leaks).toHaveLength(1);
    expect(report.processes[0]!.leaks[0]).toMatchObject({
      file: app,
      line: 7,
      kind: 'listener',
      event: 'moved',
      attribution: 'app',
    });
  });
});

describe('passedOverAs: which main scripts are a package manager or a launcher', () => {
  it('by the name of the nearest named package.json above the real path', () => {
    const dir = tmpDirs.make('lg-pm-');
    writeTree(dir, {
      'lib/node_modules/npm/package.json': '{"name":"npm"}',
      'lib/node_modules/npm/bin/npm-cli.js': '',
      'lib/node_modules/npm/bin/npx-cli.js': '',
      'lib/node_modules/pnpm/package.json': '{"name":"pnpm"}',
      'lib/node_modules/pnpm/bin/pnpm.cjs': '',
      'app/package.json': '{"name":"my-app"}',
      'app/.yarn/releases/yarn-4.5.0.cjs': '',
      // a nameless package.json (a folder's "type") is passed over for the named one above
      'app/node_modules/tool/package.json': '{"name":"tool"}',
      'app/node_modules/tool/dist/package.json': '{"type":"module"}',
      'app/node_modules/tool/dist/cli.js': '',
      'app/node_modules/npm-run-all/package.json': '{"name":"npm-run-all"}',
      'app/node_modules/npm-run-all/bin/run.js': '',
      'app/server.js': '',
    });
    symlinkSync(join(dir, 'lib/node_modules/npm/bin/npm-cli.js'), join(dir, 'npm'));
    const pm = (rel: string): string | undefined => passedOverAs(join(dir, rel));
    expect(pm('npm')).toBe('npm');
    expect(pm('lib/node_modules/npm/bin/npx-cli.js')).toBe('npm');
    expect(pm('lib/node_modules/pnpm/bin/pnpm.cjs')).toBe('pnpm');
    expect(pm('app/.yarn/releases/yarn-4.5.0.cjs')).toBe('yarn');
    expect(pm('app/server.js')).toBeUndefined();
    expect(pm('app/node_modules/tool/dist/cli.js')).toBeUndefined();
    expect(pm('app/node_modules/npm-run-all/bin/run.js')).toBeUndefined();
    expect(pm('app/missing.js')).toBeUndefined();
    expect(passedOverAs(undefined)).toBeUndefined();
    expect(passedOverAs('')).toBeUndefined();
  });

  it('tsx and nodemon by the scripts their package.json `bin` names, through links too', () => {
    const dir = tmpDirs.make('lg-launchers-');
    writeTree(dir, {
      'package.json': '{"name":"my-app"}',
      'server.js': '',
      // nodemon as published: "bin": { "nodemon": "./bin/nodemon.js" }, "main": "./lib/nodemon"
      'node_modules/nodemon/package.json':
        '{"name":"nodemon","bin":{"nodemon":"./bin/nodemon.js"},"main":"./lib/nodemon"}',
      'node_modules/nodemon/bin/nodemon.js': '',
      'node_modules/nodemon/lib/nodemon.js': '',
      // a global install: <prefix>/lib/node_modules/nodemon, linked from <prefix>/bin
      'prefix/lib/node_modules/nodemon/package.json':
        '{"name":"nodemon","bin":{"nodemon":"bin/nodemon.js"}}',
      'prefix/lib/node_modules/nodemon/bin/nodemon.js': '',
      // an app's own package that happens to carry a launcher's file names is not one
      'node_modules/runner/package.json': '{"name":"runner","bin":"./bin/nodemon.js"}',
      'node_modules/runner/bin/nodemon.js': '',
    });
    mkdirSync(join(dir, 'node_modules', '.bin'));
    mkdirSync(join(dir, 'prefix', 'bin'));
    symlinkSync('../nodemon/bin/nodemon.js', join(dir, 'node_modules', '.bin', 'nodemon'));
    symlinkSync(
      '../lib/node_modules/nodemon/bin/nodemon.js',
      join(dir, 'prefix', 'bin', 'nodemon'),
    );
    const as = (rel: string): string | undefined => passedOverAs(join(dir, rel));
    expect(as('node_modules/.bin/nodemon')).toBe('nodemon');
    expect(as('node_modules/nodemon/bin/nodemon.js')).toBe('nodemon');
    expect(as('prefix/bin/nodemon')).toBe('nodemon');
    // nodemon's library (required by an app's own script) is not its command
    expect(as('node_modules/nodemon/lib/nodemon.js')).toBeUndefined();
    expect(as('node_modules/runner/bin/nodemon.js')).toBeUndefined();
    expect(as('server.js')).toBeUndefined();

    // tsx as installed here ("bin": "./dist/cli.mjs"); its loader is what `--import tsx` runs
    const tsx = join(ROOT, 'node_modules', 'tsx');
    expect(passedOverAs(join(ROOT, 'node_modules', '.bin', 'tsx'))).toBe('tsx');
    expect(passedOverAs(join(tsx, 'dist', 'cli.mjs'))).toBe('tsx');
    expect(passedOverAs(join(tsx, 'dist', 'loader.mjs'))).toBeUndefined();
  });
});
