// Silencing a finding in code with disable comments (leakguard's own -next-line / -line
// comments, and ESLint's naming leakguard/<rule>), in the scanner, the CLI and the ESLint plugin.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { plugin } from '../../src/eslint/plugin.js';
import { formatJson } from '../../src/scan/format/json.js';
import { formatPretty } from '../../src/scan/format/pretty.js';
import { formatSarif } from '../../src/scan/format/sarif.js';
import { DEFAULT_RULES, RULE_IDS, type RuleId } from '../../src/scan/model.js';
import { scan, scanAsync, type ScanOptions } from '../../src/scan/scanner.js';
import { suppress, type SuppressOptions } from '../../src/scan/suppress.js';
import { analyze } from '../../src/scan/analyze.js';
import { loadOxc, parseFile, visitorKeys, type ParserChoice } from '../../src/scan/parse.js';
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

function findings(src: string, parser: ParserChoice = 'auto') {
  return analyze(parseFile(src, 'a.ts', parser), src, { visitorKeys: visitorKeys() });
}

/** The comments the parser lists for `src` (what the scanner hands to suppress). */
function comments(src: string, parser: ParserChoice = 'auto') {
  return parseFile(src, 'a.ts', parser).comments ?? [];
}

function run(src: string, parser: ParserChoice = 'auto', options: SuppressOptions = {}) {
  return suppress(src, comments(src, parser), findings(src, parser), options);
}

const PARSERS: ParserChoice[] = [
  ...(loadOxc() !== null ? ['oxc' as const] : []),
  'typescript-estree',
];

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
    const src = `export function f(room, bus) {
  // leakguard-disable-next-line no-unmanaged-timer, no-unmanaged-listener
  bus.on('x', () => {}); setInterval(() => {}, 5);
  // leakguard-disable-next-line
  bus.on('y', () => {}); setInterval(() => {}, 5);
  bus.on('z', () => {}); setInterval(() => {}, 5);
}
`;
    const before = findings(src);
    expect(before.length).toBeGreaterThanOrEqual(6);
    const r = suppress(src, comments(src), before);
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
    expect(run(src, 'auto', { eslintComments: false }).findings).toHaveLength(2);
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

  // As ESLint ("should not span multiple lines"): which line such a comment meant is ambiguous.
  // It used to silence the line after its first line, where nothing is.
  it.each(PARSERS)(
    'a -next-line block comment spanning lines is reported and silences nothing (%s)',
    (parser) => {
      const src = `export class Server {
  constructor(bus) {
    /* leakguard-disable-next-line
       no-unmanaged-listener */
    bus.on('message', () => this.tick());
  }
  tick() {}
}
`;
      const r = run(src, parser);
      expect(r.findings.map((f) => `${f.rule}@${f.line}`)).toEqual(['no-unmanaged-listener@5']);
      expect(r.silenced).toBe(0);
      expect(r.problems).toEqual([
        {
          line: 3,
          column: 5,
          message: 'leakguard-disable-next-line comment should not span multiple lines',
        },
      ]);
      // One line, the same directive works; an ESLint comment for other plugins is ESLint's.
      const one = src.replace(
        'next-line\n       no-unmanaged-listener */',
        'next-line no-unmanaged-listener */',
      );
      expect(run(one, parser).findings).toEqual([]);
      const other = src.replace(
        'leakguard-disable-next-line\n       no-unmanaged-listener',
        'eslint-disable-next-line\n       no-console',
      );
      expect(run(other, parser).problems).toEqual([]);
    },
  );

  // Text that looks like a directive in a string, a template or a regular expression is no
  // comment: it silences nothing (it did before directives were read from the parser's comments).
  it.each(PARSERS)('reads comments only, never strings or templates (%s)', (parser) => {
    const looksLike = `export class Server {
  constructor(bus) {
    const a = '// leakguard-disable-next-line';
    bus.on('message', () => this.tick());
    const b = \`
// leakguard-disable-next-line no-unmanaged-timer\`; setInterval(() => this.tick(), 1000);
    const c = /\\/\\/ leakguard-disable-line/; bus.on('x', () => this.tick());
    const d = "é😀 /* leakguard-disable-line */"; setInterval(() => this.tick(), 5); // leakguard-disable-line no-unmanaged-listener
  }
  tick() {}
}
`;
    const r = run(looksLike, parser);
    expect(r.findings.map((f) => `${f.rule}@${f.line}`)).toEqual([
      'no-unmanaged-listener@4',
      'no-unmanaged-timer@6',
      'no-unmanaged-listener@7',
      'no-unmanaged-timer@8',
    ]);
    expect(r.silenced).toBe(0);
    expect(r.problems).toEqual([]);
    // A real comment after non-ASCII text on the same line is still read, at its column.
    const real = looksLike.replace(
      '// leakguard-disable-line no-unmanaged-listener',
      '// leakguard-disable-line no-unmanaged-timer, no-such-rule',
    );
    const q = run(real, parser);
    expect(q.findings.map((f) => `${f.rule}@${f.line}`)).not.toContain('no-unmanaged-timer@8');
    expect(q.silenced).toBe(1);
    expect(q.problems).toEqual([
      expect.objectContaining({
        line: 8,
        column: real.split('\n')[7]!.indexOf('// leakguard') + 1,
      }),
    ]);
  });

  it('a directive must open its comment', () => {
    const r = run(server('// see the note // leakguard-disable-next-line no-unmanaged-listener'));
    expect(r.findings).toHaveLength(2);
    expect(r.silenced).toBe(0);
  });

  it('the reason after -- is never read as a rule', () => {
    const r = run(server('// leakguard-disable-next-line no-unmanaged-listener -- not-a-rule'));
    expect(r.problems).toEqual([]);
    expect(r.silenced).toBe(1);
  });
});

