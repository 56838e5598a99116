/**
 * Core's awaited timers (Signal.wait, scope.wait, disposeAsync, retry back-off) keep the
 * process alive while somebody awaits them: a one-off script gets its timeout instead of
 * exiting with "unsettled top-level await" (exit code 13).
 */
import { describe, expect, it } from 'vitest';
import { runScript } from '../helpers/script.js';

const core = (body: string) =>
  runScript(
    ['core', 'internal'],
    { lg: 'core/index.js' },
    `const { Scope, Signal } = lg;\n${body}`,
  );

describe('awaited core timers in a script with nothing else running', () => {
  it('Signal.wait({ timeoutMs }) rejects with LEAKGUARD_TIMEOUT', async () => {
    const r = await core(`
      try { await new Signal().wait({ timeoutMs: 30 }); } catch (e) { console.log(e.code); }`);
    expect(r.stdout.trim()).toBe('LEAKGUARD_TIMEOUT');
    expect(r.code).toBe(0);
  });

  it('scope.wait(emitter, event, { timeoutMs }) rejects with LEAKGUARD_TIMEOUT', async () => {
    const r = await core(`
      const { EventEmitter } = await import('node:events');
      const scope = new Scope();
      try { await scope.wait(new EventEmitter(), 'never', { timeoutMs: 30 }); }
      catch (e) { console.log(e.code); }`);
    expect(r.stdout.trim()).toBe('LEAKGUARD_TIMEOUT');
    expect(r.code).toBe(0);
  });

  it('disposeAsync({ timeoutMs }) resolves and names the task that hung', async () => {
    const r = await core(`
      const scope = new Scope();
      scope.add(async function hangs() { return new Promise(() => {}); });
      const report = await scope.disposeAsync({ timeoutMs: 30 });
      console.log(report.timedOut.length, report.disposed);`);
    expect(r.stdout.trim()).toBe('1 1');
    expect(r.code).toBe(0);
  });
});
