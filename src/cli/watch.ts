/**
 * `leakguard watch [options] -- <command...>`: runs a command with the runtime leak finder
 * preloaded (`--import leakguard/register` through NODE_OPTIONS, so `npm start`, nested node
 * processes and cluster workers are covered too) and shows the sites whose live listeners,
 * timers and sockets keep growing: a table refreshed below the app's output on a terminal,
 * the final report when the command ends, and JSON with --report.
 *
 * Each instrumented process writes its state to `<tmpdir>/<pid>.json` (see detect/outputs.ts);
 * this side only reads those files, so nothing is added to the app's stdio or IPC channels.
 *
 * Every value is checked before the command starts, with the finder's own rules
 * (detect/options.ts): a value the finder would refuse is a usage error naming the flag, not a
 * crash inside the app. The command runs in a process group of its own (see watch-group.ts).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { constants as osConstants } from 'node:os';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { checkKnownKeys, optionError } from '../internal/options.js';
import { formatReport } from '../detect/index.js';
import type { LeakFinderOptions, RuntimeLeakReport } from '../detect/index.js';
import {
  TIMER_MAX_MS,
  checkOption,
  parseDuration,
  parseDurationOrZero,
  parseNumber,
  readRegisterConfig,
  resolveFinderOptions,
  writeJsonReport,
} from '../detect/internal.js';
import type { OptionRule, OptionSource, WatchState } from '../detect/internal.js';
import { CommandGroup } from './watch-group.js';
import { invokedDirectly } from './entry.js';

export interface WatchOptions {
  /**
   * Table refresh interval, in milliseconds (1 to 2147483647).
   * @default 10000 // `--interval 10s`
   */
  intervalMs?: number;
  /**
   * Time between samples in the app, in milliseconds (10 to 2147483647).
   * @default 2000
   */
  sampleIntervalMs?: number;
  /**
   * Write the final report(s) as JSON to this file.
   * @default undefined // no file
   */
  report?: string;
  /**
   * Name sites inside node_modules.
   * @default false
   */
  includeNodeModules?: boolean;
  /**
   * Force full GCs for exact counts (see `gcIntervalMs`).
   * @default true
   */
  gc?: boolean;
  /**
   * Heap sites: also follow retained bytes per allocation site (V8's sampling heap profiler)
   * and report the sites that keep growing.
   * @default false
   */
  heap?: boolean;
  /**
   * Longest time between forced full GCs while nothing looks like growing, in milliseconds.
   * @default 20000
   */
  gcIntervalMs?: number;
  /**
   * Frames captured per sampled creation, a count.
   * @default 10
   */
  stackDepth?: number;
  /**
   * Track the leakguard copies the app loads by name while it runs (a dependency's own nested
   * `leakguard`), through a module hook in every instrumented process. `false` leaves the hook
   * out (`LEAKGUARD_COPIES_HOOK=0`): on Node 20 it starts a module-hooks thread, 60–95 ms of
   * start-up per process. The app's own copy, found at start, is tracked either way.
   * @default true // or LEAKGUARD_COPIES_HOOK from `env`
   */
  copiesHook?: boolean;
  /**
   * Show the table while the command runs.
   * @default true
   */
  live?: boolean;
  /**
   * Grace time, in milliseconds, that the command's process group gets to exit after watch
   * passed it a signal (or sent SIGTERM to what the command left running) before watch sends
   * it SIGKILL.
   * @default 10000 // `--kill-after 10s`
   */
  killAfterMs?: number;
  /**
   * Receives the command's standard output (tests pass their own stream).
   * @default process.stdout
   */
  stdout?: Writable & { isTTY?: boolean };
  /**
   * Receives the command's standard error and watch's own output: the table, messages, the
   * final report (tests pass their own stream).
   * @default process.stderr
   */
  stderr?: Writable & { isTTY?: boolean };
  /**
   * Environment of the command.
   * @default process.env
   */
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
  // Several processes (an app and the node processes it starts; a package manager's own
  // process has no finder: detect/wrapper.ts): show the ones with findings, or the last one.
  const many = states.length > 1;
  const interesting = states.filter(
    (s) =>
      s.report.leaks.length > 0 ||
      s.report.internal.length > 0 ||
      (s.report.heap?.leaks.length ?? 0) > 0,
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

const WATCH_KEYS: readonly (keyof WatchOptions)[] = [
  'intervalMs',
  'sampleIntervalMs',
  'report',
  'includeNodeModules',
  'gc',
  'heap',
  'gcIntervalMs',
  'stackDepth',
  'copiesHook',
  'live',
  'killAfterMs',
  'stdout',
  'stderr',
  'env',
];

/** watch's own timing options (the finder's are checked by its rules). */
const INTERVAL_RULE: OptionRule = { type: 'integer', min: 1, max: TIMER_MAX_MS, ms: true };
const KILL_AFTER_RULE: OptionRule = { type: 'integer', min: 0, max: TIMER_MAX_MS, ms: true };

type Sources = Partial<Record<keyof WatchOptions, OptionSource>>;

/** Everything runWatch needs, checked. */
interface ResolvedWatch {
  command: string[];
  intervalMs: number;
  killAfterMs: number;
  live: boolean;
  report: string | undefined;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
  /** The command's environment, but for LEAKGUARD_WATCH_DIR. */
  env: NodeJS.ProcessEnv;
}

function isStream(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as Writable).write === 'function';
}

