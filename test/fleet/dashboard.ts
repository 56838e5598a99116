/**
 * Reads the shipped Grafana dashboard (fleet/grafana/leakguard-fleet.json) for the fleet
 * tests: every query of its panels and template variables, and Grafana's substitution of
 * `$var` / `${var}` in them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/cached-build.js';

export const DASHBOARD = join(ROOT, 'fleet', 'grafana', 'leakguard-fleet.json');

interface Target {
  refId: string;
  expr: string;
}
interface Panel {
  title: string;
  type: string;
  targets?: Target[];
  panels?: Panel[];
}
interface Variable {
  name: string;
  type: string;
  query: string | { query: string };
}
export interface Dashboard {
  panels: Panel[];
  templating: { list: Variable[] };
}

export function loadDashboard(): Dashboard {
  return JSON.parse(readFileSync(DASHBOARD, 'utf8')) as Dashboard;
}

export interface Query {
  /** `panel title / refId`, or `variable <name>`. */
  where: string;
  expr: string;
  /** Set for template variables: `label_values(<selector>, <label>)` split up. */
  labelValues?: { selector: string; label: string };
}

/** Every PromQL query of the dashboard: panel targets (rows included) and variable queries. */
export function dashboardQueries(d: Dashboard): Query[] {
  const out: Query[] = [];
  const walk = (panels: Panel[]): void => {
    for (const p of panels) {
      for (const t of p.targets ?? []) out.push({ where: `${p.title} / ${t.refId}`, expr: t.expr });
      walk(p.panels ?? []);
    }
  };
  walk(d.panels);
  for (const v of d.templating.list) {
    if (v.type !== 'query') continue;
    const q = typeof v.query === 'string' ? v.query : v.query.query;
    const m = /^label_values\((.+),\s*(\w+)\)$/.exec(q);
    if (m === null) throw new Error(`variable ${v.name}: not label_values(…): ${q}`);
    out.push({
      where: `variable ${v.name}`,
      expr: q,
      labelValues: { selector: m[1] as string, label: m[2] as string },
    });
  }
  return out;
}

/** Grafana's substitution of `$name` and `${name}` (regex values, as multi-value variables). */
export function substitute(expr: string, vars: Record<string, string>): string {
  return expr.replace(/\$\{(\w+)\}|\$(\w+)/g, (whole, a?: string, b?: string) => {
    const v = vars[(a ?? b) as string];
    if (v === undefined) throw new Error(`no value for ${whole} in ${expr}`);
    return v;
  });
}
