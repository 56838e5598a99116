/**
 * The tracker: per creation site, the resources made there that are still alive.
 *
 * Cost model (the finder must keep ≥ 0.85× of an HTTP server's throughput):
 * - every instrumented call pays a group lookup and two counter updates: which calls are
 *   sampled is drawn ahead, as a geometric count of calls to skip (`Group.skip`), so a call
 *   that is not sampled draws no random number;
 * - a stack capture (several µs) happens only for sampled calls. Each *group* (kind ×
 *   receiver type × event) has a sampling probability p that starts at 1 and is lowered so
 *   the group spends at most `budget` captures per second. A tracked item carries the weight
 *   1/p it was sampled with, so a site's weighted live count is an unbiased estimate of its
 *   real live count (Horvitz–Thompson) whatever p was over time;
 * - liveness is not followed call by call: items hold weak references and are checked when a
 *   sample is taken (see liveness.ts). Removals through any path (off, removeAllListeners,
 *   once firing, clearTimeout, abort, a Signal connection disposed, the receiver being
 *   collected) are all seen that way.
 * - a site keeps at most `maxItemsPerSite` items; beyond that, half are dropped at random and
 *   the survivors' weights doubled (unbiased thinning), so memory stays bounded during a leak.
 */
import { resolve } from 'node:path';
import { captureSite, frameLocation } from './stack.js';
import type { Attribution, CaptureOptions, ResolvedSite } from './stack.js';
import { isAlive, ItemKind, makeLivenessCache } from './liveness.js';
import type { Item } from './liveness.js';

/** What kind of resource a site creates. */
export type ResourceKind =
  | 'listener'
  | 'event-target-listener'
  | 'timeout'
  | 'interval'
  | 'immediate'
  | 'socket'
  | 'websocket'
  | 'signal-listener'
  | 'rx-subscription';

/**
 * Kinds whose items live on a receiver (emitter, event target, Signal, observable): the sites
 * that count receivers (`Site.receivers`). Timers and sockets are roots themselves.
 */
const RECEIVER_KINDS: ReadonlySet<ResourceKind> = new Set<ResourceKind>([
  'listener',
  'event-target-listener',
  'signal-listener',
  'rx-subscription',
]);

/** A sampling stratum: all creations of one kind on one receiver type for one event. */
export interface Group {
  readonly kind: ResourceKind;
  readonly receiverType: string;
  readonly event: string | null;
  /** Calls since the last rate update. */
  calls: number;
  /** Captures since the last rate update. */
  captures: number;
  /** Current sampling probability, in (0, 1]. */
  p: number;
  /**
   * Calls until the next sampled one, the current included: drawn from the geometric
   * distribution of `p` (the number of Bernoulli(p) trials up to the first success), so
   * sampling call by call with probability p and counting down this number choose alike.
   * Redrawn whenever p changes (the distribution is memoryless, so that is exact).
   */
  skip: number;
}

/** Calls up to and including the next sampled one when each is sampled with probability p. */
export function drawSkip(p: number): number {
  if (p >= 1) return 1;
  // 1 - random() is in (0, 1]: log is finite and <= 0, so the result is >= 1
  return 1 + Math.floor(Math.log(1 - Math.random()) / Math.log1p(-p));
}

export interface Site {
  readonly id: string;
  readonly group: Group;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly attribution: Attribution;
  readonly stack: readonly string[];
  items: Item[];
  /**
   * Estimated live resources at the last sample. After a settled sample (a full GC ran just
   * before) this is exact up to sampling; between them it counts only what is known to be
   * alive without a GC (see `sampleAll`).
   */
  live: number;
  /** Tracked items counted in `live`. */
  liveItems: number;
  /** `liveItems` at the last settled sample (its `live` is the last of `values`). */
  settledItems: number;
  /** Settled sample times (ms since the tracker started) and values, oldest first. */
  times: number[];
  values: number[];
  /**
   * Listener sites, per settled sample (aligned with `values`): how many distinct receivers the
   * tracked live items are on, and the most tracked live items on one of them. A site whose
   * count grows while no receiver holds more of its listeners than before is *carried*: its
   * receivers accumulate, kept alive by something else (see `isCarried` in report.ts). Empty
   * for timers and sockets, which are roots themselves.
   */
  receivers: number[];
  perReceiver: number[];
  /** Under suspicion of growing: the finder settles at every sample while it rises. */
  followed: boolean;
  /**
   * At the last unsettled sample: the most live listeners this site has on one receiver that
   * is not known to have survived a GC (a new emitter collecting listeners looks like this).
   */
  crowd: number;
  /** A crowd already made the finder settle once since its last scheduled GC. */
  probed: boolean;
  /** Growth verdict cached for the settled sample at `verdictAt` (-1: none yet). */
  verdictAt: number;
  verdict: boolean;
  /** Estimated creations so far (weighted). */
  created: number;
}

