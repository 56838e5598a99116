/**
 * Configuration of `--import leakguard/register` through environment variables (the only
 * channel an unmodified app has). `leakguard watch` sets them for its child.
 */
import { optionError } from '../internal/options.js';
import type { LeakFinderOptions, OptionSource } from './options.js';
import {
  parseDuration,
  parseDurationOrZero,
  parseNumber,
  resolveFinderOptions,
} from './options.js';

export interface RegisterConfig {
  finder: LeakFinderOptions;
  /** LEAKGUARD_REPORT: write the final report as JSON to this file. */
  reportFile: string | undefined;
  /** LEAKGUARD_WATCH_DIR: directory where `leakguard watch` reads `<pid>.json` states. */
  watchDir: string | undefined;
  /** LEAKGUARD_QUIET=1: no table on stderr while running (final report still printed). */
  quiet: boolean;
  /** LEAKGUARD_FINAL=0: no final table on stderr at exit. */
  finalTable: boolean;
  /**
   * LEAKGUARD_COPIES_HOOK=0: no hook for the leakguard copies the app loads by name while it
   * runs (copies.ts `trackLoadedCopies`; on Node 20 a module-hooks thread, 60–95 ms of start-up
   * per process). The app's own copy, found at start, is still tracked.
   */
  copiesHook: boolean;
  /**
   * One line per `LEAKGUARD_*` variable that is not one of these but is spelt almost like one
   * (`LEAKGUARD_SAMPLE_INTERVALS`): ignored, so the user would otherwise never learn that the
   * setting did nothing. Printed by the register entry point.
   */
  warnings: string[];
}

function flag(env: NodeJS.ProcessEnv, name: string, dflt: boolean): boolean {
  const v = env[name];
  if (v === undefined || v === '') return dflt;
  if (v === '1' || v === 'true') return true;
  if (v === '0' || v === 'false') return false;
  throw optionError(name, '`1` or `0`', v);
}

/** The variable behind each finder option that has one, and how its text is read. */
const FINDER_VARIABLES: readonly [
  string,
  keyof LeakFinderOptions,
  'duration' | 'durationOrZero' | 'number' | 'flag',
][] = [
  ['LEAKGUARD_SAMPLE_INTERVAL', 'sampleIntervalMs', 'duration'],
  ['LEAKGUARD_GC', 'gc', 'flag'],
  ['LEAKGUARD_GC_INTERVAL', 'gcIntervalMs', 'durationOrZero'],
  ['LEAKGUARD_INCLUDE_NODE_MODULES', 'includeNodeModules', 'flag'],
  ['LEAKGUARD_STACK_DEPTH', 'stackDepth', 'number'],
  ['LEAKGUARD_MIN_SAMPLES', 'minSamples', 'number'],
  ['LEAKGUARD_MIN_GROWTH', 'minGrowth', 'number'],
  ['LEAKGUARD_MAX_P', 'maxPValue', 'number'],
  ['LEAKGUARD_WINDOW', 'window', 'number'],
  ['LEAKGUARD_BUDGET', 'budget', 'number'],
  ['LEAKGUARD_HEAP', 'heap', 'flag'],
];

/** Every variable the register entry point reads. */
const REGISTER_VARIABLES: readonly string[] = [
  ...FINDER_VARIABLES.map(([name]) => name),
  'LEAKGUARD_REPORT',
  'LEAKGUARD_WATCH_DIR',
  'LEAKGUARD_QUIET',
  'LEAKGUARD_FINAL',
  'LEAKGUARD_COPIES_HOOK',
];

/** Levenshtein distance, stopping early once it is over `max`. */
function distance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(
        prev[j]! + 1,
        cur[j - 1]! + 1,
        prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * `LEAKGUARD_*` variables that are not read but are within two edits of one that is — a typo.
 * Names far from all of them (the project's own `LEAKGUARD_…` settings, other tools') are left
 * alone: only a near miss is worth a line.
 */
export function misspeltVariables(env: NodeJS.ProcessEnv): string[] {
  const out: string[] = [];
  for (const name of Object.keys(env)) {
    if (!name.startsWith('LEAKGUARD_') || REGISTER_VARIABLES.includes(name)) continue;
    const upper = name.toUpperCase();
    const near = REGISTER_VARIABLES.find((known) => distance(upper, known, 2) <= 2);
    if (near !== undefined)
      out.push(
        `[leakguard] ${name} is not a leakguard variable and is ignored; did you mean ${near}?`,
      );
  }
  return out;
}

/**
 * Reads and validates the configuration. The finder's values are checked here, with the
 * finder's own rules, so that an error names the variable and shows its text
 * (``Expected `LEAKGUARD_SAMPLE_INTERVAL` to be a duration from 10ms …, got `"5ms"` ``) rather
 * than the option it feeds.
 */
export function readRegisterConfig(env: NodeJS.ProcessEnv = process.env): RegisterConfig {
  const finder: Record<string, unknown> = {};
  const sources: Partial<Record<keyof LeakFinderOptions, OptionSource>> = {};
  for (const [name, key, read] of FINDER_VARIABLES) {
    const text = env[name];
    sources[key] = { name };
    if (read === 'flag') {
      // The finder's defaults (gc on, node_modules and heap off) are these variables' too.
      finder[key] = flag(env, name, key === 'gc');
      continue;
    }
    if (text === undefined || text === '') continue;
    sources[key] = { name, text };
    finder[key] =
      read === 'duration'
        ? parseDuration(text, name)
        : read === 'durationOrZero'
          ? parseDurationOrZero(text, name)
          : parseNumber(text, name);
  }
  resolveFinderOptions(finder, sources);
  return {
    finder: finder as LeakFinderOptions,
    reportFile: env.LEAKGUARD_REPORT || undefined,
    watchDir: env.LEAKGUARD_WATCH_DIR || undefined,
    quiet: flag(env, 'LEAKGUARD_QUIET', false),
    finalTable: flag(env, 'LEAKGUARD_FINAL', true),
    copiesHook: flag(env, 'LEAKGUARD_COPIES_HOOK', true),
    warnings: misspeltVariables(env),
  };
}
