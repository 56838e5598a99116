/**
 * Options of the runtime finder, validated once (CONTRIBUTING.md: exact messages naming the
 * option, the expectation and the value received).
 */
import { checkKnownKeys, optionError, TIMER_MAX_MS } from '../internal/options.js';
import {
  resolveHeapOptions,
  type HeapOptions,
  type ResolvedHeapOptions,
} from '../internal/heap.js';

/** Options of `startLeakFinder()` / `new LeakFinder()`. Every field is optional. */
export interface LeakFinderOptions {
  /**
   * Time between samples of live counts, in milliseconds (10 to 2147483647).
   * @default 2000
   */
  sampleIntervalMs?: number;
  /**
   * Settled samples kept per site: the sliding window of the trend test. 90 samples cover 3 min
   * while a site is followed at every 2 s sample, longer when it is only settled every
   * `gcIntervalMs`.
   * @default 90
   */
  window?: number;
  /**
   * Fewest settled samples before a site can be reported.
   * @default 10
   */
  minSamples?: number;
  /**
   * Largest one-sided Mann–Kendall p-value that counts as growth.
   * @default 0.001
   */
  maxPValue?: number;
  /**
   * Smallest growth over the window (Theil–Sen slope × window), in resources.
   * @default 10
   */
  minGrowth?: number;
  /**
   * Force full GCs so that resources whose receiver is unreachable stop counting (otherwise they
   * count until V8 happens to collect them, which looks like growth). The trend test then reads
   * only *settled* samples, taken right after a forced GC; see `gcIntervalMs` for when one is
   * forced. With false, every sample goes into the series as counted.
   * @default true
   */
  gc?: boolean;
  /**
   * Longest time between forced full GCs (settled samples), in milliseconds, while no site looks
   * like it is growing. A site whose count, between settled samples, rises by at least half of
   * `minGrowth` (and by two tracked resources) gets a GC and a settled sample right away, so a leak
   * is followed at every sample while it is under suspicion. Each full GC makes V8 drop and rebuild
   * some optimized code, so this is the finder's main cost knob. 0 settles every sample (exact
   * counts at every sample, the most costly).
   * @default 20000
   */
  gcIntervalMs?: number;
  /**
   * Name sites inside node_modules instead of the app frame that called them.
   * @default false
   */
  includeNodeModules?: boolean;
  /**
   * Frames captured per sampled creation (Error.stackTraceLimit during capture).
   * @default 10
   */
  stackDepth?: number;
  /**
   * Frames kept in a site's short stack.
   * @default 5
   */
  stackFrames?: number;
  /**
   * Stack captures per second per group (kind × receiver type × event).
   * @default 20
   */
  budget?: number;
  /**
   * Lowest sampling probability of a group.
   * @default 0.0005
   */
  minProbability?: number;
  /**
   * Tracked items per site before unbiased thinning.
   * @default 4096
   */
  maxItemsPerSite?: number;
  /**
   * Sites kept at most.
   * @default 5000
   */
  maxSites?: number;
  /**
   * Heap sites: follow retained bytes per allocation site with V8's sampling heap profiler
   * (`true` for the defaults, or its options) and report the sites that keep growing under
   * `heap` in the report. Main thread only.
   * @default false
   */
  heap?: boolean | HeapOptions;
}

/** The options that are one number or boolean each (checked by {@link FINDER_RULES}). */
type ScalarFinderOptions = Required<Omit<LeakFinderOptions, 'heap'>>;

export type ResolvedFinderOptions = ScalarFinderOptions & {
  /** Heap sampling options, or false when heap sites are off. */
  heap: ResolvedHeapOptions | false;
};

export const FINDER_DEFAULTS: ScalarFinderOptions = {
  sampleIntervalMs: 2000,
  window: 90,
  minSamples: 10,
  maxPValue: 0.001,
  minGrowth: 10,
  gc: true,
  gcIntervalMs: 20_000,
  includeNodeModules: false,
  stackDepth: 10,
  stackFrames: 5,
  budget: 20,
  minProbability: 0.0005,
  maxItemsPerSite: 4096,
  maxSites: 5000,
};

export { TIMER_MAX_MS } from '../internal/options.js';

/**
 * How one option is checked: an integer in [min, max], a number in (0, max], or a boolean.
 * `ms` marks a duration in milliseconds, which `leakguard watch` and the LEAKGUARD_*
 * variables take as text (`500ms`, `2s`): an error about such a text says "a duration".
 */
export type OptionRule =
  | { type: 'integer'; min: number; max?: number; ms?: true }
  | { type: 'number'; max?: number }
  | { type: 'boolean' };

