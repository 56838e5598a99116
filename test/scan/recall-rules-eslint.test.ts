// no-unpaired-teardown through ESLint's RuleTester (the plugin runs the same analysis as the
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
    },
  ],
});
