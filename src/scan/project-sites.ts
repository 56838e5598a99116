// The call sites of the project pass's graph by the group each reaches, built once per graph:
// `explain` (project-graph.ts) and `blockers` (project-blockers.ts) walk callers with it, once
// per finding with `scan({ why })`, so rebuilding it per finding cost time quadratic in the
// findings (about a second for a thousand of them on a 52,000-line project).
import type { Graph } from './project-graph.js';

const cache = new WeakMap<Graph, ReadonlyMap<number, readonly number[]>>();

/** Group → the sites whose calls reach it. */
export function sitesByGroup(gr: Graph): ReadonlyMap<number, readonly number[]> {
  let out = cache.get(gr);
  if (out !== undefined) return out;
  const m = new Map<number, number[]>();
  for (let s = 0; s < gr.siteFrom.length; s++)
    for (let i = gr.siteStart[s]!; i < gr.siteStart[s + 1]!; i++) {
      const k = gr.siteGroups[i]!;
      const l = m.get(k);
      if (l === undefined) m.set(k, [s]);
      else l.push(s);
    }
  cache.set(gr, (out = m));
  return out;
}
