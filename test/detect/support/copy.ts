/**
 * Another install of leakguard for fixture apps (as a user's app or one of its dependencies
 * has its own), and a bounded way to run commands on them.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSources } from './build.js';

/**
 * Writes at `dir` a `leakguard` package made of the built core (no finder in it): its entry
 * first appends `<pid> <argv[1]> <threadId>` to the file named by LG_MARK (when set), so a
 * test can tell which processes (and threads) loaded this copy, then re-exports the core.
 */
export function writeCopy(dir: string): void {
  for (const layer of ['core', 'internal'])
    cpSync(buildSources().path(layer), join(dir, 'dist', layer), { recursive: true });
  writeFileSync(
    join(dir, 'dist', 'core', 'loaded.js'),
    "import { appendFileSync } from 'node:fs';\n" +
      "import { threadId } from 'node:worker_threads';\n" +
      'if (process.env.LG_MARK)\n' +
      '  appendFileSync(process.env.LG_MARK, `${process.pid} ${process.argv[1]} ${threadId}\\n`);\n',
  );
  writeFileSync(
    join(dir, 'dist', 'core', 'marked.js'),
    "import './loaded.js';\nexport * from './index.js';\n",
  );
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({
      name: 'leakguard',
      version: '0.0.0-copy',
      type: 'module',
      exports: { '.': './dist/core/marked.js' },
    }),
  );
}

/** Writes `files` (path relative to `dir` → text), making their folders. */
export function writeTree(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(join(dir, rel, '..'), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

export interface Ran {
  pid: number;
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `command` to its end; SIGKILLs it and rejects after `ms`. */
export function runCommand(
  command: string,
  args: string[],
  o: { cwd: string; env: NodeJS.ProcessEnv; ms?: number },
): Promise<Ran> {
  const child = spawn(command, args, {
    cwd: o.cwd,
    env: o.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const ms = o.ms ?? 60_000;
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not end within ${ms} ms; ${stderr}`));
    }, ms);
    child.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ pid: child.pid!, code, signal, stdout, stderr });
    });
  });
}
