/**
 * Several workers on one host (Node `cluster`), as docs/fleet.md recommends: each worker
 * serves /metrics on a port of its own and is one scrape target. A real cluster of 2 workers
 * (test/fleet/fixtures/cluster-app.mjs, a child process running the plain-JavaScript build)
 * is scraped: each worker's exposition passes `promtool check metrics` and has no duplicate
 * series, each reports its own process (worker i holds 3 × (i + 1) connections), and the two
 * together, labelled by target as Prometheus does, have no duplicate series either. The
 * shared app port shows why /metrics must not be scraped there: consecutive connections are
 * answered by different workers, so one target would mix two processes' counters.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, buildSrc } from '../helpers/cached-build.js';
import { needTool } from '../helpers/tools.js';
import { stopChild } from '../helpers/stop.js';

const promtool = needTool('promtool', 'the cluster /metrics format check (promtool check metrics)');
const TOKEN = 'cluster-read-token-0123456789';
const auth = { authorization: `Bearer ${TOKEN}` };

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

/** GET on a fresh connection (no keep-alive: the cluster hands each connection to a worker). */
function get(port: number, path: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${path}: no answer within 10 s`)));
  });
}

function checkMetrics(text: string): Promise<{ code: number; out: string }> {
  return new Promise((resolve, reject) => {
    const p = execFile(promtool.path, ['check', 'metrics'], { timeout: 30_000 }, (err, o, e) => {
      if (err && typeof err.code !== 'number') return reject(err);
      resolve({ code: err ? (err.code as number) : 0, out: o + e });
    });
    p.stdin?.end(text);
  });
}

/** Series keys (`name{labels}`) of an exposition, duplicates kept. */
const seriesOf = (text: string): string[] =>
  text
    .split('\n')
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => l.slice(0, l.lastIndexOf(' ')));

/** What Prometheus stores: each series with its target's `instance` label added. */
const withInstance = (key: string, instance: string): string => {
  const brace = key.indexOf('{');
  return brace === -1
    ? `${key}{instance="${instance}"}`
    : `${key.slice(0, brace)}{instance="${instance}",${key.slice(brace + 1)}`;
};

const value = (text: string, name: string): number | undefined => {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line === undefined ? undefined : Number(line.slice(name.length + 1));
};

let child: ChildProcess | undefined;
let out = '';
let ports: { app: number; metrics: number[] } = { app: 0, metrics: [] };

describe('a cluster of 2 workers: one /metrics per worker', () => {
  beforeAll(async () => {
    const src = buildSrc(['core', 'internal', 'monitor', 'pool', 'detect', 'http']);
    const app = await freePort();
    child = spawn(process.execPath, [join(ROOT, 'test', 'fleet', 'fixtures', 'cluster-app.mjs')], {
      env: {
        ...process.env,
        LEAKGUARD_SRC: src,
        APP_PORT: String(app),
        METRICS_PORT_BASE: '0',
        READ_TOKEN: TOKEN,
        WORKERS: '2',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    const end = Date.now() + 20_000;
    while (!/^ready /m.test(out)) {
      if (child.exitCode !== null || Date.now() > end)
        throw new Error(`the cluster did not start:\n${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    ports = JSON.parse(/^ready (.*)$/m.exec(out)?.[1] ?? '{}') as typeof ports;
  }, 40_000);

  afterAll(async () => {
    await stopChild(child);
  }, 20_000);

  it('each worker reports itself on its own port, without duplicate series', async () => {
    expect(ports.metrics).toHaveLength(2);
    expect(new Set(ports.metrics).size).toBe(2);
    const texts: string[] = [];
    for (const port of ports.metrics) {
      expect((await get(port, '/metrics')).status).toBe(401); // the read token is needed
      const r = await get(port, '/metrics', auth);
      expect(r.status).toBe(200);
      texts.push(r.text);
      const series = seriesOf(r.text);
      expect(series.length).toBeGreaterThan(50);
      expect(series.length - new Set(series).size).toBe(0);
    }
    // Worker i holds 3 × (i + 1) connections: each port is one process, always the same one.
    expect(texts.map((t) => value(t, 'leakguard_connections_created_total'))).toEqual([3, 6]);
    // The two targets as Prometheus stores them: no series twice.
    const all = texts.flatMap((t, i) =>
      seriesOf(t).map((k) => withInstance(k, `127.0.0.1:${ports.metrics[i]}`)),
    );
    expect(all.length - new Set(all).size).toBe(0);
  });

  promtool.it("each worker's /metrics passes promtool check metrics", async () => {
    for (const port of ports.metrics) {
      const check = await checkMetrics((await get(port, '/metrics', auth)).text);
      expect(check.out).toBe('');
      expect(check.code).toBe(0);
    }
  });

  it('the shared app port is answered by both workers: /metrics there would mix them', async () => {
    const seen = new Set<number | undefined>();
    for (let i = 0; i < 20 && seen.size < 2; i++) {
      const r = await get(ports.app, '/metrics', auth);
      expect(r.status).toBe(200);
      seen.add(value(r.text, 'leakguard_connections_created_total'));
    }
    expect([...seen].sort()).toEqual([3, 6]);
  });
});