/** Directives that silence something, nothing, or name a rule that is off (see each line). */
const UNUSED = `export class Server {
  constructor(bus) {
    // leakguard-disable-next-line no-unmanaged-listener, no-unmanaged-timer -- one of two used
    bus.on('message', () => this.tick());
    // leakguard-disable-next-line
    this.tick();
    // leakguard-disable-next-line no-repeated-registration, no-such-rule
    this.tick();
    // eslint-disable-next-line leakguard/no-unmanaged-timer
    this.tick();
    setInterval(() => this.tick(), 1000); // leakguard-disable-line
  }
  tick() {}
}
`;

describe('unused directives (reportUnused)', () => {
  const defaults = new Set(DEFAULT_RULES);
  const unused = (enabled: ReadonlySet<RuleId>) =>
    run(UNUSED, 'auto', { reportUnused: true, enabled }).unused?.map(
      (u) => `${u.line}:${u.column} ${u.rule ?? '*'}`,
    );

  it('reports each named rule and each bare directive that silenced nothing', () => {
    // 3: the timer half is unused; 5: bare, nothing on line 6. Not reported: 7 (the rule is
    // off; no-such-rule is a problem instead), 9 (ESLint's comment), 11 (silenced the timer).
    expect(unused(defaults)).toEqual(['3:5 no-unmanaged-timer', '5:5 *']);
    const r = run(UNUSED, 'auto', { reportUnused: true, enabled: defaults });
    expect(r.silenced).toBe(2);
    expect(r.problems.map((p) => p.line)).toEqual([7]);
    expect(r.unused![0]!.message).toBe(
      'unused leakguard-disable-next-line: no no-unmanaged-timer finding on line 4 to silence',
    );
    expect(r.unused![1]!.message).toBe(
      'unused leakguard-disable-next-line: no finding on line 6 to silence',
    );
  });

  it('a rule that did not run is not unused; once it runs and finds nothing there, it is', () => {
    expect(unused(new Set(RULE_IDS))).toEqual([
      '3:5 no-unmanaged-timer',
      '5:5 *',
      '7:5 no-repeated-registration',
    ]);
    // No rule at all: nothing can be unused.
    expect(unused(new Set())).toEqual([]);
  });

  it('is not computed unless asked for', () => {
    expect(run(UNUSED).unused).toBeUndefined();
    expect(run(server('')).unused).toBeUndefined();
    expect(run(server(''), 'auto', { reportUnused: true }).unused).toEqual([]);
  });
});

const tree = tempTrees('leakguard-suppress-');

