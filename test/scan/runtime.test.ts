// `leakguard scan --runtime <report>`: static findings weighed with what the runtime finder saw
// of their calls in a real run (growing / ran / not seen), and the report formats it reads.
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFixture } from '../detect/support/run.js';
import { LeakFinder } from '../../src/detect/index.js';
import type { RuntimeLeakReport, RuntimeSiteSummary } from '../../src/detect/index.js';
import { scan, scanAsync } from '../../src/scan/scanner.js';
import { RuntimeReportError } from '../../src/scan/runtime.js';
import { scanCli } from './support/cli.js';
import { tempTrees } from './support/tree.js';

const APP_DIR = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'runtime');
const APP = join(APP_DIR, 'app.mjs');
const tree = tempTrees('leakguard-runtime-');

const statusByLine = (r: ReturnType<typeof scan>) =>
  Object.fromEntries(
    r.reports.flatMap((f) => f.findings.map((x) => [x.line, `${x.rule} ${x.runtime?.status}`])),
  );

describe('scan --runtime on a real run of the finder', { timeout: 90_000 }, () => {
  let reportFile = '';
  let report: RuntimeLeakReport;

  beforeAll(async () => {
    const run = await runFixture(APP, {
      env: { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_MS: '4000' },
    });
    expect(run.code, run.stderr).toBe(0);
    report = run.report!;
    reportFile = join(tree({}), 'report.json');
    writeFileSync(reportFile, JSON.stringify(report));
  }, 90_000);

  it('the final report lists every site of the app, leaking or not', () => {
    const app = report.sites!.filter((s) => s.file === APP);
    const at = (line: number) => app.filter((s) => s.line === line);
    expect(at(24)).toMatchObject([
      { kind: 'listener', event: 'config-changed', column: 7, leaking: true },
    ]);
    expect(at(24)[0]!.created).toBeGreaterThan(20);
    expect(at(15)).toMatchObject([
      { kind: 'listener', event: 'reload', created: 1, count: 1, leaking: false, carried: false },
    ]);
    expect(at(24)[0]!.carried).toBe(false);
    // One listener on each room's bus, the rooms kept by a list: growing, carried.
    expect(at(37)).toMatchObject([
      { kind: 'listener', event: 'move', column: 12, leaking: true, carried: true },
    ]);
    // startPolling() never ran: the finder never saw lines 19 and 20.
    expect(at(19)).toEqual([]);
    expect(at(20)).toEqual([]);
    // Dependencies and Node are left out (the request driver is a file of the app here).
    expect(report.sites!.every((s) => !s.file.startsWith('node:'))).toBe(true);
  });

  it('marks each finding growing, carried, ran or not seen', () => {
    const r = scan({ cwd: APP_DIR, paths: ['app.mjs'], runtime: [reportFile] });
    expect(statusByLine(r)).toEqual({
      15: 'no-unmanaged-listener ran',
      19: 'no-unmanaged-timer not-seen',
      20: 'no-unmanaged-listener not-seen',
      24: 'no-unmanaged-listener growing',
      37: 'no-unmanaged-listener carried',
    });
    // The listener added through a computed method name grew, and no finding lies on it.
    expect(r.runtimeOnly).toMatchObject([
      {
        file: 'app.mjs',
        line: 50,
        kind: 'event-target-listener',
        receiverType: 'EventTarget',
        event: 'opened',
        carried: false,
      },
    ]);
    expect(r.runtimeOnly![0]!.growthPerMinute).toBeGreaterThan(100);
    const growing = r.reports[0]!.findings.find((f) => f.line === 24)!.runtime!;
    expect(growing.growthPerMinute).toBeGreaterThan(100);
    expect(growing.live).toBeGreaterThan(20);
    expect(r.summary.runtime).toEqual({
      reports: 1,
      growing: 1,
      carried: 1,
      ran: 1,
      notSeen: 2,
      hidden: 0,
      runtimeOnly: 1,
    });
  });

  it('keeps only the statuses asked for, and counts the others', async () => {
    const r = await scanAsync({
      cwd: APP_DIR,
      paths: ['app.mjs'],
      runtime: [reportFile],
      runtimeStatus: ['growing'],
    });
    expect(statusByLine(r)).toEqual({ 24: 'no-unmanaged-listener growing' });
    expect(r.summary.findings).toBe(1);
    expect(r.summary.byRule['no-unmanaged-listener']).toBe(1);
    expect(r.summary.byRule['no-unmanaged-timer']).toBe(0);
    expect(r.summary.runtime).toEqual({
      reports: 1,
      growing: 1,
      carried: 1,
      ran: 1,
      notSeen: 2,
      hidden: 4,
      runtimeOnly: 1,
    });
  });

  it('leakguard scan --runtime prints it, in json and sarif too', () => {
    const pretty = scanCli(APP_DIR, 'app.mjs', '--runtime', reportFile);
    expect(pretty.status, pretty.stderr).toBe(1);
    expect(pretty.stdout).toMatch(/runtime: growing, \+[\d.]+\/min \(~\d+ made, \d+ alive/);
    expect(pretty.stdout).toContain('runtime: not seen');
    expect(pretty.stdout).toMatch(
      /grew in the run where the scan reports nothing \(1 site: [^\n]*\n {2}app\.mjs:50:\d+ {2}event-target-listener EventTarget 'opened' {2}\+[\d.]+\/min, \d+ alive at the end\n/,
    );
    expect(pretty.stdout).toMatch(
      /runtime: grew only because its receivers were kept alive, \+[\d.]+\/min \(~\d+ made, \d+ alive at the end\): what keeps them is the leak/,
    );
    expect(pretty.stdout).toContain(
      'runtime (1 process report): 1 growing, 1 carried by their receivers, 1 ran without growing, 2 not seen; 1 growing site without a finding (listed above)',
    );

    const json = scanCli(APP_DIR, 'app.mjs', '--runtime', reportFile, '--format', 'json');
    const out = JSON.parse(json.stdout) as {
      findings: { line: number; runtime: { status: string } }[];
      summary: { runtime: object };
      runtimeOnly: { file: string; line: number; event: string }[];
    };
    expect(out.runtimeOnly).toMatchObject([{ file: 'app.mjs', line: 50, event: 'opened' }]);
    expect(out.findings.map((f) => `${f.line} ${f.runtime.status}`)).toEqual([
      '15 ran',
      '19 not-seen',
      '20 not-seen',
      '24 growing',
      '37 carried',
    ]);
    expect(out.summary.runtime).toEqual({
      reports: 1,
      growing: 1,
      carried: 1,
      ran: 1,
      notSeen: 2,
      hidden: 0,
      runtimeOnly: 1,
    });

    const sarif = scanCli(APP_DIR, 'app.mjs', '--runtime', reportFile, '--format', 'sarif');
    const run = (
      JSON.parse(sarif.stdout) as {
        runs: {
          tool: { driver: { rules: { id: string }[] } };
          results: {
            ruleId: string;
            ruleIndex: number;
            level: string;
            message: { text: string };
            properties: { runtime: { status?: string; event?: string } };
            locations: { physicalLocation: { region: { startLine: number } } }[];
          }[];
        }[];
      }
    ).runs[0]!;
    const results = run.results.filter((x) => x.ruleId !== 'runtime-growing');
    const grown = results.find((x) => x.locations[0]!.physicalLocation.region.startLine === 24)!;
    expect(grown.level).toBe('error');
    expect(grown.properties.runtime.status).toBe('growing');
    // A carried call is not the leak: it stays a warning.
    expect(results.filter((x) => x.level === 'warning')).toHaveLength(4);
    // The site that grew with no finding on it: a result of its own descriptor, an error.
    const only = run.results.filter((x) => x.ruleId === 'runtime-growing');
    expect(only).toHaveLength(1);
    expect(only[0]!.level).toBe('error');
    expect(only[0]!.locations[0]!.physicalLocation.region.startLine).toBe(50);
    expect(only[0]!.properties.runtime.event).toBe('opened');
    expect(only[0]!.message.text).toMatch(
      /^event-target-listener EventTarget 'opened' kept growing in the run \(\+[\d.]+\/min, \d+ alive at the end\); no rule reports anything here\.$/,
    );
    expect(run.tool.driver.rules[only[0]!.ruleIndex]!.id).toBe('runtime-growing');
  });

  it('--runtime-status growing exits 0 when nothing grew', () => {
    const only = scanCli(APP_DIR, 'app.mjs', '--runtime', reportFile, '--runtime-status', 'ran');
    expect(only.status, only.stderr).toBe(1);
    expect(only.stdout).toContain('1 unmanaged subscription across 1 file');
    const quiet = join(
      tree({ 'idle.mjs': `export function f() { setInterval(() => {}, 1000); }\n` }),
    );
    const none = scanCli(quiet, '--runtime', reportFile, '--runtime-status', 'growing');
    expect(none.status, none.stdout + none.stderr).toBe(0);
    expect(none.stdout).toContain('(1 of them not shown: --runtime-status)');
  });
});

describe('scan --runtime on a real run of an RxJS app', { timeout: 90_000 }, () => {
  const RX_APP = join(APP_DIR, 'rx.mjs');
  let reportFile = '';
  let report: RuntimeLeakReport;

  beforeAll(async () => {
    const run = await runFixture(RX_APP, {
      env: { LEAKGUARD_SAMPLE_INTERVAL: '200ms', FIXTURE_MS: '4000' },
    });
    expect(run.code, run.stderr).toBe(0);
    report = run.report!;
    reportFile = join(tree({}), 'report.json');
    writeFileSync(reportFile, JSON.stringify(report));
  }, 90_000);

  it("the finder saw both subscriptions at the app's `.subscribe(`, on the Subjects", () => {
    const app = report.sites!.filter((s) => s.file === RX_APP);
    expect(app.filter((s) => s.line === 19)).toMatchObject([
      { kind: 'rx-subscription', receiverType: 'Subject', event: null, column: 11, leaking: true },
    ]);
    expect(app.filter((s) => s.line === 15)).toMatchObject([
      { kind: 'rx-subscription', column: 12, created: 1, count: 1, leaking: false },
    ]);
  });

  it('marks a thrown-away subject.subscribe(…) growing, and one made once ran', () => {
    const r = scan({ cwd: APP_DIR, paths: ['rx.mjs'], runtime: [reportFile] });
    expect(statusByLine(r)).toEqual({
      15: 'no-discarded-disposable ran',
      19: 'no-discarded-disposable growing',
    });
    const growing = r.reports[0]!.findings.find((f) => f.line === 19)!.runtime!;
    expect(growing.growthPerMinute).toBeGreaterThan(100);
    expect(growing.live).toBeGreaterThan(20);
    expect(r.runtimeOnly).toEqual([]);
    expect(r.summary.runtime).toMatchObject({ growing: 1, carried: 0, ran: 1, notSeen: 0 });
  });
});

/** A process report with the given app sites (what the finder writes at exit). */
function processReport(sites: RuntimeSiteSummary[], active = true): RuntimeLeakReport {
  return {
    active,
    pid: 1,
    generatedAt: new Date(0).toISOString(),
    startedAt: null,
    uptimeMs: 0,
    sampleIntervalMs: 2000,
    samples: 0,
    settledSamples: 0,
    gc: false,
    leaks: [],
    internal: [],
    top: [],
    sites,
    stats: { sites: sites.length, trackedItems: 0, calls: 0, captures: 0 },
  };
}

function site(
  file: string,
  line: number,
  column: number,
  over: Partial<RuntimeSiteSummary> = {},
): RuntimeSiteSummary {
  return {
    site: `${file}:${line}:${column}`,
    file,
    line,
    column,
    kind: 'listener',
    receiverType: 'EventEmitter',
    event: 'x',
    created: 10,
    count: 10,
    growthPerMinute: 0,
    leaking: false,
    carried: false,
    ...over,
  };
}

describe('runtime reports: what is read and how it is matched', () => {
  const CODE = `export function a(room, bus) {
  bus
    .on('x', () => {});
}
export function b(room, bus) {
  bus.on('y', () => {}); setInterval(() => {}, 1000);
}
`;

  it('matches a site on the callee (a chain over lines too), not elsewhere in the call', () => {
    const dir = tree({ 'a.js': CODE });
    const file = join(dir, 'a.js');
    // line 3 col 6 is `on` of the chained call; line 6 col 18 is inside the listener of b's
    // bus.on(), which is not that call's site; setInterval spans columns 26-36 of line 6.
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify(
        processReport([
          site(file, 3, 6, { leaking: true, growthPerMinute: 5 }),
          site(file, 6, 18, { leaking: true, growthPerMinute: 5 }),
          site(file, 6, 27, { kind: 'interval' }),
        ]),
      ),
    );
    const r = scan({ cwd: dir, runtime: ['r.json'] });
    expect(
      r.reports[0]!.findings.map((f) => `${f.line}:${f.column} ${f.rule} ${f.runtime?.status}`),
    ).toEqual([
      '2:3 no-unmanaged-listener growing',
      '6:3 no-unmanaged-listener not-seen',
      '6:26 no-unmanaged-timer ran',
    ]);
  });

  it('a call whose growing sites are all carried is carried; one that grows by itself wins', () => {
    const dir = tree({ 'a.js': CODE });
    const file = join(dir, 'a.js');
    // Two processes: in one the chained call's site grew by itself, in the other only with
    // its receivers; line 6's bus.on() grew only with its receivers. A report written before
    // `carried` existed (no such key) still reads, as growing.
    const { carried: _, ...old } = site(file, 6, 8, { leaking: true, growthPerMinute: 1 });
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify([
        processReport([site(file, 3, 6, { leaking: true, carried: true, growthPerMinute: 5 })]),
        processReport([
          site(file, 3, 6, { leaking: true, growthPerMinute: 2 }),
          site(file, 6, 8, { leaking: true, carried: true, growthPerMinute: 7 }),
        ]),
      ]),
    );
    writeFileSync(
      join(dir, 'old.json'),
      JSON.stringify(processReport([old as RuntimeSiteSummary])),
    );
    const r = scan({ cwd: dir, runtime: ['r.json'] });
    expect(
      r.reports[0]!.findings.map(
        (f) => `${f.line}:${f.column} ${f.runtime?.status} ${f.runtime?.growthPerMinute}`,
      ),
    ).toEqual(['2:3 growing 5', '6:3 carried 7', '6:26 not-seen 0']);
    expect(r.summary.runtime).toMatchObject({ growing: 1, carried: 1, ran: 0, notSeen: 1 });
    const o = scan({ cwd: dir, runtime: ['old.json'] });
    expect(o.reports[0]!.findings.map((f) => f.runtime?.status)).toEqual([
      'not-seen',
      'growing',
      'not-seen',
    ]);
  });

  it('lists the growing sites of scanned files that no finding covers, merged across reports', () => {
    const dir = tree({ 'a.js': CODE, 'b.js': 'export const x = 1;\n', 'skip/c.js': CODE });
    const a = join(dir, 'a.js');
    const b = join(dir, 'b.js');
    const c = join(dir, 'skip', 'c.js');
    const grows = (over: Partial<RuntimeSiteSummary>) => ({
      leaking: true,
      growthPerMinute: 3,
      ...over,
    });
    writeFileSync(
      join(dir, 'r.json'),
      JSON.stringify([
        processReport([
          // on a finding's callee: matched, not listed
          site(a, 3, 6, grows({})),
          // inside a listener's body (line 3, column 14): no finding there
          site(a, 3, 14, grows({ kind: 'timeout', receiverType: 'Timeout', event: null })),
          // a file without findings
          site(b, 1, 1, grows({ growthPerMinute: 9, count: 4 })),
          // not growing: never listed
          site(b, 1, 5, {}),
          // a file not scanned
          site(c, 3, 6, grows({})),
        ]),
        processReport([
          site(b, 1, 1, grows({ growthPerMinute: 2, count: 6 })),
          site(a, 6, 40, grows({ carried: true, growthPerMinute: 50 })),
        ]),
      ]),
    );
    const r = scan({ cwd: dir, paths: ['a.js', 'b.js'], runtime: ['r.json'] });
    expect(r.runtimeOnly).toEqual([
      {
        file: 'b.js',
        line: 1,
        column: 1,
        kind: 'listener',
        receiverType: 'EventEmitter',
        event: 'x',
        growthPerMinute: 9,
        live: 10,
        carried: false,
      },
      {
        file: 'a.js',
        line: 3,
        column: 14,
        kind: 'timeout',
        receiverType: 'Timeout',
        event: null,
        growthPerMinute: 3,
        live: 10,
        carried: false,
      },
      expect.objectContaining({ file: 'a.js', line: 6, column: 40, carried: true }),
    ]);
    expect(r.summary.runtime?.runtimeOnly).toBe(3);
    // Without runtime reports there is no list at all.
    expect(scan({ cwd: dir, paths: ['a.js'] }).runtimeOnly).toBeUndefined();
  });

  it('reads a leakguard watch report (one entry per process), an array, and skips inactive ones', () => {
    const dir = tree({ 'a.js': CODE });
    const file = join(dir, 'a.js');
    const grows = processReport([site(file, 3, 6, { leaking: true, growthPerMinute: 9 })]);
    const ran = processReport([site(file, 3, 6, { created: 4, count: 1 })]);
    writeFileSync(
      join(dir, 'watch.json'),
      JSON.stringify({
        version: 1,
        command: ['node', 'a.js'],
        exitCode: 0,
        signal: null,
        processes: [
          { ...ran, argv: [], final: true },
          { ...processReport([], false), sites: undefined, argv: [], final: true },
        ],
      }),
    );
    writeFileSync(join(dir, 'two.json'), JSON.stringify([grows, ran]));
    const watch = scan({ cwd: dir, runtime: ['watch.json'] });
    expect(watch.summary.runtime?.reports).toBe(1);
    expect(watch.reports[0]!.findings[0]!.runtime).toEqual({
      status: 'ran',
      created: 4,
      live: 1,
      growthPerMinute: 0,
    });
    // Two runs: growing in one is growing; what they made adds up.
    const two = scan({ cwd: dir, runtime: ['two.json', 'watch.json'] });
    expect(two.summary.runtime?.reports).toBe(3);
    expect(two.reports[0]!.findings[0]!.runtime).toEqual({
      status: 'growing',
      created: 18,
      live: 12,
      growthPerMinute: 9,
    });
  });

  it('refuses a report it cannot use, naming it, before scanning', async () => {
    const dir = tree({ 'a.js': CODE });
    writeFileSync(join(dir, 'bad.json'), '{ nope');
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ findings: [] }));
    const live = { ...processReport([]) } as Partial<RuntimeLeakReport>;
    delete live.sites;
    writeFileSync(join(dir, 'live.json'), JSON.stringify(live));
    for (const [name, message] of [
      ['missing.json', /^cannot read runtime report missing\.json: ENOENT/],
      ['bad.json', /^cannot read runtime report bad\.json: .*JSON/],
      ['other.json', /^runtime report other\.json is not a report of leakguard's runtime finder/],
      [
        'live.json',
        /^runtime report live\.json has no list of sites: write it with leakguard watch/,
      ],
    ] as const) {
      expect(() => scan({ cwd: dir, runtime: [name] })).toThrow(message);
      await expect(scanAsync({ cwd: dir, runtime: [name] })).rejects.toThrow(RuntimeReportError);
    }
    const cli = scanCli(dir, '--runtime', 'live.json');
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('error: runtime report live.json has no list of sites');
  });

  it('checks the options', () => {
    const dir = tree({ 'a.js': CODE });
    expect(() => scan({ cwd: dir, runtime: 'r.json' as unknown as string[] })).toThrow(
      /^Expected `runtime` to be an array of report paths/,
    );
    expect(() =>
      scan({ cwd: dir, runtime: ['r.json'], runtimeStatus: ['grown' as 'growing'] }),
    ).toThrow(
      /^Expected `runtimeStatus` to be an array of 'growing', 'carried', 'ran', 'not-seen'/,
    );
    expect(() => scan({ cwd: dir, runtimeStatus: ['growing'] })).toThrow(
      '`runtimeStatus` needs `runtime`',
    );
    const cli = scanCli(dir, '--runtime-status', 'growing');
    expect(cli.status).toBe(2);
    expect(cli.stderr).toContain('--runtime-status needs --runtime <report>');
    const typo = scanCli(dir, '--runtime', 'r.json', '--runtime-status', 'grows');
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('--runtime-status grows: unknown status');
  });
});

describe('the finder report with sites', () => {
  it('lists sites only when asked, and checks the argument', () => {
    const f = new LeakFinder({ sampleIntervalMs: 1000 });
    expect(f.report().sites).toBeUndefined();
    expect(f.report({ sites: true }).sites).toEqual([]);
    expect(() => f.report({ site: true } as never)).toThrow(/Unknown option `site`/);
    expect(() => f.report({ sites: 'yes' } as never)).toThrow(/Expected `sites` to be a boolean/);
  });
});
