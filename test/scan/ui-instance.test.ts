// Candidate U of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate U"): a
// Vue component makes an instance of a UI library that stays registered with the page or the
// library until it is destroyed, and nothing in the component ends it. The invalid cases are the
// shapes of the fix corpus's tuning cases (vue-tippy 7d81998 and 138eb3d, bootstrap-vue-next
// a9491b4, cube-ui c117842, filebrowser ae893ab); the valid ones are their fixes.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile, visitorKeys } from '../../src/scan/parse.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

/** vue-tippy src/components/Tippy.vue, options API. */
const tippyOptions = (teardown: string) => `import tippy from 'tippy.js';
export default {
  props: ['to'],
  mounted() {
    const elm = document.querySelector(this.to);
    this.tip = tippy(elm, { content: this.$el });
    this.$emit('onCreate', this.tip);
  },
  ${teardown}
};`;

/** vue-tippy src/composables/useTippy.ts: a composable. */
const useTippy = (teardown: string) => `import tippy from 'tippy.js';
import { onMounted, onUnmounted, ref, isRef } from 'vue';
export function useTippy(el, opts) {
  const instance = ref();
  onMounted(() => {
    const target = isRef(el) ? el.value : el;
    target && (instance.value = tippy(target, opts));
  });
  ${teardown}
  return { tippy: instance };
}`;

/** cube-ui picker.vue: one BScroll per column, kept in an array. */
const picker = (teardown: string) => `import BScroll from 'better-scroll';
export default {
  data() { return { wheels: [] } },
  mounted() { this.$nextTick(() => this._createWheel(this.$refs.wrapper, 0)); },
  methods: {
    _createWheel(wrapper, i) {
      if (!this.wheels[i]) {
        const wheel = this.wheels[i] = new BScroll(wrapper.children[i], { wheel: true });
        wheel.on('scrollEnd', () => this.onChange(i));
      }
      return this.wheels[i];
    },
    onChange() {},
  },
  ${teardown}
};`;

tester.run('UI-library instances a component never ends', rules['no-discarded-disposable'], {
  valid: [
    tippyOptions('beforeDestroy() { this.tip && this.tip.destroy(); },'),
    useTippy('onUnmounted(() => { instance.value?.destroy(); });'),
    picker('beforeDestroy() { this.wheels.forEach((wheel) => { wheel.destroy() }) },'),
    picker('destroyed() { for (const w of this.wheels) w.destroy(); },'),
    // echarts' own dispose(chart)
    `import * as echarts from 'echarts';
     export default {
       mounted() { this.chart = echarts.init(this.$refs.el); },
       beforeUnmount() { echarts.dispose(this.chart); },
     };`,
    // a class of the same name that is not the library's
    `import { Modal } from './modal';
     export default { mounted() { this.modal = new Modal(this.$el); } };`,
    // handed on: the caller owns it
    `import tippy from 'tippy.js';
     export default { methods: { make(el) { return tippy(el); } }, mounted() {} };`,
    // not in a component
    `import tippy from 'tippy.js';
     export function attach(el) { const t = tippy(el); t.show(); }`,
  ],
  invalid: [
    { code: tippyOptions(''), errors: err() },
    { code: useTippy(''), errors: err() },
    { code: picker(''), errors: err() },
    // bootstrap-vue-next BPopover.vue: <script setup> made into setup() by the SFC reader
    {
      code: `import Popover from 'bootstrap/js/dist/popover';
        import { defineComponent, onMounted, ref } from 'vue';
        export default defineComponent({
          setup(props) {
            const instance = ref();
            onMounted(() => { instance.value = new Popover(props.target, { trigger: 'click' }); });
            return { instance };
          },
        });`,
      errors: err(),
    },
    // filebrowser Editor.vue: beforeDestroy removes a window listener, never the editor
    {
      code: `import ace from 'ace-builds/src-min-noconflict/ace.js';
        export default {
          mounted() {
            window.addEventListener('keydown', this.keyEvent);
            this.editor = ace.edit('editor', { maxLines: Infinity });
          },
          beforeDestroy() { window.removeEventListener('keydown', this.keyEvent); },
          methods: { keyEvent() {} },
        };`,
      errors: err(),
    },
    // dropped on the spot: nothing can end it
    {
      code: `import Sortable from 'sortablejs';
        export default { mounted() { Sortable.create(this.$refs.list, { animation: 150 }); } };`,
      errors: err(),
    },
  ],
});

describe('candidate U in the scanner', () => {
  it('reads a .vue component and says what holds the instance', () => {
    const code = `<template><div ref="el" /></template>
<script>
import * as echarts from 'echarts';
export default {
  mounted() {
    this.chart = echarts.init(this.$refs.el);
  },
};
</script>
`;
    const found = analyze(parseFile(code, 'Chart.vue'), code, { visitorKeys: visitorKeys() });
    expect(found.map((f) => `${f.line} ${f.rule}`)).toEqual(['6 no-discarded-disposable']);
    expect(found[0]!.message).toMatch(/echarts instance kept in this\.chart, and nothing/);
  });
});
