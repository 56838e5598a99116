/**
 * Report shapes of the runtime finder (what `runtimeLeakReport()`, `--report` and
 * `GET /monitoring/leaks` return) and the analysis that fills them.
 */
import type { HeapSiteReport } from '../internal/heap.js';
import type { ReadPause } from '../internal/heap-guard.js';
import { settledLive } from './tracker.js';
import type { ResourceKind, Site, Tracker } from './tracker.js';
import { firstThirdMax, isGrowing, trend } from '../internal/trend.js';
import type { GrowthCriteria } from '../internal/trend.js';
import { siteLocation } from '../internal/paths.js';
import type { Attribution } from './stack.js';

/** One creation site. */
export interface SiteReport {
  /** `file:line:column`, the file relative to the working directory when inside it. */
  site: string;
  /** Absolute path of the file (or the runtime's name for it, like `node:events`). */
  file: string;
  line: number;
  column: number;
  /** Where the site frame is: the app, a dependency (node_modules) or Node itself. */
  attribution: Attribution;
  kind: ResourceKind;
  /** Constructor name of the receiver (`Socket`, `AbortSignal`) or of the resource (`Timeout`). */
  receiverType: string;
  /** Event name for listeners (`'data'`), `client`/`server` for sockets, null otherwise. */
  event: string | null;
  /**
   * Estimated resources from this site alive (sampling-weighted): at the last settled sample,
   * or what is certainly alive since then when that is more.
   */
  count: number;
  /** Sampled resources actually tracked among them. */
  tracked: number;
  /** Theil–Sen slope of the live count, resources per minute. */
  growthPerMinute: number;
  /** One-sided Mann–Kendall p-value of an upward trend (1 when too few samples). */
  pValue: number;
  /** Samples in the window the test ran on. */
  samples: number;
  /** True when the live count keeps growing (see docs/detect.md for the criteria). */
  leaking: boolean;
  /**
   * Listener sites: the distinct receivers the tracked live listeners were on at the last
   * settled sample (sampled, like `tracked`); null for timers and sockets.
   */
  receivers: number | null;
  /**
   * A growing listener site whose receivers accumulate while none of them holds more of its
   * listeners than at the start of the window: the listeners do not pile up, their receivers
   * are kept alive — by something else (often another growing site: a timer or a listener on
   * a long-lived object that holds the owner of these receivers). Its fix is usually there, not
   * here. False when not growing.
   */
  carried: boolean;
  /** A few frames, innermost first: `fn (file:line:column)`. */
  stack: string[];
}

/**
 * One site of the app's own code as the final report lists it (`RuntimeLeakReport.sites`): how
 * many resources it made and whether they grew. What `leakguard scan --runtime` reads.
 */
export interface RuntimeSiteSummary {
  /** `file:line:column`, the file relative to the working directory when inside it. */
  site: string;
  /** Absolute path of the file. */
  file: string;
  line: number;
  column: number;
  kind: ResourceKind;
  receiverType: string;
  event: string | null;
  /** Estimated resources this site created since the finder started (sampling-weighted). */
  created: number;
  /** Estimated resources from this site alive at the report (as `SiteReport.count`). */
  count: number;
  /** Theil–Sen slope of the live count, resources per minute. */
  growthPerMinute: number;
  /** True when the live count keeps growing (the site is in `leaks`). */
  leaking: boolean;
  /** Growing only because its receivers accumulate (as `SiteReport.carried`). */
  carried: boolean;
}

