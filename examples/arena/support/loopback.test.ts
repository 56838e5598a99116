/**
 * The gate of the tests that need loopback addresses besides 127.0.0.1: a real bind says which
 * can be used; when one cannot, they fail on Linux and under CI, and are skipped elsewhere with
 * one line that says how to add the address.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { bindError, loopbackGate, needLoopbackAddresses } from './loopback.js';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('bindError', () => {
  it('127.0.0.1 binds; an address of no interface here does not (EADDRNOTAVAIL)', async () => {
    expect(await bindError('127.0.0.1')).toBeNull();
    // 192.0.2.0/24 is TEST-NET-1 (RFC 5737): documentation only, never a local address
    expect(await bindError('192.0.2.1')).toBe('EADDRNOTAVAIL');
  });

  it.runIf(process.platform === 'linux')('on Linux, every 127.x address binds', async () => {
    for (const a of ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.1.2.3'])
      expect(await bindError(a), a).toBeNull();
  });
});

describe('loopbackGate', () => {
  const what = 'the fleet rate-limit test';
  const none = new Map<string, string>();
  const missing = new Map([
    ['127.0.0.2', 'EADDRNOTAVAIL'],
    ['127.0.0.3', 'EADDRNOTAVAIL'],
  ]);

  it('every address bound: the tests run, wherever', () => {
    for (const platform of ['linux', 'darwin', 'win32'] as const)
      expect(loopbackGate(none, what, { platform, env: {} }).mode).toBe('run');
  });

  it('on Linux a missing address fails the tests, CI or not: it is always there', () => {
    for (const env of [{}, { CI: 'true' }]) {
      const g = loopbackGate(missing, what, { platform: 'linux', env });
      expect(g).toEqual({
        mode: 'fail',
        line:
          'cannot bind loopback address 127.0.0.2 (EADDRNOTAVAIL), 127.0.0.3 (EADDRNOTAVAIL), ' +
          'and on Linux every 127.x address is local: the fleet rate-limit test must run. ' +
          'Fix: bring up the loopback interface with 127.0.0.0/8 (ip addr add 127.0.0.1/8 dev lo)',
      });
    }
  });

  it('on macOS it skips, saying how to add the aliases; under CI it fails', () => {
    const skip = loopbackGate(missing, what, { platform: 'darwin', env: { CI: 'false' } });
    expect(skip).toEqual({
      mode: 'skip',
      line:
        '⚠ cannot bind loopback address 127.0.0.2 (EADDRNOTAVAIL), 127.0.0.3 (EADDRNOTAVAIL): ' +
        'SKIPPING the fleet rate-limit test. To run it: ' +
        'sudo ifconfig lo0 alias 127.0.0.2 up; sudo ifconfig lo0 alias 127.0.0.3 up',
    });
    const ci = loopbackGate(missing, what, { platform: 'darwin', env: { CI: 'true' } });
    expect(ci.mode).toBe('fail');
    expect(ci.mode === 'fail' && ci.line).toMatch(/, and CI=true: the fleet rate-limit test must/);
    expect(loopbackGate(missing, what, { platform: 'win32', env: {} }).mode).toBe('skip');
  });
});

describe('needLoopbackAddresses', () => {
  it('binds for real: an unbindable address skips with one warning line off Linux', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const t = await needLoopbackAddresses(['127.0.0.1', '192.0.2.1'], 'a test', {
      platform: 'darwin',
      env: {},
    });
    expect(t.gate.mode).toBe('skip');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0]?.[0]).toMatch(
      /^⚠ cannot bind loopback address 192\.0\.2\.1 \(EADDRNOTAVAIL\): SKIPPING a test\./,
    );
    const linux = await needLoopbackAddresses(['192.0.2.1'], 'a test', {
      platform: 'linux',
      env: {},
    });
    expect(linux.gate.mode).toBe('fail');
    expect(warn).toHaveBeenCalledTimes(1); // a failure says it in the test, not here
    const ok = await needLoopbackAddresses(['127.0.0.1'], 'a test', {
      platform: 'darwin',
      env: {},
    });
    expect(ok.gate.mode).toBe('run');
  });
});
