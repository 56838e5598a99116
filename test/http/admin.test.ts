/**
 * Admin answers: the same path rule as the read endpoints.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectionManager } from '../../src/core/index.js';
import { adm, rd, startHarness, type Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const CWD = process.cwd();
const roomy = { adminRateLimit: { points: 100, durationMs: 60_000 } };

/** 6 listeners from one call site (threshold 5): the monitor raises a leak alert naming it. */
function leakySite(manager: ConnectionManager): void {
  const world = new EventEmitter();
  world.setMaxListeners(0);
  for (let i = 0; i < 6; i++)
    manager.scope({ service: 'chat', owner: 'p1' }).on(world, 't', () => {});
}

describe('admin answers never show an absolute path', () => {
  it('admin/report: alert messages, leak sites and stacks are relative like the reads', async () => {
    h = await startHarness(roomy);
    leakySite(h.manager);
    h.monitor.sample();
    // the monitor's own alert names the site with its absolute path: the premise of the test
    expect(JSON.stringify(h.monitor.alerts())).toContain(CWD);
    const r = await h.post('/monitoring/admin/report', {}, adm);
    expect(r.status).toBe(200);
    const leakAlert = r.json.alerts.find((a: { key: string }) =>
      a.key.startsWith('connections.leak'),
    );
    expect(leakAlert.message).toMatch(/from test\/http\/admin\.test\.ts:\d+:\d+/);
    expect(r.json.connections.top_sites[0].stack).toContain('test/http/admin.test.ts');
    expect(r.text).not.toContain(CWD);
    // the read endpoint shows the same alert the same way
    const read = await h.get('/monitoring/memory-alerts', rd);
    const readAlert = read.json.alerts.find((a: { key: string }) => a.key === leakAlert.key);
    expect(readAlert.message).toBe(leakAlert.message);
  });

  it('memory/cleanup: a cleaner error is relative, as in GET memory cleanup_stats', async () => {
    h = await startHarness(roomy);
    h.monitor.addCleaner('cache', () => {
      throw new Error(`cannot open ${CWD}/var/cache/index.db`);
    });
    const r = await h.post('/monitoring/memory/cleanup', {}, adm);
    expect(r.status).toBe(200);
    expect(r.json.run.errors).toBe(1);
    expect(r.json.run.cleaners[0].error).toBe('Error: cannot open var/cache/index.db');
    expect(r.text).not.toContain(CWD);
    const mem = await h.get('/monitoring/memory', adm);
    expect(mem.json.cleanup_stats.lastRun.cleaners[0].error).toBe(r.json.run.cleaners[0].error);
  });

  it('no admin action answers with an absolute path, whatever the sources hold', async () => {
    const secret = '/srv/secret-install/app';
    h = await startHarness({
      ...roomy,
      pools: {
        list: () => [{ id: 1, name: 'db', kind: 'resource', stats: { note: `${secret}/db.js` } }],
      },
      sessions: { stats: () => ({ sessions: 1 }), kick: () => false },
    });
    h.monitor.addCleaner('c', () => {
      throw new Error(`at ${secret}/lib/cleaner.js:3:9`);
    });
    leakySite(h.manager);
    h.monitor.sample();
    for (const action of ['sample', 'report', 'gc', 'dispose-owner', 'heap-snapshot']) {
      const r = await h.post(`/monitoring/admin/${action}`, { owner: 'p1' }, adm);
      expect(r.text, action).not.toContain(CWD);
      expect(r.text, action).not.toContain(secret);
    }
    const c = await h.post('/monitoring/memory/cleanup', {}, adm);
    expect(c.text).not.toContain(secret);
    expect(c.json.run.cleaners[0].error).toBe('Error: at …/lib/cleaner.js:3:9');
  });
});
