/**
 * Where the register hook sends reports: the watch state file, stderr, a JSON file, and the
 * final report on exit. Everything here uses the original (un-hooked) APIs through the
 * natives captured at load, and writes synchronously: the final report is written from
 * 'exit' and signal handlers, where asynchronous work never completes.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { LeakFinder } from './finder.js';
import type { RuntimeLeakReport } from './report.js';
import { formatReport } from './format.js';
import type { RegisterConfig } from './env.js';

/** What the register hook writes to `<LEAKGUARD_WATCH_DIR>/<pid>.json`. */
export interface WatchState {
  version: 1;
  pid: number;
  argv: string[];
  /** True once the process has ended (the report is its final one). */
  final: boolean;
  /** How it ended when final: 'exit' or the signal name. */
  reason: string | null;
  report: RuntimeLeakReport;
}

/**
 * Writes `file` whole or not at all: a temporary file beside it, renamed over it. When the write
 * or the rename fails (a full disk, `file` a directory), the temporary file is removed before the
 * error goes on: nothing is left beside the user's report.
 */
export function atomicWrite(file: string, text: string, makeDir = true): void {
  if (makeDir) mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

export function writeJsonReport(file: string, value: unknown): void {
  atomicWrite(resolve(file), JSON.stringify(value, null, 2) + '\n');
}

/**
 * Wires the outputs of a started finder. Returns a function that removes the exit and signal
 * handlers (used by tests).
 */
export function installOutputs(finder: LeakFinder, cfg: RegisterConfig): () => void {
  let lastLeakIds = '';
  let finished = false;
  const writeState = (final: boolean, reason: string | null, report: RuntimeLeakReport): void => {
    if (cfg.watchDir === undefined) return;
    const state: WatchState = {
      version: 1,
      pid: process.pid,
      argv: process.argv,
      final,
      reason,
      report,
    };
    try {
      // Never recreated: `leakguard watch` made it and removes it when it is done, so a
      // missing directory means nobody reads these states any more.
      atomicWrite(join(cfg.watchDir, `${process.pid}.json`), JSON.stringify(state), false);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  };
  const subscription = finder.sampled.connect((f) => {
    const report = f.report();
    writeState(false, null, report);
    if (cfg.watchDir !== undefined || cfg.quiet) return;
    // what grows, listener and heap sites alike: a heap site that starts growing prints too
    const ids = [...report.leaks, ...(report.heap?.leaks ?? [])]
      .map((l) => `${l.kind}|${l.site}|${'event' in l ? (l.event ?? '') : ''}`)
      .join('\n');
    if (ids !== lastLeakIds) {
      lastLeakIds = ids;
      process.stderr.write(formatReport(report) + '\n');
    }
  });

  const finish = (reason: string): void => {
    if (finished) return;
    finished = true;
    try {
      finder.settleNow();
      // The final report lists every app site: what `leakguard scan --runtime` reads.
      const report = finder.report({ sites: true });
      finder.stop();
      writeState(true, reason, report);
      if (cfg.reportFile !== undefined) writeJsonReport(cfg.reportFile, report);
      if (cfg.watchDir === undefined && cfg.finalTable)
        process.stderr.write(
          formatReport(report, { stacks: true, top: 5, title: '[final]' }) + '\n',
        );
    } catch (error) {
      process.stderr.write(`leakguard: could not write the final report: ${String(error)}\n`);
    }
  };
  const onExit = (): void => finish('exit');
  // A signal with no other handler would kill the process without 'exit': write the report,
  // then re-raise the signal with our handler gone so the default action (and exit status)
  // is exactly what it would have been. When the app handles the signal itself we do nothing
  // here: the app decides when to exit, and 'exit' writes the report then.
  const onSignal = (sig: NodeJS.Signals): void => {
    if (process.listenerCount(sig) > 1) return;
    finish(sig);
    removeSignals();
    process.kill(process.pid, sig);
  };
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM'];
  const removeSignals = (): void => {
    for (const s of signals) process.removeListener(s, onSignal);
  };
  process.on('exit', onExit);
  for (const s of signals) process.on(s, onSignal);
  return () => {
    subscription.dispose();
    process.removeListener('exit', onExit);
    removeSignals();
  };
}
