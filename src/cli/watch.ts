/**
 * `leakguard watch [options] -- <command...>`: runs a command with the runtime leak finder
 * preloaded (`--import leakguard/register` through NODE_OPTIONS, so `npm start`, nested node
 * processes and cluster workers are covered too) and shows the sites whose live listeners,
 * timers and sockets keep growing: a table refreshed below the app's output on a terminal,
 * the final report when the command ends, and JSON with --report.
 *
 * Each instrumented process writes its state to `<tmpdir>/<pid>.json` (see detect/outputs.ts);
 * this side only reads those files, so nothing is added to the app's stdio or IPC channels.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { constants as osConstants } from 'node:os';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { formatReport } from '../detect/format.js';
import { parseDuration, parseDurationOrZero, invalid } from '../detect/options.js';
import type { WatchState } from '../detect/outputs.js';
import { writeJsonReport } from '../detect/outputs.js';
import type { RuntimeLeakReport } from '../detect/report.js';

export interface WatchOptions {
  /** Table refresh interval, in milliseconds. Default: 10000 (`--interval 10s`). */
  intervalMs?: number;
  /** Time between samples in the app, in milliseconds. Default: 2000. */
  sampleIntervalMs?: number;
  /** Write the final report(s) as JSON to this file. Default: none. */
  report?: string;
  /** Name sites inside node_modules. Default: false. */
  includeNodeModules?: boolean;
  /** Force full GCs for exact counts (see `gcIntervalMs`). Default: true. */
  gc?: boolean;
  /** Longest time between forced full GCs while nothing looks like growing, in ms. Default: 20000. */
  gcIntervalMs?: number;
  /** Frames captured per sampled creation. Default: 10. */
  stackDepth?: number;
  /** Show the table while the command runs. Default: true. */
  live?: boolean;
  /** Streams (tests). Default: process.stdout / process.stderr. */
  stdout?: Writable & { isTTY?: boolean };
  stderr?: Writable & { isTTY?: boolean };
  /** Environment of the command. Default: process.env. */
  env?: NodeJS.ProcessEnv;
}

/** What `--report` writes. */
export interface WatchReport {
  version: 1;
  command: string[];
  exitCode: number | null;
  signal: string | null;
  /** One report per instrumented process (the command and any node process it started). */
  processes: (RuntimeLeakReport & { argv: string[]; final: boolean })[];
}

