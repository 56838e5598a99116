// For maintainers of the project pass (issue #16): every reason the pass cannot bound a
// function, up every chain of its callers, not only the first one `explainUnbounded` follows.
// A finding stays while any of them holds, so a change that takes one reason away drops only
// the findings whose every chain ends in that reason (candidates BN and TE each removed a
// reason that was the first one given and changed no finding: scan-corpus/fixes/README.md).
import type { Graph, Placed } from './project-graph.js';
import type { WhyStep } from './project-explain.js';
import { sitesReaching } from './project-sites.js';

/** A reason that keeps a function unbounded on its own (no caller to follow up). */
export type BlockReason = Exclude<
  WhyStep['reason'],
  'bounded' | 'callback of' | 'called from' | 'cycle' | 'deeper'
>;

/** A function of the program and one reason it is not bounded. */
export interface Blocker {
  readonly file: string;
  readonly start: number;
  readonly name: string | null;
  readonly reason: BlockReason;
}

/**
 * Every blocker of unit `g` and of the unbounded functions that call it, transitively (each
 * function once, so a cycle adds nothing of its own). Empty when `g` is bounded. At most
 * `limit` functions are visited; past that, `truncated` is set.
 */
export function blockersOf(
  files: readonly Placed[],
  gr: Graph,
  bounded: Uint8Array,
  g: number,
  limit = 5000,
): { blockers: Blocker[]; truncated: boolean } {
  const owner = new Int32Array(gr.total);
  for (let f = 0; f < files.length; f++) {
    const p = files[f]!;
    owner.fill(f, p.base, p.base + p.calls.units.length);
  }
  const blockers: Blocker[] = [];
  const seen = new Set<number>([g]);
  const queue = [g];
  let truncated = false;
  const follow = (unit: number): void => {
    if (seen.has(unit) || bounded[unit] === 1) return;
    if (seen.size >= limit) {
      truncated = true;
      return;
    }
    seen.add(unit);
    queue.push(unit);
  };
  for (let q = 0; q < queue.length; q++) {
    const cur = queue[q]!;
    if (bounded[cur] === 1) continue;
    const p = files[owner[cur]!]!;
    const u = p.calls.units[cur - p.base]!;
    const block = (reason: BlockReason): void => {
      blockers.push({ file: p.file, start: u.start, name: u.name, reason });
    };
    if (u.caller !== null) {
      const caller = u.caller === -1 ? -1 : p.base + u.caller;
      if (u.callerLoop) block('callback in a loop');
      else if (caller === -1 || bounded[caller] === 1) block('callback per event');
      else follow(caller);
      continue;
    }
    if (u.name === null) {
      block(u.perRun ? 'callback per event' : 'anonymous');
      continue;
    }
    // A function used as a value, or callable from outside, is reached that way: its lack of
    // counted calls is no reason of its own.
    const outside = p.library && u.api;
    if (outside) block('library export');
    if (gr.escaped[cur] === 1) block('used as a value');
    const sites = sitesReaching(gr, cur);
    if (sites.length === 0 && !outside && gr.escaped[cur] === 0) block('no calls');
    if (sites.some((s) => gr.siteLoop[s] === 1)) block('called in a loop');
    for (const s of sites) {
      const from = gr.siteFrom[s]!;
      if (from !== -1) follow(from);
    }
  }
  return { blockers, truncated };
}
