/**
 * Admin answers: the same path rule as the read endpoints, a report whose sections fail alone,
 * and an audit log of refusals that names who was refused without ever holding a token.
 */
import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionManager } from '../../src/core/index.js';
import type { MemoryMonitor } from '../../src/monitor/index.js';
import type { MonitoringHandlerOptions } from '../../src/http/index.js';
import { ADMIN, READ, adm, rd, startHarness, type Harness } from './helpers.js';

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

  it('Windows paths (a drive, a UNC share) are cut like POSIX ones, in admin answers and reads', async () => {
    h = await startHarness(roomy);
    h.monitor.addCleaner('cache', () => {
      throw new Error(
        'cannot open C:\\srv\\arena\\config\\tokens.json, ' +
          'D:/games/arena/node_modules/ioredis/built/Redis.js:1:2 nor ' +
          '\\\\fileserver\\share\\arena\\saves\\slot.db',
      );
    });
    const r = await h.post('/monitoring/memory/cleanup', {}, adm);
    expect(r.status).toBe(200);
    const shown =
      'Error: cannot open …/config/tokens.json, node_modules/ioredis/built/Redis.js:1:2 nor …/saves/slot.db';
    expect(r.json.run.cleaners[0].error).toBe(shown);
    for (const t of ['C:', 'srv', 'games', 'fileserver', 'share'])
      expect(r.text, t).not.toContain(t);
    // a reader sees the same
    const mem = await h.get('/monitoring/memory', rd);
    expect(mem.json.cleanup_stats.lastRun.cleaners[0].error).toBe(shown);
    expect(mem.text).not.toContain('fileserver');
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

type Extra = (
  manager: ConnectionManager,
  monitor: MemoryMonitor,
) => Partial<MonitoringHandlerOptions>;
const boom = (what: string) => () => {
  throw new Error(`${what} is down at ${CWD}/src/secret.ts:1:1`);
};
/** The monitor with one method replaced (the rest keep working). */
const monitorWith = (monitor: MemoryMonitor, method: keyof MemoryMonitor, fn: () => never) =>
  new Proxy(monitor, {
    get: (t, k) => {
      if (k === method) return fn;
      const v = Reflect.get(t, k, t) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });
const managerWith = (
  manager: ConnectionManager,
  method: keyof ConnectionManager,
  fn: () => never,
) =>
  new Proxy(manager, {
    get: (t, k) => {
      if (k === method) return fn;
      const v = Reflect.get(t, k, t) as unknown;
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(t) : v;
    },
  });

describe('admin/report degrades section by section', () => {
  const SECTIONS = ['memory', 'alerts', 'connections', 'sessions', 'leaks', 'pools', 'snapshots'];

  const cases: [string, Extra, string[]][] = [
    ['pools.list()', () => ({ pools: { list: boom('pools') } }), ['pools']],
    [
      'sessions.stats()',
      () => ({ sessions: { stats: boom('sessions') } }),
      ['sessions'], // memory shows `sessions: null` as GET /memory does
    ],
    [
      'manager.stats()',
      (m) => ({ manager: managerWith(m, 'stats', boom('manager')) }),
      ['memory', 'connections'],
    ],
    [
      'manager.leakSuspects()',
      (m) => ({ manager: managerWith(m, 'leakSuspects', boom('manager')) }),
      ['leaks'],
    ],
    [
      'monitor.alerts()',
      (_m, mon) => ({ monitor: monitorWith(mon, 'alerts', boom('monitor')) }),
      ['memory', 'alerts', 'leaks'],
    ],
    [
      'monitor.snapshots()',
      (_m, mon) => ({ monitor: monitorWith(mon, 'snapshots', boom('monitor')) }),
      ['snapshots'],
    ],
    ['leakReport()', () => ({ leakReport: boom('finder') }), ['leaks']],
  ];

  for (const [source, extra, failed] of cases)
    it(`${source} throwing fails only ${failed.join(', ')}`, async () => {
      h = await startHarness((m, mon) => ({
        sessions: { stats: () => ({ sessions: 2, connected: 2 }) },
        ...roomy,
        ...extra(m, mon),
      }));
      const r = await h.post('/monitoring/admin/report', {}, adm);
      expect(r.status).toBe(200);
      expect(r.json.errors.map((e: { section: string }) => e.section).sort()).toEqual(
        [...failed].sort(),
      );
      for (const e of r.json.errors) expect(e).toEqual({ section: e.section, error: 'Error' });
      for (const s of SECTIONS)
        if (failed.includes(s)) expect(r.json[s], s).toBeNull();
        else expect(r.json[s], s).not.toBeNull();
      expect(r.json.timestamp).toEqual(expect.any(String));
      // the message stays in the server log (it may name internals), never in the answer
      expect(r.text).not.toContain('is down');
      const logged = h.logger.lines.filter((l) => l.obj.event === 'leakguard.admin.report_section');
      expect(logged.map((l) => l.obj.section).sort()).toEqual([...failed].sort());
      for (const l of logged) expect(l.obj.err).toContain('is down');
      // the action itself succeeded
      const audit = h.logger.lines.find((l) => l.obj.event === 'leakguard.admin');
      expect(audit?.obj.status).toBe(200);
    });

  it('a healthy report has every section and an empty errors list', async () => {
    h = await startHarness({ sessions: { stats: () => ({ sessions: 1, connected: 1 }) } });
    const r = await h.post('/monitoring/admin/report', {}, adm);
    expect(r.status).toBe(200);
    expect(r.json.errors).toEqual([]);
    for (const s of SECTIONS) expect(r.json[s], s).not.toBeNull();
    expect(r.json.sessions).toMatchObject({ sessions: 1, connected: 1 });
    expect(r.json.pools).toEqual([]);
  });
});

describe('audit log of refused admin actions', () => {
  it('an admin action refused for its body is audited with its status', async () => {
    h = await startHarness(roomy);
    const sent: [string, string, Record<string, string>, number][] = [
      ['sample', '{"owner":', {}, 400],
      ['dispose-owner', '[1]', {}, 400],
      ['sample', 'a=1', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
      ['dispose-owner', JSON.stringify({ owner: 'p1', pad: 'y'.repeat(17 * 1024) }), {}, 413],
      ['dispose-owner', JSON.stringify({ owner: 'p1' }), {}, 200],
    ];
    for (const [action, body, headers, status] of sent)
      expect(
        (await h.post(`/monitoring/admin/${action}`, body, { ...adm, ...headers })).status,
      ).toBe(status);
    const audit = h.logger.lines.filter((l) => l.obj.event === 'leakguard.admin');
    expect(audit.map((l) => [l.level, l.obj.who, l.obj.action, l.obj.status])).toEqual(
      sent.map(([action, , , status]) => ['info', 'alice', action, status]),
    );
    // the owner is recorded once the body was read as an object
    expect(audit.map((l) => l.obj.owner)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
      'p1',
    ]);
    for (const l of audit) expect(l.obj.durationMs).toEqual(expect.any(Number));
  });

  it('logs at most 20 refusals a minute, counts the rest and says how many at the next one', async () => {
    h = await startHarness(roomy);
    const events = () =>
      h!.logger.lines
        .map((l) => String(l.obj.event))
        .filter((e) => e.startsWith('leakguard.admin.denied'));
    // before: one warn line per refused attempt, from anyone who can reach the server
    for (let i = 0; i < 30; i++)
      expect((await h.post('/monitoring/admin/gc', {})).status).toBe(401);
    expect(events()).toEqual([
      ...Array<string>(20).fill('leakguard.admin.denied'),
      'leakguard.admin.denied.suppressing',
    ]);
    // a minute on: the count of what was not logged, then the refusal itself
    const now = performance.now();
    const spy = vi.spyOn(performance, 'now').mockImplementation(() => now + 61_000);
    try {
      expect((await h.post('/monitoring/admin/gc', {})).status).toBe(401);
    } finally {
      spy.mockRestore();
    }
    expect(events().slice(21)).toEqual([
      'leakguard.admin.denied.suppressed',
      'leakguard.admin.denied',
    ]);
    const summary = h.logger.lines.find((l) => l.obj.event === 'leakguard.admin.denied.suppressed');
    expect(summary?.level).toBe('warn');
    expect(summary?.obj).toMatchObject({ count: 10, windowMs: 60_000 });
  });

  it('names the refused token (its name and role), never the token itself', async () => {
    h = await startHarness(roomy);
    const reader = await h.post('/monitoring/admin/gc', {}, rd);
    expect(reader.status).toBe(403);
    const none = await h.post('/monitoring/admin/gc', {});
    expect(none.status).toBe(401);
    const wrong = await h.post('/monitoring/admin/gc', {}, { authorization: `Bearer ${READ}x` });
    expect(wrong.status).toBe(401);
    const denied = h.logger.lines.filter((l) => l.obj.event === 'leakguard.admin.denied');
    expect(denied.map((l) => l.level)).toEqual(['warn', 'warn', 'warn']);
    expect(denied[0]?.obj).toMatchObject({
      who: 'grafana',
      role: 'read',
      reason: 'insufficient',
      action: 'gc',
      ip: '127.0.0.1',
    });
    expect(denied[1]?.obj).toMatchObject({ who: 'anonymous', role: null, reason: 'missing' });
    expect(denied[2]?.obj).toMatchObject({ who: 'anonymous', role: null, reason: 'invalid' });
    const all = JSON.stringify(h.logger.lines);
    expect(all).not.toContain(READ);
    expect(all).not.toContain(ADMIN);
  });

  it('`ip` is the socket address by default, a forged x-forwarded-for is not believed', async () => {
    h = await startHarness({ adminRateLimit: { points: 1, durationMs: 60_000 } });
    const forged = { 'x-forwarded-for': '203.0.113.9' };
    expect((await h.post('/monitoring/admin/gc', {}, { ...rd, ...forged })).status).toBe(403);
    expect((await h.post('/monitoring/admin/sample', {}, { ...adm, ...forged })).status).toBe(200);
    expect((await h.post('/monitoring/admin/sample', {}, { ...adm, ...forged })).status).toBe(429);
    const events = ['leakguard.admin.denied', 'leakguard.admin', 'leakguard.admin.limited'];
    const logged = h.logger.lines.filter((l) => events.includes(l.obj.event as string));
    expect(logged.map((l) => l.obj.event)).toEqual(events);
    for (const l of logged) expect(l.obj.ip, String(l.obj.event)).toBe('127.0.0.1');
  });

  it('clientAddress gives `ip` (behind a proxy: the address it forwards), else the socket', async () => {
    // what an app behind its own proxy passes: the forwarded address, believed only with the
    // proxy's secret; '' or undefined (any other request) leaves the socket's address
    const seen: string[] = [];
    h = await startHarness({
      adminRateLimit: { points: 1, durationMs: 60_000 },
      clientAddress: (req) => {
        seen.push(req.url ?? '');
        const fwd = req.headers['x-forwarded-for'];
        if (req.headers['x-proxy-secret'] !== 'proxy-secret') return undefined;
        return typeof fwd === 'string' ? fwd : '';
      },
    });
    const viaProxy = { 'x-forwarded-for': '203.0.113.9', 'x-proxy-secret': 'proxy-secret' };
    expect((await h.post('/monitoring/admin/gc', {}, { ...rd, ...viaProxy })).status).toBe(403);
    expect((await h.post('/monitoring/admin/gc', {}, viaProxy)).status).toBe(401);
    expect((await h.post('/monitoring/admin/sample', {}, { ...adm, ...viaProxy })).status).toBe(
      200,
    );
    expect((await h.post('/monitoring/admin/sample', {}, { ...adm, ...viaProxy })).status).toBe(
      429,
    );
    // the header without the proxy's secret, and the secret with no address: the socket's
    const forged = { 'x-forwarded-for': '198.51.100.7' };
    expect((await h.post('/monitoring/admin/gc', {}, { ...rd, ...forged })).status).toBe(403);
    const empty = { 'x-proxy-secret': 'proxy-secret' };
    expect((await h.post('/monitoring/admin/gc', {}, { ...rd, ...empty })).status).toBe(403);
    const ips = h.logger.lines
      .filter((l) => String(l.obj.event).startsWith('leakguard.admin'))
      .map((l) => `${String(l.obj.event)} ${String(l.obj.ip)}`);
    expect(ips).toEqual([
      'leakguard.admin.denied 203.0.113.9',
      'leakguard.admin.denied 203.0.113.9',
      'leakguard.admin 203.0.113.9',
      'leakguard.admin.limited 203.0.113.9',
      'leakguard.admin.denied 127.0.0.1',
      'leakguard.admin.denied 127.0.0.1',
    ]);
    // asked once per admin request, not for reads
    expect((await h.get('/monitoring/memory', rd)).status).toBe(200);
    expect(seen).toHaveLength(6);
  });

  it('an unnamed token is named by its index; the default stderr log holds no secret either', async () => {
    const written: string[] = [];
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: unknown) => {
      written.push(String(chunk));
      return true;
    });
    try {
      h = await startHarness({
        ...roomy,
        logger: undefined, // the handler's own JSON lines on stderr
        auth: {
          tokens: [
            { token: ADMIN, role: 'admin' },
            { token: READ, role: 'read' },
          ],
        },
      });
      expect((await h.post('/monitoring/admin/sample', {}, rd)).status).toBe(403);
    } finally {
      spy.mockRestore();
    }
    const denied = written
      .flatMap((w) => w.split('\n'))
      .filter((l) => l.includes('leakguard.admin.denied'))
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(denied).toHaveLength(1);
    expect(denied[0]).toMatchObject({ level: 40, who: 'token#1', role: 'read', action: 'sample' });
    expect(written.join('')).not.toContain(READ);
  });
});
