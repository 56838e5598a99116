/**
 * The shipped rules and dashboard against a real Prometheus scraping a real fleet: three arena
 * nodes (examples/arena, child processes on free loopback ports, reads behind a read token),
 * one of them `--leaky` with bots churning fast enough to leak within seconds, and one of the
 * healthy two with a shared session store (`--redis-url` on a real redis-server started by
 * test/fleet/redis.ts: free loopback port, temporary directory, persistence off), so the
 * dashboard's session-store panels read real `leakguard_fleet_*` series. Prometheus
 * (Debian's /usr/bin/prometheus, found like promtool) runs on a free loopback port with a
 * temporary storage directory and a temporary config that scrapes the three nodes with the
 * read token and loads a copy of fleet/prometheus/leakguard.rules.yml.
 *
 * Test settings (not advice for production): scrape and rule evaluation every 2 s, and every
 * `for:` of the rules rewritten to 10 s in the temporary copy, so the alerts can fire within
 * the test; the rules themselves are unchanged. The leaky node runs the churn of
 * examples/arena/leaky.test.ts (16 bots acting every 60 ms, monitor sampling every 250 ms)
 * with 2 s trend buckets over 8 s (see CHURN). Bounded: the whole file targets ≤ 90 s (typically ~40 s on
 * an idle machine), with a 150 s ceiling on a loaded one; every process and directory it
 * makes is removed in afterAll.
 *
 * Through Prometheus's HTTP API it asserts that every target is up (the token works), that the
 * leak alerts fire for the leaky node and never even go pending for the healthy ones, and that
 * every query of the dashboard — panels and template variables, with the variables
 * substituted as Grafana would — returns data: for all nodes, for the leaky node alone, and
 * (the session-store panels) for the node with the store alone; the store panels are empty for
 * a node without a store (it exports no `leakguard_fleet_*` series). Needs prometheus and
 * redis-server (test/helpers/tools.ts).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import {
  cleanup as stopArenas,
  startArenaProcess,
  type ArenaProcess,
} from '../../examples/arena/support/harness.js';
import { ROOT } from '../helpers/cached-build.js';
import { needTool } from '../helpers/tools.js';
import { dashboardQueries, loadDashboard, substitute } from './dashboard.js';
import { stopChild } from '../helpers/stop.js';
import { startRedis, type RedisServer } from './redis.js';

const server = needTool('prometheus', 'the fleet dashboard test against a real Prometheus');
const redisTool = needTool('redis-server', 'the fleet dashboard test against a real Prometheus');
const gated = server.gate.mode === 'run' ? redisTool : server;

const READ_TOKEN = 'fleet-read-token-0123456789';
const JOB = 'leakguard-arena';
const TEST_FOR = '10s';
const LEAK_ALERTS = ['LeakguardLeakSuspectSites', 'LeakguardHeapLeakTrend'];

/**
 * The churn of examples/arena/leaky.test.ts (a leak-suspect site within seconds), with 2 s
 * trend buckets over 8 s instead of its 500 ms over 3 s: with those the verdict says "leak"
 * in about one sample of ten, which the rule tolerates (max_over_time) but which shows
 * little; with these it holds from ~15 s on.
 */
const CHURN = [
  '--bots',
  '16',
  '--bot-think-ms',
  '60',
  '--bot-stay-ms',
  '3000',
  '--tick-ms',
  '100',
  '--monitor-interval-ms',
  '250',
  '--monitor-min-interval-ms',
  '100',
  '--trend-bucket-ms',
  '2000',
  '--trend-span-ms',
  '8000',
  '--trend-min-growth',
  String(4 * 1024 * 1024),
  '--site-threshold',
  '300',
];
/** Healthy nodes: a few players, the default monitor (no trend verdict within the test). */
const HEALTHY = ['--bots', '4', '--bot-think-ms', '500'];
/** What the session-store panels read: only a node with a store exports these series. */
const isStoreQuery = (expr: string): boolean => expr.includes('leakguard_fleet_');
/**
 * Grafana's `$__rate_interval` with its default scrape-interval setting (15 s): 4 × 15 s. The
 * test scrapes every 2 s, so a minute holds ~30 samples even on a loaded machine.
 */
