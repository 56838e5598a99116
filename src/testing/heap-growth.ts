/**
 * expectNoHeapGrowth(scenario): runs a scenario repeatedly under V8's sampling heap profiler
 * and fails, naming the allocation site (function, file:line) and what it allocated, when the
 * memory some site retains grows with the iteration count: a Map never pruned, a history array,
 * an unbounded cache, closures kept by a registry.
 *
 * How: sampling starts before the warm-up (objects allocated before it are invisible to the
 * profile, so replacing them would look like growth); after the warm-up one settled sample
 * (full GC first) is taken, then one after each iteration. Each site's retained bytes then go
 * through the finder's trend test (`HeapSampler.report`) with the iteration index as time:
 * Mann–Kendall p ≤ `maxPValue`, Theil–Sen slope × iterations ≥ `minGrowthBytes`, the last
 * value above the whole first third, and a drift test on the increments with p ≤ `maxPValue`
 * (the sampled estimate of a full cache whose entries are replaced wanders like a random walk,
 * which Mann–Kendall alone can take for growth). A cache that fills and stays full, churn, a
 * one-off allocation: no failure.
 *
 * Invariants: sampling is stopped and the inspector session disconnected on every path (a
 * throwing scenario, a failed read); the sampler's own bookkeeping runs after an `await`, so
 * its allocations have no app frame on their stack and are never blamed on the caller.
 */
import { fileURLToPath } from 'node:url';
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';
import { settleGarbage } from '../internal/gc.js';
import { HeapSampler } from '../internal/heap.js';
import type { Attribution } from '../internal/heap.js';
import { checkScenario, testingError } from './errors.js';

export interface ExpectNoHeapGrowthOptions {
  /** Measured iterations (a settled heap sample after each). Default: 20 (at least 5). */
  iterations?: number;
  /** Iterations run first and not measured (JIT, lazy init, caches filling up). Default: 3. */
  warmup?: number;
  /**
   * Average bytes allocated between two heap samples (V8's `samplingInterval`): smaller sees
   * smaller leaks and costs more per allocation. Default: 8192 (8 KiB); at least 1024.
   */
  samplingIntervalBytes?: number;
  /**
   * Smallest growth of one site's retained memory over the measured run (Theil–Sen slope per
   * iteration × iterations), in bytes, that fails. Default: 262144 (256 KiB), i.e. about
   * 13 KiB retained per iteration over the default 20 iterations.
   */
  minGrowthBytes?: number;
  /** Largest one-sided Mann–Kendall p-value that counts as growth. Default: 0.001. */
  maxPValue?: number;
}

/** One allocation site whose retained memory kept growing. */
export interface HeapGrowthSite {
  /** The allocating function (`(anonymous)` when it has no name). */
  functionName: string;
  /** `file:line:column` of that function, relative to the working directory when inside it. */
  site: string;
  /** Absolute path (or URL) of the file. */
  file: string;
  line: number;
  column: number;
  attribution: Attribution;
  /** Estimated bytes the site retained at the last sample. */
  bytes: number;
  /** Theil–Sen slope of the retained bytes, in bytes per iteration. */
  bytesPerIteration: number;
  pValue: number;
  /** A few frames of the allocation stack, innermost first. */
  stack: string[];
  /** What did the allocating under the site (a constructor, `Array`, a native), by bytes. */
  allocatedBy: { name: string; bytes: number }[];
}

const KEYS = ['iterations', 'warmup', 'samplingIntervalBytes', 'minGrowthBytes', 'maxPValue'];

/**
 * leakguard's own source root (`src/` or `dist/`). The sampler already skips frames there (by
 * URL and by path); sites in it are dropped here too, so the helper's own bookkeeping can never
 * fail a user's test whatever names a loader gives scripts.
 */
const OWN_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Sample times are iteration × one minute, so the sampler's "per minute" is "per iteration". */
const ITERATION_MS = 60_000;

function unavailable(why: string): Error {
  return testingError(
    'LEAKGUARD_HEAP_UNAVAILABLE',
    `expectNoHeapGrowth: heap sampling is not available: ${why}`,
    {},
  );
}

export async function expectNoHeapGrowth(
  scenario: (iteration: number) => unknown,
  options: ExpectNoHeapGrowthOptions = {},
): Promise<void> {
  checkScenario(scenario, options);
  checkKnownKeys(options, KEYS);
  const o = options;
  checkNumber('iterations', o.iterations, { min: 5, integer: true });
  checkNumber('warmup', o.warmup, { integer: true });
  checkNumber('samplingIntervalBytes', o.samplingIntervalBytes, { min: 1024, integer: true });
  checkNumber('minGrowthBytes', o.minGrowthBytes, { min: 1 });
  if (
    o.maxPValue !== undefined &&
    (typeof o.maxPValue !== 'number' || !(o.maxPValue > 0 && o.maxPValue <= 1))
  )
    throw optionError('maxPValue', 'a number in (0, 1]', o.maxPValue);
  const {
    iterations = 20,
    warmup = 3,
    samplingIntervalBytes = 8192,
    minGrowthBytes = 256 * 1024,
    maxPValue = 0.001,
  } = o;

  // start() refuses when another inspector client (a leak finder with `heap`?) samples already
  const sampler = new HeapSampler(
    {
      samplingIntervalBytes,
      minGrowthBytes,
      maxSites: 500,
      intervalMs: 0 /* finder only */,
      // a test may block: widening would restart the series the verdict needs
      maxReadPauseMs: Infinity,
    },
    iterations + 1,
  );
  if (!sampler.start()) throw unavailable(sampler.problem ?? 'unknown reason');
  try {
    const sample = async (index: number): Promise<void> => {
      if (!(await settleGarbage(2))) throw unavailable('no way to force a garbage collection');
      if (!sampler.sample(index * ITERATION_MS, true))
        throw unavailable(sampler.problem ?? 'the profile could not be read');
    };
    let run = 0;
    for (; run < warmup; run++) await scenario(run);
    await sample(0);
    for (let i = 1; i <= iterations; i++, run++) {
      await scenario(run);
      await sample(i);
    }
  } finally {
    sampler.stop();
  }

  const growing: HeapGrowthSite[] = sampler
    .report({ minSamples: 5, maxPValue, minGrowth: 0 }, 0)
    .filter((r) => r.leaking && !r.file.startsWith(OWN_ROOT))
    .map((r) => ({
      functionName: r.functionName,
      site: r.site,
      file: r.file,
      line: r.line,
      column: r.column,
      attribution: r.attribution,
      bytes: r.bytes,
      bytesPerIteration: r.growthBytesPerMinute,
      pValue: r.pValue,
      stack: r.stack,
      allocatedBy: r.allocatedBy,
    }));
  if (growing.length === 0) return;
  const lines = growing.map((s) => {
    const by = s.allocatedBy.map((a) => `${a.name} ${kib(a.bytes)}`).join(', ');
    const stack = s.stack
      .slice(1)
      .map((f) => `\n      at ${f}`)
      .join('');
    return (
      `  - ${s.functionName} (${s.site}): +${kib(s.bytesPerIteration)} per iteration, ` +
      `${kib(s.bytes)} retained (p=${s.pValue.toExponential(1)})` +
      (by === '' ? '' : `; allocated by ${by}`) +
      stack
    );
  });
  const n = growing.length;
  throw testingError(
    'LEAKGUARD_HEAP_GROWTH',
    `expectNoHeapGrowth: retained memory kept growing over ${iterations} iterations at ${n} ` +
      `allocation site${n === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    { sites: growing },
  );
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}
