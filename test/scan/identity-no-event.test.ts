// Candidate R2 of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate R2"):
// a removal given the listener without the event name removes nothing (or throws), so the
// listener stays. The invalid cases are the shapes of the fix corpus: discord.js f9a7947 (tuning,
// what R2 was written from) and uppy 6e17e26 (held-out, caught by R2 alone).
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
/** What --fix makes of `code`: the event put in front of each lone listener. */
const fixed = (code: string) =>
  code
    .replaceAll('this.removeListener(onMessage)', "this.removeListener('message', onMessage)")
    .replaceAll('this.removeListener(onEnd)', "this.removeListener('end', onEnd)")
    .replaceAll(
      'this.uppy.off(fileRemovedHandler)',
      "this.uppy.off('file-removed', fileRemovedHandler)",
    )
    .replaceAll('el.removeEventListener(onMove)', "el.removeEventListener('pointermove', onMove)");

tester.run('removed without the event name', rules['no-listener-identity-mistake'], {
  valid: [
    // the event first
    `export class C { start(bus) { this.bus = bus; bus.on('x', this.h); }
       stop() { this.bus.removeListener('x', this.h); } h() {} }`,
    // MediaQueryList: removeListener(fn) removes a 'change' listener added with addEventListener
    `export function watch(mql, onChange) {
       mql.addEventListener('change', onChange);
       return () => mql.removeListener(onChange);
     }`,
    // the file's own emitter takes the listener alone
    `class Bus { on(e, fn) { this.fns.push(fn); } off(fn) { this.fns = this.fns.filter((f) => f !== fn); } }
     export function use(bus, h) { bus.on('x', h); return () => bus.off(h); }`,
    // the name is an event of the file: off(EVENT) removes that event's listeners
    `const READY = 'ready';
     export function wire(bus, h) { bus.on(READY, h); bus.on('x', READY); bus.off(READY); }`,
    // an event name in a string
    `export function wire(bus, h) { bus.on('x', h); bus.off('x'); }`,
  ],
  invalid: [
    // discord.js f9a7947: a collector's `next` removes its once() listeners without the events
    {
      code: `export class Collector {
          get next() {
            return new Promise((resolve, reject) => {
              const cleanup = () => { this.removeListener(onMessage); this.removeListener(onEnd); };
              const onMessage = (...args) => { cleanup(); resolve(...args); };
              const onEnd = (...args) => { cleanup(); reject(...args); };
              this.once('message', onMessage);
              this.once('end', onEnd);
            });
          }
        }`,
      output: fixed(`export class Collector {
          get next() {
            return new Promise((resolve, reject) => {
              const cleanup = () => { this.removeListener(onMessage); this.removeListener(onEnd); };
              const onMessage = (...args) => { cleanup(); resolve(...args); };
              const onEnd = (...args) => { cleanup(); reject(...args); };
              this.once('message', onMessage);
              this.once('end', onEnd);
            });
          }
        }`),
      errors: err(2),
    },
    // uppy 6e17e26: off(handler) on the long-lived uppy instance, twice
    {
      code: `export class Uploader {
          upload(file) {
            return new Promise((resolve) => {
              const fileRemovedHandler = (f) => { if (f.id === file.id) { this.uppy.off(fileRemovedHandler); resolve(); } };
              this.uppy.on('file-removed', fileRemovedHandler);
              this.onDone = () => this.uppy.off(fileRemovedHandler);
            });
          }
        }`,
      output: fixed(`export class Uploader {
          upload(file) {
            return new Promise((resolve) => {
              const fileRemovedHandler = (f) => { if (f.id === file.id) { this.uppy.off(fileRemovedHandler); resolve(); } };
              this.uppy.on('file-removed', fileRemovedHandler);
              this.onDone = () => this.uppy.off(fileRemovedHandler);
            });
          }
        }`),
      errors: err(1),
    },
    // removeEventListener(fn) throws: the listener stays
    {
      code: `export function track(el, onMove) {
          el.addEventListener('pointermove', onMove);
          return () => el.removeEventListener(onMove);
        }`,
      output: fixed(`export function track(el, onMove) {
          el.addEventListener('pointermove', onMove);
          return () => el.removeEventListener(onMove);
        }`),
      errors: err(),
    },
  ],
});

describe('the finding', () => {
  it('stands at the registration, once, and says to pass the event first', () => {
    const src = `export function wire(bus, h) {
  bus.on('x', h);
  return () => { bus.off(h); bus.off(h); };
}
`;
    const found = analyze(parseFile(src, 'a.js'), src);
    expect(found.map((f) => [f.rule, f.line])).toEqual([['no-listener-identity-mistake', 2]]);
    expect(found[0]!.message).toMatch(/gives the listener where the event name goes/);
    expect(found[0]!.suggestion).toMatch(
      /bus\.off\("x", h\)|bus\.off\('x', h\)|Pass the event first/,
    );
  });

  it('offers no fix when the lone removal names a listener added for two events', () => {
    const src = `export function wire(bus, h) {
  bus.on('a', h);
  bus.on('b', h);
  return () => bus.off(h);
}
`;
    const found = analyze(parseFile(src, 'a.js'), src);
    expect(found.map((f) => [f.rule, f.line, f.fix === undefined])).toEqual([
      ['no-listener-identity-mistake', 2, true],
      ['no-listener-identity-mistake', 3, true],
    ]);
  });
});
