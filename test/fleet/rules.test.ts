/**
 * The Prometheus rules shipped in fleet/prometheus: `promtool check rules` accepts them,
 * `promtool test rules` runs their unit tests (test/fleet/leakguard.rules.test.yml: each alert
 * pending, firing and not firing), and — without promtool — every alert carries a severity, a
 * `for:` and a one-line runbook, and every series the rules (and the Grafana dashboard) read
 * is one a real /metrics exports.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ObjectPool } from '../../src/pool/index.js';
import { ROOT } from '../helpers/cached-build.js';
import { needTool } from '../helpers/tools.js';
import { rd, startHarness, type Harness } from '../http/helpers.js';
import { dashboardQueries, loadDashboard } from './dashboard.js';

const RULES = join(ROOT, 'fleet', 'prometheus', 'leakguard.rules.yml');
const RULE_TESTS = join(ROOT, 'test', 'fleet', 'leakguard.rules.test.yml');
const tool = needTool('promtool', 'the fleet rules checks (promtool check rules / test rules)');

function promtool(args: string[]): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    execFile(tool.path, args, { timeout: 30_000 }, (err, stdout, stderr) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, out: stdout + stderr });
    });
  });
}

/** The alert blocks of the rules file (text from one `- alert:` to the next). */
function alertBlocks(text: string): { name: string; body: string }[] {
  return text
    .split(/^ {6}- (?=alert:|record:)/m)
    .filter((b) => b.startsWith('alert:'))
    .map((b) => ({ name: /^alert: (\w+)/.exec(b)?.[1] ?? '?', body: b }));
}

/**
 * Names of series a PromQL text reads (ours and prom-client's); recorded series
 * (`instance:leakguard_rss_to_limit:ratio`) are not, their parts being followed by a colon.
 */
const seriesNames = (text: string): string[] =>
  text.match(/(?<![\w:])(?:leakguard|nodejs|process)_[a-z0-9_]+\b(?!:)/g) ?? [];

const rules = readFileSync(RULES, 'utf8');

describe('fleet/prometheus/leakguard.rules.yml', () => {
  tool.it('passes promtool check rules', async () => {
    const r = await promtool(['check', 'rules', RULES]);
    expect(r.out).toMatch(/SUCCESS: \d+ rules found/);
    expect(r.code).toBe(0);
  });

  tool.it('passes its unit tests (promtool test rules)', async () => {
    const r = await promtool(['test', 'rules', RULE_TESTS]);
    expect(r.out).toContain('SUCCESS');
    expect(r.code).toBe(0);
  });

  it('every alert has a severity, a for: and a one-line runbook, and has unit tests', () => {
    const alerts = alertBlocks(rules);
    expect(alerts.length).toBeGreaterThanOrEqual(10);
    const tests = readFileSync(RULE_TESTS, 'utf8');
    for (const a of alerts) {
      expect(a.body, a.name).toMatch(/^ {8}for: \d+[smh]$/m);
      expect(a.body, a.name).toMatch(/^ {10}severity: (warning|critical)$/m);
      expect(a.body, a.name).toMatch(/^ {10}runbook: (['"])[^\n]{40,}\1$/m);
      expect(a.body, a.name).toMatch(/First: /);
      // one test that expects it firing, one that expects nothing
      expect(tests, a.name).toMatch(new RegExp(`alertname: ${a.name}\\n\\s+exp_alerts: \\[\\]`));
      expect(tests, a.name).toMatch(
        new RegExp(`alertname: ${a.name}\\n\\s+exp_alerts:\\n\\s+- exp_labels:`),
      );
    }
    // what the issue asks the rules to cover
    for (const needed of [
      'process_resident_memory_bytes',
      'leakguard_memory_limit_bytes',
      'leakguard_heap_limit_bytes',
      'leakguard_trend_leak_suspected',
      'leakguard_leak_suspects',
      'leakguard_pool_leaks_total',
      'nodejs_eventloop_lag_p99_seconds',
      'leakguard_dropped_messages_total',
      'leakguard_fleet_store_up',
    ])
      expect(seriesNames(rules)).toContain(needed);
  });

  it('is in the npm package, with the dashboard (package.json "files")', async () => {
    const listed = await new Promise<string>((resolve, reject) =>
      execFile(
        process.platform === 'win32' ? 'npm.cmd' : 'npm',
        ['pack', '--dry-run', '--json', '--ignore-scripts'],
        { cwd: ROOT, timeout: 90_000, shell: process.platform === 'win32' },
        (err, stdout) => (err ? reject(err) : resolve(stdout)),
      ),
    );
    const files = (JSON.parse(listed) as { files: { path: string }[] }[])[0]?.files ?? [];
    const paths = files.map((f) => f.path);
    expect(paths).toContain('fleet/prometheus/leakguard.rules.yml');
    expect(paths).toContain('fleet/grafana/leakguard-fleet.json');
    // the rules' unit tests stay in the repository
    expect(paths.filter((p) => p.startsWith('test/'))).toEqual([]);
  }, 100_000);

  describe('reads only series /metrics exports', () => {
    let h: Harness | undefined;
    afterAll(() => h?.close());

    it('every series name in the rules and in the dashboard is in a real /metrics', async () => {
      h = await startHarness({
        sessions: {
          stats: () => ({
            connected: 1,
            away: 0,
            dropped: { total: 0, byReason: {} },
            // a SessionManager with a shared store (the fleet series exist only with one)
            fleet: { store: 'redis', state: 'connected', commands: {}, inFlight: 0, reconnects: 0 },
          }),
        },
      });
      const pool = new ObjectPool({ name: 'p', create: () => ({}), registry: h.pools });
      pool.release(pool.acquire());
      h.monitor.sample();
      const text = (await h.get('/metrics', rd)).text;
      const exported = new Set(
        [...text.matchAll(/^# TYPE (\w+) (\w+)$/gm)].flatMap((m) => {
          const [, name = '', type] = m;
          // histograms and summaries expose _bucket/_sum/_count series
          return type === 'histogram' || type === 'summary'
            ? [name, `${name}_bucket`, `${name}_sum`, `${name}_count`]
            : [name];
        }),
      );
      const used = new Set([
        ...seriesNames(rules),
        ...dashboardQueries(loadDashboard()).flatMap((q) => seriesNames(q.expr)),
      ]);
      expect(used.size).toBeGreaterThan(10);
      const missing = [...used].filter((n) => !exported.has(n));
      expect(missing).toEqual([]);
    });
  });
});
