// leakguard/scan: the scanner as a library, the entry the docs' "From the API: scan({...})"
// lines point at. Its surface is deliberate (checked name by name), it is mapped by
// package.json "exports", and it scans, validates and formats as the CLI does.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../../src/scan/api.js';
import { ROOT } from '../helpers/cached-build.js';
import { tempTrees } from './support/tree.js';

const tree = tempTrees('leakguard-api-');

const LEAK = `export class Player {
  constructor(bus) {
    bus.on('tick', () => this.update());
  }
  update() {}
}
`;

describe('leakguard/scan', () => {
  it('exports exactly the scanner API, no internals', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'BaselineError',
        'DEFAULT_RULES',
        'MissingPeerError',
        'OPT_IN_RULES',
        'RULE_DESCRIPTIONS',
        'RULE_IDS',
        'RUNTIME_STATUSES',
        'RuntimeReportError',
        'UsageError',
        'createBaseline',
        'formatJson',
        'formatPretty',
        'readBaselineFile',
        'scan',
        'scanAsync',
        'serializeBaseline',
      ].sort(),
    );
  });

  it('is the "./scan" entry of package.json exports', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, { types: string; default: string }>;
    };
    expect(pkg.exports['./scan']).toEqual({
      types: './dist/scan/api.d.ts',
      default: './dist/scan/api.js',
    });
  });

  it('scans a tree, with a rule selection, and formats the result as the CLI does', async () => {
    const dir = tree({ 'src/player.js': LEAK });
    const r = api.scan({ cwd: dir });
    expect(r.reports.map((f) => [f.file, f.findings.map((x) => x.rule)])).toEqual([
      ['src/player.js', ['no-unmanaged-listener']],
    ]);
    expect(r.summary.rules).toEqual(api.DEFAULT_RULES);
    const off = api.scan({ cwd: dir, rules: { 'no-unmanaged-listener': false } });
    expect(off.summary.findings).toBe(0);
    const async = await api.scanAsync({ cwd: dir });
    expect(async.summary.findings).toBe(1);
    const json = JSON.parse(api.formatJson(r)) as { findings: { rule: string; line: number }[] };
    expect(json.findings.map((f) => `${f.rule}:${f.line}`)).toEqual(['no-unmanaged-listener:3']);
    expect(api.formatPretty(r, { color: false })).toContain('no-unmanaged-listener');
  });

  it('refuses an unknown option or rule, naming it', () => {
    expect(() => api.scan({ rules: { 'no-such-rule': true } } as never)).toThrow(/no-such-rule/);
    expect(() => api.scan({ colour: true } as never)).toThrow(/colour/);
  });

  it('refuses a tsconfig it cannot use with a UsageError naming it, as --typed does', () => {
    const dir = tree({
      'src/player.js': LEAK,
      'missing-extends.json': '{ "extends": "./base.json" }',
      'broken.json': '{ "compilerOptions": ',
      'typo.json': '{ "compilerOptions": { "strictt": true } }',
      'tsconfig.json': '{ "compilerOptions": { "strict": true }, "include": ["nothing-here"] }',
      'solution.json': '{ "compilerOptions": { "strict": true }, "files": [] }',
    });
    for (const [tsconfig, problem] of [
      ['none.json', /Cannot read file .*none\.json/],
      ['missing-extends.json', /base\.json/],
      ['broken.json', /compilerOptions/],
      ['typo.json', /strictt/],
    ] as const) {
      let thrown: unknown;
      try {
        api.scan({ cwd: dir, tsconfig });
      } catch (e) {
        thrown = e;
      }
      expect(thrown).toBeInstanceOf(api.UsageError);
      expect((thrown as api.UsageError).code).toBe('LEAKGUARD_SCAN_USAGE');
      expect((thrown as Error).message).toContain(join(dir, tsconfig));
      expect((thrown as Error).message).toMatch(problem);
    }
    // an `include` that matches nothing is no error: the scanned files are the program's roots
    expect(api.scan({ cwd: dir, tsconfig: 'tsconfig.json' }).summary.findings).toBe(1);
    // nor is an empty `files` list (a solution-style tsconfig; the fix corpus's own has one)
    expect(api.scan({ cwd: dir, tsconfig: 'solution.json' }).summary.findings).toBe(1);
  });
});