/**
 * Checks every value before anything starts. `sources` names the flags the values came from
 * (the CLI), so that errors name them. The finder's values are checked twice over: with the
 * finder's rules as flags, then as the environment the command's finder will read, which also
 * catches a LEAKGUARD_* variable inherited from the caller that the finder would refuse.
 */
function resolveWatch(command: unknown, o: WatchOptions, sources: Sources = {}): ResolvedWatch {
  if (!Array.isArray(command) || command.length === 0 || command.some((c) => typeof c !== 'string'))
    throw optionError('command', 'a non-empty array of strings', command);
  if (o === null || typeof o !== 'object') throw optionError('options', 'an object', o);
  checkKnownKeys(o, WATCH_KEYS);
  const intervalMs = o.intervalMs ?? 10_000;
  checkOption('intervalMs', INTERVAL_RULE, intervalMs, sources.intervalMs);
  const killAfterMs = o.killAfterMs ?? 10_000;
  checkOption('killAfterMs', KILL_AFTER_RULE, killAfterMs, sources.killAfterMs);
  if (o.live !== undefined) checkOption('live', { type: 'boolean' }, o.live);
  if (o.copiesHook !== undefined) checkOption('copiesHook', { type: 'boolean' }, o.copiesHook);
  if (o.report !== undefined && (typeof o.report !== 'string' || o.report === ''))
    throw optionError('report', 'a file name', o.report);
  for (const k of ['stdout', 'stderr'] as const)
    if (o[k] !== undefined && !isStream(o[k])) throw optionError(k, 'a writable stream', o[k]);
  if (o.env !== undefined && (o.env === null || typeof o.env !== 'object'))
    throw optionError('env', 'an object', o.env);

  const finder: LeakFinderOptions = {
    sampleIntervalMs: o.sampleIntervalMs ?? 2000,
    gc: o.gc ?? true,
    includeNodeModules: o.includeNodeModules ?? false,
    heap: o.heap ?? false,
  };
  if (o.gcIntervalMs !== undefined) finder.gcIntervalMs = o.gcIntervalMs;
  if (o.stackDepth !== undefined) finder.stackDepth = o.stackDepth;
  resolveFinderOptions(finder, sources);

  const baseEnv = o.env ?? process.env;
  const env: NodeJS.ProcessEnv = {
    ...baseEnv,
    NODE_OPTIONS: [baseEnv.NODE_OPTIONS, ...registerImport()].filter(Boolean).join(' '),
    LEAKGUARD_SAMPLE_INTERVAL: `${finder.sampleIntervalMs}ms`,
    LEAKGUARD_GC: finder.gc === false ? '0' : '1',
    LEAKGUARD_INCLUDE_NODE_MODULES: finder.includeNodeModules === true ? '1' : '0',
    LEAKGUARD_HEAP: finder.heap === true ? '1' : '0',
  };
  if (finder.stackDepth !== undefined) env.LEAKGUARD_STACK_DEPTH = String(finder.stackDepth);
  if (finder.gcIntervalMs !== undefined) env.LEAKGUARD_GC_INTERVAL = `${finder.gcIntervalMs}ms`;
  // Unset, an inherited LEAKGUARD_COPIES_HOOK is passed on (and checked just below).
  if (o.copiesHook !== undefined) env.LEAKGUARD_COPIES_HOOK = o.copiesHook ? '1' : '0';
  readRegisterConfig(env);
  return {
    command: command as string[],
    intervalMs,
    killAfterMs,
    live: o.live ?? true,
    report: o.report,
    stdout: o.stdout ?? process.stdout,
    stderr: o.stderr ?? process.stderr,
    env,
  };
}