describe('scan({ reportUnusedDisableDirectives })', () => {
  it('lists unused directives per file, in every output; workers agree; absent when off', async () => {
    const dir = tree({ 'a.ts': UNUSED, 'b.ts': UNUSED, 'c.ts': server('') });
    const result = scan({ cwd: dir, reportUnusedDisableDirectives: true });
    expect(result.unusedDirectives!.map((u) => `${u.file}:${u.line} ${u.rule}`)).toEqual([
      'a.ts:3 no-unmanaged-timer',
      'a.ts:5 null',
      'b.ts:3 no-unmanaged-timer',
      'b.ts:5 null',
    ]);
    expect(result.summary.unusedDirectives).toBe(4);
    const parallel = await scanAsync({ cwd: dir, workers: 2, reportUnusedDisableDirectives: true });
    expect(parallel.unusedDirectives).toEqual(result.unusedDirectives);
    expect({ ...parallel.summary, durationMs: 0 }).toEqual({ ...result.summary, durationMs: 0 });
    const all = scan({
      cwd: dir,
      reportUnusedDisableDirectives: true,
      rules: { 'no-repeated-registration': true },
    });
    expect(all.summary.unusedDirectives).toBe(6);

    const json = JSON.parse(formatJson(result)) as Record<string, unknown>;
    expect(json.unusedDirectives).toEqual(result.unusedDirectives);
    expect(formatPretty(result)).toMatch(
      /unused disable comment a\.ts:3:5: unused leakguard-disable-next-line: no no-unmanaged-timer/,
    );
    expect(formatPretty(result)).toContain('4 unused disable directives (silenced nothing)');
    const sarif = JSON.parse(formatSarif(result, dir, '0.0.0')) as {
      runs: {
        invocations: {
          toolExecutionNotifications: {
            level: string;
            message: { text: string };
            associatedRule?: { id: string; index: number };
            locations: { physicalLocation: { region: { startLine: number } } }[];
          }[];
        }[];
      }[];
    };
    const unusedNotes = sarif.runs[0]!.invocations[0]!.toolExecutionNotifications.filter((n) =>
      n.message.text.startsWith('unused '),
    );
    expect(unusedNotes).toHaveLength(4);
    expect(unusedNotes[0]).toMatchObject({
      level: 'warning',
      associatedRule: {
        id: 'no-unmanaged-timer',
        index: RULE_IDS.indexOf('no-unmanaged-timer'),
      },
      locations: [{ physicalLocation: { region: { startLine: 3 } } }],
    });
    expect(unusedNotes[1]!.associatedRule).toBeUndefined();

    const off = scan({ cwd: dir });
    expect('unusedDirectives' in off).toBe(false);
    expect('unusedDirectives' in off.summary).toBe(false);
    expect('unusedDirectives' in (JSON.parse(formatJson(off)) as object)).toBe(false);
    expect(formatPretty(off)).not.toContain('unused');
  });

  it.each([
    [
      { reportUnusedDisableDirectives: 'yes' },
      /^Expected `reportUnusedDisableDirectives` to be a boolean, got `"yes"` \(string\)$/,
    ],
    [
      { reportUnusedDisableDirective: true },
      /^Unknown option `reportUnusedDisableDirective`; did you mean `reportUnusedDisableDirectives`\?$/,
    ],
  ])('refuses %j', async (bad, message) => {
    const options = { cwd: tree({}), ...bad } as unknown as ScanOptions;
    expect(() => scan(options)).toThrow(message);
    await expect(scanAsync(options)).rejects.toThrow(message);
  });
});

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

  it('reads the comments of every path: syntax only, workers, typed', async () => {
    const inString = `export function f(room: string, bus: { on(e: string, f: () => void): void }) {
  const s = '// leakguard-disable-next-line no-unmanaged-listener -- in a string';
  bus.on('x', () => {});
  // leakguard-disable-next-line no-unmanaged-listener -- a real comment
  bus.on('y', () => {});
}
`;
    const dir = tree({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { strict: true, noEmit: true, types: [] },
        include: ['*.ts'],
      }),
      'a.ts': inString,
      'b.ts': inString,
    });
    const lines = (r: Awaited<ReturnType<typeof scanAsync>>) =>
      r.reports.flatMap((f) => f.findings.map((x) => `${f.file}:${x.line}`));
    for (const r of [
      scan({ cwd: dir }),
      await scanAsync({ cwd: dir, workers: 2 }),
      scan({ cwd: dir, tsconfig: 'tsconfig.json' }),
    ]) {
      expect(lines(r)).toEqual(['a.ts:3', 'b.ts:3']);
      expect(r.summary.silenced).toBe(2);
      expect(r.directiveProblems).toEqual([]);
    }
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

