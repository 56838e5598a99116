// no-unpaired-teardown and no-partial-cleanup through ESLint's RuleTester (the plugin runs the same analysis as the
// CLI): positives and negatives, syntax-only path.
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const tester = new RuleTester({
  languageOptions: { parser: tsParser, ecmaVersion: 2022, sourceType: 'module' },
});
const err = (n = 1) => Array.from({ length: n }, () => ({ messageId: 'finding' }));

tester.run('no-unpaired-teardown', rules['no-unpaired-teardown'], {
  valid: [
    // removed in the teardown
    `class A { ch = new Channel(); onMsg = (m) => {}; connect() { this.ch.on('message', this.onMsg); } disconnect() { this.ch.off('message', this.onMsg); } }`,
    // the field is ended in the teardown
    `class A { ch = new Channel(); connect() { this.ch.on('message', () => {}); } disconnect() { this.ch.close(); } }`,
    // no teardown: the field dies with the object
    `class A { ch = new Channel(); connect() { this.ch.on('message', () => {}); } }`,
    // a helper the constructor calls runs once
    `class A { constructor() { this.ch = new Channel(); this.bindListeners(); } bindListeners() { this.ch.on('x', () => {}); } destroy() { this.gone = true; } }`,
    // the teardown clears the timeout (directly or through a method it calls)
    `class T { poke() { this.t = setTimeout(() => this.run(), 10); } stop() { clearTimeout(this.t); } }`,
    `class T { poke() { this.t = setTimeout(() => this.run(), 10); } reset() { clearTimeout(this.t); } stop() { this.reset(); } }`,
    // prototype class whose teardown clears the member
    `function S() {} S.prototype.later = function () { this.t = setTimeout(() => this.go(), 100); }; S.prototype.end = function () { clearTimeout(this.t); };`,
    // Shapes removed on 2026-12-03 (fix-corpus decision criteria): a listener on a field the
    // class created, a timeout that nothing clears, and prototype-style classes.
    `class A { ch = new Channel(); connect() { this.ch.on('message', () => {}); } disconnect() { this.peers.clear(); } }`,
    `class T { poke() { this.t = setTimeout(() => this.run(), 10); } destroy() { this.dom.remove(); } }`,
    `function S() {} S.prototype.retry = function () { setTimeout(this.start.bind(this), 1000); }; S.prototype.end = function () { this.port.close(); };`,
  ],
  invalid: [
    {
      code: `class T { poke() { clearTimeout(this.t); this.t = setTimeout(() => this.run(), 10); } close() { this.closed = true; } }`,
      errors: err(),
      // --fix / ESLint --fix: the teardown clears it first
      output: `class T { poke() { clearTimeout(this.t); this.t = setTimeout(() => this.run(), 10); } close() { if (this.t) clearTimeout(this.t); this.closed = true; } }`,
    },
    // A teardown that ends one part of the object (detach(el)) gets no fix.
    {
      code: `class T { poke() { clearTimeout(this.t); this.t = setTimeout(() => this.run(), 10); } detach(el) { this.els.delete(el); } }`,
      errors: err(),
      output: null,
    },
    // Nor does a static or getter "teardown", or an arrow property with an expression body.
    {
      code: `class T { poke() { clearTimeout(this.t); this.t = setTimeout(() => this.run(), 10); } close = () => this.sock.end(); }`,
      errors: err(),
      output: null,
    },
    {
      code: `class T { poke() { clearTimeout(this.#t); this.#t = setTimeout(() => this.run(), 10); } #t; async destroy() {\n    await this.flush();\n  } }`,
      errors: err(),
      output: `class T { poke() { clearTimeout(this.#t); this.#t = setTimeout(() => this.run(), 10); } #t; async destroy() {\n    if (this.#t) clearTimeout(this.#t);\n    await this.flush();\n  } }`,
    },
  ],
});

tester.run('no-partial-cleanup', rules['no-partial-cleanup'], {
  valid: [
    // removed before every done()
    `function each(s, fn, done) { const h = () => {}; s.on('c', h); fn((err) => { s.off('c', h); if (err) return done(err); done(); }); }`,
    // the clear is in a finally around both
    `function req(sock, ms) { return new Promise((resolve, reject) => { const t = setTimeout(() => reject(new Error('t')), ms); sock.send(async () => { try { if (await sock.bad()) return reject(new Error('x')); resolve(); } finally { clearTimeout(t); } }); }); }`,
  ],
  invalid: [
    {
      code: `function each(s, fn, done) { const h = () => {}; s.on('c', h); fn((err, more) => { if (err) { s.off('c', h); return done(err); } if (more === false) return done(); s.off('c', h); done(); }); }`,
      errors: err(),
    },
  ],
});

// Issue #16's candidates AW, UD and PT through ESLint (the plugin runs the same analysis).
tester.run('no-partial-cleanup (AW: a listener a watcher toggles)', rules['no-partial-cleanup'], {
  valid: [
    `import { watch, onBeforeUnmount } from 'vue'; export function useKeys(open, onKey) { watch(open, (v) => { if (v) window.addEventListener('keydown', onKey); else window.removeEventListener('keydown', onKey); }); onBeforeUnmount(() => window.removeEventListener('keydown', onKey)); }`,
  ],
  invalid: [
    {
      code: `import { watch } from 'vue'; export function useKeys(open, onKey) { watch(open, (v) => { if (v) window.addEventListener('keydown', onKey); else window.removeEventListener('keydown', onKey); }); }`,
      errors: err(),
    },
  ],
});

tester.run(
  'no-listener-identity-mistake (UD: a removal of an undefined listener)',
  rules['no-listener-identity-mistake'],
  {
    valid: [
      `class P { constructor() { window.addEventListener('resize', this.onResize); } onResize = () => {}; destroy() { window.removeEventListener('resize', this.onResize); } }`,
    ],
    invalid: [
      {
        code: `class P { constructor() { window.addEventListener('resize', this.onResize); } onResize = () => {}; destroy() { window.removeEventListener('resize', this.onResze); } }`,
        errors: err(),
      },
    ],
  },
);

tester.run(
  'no-discarded-disposable (PT: an element moved out of the component)',
  rules['no-discarded-disposable'],
  {
    valid: [
      `export default { mounted() { document.body.appendChild(this.$el); }, beforeDestroy() { this.$el.remove(); } };`,
    ],
    invalid: [
      {
        code: `export default { mounted() { document.body.appendChild(this.$el); } };`,
        errors: err(),
      },
    ],
  },
);
