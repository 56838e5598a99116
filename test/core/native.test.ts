/**
 * Interop with TC39 DisposableStack / AsyncDisposableStack. On Node 24 these are the native
 * ones; on Node 20 the `disposablestack` package's implementation (same spec) stands in.
 * .ci/run runs this file under both.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Scope } from '../../src/core/index.js';

const require = createRequire(import.meta.url);
type Stack = {
  use<T>(v: T): T;
  defer(fn: () => void): void;
  dispose(): void;
  move(): Stack;
  disposed: boolean;
  [Symbol.dispose](): void;
};
type AsyncStack = { use<T>(v: T): T; disposeAsync(): Promise<void> };
const g = globalThis as {
  DisposableStack?: new () => Stack;
  AsyncDisposableStack?: new () => AsyncStack;
};
const DS: new () => Stack =
  g.DisposableStack ?? require('disposablestack/DisposableStack/polyfill')();
const ADS: new () => AsyncStack =
  g.AsyncDisposableStack ?? require('disposablestack/AsyncDisposableStack/polyfill')();
const nativeOnThisNode = typeof g.DisposableStack === 'function';

describe(`DisposableStack interop (${nativeOnThisNode ? 'native' : 'disposablestack package'})`, () => {
  it('a DisposableStack owns a Scope through Symbol.dispose', () => {
    const log: string[] = [];
    const stack = new DS();
    const scope = stack.use(new Scope());
    scope.add(() => log.push('scope task'));
    stack.defer(() => log.push('stack task'));
    stack.dispose();
    expect(log).toEqual(['stack task', 'scope task']);
    expect(scope.disposed).toBe(true);
  });

  it('a Scope owns a DisposableStack (it has Symbol.dispose)', () => {
    const log: string[] = [];
    const scope = new Scope();
    const stack = scope.add(new DS());
    stack.defer(() => log.push('stack task'));
    scope.dispose();
    expect(log).toEqual(['stack task']);
    expect(stack.disposed).toBe(true);
  });

  it('AsyncDisposableStack awaits a Scope with async tasks', async () => {
    const log: string[] = [];
    const stack = new ADS();
    const scope = stack.use(new Scope());
    scope.add(async () => {
      await new Promise((r) => setTimeout(r, 5));
      log.push('async task');
    });
    await stack.disposeAsync();
    expect(log).toEqual(['async task']);
  });

  it('scope errors reach the stack as they are (one as itself, several as AggregateError)', () => {
    const stack = new DS();
    const scope = stack.use(new Scope());
    const e1 = new Error('one');
    scope.add(() => {
      throw e1;
    });
    let caught: unknown;
    try {
      stack.dispose();
    } catch (e) {
      caught = e;
    }
    expect(caught).toBe(e1);
  });
});
