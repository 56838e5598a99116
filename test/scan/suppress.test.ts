// Silencing a finding in code with disable comments (leakguard's own -next-line / -line
// comments, and ESLint's naming leakguard/<rule>), in the scanner, the CLI and the ESLint plugin.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { plugin } from '../../src/eslint/plugin.js';
import { formatPretty } from '../../src/scan/format/pretty.js';
import { formatSarif } from '../../src/scan/format/sarif.js';
import { scan, scanAsync } from '../../src/scan/scanner.js';
import { suppress } from '../../src/scan/suppress.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { scanCli } from './support/cli.js';
import { tempTrees } from './support/tree.js';

/** Two findings per block: a listener (line +1 of the comment) and an interval. */
const server = (listenerComment: string, timerComment = '') => `export class Server {
  constructor(bus) {
    ${listenerComment}
    bus.on('message', () => this.tick());
    setInterval(() => this.tick(), 1000); ${timerComment}
  }
  tick() {}
}
`;

function findings(src: string) {
  return analyze(parseFile(src, 'a.ts'), src, { visitorKeys: visitorKeys() });
}

function run(src: string) {
  return suppress(src, findings(src));
}

describe('suppress', () => {
  it('reports both findings when there is no directive (the baseline the others change)', () => {
    const r = run(server('// a comment'));
    expect(r.findings.map((f) => f.rule)).toEqual(['no-unmanaged-listener', 'no-unmanaged-timer']);
    expect(r.silenced).toBe(0);
  });

  it('leakguard-disable-next-line <rule> -- reason silences that rule on the next line only', () => {
    const r = run(
      server('// leakguard-disable-next-line no-unmanaged-listener -- the bus dies with us'),
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['no-unmanaged-timer']);
    expect(r.silenced).toBe(1);
    expect(r.problems).toEqual([]);
  });

  it('names a different rule: silences nothing', () => {
    const r = run(server('// leakguard-disable-next-line no-unmanaged-timer'));
    expect(r.findings).toHaveLength(2);
    expect(r.silenced).toBe(0);
  });

  it('leakguard-disable-line at the end of the line, with or without the leakguard/ prefix', () => {
    for (const c of [
      '// leakguard-disable-line no-unmanaged-timer',
      '// leakguard-disable-line leakguard/no-unmanaged-timer -- reason',
      '/* leakguard-disable-line no-unmanaged-timer */',
      '// leakguard-disable-line',
    ]) {
      const r = run(server('', c));
      expect(
        r.findings.map((f) => f.rule),
        c,
      ).toEqual(['no-unmanaged-listener']);
      expect(r.silenced, c).toBe(1);
    }
  });

  it('a list of rules, and a bare directive that silences every rule on its line', () => {
    const src = `export function f(bus) {
  // leakguard-disable-next-line no-unmanaged-timer, no-unmanaged-listener
  bus.on('x', () => {}); setInterval(() => {}, 5);
  // leakguard-disable-next-line
  bus.on('y', () => {}); setInterval(() => {}, 5);
  bus.on('z', () => {}); setInterval(() => {}, 5);
}
`;
    const before = findings(src);
    expect(before.length).toBeGreaterThanOrEqual(6);
    const r = suppress(src, before);
    expect(r.findings.every((f) => f.line === 6)).toBe(true);
    expect(r.silenced).toBe(before.length - r.findings.length);
    expect(r.silenced).toBe(4);
  });

  it('eslint-disable-next-line leakguard/<rule> serves the CLI too; other plugins are ignored', () => {
    const r = run(
      server('// eslint-disable-next-line no-console, leakguard/no-unmanaged-listener -- why'),
    );
    expect(r.findings.map((f) => f.rule)).toEqual(['no-unmanaged-timer']);
    expect(r.problems).toEqual([]);
    // A bare eslint-disable comment is left to ESLint: the CLI wants the rule named.
    expect(run(server('// eslint-disable-next-line')).findings).toHaveLength(2);
    expect(run(server('// eslint-disable-next-line no-console')).findings).toHaveLength(2);
    // The ESLint plugin leaves eslint-disable comments to ESLint.
    const src = server('// eslint-disable-next-line leakguard/no-unmanaged-listener');
    expect(suppress(src, findings(src), { eslintComments: false }).findings).toHaveLength(2);
  });

  it('a directive naming an unknown rule is reported, with its position, and silences nothing', () => {
    const r = run(server('// leakguard-disable-next-line no-unmanaged-listner'));
    expect(r.findings).toHaveLength(2);
    expect(r.problems).toEqual([
      {
        line: 3,
        column: 5,
        message: expect.stringContaining(
          'unknown leakguard rule "no-unmanaged-listner"',
        ) as unknown,
      },
    ]);
    const e = run(server('// eslint-disable-next-line leakguard/no-such-rule, no-console'));
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]!.message).toContain('"leakguard/no-such-rule"');
  });

  it('the reason after -- is never read as a rule', () => {
    const r = run(server('// leakguard-disable-next-line no-unmanaged-listener -- not-a-rule'));
    expect(r.problems).toEqual([]);
    expect(r.silenced).toBe(1);
  });
});

