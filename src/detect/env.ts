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
  };
}
