/**
 * expectNoLeaks(scenario): runs an async scenario repeatedly and fails, naming the sites,
 * when anything it leaves behind keeps growing across iterations: listeners, timers, sockets
 * (per creation site, through the runtime finder's hooks), active handles (per type),
 * leakguard scopes and their connections, and the heap after a forced GC.
 *
 * Robustness: one measurement per iteration after a forced GC; a series fails only when the
 * Mann–Kendall test says it trends up (p ≤ maxPValue), its Theil–Sen slope says it grew by a
 * material amount, and its last value is above everything in the first third. A few pending
 * timers or a one-off allocation never fail a test; a resource left behind by every (or
 * every other) iteration always does.
 */
import { checkKnownKeys, optionError } from '../internal/options.js';
import { attach, detach, holdLibraryHooks, Tracker } from '../detect/internal.js';
import type { Site } from '../detect/internal.js';
import { settleGarbage } from '../internal/gc.js';
import { isGrowing, trend } from '../internal/trend.js';
import { displayPath } from '../internal/paths.js';
import type { Scope } from '../core/index.js';
import { subscribeScopes } from './scope-hooks.js';
import { checkScenario, testingError } from './errors.js';

/**
 * mitt and nanoevents are seen through the factory their module exports, wrapped as the module
 * loads (it cannot be patched afterwards, as rxjs's prototype is): the hooks that do it are
 * held from this module's import on, so that a module under test that a test file imports
 * after `leakguard/testing` gets the wrapped factory. Held for the life of the test process
 * (this module's instance); what they wrap notes nothing while no `expectNoLeaks` runs.
 */
holdLibraryHooks();

export interface ExpectNoLeaksOptions {
  /**
   * Measured iterations.
   * @default 20
   */
  iterations?: number;
  /**
   * Iterations run first and not measured (JIT, caches, lazy init).
   * @default 3
   */
  warmup?: number;
  /**
   * Largest one-sided Mann–Kendall p-value that counts as growth.
   * @default 0.001
   */
  maxPValue?: number;
  /**
   * Smallest growth of a count over the run, in resources: by default something left behind
   * at least every fourth iteration.
   * @default Math.max(3, iterations / 4)
   */
  minGrowth?: number;
  /**
   * Heap growth per iteration that fails, in bytes (Theil–Sen slope).
   * @default 16384
   */
  heapBytesPerIteration?: number;
  /**
   * Check the heap at all (needs a forced GC; always available through the safe path).
   * @default true
   */
  heap?: boolean;
}

/** One series that kept growing. */
export interface LeakFinding {
  /** 'site' (listener/timer/socket created at a line), 'handles', 'scopes', 'connections' or 'heap'. */
  what: 'site' | 'handles' | 'scopes' | 'connections' | 'heap';
  /** Human description: `listener EventEmitter 'data' at test/x.test.ts:12:5`. */
  description: string;
  /** Value after warm-up and at the end. */
  first: number;
  last: number;
  /** Theil–Sen slope per iteration. */
  perIteration: number;
  pValue: number;
  /** Short creation stack for sites. */
  stack?: string[];
}

function checkInt(name: string, v: unknown, min: number): void {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
    throw optionError(name, min === 1 ? 'a positive integer' : `an integer >= ${min}`, v);
}

function checkNum(name: string, v: unknown, max = Infinity): void {
  if (typeof v !== 'number' || !Number.isFinite(v) || v <= 0 || v > max)
    throw optionError(name, max === Infinity ? 'a positive number' : `a number in (0, ${max}]`, v);
}

function activeHandles(): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of process.getActiveResourcesInfo()) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