/** The finder's rules: the one place its values are checked (API, CLI flags and variables). */
export const FINDER_RULES: { readonly [K in keyof ScalarFinderOptions]: OptionRule } = {
  sampleIntervalMs: { type: 'integer', min: 10, max: TIMER_MAX_MS, ms: true },
  window: { type: 'integer', min: 3 },
  minSamples: { type: 'integer', min: 3 },
  maxPValue: { type: 'number', max: 1 },
  minGrowth: { type: 'number' },
  gc: { type: 'boolean' },
  gcIntervalMs: { type: 'integer', min: 0, ms: true },
  includeNodeModules: { type: 'boolean' },
  stackDepth: { type: 'integer', min: 1 },
  stackFrames: { type: 'integer', min: 1 },
  budget: { type: 'number' },
  minProbability: { type: 'number', max: 1 },
  maxItemsPerSite: { type: 'integer', min: 2 },
  maxSites: { type: 'integer', min: 1 },
};

const FINDER_KEYS = Object.keys(FINDER_DEFAULTS) as (keyof ScalarFinderOptions)[];

/**
 * Where a value came from when it was not written as an option: the flag or variable the user
 * typed (`--sample-interval`, `LEAKGUARD_WINDOW`) and, when they typed it, the text itself.
 * Errors then name that and show the text, not the internal option and the parsed number.
 */
export interface OptionSource {
  name: string;
  text?: string;
}

function expected(rule: OptionRule, asText: boolean): string {
  switch (rule.type) {
    case 'boolean':
      return 'a boolean';
    case 'number':
      return rule.max === undefined ? 'a positive number' : `a number in (0, ${rule.max}]`;
    case 'integer':
      if (rule.ms === true && asText)
        return rule.max === undefined
          ? `a duration of at least ${rule.min}ms`
          : `a duration from ${rule.min}ms to ${rule.max}ms`;
      if (rule.max !== undefined) return `an integer from ${rule.min} to ${rule.max}`;
      return rule.min === 1 ? 'a positive integer' : `an integer >= ${rule.min}`;
  }
}

function passes(rule: OptionRule, v: unknown): boolean {
  switch (rule.type) {
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v) && v > 0 && v <= (rule.max ?? Infinity);
    case 'integer':
      return (
        typeof v === 'number' &&
        Number.isInteger(v) &&
        v >= rule.min &&
        v <= (rule.max ?? Number.MAX_SAFE_INTEGER)
      );
  }
}

/**
 * Throws a TypeError (code LEAKGUARD_INVALID_OPTION) naming `name` — or the flag or variable in
 * `source` — unless `value` follows `rule`.
 */
export function checkOption(
  name: string,
  rule: OptionRule,
  value: unknown,
  source?: OptionSource,
): void {
  if (passes(rule, value)) return;
  const asText = source?.text !== undefined;
  throw optionError(source?.name ?? name, expected(rule, asText), asText ? source.text : value);
}

/**
 * Validates finder options and fills in the defaults. `sources` names, per option, the flag
 * or variable it came from (see {@link OptionSource}); unknown keys are refused with a
 * did-you-mean.
 */
export function resolveFinderOptions(
  options: LeakFinderOptions | undefined,
  sources: Partial<Record<keyof LeakFinderOptions, OptionSource>> = {},
): ResolvedFinderOptions {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw optionError('options', 'an object', options);
  checkKnownKeys(options, [...FINDER_KEYS, 'heap']);
  const o = { ...FINDER_DEFAULTS } as Record<string, unknown>;
  for (const [k, v] of Object.entries(options ?? {})) if (v !== undefined) o[k] = v;
  for (const k of FINDER_KEYS) checkOption(k, FINDER_RULES[k], o[k], sources[k]);
  const heap = o.heap ?? false;
  o.heap = heap === false ? false : resolveHeapOptions(heap, sources.heap?.name ?? 'heap');
  const r = o as ResolvedFinderOptions;
  if (r.minSamples > r.window) {
    const window = sources.window?.name ?? 'window';
    const src = sources.minSamples;
    throw optionError(
      src?.name ?? 'minSamples',
      `at most \`${window}\` (${r.window})`,
      src?.text ?? r.minSamples,
    );
  }
  return r;
}

/**
 * Parses a duration: `500ms`, `10s`, `2m`, `1h`, or a bare number of milliseconds. Returns
 * milliseconds; throws a TypeError naming `what` otherwise. The range is the option's rule.
 */
export function parseDuration(text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) throw optionError(what, 'a duration like `500ms`, `10s` or `2m`', text);
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const ms =
    unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
  if (!(ms >= 1)) throw optionError(what, 'a duration of at least 1ms', text);
  return Math.round(ms);
}

/** parseDuration, also accepting `0` (for options where 0 means "every time"). */
export function parseDurationOrZero(text: string, what: string): number {
  return /^\s*0+(?:\.0*)?\s*(ms|s|m|h)?\s*$/.test(text) ? 0 : parseDuration(text, what);
}

/** Parses a number written as text (`10`, `0.001`); throws a TypeError naming `what` otherwise. */
export function parseNumber(text: string, what: string): number {
  const n = text.trim() === '' ? NaN : Number(text);
  if (!Number.isFinite(n)) throw optionError(what, 'a number', text);
  return n;
}
