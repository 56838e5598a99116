/**
 * `npm start` for real — npm, tsx and the arena — in a copy of the repository
 * without dist/, as a fresh clone has it (node_modules is a link to ours):
 *
 * - `npm start -- --help` and a bad flag answer at once: no staleness check, no build (npm
 *   would give a prestart none of the arguments, so the arena's entry checks dist/ itself,
 *   once its flags are good);
 * - `npm start` builds dist/ with tsc when it is missing, then starts; the next start does not
 *   build again.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { ROOT } from '../../test/helpers/cached-build.js';

const dirs: string[] = [];
const running = new Set<Npm>();
afterAll(async () => {
  for (const n of running) await stop(n, 'SIGKILL');
  for (const d of dirs) rmSync(d, { recursive: true, force: true, maxRetries: 5 });
});

/** A copy of what `npm start` needs from the repository, without dist/; returns its root. */
function freshClone(): string {
  const dir = mkdtempSync(join(tmpdir(), 'arena-start-'));
  dirs.push(dir);
  const root = join(dir, 'leakguard');
  for (const f of [
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'scripts/build-if-stale.ts',
  ]) {
    mkdirSync(dirname(join(root, f)), { recursive: true });
    cpSync(join(ROOT, f), join(root, f));
  }
  cpSync(join(ROOT, 'src'), join(root, 'src'), { recursive: true });
  cpSync(join(ROOT, 'examples', 'arena'), join(root, 'examples', 'arena'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'junction');
  expect(existsSync(join(root, 'dist'))).toBe(false);
  return root;
}

/** The environment of a user's shell: no npm_* of the run that started vitest, no ARENA_*. */
function userEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env))
    if (k.startsWith('npm_') || k.startsWith('ARENA_') || k === 'PORT') delete env[k];
  return { ...env, npm_config_update_notifier: 'false', npm_config_fund: 'false' };
}

interface Npm {
  proc: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  waitFor(re: RegExp, timeoutMs: number): Promise<RegExpMatchArray>;
}

/** `npm start -- <args>` in `root`, in a process group of its own (npm, sh, node). */
function npmStart(root: string, args: string[]): Npm {
  const proc = spawn('npm', ['start', '--', ...args], {
    cwd: root,
    env: userEnv(),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let out = '';
  const waiters = new Set<() => void>();
  const onData = (b: Buffer): void => {
    out += b.toString();
    for (const w of waiters) w();
  };
  proc.stdout?.on('data', onData);
  proc.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) =>
    proc.once('close', (code) => {
      running.delete(npm);
      for (const w of waiters) w();
      resolve(code);
    }),
  );
  const npm: Npm = {
    proc,
    output: () => out,
    exited,
    waitFor: (re, timeoutMs) =>
      new Promise((resolve, reject) => {
        const check = (): void => {
          const m = re.exec(out);
          if (m === null && proc.exitCode === null && proc.signalCode === null) return;
          waiters.delete(check);
          clearTimeout(timer);
          if (m !== null) resolve(m);
          else reject(new Error(`npm start exited before ${re}; output:\n${out}`));
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no ${re} within ${timeoutMs} ms; output:\n${out}`));
        }, timeoutMs);
        waiters.add(check);
        check();
      }),
  };
  running.add(npm);
  return npm;
}

/** Sends `signal` to the whole group of `npm` and waits (bounded) for npm to exit. */
async function stop(npm: Npm, signal: NodeJS.Signals): Promise<void> {
  const { proc } = npm;
  if (proc.exitCode !== null || proc.signalCode !== null) return;
  try {
    process.kill(-(proc.pid as number), signal);
  } catch {
    return; // the group is gone already
  }
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([
    npm.exited,
    new Promise<void>((resolve) => (timer = setTimeout(resolve, 15_000))),
  ]);
  clearTimeout(timer);
}

/** Runs `npm start -- <args>` to its exit (at most `timeoutMs`): its code and output. */
async function npmStartToExit(
  root: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  const npm = npmStart(root, args);
  let timer: NodeJS.Timeout | undefined;
  const code = await Promise.race([
    npm.exited,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        void stop(npm, 'SIGKILL');
        reject(new Error(`npm start -- ${args.join(' ')} still running after ${timeoutMs} ms`));
      }, timeoutMs);
    }),
  ]).finally(() => clearTimeout(timer));
  return { code, output: npm.output() };
}

it('npm start -- --help, and a bad flag, answer without checking or building dist/', async () => {
  const root = freshClone();
  // Bounded well above an answer (a second or two) and below a build of dist/ (≥ 15 s of CPU).
  const help = await npmStartToExit(root, ['--help'], 60_000);
  expect(help.code, help.output).toBe(0);
  expect(help.output).toMatch(/^Usage: arena /m);
  expect(help.output).not.toMatch(/building dist\//);
  expect(existsSync(join(root, 'dist')), 'dist/ was built for --help').toBe(false);

  const bad = await npmStartToExit(root, ['--bot', '3'], 60_000);
  expect(bad.code, bad.output).toBe(2);
  expect(bad.output).toMatch(/^error: unknown option '--bot'/m);
  expect(bad.output).not.toMatch(/building dist\//);
  expect(existsSync(join(root, 'dist')), 'dist/ was built for a bad flag').toBe(false);
}, 120_000);

it('npm start on a fresh clone builds dist/ first and starts; the next start does not build', async () => {
  const root = freshClone();
  const first = npmStart(root, ['--port', '0', '--bots', '0']);
  // tsc over the whole of src/: allow for 2 busy cores
  const game = await first.waitFor(/game:\s+(http:\/\/127\.0\.0\.1:\d+\/)/, 150_000);
  // The arena prints this once its signal handlers are in: a SIGTERM before it would kill it.
  await first.waitFor(/^Press Ctrl-C to stop\.$/m, 30_000);
  expect(first.output()).toMatch(/^\[arena\] building dist\/ with tsc: dist\/ does not exist$/m);
  expect(existsSync(join(root, 'dist', 'core', 'index.js'))).toBe(true);
  expect((await fetch(game[1] as string)).status).toBe(200);
  await stop(first, 'SIGTERM');
  expect(first.output()).toMatch(/shutdown complete/);

  const second = npmStart(root, ['--port', '0', '--bots', '0']);
  await second.waitFor(/game:\s+http:\/\/127\.0\.0\.1:\d+\//, 30_000);
  await second.waitFor(/^Press Ctrl-C to stop\.$/m, 30_000);
  expect(second.output()).not.toMatch(/building dist\//);
  await stop(second, 'SIGTERM');
  expect(second.output()).toMatch(/shutdown complete/);
}, 240_000);
