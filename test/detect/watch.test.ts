/**
 * `leakguard watch` as a user runs it (the CLI entry in a child process): values are checked
 * with the finder's own rules before the command starts, and a signal sent to `watch` alone
 * ends the command's whole process group, prints the report and leaves no state behind.
 */
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { FIXTURES } from './support/run.js';
import { buildSources } from './support/build.js';
import { runWatch } from '../../src/cli/watch.js';
import type { WatchReport } from '../../src/cli/watch.js';
import { LeakFinder } from '../../src/detect/index.js';
import { installOutputs } from '../../src/detect/outputs.js';
import { useTempDirs } from '../helpers/tmp.js';

// TMPDIR of the file's own, checked empty once every test ran: what the tests, the CLI
// children that inherit it (the state directory of a watch run without its own TMPDIR) and
// runWatch in this process leave there fails the file.
const tmpDirs = useTempDirs();

interface Cli {
  pid: number;
  /** Resolves with the first match of `re` on stdout (rejects after `ms`). */
  stdout(re: RegExp, ms?: number): Promise<RegExpMatchArray>;
  kill(signal: NodeJS.Signals): void;
  /** Resolves when the CLI has exited; after `ms`, SIGKILLs it and rejects. */
  done(
    ms?: number,
  ): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/** `node <build>/cli/main.js <args>` with its own TMPDIR (where watch makes its state directory). */
function cli(args: string[], env: Record<string, string> = {}): Cli {
  const main = buildSources().path('cli/main.js');
  const child = spawn(process.execPath, [main, ...args], {
    cwd: FIXTURES,
    env: { ...process.env, NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (err += d));
  const done = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>(
    (resolve, reject) => {
      child.once('error', reject);
      child.once('close', (code, signal) => resolve({ code, signal, stderr: err }));
    },
  );
  return {
    pid: child.pid!,
    stdout: (re, ms = 30_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.stdout.off('data', check);
          reject(new Error(`no ${String(re)} on stdout within ${ms} ms; stderr: ${err}`));
        }, ms);
        const check = (): void => {
          const m = re.exec(out);
          if (m === null) return;
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve(m);
        };
        child.stdout.on('data', check);
        check();
      }),
    kill: (signal) => child.kill(signal),
    done: (ms = 20_000) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          reject(new Error(`the CLI did not exit within ${ms} ms; stderr: ${err}`));
        }, ms);
        done.then(
          (r) => {
            clearTimeout(timer);
            resolve(r);
          },
          (e: unknown) => {
            clearTimeout(timer);
            reject(e as Error);
          },
        );
      }),
  };
}

/**
 * Whether `pid` is a running process. kill(pid, 0) also succeeds for a zombie, which is what
 * an orphan becomes under a PID 1 that does not reap (as in this container), so on Linux a
 * process in state Z counts as ended.
 */
function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  if (!existsSync('/proc/self/stat')) return true;
  try {
    return !/^\d+ \(.*\) Z /.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
  } catch {
    return false;
  }
}

function stateDirs(tmp: string): string[] {
  return readdirSync(tmp).filter((n) => n.startsWith('leakguard-watch-'));
}

/** Polls (bounded) until `ok()`; returns its last value. */
async function until(ok: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!ok()) {
    if (Date.now() >= end) return false;
    await new Promise((r) => setTimeout(r, 50));
  }
  return true;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** A command that leaves `file` behind if it ever runs. */
function marker(): { file: string; command: string[] } {
  const file = join(tmpDirs.make('lg-watch-marker-'), 'ran');
  return {
    file,
    command: [process.execPath, '-e', 'require("fs").writeFileSync(process.argv[1], "")', file],
  };
}