export interface RuntimeLeakReport {
  /** False when no finder runs in this process (everything else is then empty). */
  active: boolean;
  pid: number;
  /** ISO time of this report and of the finder's start. */
  generatedAt: string;
  startedAt: string | null;
  uptimeMs: number;
  sampleIntervalMs: number;
  /** Samples taken so far. */
  samples: number;
  /**
   * Settled samples so far: the ones taken right after a full GC, which the trend test reads
   * (with `gc` off, every sample).
   */
  settledSamples: number;
  /** Whether the finder forces full GCs (before settled samples). */
  gc: boolean;
  /** Growing sites in the app, then in dependencies, fastest first: these are the leaks. */
  leaks: SiteReport[];
  /**
   * Growing sites with no app frame on their stack (Node internals creating listeners for
   * requests, streams, sockets). They usually grow because something in `leaks` keeps their
   * receivers alive, or because sockets or streams are never closed.
   */
  internal: SiteReport[];
  /** The sites with the most live resources (at most 10), leaking or not. */
  top: SiteReport[];
  /**
   * Every site in the app's own code (not dependencies, not Node) the finder has seen, leaking
   * or not, with how much it made: only in final reports (`--report`, `LEAKGUARD_REPORT`,
   * `report({ sites: true })`), for `leakguard scan --runtime`, which tells the static
   * findings whose code ran and grew from those that ran and did not, and from code that never
   * ran. At most `maxSites` (5000) entries.
   */
  sites?: RuntimeSiteSummary[];
  /**
   * Heap sites (finder option `heap`, `LEAKGUARD_HEAP=1`): allocation sites whose retained
   * bytes keep growing (`leaks`), and the largest others (`top`, at most 10). Absent when heap
   * sampling was not asked for.
   */
  heap?: {
    /** Whether V8's sampling heap profiler is running now. */
    running: boolean;
    /** Why it is off (no `node:inspector`, another client sampling, a failed read), or null. */
    problem: string | null;
    /**
     * V8's sampling interval now, in bytes: `heap.samplingIntervalBytes`, or wider when the
     * read guard widened it to keep a read within `maxReadPauseMs` (each widening restarts the
     * sites' series).
     */
    samplingIntervalBytes: number;
    /** The read budget (`heap.maxReadPauseMs`), in ms. */
    maxReadPauseMs: number;
    /** Wall-clock ms the last profile read blocked the event loop (its GC included); null before one. */
    lastReadMs: number | null;
    /** Longest profile read so far, in ms. */
    longestReadMs: number;
    /** Reads not made because their predicted pause exceeded the budget. */
    skippedReads: number;
    /**
     * Forced GCs (option `gc`) the finder left out for the same reason: the read guard predicted
     * the full GC alone over `maxReadPauseMs`; those settled samples counted without a GC.
     */
    skippedGcs: number;
    /**
     * Set while reads are skipped: `reason` `gc` (the full GC a read runs alone would exceed
     * the budget: reads resume when the heap shrinks) or `samples` (even the widest interval
     * would), with the predicted pause and the budget, in ms.
     */
    paused: ReadPause | null;
    leaks: HeapSiteReport[];
    top: HeapSiteReport[];
  };
  stats: {
    /** Sites known. */
    sites: number;
    /** Sampled resources currently tracked. */
    trackedItems: number;
    /** Instrumented calls seen. */
    calls: number;
    /** Stack captures made. */
    captures: number;
  };
}

const MS_PER_MIN = 60_000;

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

interface Growth {
  pValue: number;
  /** Theil–Sen slope, resources per minute. */
  perMin: number;
  leaking: boolean;
}

/** The trend test on a site's settled series (O(window²)). */
export function growthOf(site: Site, criteria: GrowthCriteria): Growth {
  const n = site.values.length;
  if (n < 3) return { pValue: 1, perMin: 0, leaking: false };
  const times = site.times.map((t) => t / MS_PER_MIN);
  const r = trend(times, site.values);
  const span = times[n - 1]! - times[0]!;
  // Still growing: the last value must stand above everything in the first third of the
  // window, so a site that grew and was then released (or a single burst) is not reported.
  const leaking = isGrowing(r, span, criteria) && site.values[n - 1]! > firstThirdMax(site.values);
  return { pValue: r.pValue, perMin: r.slope, leaking };
}

/** Whether the site counts as leaking, cached until its next settled sample. */
export function isLeaking(site: Site, criteria: GrowthCriteria): boolean {
  const at = site.times.length === 0 ? -1 : site.times[site.times.length - 1]!;
  if (site.verdictAt !== at) {
    site.verdict = growthOf(site, criteria).leaking;
    site.verdictAt = at;
  }
  return site.verdict;
}

/**
 * Whether a growing listener site is carried by its receivers: over the window, the number of
 * distinct live receivers rose above everything in its first third while the most listeners
 * one receiver holds did not (both read from the tracked items at settled samples). Listeners
 * piling up on one long-lived receiver, or on a fixed set of them (a pool's sockets), raise
 * the second figure; one listener per receiver on receivers that are never collected raises
 * only the first. Sampling thins both alike: a pile-up on one receiver stays one receiver.
 */
export function isCarried(site: Site): boolean {
  const r = site.receivers;
  const m = site.perReceiver;
  if (r.length < 3) return false;
  const last = r.length - 1;
  return r[last]! > firstThirdMax(r) && m[last]! <= Math.max(1, firstThirdMax(m));
}

