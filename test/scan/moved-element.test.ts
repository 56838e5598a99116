// no-discarded-disposable, candidate PT (issue #16): an element a Vue component moves out of its
// tree (to document.body, to an appendTo target) that nothing in the file takes out again. Pinned
// on the two tuning fixes it was written from; the rest are shapes written for the test
// (held-out code is never used here).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';
import { halfOf } from './eval/fixes.js';

const cases = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus', 'fixes');

function found(src: string, file = 'x.js'): { line: number; message: string }[] {
  return analyze(parseFile(src, file), src, { visitorKeys: visitorKeys() })
    .filter((f) => f.rule === 'no-discarded-disposable' && f.message.includes('moves an element'))
    .map((f) => ({ line: f.line, message: f.message }));
}

describe('PT on the tuning fixes it was written from', () => {
  for (const id of ['didi__mand-mobile__0483ac7', 'didi__mand-mobile__b47ed2f'])
    it(`${id}: reported at the move before the fix, not after`, () => {
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

const DIALOG = `
export default {
  props: { appendTo: { default: () => document.body } },
  mounted() {
    document.body.appendChild(this.$el);
  },
};`;

const KEYBOARD = `
export default {
  mounted() {
    const keyboard = this.$refs.keyboard;
    this.appendTo.appendChild(keyboard.$el);
  },
};`;

describe('PT reports an element moved out and never taken out', () => {
  it("the component's own element, moved to document.body", () => {
    const f = found(DIALOG);
    expect(f.map((x) => x.line)).toEqual([5]);
    expect(f[0]!.message).toContain('stays in document.body');
  });

  it("a child's element, through a local", () => {
    expect(found(KEYBOARD).map((x) => x.line)).toEqual([5]);
  });
});

describe('PT leaves alone', () => {
  it('a component that takes it out again (removeChild, remove())', () => {
    const a = DIALOG.replace(
      '  },\n};',
      '  },\n  beforeDestroy() {\n    document.body.removeChild(this.$el);\n  },\n};',
    );
    const b = DIALOG.replace(
      '  },\n};',
      '  },\n  beforeDestroy() {\n    this.$el.remove();\n  },\n};',
    );
    expect(found(a)).toEqual([]);
    expect(found(b)).toEqual([]);
  });

  it("a move inside the component's own tree", () => {
    const src = `
export default {
  mounted() {
    this.$el.appendChild(this.$refs.panel);
  },
};`;
    expect(found(src)).toEqual([]);
  });

  it('an element the code made itself (not one of the component)', () => {
    const src = `
export default {
  mounted() {
    const div = document.createElement('div');
    document.body.appendChild(div);
  },
};`;
    expect(found(src)).toEqual([]);
  });

  it('code outside a Vue component: a plain class with a `$el` field, a mount helper', () => {
    // zulip-desktop's tabs (a naming convention, not Vue) and form-create's mount() helper, whose
    // modal removes its own container: both reported before PT was limited to components.
    const cls = `
export default class Tab {
  constructor(props) {
    this.$el = makeNode(props);
    props.$root.append(this.$el);
  }
}`;
    const helper = `
export function mount(options) {
  const vm = new (Vue.extend(Modal(options)))().$mount();
  window.document.body.appendChild(vm.$el);
  return vm;
}`;
    expect(found(cls)).toEqual([]);
    expect(found(helper)).toEqual([]);
  });
});
