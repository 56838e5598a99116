// `leakguard scan [paths...] [--fix] [--format pretty|json|sarif] [--typed [--tsconfig path]]`
// Exit codes: 1 when findings remain (or a disable comment names an unknown rule), 0 when
// none, 2 on usage errors.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import {
  formatJson,
  formatPretty,
  formatSarif,
  MissingPeerError,
  scanAsync,
  UsageError,
  version,
  type ScanResult,
} from '../scan/index.js';
import { createProgressBar } from './progress.js';

interface ScanFlags {
  fix?: boolean;
  format: 'pretty' | 'json' | 'sarif';
  typed?: boolean;
  tsconfig?: string;
  progress?: boolean;
}

/** Below this many files a progress bar is noise. */
const PROGRESS_MIN_FILES = 200;

export function register(program: Command): void {
  program
    .command('scan')
    .description('Find listeners, timers and subscriptions that nothing removes.')
    .argument('[paths...]', 'files or directories to scan', ['.'])
    .option('--fix', 'apply the fixes that cannot change behaviour (the rest stay suggestions)')
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['pretty', 'json', 'sarif'])
        .default('pretty'),
    )
    .option('--typed', 'use type information from tsconfig.json (slower, more precise)')
    .option('--tsconfig <path>', 'tsconfig for --typed (default: ./tsconfig.json)')
    .option('--no-progress', 'never draw a progress bar')
    .action(async (paths: string[], flags: ScanFlags, cmd: Command) => {
      const cwd = process.cwd();
      let tsconfig: string | null = null;
      if (flags.typed === true || flags.tsconfig !== undefined) {
        tsconfig = resolve(cwd, flags.tsconfig ?? 'tsconfig.json');
        if (!existsSync(tsconfig))
          cmd.error(`error: --typed needs a tsconfig, not found: ${tsconfig}`, { exitCode: 2 });
      }
      const bar =
        flags.progress !== false && process.stderr.isTTY
          ? createProgressBar(process.stderr, PROGRESS_MIN_FILES)
          : null;
      let result: ScanResult;
      try {
        result = await scanAsync({
          paths,
          cwd,
          tsconfig,
          fix: flags.fix === true,
          ...(bar ? { onProgress: bar.update } : {}),
        });
      } catch (e) {
        if (e instanceof UsageError || e instanceof MissingPeerError)
          cmd.error(`error: ${e.message}`, { exitCode: 2 });
        throw e;
      } finally {
        bar?.done();
      }
      const text =
        flags.format === 'json'
          ? formatJson(result)
          : flags.format === 'sarif'
            ? formatSarif(result, cwd, version())
            : formatPretty(result, {
                color: process.stdout.isTTY === true && !process.env.NO_COLOR,
              });
      process.stdout.write(text);
      process.exitCode =
        result.summary.findings > 0 || result.summary.directiveProblems > 0 ? 1 : 0;
    });
}
