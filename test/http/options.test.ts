/**
 * Option errors of createMonitoringHandler and leakguardFastify: token lists that cannot work,
 * and misspelt keys at every level, each named by its dotted path.
 */
import Fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { ConnectionManager } from '../../src/core/index.js';
import { MemoryMonitor } from '../../src/monitor/index.js';
import { createMonitoringHandler, leakguardFastify } from '../../src/http/index.js';
import { ADMIN, READ } from './helpers.js';

const manager = new ConnectionManager();
const monitor = new MemoryMonitor({ connections: manager });
afterEach(() => {
  monitor.stop();
});

const base = {
  monitor,
  manager,
  pools: false as const,
  auth: {
    tokens: [
      { token: READ, role: 'read' as const },
      { token: ADMIN, role: 'admin' as const },
    ],
  },
};
const make = (o: object) => () => createMonitoringHandler({ ...base, ...o } as never);

/** The error `fn` throws, checked to be an option error that never shows a token. */
function optionError(fn: () => unknown): Error & { code?: string } {
  try {
    fn();
  } catch (e) {
    const err = e as Error & { code?: string };
    expect(err).toBeInstanceOf(TypeError);
    expect(err.code).toBe('LEAKGUARD_INVALID_OPTION');
    expect(err.message).not.toContain(READ);
    expect(err.message).not.toContain(ADMIN);
    return err;
  }
  throw new Error('expected an option error');
}

describe('token lists that cannot work', () => {
  it('an empty auth.tokens is an error: the handler would refuse every request', () => {
    const e = optionError(make({ auth: { tokens: [] } }));
    expect(e.message).toBe(
      'Expected `auth.tokens` to list at least one token (with none, every request is refused; ' +
        '`auth.publicReads: true` opens reads without one), got an empty array',
    );
    expect(optionError(make({ auth: { tokens: [], publicReads: false } })).message).toMatch(
      /^Expected `auth\.tokens` to list at least one token/,
    );
    // with public reads an empty list is a working setup: open reads, no admin actions
    expect(make({ auth: { tokens: [], publicReads: true } })).not.toThrow();
  });

  it('a token no Authorization header can carry is an error: that token would be refused every time', () => {
    // a secret file read as it is ends with a line break; a space or a non-ASCII letter cannot
    // be sent after `Bearer ` either (the header is `Bearer <visible ASCII>`)
    for (const [token, what] of [
      [ADMIN + '\n', 'a line break'],
      [' ' + ADMIN, 'a space'],
      [ADMIN.replace('admin', 'ädmin'), 'a non-ASCII character'],
      [ADMIN.replace('-', '\t'), 'a tab'],
    ] as const) {
      const e = optionError(
        make({
          auth: {
            tokens: [
              { token: READ, role: 'read' },
              { token, role: 'admin' },
            ],
          },
        }),
      );
      expect(e.message, what).toBe(
        `Expected \`auth.tokens[1].token\` to be visible ASCII characters only (a bearer token ` +
          `cannot carry spaces, line breaks or other characters), got a string of ${token.length} ` +
          `characters with one that is not`,
      );
    }
    // every visible ASCII character is accepted (the header takes them)
    expect(
      make({
        auth: { tokens: [{ token: '!"#$%&()*+,./:;<=>?@[\\]^_`{|}~09AZaz', role: 'read' }] },
      }),
    ).not.toThrow();
  });

  it('a prefix or metrics path with a `.` or `..` segment is an error: no request would match it', () => {
    for (const [key, v] of [
      ['prefix', '/ops/../monitoring'],
      ['prefix', '/./monitoring'],
      ['prefix', '/monitoring/..'],
      ['metricsPath', '/ops/./metrics'],
    ] as const)
      expect(optionError(make({ [key]: v })).message, v).toBe(
        `Expected \`${key}\` to be a path without \`.\` or \`..\` segments, got \`"${v}"\` (string)`,
      );
    // dots inside a segment are fine
    expect(make({ prefix: '/ops.v1/..mon', metricsPath: '/m.txt' })).not.toThrow();
  });

  it('the same token twice is an error naming the second entry, whatever the roles', () => {
    const twice = (roles: ['read' | 'admin', 'read' | 'admin']) =>
      make({
        auth: {
          tokens: [
            { token: ADMIN, role: roles[0], name: 'ops' },
            { token: READ, role: 'read', name: 'grafana' },
            { token: ADMIN, role: roles[1], name: 'ci' },
          ],
        },
      });
    for (const roles of [
      ['admin', 'read'],
      ['read', 'admin'],
      ['admin', 'admin'],
    ] as const) {
      const e = optionError(twice([...roles]));
      expect(e.message, roles.join()).toBe(
        'Expected `auth.tokens[2].token` to be a token not listed before, got the same token as `auth.tokens[0]`',
      );
    }
  });
});

