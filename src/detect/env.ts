/**
 * Configuration of `--import leakguard/register` through environment variables (the only
 * channel an unmodified app has). `leakguard watch` sets them for its child.
 */
import type { LeakFinderOptions } from './options.js';
import { invalid, parseDuration, parseDurationOrZero } from './options.js';

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
  throw invalid(name, '`1` or `0`', v);
}

function int(env: NodeJS.ProcessEnv, name: string): number | undefined {
  const v = env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isFinite(n)) throw invalid(name, 'a number', v);
  return n;
}

export function readRegisterConfig(env: NodeJS.ProcessEnv = process.env): RegisterConfig {
  const finder: LeakFinderOptions = {};
  const interval = env.LEAKGUARD_SAMPLE_INTERVAL;
  if (interval) finder.sampleIntervalMs = parseDuration(interval, 'LEAKGUARD_SAMPLE_INTERVAL');
  finder.gc = flag(env, 'LEAKGUARD_GC', true);
  const gcInterval = env.LEAKGUARD_GC_INTERVAL;
  if (gcInterval) finder.gcIntervalMs = parseDurationOrZero(gcInterval, 'LEAKGUARD_GC_INTERVAL');
  finder.includeNodeModules = flag(env, 'LEAKGUARD_INCLUDE_NODE_MODULES', false);
  const numeric: [string, keyof LeakFinderOptions][] = [
    ['LEAKGUARD_STACK_DEPTH', 'stackDepth'],
    ['LEAKGUARD_MIN_SAMPLES', 'minSamples'],
    ['LEAKGUARD_MIN_GROWTH', 'minGrowth'],
    ['LEAKGUARD_MAX_P', 'maxPValue'],
    ['LEAKGUARD_WINDOW', 'window'],
    ['LEAKGUARD_BUDGET', 'budget'],
  ];
  for (const [name, key] of numeric) {
    const n = int(env, name);
    if (n !== undefined) (finder as Record<string, unknown>)[key] = n;
  }
  return {
    finder,
    reportFile: env.LEAKGUARD_REPORT || undefined,
    watchDir: env.LEAKGUARD_WATCH_DIR || undefined,
    quiet: flag(env, 'LEAKGUARD_QUIET', false),
    finalTable: flag(env, 'LEAKGUARD_FINAL', true),
  };
}
