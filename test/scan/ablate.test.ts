// The evaluation switches of src/scan/rules/ablate.ts (issue #16): named exemptions switched off
// with LEAKGUARD_SCAN_ABLATE, read once per process, so `npm run eval:scan-ablate` can measure
// what each one costs. What matters here: a wrong name is an error naming it, and a switch really
// turns its exemption off (and only when set).
import { describe, expect, it } from 'vitest';
import { ABLATIONS, parseAblations } from '../../src/scan/rules/ablate.js';
import { scanCliWith } from './support/cli.js';
import { tempTrees } from './support/tree.js';

const tree = tempTrees('leakguard-ablate-');
/** `leakguard scan --format json` in `cwd` with LEAKGUARD_SCAN_ABLATE set to `ablate`. */
const scanWith = (cwd: string, ablate: string | undefined) =>
  scanCliWith({ LEAKGUARD_SCAN_ABLATE: ablate }, cwd, '--format', 'json');

const lines = (stdout: string): string[] =>
  (JSON.parse(stdout) as { findings: { rule: string; line: number }[] }).findings.map(
    (f) => `${f.rule}@${f.line}`,
  );

describe('LEAKGUARD_SCAN_ABLATE', () => {
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
    const off = scanWith(dir, undefined);
    expect(off.status, off.stderr).toBe(0);
    expect(lines(off.stdout)).toEqual([]);
    const on = scanWith(dir, 'listener.guarded');
    expect(on.status, on.stderr).toBe(1);
    expect(lines(on.stdout)).toEqual(['no-unmanaged-listener@5']);
    const other = scanWith(dir, 'timer.zero-delay');
    expect(lines(other.stdout)).toEqual([]);
    const bad = scanWith(dir, 'no.such');
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('unknown exemption "no.such"');
  });
});
