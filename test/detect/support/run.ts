/** Runs a fixture app (or any command) as a child process and collects what it reported. */
import { spawn } from 'node:child_process';
import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSources } from './build.js';
import { withTempDir } from '../../helpers/tmp.js';
import type { RuntimeLeakReport } from '../../../src/detect/index.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  report: RuntimeLeakReport | undefined;
}

export interface RunOptions {
  env?: Record<string, string>;
  /** Send this signal once the child printed `ready` (plus `afterMs`). */
  kill?: { signal: NodeJS.Signals; afterMs: number };
  /** Extra node arguments before the script. */
  nodeArgs?: string[];
  /** Preload the finder (default true). */
  register?: boolean;
}

/**
 * Fixture children running at once. A fast run samples every 200 ms for 5 s and the finder
 * names nothing before 10 samples; with the whole file's children started together on 2 busy
 * cores, the samples came so late that runs ended with fewer than 10 and an empty report
 * (`expected [] to deeply equal [ 'leak-listener.mjs:14' ]`). Past this many, a run waits
 * for a place before it is spawned.
 */
const MAX_RUNNING = 2;
let running = 0;
const queued: (() => void)[] = [];

/**
 * Runs `start` (which spawns a child and resolves once it is done) when one of the places
 * above is free: runFixture goes through it, and so do a file's other children that sample
 * on a clock (leakguard watch runs), so they share the same two places.
 */
export async function inTurn<T>(start: () => Promise<T>): Promise<T> {
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => queued.push(resolve));
  running++;
  try {
    return await start();
  } finally {
    running--;
    queued.shift()?.();
  }
}

export function runFixture(script: string, o: RunOptions = {}): Promise<RunResult> {
  return inTurn(() => spawnFixture(script, o));
}

/**
 * The report goes to a directory of its own, removed once the child has exited ('close') and
 * the report is read: the finder writes it at exit, recreating its folder if need be.
 */
function spawnFixture(script: string, o: RunOptions): Promise<RunResult> {
  return withTempDir('lg-detect-', (dir) => spawnWithReport(script, o, join(dir, 'report.json')));
}

function spawnWithReport(script: string, o: RunOptions, reportFile: string): Promise<RunResult> {
  const { registerUrl } = buildSources();
  const args = [
    ...(o.register === false ? [] : ['--import', registerUrl]),
    ...(o.nodeArgs ?? []),
    script,
  ];
  const child = spawn(process.execPath, args, {
    cwd: FIXTURES,
    env: {
      ...process.env,
      NODE_OPTIONS: '',
      LEAKGUARD_REPORT: reportFile,
      LEAKGUARD_QUIET: '1',
      ...o.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
    if (o.kill && d.includes('ready')) {
      const { signal, afterMs } = o.kill;
      setTimeout(() => child.kill(signal), afterMs);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      const report = existsSync(reportFile)
        ? (JSON.parse(readFileSync(reportFile, 'utf8')) as RuntimeLeakReport)
        : undefined;
      resolve({ code, signal, stdout, stderr, report });
    });
  });
}

/** `file:line` of each reported site (column dropped: it is asserted separately). */
export function lines(sites: { site: string }[]): string[] {
  return sites.map((s) => s.site.replace(/:\d+$/, '')).sort();
}
