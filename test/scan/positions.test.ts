// Where a finding is shown. A registration chained on another (`reader.on('a', f).on('b', g)`)
// starts where the chain starts; it is shown at its own method name, so that each link of the
// chain has a place of its own (bower's removeIgnores() gave three findings at one line and
// column, which neither a reader nor the clean corpus's labels could tell apart).
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';

function found(src: string): { line: number; column: number; start: number; rule: string }[] {
  return analyze(parseFile(src, 'x.js'), src, { visitorKeys: visitorKeys() }).map((f) => ({
    line: f.line,
    column: f.column,
    start: f.start,
    rule: f.rule,
  }));
}

describe('finding positions', () => {
  it('shows each link of a registration chain at its own method name', () => {
    const src = `function removeListeners(reader) {
  reader
    .on('child', (e) => list.push(e))
    .on('error', reject)
    .on('end', done);
}
`;
    const f = found(src);
    expect(f.map((x) => `${x.line}:${x.column} ${x.rule}`)).toEqual([
      '2:3 no-listener-identity-mistake',
      '4:6 no-listener-identity-mistake',
      '5:6 no-listener-identity-mistake',
    ]);
    // The offsets the project pass and --fix work with stay the call's own: the chain's start.
    expect(new Set(f.map((x) => x.start))).toEqual(new Set([src.indexOf('reader\n')]));
  });

  it('shows a call on a value that another call returns where it starts, as before', () => {
    const src = `export function mount(el) {
  $(window).on('resize', () => el.fit());
}
`;
    // `$(window)` is a call, but no registration: the finding is shown where its call starts.
    expect(found(src).map((x) => `${x.line}:${x.column}`)).toEqual(['2:3']);
  });
});