/** The register entry next to this build (dist/detect/register.js, or the .ts in src/). */
function registerImport(): string[] {
  const js = new URL('../detect/register.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return [`--import=${js.href}`];
  const ts = new URL('../detect/register.ts', import.meta.url);
  return ['--import=tsx', `--import=${ts.href}`];
}

function readStates(dir: string): WatchState[] {
  const out: WatchState[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.json'));
  } catch {
    return out;
  }
  for (const n of names) {
    try {
      out.push(JSON.parse(readFileSync(join(dir, n), 'utf8')) as WatchState);
    } catch {
      // being replaced right now: picked up next time
    }
  }
  return out.sort((a, b) => a.pid - b.pid);
}

function title(s: WatchState, many: boolean): string {
  if (!many) return '';
  const script = s.argv
    .slice(1)
    .map((a) => basename(a))
    .join(' ');
  return `[${s.pid} ${script.length > 40 ? script.slice(0, 39) + '…' : script}]`;
}

function render(states: WatchState[], final: boolean): string {
  // Several processes (npm + the app): show the ones with findings, or the last one.
  const many = states.length > 1;
  const interesting = states.filter(
    (s) => s.report.leaks.length > 0 || s.report.internal.length > 0,
  );
  const shown = interesting.length > 0 ? interesting : states.slice(-1);
  return shown
    .map((s) => {
      const t = title(s, many);
      const note =
        final && !s.final ? ' (process ended without a final report: last sample shown)' : '';
      return (
        formatReport(s.report, {
          stacks: final,
          top: final ? 5 : 0,
          title: final ? `[final]${t}` : t,
        }) + note
      );
    })
    .join('\n');
}

/** Runs `command` under the finder; resolves with the exit code to use. */
export async function runWatch(command: string[], o: WatchOptions = {}): Promise<number> {
  if (!Array.isArray(command) || command.length === 0 || command.some((c) => typeof c !== 'string'))
    throw invalid('command', 'a non-empty array of strings', command);
  const stdout = o.stdout ?? process.stdout;
  const stderr = o.stderr ?? process.stderr;
  const intervalMs = o.intervalMs ?? 10_000;
  const live = o.live ?? true;
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-watch-'));
  const baseEnv = o.env ?? process.env;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_OPTIONS: [baseEnv.NODE_OPTIONS, ...registerImport()].filter(Boolean).join(' '),
    LEAKGUARD_WATCH_DIR: dir,
    LEAKGUARD_SAMPLE_INTERVAL: `${o.sampleIntervalMs ?? 2000}ms`,
    LEAKGUARD_GC: o.gc === false ? '0' : '1',
    LEAKGUARD_INCLUDE_NODE_MODULES: o.includeNodeModules ? '1' : '0',
  };
  if (o.stackDepth !== undefined) env.LEAKGUARD_STACK_DEPTH = String(o.stackDepth);
  if (o.gcIntervalMs !== undefined) env.LEAKGUARD_GC_INTERVAL = `${o.gcIntervalMs}ms`;

  // On a terminal the table is a footer redrawn under the app's output, so the app's output
  // is relayed line by line; elsewhere the app keeps our stdio and the table is printed as a
  // block whenever the set of growing sites changes.
  const footer = live && stderr.isTTY === true;
  const child = spawn(command[0]!, command.slice(1), {
    stdio: footer ? ['inherit', 'pipe', 'pipe'] : 'inherit',
    env,
  });
  let footerLines = 0;
  let footerText = '';
  const clearFooter = (): void => {
    if (footerLines > 0) stderr.write(`\x1b[${footerLines}A\r\x1b[J`);
    footerLines = 0;
  };
  const drawFooter = (): void => {
    if (!footer || footerText === '') return;
    stderr.write(footerText + '\n');
    footerLines = footerText.split('\n').length;
  };
  const relay = (from: NodeJS.ReadableStream | null, to: Writable): void => {
    if (!from) return;
    let partial = '';
    from.setEncoding('utf8');
    from.on('data', (chunk: string) => {
      const text = partial + chunk;
      const cut = text.lastIndexOf('\n');
      if (cut < 0) {
        partial = text;
        return;
      }
      partial = text.slice(cut + 1);
      clearFooter();
      to.write(text.slice(0, cut + 1));
      drawFooter();
    });
    from.on('end', () => {
      if (partial) to.write(partial);
    });
  };
  if (footer) {
    relay(child.stdout, stdout);
    relay(child.stderr, stderr);
  }

  let lastBlock = '';
  const refresh = (): void => {
    const states = readStates(dir);
    if (states.length === 0) return;
    const text = render(states, false);
    if (footer) {
      clearFooter();
      footerText = text;
      drawFooter();
    } else if (live) {
      const key = states.map((s) => s.report.leaks.map((l) => l.site).join(',')).join(';');
      if (key !== lastBlock) {
        lastBlock = key;
        stderr.write(text + '\n');
      }
    }
  };
  const timer = setInterval(refresh, intervalMs);

  // Signals: a terminal's Ctrl-C reaches the whole process group, the child included; a
  // signal sent to us alone must still reach the child, so forward after a short grace period
  // unless the child is already gone (never a double SIGINT for an app that handles it).
  const forward = (sig: NodeJS.Signals, delayMs: number): (() => void) => {
    return () => {
      setTimeout(() => {
        if (child.exitCode === null && child.signalCode === null) child.kill(sig);
      }, delayMs).unref();
    };
  };
  const handlers: [NodeJS.Signals, () => void][] = [
    ['SIGINT', forward('SIGINT', 300)],
    ['SIGTERM', forward('SIGTERM', 0)],
    ['SIGHUP', forward('SIGHUP', 0)],
  ];
  for (const [s, h] of handlers) process.on(s, h);

  try {
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject);
        child.once('exit', (c, s) => resolve([c, s]));
      },
    );
    // stdio may still hold the child's last lines
    await new Promise<void>((r) => (footer ? child.once('close', () => r()) : r()));
    clearFooter();
    footerText = '';
    const states = readStates(dir);
    if (states.length === 0)
      stderr.write(
        'leakguard watch: no instrumented node process reported (is the command a node program?)\n',
      );
    else stderr.write(render(states, true) + '\n');
    if (o.report !== undefined) {
      const report: WatchReport = {
        version: 1,
        command,
        exitCode: code,
        signal,
        processes: states.map((s) => ({ ...s.report, argv: s.argv, final: s.final })),
      };
      writeJsonReport(o.report, report);
    }
    if (code !== null) return code;
    const signo = signal ? (osConstants.signals as Record<string, number>)[signal] : undefined;
    return 128 + (signo ?? 1);
  } finally {
    clearInterval(timer);
    for (const [s, h] of handlers) process.removeListener(s, h);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Adds `watch` to the leakguard CLI. */
export function register(program: Command): void {
  program
    .command('watch')
    .description(
      'run a command with the runtime leak finder and report the sites whose live listeners, timers and sockets keep growing',
    )
    .argument('<command...>', 'the command to run, after `--` (e.g. -- node app.js)')
    .option('--interval <duration>', 'refresh of the table while running (e.g. 10s, 500ms)', '10s')
    .option('--sample-interval <duration>', 'time between samples of live counts', '2s')
    .option('--report <file>', 'write the final report as JSON to this file')
    .option(
      '--include-node-modules',
      'name sites inside node_modules instead of the app frame calling them',
    )
    .option('--no-gc', 'never force a full GC (cheaper, noisier counts)')
    .option(
      '--gc-interval <duration>',
      'longest time between forced full GCs while nothing looks like growing',
      '20s',
    )
    .option('--stack-depth <frames>', 'frames captured per sampled creation', '10')
    .option('--no-live', 'no table while the command runs (final report only)')
    .action(async (command: string[], opts: Record<string, unknown>, cmd: Command) => {
      let options: WatchOptions;
      try {
        const depth = Number(opts.stackDepth);
        if (!Number.isInteger(depth) || depth < 1)
          throw invalid('--stack-depth', 'a positive integer', opts.stackDepth);
        options = {
          intervalMs: parseDuration(String(opts.interval), '--interval'),
          sampleIntervalMs: parseDuration(String(opts.sampleInterval), '--sample-interval'),
          report: typeof opts.report === 'string' ? opts.report : undefined,
          includeNodeModules: opts.includeNodeModules === true,
          gc: opts.gc !== false,
          gcIntervalMs: parseDurationOrZero(String(opts.gcInterval), '--gc-interval'),
          stackDepth: depth,
          live: opts.live !== false,
        };
      } catch (e) {
        // A usage error: commander prints it and exits (or throws under exitOverride) with 2.
        cmd.error(`error: ${(e as Error).message}`, {
          exitCode: 2,
          code: 'leakguard.invalidOption',
        });
      }
      process.exitCode = await runWatch(command, options);
    });
}

// Runnable on its own until the CLI entry wires it: `node dist/cli/watch.js -- node app.js`.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { Command } = await import('commander');
  const program = new Command('leakguard');
  register(program);
  await program.parseAsync(['node', 'leakguard', 'watch', ...process.argv.slice(2)]);
}
