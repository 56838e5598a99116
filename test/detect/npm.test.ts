/**
 * `npm start` under the finder (`leakguard watch -- npm start`, or NODE_OPTIONS set by hand):
 * NODE_OPTIONS reaches npm's own node process as well as the app's. The finder runs in the app
 * only: npm's process loads no copy of leakguard (the app's least of all), has no finder and
 * writes no report, so the app's report is the one that is read. The same for launchers that
 * start the app in a child of their own: tsx's CLI (run here, as installed in node_modules),
 * and nodemon, concurrently, pm2 and ts-node's child mode, which are not dependencies of
 * leakguard: their detection is tested on their published file layouts (package.json `name`
 * and `bin`, the scripts' relative paths), and ts-node's child mode is run through a stand-in
 * with that layout that starts the app as ts-node does (in a child with `--esm`, else itself).
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

/**
 * A stand-in for ts-node 10.9 with its published layout (`bin` as in its package.json) and its
 * process tree: with `--esm` among its own options, or as `ts-node-esm`, dist/bin.js spawns
 * `node dist/child/child-entrypoint.js <script>` (stdio inherited, NODE_OPTIONS with it) and
 * only waits for it, as dist/child/spawn-child.js does; otherwise it runs the script itself
 * with `process.argv` set to [its bin, the script, …], as dist/bin.js does.
 */
const TS_NODE_BIN = {
  'ts-node': 'dist/bin.js',
  'ts-node-cwd': 'dist/bin-cwd.js',
  'ts-node-esm': 'dist/bin-esm.js',
  'ts-node-script': 'dist/bin-script.js',
  'ts-node-transpile-only': 'dist/bin-transpile.js',
  'ts-script': 'dist/bin-script-deprecated.js',
};

function tsNodeApp(): { dir: string; app: string } {
  const dir = tmpDirs.make('lg-ts-node-app-');
  writeTree(dir, {
    'package.json': JSON.stringify({ name: 'ts-node-app', private: true }),
    'app.js':
      "const { EventEmitter } = require('node:events');\n" +
      'const bus = new EventEmitter();\n' +
      'bus.setMaxListeners(0);\n' +
      'const ms = Number(process.env.FIXTURE_MS);\n' +
      'const t0 = Date.now();\n' +
      'const tick = setInterval(() => {\n' +
      "  bus.on('moved', () => {}); // LEAK\n" +
      '  if (Date.now() - t0 >= ms) clearInterval(tick);\n' +
      '}, 50);\n' +
      'module.exports = bus; // kept alive by the module cache, as an ES module would be\n',
    'node_modules/ts-node/package.json': JSON.stringify({
      name: 'ts-node',
      main: 'dist/index.js',
      bin: TS_NODE_BIN,
    }),
    'node_modules/ts-node/dist/bin.js':
      "const { spawn } = require('node:child_process');\n" +
      "const { resolve } = require('node:path');\n" +
      'exports.main = (argv = process.argv.slice(2), entry = {}) => {\n' +
      "  const esm = entry['--esm'] === true || argv[0] === '--esm';\n" +
      "  const rest = argv[0] === '--esm' ? argv.slice(1) : argv;\n" +
      '  if (!esm) {\n' +
      '    process.argv = [process.argv[1], resolve(rest[0]), ...rest.slice(1)];\n' +
      "    require('node:module').runMain();\n" +
      '    return;\n' +
      '  }\n' +
      '  const child = spawn(\n' +
      '    process.execPath,\n' +
      "    [require.resolve('./child/child-entrypoint.js'), ...rest],\n" +
      "    { stdio: 'inherit' },\n" +
      '  );\n' +
      "  child.on('exit', (code) => (process.exitCode = code === null ? 1 : code));\n" +
      '};\n' +
      'if (require.main === module) exports.main();\n',
    'node_modules/ts-node/dist/bin-esm.js':
      "require('./bin').main(undefined, { '--esm': true });\n",
    'node_modules/ts-node/dist/child/child-entrypoint.js':
      "require(require('node:path').resolve(process.argv[2]));\n",
    'node_modules/ts-node/dist/index.js': '',
  });
  mkdirSync(join(dir, 'node_modules', '.bin'));
  for (const [name, script] of Object.entries(TS_NODE_BIN))
    if (script !== 'dist/bin-script-deprecated.js')
      symlinkSync(`../ts-node/${script}`, join(dir, 'node_modules', '.bin', name));
  return { dir, app: realpathSync(join(dir, 'app.js')) };
}

