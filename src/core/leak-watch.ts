/**
 * The per-site leak watch of a ConnectionManager: its own concern, fed by the manager on every
 * track/untrack.
 *
 * Connections are grouped by a cheap fingerprint of their creation site (service, kind, event
 * or delay, receiver type, or the `site` the caller gave): no stack is captured per
 * connection. From 20 % of the threshold on, a sample of creations captures a short stack (a
 * string), so a report can name the real file:line. A site that passes its threshold is
 * reported, then again at every +50 %; one that falls well under it again (20 %) drops its
 * samples and re-arms. Disabled (threshold `false`/0 everywhere), `create` returns null and the
 * manager skips it: zero cost.
 */
import { ConnType, type Connection } from './connection.js';
import { captureStack, siteOf } from '../internal/site.js';

/** A site whose live connections passed the threshold. */
export interface LeakReport {
  /** The fingerprint connections are grouped by. */
  key: string;
  /** `file:line:column` of the most frequent sampled creation stack, or the fingerprint. */
  site: string;
  service: string | undefined;
  kind: string;
  description: string;
  count: number;
  threshold: number;
  /** The most frequent sampled creation stack (a few frames, as a string). */
  stack: string;
  /** Up to 8 distinct sampled stacks with how often each was seen. */
  stacks: { stack: string; count: number }[];
}

/** @internal What the watch keeps per site. */
export interface SiteStat {
  key: string;
  service: string | undefined;
  kind: string;
  description: string;
  count: number;
  threshold: number;
  nextWarn: number;
  sampleEvery: number;
  seen: number;
  /** stacks captured so far (capped: enough to name the site, no more cost after that) */
  samples: number;
  stacks: Map<string, number> | null;
}

const MAX_STACKS = 8;
const MAX_SAMPLES = 100;

export class LeakWatch {
  /** @internal sites with live connections (empty ones are deleted) */
  readonly sites = new Map<string, SiteStat>();
  readonly #threshold: number;
  readonly #thresholds: Record<string, number | false> | undefined;
  readonly #onSuspect: (report: LeakReport) => void;

  /** A watch, or null when no threshold (default or per service) is on. */
  static create(
    threshold: number,
    thresholds: Record<string, number | false> | undefined,
    onSuspect: (report: LeakReport) => void,
  ): LeakWatch | null {
    const on = threshold > 0 || Object.values(thresholds ?? {}).some((t) => t !== false && t > 0);
    return on ? new LeakWatch(threshold, thresholds, onSuspect) : null;
  }

  private constructor(
    threshold: number,
    thresholds: Record<string, number | false> | undefined,
    onSuspect: (report: LeakReport) => void,
  ) {
    this.#threshold = threshold;
    this.#thresholds = thresholds;
    this.#onSuspect = onSuspect;
  }

  /** Counts a connection that joined a scope of `svc`; may sample its stack and report. */
  watch(c: Connection, svc: string | undefined): void {
    const threshold =
      svc !== undefined && this.#thresholds?.[svc] !== undefined
        ? this.#thresholds[svc]
        : this.#threshold;
    if (threshold === false || threshold <= 0) return;
    const key = c.site ?? fingerprint(c, svc);
    let st = this.sites.get(key);
    if (st === undefined) {
      st = {
        key,
        service: svc,
        kind: c.kind,
        description: c.description,
        count: 0,
        threshold,
        nextWarn: threshold,
        // about a hundred samples between 20 % and 100 % of the threshold
        sampleEvery: Math.max(1, Math.floor((threshold * 0.8) / 100)),
        seen: 0,
        samples: 0,
        stacks: null,
      };
      this.sites.set(key, st);
    }
    c._siteStat = st;
    if (
      ++st.count >= threshold * 0.2 &&
      st.samples < MAX_SAMPLES &&
      st.seen++ % st.sampleEvery === 0
    ) {
      st.samples++;
      const stack = captureStack();
      if (c.site === undefined) c.site = siteOf(stack);
      const stacks = (st.stacks ??= new Map());
      const had = stacks.get(stack);
      if (had !== undefined) stacks.set(stack, had + 1);
      else if (stacks.size < MAX_STACKS) stacks.set(stack, 1);
    }
    if (st.count >= st.nextWarn) {
      st.nextWarn = Math.ceil(st.nextWarn * 1.5);
      this.#onSuspect(report(st));
    }
  }

  /** Uncounts a connection that left its scope (a no-op for one that was never counted). */
  forget(c: Connection): void {
    const st = c._siteStat as SiteStat | null;
    if (st !== null) {
      c._siteStat = null;
      if (--st.count === 0) this.sites.delete(st.key);
      else if (st.count < st.threshold * 0.2 && st.stacks !== null) {
        st.stacks = null; // well under the threshold again: drop the samples and re-arm
        st.samples = 0;
        st.nextWarn = st.threshold;
      }
    }
  }

  /** Sites with the most live connections, most first. */
  topSites(n: number): Omit<LeakReport, 'stacks'>[] {
    return [...this.sites.values()]
      .sort((a, b) => b.count - a.count)
      .slice(0, n)
      .map((s) => {
        const { stacks: _s, ...rest } = report(s);
        return rest;
      });
  }

  /** Sites currently at or above their threshold, most first. */
  suspects(): LeakReport[] {
    const out: LeakReport[] = [];
    for (const s of this.sites.values()) if (s.count >= s.threshold) out.push(report(s));
    return out.sort((a, b) => b.count - a.count);
  }
}

function ctorName(v: unknown): string {
  if (v === null || typeof v !== 'object') return typeof v;
  return (
    (Object.getPrototypeOf(v) as { constructor?: { name?: string } } | null)?.constructor?.name ||
    'Object'
  );
}

/** Cheap grouping key: no stack, a few property reads and one string. */
function fingerprint(c: Connection, svc: string | undefined): string {
  let what: string;
  switch (c._type) {
    case ConnType.EmitterOff:
    case ConnType.EmitterRemove:
    case ConnType.EventTarget:
    case ConnType.EventTargetCapture:
      what = `${String(c._event)}@${ctorName(c._target)}`;
      break;
    case ConnType.Timeout:
    case ConnType.Interval:
      what = `${c._type === ConnType.Timeout ? 'timeout' : 'interval'}:${String(c._event)}`;
      break;
    case ConnType.Signal:
      what = `signal:${(c._target as { name?: string }).name ?? '?'}`;
      break;
    case ConnType.Task:
    default:
      what =
        c._extra?.desc ??
        (typeof c._target === 'function'
          ? (c._target as { name?: string }).name || 'fn'
          : ctorName(c._target));
  }
  return `${svc ?? '-'}|${c.kind}|${what}`;
}

function report(s: SiteStat): LeakReport {
  const stacks = [...(s.stacks ?? [])]
    .sort((a, b) => b[1] - a[1])
    .map(([stack, count]) => ({ stack, count }));
  const stack = stacks[0]?.stack ?? '';
  return {
    key: s.key,
    site: stack ? siteOf(stack) : s.key,
    service: s.service,
    kind: s.kind,
    description: s.description,
    count: s.count,
    threshold: s.threshold,
    stack,
    stacks,
  };
}
