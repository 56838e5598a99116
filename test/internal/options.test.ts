import { describe, expect, it } from 'vitest';
import { checkKnownKeys, closestKey, unknownOptionError } from '../../src/internal/options.js';

describe('unknown option keys', () => {
  it('names the key with its path and the closest known key', () => {
    expect(() =>
      checkKnownKeys({ warn: 0.5 }, ['info', 'warning', 'critical'], 'thresholds'),
    ).toThrow('Unknown option `thresholds.warn`; did you mean `thresholds.warning`?');
    const e = unknownOptionError('', 'interval', ['minIntervalMs', 'maxIntervalMs', 'name']);
    expect(e).toBeInstanceOf(TypeError);
    expect((e as TypeError & { code: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    expect(e.message).toBe('Unknown option `interval`; did you mean `minIntervalMs`?');
  });

  it('suggests by edit distance, ignoring case, and not at all when nothing is close', () => {
    expect(closestKey('treshold', ['threshold', 'name'])).toBe('threshold');
    expect(closestKey('MAXSIZE', ['maxSize', 'min'])).toBe('maxSize');
    expect(closestKey('zzz', ['window', 'minSamples'])).toBeUndefined();
    expect(() => checkKnownKeys({ zzz: 1 }, ['window'])).toThrow(/^Unknown option `zzz`$/);
  });

  it('accepts known keys, checks keys holding undefined, and ignores non-objects', () => {
    expect(() => checkKnownKeys({ a: 1, b: undefined }, ['a', 'b'])).not.toThrow();
    expect(() => checkKnownKeys({ a: 1, c: undefined }, ['a', 'b'])).toThrow('`c`');
    expect(() => checkKnownKeys(undefined, ['a'])).not.toThrow();
    expect(() => checkKnownKeys(5, ['a'])).not.toThrow();
  });
});
