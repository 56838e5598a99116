/**
 * Leak trend detection on the heap floor: the old generation's use at its lowest.
 *
 * Raw heapUsed is a sawtooth: allocation raises it, GC drops it. A leak is a rising *floor*
 * (what survives collection), so the detector keeps one floor point per `bucketMs`: the lowest
 * value seen in that bucket (samples, and the value read right after major GCs when the source
 * provides it). Memory is bounded by the number of buckets in `windowMs`, whatever the
 * sampling rate.
 *
 * What the floor measures is the caller's choice, the same for every value it adds. The
 * monitor passes the old generation's use (`oldGenerationUsed`): heapUsed minus V8's young
 * generation (`new_space` and `new_large_object_space`), which holds whatever the app allocated
 * since the last scavenge — up to the semi-space size (16 MiB and more on Node 20/24, more with
 * --max-semi-space-size), garbage mostly, and large against `minGrowthBytesPerMin` on a small
 * heap. Where a sample lands in the scavenge cycle decided how much of it a bucket's minimum
 * carried, enough to fake a trend or hide one. A source without space statistics leaves the
 * monitor with heapUsed (and the post-GC heapUsed): the young generation is then part of the
 * floor.
 *
 * The floor points of the completed buckets are fitted with Theil–Sen (the median of the
 * pairwise slopes), which ignores up to ~29 % of outliers — a bucket that happened to miss its
 * GC does not create a trend. The current bucket is left out until it completes, and the
 * first bucket ever seen is left out for good (sampling began part-way through it): a young
 * or partial bucket's minimum is biased upward, and an old outlier weighs on every pair.
 *
 * Confidence (0..1) is the product of
 * - agreement: the share of pairwise slopes with the sign of the median, each pair weighted by
 *   the time between its points (neighbours are noise-dominated, distant pairs carry the
 *   trend), rescaled so that a coin flip (0.5) is 0 and unanimity is 1, and
 * - fit: rise / (rise + 3 × robust spread of the residuals), near 1 for a clean line and near
 *   0 when the rise is lost in noise.
 * A leak is suspected when the span is at least `minSpanMs`, there are at least `minPoints`
 * points, growth is at least `minGrowthBytesPerMin` and confidence at least `minConfidence`.
 *
 * Confirmed by a major GC. Between two major GCs the old generation also gains what minor GCs
 * promote: objects that survived two scavenges and died later, garbage that only a major GC
 * removes. With a large heap limit V8's major GCs can be many minutes (measured: up to 100) apart,
 * and the floor climbs like a leak until the next one drops it. So when the caller says its
 * source reports major GCs (`add`'s `reportsGc`, or any post-GC read), the floor is not enough:
 * a leak is called only when, besides the floor's growth (span, points and growth as above),
 * what survived major GCs grows at `minGrowthBytesPerMin` or more — the latest post-GC read
 * against the latest one at least `minSpanMs` before it, until the next major GC —
 * and then the floor's confidence is not needed (each major GC's drop breaks the line of a real
 * leak; the GCs decide). The floor's growth leaves out the pairs of points that a major GC's
 * drop lies between (unless the earlier one is itself a post-GC point), so a drop does not read
 * as shrinking: between major GCs the floor still climbs while a leak goes on, and stops
 * climbing when it ends with no promoted garbage on top. A called leak whose floor goes flat
 * (a large young generation promotes in steps minutes apart) stays called while the post-GC
 * reads prove it, until one shows the growth stopped. `wantsCollection` says when a full GC
 * would tell (the monitor runs one, `collectToConfirm`).
 */
import { checkKnownKeys, checkNumber, optionError } from '../internal/options.js';
import type { HeapSpaceUsage, TrendVerdict } from './types.js';

export interface TrendOptions {
  /**
   * Time the fit looks back (ms).
   * @default 600000 // 10 min
   */
  windowMs?: number;
  /**
   * One floor point per bucket of this length (ms).
   * @default 60000 // 1 min
   */
  bucketMs?: number;
  /**
   * Least time the floor points must span before a leak can be called (ms).
   * @default 300000
   */
  minSpanMs?: number;
  /**
   * Least number of floor points.
   * @default 5
   */
  minPoints?: number;
  /**
   * Least growth called a leak (bytes per minute).
   * @default 524288 // 512 KiB/min
   */
  minGrowthBytesPerMin?: number;
  /**
   * Least confidence (0..1) called a leak.
   * @default 0.6
   */
  minConfidence?: number;
  /**
   * MemoryMonitor only: when the floor rises but no major GC has shown what survives, or a
   * called leak's floor has gone flat, run one full GC (at most one per `minSpanMs`, and only
   * when its pause is predicted within the monitor's `eventLoopDelayMs`) instead of waiting for
   * V8's next major GC, which can be an hour away on a large heap. `false`: wait. A
   * TrendDetector of its own ignores it.
   * @default true
   */
  collectToConfirm?: boolean;
}

