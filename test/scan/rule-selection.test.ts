// Which rules run (issue #16: no-repeated-registration is opt-in): the scanner's `rules` option
// and its validation, the worker path, the CLI's --enable / --disable / --all-rules in a child
// process, and the ESLint plugin's recommended config.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { configs, plugin, rules } from '../../src/eslint/index.js';
import { DEFAULT_RULES, OPT_IN_RULES, RULE_IDS } from '../../src/scan/model.js';
import { scan, scanAsync, type ScanOptions } from '../../src/scan/scanner.js';
import { scanCli } from './support/cli.js';
import { tempTrees } from './support/tree.js';

/**
 * One repeated registration (line 4: one more listener per request; stop() removes one) and
 * one plain unmanaged listener (line 9). A repeat that nothing removes at all is
 * no-unmanaged-listener's (test/scan/rules.test.ts): this one is the opt-in rule's alone.
 */
const CODE = `import { EventEmitter } from 'node:events';
const bus = new EventEmitter();
app.get('/events', (req, res) => {
  bus.on('update', onUpdate);
});
export class Server {
  constructor(b: EventEmitter) {
    // leakguard-disable-next-line no-repeated-registration -- names a known rule that is off
    b.on('message', () => this.tick());
  }
  tick() {}
}
export function stop() { bus.off('update', onUpdate); }
function onUpdate() {}
`;

const tree = tempTrees('leakguard-rules-');

const rulesOf = (r: ReturnType<typeof scan>) =>
  r.reports.flatMap((f) => f.findings.map((x) => `${x.rule}@${x.line}`));

describe('the default set', () => {
  it('is every rule but the opt-in ones: no-repeated-registration and no-overwritten-timer', () => {
    expect(OPT_IN_RULES).toEqual(['no-repeated-registration', 'no-overwritten-timer']);
    expect([...DEFAULT_RULES, ...OPT_IN_RULES].sort()).toEqual([...RULE_IDS].sort());
    expect(DEFAULT_RULES).not.toContain('no-repeated-registration');
  });
});

describe('scan({ rules })', () => {
  const dir = tree({ 'a.ts': CODE });

  it('runs the default set unless told otherwise', () => {
    const r = scan({ cwd: dir });
    expect(rulesOf(r)).toEqual(['no-unmanaged-listener@9']);
    expect(r.summary.byRule['no-repeated-registration']).toBe(0);
    // The comment names a rule that is off: it silences nothing and is no unknown rule.
    expect(r.summary.silenced).toBe(0);
    expect(r.directiveProblems).toEqual([]);
  });

  it('turns an opt-in rule on and a default one off', () => {
    expect(rulesOf(scan({ cwd: dir, rules: { 'no-repeated-registration': true } }))).toEqual([
      'no-repeated-registration@4',
      'no-unmanaged-listener@9',
    ]);
    expect(
      rulesOf(
        scan({
          cwd: dir,
          rules: { 'no-repeated-registration': true, 'no-unmanaged-listener': false },
        }),
      ),
    ).toEqual(['no-repeated-registration@4']);
  });

  it('records the rules that ran in the summary, in RULE_IDS order', () => {
    expect(scan({ cwd: dir }).summary.rules).toEqual(DEFAULT_RULES);
    expect(
      scan({
        cwd: dir,
        rules: { 'no-repeated-registration': true, 'no-unmanaged-timer': false },
      }).summary.rules,
    ).toEqual(RULE_IDS.filter((r) => r !== 'no-unmanaged-timer' && r !== 'no-overwritten-timer'));
  });

  it('applies the selection in worker threads too', async () => {
    const many = tree({ 'a.ts': CODE, 'b.ts': CODE, 'c.ts': CODE });
    const on = await scanAsync({
      cwd: many,
      workers: 2,
      rules: { 'no-repeated-registration': true },
    });
    expect(on.summary.byRule['no-repeated-registration']).toBe(3);
    expect(on.summary.byRule['no-unmanaged-listener']).toBe(3);
    const off = await scanAsync({ cwd: many, workers: 2 });
    expect(off.summary.byRule['no-repeated-registration']).toBe(0);
    expect(off.summary.findings).toBe(3);
    expect(on.summary.rules).toEqual(RULE_IDS.filter((r) => r !== 'no-overwritten-timer'));
    expect(off.summary.rules).toEqual(DEFAULT_RULES);
  });

  it.each([
    [
      { rules: { 'no-repeated-registraton': true } },
      /^Unknown option `rules\.no-repeated-registraton`; did you mean `rules\.no-repeated-registration`\?$/,
    ],
    [
      { rules: { 'no-unmanaged-timer': 'off' } },
      /^Expected `rules\.no-unmanaged-timer` to be a boolean, got `"off"` \(string\)$/,
    ],
    [{ rules: ['no-repeated-registration'] }, /^Expected `rules` to be an object of rule id/],
    [{ rule: {} }, /^Unknown option `rule`; did you mean `rules`\?$/],
    [{ workers: 0 }, /^Expected `workers` to be a positive integer, got `0` \(number\)$/],
    [{ paths: 'src' }, /^Expected `paths` to be an array of strings/],
  ])('refuses %j before reading any file', async (bad, message) => {
    const options = { cwd: dir, ...bad } as unknown as ScanOptions;
    expect(() => scan(options)).toThrow(message);
    await expect(scanAsync(options)).rejects.toThrow(message);
    try {
      scan(options);
    } catch (e) {
      expect(e).toBeInstanceOf(TypeError);
      expect((e as { code?: string }).code).toBe('LEAKGUARD_INVALID_OPTION');
    }
  });
});

