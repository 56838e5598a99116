// no-listener-identity-mistake, candidate UD (issue #16): a removal given a listener that is
// undefined where it runs — a property nothing in the file defines, or a variable declared without
// a value and never assigned — removes nothing. Pinned on the two tuning fixes it was written from;
// the rest are shapes written for the test (held-out code is never used here).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { halfOf } from './eval/fixes.js';

const RULE = 'no-listener-identity-mistake';
const cases = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'fixes');

function found(src: string, file = 'x.ts'): { line: number; message: string }[] {
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === RULE)
    .map((f) => ({ line: f.line, message: f.message }));
}

describe('UD on the tuning fixes it was written from', () => {
  for (const id of ['vue-leaflet__vue-leaflet__297c6f8', 'vueComponent__ant-design-vue__9855e43'])
    it(`${id}: reported at the registration before the fix, not after`, () => {
      const meta = JSON.parse(readFileSync(join(cases, 'cases', id, 'case.json'), 'utf8')) as {
        repo: string;
        file: string;
        leak: { line: number };
      };
      expect(halfOf(meta.repo)).toBe('tuning');
      const read = (side: string) =>
        readFileSync(join(cases, 'cases', id, side, meta.file), 'utf8');
      expect(found(read('before'), meta.file).map((f) => f.line)).toEqual([meta.leak.line]);
      expect(found(read('after'), meta.file)).toEqual([]);
    });
});

const MISSPELLED = `
export class Panel {
  constructor(el) {
    this.el = el;
    window.addEventListener('resize', this.onResize);
  }
  onResize = () => this.layout();
  layout() {}
  destroy() {
    window.removeEventListener('resize', this.onResze);
  }
}`;

const SHADOWED = `
export function attach(node, nextTick) {
  let onClick;
  const clear = () => node.removeEventListener('click', onClick, true);
  nextTick(() => {
    clear();
    const onClick = () => node.classList.add('clicked');
    node.addEventListener('click', onClick, true);
  });
  return clear;
}`;

describe('UD reports a removal of a listener that is undefined where it runs', () => {
  it('a property the file defines nowhere, next to the one registered', () => {
    const f = found(MISSPELLED);
    expect(f.map((x) => x.line)).toEqual([5]);
    expect(f[0]!.message).toContain('onResze is defined nowhere in this file');
  });

  it('a variable declared without a value and never assigned, shadowed where it is added', () => {
    const f = found(SHADOWED);
    expect(f.map((x) => x.line)).toEqual([8]);
    expect(f[0]!.message).toContain('declared without a value and never assigned');
  });
});

describe('UD leaves alone', () => {
  it('a property the file assigns (an alias or a bound copy)', () => {
    const src = MISSPELLED.replace(
      'this.el = el;',
      'this.el = el;\n    this.onResze = this.onResize;',
    );
    expect(found(src)).toEqual([]);
  });

  it('a property a string names (it may be defined by that name)', () => {
    const src = MISSPELLED.replace('layout() {}', "layout() {}\n  static keys = ['onResze'];");
    expect(found(src)).toEqual([]);
  });

  it('a registered property the file does not define either (a mixin may define both)', () => {
    const src = MISSPELLED.replace('onResize = () => this.layout();', '');
    expect(found(src)).toEqual([]);
  });

  it('a listener that another removal of the file names', () => {
    const src = MISSPELLED.replace(
      "window.removeEventListener('resize', this.onResze);",
      "window.removeEventListener('resize', this.onResze);\n    window.removeEventListener('resize', this.onResize);",
    );
    expect(found(src)).toEqual([]);
  });

  it('a variable the file assigns later', () => {
    const src = SHADOWED.replace('const onClick = () =>', 'onClick = () =>');
    expect(found(src)).toEqual([]);
  });

  it('one declaration on both sides (both read the same variable)', () => {
    const src = `
export function attach(node) {
  let onClick;
  node.addEventListener('click', onClick);
  return () => node.removeEventListener('click', onClick);
}`;
    expect(found(src)).toEqual([]);
  });
});

describe('UD and a removal that can match a registration', () => {
  it('a removed property that is itself registered on that receiver and event', () => {
    const src = MISSPELLED.replace(
      "window.addEventListener('resize', this.onResize);",
      "window.addEventListener('resize', this.onResize);\n    window.addEventListener('resize', this.onResze);",
    );
    expect(found(src).filter((f) => f.message.includes('defined nowhere'))).toEqual([]);
  });
});
