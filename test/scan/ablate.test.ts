// The evaluation switches of src/scan/rules/ablate.ts (issue #16): named exemptions switched off
// with setAblations(), which `npm run eval:scan-ablate` calls in a child per exemption to measure
// what each one costs. What matters here: a wrong name is an error naming it, a switch really
// turns its exemption off (and only when set), and nothing outside the evaluation reaches it
// (the CLI ignores the environment variable the switch once was).
import { afterEach, describe, expect, it } from 'vitest';
import { scan } from '../../src/scan/scanner.js';
import { ABLATIONS, parseAblations, setAblations } from '../../src/scan/rules/ablate.js';
import { scanCliWith } from './support/cli.js';
import { tempTrees } from './support/tree.js';

const tree = tempTrees('leakguard-ablate-');

const lines = (r: ReturnType<typeof scan>): string[] =>
  r.reports.flatMap((f) => f.findings.map((x) => `${x.rule}@${x.line}`));

afterEach(() => setAblations(new Set()));

describe('ablations', () => {
  it('reads a comma-separated list of known names, and nothing from an empty value', () => {
    expect([...parseAblations(undefined)]).toEqual([]);
    expect([...parseAblations('')]).toEqual([]);
    expect([...parseAblations(' listener.guarded , timer.zero-delay ')]).toEqual([
      'listener.guarded',
      'timer.zero-delay',
    ]);
    expect(Object.keys(ABLATIONS).length).toBeGreaterThan(20);
  });

  it('rejects an unknown name, naming it', () => {
    expect(() => parseAblations('listener.guarded,listener.gaurded')).toThrow(
      /unknown exemption "listener\.gaurded"/,
    );
  });

  it('switches the named exemption off in a scan, and only when set', () => {
    const dir = tree({
      'a.js': `class Lazy {
  start() {
    if (!this.started) {
      this.started = true;
      this.bus.on('stop', () => this.close());
    }
  }
  close() {}
}
`,
    });
    expect(lines(scan({ cwd: dir }))).toEqual([]);
    setAblations(parseAblations('listener.guarded'));
    expect(lines(scan({ cwd: dir }))).toEqual(['no-unmanaged-listener@5']);
    setAblations(parseAblations('timer.zero-delay'));
    expect(lines(scan({ cwd: dir }))).toEqual([]);
    setAblations(new Set());
    expect(lines(scan({ cwd: dir }))).toEqual([]);
    // The published CLI reads no switch from the environment.
    const cli = scanCliWith({ LEAKGUARD_SCAN_ABLATE: 'listener.guarded' }, dir, '--format', 'json');
    expect(cli.status, cli.stderr).toBe(0);
    expect((JSON.parse(cli.stdout) as { findings: unknown[] }).findings).toEqual([]);
  });
});