/** `leakguard watch -- node node_modules/.bin/<bin> <args>` in `dir`: its report. */
async function watchBin(dir: string, bin: string, args: string[]): Promise<WatchReport> {
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
      process.execPath,
      join(dir, 'node_modules', '.bin', bin),
      ...args,
    ],
    { cwd: dir, env: { ...process.env, NODE_OPTIONS: '', FIXTURE_MS: '4000' } },
  );
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(readFileSync(out, 'utf8')) as WatchReport;
}

function expectLeakAt(r: RuntimeLeakReport, app: string): void {
  expect(r.leaks).toHaveLength(1);
  expect(r.leaks[0]).toMatchObject({
    file: app,
    line: 7,
    kind: 'listener',
    event: 'moved',
    attribution: 'app',
  });
}

describe.concurrent('ts-node under the finder', { timeout: 90_000 }, () => {
  it('ts-node --esm app.js: the child that runs the app alone, not ts-node’s own process', async () => {
    const { dir, app } = tsNodeApp();
    const report = await watchBin(dir, 'ts-node', ['--esm', 'app.js']);
    // before, ts-node's own process (node_modules/.bin/ts-node) was listed first
    const entry = realpathSync(join(dir, 'node_modules/ts-node/dist/child/child-entrypoint.js'));
    expect(report.processes.map((p) => p.argv[1])).toEqual([entry]);
    expectLeakAt(report.processes[0]!, app);
  });

  it('ts-node-esm app.js: the same', async () => {
    const { dir, app } = tsNodeApp();
    const report = await watchBin(dir, 'ts-node-esm', ['app.js']);
    const entry = realpathSync(join(dir, 'node_modules/ts-node/dist/child/child-entrypoint.js'));
    expect(report.processes.map((p) => p.argv[1])).toEqual([entry]);
    expectLeakAt(report.processes[0]!, app);
  });

  it('ts-node app.js (in-process, its default) is the app and stays instrumented', async () => {
    const { dir, app } = tsNodeApp();
    const report = await watchBin(dir, 'ts-node', ['app.js', '--esm']);
    // `--esm` after the script is the app's argument: ts-node runs the app in its process (and
    // sets its argv to [its bin, the app's path, …], as dist/bin.js does)
    expect(report.processes.map((p) => p.argv[1])).toEqual([app]);
    expectLeakAt(report.processes[0]!, app);
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

  it('concurrently and pm2 by their published layouts; pm2’s daemon too, not its app containers', () => {
    const dir = tmpDirs.make('lg-launchers2-');
    const pm2Bin = {
      pm2: 'bin/pm2',
      'pm2-dev': 'bin/pm2-dev',
      'pm2-docker': 'bin/pm2-docker',
      'pm2-runtime': 'bin/pm2-runtime',
    };
    writeTree(dir, {
      'package.json': '{"name":"my-app"}',
      // concurrently 9.2.5 (7.x and 8.x alike): both bins are one script; index.js its API
      'node_modules/concurrently/package.json': JSON.stringify({
        name: 'concurrently',
        main: 'index.js',
        bin: {
          concurrently: './dist/bin/concurrently.js',
          conc: './dist/bin/concurrently.js',
        },
      }),
      'node_modules/concurrently/dist/bin/concurrently.js': '',
      'node_modules/concurrently/dist/src/index.js': '',
      'node_modules/concurrently/index.js': '',
      // concurrently 6.5.1, installed globally
      'prefix/lib/node_modules/concurrently/package.json':
        '{"name":"concurrently","bin":{"concurrently":"./bin/concurrently.js"}}',
      'prefix/lib/node_modules/concurrently/bin/concurrently.js': '',
      // pm2 7.0.4 (4.x and 5.x alike): bin/* are the CLI, lib/Daemon.js the daemon the CLI
      // spawns; lib/ProcessContainerFork.js (fork mode) and lib/ProcessContainer.js (cluster
      // workers) load the app in their own process
      'node_modules/pm2/package.json': JSON.stringify({
        name: 'pm2',
        main: 'index.js',
        bin: pm2Bin,
      }),
      ...Object.fromEntries(Object.values(pm2Bin).map((s) => [`node_modules/pm2/${s}`, ''])),
      'node_modules/pm2/lib/Daemon.js': '',
      'node_modules/pm2/lib/ProcessContainerFork.js': '',
      'node_modules/pm2/lib/ProcessContainer.js': '',
      'node_modules/pm2/lib/binaries/CLI.js': '',
      'node_modules/pm2/index.js': '',
      // an app's own file called Daemon.js is not pm2's
      'lib/Daemon.js': '',
    });
    mkdirSync(join(dir, 'node_modules', '.bin'));
    mkdirSync(join(dir, 'prefix', 'bin'));
    const bin = (name: string, target: string): void =>
      symlinkSync(target, join(dir, 'node_modules', '.bin', name));
    bin('concurrently', '../concurrently/dist/bin/concurrently.js');
    bin('conc', '../concurrently/dist/bin/concurrently.js');
    for (const [name, script] of Object.entries(pm2Bin)) bin(name, `../pm2/${script}`);
    symlinkSync(
      '../lib/node_modules/concurrently/bin/concurrently.js',
      join(dir, 'prefix', 'bin', 'concurrently'),
    );
    const as = (rel: string): string | undefined => passedOverAs(join(dir, rel), ['x']);

    expect(as('node_modules/.bin/concurrently')).toBe('concurrently');
    expect(as('node_modules/.bin/conc')).toBe('concurrently');
    expect(as('prefix/bin/concurrently')).toBe('concurrently');
    // a script of the app's that uses concurrently's API is the app
    expect(as('node_modules/concurrently/index.js')).toBeUndefined();
    expect(as('node_modules/concurrently/dist/src/index.js')).toBeUndefined();

    for (const name of Object.keys(pm2Bin)) expect(as(`node_modules/.bin/${name}`)).toBe('pm2');
    expect(as('node_modules/pm2/lib/Daemon.js')).toBe('pm2');
    expect(as('node_modules/pm2/lib/ProcessContainerFork.js')).toBeUndefined();
    expect(as('node_modules/pm2/lib/ProcessContainer.js')).toBeUndefined();
    expect(as('node_modules/pm2/lib/binaries/CLI.js')).toBeUndefined();
    expect(as('node_modules/pm2/index.js')).toBeUndefined();
    expect(as('lib/Daemon.js')).toBeUndefined();
  });

  it('ts-node only in child mode: ts-node-esm, or --esm among ts-node’s own options', () => {
    const dir = tmpDirs.make('lg-ts-node-');
    writeTree(dir, {
      'package.json': '{"name":"my-app"}',
      'node_modules/ts-node/package.json': JSON.stringify({
        name: 'ts-node',
        main: 'dist/index.js',
        bin: TS_NODE_BIN,
      }),
      ...Object.fromEntries(
        Object.values(TS_NODE_BIN).map((s) => [`node_modules/ts-node/${s}`, '']),
      ),
      'node_modules/ts-node/dist/child/child-entrypoint.js': '',
      'node_modules/ts-node/dist/index.js': '',
    });
    mkdirSync(join(dir, 'node_modules', '.bin'));
    for (const [name, script] of Object.entries(TS_NODE_BIN))
      symlinkSync(`../ts-node/${script}`, join(dir, 'node_modules', '.bin', name));
    const as = (bin: string, ...args: string[]): string | undefined =>
      passedOverAs(join(dir, 'node_modules', '.bin', bin), args);

    // in-process (the default): the app is this process
    expect(as('ts-node', 'app.ts')).toBeUndefined();
    expect(as('ts-node')).toBeUndefined(); // its REPL
    expect(as('ts-node-transpile-only', 'app.ts')).toBeUndefined();
    expect(as('ts-node', '-T', 'app.ts')).toBeUndefined();
    // child mode
    expect(as('ts-node-esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node-esm')).toBe('ts-node');
    expect(as('ts-node', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node', '--esm')).toBe('ts-node');
    expect(as('ts-node-transpile-only', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-script', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node', '-P', 'tsconfig.json', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node', '--project=tsconfig.json', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node', '-TP', 'tsconfig.json', '--esm', 'app.ts')).toBe('ts-node');
    expect(as('ts-node', '-e', 'console.log(1)', '--esm')).toBe('ts-node');
    // `--esm` that is not ts-node's: the app's argument, a file named so, an option's value
    expect(as('ts-node', 'app.ts', '--esm')).toBeUndefined();
    expect(as('ts-node', '-P', 'tsconfig.json', 'app.ts', '--esm')).toBeUndefined();
    expect(as('ts-node', '--', '--esm')).toBeUndefined();
    expect(as('ts-node', '-e', '--esm')).toBeUndefined();
    // the child that runs the app, and ts-node's API, are the app
    const ts = (rel: string): string | undefined =>
      passedOverAs(join(dir, 'node_modules', 'ts-node', rel), ['--esm']);
    expect(ts('dist/child/child-entrypoint.js')).toBeUndefined();
    expect(ts('dist/index.js')).toBeUndefined();
  });
});
