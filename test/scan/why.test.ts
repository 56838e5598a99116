// `scan({ why: true })` / `leakguard scan --why` (src/scan/why.ts): on each finding the project
// pass could have dropped and did not, why — the function around it and why that function may
// run any number of times, up its callers — so a user can tell a finding in code that runs once
// (and mark that function `// leakguard-once`) from one in code that runs per event. Real files
// on disk, scanned as a user scans a project.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BLIND_WHY } from '../../src/scan/project.js';
import { scan, scanAsync } from '../../src/scan/scanner.js';
import { scanCli } from './support/cli.js';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'leakguard-why-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const files = {
  'package.json': '{ "private": true }',
  'bin.js': `import { Server } from './server.js';
const s = new Server(globalBus);
s.start();
plugins.register((client) => s.onClient(client));
`,
  'server.js': `export class Server {
  constructor(bus) {
    this.bus = bus;
  }
  start() {
    this.bus.on('tick', () => this.tick());
  }
  onClient(client) {
    this.watch(client);
  }
  watch(client) {
    this.bus.on('kick', () => client.close());
  }
  tick() {}
}
`,
  'identity.js': `export function attach(el) {
  el.addEventListener('click', () => {});
  el.removeEventListener('click', () => {});
}
attach(document.body);
`,
};

const WATCH_WHY =
  '`watch` (server.js:11) is called from `onClient` (server.js:8), which is called from a function (bin.js:4), which is an anonymous function passed or stored as a value, whose calls nobody counts';

describe('scan({ why })', () => {
  it('says why the project pass kept a finding, up its callers; nothing without the option', async () => {
    const cwd = project(files);
    const kept = (r: Awaited<ReturnType<typeof scanAsync>>) =>
      r.reports.flatMap((x) =>
        x.findings.map((f) => ({ at: `${x.file}:${f.line}`, rule: f.rule, why: f.why })),
      );
    // start() runs once (bin.js's top level), so its listener is dropped; watch() is reached
    // from a callback handed to plugins.register, which may call it any number of times.
    expect(kept(scan({ cwd, why: true }))).toEqual([
      { at: 'identity.js:3', rule: 'no-listener-identity-mistake', why: undefined },
      { at: 'server.js:12', rule: 'no-unmanaged-listener', why: WATCH_WHY },
    ]);
    expect(kept(await scanAsync({ cwd, why: true, workers: 2 }))).toEqual(
      kept(scan({ cwd, why: true })),
    );
    expect(kept(scan({ cwd })).map((f) => f.why)).toEqual([undefined, undefined]);
  });

  it('names the function whose loop makes the call', () => {
    const cwd = project({
      'package.json': '{ "private": true }',
      'lib.js': `export function track(item) {
  bus.on('update', () => item.refresh());
}
`,
      'main.js': `import { track } from './lib.js';
export function trackAll(items) {
  for (const item of items) track(item);
}
trackAll(list);
`,
    });
    const why = scan({ cwd, why: true }).reports.flatMap((r) => r.findings.map((f) => f.why));
    expect(why).toEqual(['`track` (lib.js:1) is called in a loop in `trackAll` (main.js:2)']);
  });

  it('says the pass was off when a scanned file could not be read', () => {
    const cwd = project(files);
    // a dangling symlink: listed, then not readable, so the pass counts no call at all
    symlinkSync(join(cwd, 'missing.js'), join(cwd, 'gone.js'));
    const r = scan({ cwd, why: true });
    expect(r.errors.map((e) => e.file)).toEqual(['gone.js']);
    const why = r.reports.flatMap((x) => x.findings.map((f) => `${x.file}:${f.line} ${f.why}`));
    expect(why).toContain(`server.js:6 ${BLIND_WHY}`);
    expect(why).toContain('identity.js:3 undefined');
  });

  it('rejects a value that is no boolean, naming the option', () => {
    expect(() => scan({ why: 'yes' as never })).toThrow(/`why`|why/);
  });
});

describe('leakguard scan --why', () => {
  it('prints the reason in every format', () => {
    const cwd = project(files);
    const pretty = scanCli(cwd, '--why', '--no-progress');
    expect(pretty.status, pretty.stderr).toBe(1);
    expect(pretty.stdout).toContain(`kept because ${WATCH_WHY}`);
    const json = scanCli(cwd, '--why', '--format', 'json');
    const findings = (JSON.parse(json.stdout) as { findings: { line: number; why?: string }[] })
      .findings;
    expect(findings.map((f) => f.why)).toEqual([undefined, WATCH_WHY]);
    const sarif = scanCli(cwd, '--why', '--format', 'sarif');
    const results = (
      JSON.parse(sarif.stdout) as { runs: { results: { properties?: { why?: string } }[] }[] }
    ).runs[0]!.results;
    expect(results.map((r) => r.properties?.why)).toEqual([undefined, WATCH_WHY]);
    // Without the flag, no reason anywhere.
    expect(scanCli(cwd, '--no-progress').stdout).not.toContain('kept because');
  });
});
