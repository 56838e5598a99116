// The typed path: with type information the rules decide by what a call returns, which both
// removes syntax-only false positives and finds what no naming convention reveals.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RuleTester } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, it } from 'vitest';
import { rules } from '../../src/eslint/index.js';

RuleTester.describe = describe;
RuleTester.it = it;

const root = join(dirname(fileURLToPath(import.meta.url)), 'fixtures', 'typed');
const filename = join(root, 'file.ts');
const typed = new RuleTester({
  languageOptions: {
    parser: tsParser,
    parserOptions: {
      project: join(root, 'tsconfig.json'),
      tsconfigRootDir: root,
      // With CI=true typescript-eslint assumes a one-shot lint and builds the program from the
      // files on disk, so RuleTester's in-memory code would get the types of fixtures/typed/file.ts.
      disallowAutomaticSingleRunInference: true,
    },
  },
});
const untyped = new RuleTester({ languageOptions: { parser: tsParser } });
const err = [{ messageId: 'finding' }];

const voidSubscribe = `declare const m: { subscribe(f: () => void): void };
export function f() { m.subscribe(() => {}); }`;
const disposableFactory = `declare function watchConfig(cb: () => void): { dispose(): void };
export function f() { watchConfig(() => {}); }`;
const unsubscribeFn = `declare const bus: { listen(cb: () => void): () => void };
export function f() { bus.listen(() => {}); }`;
const chainedEmitter = `import { EventEmitter } from 'node:events';
export function f(e: EventEmitter) { const x = e.on('a', () => {}); return x; }`;
const nanoEvents = `declare const bus: { on(ev: string, cb: () => void): () => void };
export function f() { const unbind = bus.on('a', () => {}); return unbind; }`;

// A subscription kept in a field and never ended (nats.js consumermessages.ts, the fix corpus's
// tuning half: each re-pull overwrote this.sub and stop() never unsubscribed).
const subscription = `interface Subscription { unsubscribe(): void; closed: boolean }
declare const nc: { subscribe(subject: string, opts?: object): Subscription; count(): number };
declare const bus: { listen(cb: () => void): () => void };`;
const storedNeverEnded = `${subscription}
export class Pull { sub?: Subscription; pull() { this.sub = nc.subscribe('inbox', {}); } stop() {} }`;

// A method declared to return `this` hands back its receiver: Node's streams and servers have
// Symbol.asyncDispose, and their chained calls (`off`, `destroy`, `listen`) are not disposables
// thrown away (trimmed from playwright streamDispatcher.ts and vite http.ts, the fix corpus's
// tuning half, whose after files the typed scan reported 10 times for it).
const chainedOnNodeTypes = `import type { Readable } from 'node:stream';
import type { Server } from 'node:http';
export class StreamDispatcher {
  constructor(private stream: Readable) {}
  async read(wait: Promise<void>) {
    const done = () => {};
    this.stream.on('readable', done);
    try { await wait; } finally { this.stream.off('readable', done); }
  }
  close() { this.stream.destroy(); }
}
export function tryBindServer(httpServer: Server, port: number) {
  return new Promise<boolean>((resolve) => {
    const onError = () => { httpServer.off('error', onError); resolve(false); };
    httpServer.on('error', onError);
    httpServer.listen(port);
  });
}`;
// …while a method of the same class that makes something new is still asked about.
const disposableOnNodeType = `import type { Readable } from 'node:stream';
declare function watch(r: Readable): { [Symbol.asyncDispose](): Promise<void> };
export function f(r: Readable) { watch(r); }`;

describe('typed path', () => {
  typed.run('no-discarded-disposable (typed)', rules['no-discarded-disposable'], {
    valid: [
      // `.subscribe` that returns void is not a subscription: the type says so
      { code: voidSubscribe, filename },
      { code: chainedOnNodeTypes, filename },
      {
        code: `declare function load(): Promise<void>;\nexport async function f() { await load(); }`,
        filename,
      },
    ],
    invalid: [
      // no naming convention reveals these; only the return type does
      { code: disposableFactory, filename, errors: err },
      { code: unsubscribeFn, filename, errors: err },
      { code: disposableOnNodeType, filename, errors: err },
    ],
  });

  typed.run('no-unmanaged-listener (typed)', rules['no-unmanaged-listener'], {
    valid: [{ code: nanoEvents, filename }],
    // EventEmitter#on returns the emitter: keeping the result keeps nothing removable
    invalid: [{ code: chainedEmitter, filename, errors: err }],
  });

  typed.run(
    'no-discarded-disposable (typed): kept in a field, never ended',
    rules['no-discarded-disposable'],
    {
      valid: [
        // ended in the teardown (and before reassigning)
        {
          code: `${subscription}
export class Pull { sub?: Subscription; pull() { this.sub?.unsubscribe(); this.sub = nc.subscribe('inbox'); } stop() { this.sub?.unsubscribe(); } }`,
          filename,
        },
        // an unsubscribe function kept and called
        {
          code: `${subscription}
export class W { off?: () => void; start() { this.off = bus.listen(() => {}); } close() { this.off?.(); } }`,
          filename,
        },
        // handed to something that owns it
        {
          code: `${subscription}
declare const store: { add(s: Subscription): void };
export class Pull { sub?: Subscription; pull() { this.sub = nc.subscribe('inbox'); store.add(this.sub); } }`,
          filename,
        },
        // not a subscription at all
        {
          code: `${subscription}\nexport class C { n = 0; read() { this.n = nc.count(); } }`,
          filename,
        },
      ],
      invalid: [
        { code: storedNeverEnded, filename, errors: err },
        {
          code: `${subscription}
export class W { off?: () => void; start() { this.off = bus.listen(() => {}); } close() {} }`,
          filename,
          errors: err,
        },
      ],
    },
  );

  // The same inputs without types: the syntax-only path decides differently, which is the point.
  untyped.run('syntax-only counterparts', rules['no-discarded-disposable'], {
    valid: [{ code: disposableFactory }, { code: unsubscribeFn }, { code: storedNeverEnded }],
    invalid: [{ code: voidSubscribe, errors: err }],
  });
  untyped.run('syntax-only counterparts (listener)', rules['no-unmanaged-listener'], {
    valid: [{ code: chainedEmitter }],
    invalid: [],
  });
});
