/**
 * Timers that bound a promise somebody awaits keep the process alive while it is pending, so
 * a one-off script gets its answer instead of exiting with "unsettled top-level await" (exit
 * code 13); once nobody waits, the pool holds the process no longer.
 */
import { describe, expect, it } from 'vitest';
import { runScript as run } from '../helpers/script.js';

const runScript = (body: string) =>
  run(
    ['core', 'internal', 'pool'],
    { lg: 'pool/index.js' },
    `const { ResourcePool } = lg;\n${body}`,
  );

describe('ResourcePool in a script with nothing else running', () => {
  it('an exhausted pool rejects acquire() at acquireTimeoutMs instead of exiting with 13', async () => {
    const r = await runScript(`
      const pool = new ResourcePool({ create: () => ({}), destroy: () => {}, max: 1, acquireTimeoutMs: 50 });
      await pool.acquire();
      try { await pool.acquire(); } catch (e) { console.log(e.code); }
      await pool.close({ timeoutMs: 0 });`);
    expect(r.stdout.trim()).toBe('LEAKGUARD_POOL_ACQUIRE_TIMEOUT');
    expect(r.code).toBe(0);
  });

  it('a hung create that somebody awaits is cut off at createTimeoutMs, and the retry serves them', async () => {
    const r = await runScript(`
      let calls = 0;
      const pool = new ResourcePool({
        create: () => (++calls === 1 ? new Promise(() => {}) : { n: calls }),
        destroy: () => {},
        createTimeoutMs: 100,
        createRetry: { attempts: 2, backoffMs: 1 },
        acquireTimeoutMs: Infinity,
      });
      pool.failed.connect((e) => console.log(e.name));
      const lease = await pool.acquire();
      console.log('got', lease.value.n);
      lease.release();
      await pool.close();`);
    expect(r.stdout.trim().split('\n')).toEqual(['TimeoutError', 'got 2']);
    expect(r.code).toBe(0);
  });

  it('a create retried after a back-off still reaches the caller who awaits it', async () => {
    const r = await runScript(`
      let calls = 0;
      const pool = new ResourcePool({
        create: () => { if (++calls === 1) throw new Error('down'); return { n: calls }; },
        destroy: () => {},
        createRetry: { attempts: 3, backoffMs: 100 },
        acquireTimeoutMs: Infinity,
      });
      pool.failed.connect(() => {});
      const lease = await pool.acquire();
      console.log('got', lease.value.n);
      lease.release();
      await pool.close();`);
    expect(r.stdout.trim()).toBe('got 2');
    expect(r.code).toBe(0);
  });

  it('close({ timeoutMs: Infinity }) settles when a hung destroy reaches destroyTimeoutMs', async () => {
    const r = await runScript(`
      const pool = new ResourcePool({
        create: () => ({}),
        destroy: () => new Promise(() => {}),
        destroyTimeoutMs: 50,
      });
      pool.failed.connect((e) => console.log(e.code));
      (await pool.acquire()).release();
      const report = await pool.close({ timeoutMs: Infinity });
      console.log('closed', report.destroyed);`);
    expect(r.stdout.trim().split('\n')).toEqual(['LEAKGUARD_POOL_DESTROY_TIMEOUT', 'closed 1']);
    expect(r.code).toBe(0);
  });

  it('once the last waiter is served, the deadline timer no longer holds the process', async () => {
    const r = await runScript(`
      const pool = new ResourcePool({ create: () => ({}), destroy: () => {}, max: 1, acquireTimeoutMs: 60000 });
      const first = await pool.acquire();
      setTimeout(() => first.release(), 20);
      const second = await pool.acquire();
      second.release();
      console.log('served');`);
    expect(r.stdout.trim()).toBe('served');
    expect(r.code).toBe(0);
    expect(r.ms).toBeLessThan(10_000); // a held 60 s deadline would hit execFile's 15 s kill
  });
});
