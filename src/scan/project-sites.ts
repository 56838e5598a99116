// The call sites of the project pass's graph by the group each reaches, built once per graph:
// `explain` (project-graph.ts) and `blockers` (project-blockers.ts) walk callers with it, once
// per finding with `scan({ why })`, so rebuilding it per finding cost time quadratic in the
// findings (about a second for a thousand of them on a 52,000-line project).
import type { Graph } from './project-graph.js';

/** A function is in at most three groups of names besides its own: by name, `x.m()`, overrides. */
export const UNIT_GROUPS = 3;

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

/** The call sites that reach unit `g`: through its own group and its groups of names. */
export function sitesReaching(gr: Graph, g: number): number[] {
  const sitesOf = sitesByGroup(gr);
  const sites: number[] = [...(sitesOf.get(g) ?? [])];
  for (let k = g * UNIT_GROUPS; k < (g + 1) * UNIT_GROUPS; k++) {
    const x = gr.unitGroups[k]!;
    if (x !== -1) sites.push(...(sitesOf.get(x) ?? []));
  }
  return sites;
}
