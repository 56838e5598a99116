import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { misspeltVariables, readRegisterConfig } from '../../src/detect/env.js';
import { buildSources } from './support/build.js';

describe('LEAKGUARD_* variables spelt almost like one the finder reads', () => {
  it('are named with the variable meant, and still ignored', () => {
    const env = {
      LEAKGUARD_SAMPLE_INTERVALS: '1s', // a plural
      LEAKGUARD_SAMPEL_INTERVAL: '1s', // two letters swapped
      LEAKGUARD_hEAP: '1', // case
      LEAKGUARD_QUIET: '1', // a real one
      LEAKGUARD_JSON_REPORT: 'x.json', // the project's own setting, far from every finder variable
      LEAKGUARD_ADMIN_TOKEN: 't',
    };
    expect(misspeltVariables(env)).toEqual([
      '[leakguard] LEAKGUARD_SAMPLE_INTERVALS is not a leakguard variable and is ignored; did you mean LEAKGUARD_SAMPLE_INTERVAL?',
      '[leakguard] LEAKGUARD_SAMPEL_INTERVAL is not a leakguard variable and is ignored; did you mean LEAKGUARD_SAMPLE_INTERVAL?',
      '[leakguard] LEAKGUARD_hEAP is not a leakguard variable and is ignored; did you mean LEAKGUARD_HEAP?',
    ]);
    const cfg = readRegisterConfig(env);
    expect(cfg.finder.sampleIntervalMs).toBeUndefined();
    expect(cfg.finder.heap).toBe(false);
    expect(cfg.warnings).toHaveLength(3);
    expect(readRegisterConfig({ LEAKGUARD_SAMPLE_INTERVAL: '1s' }).warnings).toEqual([]);
  });

  it('--import leakguard/register prints the line on stderr once', () => {
    const { registerUrl } = buildSources();
    const r = spawnSync(process.execPath, ['--import', registerUrl, '-e', ''], {
      env: { ...process.env, NODE_OPTIONS: '', LEAKGUARD_FINAL: '0', LEAKGUARD_WINDOWS: '20' },
      encoding: 'utf8',
      timeout: 30_000,
    });
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stderr.split('\n').filter((l) => l.includes('LEAKGUARD_WINDOWS'));
    expect(lines).toEqual([
      '[leakguard] LEAKGUARD_WINDOWS is not a leakguard variable and is ignored; did you mean LEAKGUARD_WINDOW?',
    ]);
  });
});

describe('LEAKGUARD_COPIES_HOOK', () => {
  it('is on unless 0 or false, and any other text is an error naming the variable', () => {
    expect(readRegisterConfig({}).copiesHook).toBe(true);
    expect(readRegisterConfig({ LEAKGUARD_COPIES_HOOK: '' }).copiesHook).toBe(true);
    expect(readRegisterConfig({ LEAKGUARD_COPIES_HOOK: '1' }).copiesHook).toBe(true);
    expect(readRegisterConfig({ LEAKGUARD_COPIES_HOOK: '0' }).copiesHook).toBe(false);
    expect(readRegisterConfig({ LEAKGUARD_COPIES_HOOK: 'false' }).copiesHook).toBe(false);
    expect(() => readRegisterConfig({ LEAKGUARD_COPIES_HOOK: 'off' })).toThrow(
      'Expected `LEAKGUARD_COPIES_HOOK` to be `1` or `0`, got `"off"` (string)',
    );
    // a variable read, not a typo of one
    expect(misspeltVariables({ LEAKGUARD_COPIES_HOOK: '0' })).toEqual([]);
    expect(misspeltVariables({ LEAKGUARD_COPIES_HOOKS: '0' })).toEqual([
      '[leakguard] LEAKGUARD_COPIES_HOOKS is not a leakguard variable and is ignored; did you mean LEAKGUARD_COPIES_HOOK?',
    ]);
  });
});