export const TREND_DEFAULTS: Required<TrendOptions> = {
  windowMs: 600_000,
  bucketMs: 60_000,
  minSpanMs: 300_000,
  minPoints: 5,
  minGrowthBytesPerMin: 512 * 1024,
  minConfidence: 0.6,
  collectToConfirm: true,
};

const TREND_KEYS = Object.keys(TREND_DEFAULTS);

/**
 * Validates trend options and fills in the defaults. `path` prefixes the names in messages
 * (`'trend'` inside the monitor's options, `''` for a TrendDetector of its own).
 */
export function resolveTrendOptions(options: unknown, path = ''): Required<TrendOptions> {
  const name = (key: string): string => (path ? `${path}.${key}` : key);
  if (options === undefined) return { ...TREND_DEFAULTS };
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw optionError(path || 'options', 'an object', options);
  checkKnownKeys(options, TREND_KEYS, path);
  const t = options as TrendOptions;
  checkNumber(name('windowMs'), t.windowMs, { min: 1 });
  checkNumber(name('bucketMs'), t.bucketMs, { min: 1 });
  checkNumber(name('minSpanMs'), t.minSpanMs);
  checkNumber(name('minPoints'), t.minPoints, { min: 2, integer: true });
  checkNumber(name('minGrowthBytesPerMin'), t.minGrowthBytesPerMin);
  checkNumber(name('minConfidence'), t.minConfidence);
  if (t.minConfidence !== undefined && t.minConfidence > 1)
    throw optionError(name('minConfidence'), 'a number in [0, 1]', t.minConfidence);
  if (t.collectToConfirm !== undefined && typeof t.collectToConfirm !== 'boolean')
    throw optionError(name('collectToConfirm'), 'a boolean', t.collectToConfirm);
  const out = { ...TREND_DEFAULTS };
  for (const [k, v] of Object.entries(t))
    if (v !== undefined) (out as Record<string, number | boolean>)[k] = v as number | boolean;
  if (out.bucketMs > out.windowMs)
    throw optionError(
      name('bucketMs'),
      `a number <= \`${name('windowMs')}\` (${out.windowMs})`,
      out.bucketMs,
    );
  return out;
}

/**
 * The old generation's use (bytes): `heapUsed` minus the young generation's spaces
 * (`new_space`, `new_large_object_space`) in `heapSpaces`; null when `heapSpaces` has no
 * `new_space` (a source without space statistics), whose floor stays heapUsed.
 */
export function oldGenerationUsed(
  heapUsed: number,
  heapSpaces: readonly HeapSpaceUsage[],
): number | null {
  let young = 0;
  let known = false;
  for (const s of heapSpaces)
    if (s.name === 'new_space') {
      known = true;
      young += s.used;
    } else if (s.name === 'new_large_object_space') young += s.used;
  // heapUsed and the spaces are two reads: what was allocated in between (a few hundred
  // bytes) counts in the young generation only, so the result is that much low; a scavenge in
  // between (rare) makes it high, which a bucket's minimum passes over
  return known ? Math.max(0, heapUsed - young) : null;
}

function median(values: number[]): number {
  values.sort((a, b) => a - b);
  const n = values.length;
  if (n === 0) return 0;
  const m = n >> 1;
  return n % 2 === 1
    ? (values[m] as number)
    : ((values[m - 1] as number) + (values[m] as number)) / 2;
}

/** Post-GC floor points kept beyond the window (the latest is the confirmation). */
const GC_KEEP = 16;

export class TrendDetector {
  readonly options: Readonly<Required<TrendOptions>>;
  // Bucket ring: parallel arrays indexed by bucket number modulo capacity.
  readonly #keys: Float64Array;
  readonly #times: Float64Array;
  readonly #floors: Float64Array;
  #lastKey = -Infinity;
  #lastTime = -Infinity;
  /** Bucket of the first sample: partial (sampling began mid-bucket), so never fitted. */
  #firstKey = NaN;
  #heapLimit = 0;
  #verdict: TrendVerdict;
  /** The caller says whether a major GC came since the last sample: see `add`. */
  #gcAware = false;
  /**
   * Floor read right after major GCs, one point per bucket (its lowest), the last GC_KEEP
   * whatever their age: V8's major GCs can be an hour apart.
   */
  #gc: { key: number; time: number; value: number }[] = [];
  #wantsCollection = false;

