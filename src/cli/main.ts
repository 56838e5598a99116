#!/usr/bin/env node
// The `leakguard` command. Each command lives in its own module exporting
// `register(program)`; adding a command is one import and one entry in COMMANDS.
import { Command, CommanderError } from 'commander';
import { register as registerScan } from './scan.js';
import { register as registerWatch } from './watch.js';
import { version } from '../scan/index.js';
import { invokedDirectly } from './entry.js';

const COMMANDS: ReadonlyArray<(program: Command) => void> = [registerScan, registerWatch];

/** Exit code for usage errors (unknown option, bad value, missing path). */
export const EXIT_USAGE = 2;

export function buildProgram(): Command {
  const program = new Command('leakguard')
    .description('Keeps long-running Node.js servers free of memory leaks.')
    .version(version())
    // Throw instead of exiting so main() maps usage errors to exit code 2.
    .exitOverride();
  for (const register of COMMANDS) register(program);
  return program;
}

export async function main(argv: readonly string[] = process.argv): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version end with exitCode 0; everything else is a usage error.
      return e.exitCode === 0 ? 0 : EXIT_USAGE;
    }
    throw e;
  }
}

if (invokedDirectly(import.meta.url)) {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      process.exitCode = EXIT_USAGE;
    },
  );
}
