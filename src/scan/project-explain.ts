// Why a function is not bounded, for `scan({ why })` and maintainers (scripts/project-why.ts):
// the first reason up one chain of callers of the project pass's graph (project-graph.ts);
// project-blockers.ts collects every reason up every chain.
import type { Graph, Placed } from './project-graph.js';
import { sitesReaching } from './project-sites.js';

/** One step of why a function is not bounded (explainUnbounded): the function and the reason. */
export interface WhyStep {
  /** The file of the function, and its start offset in it. */
  readonly file: string;
  readonly start: number;
  /** What calls it by (`new:C` for a constructor), or null. */
  readonly name: string | null;
  readonly reason:
    | 'bounded'
    | 'callback per event'
    | 'callback in a loop'
    | 'callback of'
    | 'anonymous'
    | 'library export'
    | 'used as a value'
    | 'no calls'
    | 'called in a loop'
    | 'called from'
    | 'cycle'
    | 'deeper';
  /** For 'called in a loop': the function whose loop makes the call (none at top level). */
  readonly in?: { readonly file: string; readonly start: number; readonly name: string | null };
}

/**
 * Why unit `g` is not bounded, for a maintainer (`scripts/project-why.ts`): its own reason, and
 * for a callback or a function called from code that is not bounded either, the reasons up that
 * chain (at most `depth` more steps, then `deeper`; a function met again ends it as `cycle`).
 * The first of several reasons is given (a function used as a value may also lack callers).
 */
export function explainUnbounded(
  files: readonly Placed[],
  gr: Graph,
  bounded: Uint8Array,
  g: number,
  depth = 12,
): WhyStep[] {
  const bases = files.map((p) => p.base);
  const placedOf = (u: number): Placed => {
    let lo = 0;
    let hi = files.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bases[mid]! <= u) lo = mid;
      else hi = mid - 1;
    }
    return files[lo]!;
  };
  const out: WhyStep[] = [];
  const seen = new Set<number>();
  let cur = g;
  for (;;) {
    const p = placedOf(cur);
    const u = p.calls.units[cur - p.base]!;
    const step = (reason: WhyStep['reason']): WhyStep => ({
      file: p.file,
      start: u.start,
      name: u.name,
      reason,
    });
    // A function met again (calls in a cycle, none bounded), or a chain longer than asked for.
    if (seen.has(cur)) {
      out.push(step('cycle'));
      break;
    }
    if (out.length > depth) {
      out.push(step('deeper'));
      break;
    }
    seen.add(cur);
    if (bounded[cur] === 1) {
      out.push(step('bounded'));
      break;
    }
    if (u.caller !== null) {
      const caller = u.caller === -1 ? -1 : p.base + u.caller;
      if (u.callerLoop) {
        out.push(step('callback in a loop'));
        break;
      }
      if (caller === -1 || bounded[caller] === 1) {
        out.push(step('callback per event'));
        break;
      }
      out.push(step('callback of'));
      cur = caller;
      continue;
    }
    if (u.name === null) {
      // A registration's callback (`x.on(e, () => …)`) has no caller: it runs per event.
      out.push(step(u.perRun ? 'callback per event' : 'anonymous'));
      break;
    }
    if (p.library && u.api) {
      out.push(step('library export'));
      break;
    }
    if (gr.escaped[cur] === 1) {
      out.push(step('used as a value'));
      break;
    }
    const sites = sitesReaching(gr, cur);
    if (sites.length === 0) {
      out.push(step('no calls'));
      break;
    }
    const looped = sites.find((s) => gr.siteLoop[s] === 1);
    if (looped !== undefined) {
      const f = gr.siteFrom[looped]!;
      const at = f === -1 ? null : placedOf(f);
      const u = at === null ? null : at.calls.units[f - at.base]!;
      const loop = step('called in a loop');
      out.push(at && u ? { ...loop, in: { file: at.file, start: u.start, name: u.name } } : loop);
      break;
    }
    const from = sites.map((s) => gr.siteFrom[s]!).find((f) => f !== -1 && bounded[f] === 0);
    if (from === undefined) {
      out.push(step('bounded'));
      break;
    }
    out.push(step('called from'));
    cur = from;
  }
  return out;
}