  /** Throws a TypeError (code LEAKGUARD_INVALID_OPTION) for a bad value or an unknown key. */
  constructor(options: TrendOptions = {}) {
    this.options = Object.freeze(resolveTrendOptions(options));
    const cap = Math.ceil(this.options.windowMs / this.options.bucketMs) + 2;
    this.#keys = new Float64Array(cap).fill(NaN);
    this.#times = new Float64Array(cap);
    this.#floors = new Float64Array(cap);
    this.#verdict = this.#empty('no data yet');
  }

  /**
   * Adds one sample: its time (ms), the memory it measures (bytes: the monitor passes the old
   * generation's use, or heapUsed from a source without space statistics), the same measure
   * read right after the last major GC (0 when none came since the previous sample) and the
   * heap limit (for time-to-limit). Both values must have one definition in every call, or the
   * floor jumps between buckets.
   *
   * `reportsGc`: the source tells when major GCs happen (a 0 `postGcUsed` means none came),
   * as NodeSampleSource does. Once it is true, or once a `postGcUsed` was given, a leak must be
   * confirmed by a read after a major GC (see the top of this file); until `clear()`.
   * Returns the updated verdict.
   */
  add(
    time: number,
    used: number,
    postGcUsed: number,
    heapLimit: number,
    reportsGc = false,
  ): TrendVerdict {
    const { bucketMs } = this.options;
    const cap = this.#keys.length;
    const key = Math.floor(time / bucketMs);
    const collected = postGcUsed > 0;
    if (reportsGc || collected) this.#gcAware = true;
    const floor = collected ? Math.min(used, postGcUsed) : used;
    const slot = ((key % cap) + cap) % cap;
    if (this.#keys[slot] !== key) {
      this.#keys[slot] = key;
      this.#floors[slot] = floor;
      this.#times[slot] = time;
    } else if (floor < (this.#floors[slot] as number)) {
      this.#floors[slot] = floor;
      this.#times[slot] = time;
    }
    if (collected) {
      const last = this.#gc.at(-1);
      if (last !== undefined && last.key === key) {
        if (floor < last.value) Object.assign(last, { time, value: floor });
      } else {
        this.#gc.push({ key, time, value: floor });
        if (this.#gc.length > GC_KEEP) this.#gc.shift();
      }
    }
    if (Number.isNaN(this.#firstKey)) this.#firstKey = key;
    if (time > this.#lastTime) this.#lastTime = time;
    // The fit uses completed buckets only, so it changes only when a bucket completes, the
    // limit moves or a major GC's read arrives: most samples cost a slot update and nothing else.
    if (key > this.#lastKey || heapLimit !== this.#heapLimit || collected) {
      if (key > this.#lastKey) this.#lastKey = key;
      this.#heapLimit = heapLimit;
      this.#verdict = this.#fit();
    }
    return this.#verdict;
  }

  get verdict(): TrendVerdict {
    return this.#verdict;
  }

  /**
   * True when the floor rises enough to call a leak but no read after a major GC confirms it,
   * or a called leak's floor has gone flat, and the last such read is at least `minSpanMs` old:
   * a full GC now would tell. The monitor
   * runs one (`collectToConfirm`); a detector of its own leaves that to its caller.
   */
  get wantsCollection(): boolean {
    return this.#wantsCollection;
  }

  clear(): void {
    this.#keys.fill(NaN);
    this.#lastKey = -Infinity;
    this.#lastTime = -Infinity;
    this.#firstKey = NaN;
    this.#gcAware = false;
    this.#gc = [];
    this.#wantsCollection = false;
    this.#verdict = this.#empty('no data yet');
  }

  #empty(reason: string, points = 0, spanMs = 0, floorBytes = 0): TrendVerdict {
    return {
      leakSuspected: false,
      growthBytesPerMin: 0,
      confidence: 0,
      timeToLimitMs: null,
      points,
      spanMs,
      floorBytes,
      confirmedGrowthBytesPerMin: null,
      awaitingConfirmation: false,
      reason,
    };
  }

  #fit(): TrendVerdict {
    this.#wantsCollection = false;
    const o = this.options;
    const oldest = this.#lastKey - Math.ceil(o.windowMs / o.bucketMs);
    const ts: number[] = [];
    const ys: number[] = [];
    const ks: number[] = [];
    for (let i = 0; i < this.#keys.length; i++) {
      const k = this.#keys[i] as number;
      // completed buckets inside the window only
      if (!(k >= oldest && k < this.#lastKey) || k === this.#firstKey) continue;
      ts.push(this.#times[i] as number);
      ys.push(this.#floors[i] as number);
      ks.push(k);
    }
    const n = ts.length;
    if (n < 2) return this.#empty('not enough floor points', n);
    const order = ts.map((_, i) => i).sort((a, b) => (ts[a] as number) - (ts[b] as number));
    const t = order.map((i) => ts[i] as number);
    const y = order.map((i) => ys[i] as number);
    const gcs = this.#gc;
    const aware = this.#gcAware;
    // A pair of floor points whose later one comes after a major GC that the earlier one did not
    // see compares a floor holding promoted garbage with one the GC emptied: it reads as
    // shrinking, and the drops of a sawtooth would hide a real leak's climb. Such pairs are left
    // out (pairs from a post-GC point, and pairs between the same two major GCs, stay).
    const collected = order.map((i) => aware && gcs.some((g) => g.key === ks[i]));
    const valid = (i: number, j: number): boolean =>
      !aware ||
      (collected[i] as boolean) ||
      !gcs.some((g) => g.time > (t[i] as number) && g.time <= (t[j] as number));
    const spanMs = (t[n - 1] as number) - (t[0] as number);
    const slopes: number[] = [];
    // pair agreement weighted by time apart: neighbours are noise-dominated, distant pairs
    // carry the trend
    let up = 0;
    let down = 0;
    let total = 0;
    for (let i = 0; i < n; i++)
      for (let j = i + 1; j < n; j++) {
        const dt = (t[j] as number) - (t[i] as number);
        if (dt <= 0 || !valid(i, j)) continue;
        const s = ((y[j] as number) - (y[i] as number)) / dt;
        slopes.push(s);
        total += dt;
        if (s > 0) up += dt;
        else if (s < 0) down += dt;
      }
    if (slopes.length === 0)
      return this.#empty(
        aware ? 'no two floor points between the same major GCs' : 'floor points share one time',
        n,
        spanMs,
      );
    const slope = median(slopes); // bytes per ms
    const intercept = median(y.map((v, i) => v - slope * (t[i] as number)));
    const residuals = y.map((v, i) => Math.abs(v - (intercept + slope * (t[i] as number))));
    const spread = 1.4826 * median(residuals);
    const rise = Math.abs(slope) * spanMs;
    const agreeing = slope >= 0 ? up : down;
    const agreement = total === 0 ? 0 : Math.max(0, (agreeing / total - 0.5) / 0.5);
    const fit = rise + 3 * spread === 0 ? 0 : rise / (rise + 3 * spread);
    const confidence = agreement * fit;
    const growthBytesPerMin = slope * 60_000;
    const lastT = t[n - 1] as number;
    const floorBytes = Math.max(0, intercept + slope * lastT);
    const limit = this.#heapLimit;
    const confirmed = aware ? this.#confirm() : null;
    let reason: string;
    let leak = false;
    const isConfirmed = confirmed !== null && confirmed >= o.minGrowthBytesPerMin;
    // A called leak whose floor stops climbing (but does not fall) stays called while a major
    // GC's reads still prove it: with a large young generation, what leaks reaches the old
    // generation in steps minutes apart, and the floor is flat in between. A full GC settles it
    // (wantsCollection, below): its read ends the leak when what survives stopped growing.
    let held = false;
    const floorGrows =
      spanMs >= o.minSpanMs && n >= o.minPoints && growthBytesPerMin >= o.minGrowthBytesPerMin;
    if (spanMs < o.minSpanMs)
      reason = `floor spans ${Math.round(spanMs / 1000)} s of ${Math.round(o.minSpanMs / 1000)} s needed`;
    else if (n < o.minPoints) reason = `${n} floor points of ${o.minPoints} needed`;
    else if (
      growthBytesPerMin < o.minGrowthBytesPerMin &&
      aware &&
      isConfirmed &&
      growthBytesPerMin >= 0 &&
      this.#verdict.leakSuspected
    ) {
      leak = true;
      held = true;
      reason =
        `heap floor flat for now (${fmtRate(growthBytesPerMin)}), but what survived the last ` +
        `major GC proves at least ${fmtRate(confirmed)}: a called leak ends when a major GC ` +
        'shows the growth stopped';
    } else if (growthBytesPerMin < o.minGrowthBytesPerMin)
      reason = `floor growth ${fmtRate(growthBytesPerMin)} is under ${fmtRate(o.minGrowthBytesPerMin)}`;
    else if (isConfirmed) {
      // A major GC decides, not the floor's shape: between major GCs promoted garbage climbs
      // like a leak, and each major GC's drop breaks the line of a real one
      leak = true;
      reason =
        `heap floor grows ${fmtRate(growthBytesPerMin)} (confidence ${confidence.toFixed(2)}), ` +
        `and what survived the last major GC proves at least ${fmtRate(confirmed)}`;
    } else if (confidence < o.minConfidence)
      reason = `floor growth ${fmtRate(growthBytesPerMin)} but confidence ${confidence.toFixed(2)} < ${o.minConfidence}`;
    else if (this.#gcAware)
      reason =
        `floor growth ${fmtRate(growthBytesPerMin)} (confidence ${confidence.toFixed(2)}) not ` +
        'confirmed by a major GC: ' +
        (confirmed === null
          ? 'no two reads after major GCs yet (the rise may be garbage a major GC removes)'
          : `what survived the last one proves only ${fmtRate(confirmed)}`);
    else {
      leak = true;
      reason = `heap floor grows ${fmtRate(growthBytesPerMin)} (confidence ${confidence.toFixed(2)})`;
    }
    // A confirmed leak grows at the rate what survives major GCs grows (the floor's slope also
    // counts promoted garbage, and is flat while a large young generation holds what leaks).
    const rate = leak && isConfirmed ? (confirmed as number) / 60_000 : slope; // bytes per ms
    const timeToLimitMs = rate > 0 && limit > 0 ? Math.max(0, (limit - floorBytes) / rate) : null;
    if (this.#gcAware) {
      // The floor climbs at the threshold rate: a read after a major GC tells whether that is
      // growth or garbage. The first one is the baseline (as soon as the climb shows, so the
      // second, minSpanMs later, can confirm), later ones confirm, or tell that a confirmed
      // leak has stopped. A read proves something only with another at least minSpanMs before
      // it: after the last one (a natural major GC can come just after the baseline), or, while
      // nothing is confirmed, after any.
      const now = this.#lastTime;
      const last = gcs.at(-1);
      this.#wantsCollection =
        (growthBytesPerMin >= o.minGrowthBytesPerMin || held) &&
        (last === undefined ||
          now - last.time >= o.minSpanMs ||
          (confirmed === null && (gcs[0] as { time: number }).time <= now - o.minSpanMs));
    }
    return {
      leakSuspected: leak,
      growthBytesPerMin,
      confidence,
      timeToLimitMs,
      points: n,
      spanMs,
      floorBytes,
      confirmedGrowthBytesPerMin: confirmed,
      // what a major GC would decide: the floor grows enough, what survives does not show it (yet)
      awaitingConfirmation: this.#gcAware && floorGrows && !isConfirmed,
      reason,
    };
  }

  /**
   * The growth (bytes per minute) of what survives major GCs: the latest read after one against
   * the latest earlier read at least `minSpanMs` before it; null when there is no such pair.
   * It stands until the next major GC, however old: V8's can be an hour apart on a large heap,
   * and a leak it proved should not be forgotten in between (the floor must still grow).
   *
   * Only post-GC reads are compared. A floor point between major GCs is no bound on what is
   * live: it leaves out the live objects still in the young generation, which V8's full GC
   * promotes (measured: a non-leaking process's first post-GC read came 4–5 MiB above floors
   * five minutes earlier, "proving" 0.8–0.9 MiB/min).
   */
  #confirm(): number | null {
    const gcs = this.#gc;
    const j = gcs.at(-1);
    if (j === undefined) return null;
    const before = j.time - this.options.minSpanMs;
    for (let k = gcs.length - 2; k >= 0; k--) {
      const i = gcs[k]!;
      if (i.time <= before) return ((j.value - i.value) / (j.time - i.time)) * 60_000;
    }
    return null;
  }
}

function fmtRate(bytesPerMin: number): string {
  return `${(bytesPerMin / 1048576).toFixed(2)} MiB/min`;
}
