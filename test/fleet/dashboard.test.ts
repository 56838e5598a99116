/**
 * The shipped Grafana dashboard's shape, without Grafana: its data source is a variable (so it
 * imports into any Grafana), it has the job and node selectors, every per-node query is
 * filtered by the node selector and every query by the job, fleet-wide and per-node panels
 * are both there, the alerts' series are shown, the shared session store's series have their
 * panels, and no two panels overlap on the grid. That every query returns data is
 * test/fleet/prometheus.test.ts, against a real Prometheus.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DASHBOARD, dashboardQueries, loadDashboard } from './dashboard.js';

interface GridPanel {
  id: number;
  type: string;
  title: string;
  gridPos: { x: number; y: number; w: number; h: number };
  datasource?: { uid?: string };
  targets?: { expr: string; datasource?: { uid?: string } }[];
}

const raw = JSON.parse(readFileSync(DASHBOARD, 'utf8')) as {
  uid: string;
  panels: GridPanel[];
  templating: { list: { name: string; type: string; multi?: boolean; includeAll?: boolean }[] };
};

describe('fleet/grafana/leakguard-fleet.json', () => {
  it('selects the data source, the job and the nodes through variables', () => {
    const vars = new Map(raw.templating.list.map((v) => [v.name, v]));
    expect(vars.get('datasource')?.type).toBe('datasource');
    expect(vars.get('job')?.type).toBe('query');
    expect(vars.get('instance')).toMatchObject({ type: 'query', multi: true, includeAll: true });
    for (const p of raw.panels.filter((p) => p.type !== 'row')) {
      expect(p.datasource?.uid, p.title).toBe('${datasource}');
      for (const t of p.targets ?? []) expect(t.datasource?.uid, p.title).toBe('${datasource}');
    }
  });

  it('filters every query by job, per-node panels by node, and shows the alerts', () => {
    const queries = dashboardQueries(loadDashboard());
    let perNode = 0;
    let fleet = 0;
    for (const q of queries.filter((q) => q.labelValues === undefined)) {
      expect(q.expr, q.where).toMatch(/job=~"\$job"/);
      if (q.expr.includes('instance=~"$instance"')) perNode++;
      else fleet++;
    }
    expect(perNode).toBeGreaterThanOrEqual(10);
    expect(fleet).toBeGreaterThanOrEqual(5);
    // below the "Per node" row, every query follows the node selector
    const rowY = raw.panels.find((p) => p.type === 'row' && p.title.startsWith('Per node'))?.gridPos
      .y;
    expect(rowY).toBeDefined();
    for (const p of raw.panels.filter((p) => p.type !== 'row' && p.gridPos.y > (rowY ?? 0)))
      for (const t of p.targets ?? []) expect(t.expr, p.title).toContain('instance=~"$instance"');
    expect(queries.some((q) => /^ALERTS\{alertname=~"Leakguard\.\*"/.test(q.expr))).toBe(true);
  });

  it('shows every series of the shared session store, per node, under its own row', () => {
    const rowY = raw.panels.find(
      (p) => p.type === 'row' && p.title.startsWith('Shared session store'),
    )?.gridPos.y;
    expect(rowY).toBeDefined();
    const below = raw.panels.filter((p) => p.type !== 'row' && p.gridPos.y > (rowY ?? 0));
    const exprs = below.flatMap((p) => (p.targets ?? []).map((t) => t.expr));
    // what src/http/metrics.ts exports for a SessionManager with a store
    for (const series of [
      'leakguard_fleet_store_up',
      'leakguard_fleet_store_state',
      'leakguard_fleet_commands_in_flight',
      'leakguard_fleet_commands_sent_total',
      'leakguard_fleet_commands_failed_total',
      'leakguard_fleet_commands_refused_total',
      'leakguard_fleet_store_reconnects_total',
      'leakguard_fleet_handoff_timeouts_total',
    ])
      expect(
        exprs.some((e) => e.includes(`${series}{`)),
        series,
      ).toBe(true);
    // counters are shown as rates or increases, never raw
    for (const e of exprs.filter((e) => /_total\{/.test(e)))
      expect(e).toMatch(/^(rate|increase)\(/);
  });

  it('has unique panel ids and no two panels overlap on the 24-column grid', () => {
    const ids = raw.panels.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const cells = new Map<string, string>();
    for (const p of raw.panels) {
      const { x, y, w, h } = p.gridPos;
      expect(x + w, p.title).toBeLessThanOrEqual(24);
      for (let i = x; i < x + w; i++)
        for (let j = y; j < y + h; j++) {
          const key = `${i},${j}`;
          expect(cells.get(key), `${p.title} overlaps`).toBeUndefined();
          cells.set(key, p.title);
        }
    }
  });
});