describe('leakguard scan --report-unused-disable-directives (process)', () => {
  it('exits 1 on an unused directive only when asked, and never for a rule that is off', () => {
    const dir = tree({
      'a.ts': `export function f() {
  // leakguard-disable-next-line no-unmanaged-timer -- a stale comment
  return 1;
}
// leakguard-disable-next-line no-repeated-registration -- the rule is opt-in
export const g = 2;
`,
    });
    const plain = scanCli(dir, '--format', 'json');
    expect(plain.status, plain.stderr).toBe(0);
    expect('unusedDirectives' in (JSON.parse(plain.stdout) as object)).toBe(false);
    const asked = scanCli(dir, '--format', 'json', '--report-unused-disable-directives');
    expect(asked.status, asked.stderr).toBe(1);
    const j = JSON.parse(asked.stdout) as {
      summary: { findings: number; unusedDirectives: number };
      unusedDirectives: { file: string; line: number; column: number; rule: string }[];
    };
    expect(j.summary).toMatchObject({ findings: 0, unusedDirectives: 1 });
    expect(j.unusedDirectives).toEqual([
      expect.objectContaining({ file: 'a.ts', line: 2, column: 3, rule: 'no-unmanaged-timer' }),
    ]);
    const opted = scanCli(
      dir,
      '--report-unused-disable-directives',
      '--enable',
      'no-repeated-registration',
    );
    expect(opted.status, opted.stderr).toBe(1);
    expect(opted.stdout).toContain('2 unused disable directives (silenced nothing)');
    expect(opted.stdout).toMatch(/unused disable comment a\.ts:5:1: .*no-repeated-registration/);
    const help = scanCli(dir, '--help');
    expect(help.stdout).toContain('--report-unused-disable-directives');
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
    // A directive's text in a string is no comment, for the plugin too.
    expect(lint(server("const s = '// leakguard-disable-next-line -- in a string';"))).toEqual([
      'leakguard/no-unmanaged-listener',
      'leakguard/no-unmanaged-timer',
    ]);
  });

  it('reports a disable comment it cannot honour once per file, as the CLI does', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = (code: string, config = plugin.configs.recommended) =>
      linter
        .verify(code, [{ ...config, files: ['**/*.js'] }], 'a.js')
        .map((m) => `${m.ruleId}:${m.line}:${m.message}`);
    // An unknown rule: the comment is reported (once), and it silences nothing.
    const unknown = lint(server('// leakguard-disable-next-line no-such-rule'));
    expect(unknown.filter((m) => m.includes('no-such-rule'))).toHaveLength(1);
    expect(
      unknown.filter(
        (m) => /no-unmanaged-(listener|timer):/.test(m) && !m.includes('no-such-rule'),
      ),
    ).toHaveLength(2);
    // Reported by whichever leakguard rule runs, even with only one of them on.
    const one = lint(server('// leakguard-disable-next-line no-such-rule'), {
      ...plugin.configs.recommended,
      name: 'one',
      rules: { 'leakguard/no-unmanaged-timer': 'error' },
    } as typeof plugin.configs.recommended);
    expect(one.filter((m) => m.includes('no-such-rule'))).toEqual([
      expect.stringMatching(/^leakguard\/no-unmanaged-timer:\d+:.*no-such-rule/),
    ]);
    // A well-formed directive is no problem.
    expect(
      lint(server('// leakguard-disable-next-line no-unmanaged-listener')).filter((m) =>
        m.includes('disable'),
      ),
    ).toEqual([]);
  });
});

describe('suppress options', () => {
  it('an unknown key or a wrong value is a TypeError naming it', () => {
    const src = `bus.on('x', () => 1);\n`;
    expect(() =>
      suppress(src, [], [], { reportUnsed: true } as unknown as SuppressOptions),
    ).toThrow(/Unknown option `reportUnsed`; did you mean `reportUnused`\?/);
    expect(() =>
      suppress(src, [], [], { eslintComments: 'no' } as unknown as SuppressOptions),
    ).toThrow(/Expected `eslintComments` to be a boolean/);
    expect(() => suppress(src, [], [], { program: {} } as unknown as SuppressOptions)).toThrow(
      /Expected `program` to be a parsed Program node/,
    );
    expect(() => suppress(src, [], [], { enabled: ['x'] } as unknown as SuppressOptions)).toThrow(
      /Expected `enabled` to be a Set of rule ids/,
    );
  });
});
