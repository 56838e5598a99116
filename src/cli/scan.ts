// `leakguard scan [paths...] [--fix] [--format pretty|json|sarif] [--typed [--tsconfig path]]
//   [--enable rule[,rule]] [--disable rule[,rule]] [--all-rules] [--report-unused-disable-directives]
//   [--baseline file] [--write-baseline file] [--runtime report [--runtime-status status[,status]]]
//   [--program-kind auto|application|library]`
// Exit codes: 1 when findings remain (or a disable comment cannot be honoured, or with
// --report-unused-disable-directives silenced nothing), 0 when none, 2 on usage errors.
// --write-baseline records every finding as accepted and exits 0 for them.
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, Option } from 'commander';
import {
  createBaseline,
  serializeBaseline,
  formatJson,
  formatPretty,
  formatSarif,
  MissingPeerError,
  OPT_IN_RULES,
  RULE_IDS,
  RUNTIME_STATUSES,
  scanAsync,
  UsageError,
  version,
  type RuleId,
  type RuntimeStatus,
  type ScanResult,
} from '../scan/index.js';
import { createProgressBar } from './progress.js';

interface ScanFlags {
  fix?: boolean;
  format: 'pretty' | 'json' | 'sarif';
  typed?: boolean;
  tsconfig?: string;
  progress?: boolean;
  enable: string[];
  disable: string[];
  allRules?: boolean;
  reportUnusedDisableDirectives?: boolean;
  baseline?: string;
  writeBaseline?: string;
  runtime: string[];
  runtimeStatus: string[];
  programKind: 'auto' | 'application' | 'library';
  why?: boolean;
}

/** Collects a repeatable, comma-separated flag: `--enable a,b --enable c` → [a, b, c]. */
function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== ''),
  ];
}

const RULES_HELP = `
Rules (all run by default except the opt-in ones; --enable/--disable change the set):
${RULE_IDS.map((id) => `  ${id}${OPT_IN_RULES.includes(id) ? '  (opt-in: --enable ' + id + ')' : ''}`).join('\n')}
`;

/**
 * The `rules` option from the flags, or a usage message naming the flag and the value that is
 * wrong. --all-rules turns every rule on first; --disable wins over it.
 */
function ruleSelection(
  flags: ScanFlags,
): { rules: Partial<Record<RuleId, boolean>> } | { error: string } {
  const rules: Partial<Record<RuleId, boolean>> = {};
  if (flags.allRules === true) for (const id of RULE_IDS) rules[id] = true;
  const known: readonly string[] = RULE_IDS;
  for (const [flag, values, on] of [
    ['--enable', flags.enable, true],
    ['--disable', flags.disable, false],
  ] as const) {
    for (const given of values) {
      // `leakguard/no-unmanaged-timer`, as ESLint and the disable comments name it, is the rule
      const v = given.startsWith('leakguard/') ? given.slice('leakguard/'.length) : given;
      if (!known.includes(v))
        return { error: `${flag} ${given}: unknown rule (known: ${RULE_IDS.join(', ')})` };
      if (on === false && flags.enable.some((e) => e === v || e === `leakguard/${v}`))
        return { error: `--disable ${v}: the same rule is given to --enable` };
      rules[v as RuleId] = on;
    }
  }
  return { rules };
}

/** The `runtimeStatus` option from `--runtime-status`, null without it, or a usage message. */
function runtimeStatuses(flags: ScanFlags): RuntimeStatus[] | null | string {
  if (flags.runtimeStatus.length === 0) return null;
  if (flags.runtime.length === 0) return '--runtime-status needs --runtime <report>';
  const known: readonly string[] = RUNTIME_STATUSES;
  for (const s of flags.runtimeStatus)
    if (!known.includes(s))
      return `--runtime-status ${s}: unknown status (known: ${RUNTIME_STATUSES.join(', ')})`;
  return flags.runtimeStatus as RuntimeStatus[];
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
    .option('--enable <rule>', 'also run this rule (repeatable, or comma-separated)', collect, [])
    .option(
      '--disable <rule>',
      'do not run this rule (repeatable, or comma-separated)',
      collect,
      [],
    )
    .option('--all-rules', 'run every rule, the opt-in ones too')
    .option(
      '--report-unused-disable-directives',
      'report leakguard-disable comments that silence nothing (and exit 1)',
    )
    .option(
      '--baseline <file>',
      'report only findings not accepted in this baseline file (see --write-baseline)',
    )
    .option(
      '--write-baseline <file>',
      'accept every finding: write them to this baseline file and exit 0 for them',
    )
    .option(
      '--runtime <report>',
      'weigh each finding with a runtime report of the app or its tests (leakguard watch --report, LEAKGUARD_REPORT): growing, carried (grew only with its receivers), ran, or not seen (repeatable)',
      collect,
      [],
    )
    .option(
      '--runtime-status <status>',
      `with --runtime: show only findings with this status (${RUNTIME_STATUSES.join(', ')}; repeatable, or comma-separated)`,
      collect,
      [],
    )
    .addOption(
      new Option(
        '--program-kind <kind>',
        "for the project pass, which drops findings in code the scanned files run a bounded number of times: application (nothing outside the scanned files calls into them), library (exports and public methods may be called from outside any number of times), or auto (from each file's nearest package.json)",
      )
        .choices(['auto', 'application', 'library'])
        .default('auto'),
    )
    .option(
      '--why',
      'say on each finding why the project pass did not drop it: the function around it and why it may run any number of times, up its callers',
    )
    .addHelpText('after', RULES_HELP)
    .action(async (paths: string[], flags: ScanFlags, cmd: Command) => {
      const cwd = process.cwd();
      const selection = ruleSelection(flags);
      if ('error' in selection) cmd.error(`error: ${selection.error}`, { exitCode: 2 });
      const statuses = runtimeStatuses(flags);
      if (typeof statuses === 'string') cmd.error(`error: ${statuses}`, { exitCode: 2 });
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
          rules: selection.rules,
          reportUnusedDisableDirectives: flags.reportUnusedDisableDirectives === true,
          // Writing a baseline records every finding: the old baseline does not filter them.
          ...(flags.baseline !== undefined && flags.writeBaseline === undefined
            ? { baseline: flags.baseline }
            : {}),
          ...(flags.runtime.length > 0 ? { runtime: flags.runtime } : {}),
          ...(statuses !== null ? { runtimeStatus: statuses } : {}),
          programKind: flags.programKind,
          why: flags.why === true,
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
      const s = result.summary;
      if (flags.writeBaseline !== undefined) {
        const b = createBaseline(result.reports);
        try {
          writeFileSync(resolve(cwd, flags.writeBaseline), serializeBaseline(b));
        } catch (e) {
          cmd.error(
            `error: cannot write baseline ${flags.writeBaseline}: ${(e as Error).message}`,
            {
              exitCode: 2,
            },
          );
        }
        process.stderr.write(
          `leakguard: ${s.findings} finding${s.findings === 1 ? '' : 's'} in ${s.filesWithFindings} file${s.filesWithFindings === 1 ? '' : 's'} accepted in ${flags.writeBaseline} (${b.entries.length} entries)\n`,
        );
      }
      const findings = flags.writeBaseline !== undefined ? 0 : s.findings;
      process.exitCode =
        findings > 0 || s.directiveProblems > 0 || (s.unusedDirectives ?? 0) > 0 ? 1 : 0;
    });
}
