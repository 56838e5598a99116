// Real child processes: timers that bound a promise somebody awaits keep the process alive
// while it is pending (see "Timers and process exit" in docs/monitor.md).
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const child = fileURLToPath(new URL('./fixtures/awaited-cleanup.ts', import.meta.url));

function run(mode: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', child, mode],
      { timeout: 30_000 },
      (err, stdout, stderr) =>
        resolve({ code: err ? ((err as { code?: number }).code ?? null) : 0, stdout, stderr }),
    );
  });
}

// started together: the two children run in parallel
const manual = run('manual');
const joined = run('joined');
const background = run('background');

describe('awaited cleanup in a one-off script', () => {
  it('with a hung cleaner, settles with the timeout reported and the process exits 0', async () => {
    const r = await manual;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      trigger: 'manual',
      timeouts: 1,
      cleaners: [['hangs', true]],
    });
  }, 40_000);

  it('joining a background (pressure) run also keeps the process alive until it settles', async () => {
    const r = await joined;
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      trigger: 'pressure',
      timeouts: 1,
      cleaners: [['hangs', true]],
    });
  }, 40_000);

  it('a background run nobody awaits never holds the process, however long its timeout', async () => {
    const r = await background; // a 10-minute cleaner timeout; killed (code null) after 30 s
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ running: true });
  }, 40_000);
});