/** A site's count at its last settled sample (0 before its first). */
export function settledLive(site: Site): number {
  return site.values.length === 0 ? 0 : site.values[site.values.length - 1]!;
}

export interface TrackerOptions extends CaptureOptions {
  /** Stack captures per group per second before sampling starts. */
  budget: number;
  /** Lowest sampling probability a group can reach. */
  minProbability: number;
  /** Items kept per site before unbiased thinning. */
  maxItemsPerSite: number;
  /** Samples kept per site (the sliding window of the trend test). */
  window: number;
  /** Sites kept at most; sites with nothing alive are evicted first. */
  maxSites: number;
}

type AnyFn = (...args: never[]) => unknown;

const MAX_EVENTS_PER_TYPE = 1000;

/**
 * The type a receiver is grouped and reported under when its constructor says nothing: the
 * plain objects mitt and nanoevents return (`Object`). Stands in for the constructor as the
 * key of the receiver's groups, so it must be one object per type.
 */
export interface ReceiverType {
  readonly name: string;
}

function typeName(receiver: unknown): string {
  if (receiver === null || typeof receiver !== 'object') return typeof receiver;
  const ctor = (receiver as { constructor?: { name?: unknown } }).constructor;
  return typeof ctor?.name === 'string' && ctor.name !== '' ? ctor.name : 'Object';
}

function eventName(event: unknown): string {
  return typeof event === 'symbol' ? event.toString() : String(event);
}