export async function expectNoLeaks(
  scenario: (iteration: number) => unknown,
  options: ExpectNoLeaksOptions = {},
): Promise<void> {
  checkScenario(scenario, options);
  checkKnownKeys(options, [
    'iterations',
    'warmup',
    'maxPValue',
    'minGrowth',
    'heapBytesPerIteration',
    'heap',
  ]);
  const {
    iterations = 20,
    warmup = 3,
    maxPValue = 0.001,
    heapBytesPerIteration = 16384,
    heap = true,
  } = options;
  checkInt('iterations', iterations, 5);
  checkInt('warmup', warmup, 0);
  checkNum('maxPValue', maxPValue, 1);
  checkNum('heapBytesPerIteration', heapBytesPerIteration);
  if (typeof heap !== 'boolean') throw optionError('heap', 'a boolean', heap);
  const minGrowth = options.minGrowth ?? Math.max(3, iterations / 4);
  checkNum('minGrowth', minGrowth);

  let run = 0;
  for (; run < warmup; run++) await scenario(run);

  // Every creation is captured (no sampling budget): a test wants exact counts.
  const tracker = new Tracker({
    depth: 16,
    includeNodeModules: false,
    stackFrames: 5,
    budget: Number.POSITIVE_INFINITY,
    minProbability: 1,
    maxItemsPerSite: Number.MAX_SAFE_INTEGER,
    window: iterations + 1,
    maxSites: 100_000,
  });
  const scopes = new Set<WeakRef<Scope>>();
  const disposedScopes = new WeakSet<Scope>();
  const unsubscribe = subscribeScopes({
    created: (s) => void scopes.add(new WeakRef(s)),
    disposed: (s) => void disposedScopes.add(s),
  });
  const handleSeries = new Map<string, number[]>();
  const scopeSeries: number[] = [];
  const connectionSeries: number[] = [];
  const heapSeries: number[] = [];
  const measure = async (index: number): Promise<void> => {
    await settleGarbage(2);
    tracker.sampleAll(index);
    const handles = activeHandles();
    for (const type of handles.keys())
      if (!handleSeries.has(type)) handleSeries.set(type, new Array<number>(index).fill(0));
    for (const [type, series] of handleSeries) series.push(handles.get(type) ?? 0);
    let liveScopes = 0;
    let connections = 0;
    for (const ref of scopes) {
      const s = ref.deref();
      if (s === undefined || disposedScopes.has(s) || s.disposed) {
        scopes.delete(ref);
        continue;
      }
      liveScopes++;
      connections += s.size;
    }
    scopeSeries.push(liveScopes);
    connectionSeries.push(connections);
    if (heap) heapSeries.push(process.memoryUsage().heapUsed);
  };

  attach(tracker);
  try {
    await measure(0);
    for (let i = 1; i <= iterations; i++, run++) {
      await scenario(run);
      await measure(i);
    }
  } finally {
    detach(tracker);
    unsubscribe();
  }

  const findings: LeakFinding[] = [];
  const times = Array.from({ length: iterations + 1 }, (_, i) => i);
  const check = (values: number[], growth: number): { grew: boolean; slope: number; p: number } => {
    const r = trend(times.slice(times.length - values.length), values);
    let firstThirdMax = -Infinity;
    for (let i = 0; i < Math.max(1, Math.floor(values.length / 3)); i++)
      firstThirdMax = Math.max(firstThirdMax, values[i]!);
    const grew =
      isGrowing(r, values.length - 1, { minSamples: 5, maxPValue, minGrowth: growth }) &&
      values[values.length - 1]! > firstThirdMax;
    return { grew, slope: r.slope, p: r.pValue };
  };
  const push = (
    what: LeakFinding['what'],
    description: string,
    values: number[],
    growth: number,
    stack?: string[],
  ): void => {
    const c = check(values, growth);
    if (!c.grew) return;
    findings.push({
      what,
      description,
      first: values[0]!,
      last: values[values.length - 1]!,
      perIteration: c.slope,
      pValue: c.p,
      ...(stack ? { stack } : {}),
    });
  };
  for (const site of tracker.sites.values()) {
    // A site first seen mid-run has no earlier samples: it started from zero.
    const values = [
      ...new Array<number>(iterations + 1 - site.values.length).fill(0),
      ...site.values,
    ];
    push('site', describeSite(site), values, minGrowth, [...site.stack]);
  }
  for (const [type, values] of handleSeries)
    push('handles', `active ${type} handles`, values, minGrowth);
  push('scopes', 'undisposed leakguard scopes', scopeSeries, minGrowth);
  push(
    'connections',
    'connections held by undisposed leakguard scopes',
    connectionSeries,
    minGrowth,
  );
  if (heap)
    push('heap', 'heap used after GC (bytes)', heapSeries, heapBytesPerIteration * iterations);

  if (findings.length > 0) {
    const lines = findings.map((f) => {
      const per =
        f.what === 'heap' ? `${(f.perIteration / 1024).toFixed(1)} KiB` : f.perIteration.toFixed(2);
      const range =
        f.what === 'heap' ? `${kib(f.first)} → ${kib(f.last)}` : `${f.first} → ${f.last}`;
      const stack = (f.stack ?? [])
        .slice(1)
        .map((s) => `\n      at ${s}`)
        .join('');
      return `  - ${f.description}: +${per} per iteration (${range}, p=${f.pValue.toExponential(1)})${stack}`;
    });
    throw testingError(
      'LEAKGUARD_LEAKS_FOUND',
      `expectNoLeaks: ${findings.length} resource${findings.length === 1 ? '' : 's'} kept growing over ${iterations} iterations:\n${lines.join('\n')}`,
      { findings },
    );
  }
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KiB`;
}

function describeSite(site: Site): string {
  const g = site.group;
  const ev = g.event === null ? '' : ` '${g.event}'`;
  return `${g.kind} ${g.receiverType}${ev} at ${displayPath(site.file)}:${site.line}:${site.column}`;
}
