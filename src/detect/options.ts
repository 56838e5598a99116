/**
 * Options of the runtime finder, validated once (DESIGN: exact messages naming the option,
 * the expectation and the value received).
 */
import { describeValue } from '../core/index.js';

/** Options of `startLeakFinder()` / `new LeakFinder()`. Every field is optional. */
export interface LeakFinderOptions {
  /** Time between samples of live counts, in milliseconds. Default: 2000. */
  sampleIntervalMs?: number;
  /**
   * Settled samples kept per site: the sliding window of the trend test. Default: 90 (3 min
   * while a site is followed at every 2 s sample, longer when it is only settled every
   * `gcIntervalMs`).
   */
  window?: number;
  /** Fewest settled samples before a site can be reported. Default: 10. */
  minSamples?: number;
  /** Largest one-sided Mann–Kendall p-value that counts as growth. Default: 0.001. */
  maxPValue?: number;
  /** Smallest growth over the window (Theil–Sen slope × window), in resources. Default: 10. */
  minGrowth?: number;
  /**
   * Force full GCs so that resources whose receiver is unreachable stop counting (otherwise
   * they count until V8 happens to collect them, which looks like growth). The trend test then
   * reads only *settled* samples, taken right after a forced GC; see `gcIntervalMs` for when
   * one is forced. Default: true. With false, every sample goes into the series as counted.
   */
  gc?: boolean;
  /**
   * Longest time between forced full GCs (settled samples), in milliseconds, while no site
   * looks like it is growing. A site whose count, between settled samples, rises by at least
   * half of `minGrowth` (and by two tracked resources) gets a GC and a settled sample right
   * away, so a leak is followed at every sample while it is under suspicion. Each full GC
   * makes V8 drop and rebuild some optimized code, so this is the finder's main cost knob.
   * 0 settles every sample (exact counts at every sample, the most costly). Default: 20000.
   */
  gcIntervalMs?: number;
  /** Name sites inside node_modules instead of the app frame that called them. Default: false. */
  includeNodeModules?: boolean;
  /** Frames captured per sampled creation (Error.stackTraceLimit during capture). Default: 10. */
  stackDepth?: number;
  /** Frames kept in a site's short stack. Default: 5. */
  stackFrames?: number;
  /** Stack captures per second per group (kind × receiver type × event). Default: 20. */
  budget?: number;
  /** Lowest sampling probability of a group. Default: 0.0005. */
  minProbability?: number;
  /** Tracked items per site before unbiased thinning. Default: 4096. */
  maxItemsPerSite?: number;
  /** Sites kept at most. Default: 5000. */
  maxSites?: number;
}

export type ResolvedFinderOptions = Required<LeakFinderOptions>;

export const FINDER_DEFAULTS: ResolvedFinderOptions = {
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

/** TypeError for a bad option: ``Expected `name` to be <expected>, got `v` (type)``. */
export function invalid(name: string, expected: string, v: unknown): TypeError {
  const e = new TypeError(`Expected \`${name}\` to be ${expected}, got ${describeValue(v)}`);
  (e as TypeError & { code: string }).code = 'LEAKGUARD_INVALID_OPTION';
  return e;
}

function positiveInt(o: Record<string, unknown>, k: string, min = 1): void {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    throw invalid(k, min === 1 ? 'a positive integer' : `an integer >= ${min}`, v);
}

function positiveNumber(o: Record<string, unknown>, k: string, max = Infinity): void {
  const v = o[k];
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max)
    throw invalid(k, max === Infinity ? 'a positive number' : `a number in (0, ${max}]`, v);
}

export function resolveFinderOptions(
  options: LeakFinderOptions | undefined,
): ResolvedFinderOptions {
  if (options !== undefined && (options === null || typeof options !== 'object'))
    throw invalid('options', 'an object', options);
  const o = { ...FINDER_DEFAULTS } as Record<string, unknown>;
  for (const [k, v] of Object.entries(options ?? {})) {
    if (!(k in FINDER_DEFAULTS))
      throw invalid('options', `free of unknown keys (\`${k}\`)`, options);
    if (v !== undefined) o[k] = v;
  }
  positiveInt(o, 'sampleIntervalMs', 10);
  positiveInt(o, 'gcIntervalMs', 0);
  positiveInt(o, 'window', 3);
  positiveInt(o, 'minSamples', 3);
  positiveNumber(o, 'maxPValue', 1);
  positiveNumber(o, 'minGrowth');
  positiveInt(o, 'stackDepth');
  positiveInt(o, 'stackFrames');
  positiveNumber(o, 'budget');
  positiveNumber(o, 'minProbability', 1);
  positiveInt(o, 'maxItemsPerSite', 2);
  positiveInt(o, 'maxSites');
  for (const k of ['gc', 'includeNodeModules'])
    if (typeof o[k] !== 'boolean') throw invalid(k, 'a boolean', o[k]);
  if ((o.minSamples as number) > (o.window as number))
    throw invalid('minSamples', `at most \`window\` (${String(o.window)})`, o.minSamples);
  return o as ResolvedFinderOptions;
}

/**
 * Parses a duration: `500ms`, `10s`, `2m`, `1h`, or a bare number of milliseconds. Returns
 * milliseconds; throws a TypeError naming `what` otherwise.
 */
export function parseDuration(text: string, what: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/.exec(text);
  if (!m) throw invalid(what, 'a duration like `500ms`, `10s` or `2m`', text);
  const n = Number(m[1]);
  const unit = m[2] ?? 'ms';
  const ms =
    unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'm' ? n * 60_000 : n * 3_600_000;
  if (!(ms >= 1)) throw invalid(what, 'a duration of at least 1ms', text);
  return Math.round(ms);
}

/** parseDuration, also accepting `0` (for options where 0 means "every time"). */
export function parseDurationOrZero(text: string, what: string): number {
  return /^\s*0+(?:\.0*)?\s*(ms|s|m|h)?\s*$/.test(text) ? 0 : parseDuration(text, what);
}
