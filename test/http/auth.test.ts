import http from 'node:http';
import net from 'node:net';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { createMonitoringHandler } from '../../src/http/index.js';
import { ADMIN, READ, adm, rawRequest, rd, startHarness, type Harness } from './helpers.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const READ_PATHS = [
  '/monitoring/memory',
  '/monitoring/memory-alerts',
  '/monitoring/memory/history',
  '/monitoring/connections',
  '/monitoring/pools',
  '/monitoring/leaks',
  '/metrics',
];
const ADMIN_PATHS = [
  '/monitoring/memory/cleanup',
  '/monitoring/admin/sample',
  '/monitoring/admin/report',
  '/monitoring/admin/gc',
  '/monitoring/admin/heap-snapshot',
  '/monitoring/admin/dispose-owner',
];

describe('authentication', () => {
  it('reads need a read token: missing → 401 with a challenge, wrong → 401 invalid_token', async () => {
    h = await startHarness();
    for (const p of READ_PATHS) {
      const none = await h.get(p);
      expect(none.status, p).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="leakguard"');
      expect(none.json.error.code).toBe('LEAKGUARD_HTTP_UNAUTHORIZED');
      const wrong = await h.get(p, { authorization: 'Bearer not-the-token-at-all-1234' });
      expect(wrong.status, p).toBe(401);
      expect(wrong.headers.get('www-authenticate')).toBe(
        'Bearer realm="leakguard", error="invalid_token"',
      );
      // a token that differs in the last character only is refused too
      const near = await h.get(p, { authorization: `Bearer ${READ.slice(0, -1)}X` });
      expect(near.status, p).toBe(401);
      expect((await h.get(p, rd)).status, p).toBe(200);
      expect((await h.get(p, adm)).status, p).toBe(200);
    }
  });

  it('refuses malformed authorization headers', async () => {
    h = await startHarness();
    for (const v of [READ, `Basic ${READ}`, 'Bearer', `Bearer ${READ} extra`, `Bearer  `]) {
      const r = await h.get('/monitoring/memory', { authorization: v });
      expect(r.status, v).toBe(401);
    }
    // the scheme is case-insensitive (RFC 7235)
    expect((await h.get('/monitoring/memory', { authorization: `bearer ${READ}` })).status).toBe(
      200,
    );
  });

  it('admin actions need an admin token: read → 403 insufficient_scope, none → 401', async () => {
    h = await startHarness({ adminRateLimit: { points: 100, durationMs: 60_000 } });
    for (const p of ADMIN_PATHS) {
      const none = await h.post(p, {});
      expect(none.status, p).toBe(401);
      expect(none.headers.get('www-authenticate')).toBe('Bearer realm="leakguard"');
      const reader = await h.post(p, {}, rd);
      expect(reader.status, p).toBe(403);
      expect(reader.headers.get('www-authenticate')).toContain('error="insufficient_scope"');
      expect(reader.json.error.code).toBe('LEAKGUARD_HTTP_FORBIDDEN');
    }
    const denied = h.logger.lines.filter((l) => l.obj.event === 'leakguard.admin.denied');
    expect(denied).toHaveLength(ADMIN_PATHS.length * 2);
    expect(JSON.stringify(h.logger.lines)).not.toContain(READ);
  });

  it('publicReads opens reads, not admin actions; a wrong token is still refused', async () => {
    h = await startHarness({
      auth: { tokens: [{ token: ADMIN, role: 'admin' }], publicReads: true },
    });
    for (const p of READ_PATHS) expect((await h.get(p)).status, p).toBe(200);
    expect(
      (await h.get('/monitoring/memory', { authorization: 'Bearer wrong-wrong-wrong-wrong' }))
        .status,
    ).toBe(401);
    expect((await h.post('/monitoring/admin/sample', {})).status).toBe(401);
    expect((await h.post('/monitoring/admin/sample', {}, adm)).status).toBe(200);
    expect((await h.get('/monitoring/auth')).json).toEqual({
      public_reads: true,
      authenticated: false,
      role: null,
    });
  });

  it('anonymous public reads never see owners', async () => {
    h = await startHarness({ auth: { tokens: [], publicReads: true } });
    h.manager.scope({ owner: 'player-77', service: 'chat' }).defer(() => {});
    const r = await h.get('/monitoring/connections');
    expect(r.status).toBe(200);
    expect(r.text).not.toContain('player-77');
    expect((await h.get('/monitoring/connections?owner=player-77')).status).toBe(403);
  });
});