const tree = tempTrees('leakguard-suppress-');

describe('scan with disable comments', () => {
  const files = {
    'a.ts': server('// leakguard-disable-next-line no-unmanaged-listener -- owned by the app'),
    'b.ts': server(
      '// eslint-disable-next-line leakguard/no-unmanaged-listener',
      '// leakguard-disable-line',
    ),
    'c.ts': server('// leakguard-disable-next-line no-unmanaged-listner'),
  };

  it('counts silenced findings and lists unknown rules; workers agree', async () => {
    const dir = tree(files);
    const result = scan({ cwd: dir });
    expect(result.summary.findings).toBe(3); // a: timer; c: both
    expect(result.summary.silenced).toBe(3); // a: listener; b: both
    expect(result.summary.directiveProblems).toBe(1);
    expect(result.directiveProblems).toEqual([
      expect.objectContaining({ file: 'c.ts', line: 3, column: 5 }),
    ]);
    const pretty = formatPretty(result);
    expect(pretty).toContain('3 findings silenced by disable comments');
    expect(pretty).toMatch(/disable comment c\.ts:3:5: .*no-unmanaged-listner/);
    const sarif = JSON.parse(formatSarif(result, dir, '0.0.0')) as {
      runs: { invocations: { toolExecutionNotifications: { message: { text: string } }[] }[] }[];
    };
    expect(
      sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.map((n) => n.message.text),
    ).toEqual([expect.stringContaining('no-unmanaged-listner')]);
    const parallel = await scanAsync({ cwd: dir, workers: 2 });
    expect(parallel.directiveProblems).toEqual(result.directiveProblems);
    expect({ ...parallel.summary, durationMs: 0 }).toEqual({ ...result.summary, durationMs: 0 });
  });

  it('leakguard scan (process): silenced findings do not fail the run; unknown rules do', () => {
    const dir = tree({
      'ok/a.ts': server(
        '// leakguard-disable-next-line no-unmanaged-listener -- owned by the app',
        '// leakguard-disable-line no-unmanaged-timer -- cleared by the process exit',
      ),
      'typo/c.ts': server(
        '// leakguard-disable-next-line no-unmanaged-listener',
        '// leakguard-disable-line no-unmanaged-timers',
      ),
    });
    const cli = (...args: string[]) => scanCli(dir, ...args);
    const ok = cli('ok');
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('0 unmanaged subscriptions across 0 files');
    expect(ok.stdout).toContain('2 findings silenced by disable comments');
    const typo = cli('typo', '--format', 'json');
    expect(typo.status, typo.stderr).toBe(1);
    const j = JSON.parse(typo.stdout) as {
      summary: { findings: number; silenced: number; directiveProblems: number };
      directiveProblems: { file: string; line: number; message: string }[];
    };
    expect(j.summary).toMatchObject({ findings: 1, silenced: 1, directiveProblems: 1 });
    expect(j.directiveProblems[0]).toMatchObject({ file: 'typo/c.ts', line: 5 });
    expect(j.directiveProblems[0]!.message).toContain('"no-unmanaged-timers"');
  });
});

describe('ESLint plugin', () => {
  it('honours leakguard-disable comments as the CLI does, and eslint-disable through ESLint', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = (code: string) =>
      linter
        .verify(code, [{ ...plugin.configs.recommended, files: ['**/*.js'] }], 'a.js')
        .map((m) => m.ruleId);
    expect(lint(server(''))).toEqual([
      'leakguard/no-unmanaged-listener',
      'leakguard/no-unmanaged-timer',
    ]);
    expect(
      lint(
        server('// leakguard-disable-next-line no-unmanaged-listener', '// leakguard-disable-line'),
      ),
    ).toEqual([]);
    expect(lint(server('// eslint-disable-next-line leakguard/no-unmanaged-listener'))).toEqual([
      'leakguard/no-unmanaged-timer',
    ]);
  });
});
