// Candidate R of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate R"): a
// removal names the event and listener of a registration of the same file, but on an object that
// is certainly another one, so it removes nothing and the listener stays. The invalid cases are
// the shapes of the fix corpus: vuetify dfc257f (tuning, what R was written from), heyui e7865e6
// and excalidraw 4eac0c1 (held-out, caught before R as listeners nothing removes).
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';
import { analyze } from '../../src/scan/analyze.js';
import { parseFile } from '../../src/scan/parse.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('removed from another object', rules['no-listener-identity-mistake'], {
  valid: [
    // removed from the object it was added to
    `window.addEventListener('scroll', onScroll);
     export function stop() { window.removeEventListener('scroll', onScroll); }`,
    // the file adds the listener to both objects: the removal on document has its own match
    `window.addEventListener('scroll', onScroll); document.addEventListener('scroll', onScroll);
     export function stop() { document.removeEventListener('scroll', onScroll); window.removeEventListener('scroll', onScroll); }`,
    // window.self is window: not certainly another object
    `window.addEventListener('message', onMessage);
     export function stop() { window.self.removeEventListener('message', onMessage); }`,
    // two names that may be one object (an alias): not certainly another object
    `export class A { start(el) { this.el = el; el.addEventListener('click', this.onClick); }
       stop() { this.el.removeEventListener('click', this.onClick); } onClick() {} }`,
    // `this` in a plain function listener is the emitter it was added to (src/realtime/transport.ts)
    `export function attach(ws) { ws.on('close', onClose); }
     function onClose() { this.off('close', onClose); }`,
    // `this.off()` of a class that forwards to its field (Excalibur's BrowserComponent)
    `export class C { on(e, h) { this.off(e, h); this.target.addEventListener(e, h); }
       off(e, h) { this.target.removeEventListener(e, h); } }`,
    // another event: the removal is for something else
    `window.addEventListener('resize', onResize);
     export function stop() { document.removeEventListener('scroll', onResize); }`,
  ],
  invalid: [
    // vuetify dfc257f: added to window, removed from document at unmount
    {
      code: `import { onBeforeUnmount, onMounted, watch } from 'vue';
        export function useSticky({ isSticky }) {
          onMounted(() => {
            watch(isSticky, (val) => {
              if (val) window.addEventListener('scroll', onScroll, { passive: true });
              else window.removeEventListener('scroll', onScroll);
            }, { immediate: true });
          });
          onBeforeUnmount(() => { document.removeEventListener('scroll', onScroll); });
          function onScroll() {}
        }`,
      errors: err(),
    },
    // heyui e7865e6's shape: added to window, removed from document.body
    {
      code: `export default {
          mounted() { window.addEventListener('scroll', this.trigger, false); },
          beforeDestroy() { document.body.removeEventListener('scroll', this.trigger); },
          methods: { trigger() {} },
        };`,
      errors: err(),
    },
    // one object and its property
    {
      code: `export class Store {
          storeRoom(room) { room.currentState.on('RoomState.members', this.onRoomMember); }
          removeRoom(room) { room.removeListener('RoomState.members', this.onRoomMember); }
          onRoomMember() {}
        }`,
      errors: err(),
    },
  ],
});

describe('the finding', () => {
  it('stands at the registration that stays, names both objects, and replaces the unmanaged-listener finding', () => {
    const src = `window.addEventListener('scroll', onScroll);
export function stop() { document.removeEventListener('scroll', onScroll); }
function onScroll() {}
`;
    const found = analyze(parseFile(src, 'a.js'), src);
    expect(found.map((f) => [f.rule, f.line])).toEqual([['no-listener-identity-mistake', 1]]);
    expect(found[0]!.message).toMatch(
      /adds the listener to window, but document\.removeEventListener/,
    );
    expect(found[0]!.suggestion).toMatch(/window\.removeEventListener/);
  });
});