describe('admin commands', () => {
  it('sample, report, gc, cleanup and dispose-owner work and are logged with who/what/when', async () => {
    h = await startHarness({ adminRateLimit: { points: 100, durationMs: 60_000 } });
    const s = h.manager.scope({ owner: 'player-9', service: 'chat' });
    s.defer(() => {});
    s.defer(() => {});
    let cleaned = 0;
    h.monitor.addCleaner('test', () => void cleaned++);

    const sample = await h.post('/monitoring/admin/sample', undefined, adm);
    expect(sample.status).toBe(200);
    expect(sample.json).toMatchObject({ action: 'sample', by: 'alice' });
    expect(sample.json.sample.rss_mb).toBeGreaterThan(1);

    const report = await h.post('/monitoring/admin/report', {}, adm);
    expect(report.json.memory.memory.rss_mb).toBeGreaterThan(1);
    expect(report.json.connections.stats.topOwners).toEqual([{ owner: 'player-9', count: 2 }]);

    const gc = await h.post('/monitoring/admin/gc', {}, adm);
    expect(gc.status).toBe(200);
    expect(gc.json.ran).toBe(true);
    expect(['expose-gc', 'v8-flag']).toContain(gc.json.method);
    expect(gc.json.how).toMatch(/expose-gc/);
    expect(globalThis).not.toHaveProperty(gc.json.method === 'v8-flag' ? 'gc' : 'nothing');

    const cleanup = await h.post('/monitoring/memory/cleanup', {}, adm);
    expect(cleanup.status).toBe(200);
    expect(cleanup.json.run).toMatchObject({ trigger: 'manual', reason: 'http', errors: 0 });
    expect(cleanup.json.run.cleaners.map((c: { name: string }) => c.name)).toEqual(['test']);
    expect(cleaned).toBe(1);

    const disp = await h.post('/monitoring/admin/dispose-owner', { owner: 'player-9' }, adm);
    expect(disp.json).toMatchObject({ owner: 'player-9', disposed: 2, kicked: false });
    expect(h.manager.stats().live).toBe(0);

    const audit = h.logger.lines.filter((l) => l.obj.event === 'leakguard.admin');
    expect(audit.map((l) => l.obj.action)).toEqual([
      'sample',
      'report',
      'gc',
      'cleanup',
      'dispose-owner',
    ]);
    for (const l of audit) {
      expect(l.level).toBe('info');
      expect(l.obj).toMatchObject({ who: 'alice', status: 200, ip: '127.0.0.1' });
      expect(Date.parse(l.obj.at as string)).toBeGreaterThan(Date.now() - 60_000);
    }
    expect(audit[4]?.obj.owner).toBe('player-9');
    expect(JSON.stringify(h.logger.lines)).not.toContain(ADMIN);
  });

  it('dispose-owner kicks the session when asked and validates its body', async () => {
    const kicks: unknown[] = [];
    h = await startHarness({
      sessions: {
        stats: () => ({ connected: 1, away: 0 }),
        kick: (id: string | number, reason?: string) => {
          kicks.push([id, reason]);
          return true;
        },
      },
    });
    h.manager.scope({ owner: 7 }).defer(() => {});
    const r = await h.post('/monitoring/admin/dispose-owner', { owner: 7, kick: true }, adm);
    expect(r.json).toMatchObject({ owner: 7, disposed: 1, kicked: true });
    expect(kicks).toEqual([[7, 'disposed by admin']]);
    for (const body of [
      {},
      { owner: '' },
      { owner: {} },
      { owner: 'x'.repeat(300) },
      { owner: 1, kick: 'yes' },
    ]) {
      const bad = await h.post('/monitoring/admin/dispose-owner', body, adm);
      expect(bad.status, JSON.stringify(body)).toBe(400);
      expect(bad.json.error.code).toBe('LEAKGUARD_HTTP_BAD_REQUEST');
    }
  });

  it('admin actions are rate-limited per token with Retry-After, and the refusal is logged', async () => {
    h = await startHarness({ adminRateLimit: { points: 2, durationMs: 60_000 } });
    expect((await h.post('/monitoring/admin/sample', {}, adm)).status).toBe(200);
    expect((await h.post('/monitoring/admin/sample', {}, adm)).status).toBe(200);
    const third = await h.post('/monitoring/admin/sample', {}, adm);
    expect(third.status).toBe(429);
    expect(Number(third.headers.get('retry-after'))).toBeGreaterThanOrEqual(29);
    expect(third.json.error.code).toBe('LEAKGUARD_HTTP_RATE_LIMITED');
    expect(
      h.logger.lines.some(
        (l) => l.obj.event === 'leakguard.admin.limited' && l.obj.who === 'alice',
      ),
    ).toBe(true);
    // reads are not limited
    expect((await h.get('/monitoring/memory', adm)).status).toBe(200);
  });

  it('heap snapshots are off unless enabled, then written once per cooldown', async () => {
    h = await startHarness();
    const off = await h.post('/monitoring/admin/heap-snapshot', {}, adm);
    expect(off.status).toBe(403);
    expect(off.json.error.code).toBe('LEAKGUARD_HTTP_DISABLED');
    await h.close();
    const { mkdtempSync, readdirSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = mkdtempSync(path.join(tmpdir(), 'lg-http-snap-'));
    try {
      h = await startHarness({ heapSnapshots: { enabled: true, dir, cooldownMs: 60_000 } });
      const first = await h.post('/monitoring/admin/heap-snapshot', {}, adm);
      expect(first.status).toBe(200);
      expect(first.json.snapshot.file).toMatch(/^leakguard-.*\.heapsnapshot$/);
      expect(first.json.snapshot).not.toHaveProperty('path');
      expect(first.text).not.toContain(dir);
      expect(readdirSync(dir)).toEqual([first.json.snapshot.file]);
      const second = await h.post('/monitoring/admin/heap-snapshot', {}, adm);
      expect(second.status).toBe(429);
      expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(50);
      expect(readdirSync(dir)).toHaveLength(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('bad input', () => {
  it('unknown path → 404, wrong method → 405 with Allow', async () => {
    h = await startHarness();
    for (const p of [
      '/monitoring/nope',
      '/monitoring/admin/nope',
      '/monitoring/memory/x',
      '/monitoring/admin',
    ]) {
      const r = await h.get(p, adm);
      expect(r.status, p).toBe(404);
      expect(r.json.error.code).toBe('LEAKGUARD_HTTP_NOT_FOUND');
    }
    for (const p of READ_PATHS) {
      const r = await h.post(p, {}, adm);
      expect(r.status, p).toBe(405);
      expect(r.headers.get('allow')).toBe('GET, HEAD');
    }
    for (const p of ADMIN_PATHS) {
      const r = await h.get(p, adm);
      expect(r.status, p).toBe(405);
      expect(r.headers.get('allow')).toBe('POST');
    }
    const del = await fetch(h.url + '/monitoring/', { method: 'DELETE' });
    expect(del.status).toBe(405);
    expect(del.headers.get('allow')).toBe('GET, HEAD');
  });

  it('HEAD is answered like GET, without a body; HEAD on an admin command is 405', async () => {
    h = await startHarness();
    const get = await fetch(h.url + '/monitoring/memory', { headers: adm });
    const head = await fetch(h.url + '/monitoring/memory', { method: 'HEAD', headers: adm });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    expect((await get.text()).length).toBeGreaterThan(0);
    const anon = await fetch(h.url + '/monitoring/memory', { method: 'HEAD' });
    expect(anon.status).toBe(401); // same auth as GET
    const admin = await fetch(h.url + '/monitoring/admin/gc', { method: 'HEAD', headers: adm });
    expect(admin.status).toBe(405);
    expect(admin.headers.get('allow')).toBe('POST');
  });

  it('bad JSON → 400, non-object body → 400, wrong type → 415', async () => {
    h = await startHarness({ adminRateLimit: { points: 100, durationMs: 60_000 } });
    const bad = await h.post('/monitoring/admin/sample', '{"owner":', adm);
    expect(bad.status).toBe(400);
    expect(bad.json.error).toEqual({
      code: 'LEAKGUARD_HTTP_BAD_JSON',
      message: 'The request body is not valid JSON',
    });
    for (const body of ['[1,2]', '"x"', '12', 'null']) {
      const r = await h.post('/monitoring/admin/sample', body, adm);
      expect(r.status, body).toBe(400);
      expect(r.json.error.message).toBe('Expected the body to be a JSON object');
    }
    const form = await h.post('/monitoring/admin/sample', 'a=1', {
      ...adm,
      'content-type': 'application/x-www-form-urlencoded',
    });
    expect(form.status).toBe(415);
  });

  it('bodies over 16 KiB → 413, by content-length and when streamed', async () => {
    h = await startHarness({ adminRateLimit: { points: 100, durationMs: 60_000 } });
    const big = JSON.stringify({ owner: 'x', pad: 'y'.repeat(17 * 1024) });
    const r = await h.post('/monitoring/admin/dispose-owner', big, adm);
    expect(r.status).toBe(413);
    expect(r.json.error.code).toBe('LEAKGUARD_HTTP_BODY_TOO_LARGE');
    expect(r.json.error.message).toBe('The request body is larger than 16384 bytes');
    // chunked: no content-length, the cap applies while reading
    const chunks = ['{"owner":"x","pad":"', 'z'.repeat(9000), 'z'.repeat(9000), '"}'];
    const raw = await rawRequest(
      h.url,
      `POST /monitoring/admin/dispose-owner HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${ADMIN}\r\n` +
        `Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n` +
        chunks.map((c) => `${c.length.toString(16)}\r\n${c}\r\n`).join('') +
        '0\r\n\r\n',
    );
    expect(raw).toMatch(/^HTTP\/1\.1 413 /);
    // exactly at the cap is fine
    const pad = 16384 - JSON.stringify({ owner: 'x', pad: '' }).length;
    const ok = await h.post(
      '/monitoring/admin/dispose-owner',
      JSON.stringify({ owner: 'x', pad: 'p'.repeat(pad) }),
      adm,
    );
    expect(ok.status).toBe(200);
  });

  it('a refusal before the body was read stops reading it: connection closed, not drained', async () => {
    h = await startHarness();
    const server = h.server;
    const auth = (t: string) => `Authorization: Bearer ${t}\r\n`;
    const head = (path: string, more: string) =>
      `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n${more}\r\n`;
    // the client keeps sending 32 MiB of a body announced as 1 GiB (or chunked, of no length);
    // Node drains an unread body for keep-alive, so without a close the server reads all of it
    const cases = [
      [
        'no token, content-length',
        head('/monitoring/admin/sample', 'Content-Length: 1073741824\r\n'),
        401,
      ],
      [
        'read token, chunked',
        head('/monitoring/admin/gc', `${auth(READ)}Transfer-Encoding: chunked\r\n`),
        403,
      ],
      [
        'wrong method, content-length',
        head('/monitoring/memory', `${auth(READ)}Content-Length: 1073741824\r\n`),
        405,
      ],
    ] as const;
    for (const [name, payload, status] of cases) {
      const r = await streamAfterHead(server, h.url, payload, 32 * 1048576);
      expect(r.response, name).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
      // what was in flight when the answer went out, not the 32 MiB sent
      expect(r.serverRead, name).toBeLessThan(4 * 1048576);
      expect(r.closedByServer, name).toBe(true);
      expect(r.response.toLowerCase(), name).toContain('connection: close');
    }
    // a refusal of a request without a body, or with a small one, keeps the connection: the
    // next request goes out on the same socket
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    try {
      for (const [i, body] of ['', '{"a":1}', '{"a":1}'].entries()) {
        const r = await new Promise<{ status?: number; reused: boolean }>((resolve, reject) => {
          const req = http.request(
            h!.url + '/monitoring/admin/sample',
            { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
            (res) => {
              res.resume();
              res.on('end', () => resolve({ status: res.statusCode, reused: req.reusedSocket }));
            },
          );
          req.on('error', reject);
          req.end(body);
        });
        expect(r.status, body).toBe(401);
        if (i > 0) expect(r.reused, body).toBe(true);
      }
    } finally {
      agent.destroy();
    }
  });

  it('never sends a stack trace or an internal path, even when a source throws', async () => {
    const manager = new ConnectionManager();
    const monitor = new MemoryMonitor({ connections: manager });
    h = await startHarness({
      pools: {
        list() {
          throw new Error(`boom at ${process.cwd()}/src/secret.ts:1:1`);
        },
      },
      leakReport: () => {
        throw new Error(`kaput in ${process.cwd()}/src/detect/finder.ts`);
      },
    });
    const r = await h.get('/monitoring/leaks', rd);
    expect(r.status).toBe(500);
    expect(r.json).toEqual({
      error: { code: 'LEAKGUARD_HTTP_INTERNAL', message: 'Internal error' },
    });
    expect(h.logger.lines.find((l) => l.level === 'error')?.obj.err).toContain('kaput');
    const pools = await h.get('/monitoring/pools', rd);
    expect(pools.status).toBe(200); // a failing registry lists nothing
    for (const p of [...READ_PATHS, '/monitoring/nope']) {
      const x = await h.get(p, adm);
      expect(x.text, p).not.toContain(process.cwd());
      expect(x.text, p).not.toMatch(/\n\s+at /);
    }
    monitor.dispose();
  });
});

describe('options', () => {
  const manager = new ConnectionManager();
  const monitor = new MemoryMonitor({ connections: manager });
  const base = { monitor, manager, auth: { tokens: [{ token: READ, role: 'read' as const }] } };
  const make = (o: object) => () => createMonitoringHandler({ ...base, ...o } as never);

  it('validates once with exact messages and never echoes a token', () => {
    expect(make({ prefix: 'monitoring' })).toThrow(
      'Expected `prefix` to be a path like `/monitoring` (no trailing slash), got `"monitoring"` (string)',
    );
    expect(make({ maxBodyBytes: -1 })).toThrow(
      'Expected `maxBodyBytes` to be a positive integer, got `-1` (number)',
    );
    expect(make({ auth: undefined })).toThrow(
      'Expected `auth` to be an object `{ tokens, publicReads? }`, got `undefined` (undefined)',
    );
    expect(make({ auth: { tokens: [{ token: 'short-secret', role: 'read' }] } })).toThrow(
      'Expected `auth.tokens[0].token` to be a string of at least 16 characters, got a string of 12 characters',
    );
    expect(make({ auth: { tokens: [{ token: READ, role: 'root' }] } })).toThrow(
      "Expected `auth.tokens[0].role` to be `'read'` or `'admin'`, got `\"root\"` (string)",
    );
    expect(make({ monitor: {} })).toThrow(/^Expected `monitor` to be an object with status\(\)/);
    expect(make({ metricsPath: '/monitoring/metrics' })).toThrow(
      'Expected `metricsPath` to be a path outside `prefix` (/monitoring), got `"/monitoring/metrics"` (string)',
    );
    expect(make({ adminRateLimit: { points: 0, durationMs: 1 } })).toThrow(
      'Expected `adminRateLimit.points` to be a positive integer, got `0` (number)',
    );
    // The message describes the token, never shows it.
    expect(make({ auth: { tokens: [{ token: 'tiny-secret', role: 'read' }] } })).toThrow(
      expect.objectContaining({
        name: 'TypeError',
        code: 'LEAKGUARD_INVALID_OPTION',
        message:
          'Expected `auth.tokens[0].token` to be a string of at least 16 characters, got a string of 11 characters',
      }),
    );
    expect(make({ metricsPath: false, prefix: '/m/' })).not.toThrow();
  });
});

/**
 * Sends `head`, then up to `total` bytes of body in 64 KiB writes (as chunks when the head says
 * chunked), as fast as the server takes them; stops when the server closes the connection.
 * Returns what the client received and how many bytes the server read on that connection.
 */
async function streamAfterHead(
  server: http.Server,
  url: string,
  head: string,
  total: number,
): Promise<{ response: string; serverRead: number; closedByServer: boolean }> {
  let serverSocket: net.Socket | undefined;
  const onConnection = (s: net.Socket) => void (serverSocket ??= s);
  server.on('connection', onConnection);
  const { port } = new URL(url);
  const s = net.connect(Number(port), '127.0.0.1');
  let response = '';
  let closed = false;
  s.setEncoding('latin1');
  s.on('data', (d: string) => (response += d));
  s.on('error', () => {}); // EPIPE / ECONNRESET once the server has closed
  const gone = new Promise<void>((r) => s.once('close', () => ((closed = true), r())));
  try {
    await once(s, 'connect');
    const chunked = /transfer-encoding: chunked/i.test(head);
    const piece = Buffer.alloc(65536, 0x20);
    const chunk = chunked
      ? Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')])
      : piece;
    s.write(head);
    for (let sent = 0; sent < total && !closed && !s.destroyed; sent += piece.length)
      if (!s.write(chunk))
        await new Promise<void>((r) => {
          const done = () => {
            s.off('drain', done);
            s.off('close', done);
            r();
          };
          s.on('drain', done);
          s.on('close', done);
        });
    // the server has had everything it was sent: give it a moment to close, else close here
    let gaveUp = false;
    const timer = setTimeout(() => ((gaveUp = true), s.destroy()), 1000);
    await gone;
    clearTimeout(timer);
    if (serverSocket === undefined) throw new Error('the server saw no connection');
    return { response, serverRead: serverSocket.bytesRead, closedByServer: !gaveUp };
  } finally {
    server.off('connection', onConnection);
    s.destroy();
  }
}