export function analyzeSite(site: Site, criteria: GrowthCriteria): SiteReport {
  const n = site.values.length;
  const { pValue, perMin, leaking } = growthOf(site, criteria);
  const listenerSite = site.receivers.length > 0;
  const g = site.group;
  return {
    ...siteLocation(site.file, site.line, site.column),
    attribution: site.attribution,
    kind: g.kind,
    receiverType: g.receiverType,
    event: g.event,
    // Between settled samples `live` leaves out listeners on receivers made since the last
    // GC (they may be garbage): the last settled count is the better figure until they settle.
    count: Math.round(Math.max(site.live, settledLive(site))),
    tracked: site.items.length,
    growthPerMinute: round(perMin, 2),
    pValue: pValue < 1e-12 ? 0 : Number(pValue.toPrecision(3)),
    samples: n,
    leaking,
    receivers: listenerSite ? site.receivers[site.receivers.length - 1]! : null,
    carried: leaking && isCarried(site),
    stack: [...site.stack],
  };
}

export function buildReport(
  tracker: Tracker | null,
  meta: { samples: number; settledSamples: number; sampleIntervalMs: number; gc: boolean },
  criteria: GrowthCriteria,
  options: { sites?: boolean } = {},
): RuntimeLeakReport {
  const now = Date.now();
  if (tracker === null) {
    return {
      active: false,
      pid: process.pid,
      generatedAt: new Date(now).toISOString(),
      startedAt: null,
      uptimeMs: 0,
      sampleIntervalMs: meta.sampleIntervalMs,
      samples: 0,
      settledSamples: 0,
      gc: meta.gc,
      leaks: [],
      internal: [],
      top: [],
      ...(options.sites === true ? { sites: [] } : {}),
      stats: { sites: 0, trackedItems: 0, calls: 0, captures: 0 },
    };
  }
  const all: SiteReport[] = [];
  let trackedItems = 0;
  for (const site of tracker.sites.values()) {
    trackedItems += site.items.length;
    if (site.live > 0 || site.values.some((v) => v > 0)) all.push(analyzeSite(site, criteria));
  }
  // App sites first (that is where a fix goes), then dependencies; within each, sites that
  // grow by themselves before those carried by their receivers; fastest growth first.
  const rank = (s: SiteReport): number =>
    (s.attribution === 'app' ? 0 : s.attribution === 'dependency' ? 2 : 4) + (s.carried ? 1 : 0);
  const growing = all
    .filter((s) => s.leaking)
    .sort((a, b) => rank(a) - rank(b) || b.growthPerMinute - a.growthPerMinute);
  const leaks = growing.filter((s) => s.attribution !== 'internal');
  const internal = growing.filter((s) => s.attribution === 'internal');
  const top = [...all].sort((a, b) => b.count - a.count).slice(0, 10);
  const sites = options.sites === true ? siteSummaries(tracker, criteria) : undefined;
  return {
    active: true,
    pid: process.pid,
    generatedAt: new Date(now).toISOString(),
    startedAt: new Date(tracker.startedAt).toISOString(),
    uptimeMs: now - tracker.startedAt,
    sampleIntervalMs: meta.sampleIntervalMs,
    samples: meta.samples,
    settledSamples: meta.settledSamples,
    gc: meta.gc,
    leaks,
    internal,
    top,
    ...(sites !== undefined ? { sites } : {}),
    stats: {
      sites: tracker.sites.size,
      trackedItems,
      calls: tracker.callsTotal,
      captures: tracker.capturesTotal,
    },
  };
}

/** Every app site of the tracker, in the order first seen (see `RuntimeLeakReport.sites`). */
function siteSummaries(tracker: Tracker, criteria: GrowthCriteria): RuntimeSiteSummary[] {
  const out: RuntimeSiteSummary[] = [];
  for (const site of tracker.sites.values()) {
    if (site.attribution !== 'app') continue;
    const { perMin, leaking } = growthOf(site, criteria);
    const g = site.group;
    const loc = siteLocation(site.file, site.line, site.column);
    out.push({
      site: loc.site,
      file: loc.file,
      line: loc.line,
      column: loc.column,
      kind: g.kind,
      receiverType: g.receiverType,
      event: g.event,
      created: Math.round(site.created),
      count: Math.round(Math.max(site.live, settledLive(site))),
      growthPerMinute: round(perMin, 2),
      leaking,
      carried: leaking && isCarried(site),
    });
  }
  return out;
}
