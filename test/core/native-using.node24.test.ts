/**
 * Native `using` / `await using` syntax, evaluated by the engine itself (not by a transpiler):
 * the code is compiled with `new Function`, which vitest does not transform. Included only on
 * Node >= 24 (see vitest.config.ts); .ci/run runs the core tests under Node 24.
 */
import { describe, expect, it } from 'vitest';
import { Scope } from '../../src/core/index.js';

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...a: unknown[]) => Promise<unknown>;

describe('native using', () => {
  it('using disposes a Scope at the end of the block, LIFO with other resources', () => {
    const log: string[] = [];
    const run = new Function(
      'Scope',
      'log',
      `{
        using a = new Scope();
        a.add(() => log.push('a'));
        using b = new Scope();
        b.add(() => log.push('b'));
        log.push('body');
      }`,
    );
    run(Scope, log);
    expect(log).toEqual(['body', 'b', 'a']);
  });

  it('when the body throws and dispose throws, the engine wraps them in SuppressedError', () => {
    const run = new Function(
      'Scope',
      `{
        using s = new Scope();
        s.add(() => { throw new Error('from dispose'); });
        throw new Error('from body');
      }`,
    );
    let caught: unknown;
    try {
      run(Scope);
    } catch (e) {
      caught = e;
    }
    expect((caught as Error).name).toBe('SuppressedError');
    expect((caught as { error: Error }).error.message).toBe('from dispose');
    expect((caught as { suppressed: Error }).suppressed.message).toBe('from body');
  });

  it('await using awaits async cleanups', async () => {
    const log: string[] = [];
    const run = new AsyncFunction(
      'Scope',
      'log',
      `{
        await using s = new Scope();
        s.add(async () => { await new Promise((r) => setTimeout(r, 5)); log.push('async'); });
        log.push('body');
      }`,
    );
    await run(Scope, log);
    expect(log).toEqual(['body', 'async']);
  });
});