describe('unknown option keys', () => {
  const cases: [string, object, string][] = [
    ['top level', { prefx: '/ops' }, 'Unknown option `prefx`; did you mean `prefix`?'],
    ['top level, no near key', { colour: 'red' }, 'Unknown option `colour`'],
    [
      'top level, value undefined',
      { refreshMS: undefined },
      'Unknown option `refreshMS`; did you mean `refreshMs`?',
    ],
    [
      'auth',
      { auth: { ...base.auth, publicRead: true } },
      'Unknown option `auth.publicRead`; did you mean `auth.publicReads`?',
    ],
    [
      'a token entry',
      {
        auth: {
          tokens: [
            { token: READ, role: 'read' },
            { token: ADMIN, rol: 'admin' },
          ],
        },
      },
      'Unknown option `auth.tokens[1].rol`; did you mean `auth.tokens[1].role`?',
    ],
    [
      'adminRateLimit',
      { adminRateLimit: { points: 5, duration: 1000 } },
      'Unknown option `adminRateLimit.duration`; did you mean `adminRateLimit.durationMs`?',
    ],
    [
      'heapSnapshots',
      { heapSnapshots: { enable: true } },
      'Unknown option `heapSnapshots.enable`; did you mean `heapSnapshots.enabled`?',
    ],
  ];
  for (const [where, extra, message] of cases)
    it(`${where}: ${message}`, () => {
      expect(optionError(make(extra)).message).toBe(message);
    });

  it('an unknown key in auth or a token entry is not shown when it may be a token', () => {
    const e = optionError(make({ auth: { tokens: [{ token: READ, role: 'read', [ADMIN]: 1 }] } }));
    expect(e.message).toBe(
      'Unknown option in `auth.tokens[0]`: a key of 28 characters (not shown: it may be a token); the options are `token`, `role`, `name`',
    );
    const inAuth = optionError(make({ auth: { ...base.auth, [READ]: 'read' } }));
    expect(inAuth.message).toMatch(/^Unknown option in `auth`: a key of 27 characters/);
  });

  it('every documented key is accepted', () => {
    expect(
      make({
        sessions: { stats: () => ({}) },
        pools: { list: () => [] },
        auth: {
          tokens: [{ token: READ, role: 'read', name: 'r' }],
          publicReads: false,
          realm: 'x',
        },
        prefix: '/ops',
        metricsPath: '/m',
        defaultMetrics: false,
        logger: { info() {}, warn() {}, error() {} },
        maxBodyBytes: 100,
        adminRateLimit: { points: 1, durationMs: 1 },
        heapSnapshots: { enabled: false, dir: '/tmp', cooldownMs: 0 },
        dashboard: false,
        refreshMs: 1000,
        leakReport: false,
        clientAddress: () => undefined,
      }),
    ).not.toThrow();
  });

  it('clientAddress must be a function', () => {
    for (const v of ['x-forwarded-for', true, { trust: 1 }, null])
      expect(optionError(make({ clientAddress: v })).message, String(v)).toMatch(
        /^Expected `clientAddress` to be a function `\(req\) => string \| undefined`, got /,
      );
  });

  it('leakguardFastify refuses a misspelt option when the app starts', async () => {
    const app = Fastify();
    try {
      void app.register(leakguardFastify, { ...base, heapSnapshots: { cooldown: 5 } } as never);
      // ready() resolves to the app, a thenable: keep only what it failed with
      const failed = await app.ready().then(
        () => null,
        (e: unknown) => e as Error & { code?: string },
      );
      expect(failed?.message).toBe(
        'Unknown option `heapSnapshots.cooldown`; did you mean `heapSnapshots.cooldownMs`?',
      );
      expect(failed?.code).toBe('LEAKGUARD_INVALID_OPTION');
    } finally {
      await app.close().catch(() => {});
    }
  });
});