describe.concurrent(
  'leakguard watch checks every value before starting the command',
  { timeout: 60_000 },
  () => {
    const flagCases: [string[], RegExp][] = [
      [
        ['--sample-interval', '5ms'],
        /Expected `--sample-interval` to be a duration from 10ms to 2147483647ms, got `"5ms"` \(string\)/,
      ],
      [
        ['--sample-interval', '999999h'],
        /Expected `--sample-interval` to be a duration from 10ms to 2147483647ms, got `"999999h"`/,
      ],
      [
        ['--stack-depth', '0'],
        /Expected `--stack-depth` to be a positive integer, got `"0"` \(string\)/,
      ],
      [['--stack-depth', 'ten'], /Expected `--stack-depth` to be a number, got `"ten"` \(string\)/],
      [
        ['--interval', '999999h'],
        /Expected `--interval` to be a duration from 1ms to 2147483647ms, got `"999999h"`/,
      ],
      [['--kill-after', 'soon'], /Expected `--kill-after` to be a duration like `500ms`/],
    ];
    for (const [flags, message] of flagCases) {
      it(`${flags.join(' ')}: a usage error naming the flag, exit 2, nothing started`, async () => {
        const tmp = tmpDirs.make('lg-watch-tmp-');
        const m = marker();
        const r = await cli(['watch', ...flags, '--', ...m.command], { TMPDIR: tmp }).done();
        expect(r.code, r.stderr).toBe(2);
        expect(r.stderr).toMatch(message);
        expect(r.stderr).not.toMatch(/sampleIntervalMs|stackDepth|no instrumented node process/);
        expect(existsSync(m.file)).toBe(false);
        expect(stateDirs(tmp)).toEqual([]);
      });
    }

    it('an inherited LEAKGUARD_* variable the finder would refuse: named, exit 2, nothing started', async () => {
      const m = marker();
      const r = await cli(['watch', '--', ...m.command], { LEAKGUARD_WINDOW: '2' }).done();
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/Expected `LEAKGUARD_WINDOW` to be an integer >= 3, got `"2"`/);
      expect(existsSync(m.file)).toBe(false);
    });

    it('an inherited LEAKGUARD_COPIES_HOOK that is not 1 or 0: named, exit 2, nothing started', async () => {
      const m = marker();
      const r = await cli(['watch', '--', ...m.command], { LEAKGUARD_COPIES_HOOK: 'no' }).done();
      expect(r.code, r.stderr).toBe(2);
      expect(r.stderr).toMatch(/Expected `LEAKGUARD_COPIES_HOOK` to be `1` or `0`, got `"no"`/);
      expect(existsSync(m.file)).toBe(false);
    });

    const envCases: [Record<string, string>, RegExp][] = [
      [
        { LEAKGUARD_SAMPLE_INTERVAL: '5ms' },
        /Expected `LEAKGUARD_SAMPLE_INTERVAL` to be a duration from 10ms to 2147483647ms, got `"5ms"`/,
      ],
      [
        { LEAKGUARD_MIN_SAMPLES: '200' },
        /Expected `LEAKGUARD_MIN_SAMPLES` to be at most `LEAKGUARD_WINDOW` \(90\), got `"200"`/,
      ],
      [{ LEAKGUARD_STACK_DEPTH: '0' }, /Expected `LEAKGUARD_STACK_DEPTH` to be a positive integer/],
      [
        { LEAKGUARD_COPIES_HOOK: 'off' },
        /Expected `LEAKGUARD_COPIES_HOOK` to be `1` or `0`, got `"off"`/,
      ],
    ];
    for (const [env, message] of envCases) {
      it(`leakguard/register names the variable: ${Object.keys(env).join()}`, async () => {
        const m = marker();
        const child = spawn(
          process.execPath,
          ['--import', buildSources().registerUrl, ...m.command.slice(1)],
          {
            env: { ...process.env, NODE_OPTIONS: '', ...env },
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
        const code = await new Promise<number | null>((r) => child.once('close', r));
        expect(code).not.toBe(0);
        expect(stderr).toMatch(message);
        expect(stderr).not.toMatch(/`(sampleIntervalMs|minSamples|window|stackDepth)`/);
        expect(existsSync(m.file)).toBe(false);
      });
    }

    it('runWatch refuses an unknown option with a did-you-mean, before starting anything', async () => {
      const m = marker();
      await expect(runWatch(m.command, { sampleInterval: 50 } as never)).rejects.toThrow(
        'Unknown option `sampleInterval`; did you mean `sampleIntervalMs`?',
      );
      await expect(runWatch(m.command, { sampleIntervalMs: 5 })).rejects.toThrow(
        'Expected `sampleIntervalMs` to be an integer from 10 to 2147483647, got `5` (number)',
      );
      await expect(runWatch(m.command, { copiesHook: 'no' } as never)).rejects.toThrow(
        /^Expected `copiesHook` to be a boolean, got `"no"` \(string\)$/,
      );
      await expect(runWatch(m.command, { copyHook: false } as never)).rejects.toThrow(
        'Unknown option `copyHook`; did you mean `copiesHook`?',
      );
      expect(existsSync(m.file)).toBe(false);
    });
  },
);

describe('runWatch cleans up after itself', () => {
  const sink = (): Writable & { text: string } => {
    const w = new Writable({
      write(chunk: Buffer, _enc, cb) {
        w.text += chunk.toString();
        cb();
      },
    }) as Writable & { text: string };
    w.text = '';
    return w;
  };
  // Run from src/, watch preloads the finder through tsx, which keeps a transform cache in the
  // command's os.tmpdir(): the command gets a TMPDIR of its own, removed with the file's.
  const commandEnv = (): NodeJS.ProcessEnv => ({
    ...process.env,
    TMPDIR: tmpDirs.make('lg-watch-cmd-'),
  });
  const counts = (): number[] =>
    (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((s) => process.listenerCount(s));

  it('removes its signal listeners and its state directory after a run and after a command that cannot start', async () => {
    // runWatch makes its state directory in os.tmpdir(): this file's own (useTempDirs), where
    // no test running at the same time makes one
    expect(stateDirs(tmpdir())).toEqual([]);
    const before = counts();
    const stderr = sink();
    const code = await runWatch([process.execPath, '-e', 'process.exitCode = 5'], {
      live: false,
      stdout: sink(),
      stderr,
      env: commandEnv(),
    });
    expect(code, stderr.text).toBe(5);
    expect(stderr.text).toMatch(/\[final\]/); // the command ran under the finder
    expect(counts()).toEqual(before);
    expect(stateDirs(tmpdir())).toEqual([]);
    await expect(
      runWatch(['leakguard-no-such-command'], { live: false, stdout: sink(), stderr: sink() }),
      // ENOENT; EACCES when PATH holds a folder this user may not search (su keeps root's PATH)
    ).rejects.toThrow(/^spawn leakguard-no-such-command (ENOENT|EACCES)$/);
    expect(counts()).toEqual(before);
    expect(stateDirs(tmpdir())).toEqual([]);
  });

  it('on a terminal, relays the output and ends once the command and its pipes are done', async () => {
    const stdout = sink();
    const stderr = Object.assign(sink(), { isTTY: true });
    const code = await runWatch([process.execPath, '-e', 'console.log("hello")'], {
      stdout,
      stderr,
      env: commandEnv(),
    });
    expect(code, stderr.text).toBe(0);
    expect(stdout.text).toBe('hello\n');
    expect(stderr.text).toMatch(/\[final\] leakguard: no growing sites/);
  });
});

describe('watch state files', () => {
  it('an instrumented process does not recreate the state directory once watch removed it', () => {
    const dir = join(tmpDirs.make('lg-watch-gone-'), 'state');
    const finder = new LeakFinder({ sampleIntervalMs: 3_600_000 }).start();
    const remove = installOutputs(finder, {
      finder: {},
      reportFile: undefined,
      watchDir: dir,
      quiet: true,
      finalTable: false,
      copiesHook: true,
      warnings: [],
    });
    try {
      finder.sample();
      expect(existsSync(dir)).toBe(false);
    } finally {
      remove();
      finder.stop();
    }
  });
});

describe.concurrent('leakguard watch and signals sent to it alone', { timeout: 60_000 }, () => {
  // sh stays between watch and the app (`; true` keeps dash from exec'ing node), and does not
  // pass SIGTERM on: only a signal to the whole process group reaches the app and its child.
  const command = ['sh', '-c', `"${process.execPath}" tree.cjs; true`];

  async function start(
    extra: string[],
    env: Record<string, string> = {},
  ): Promise<{ run: Cli; pids: number[]; tmp: string; report: string }> {
    const tmp = tmpDirs.make('lg-watch-tmp-');
    const report = join(tmp, 'report.json');
    const run = cli(
      ['watch', '--sample-interval', '200ms', '--report', report, ...extra, '--', ...command],
      { TMPDIR: tmp, ...env },
    );
    try {
      const m = await run.stdout(/pids (\d+) (\d+)/);
      const pids = [Number(m[1]), Number(m[2])];
      // Both processes have written a state (so a missing final one would show).
      const seen = await until(() => {
        const dir = stateDirs(tmp)[0];
        return (
          dir !== undefined &&
          readdirSync(join(tmp, dir)).filter((n) => n.endsWith('.json')).length >= 2
        );
      }, 30_000);
      if (!seen) cleanup(pids);
      expect(seen).toBe(true);
      return { run, pids, tmp, report };
    } catch (e) {
      run.kill('SIGKILL');
      throw e;
    }
  }

  function cleanup(pids: number[]): void {
    for (const pid of pids) {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  it('SIGTERM ends the whole group, prints the final reports and removes the state', async () => {
    const { run, pids, tmp, report } = await start([]);
    try {
      run.kill('SIGTERM');
      const r = await run.done();
      expect(r.code, r.stderr).toBe(128 + 15);
      for (const pid of pids) expect(running(pid), `pid ${pid}`).toBe(false);
      const json = JSON.parse(readFileSync(report, 'utf8')) as WatchReport;
      expect(json.signal).toBe('SIGTERM');
      expect(json.processes.map((p) => p.final)).toEqual([true, true]);
      expect(r.stderr).toMatch(/\[final\]/);
      expect(r.stderr).not.toMatch(/without a final report/);
      // Longer than a sample: an orphan still sampling would have recreated the directory.
      await sleep(600);
      expect(stateDirs(tmp)).toEqual([]);
    } finally {
      cleanup(pids);
    }
  });

  it('SIGINT too; the app gets SIGINT', async () => {
    const { run, pids, tmp } = await start([]);
    try {
      run.kill('SIGINT');
      const r = await run.done();
      expect(r.code, r.stderr).toBe(128 + 2);
      for (const pid of pids) expect(running(pid), `pid ${pid}`).toBe(false);
      expect(r.stderr).not.toMatch(/without a final report/);
      await sleep(600);
      expect(stateDirs(tmp)).toEqual([]);
    } finally {
      cleanup(pids);
    }
  });

  it('SIGKILLs a group that ignores SIGTERM after --kill-after, then reports', async () => {
    const { run, pids, tmp, report } = await start(['--kill-after', '1s'], {
      FIXTURE_IGNORE_TERM: '1',
    });
    try {
      const t0 = Date.now();
      run.kill('SIGTERM');
      const r = await run.done();
      expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
      for (const pid of pids) expect(running(pid), `pid ${pid}`).toBe(false);
      // Killed outright: the last samples are what is left.
      const json = JSON.parse(readFileSync(report, 'utf8')) as WatchReport;
      expect(json.processes.map((p) => p.final)).toEqual([false, false]);
      expect(r.stderr).toMatch(/without a final report: last sample shown/);
      expect([128 + 15, 128 + 9]).toContain(r.code);
      await sleep(600);
      expect(stateDirs(tmp)).toEqual([]);
    } finally {
      cleanup(pids);
    }
  });

  it('ends what the command left running in its group when the command exits', async () => {
    const tmp = tmpDirs.make('lg-watch-tmp-');
    const run = cli(
      [
        'watch',
        '--sample-interval',
        '200ms',
        '--',
        'sh',
        '-c',
        `"${process.execPath}" tree.cjs & sleep 4`,
      ],
      { TMPDIR: tmp },
    );
    const m = await run.stdout(/pids (\d+) (\d+)/);
    const pids = [Number(m[1]), Number(m[2])];
    try {
      const r = await run.done();
      expect(r.code, r.stderr).toBe(0);
      for (const pid of pids) expect(running(pid), `pid ${pid}`).toBe(false);
      expect(r.stderr).toMatch(/\[final\]/);
      expect(r.stderr).not.toMatch(/without a final report/);
      await sleep(600);
      expect(stateDirs(tmp)).toEqual([]);
    } finally {
      cleanup(pids);
    }
  });
});

describe.concurrent(
  'leakguard watch removes its state directory when the command crashes',
  { timeout: 60_000 },
  () => {
    const crash = async (code: string): Promise<{ code: number | null; stderr: string }> => {
      const tmp = tmpDirs.make('lg-watch-tmp-');
      const r = await cli(
        ['watch', '--sample-interval', '200ms', '--', process.execPath, '-e', code],
        { TMPDIR: tmp },
      ).done();
      expect(stateDirs(tmp)).toEqual([]);
      return r;
    };

    it('an uncaught exception: exit 1 and the final report', async () => {
      const r = await crash('setTimeout(() => { throw new Error("boom") }, 500)');
      expect(r.code, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/Error: boom/);
      expect(r.stderr).toMatch(/\[final\]/);
    });

    it('killed outright (SIGKILL of its own): exit 137 and the last sample', async () => {
      // 1.5 s at 200 ms samples: a state file is there to read, so watch has written to the directory
      const r = await crash('setTimeout(() => process.kill(process.pid, "SIGKILL"), 1500)');
      expect(r.code, r.stderr).toBe(128 + 9);
      expect(r.stderr).toMatch(/without a final report: last sample shown/);
    });
  },
);