/** Resolves when `promise` settles or after `ms`, whichever comes first; the timer is cleared. */
async function within(promise: Promise<unknown>, ms: number): Promise<void> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([promise, new Promise((r) => (timer = setTimeout(r, ms)))]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Runs `command` under the finder; resolves with the exit code to use. Options are checked
 * first: a bad one rejects (TypeError, code LEAKGUARD_INVALID_OPTION) before anything starts.
 */
export async function runWatch(command: string[], o: WatchOptions = {}): Promise<number> {
  return watch(resolveWatch(command, o));
}

async function watch(r: ResolvedWatch): Promise<number> {
  const { command, stdout, stderr, live } = r;
  const dir = mkdtempSync(join(tmpdir(), 'leakguard-watch-'));
  // On a terminal the table is a footer redrawn under the app's output, so the app's output
  // is relayed line by line; elsewhere the app keeps our stdio and the table is printed as a
  // block whenever the set of growing sites changes.
  const footer = live && stderr.isTTY === true;
  let group: CommandGroup | undefined;
  let timer: ReturnType<typeof setInterval> | undefined;
  try {
    group = new CommandGroup(command, {
      env: { ...r.env, LEAKGUARD_WATCH_DIR: dir },
      stdio: footer ? ['inherit', 'pipe', 'pipe'] : 'inherit',
      killAfterMs: r.killAfterMs,
    });
    const child = group.child;
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
      // `from` is a pipe of the child spawned just above: it ends, and is dropped, with it.
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
        // what grows, listener and heap sites alike: a heap site that starts growing prints too
        const key = states
          .map((s) =>
            [...s.report.leaks, ...(s.report.heap?.leaks ?? [])].map((l) => l.site).join(','),
          )
          .join(';');
        if (key !== lastBlock) {
          lastBlock = key;
          stderr.write(text + '\n');
        }
      }
    };
    // A background refresh: the command keeps watch alive, not this timer.
    timer = setInterval(refresh, r.intervalMs);
    timer.unref();

    // SIGINT, SIGTERM and SIGHUP sent to watch go to the whole group (see CommandGroup); this
    // waits for all of it to end, then for the relayed output (bounded: a process that left
    // the group may still hold the pipes).
    const end = await group.exited();
    if (footer) {
      await within(group.closed, 1000);
      child.stdout?.destroy();
      child.stderr?.destroy();
    }
    clearFooter();
    footerText = '';
    if (end.killed)
      stderr.write(
        `leakguard watch: the command's processes were still running ${r.killAfterMs}ms after SIGTERM: sent SIGKILL\n`,
      );
    if (end.stuck)
      stderr.write(
        "leakguard watch: some of the command's processes were still there after SIGKILL\n",
      );
    const states = readStates(dir);
    if (states.length === 0)
      stderr.write(
        'leakguard watch: no instrumented node process reported (is the command a node program?)\n',
      );
    else stderr.write(render(states, true) + '\n');
    if (r.report !== undefined) {
      const report: WatchReport = {
        version: 1,
        command,
        exitCode: end.code,
        signal: end.signal,
        processes: states.map((s) => ({ ...s.report, argv: s.argv, final: s.final })),
      };
      writeJsonReport(r.report, report);
    }
    if (end.code !== null) return end.code;
    const signo = end.signal
      ? (osConstants.signals as Record<string, number>)[end.signal]
      : undefined;
    return 128 + (signo ?? 1);
  } finally {
    clearInterval(timer);
    group?.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The flag behind each option, for the CLI's error messages. */
const FLAGS: Partial<Record<keyof WatchOptions, string>> = {
  intervalMs: '--interval',
  sampleIntervalMs: '--sample-interval',
  gcIntervalMs: '--gc-interval',
  stackDepth: '--stack-depth',
  killAfterMs: '--kill-after',
};

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
      '--heap',
      'also name allocation sites whose retained memory keeps growing (V8 sampling heap profiler)',
    )
    .option(
      '--gc-interval <duration>',
      'longest time between forced full GCs while nothing looks like growing',
      '20s',
    )
    .option('--stack-depth <frames>', 'frames captured per sampled creation', '10')
    .option(
      '--no-copies-hook',
      'no module hook for leakguard copies the app loads by name (on Node 20 saves its thread, 60-95 ms per process)',
    )
    .option('--no-live', 'no table while the command runs (final report only)')
    .option(
      '--kill-after <duration>',
      'after passing a signal on to the command, time it gets to exit before SIGKILL',
      '10s',
    )
    .action(async (command: string[], opts: Record<string, unknown>, cmd: Command) => {
      let resolved: ResolvedWatch;
      try {
        const text = (k: keyof WatchOptions, opt: string): string => {
          const t = String(opts[opt]);
          sources[k] = { name: FLAGS[k]!, text: t };
          return t;
        };
        const sources: Sources = {};
        const options: WatchOptions = {
          intervalMs: parseDuration(text('intervalMs', 'interval'), '--interval'),
          sampleIntervalMs: parseDuration(
            text('sampleIntervalMs', 'sampleInterval'),
            '--sample-interval',
          ),
          report: typeof opts.report === 'string' ? opts.report : undefined,
          includeNodeModules: opts.includeNodeModules === true,
          gc: opts.gc !== false,
          heap: opts.heap === true,
          gcIntervalMs: parseDurationOrZero(text('gcIntervalMs', 'gcInterval'), '--gc-interval'),
          stackDepth: parseNumber(text('stackDepth', 'stackDepth'), '--stack-depth'),
          // only when given: without it, an inherited LEAKGUARD_COPIES_HOOK holds
          copiesHook: opts.copiesHook === false ? false : undefined,
          live: opts.live !== false,
          killAfterMs: parseDurationOrZero(text('killAfterMs', 'killAfter'), '--kill-after'),
        };
        resolved = resolveWatch(command, options, sources);
      } catch (e) {
        // A usage error: commander prints it and exits (or throws under exitOverride) with 2.
        cmd.error(`error: ${(e as Error).message}`, {
          exitCode: 2,
          code: 'leakguard.invalidOption',
        });
      }
      process.exitCode = await watch(resolved);
    });
}

// Also runnable on its own: `node dist/cli/watch.js -- node app.js`.
if (invokedDirectly(import.meta.url)) {
  const { Command } = await import('commander');
  const program = new Command('leakguard');
  register(program);
  await program.parseAsync(['node', 'leakguard', 'watch', ...process.argv.slice(2)]);
}