const RATE_INTERVAL = '1m';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

let dir = '';
let prom: ChildProcess | undefined;
let promLog = '';
let api = '';
let nodes: { leaky: ArenaProcess; healthy: ArenaProcess[]; store: ArenaProcess } | undefined;
let redis: RedisServer | undefined;
const instanceOf = (a: ArenaProcess) => `127.0.0.1:${a.port}`;

interface VectorResult {
  metric: Record<string, string>;
  value: [number, string];
}

async function query(expr: string): Promise<VectorResult[]> {
  const r = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(expr)}`);
  const body = (await r.json()) as { status: string; error?: string; data: { result: unknown } };
  if (body.status !== 'success') throw new Error(`${expr}: ${body.error ?? r.status}`);
  return body.data.result as VectorResult[];
}

async function labelValues(label: string, selector: string): Promise<string[]> {
  const r = await fetch(
    `${api}/api/v1/label/${label}/values?match[]=${encodeURIComponent(selector)}`,
  );
  const body = (await r.json()) as { status: string; data: string[] };
  expect(body.status).toBe('success');
  return body.data;
}

/**
 * Polls `check` every 250 ms until it returns true; fails with `what` after `ms`. (Each check
 * is one or two queries to the local Prometheus; polling every second spent ~0.5 s on average
 * after each condition came true, five times in the file.)
 */
async function until(what: string, ms: number, check: () => Promise<boolean>): Promise<void> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > end)
      throw new Error(
        `${what}: not within ${ms} ms\nprometheus log tail:\n${promLog.slice(-3000)}`,
      );
    await sleep(250);
  }
}

gated.describe('fleet dashboard and rules against a real Prometheus', () => {
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'lg-fleet-prom-'));
    redis = await startRedis(redisTool.path);
    const [leaky, plain, store] = await Promise.all([
      startArenaProcess([...CHURN, '--leaky', '--read-token', READ_TOKEN]),
      startArenaProcess([...HEALTHY, '--read-token', READ_TOKEN]),
      startArenaProcess([
        ...HEALTHY,
        '--read-token',
        READ_TOKEN,
        '--redis-url',
        redis.url,
        '--node-id',
        'store-node',
      ]),
    ]);
    nodes = {
      leaky: leaky as ArenaProcess,
      healthy: [plain as ArenaProcess, store as ArenaProcess],
      store: store as ArenaProcess,
    };

    // The shipped rules, with every `for:` shortened (test setting, see the top comment).
    const rules = readFileSync(join(ROOT, 'fleet', 'prometheus', 'leakguard.rules.yml'), 'utf8');
    const shortened = rules.replace(/^(\s+for: )\d+[smh]$/gm, `$1${TEST_FOR}`);
    expect(shortened.match(/^\s+for: /gm)?.length).toBe(rules.match(/^\s+for: /gm)?.length);
    writeFileSync(join(dir, 'leakguard.rules.yml'), shortened);
    writeFileSync(join(dir, 'read-token'), READ_TOKEN);
    const targets = [leaky, plain, store].map((a) => `'${instanceOf(a as ArenaProcess)}'`);
    writeFileSync(
      join(dir, 'prometheus.yml'),
      `global:
  scrape_interval: 2s
  scrape_timeout: 2s
  evaluation_interval: 2s
rule_files: [leakguard.rules.yml]
scrape_configs:
  - job_name: ${JOB}
    metrics_path: /metrics
    authorization:
      type: Bearer
      credentials_file: ${join(dir, 'read-token')}
    static_configs:
      - targets: [${targets.join(', ')}]