export class Tracker {
  readonly options: TrackerOptions;
  readonly sites = new Map<string, Site>();
  /**
   * Groups by kind (one field each: no lookup by kind per call), then constructor of the
   * receiver or resource (weakly), then event.
   */
  readonly #byCtor: Record<ResourceKind, WeakMap<object, Map<unknown, Group>>> = {
    listener: new WeakMap(),
    'event-target-listener': new WeakMap(),
    timeout: new WeakMap(),
    interval: new WeakMap(),
    immediate: new WeakMap(),
    socket: new WeakMap(),
    websocket: new WeakMap(),
    'signal-listener': new WeakMap(),
    'rx-subscription': new WeakMap(),
  };
  readonly #fixed = new Map<string, Group>();
  /** Per receiver-less kind: the constructor of the last resource without an event, its group. */
  readonly #lastResource: Partial<Record<ResourceKind, { ctor: unknown; g: Group }>> = {};
  readonly #noCtor = {};
  /** The group of the last Signal connection noted, by constructor and name. */
  #lastSignal: { ctor: unknown; event: unknown; g: Group } | null = null;
  /** Every group, for rate updates (groups are small and hold no receiver). */
  readonly #groups: Group[] = [];
  readonly startedAt = Date.now();
  #lastRateUpdate = Date.now();
  /** Stack captures made so far. */
  capturesTotal = 0;
  /** Instrumented calls counted by the rate updates so far (see `callsTotal`). */
  #callsBefore = 0;
  /** Receivers of listeners alive at a settled sample (so not garbage at that time). */
  readonly #survivors = new WeakSet<object>();

  constructor(options: TrackerOptions) {
    this.options = options;
  }

  /** Instrumented calls seen so far (counted per group on the hot path, summed here). */
  get callsTotal(): number {
    let n = this.#callsBefore;
    for (const g of this.#groups) n += g.calls;
    return n;
  }

  /**
   * The groups of one kind made on objects of `obj`'s constructor, by event. Keyed weakly by
   * the constructor: two map lookups when warm, no string built per call.
   */
  #eventsOf(kind: ResourceKind, obj: object, type?: ReceiverType): Map<unknown, Group> {
    const byCtor = this.#byCtor[kind];
    let ctor: object;
    if (type !== undefined) ctor = type;
    else {
      const ctorVal = (obj as { constructor?: unknown }).constructor;
      ctor = typeof ctorVal === 'function' ? ctorVal : this.#noCtor;
    }
    let byEvent = byCtor.get(ctor);
    if (byEvent === undefined) byCtor.set(ctor, (byEvent = new Map()));
    return byEvent;
  }

  /**
   * Group for a receiver-based creation (listeners), by receiver constructor and event, or by
   * `type` when given (receivers that are plain objects: mitt, nanoevents).
   */
  groupFor(kind: ResourceKind, receiver: object, event: unknown, type?: ReceiverType): Group {
    if (type !== undefined) return this.#groupFor(kind, receiver, event, type);
    if (kind === 'signal-listener') {
      // Connects come in runs on one Signal (or one name): the last group answers without the
      // two map lookups. Its constructor and name are kept strongly, which keeps nothing of
      // the app's alive (the next miss replaces them).
      const ctor = (receiver as { constructor?: unknown }).constructor;
      const last = this.#lastSignal;
      if (last !== null && last.ctor === ctor && last.event === event) return last.g;
      const g = this.#groupFor(kind, receiver, event);
      this.#lastSignal = { ctor, event, g };
      return g;
    }
    return this.#groupFor(kind, receiver, event);
  }

  #groupFor(kind: ResourceKind, receiver: object, event: unknown, type?: ReceiverType): Group {
    const byEvent = this.#eventsOf(kind, receiver, type);
    let g = byEvent.get(event);
    if (g === undefined) {
      const receiverType = type?.name ?? typeName(receiver);
      // Generated event names (`req:${id}`) would make one group each: past a bound they
      // share one overflow group per receiver type.
      if (byEvent.size >= MAX_EVENTS_PER_TYPE)
        return this.fixedGroup(kind, receiverType, '(many events)');
      g = {
        kind,
        receiverType,
        // A Signal's event is its name: an unnamed one has none, nor has an RxJS subscription
        // (an emitter's event is always a string or a symbol).
        event:
          event === null && (kind === 'signal-listener' || kind === 'rx-subscription')
            ? null
            : eventName(event),
        calls: 0,
        captures: 0,
        p: 1,
        skip: 1,
      };
      byEvent.set(event, g);
      this.#groups.push(g);
    }
    return g;
  }

  /** Group for a receiver-less creation (timers, sockets), by the resource's constructor. */
  resourceGroup(kind: ResourceKind, res: object, event: string | null): Group {
    // Timers and immediates are Node's own Timeout and Immediate: one constructor per kind,
    // so the last one's group answers without the two map lookups. Keeping that constructor
    // strongly keeps nothing of the app's alive (another one only replaces it).
    const ctor = (res as { constructor?: unknown }).constructor;
    const last = this.#lastResource[kind];
    if (event === null && last !== undefined && last.ctor === ctor) return last.g;
    const g = this.#resourceGroupSlow(kind, res, event);
    if (event === null && typeof ctor === 'function') this.#lastResource[kind] = { ctor, g };
    return g;
  }

  #resourceGroupSlow(kind: ResourceKind, res: object, event: string | null): Group {
    const byEvent = this.#eventsOf(kind, res);
    let g = byEvent.get(event);
    if (g === undefined) byEvent.set(event, (g = this.fixedGroup(kind, typeName(res), event)));
    return g;
  }

  /** Group for a receiver-less creation (timers, sockets). */
  fixedGroup(kind: ResourceKind, receiverType: string, event: string | null): Group {
    const key = `${kind}\0${receiverType}\0${event ?? ''}`;
    let g = this.#fixed.get(key);
    if (g === undefined) {
      g = { kind, receiverType, event, calls: 0, captures: 0, p: 1, skip: 1 };
      this.#fixed.set(key, g);
      this.#groups.push(g);
    }
    return g;
  }

  /**
   * Decides whether this creation is sampled; returns its weight (0 = not sampled). Must be
   * called once per creation, before `record`.
   */
  sample(g: Group): number {
    g.calls++;
    if (--g.skip > 0) return 0;
    const p = g.p;
    // Burst guard between rate updates: past the budget, halve p for the next calls.
    if (++g.captures > this.options.budget) {
      g.p = Math.max(this.options.minProbability, p / 2);
      g.captures = 0;
    }
    g.skip = drawSkip(g.p);
    return 1 / p;
  }

  /**
   * Records a sampled creation at its site: `at` when the caller knows it (accepted server
   * sockets are charged to their listen() call), else captured now.
   */
  record(g: Group, item: Item, above: AnyFn, at?: ResolvedSite): void {
    let cap: ResolvedSite | ReturnType<typeof captureSite> = at;
    if (cap === undefined) {
      cap = captureSite(above, this.options);
      this.capturesTotal++;
    }
    if (cap === undefined) return;
    const id = `${g.kind}\0${g.receiverType}\0${g.event ?? ''}\0${cap.key}`;
    let site = this.sites.get(id);
    if (site === undefined) {
      if (this.sites.size >= this.options.maxSites && !this.#evictOne()) return;
      const stack = typeof cap.stack === 'function' ? cap.stack() : cap.stack;
      // The short stack's first frame is the site as the user knows it (mapped to the
      // original source when a source map applies): report that position.
      const loc = stack[0] !== undefined ? frameLocation(stack[0]) : undefined;
      const shown =
        loc && !loc.file.startsWith('node:') && loc.file.includes('.') ? loc : undefined;
      site = {
        id,
        group: g,
        file: shown ? resolve(shown.file) : cap.file,
        line: shown ? shown.line : cap.line,
        column: shown ? shown.column : cap.column,
        attribution: cap.attribution,
        stack,
        items: [],
        live: 0,
        liveItems: 0,
        settledItems: 0,
        times: [],
        values: [],
        receivers: [],
        perReceiver: [],
        followed: false,
        crowd: 0,
        probed: false,
        verdictAt: -1,
        verdict: false,
        created: 0,
      };
      this.sites.set(id, site);
    }
    site.created += item.w;
    site.items.push(item);
    if (site.items.length > this.options.maxItemsPerSite) thin(site.items);
  }

  /** Recomputes every group's p from its call rate since the last update. */
  updateRates(now = Date.now()): void {
    const seconds = Math.max(0.001, (now - this.#lastRateUpdate) / 1000);
    this.#lastRateUpdate = now;
    const update = (g: Group): void => {
      const rate = g.calls / seconds;
      g.p =
        rate <= this.options.budget
          ? 1
          : Math.max(this.options.minProbability, this.options.budget / rate);
      this.#callsBefore += g.calls;
      g.calls = 0;
      g.captures = 0;
      g.skip = drawSkip(g.p);
    };
    for (const g of this.#groups) update(g);
  }

  /**
   * Checks every tracked item, drops the dead ones and recounts every site.
   *
   * A *settled* sample is one the caller took right after a full GC (or one taken with GC off,
   * when every sample is what there is): every item whose resource is still there counts, the
   * count is appended to the site's series (what the trend test reads), and the receivers of
   * live listeners are remembered as survivors of that collection.
   *
   * An unsettled sample needs no GC and appends nothing: it counts what is alive without
   * doubt (timers not cleared, sockets not destroyed, listeners still registered on a receiver
   * that survived the last settled sample; a Signal is the receiver of its connections, an
   * observable of its subscriptions). Listeners on receivers made since then are left out,
   * because the receiver may be garbage not yet collected; they are not dropped (`crowd` notes
   * how many of them one such receiver holds). So are RxJS subscriptions whose observable was
   * collected (whatever drives them holds them, a timer or a source upstream, or nothing: only
   * a GC tells); a settled sample counts them as it counts timers. The finder compares these
   * counts with the settled ones to decide when a GC is worth its cost.
   */
  sampleAll(now = Date.now(), settled = true): void {
    const t = now - this.startedAt;
    const cache = makeLivenessCache();
    const window = this.options.window;
    const survivors = this.#survivors;
    for (const site of this.sites.values()) {
      const items = site.items;
      let live = 0;
      let count = 0;
      let perRecv: Map<object, number> | null = null;
      let crowd = 0;
      for (let i = items.length - 1; i >= 0; i--) {
        const it = items[i]!;
        if (isAlive(it, cache)) {
          if (
            it.k === ItemKind.Timer ||
            it.k === ItemKind.Immediate ||
            it.k === ItemKind.Socket ||
            it.k === ItemKind.WebSocket
          ) {
            live += it.w;
            count++;
            continue;
          }
          const recv = it.ref.deref();
          if (recv === undefined) {
            if (settled && it.k === ItemKind.Rx) {
              live += it.w;
              count++;
            }
            continue;
          }
          // Tracked live items per receiver: at a settled sample of every receiver (for
          // `receivers`/`perReceiver`), at an unsettled one of those not yet known to survive
          // (for `crowd`; their items are left out of the count).
          const fresh = !settled && !survivors.has(recv);
          if (settled) survivors.add(recv);
          if (settled || fresh) {
            perRecv ??= new Map();
            const n = (perRecv.get(recv) ?? 0) + 1;
            perRecv.set(recv, n);
            if (n > crowd) crowd = n;
          }
          if (fresh) continue;
          live += it.w;
          count++;
        } else {
          items[i] = items[items.length - 1]!;
          items.pop();
        }
      }
      site.live = live;
      site.liveItems = count;
      if (!settled) {
        site.crowd = crowd;
        continue;
      }
      // Every live receiver survived this collection: none is a crowd of new ones.
      site.crowd = 0;
      site.settledItems = count;
      site.times.push(t);
      site.values.push(live);
      if (RECEIVER_KINDS.has(site.group.kind)) {
        site.receivers.push(perRecv?.size ?? 0);
        site.perReceiver.push(crowd);
      }
      if (site.times.length > window) {
        site.times.shift();
        site.values.shift();
        if (site.receivers.length > 0) {
          site.receivers.shift();
          site.perReceiver.shift();
        }
      }
    }
  }

  /** Evicts one site with nothing alive; false when every site is alive. */
  #evictOne(): boolean {
    for (const [id, s] of this.sites) {
      if (s.items.length === 0) {
        this.sites.delete(id);
        return true;
      }
    }
    return false;
  }
}

/** Keeps each item with probability 1/2 and doubles the survivors' weight. */
function thin(items: Item[]): void {
  let j = 0;
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (Math.random() < 0.5) {
      it.w *= 2;
      items[j++] = it;
    }
  }
  items.length = j;
}
