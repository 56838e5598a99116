// no-partial-cleanup, candidate AW (issue #16, leak shape 1): a listener a watcher adds to a page
// object and removes as its value changes, which nothing removes when the component ends. Pinned
// on the four tuning fixes it was written from; the rest are the shapes it must and must not
// report, written for the test (held-out code is never used here).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { halfOf } from './eval/fixes.js';

const RULE = 'no-partial-cleanup';
const cases = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'fixes');

function found(
  src: string,
  file = 'x.ts',
): { line: number; message: string; suggestion: string | undefined }[] {
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys(), jsx: /x$/.test(file) })
    .filter((f) => f.rule === RULE)
    .map((f) => ({ line: f.line, message: f.message, suggestion: f.suggestion }));
}

describe('AW on the tuning fixes it was written from', () => {
  for (const id of [
    'varletjs__varlet__ac2cff6',
    'vuetifyjs__vuetify__3176463',
    'vuetifyjs__vuetify__a72df88',
    'vuetifyjs__vuetify__e7c6ed5',
  ])
    it(`${id}: reported at the registration before the fix, not after`, () => {
      const meta = JSON.parse(readFileSync(join(cases, 'cases', id, 'case.json'), 'utf8')) as {
        repo: string;
        file: string;
        leak: { line: number };
      };
      expect(halfOf(meta.repo)).toBe('tuning');
      const read = (side: string) =>
        readFileSync(join(cases, 'cases', id, side, meta.file), 'utf8');
      const before = found(read('before'), meta.file);
      expect(before.map((f) => f.line)).toContain(meta.leak.line);
      expect(before.every((f) => f.message.includes('only by this watcher'))).toBe(true);
      expect(found(read('after'), meta.file)).toEqual([]);
    });
});

const COMPOSITION = `
import { watch } from 'vue';
export function useOverlay(isActive) {
  function onKeydown(e) {}
  watch(isActive, (val) => {
    if (val) window.addEventListener('keydown', onKeydown);
    else window.removeEventListener('keydown', onKeydown);
  });
}`;

const OPTIONS = `
export default {
  watch: {
    isFocused(val) {
      if (val) document.addEventListener('copy', this.onCopy);
      else document.removeEventListener('copy', this.onCopy);
    },
    menu: {
      handler(open) {
        open
          ? document.body.addEventListener('click', this.close)
          : document.body.removeEventListener('click', this.close);
      },
      immediate: true,
    },
  },
  methods: { onCopy() {}, close() {} },
};`;

const EFFECT = `
import React, { useEffect } from 'react';
export function Menu({ open, onClose }) {
  useEffect(() => {
    if (open) document.addEventListener('mousedown', onClose);
    else document.removeEventListener('mousedown', onClose);
  }, [open]);
  React.useLayoutEffect(() => {
    if (open) window.addEventListener('resize', onClose);
    else window.removeEventListener('resize', onClose);
  }, [open]);
  return null;
}`;

describe('AW reports a listener only its watcher removes', () => {
  it('a composition-API watch callback', () => {
    const f = found(COMPOSITION);
    expect(f.map((x) => x.line)).toEqual([6]);
    expect(f[0]!.message).toContain('window.addEventListener("keydown", …)');
    expect(f[0]!.suggestion ?? '').toContain('onBeforeUnmount');
  });

  it('options-API watch handlers, plain and { handler }', () => {
    expect(found(OPTIONS).map((x) => x.line)).toEqual([5, 11]);
  });

  it('React effects that return no cleanup', () => {
    const f = found(EFFECT, 'x.jsx');
    expect(f.map((x) => x.line)).toEqual([5, 9]);
    expect(f.every((x) => x.message.includes('only by this effect'))).toBe(true);
    expect(f[0]!.suggestion ?? '').toContain('Return a cleanup');
  });
});

describe('AW leaves alone', () => {
  it('a listener the unmount hook removes too', () => {
    const src = COMPOSITION.replace(
      '\n}',
      "\n  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown));\n}",
    ).replace("import { watch } from 'vue';", "import { watch, onBeforeUnmount } from 'vue';");
    expect(found(src)).toEqual([]);
  });

  it('a listener on an object of the component (its own element)', () => {
    const src = COMPOSITION.replace(/window\./g, 'el.value.');
    expect(found(src)).toEqual([]);
  });

  it('an effect that returns a cleanup', () => {
    const src = `
import { useEffect } from 'react';
export function Menu({ open, onClose }) {
  useEffect(() => {
    if (!open) return;
    document.addEventListener('mousedown', onClose);
    return () => document.removeEventListener('mousedown', onClose);
  }, [open]);
  return null;
}`;
    expect(found(src, 'x.jsx')).toEqual([]);
  });

  it('a watcher that adds with no removal anywhere (another rule reports that)', () => {
    const src = `
import { watch } from 'vue';
export function useKeys(on) {
  function onKeydown(e) {}
  watch(on, (v) => { if (v) window.addEventListener('keydown', onKeydown); });
}`;
    expect(found(src)).toEqual([]);
  });

  it('a toggle outside any watcher (a method the component calls)', () => {
    const src = `
export default {
  methods: {
    toggle(v) {
      if (v) document.addEventListener('copy', this.onCopy);
      else document.removeEventListener('copy', this.onCopy);
    },
  },
};`;
    expect(found(src)).toEqual([]);
  });
});
