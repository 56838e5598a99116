import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { disposeOnExit, type ExitReport } from '../../src/node/index.js';
import { ConnectionManager, Scope } from '../../src/core/index.js';
import { useTempDirs, withTempDir } from '../helpers/tmp.js';

// The file's own TMPDIR, checked empty at the end (what the child and tsx make included).
useTempDirs();

const root = resolve(import.meta.dirname, '../..');

describe('disposeOnExit (leakguard/node)', () => {
  it('on SIGTERM disposes everything, async cleanups included, then exits 0', async () => {
    const { out, code } = await withTempDir('lg-exit-', async (dir) => {
      const app = join(dir, 'app.ts');
      writeFileSync(
        app,
        `import { ConnectionManager } from ${JSON.stringify(join(root, 'src/core/index.ts'))};
import { disposeOnExit } from ${JSON.stringify(join(root, 'src/node/index.ts'))};
const m = new ConnectionManager();
const s = m.scope({ service: 'db' });
s.setInterval(() => {}, 1000);
s.add(async () => { await new Promise((r) => setTimeout(r, 20)); console.log('async cleanup done'); });
disposeOnExit(m, { timeoutMs: 2000, onDone: (r) => console.log('disposed', r.disposed, 'live', m.stats().live) });
console.log('ready');
`,
      );
      // TMPDIR: tsx keeps its transform cache in os.tmpdir(); here it goes with the directory.
      const child = spawn(process.execPath, ['--import', 'tsx', app], {
        cwd: root,
        env: { ...process.env, TMPDIR: dir },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let text = '';
      let sent = false;
      child.stdout.on('data', (d: Buffer) => {
        text += d.toString();
        if (text.includes('ready') && !sent) sent = child.kill('SIGTERM');
        // a second signal during the shutdown must not cut it short
        if (text.includes('async cleanup done')) child.kill('SIGTERM');
      });
      // 'close': the child has exited and its pipes are drained; only then is dir removed
      const exit = await new Promise<number | null>((r) => child.on('close', (c) => r(c)));
      return { out: text, code: exit };
    });
    expect(out).toContain('async cleanup done');
    expect(out).toContain('disposed 2 live 0');
    expect(code).toBe(0);
  }, 30_000);

  it('the returned disposer removes its signal handlers', () => {
    const before = process.listenerCount('SIGTERM');
    const off = disposeOnExit(new ConnectionManager(), { exit: false });
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    off();
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  it('names what it received when that is nothing it can dispose', () => {
    const before = process.listenerCount('SIGTERM');
    const expected =
      'Expected `target` to be a ConnectionManager, a Scope, an AsyncDisposable or an object with disposeAsync() or close()';
    expect(() => disposeOnExit({} as never)).toThrow(`${expected}, got \`{}\` (object)`);
    expect(() => disposeOnExit(42 as never)).toThrow(`${expected}, got \`42\` (number)`);
    expect(() => disposeOnExit({ dispose: () => {} } as never)).toThrow(
      `${expected}, got \`{ dispose }\` (object)`,
    );
    expect(() => disposeOnExit({ close: true } as never)).toThrow(
      expect.objectContaining({ code: 'LEAKGUARD_INVALID_OPTION', name: 'TypeError' }),
    );
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  it('refuses unknown and mistyped options before installing anything', () => {
    const before = process.listenerCount('SIGTERM');
    const m = new ConnectionManager();
    expect(() => disposeOnExit(m, { timeout: 5 } as never)).toThrow(
      'Unknown option `timeout`; did you mean `timeoutMs`?',
    );
    expect(() => disposeOnExit(m, { exit: 'no' } as never)).toThrow(
      'Expected `exit` to be a boolean',
    );
    expect(() => disposeOnExit(m, { onDone: 5 } as never)).toThrow(
      'Expected `onDone` to be a function',
    );
    expect(() => disposeOnExit(m, { onSignal: 'log' } as never)).toThrow(
      'Expected `onSignal` to be a function',
    );
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });

  it('refuses a timeoutMs that is no timer delay, naming it, before installing anything', () => {
    const before = process.listenerCount('SIGTERM');
    const m = new ConnectionManager();
    const close = { close: async () => {} };
    for (const target of [m, close]) {
      for (const [bad, got] of [
        [-1, '`-1` (number)'],
        [NaN, '`NaN` (number)'],
        [Infinity, '`Infinity` (number)'],
        ['5000', '`"5000"` (string)'],
      ] as const)
        expect(() => disposeOnExit(target, { timeoutMs: bad as never })).toThrow(
          `Expected \`timeoutMs\` to be a non-negative number, got ${got}`,
        );
      // Longer than a Node timer takes: it would fire after 1 ms (a close() "timed out" at
      // once), or make disposeAllAsync() throw at shutdown, after the signal, with nothing
      // disposed.
      expect(() => disposeOnExit(target, { timeoutMs: 2 ** 31 })).toThrow(
        expect.objectContaining({
          code: 'LEAKGUARD_INVALID_OPTION',
          message:
            'Expected `timeoutMs` to be a number <= 2147483647 (the longest timer delay), got `2147483648` (number)',
        }),
      );
    }
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

/**
 * In-process shutdowns with `exit: false`, started by emitting a signal nobody else listens to
 * (emitting runs the handlers without delivering a real signal). Each test records the order of
 * what happened.
 */
describe('disposeOnExit: any disposable, exit: false', () => {
  const SIG = 'SIGUSR2';
  let off: (() => void) | undefined;
  afterEach(() => off?.());

  /** Installs the handler, emits SIG (twice: the second must change nothing), waits for onDone. */
  async function shutDown<T extends Parameters<typeof disposeOnExit>[0]>(
    target: T,
    log: string[],
    timeoutMs = 1000,
  ): Promise<ExitReport> {
    const before = process.listenerCount(SIG);
    const done = new Promise<ExitReport>((resolve) => {
      off = disposeOnExit(target, {
        signals: [SIG],
        exit: false,
        timeoutMs,
        onSignal: (s) => log.push(`signal ${s}`),
        onDone: (r) => {
          log.push('done');
          resolve(r as ExitReport);
        },
      });
    });
    expect(process.listenerCount(SIG)).toBe(before + 1);
    process.emit(SIG, SIG);
    process.emit(SIG, SIG);
    const report = await done;
    await Promise.resolve();
    expect(process.listenerCount(SIG), 'handlers removed once the shutdown is over').toBe(before);
    return report;
  }

  it('a Scope: awaits its async cleanups and reports them', async () => {
    const log: string[] = [];
    const scope = new Scope({ name: 'app' });
    scope.add(() => log.push('sync cleanup'));
    scope.add(async () => {
      await new Promise((r) => setImmediate(r));
      log.push('async cleanup');
    });
    const r = await shutDown(scope, log);
    expect(log).toEqual(['signal SIGUSR2', 'async cleanup', 'sync cleanup', 'done']);
    expect(r).toEqual({
      signal: SIG,
      disposed: 2,
      timedOut: [],
      value: { disposed: 2, timedOut: [] },
    });
    expect(scope.disposed).toBe(true);
  });

  it('an object with close(): called once, its value handed to onDone', async () => {
    const log: string[] = [];
    const server = {
      close: async () => {
        log.push('close');
        await new Promise((r) => setImmediate(r));
        return { players: 3 };
      },
    };
    const r = await shutDown(server, log);
    expect(log).toEqual(['signal SIGUSR2', 'close', 'done']);
    expect(r).toEqual({ signal: SIG, disposed: 1, timedOut: [], value: { players: 3 } });
  });

  it('prefers disposeAsync() over close(), and takes an AsyncDisposable', async () => {
    const log: string[] = [];
    const both = {
      disposeAsync: () => void log.push('disposeAsync'),
      close: () => void log.push('close'),
    };
    await shutDown(both, log);
    const disposable: AsyncDisposable = {
      [Symbol.asyncDispose]: async () => void log.push('asyncDispose'),
    };
    expect(await shutDown(disposable, log)).toEqual({
      signal: SIG,
      disposed: 1,
      timedOut: [],
      value: undefined,
    });
    expect(log).toEqual([
      'signal SIGUSR2',
      'disposeAsync',
      'done',
      'signal SIGUSR2',
      'asyncDispose',
      'done',
    ]);
  });

  it('a close() that never settles is reported as timed out after timeoutMs', async () => {
    const log: string[] = [];
    const hung = { close: () => new Promise<never>(() => log.push('close')) };
    const r = await shutDown(hung, log, 10);
    expect(log).toEqual(['signal SIGUSR2', 'close', 'done']);
    expect(r).toEqual({ signal: SIG, disposed: 0, timedOut: ['close()'] });
  });

  it('a close() that throws: the error is reported, nothing else is lost', async () => {
    const log: string[] = [];
    const boom = new Error('socket in use');
    const r = await shutDown(
      {
        close: () => {
          log.push('close');
          throw boom;
        },
      },
      log,
    );
    expect(log).toEqual(['signal SIGUSR2', 'close', 'done']);
    expect(r).toEqual({ signal: SIG, disposed: 0, timedOut: [], error: boom });
  });
});