describe('leakguard scan --enable / --disable / --all-rules (process)', () => {
  const dir = tree({ 'a.ts': CODE });
  const found = (...args: string[]) => {
    const r = scanCli(dir, '--format', 'json', ...args);
    expect(r.status, r.stderr).toBe(1);
    return (JSON.parse(r.stdout) as { findings: { rule: string; line: number }[] }).findings.map(
      (f) => `${f.rule}@${f.line}`,
    );
  };

  it('reports a repeated registration only when it is enabled', () => {
    expect(found()).toEqual(['no-unmanaged-listener@9']);
    expect(found('--enable', 'no-repeated-registration')).toEqual([
      'no-repeated-registration@4',
      'no-unmanaged-listener@9',
    ]);
    expect(found('--all-rules')).toEqual(['no-repeated-registration@4', 'no-unmanaged-listener@9']);
    expect(found('--enable', 'no-unmanaged-timer,no-repeated-registration')).toEqual([
      'no-repeated-registration@4',
      'no-unmanaged-listener@9',
    ]);
  });

  it('drops the findings of a disabled rule', () => {
    expect(found('--all-rules', '--disable', 'no-unmanaged-listener')).toEqual([
      'no-repeated-registration@4',
    ]);
    // named as ESLint and the disable comments name it
    expect(found('--all-rules', '--disable', 'leakguard/no-unmanaged-listener')).toEqual([
      'no-repeated-registration@4',
    ]);
    expect(found('--enable', 'leakguard/no-repeated-registration')).toEqual([
      'no-repeated-registration@4',
      'no-unmanaged-listener@9',
    ]);
    const none = scanCli(dir, '--disable', 'no-unmanaged-listener');
    expect(none.status, none.stderr).toBe(0);
    expect(none.stdout).toContain('0 unmanaged subscriptions across 0 files');
  });

  it('json records which rules ran (summary.rules)', () => {
    const ran = (...args: string[]) =>
      (
        JSON.parse(scanCli(dir, '--format', 'json', ...args).stdout) as {
          summary: { rules: string[] };
        }
      ).summary.rules;
    expect(ran()).toEqual(DEFAULT_RULES);
    expect(ran('--disable', 'no-unmanaged-timer')).toEqual(
      DEFAULT_RULES.filter((r) => r !== 'no-unmanaged-timer'),
    );
    expect(ran('--enable', 'no-repeated-registration')).toEqual(
      RULE_IDS.filter((r) => r !== 'no-overwritten-timer'),
    );
    expect(ran('--all-rules')).toEqual(RULE_IDS);
  });

  it('sarif turns off, per invocation, the rules that did not run', () => {
    interface Log {
      runs: {
        tool: { driver: { rules: { id: string }[] } };
        invocations: {
          ruleConfigurationOverrides: {
            descriptor: { id: string; index: number };
            configuration: { enabled: boolean };
          }[];
        }[];
      }[];
    }
    const off = (...args: string[]) => {
      const r = scanCli(dir, '--format', 'sarif', ...args);
      expect(r.status, r.stderr).toBe(1);
      const run = (JSON.parse(r.stdout) as Log).runs[0]!;
      expect(run.tool.driver.rules.map((x) => x.id)).toEqual(RULE_IDS);
      return run.invocations[0]!.ruleConfigurationOverrides.map((o) => {
        expect(run.tool.driver.rules[o.descriptor.index]!.id).toBe(o.descriptor.id);
        expect(o.configuration).toEqual({ enabled: false });
        return o.descriptor.id;
      });
    };
    expect(off()).toEqual(['no-overwritten-timer', 'no-repeated-registration']);
    expect(off('--disable', 'no-unmanaged-timer')).toEqual([
      'no-unmanaged-timer',
      'no-overwritten-timer',
      'no-repeated-registration',
    ]);
    expect(off('--enable', 'no-repeated-registration,no-overwritten-timer')).toEqual([]);
  });

  it('exits 2 naming the flag and the value for an unknown rule', () => {
    for (const [flag, value] of [
      ['--enable', 'no-repeated-registraton'],
      ['--disable', 'no-such-rule'],
    ] as const) {
      const r = scanCli(dir, flag, `no-unmanaged-timer,${value}`);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(`${flag} ${value}: unknown rule`);
      expect(r.stdout).toBe('');
    }
  });

  it('lists the opt-in rules in --help', () => {
    const r = scanCli(dir, '--help');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(
      'no-repeated-registration  (opt-in: --enable no-repeated-registration)',
    );
    expect(r.stdout).toMatch(/--enable <rule>/);
    expect(r.stdout).toMatch(/--all-rules/);
  });
});