`,
    );
    const port = await freePort();
    api = `http://127.0.0.1:${port}`;
    prom = spawn(
      server.path,
      [
        `--config.file=${join(dir, 'prometheus.yml')}`,
        `--storage.tsdb.path=${join(dir, 'data')}`,
        `--web.listen-address=127.0.0.1:${port}`,
        '--log.level=warn',
      ],
      { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    prom.stdout?.on('data', (c: Buffer) => (promLog += c.toString()));
    prom.stderr?.on('data', (c: Buffer) => (promLog += c.toString()));
    await until('prometheus ready', 20_000, async () => (await fetch(`${api}/-/ready`)).ok);
  }, 60_000);

  afterAll(async () => {
    await stopChild(prom);
    await stopArenas();
    await redis?.dispose();
    if (dir !== '') rmSync(dir, { recursive: true, force: true });
  }, 30_000);

  gated.it(
    'scrapes three nodes with the read token; the leak alerts fire for the leaky node only; every dashboard query returns data',
    async () => {
      const { leaky, healthy, store } = nodes as NonNullable<typeof nodes>;
      const leakyInstance = instanceOf(leaky);
      // Reads need the token: without it the node answers 401, so `up` below proves the config.
      expect((await fetch(`${leaky.url}metrics`)).status).toBe(401);

      await until('all three targets up', 20_000, async () => {
        const up = await query(`up{job="${JOB}"} == 1`);
        return up.length === 3;
      });
      for (const name of LEAK_ALERTS)
        await until(`${name} firing for the leaky node`, 60_000, async () => {
          const r = await query(`ALERTS{alertname="${name}", alertstate="firing"}`);
          return r.some((s) => s.metric.instance === leakyInstance);
        });

      // Never pending nor firing for a healthy node, at any time of the run.
      const ever = await query(
        `count by (alertname, instance) (count_over_time(ALERTS{alertname=~"${LEAK_ALERTS.join('|')}"}[10m]))`,
      );
      expect(ever.map((s) => `${s.metric.alertname} ${s.metric.instance}`).sort()).toEqual(
        LEAK_ALERTS.map((a) => `${a} ${leakyInstance}`).sort(),
      );
      for (const h of healthy)
        expect(
          (await query(`leakguard_leak_suspects{instance="${instanceOf(h)}"}`))[0]?.value[1],
        ).toBe('0');

      // The node with the store is connected to Redis and has sent commands through it (its
      // presence heartbeat at least), so the store panels below show real traffic, not zeros.
      const storeInstance = instanceOf(store);
      await until('the store node connected to Redis and sending', 20_000, async () => {
        const sel = `{instance="${storeInstance}", store="redis"}`;
        const [up] = await query(`leakguard_fleet_store_up${sel}`);
        const [sent] = await query(`leakguard_fleet_commands_sent_total${sel}`);
        return up?.value[1] === '1' && Number(sent?.value[1]) > 0;
      });

      // Every query of the dashboard, with the variables as Grafana substitutes them: all
      // nodes (the `All` value is the variable's allValue, `.+`), the leaky node alone (every
      // query but the session store's: it has none, so those must be empty) and the node with
      // the store alone (the session store's queries).
      const queries = dashboardQueries(loadDashboard());
      expect(queries.length).toBeGreaterThan(20);
      const storeQueries = queries.filter((q) => isStoreQuery(q.expr));
      expect(storeQueries.length).toBeGreaterThanOrEqual(6);
      const alone = (a: ArenaProcess) => instanceOf(a).replaceAll('.', '\\\\.');
      const empty: string[] = [];
      const unexpected: string[] = [];
      for (const [instance, which] of [
        ['.+', 'all'],
        [alone(leaky), 'no store'],
        [alone(store), 'store'],
      ] as const) {
        const vars = { job: JOB, instance, __rate_interval: RATE_INTERVAL };
        for (const q of queries) {
          if (which === 'store' && !isStoreQuery(q.expr)) continue;
          if (q.labelValues !== undefined) {
            const values = await labelValues(
              q.labelValues.label,
              substitute(q.labelValues.selector, vars),
            );
            const want =
              q.labelValues.label === 'instance' ? [leaky, ...healthy].map(instanceOf) : [JOB];
            expect(values.sort(), q.where).toEqual(want.sort());
            continue;
          }
          const expr = substitute(q.expr, vars);
          const got = (await query(expr)).length > 0;
          if (which === 'no store' && isStoreQuery(q.expr)) {
            if (got) unexpected.push(`${q.where} (instance=${instance}): ${expr}`);
          } else if (!got) empty.push(`${q.where} (instance=${instance}): ${expr}`);
        }
      }
      expect(empty).toEqual([]);
      expect(unexpected).toEqual([]);
    },
    120_000,
  );
});