describe('ESLint plugin', () => {
  it('recommended leaves the opt-in rules off and every other rule on', () => {
    const set = configs.recommended.rules ?? {};
    for (const id of RULE_IDS)
      expect(set[`leakguard/${id}`], id).toBe(OPT_IN_RULES.includes(id) ? 'off' : 'error');
    expect(rules['no-repeated-registration'].meta?.docs?.recommended).toBe(false);
    expect(rules['no-unmanaged-listener'].meta?.docs?.recommended).toBe(true);
  });

  const lint = async (extra: Record<string, 'error' | 'off'>) => {
    const eslint = new ESLint({
      cwd: tmpdir(),
      overrideConfigFile: true,
      overrideConfig: [
        {
          files: ['**/*.ts'],
          languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
        },
        configs.recommended,
        { plugins: { leakguard: plugin }, rules: extra },
      ],
    });
    const [result] = await eslint.lintText(CODE, { filePath: join(tmpdir(), 'a.ts') });
    return (result?.messages ?? []).map((m) => `${m.ruleId ?? m.message}@${m.line}`);
  };

  it('reports a repeated registration only when a config turns the rule on', async () => {
    expect(await lint({})).toEqual(['leakguard/no-unmanaged-listener@9']);
    expect(await lint({ 'leakguard/no-repeated-registration': 'error' })).toEqual([
      'leakguard/no-repeated-registration@4',
      'leakguard/no-unmanaged-listener@9',
    ]);
  });
});
