import { spawn } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { disposeOnExit } from '../../src/node/index.js';
import { ConnectionManager } from '../../src/core/index.js';

const root = resolve(import.meta.dirname, '../..');

describe('disposeOnExit (leakguard/node)', () => {
  it('on SIGTERM disposes everything, async cleanups included, then exits 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lg-exit-'));
    const app = join(dir, 'app.ts');
    writeFileSync(
      app,
      `import { ConnectionManager } from ${JSON.stringify(join(root, 'src/core/index.ts'))};
import { disposeOnExit } from ${JSON.stringify(join(root, 'src/node/index.ts'))};
const m = new ConnectionManager();
const s = m.scope({ service: 'db' });
s.setInterval(() => {}, 1000);
s.add(async () => { await new Promise((r) => setTimeout(r, 20)); console.log('async cleanup done'); });
disposeOnExit(m, { timeoutMs: 2000, onDone: (r) => console.log('disposed', r.disposed, 'live', m.stats().live) });
console.log('ready');
`,
    );
    const child = spawn(process.execPath, ['--import', 'tsx', app], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let sent = false;
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('ready') && !sent) sent = child.kill('SIGTERM');
      // a second signal during the shutdown must not cut it short
      if (out.includes('async cleanup done')) child.kill('SIGTERM');
    });
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(out).toContain('async cleanup done');
    expect(out).toContain('disposed 2 live 0');
    expect(code).toBe(0);
  }, 30_000);

  it('the returned disposer removes its signal handlers', () => {
    const before = process.listenerCount('SIGTERM');
    const off = disposeOnExit(new ConnectionManager(), { exit: false });
    expect(process.listenerCount('SIGTERM')).toBe(before + 1);
    off();
    expect(process.listenerCount('SIGTERM')).toBe(before);
    expect(() => disposeOnExit({} as never)).toThrow(
      'Expected `manager` to be a ConnectionManager',
    );
  });

  it('refuses unknown and mistyped options before installing anything', () => {
    const before = process.listenerCount('SIGTERM');
    const m = new ConnectionManager();
    expect(() => disposeOnExit(m, { timeout: 5 } as never)).toThrow(
      'Unknown option `timeout`; did you mean `timeoutMs`?',
    );
    expect(() => disposeOnExit(m, { exit: 'no' } as never)).toThrow(
      'Expected `exit` to be a boolean',
    );
    expect(() => disposeOnExit(m, { onDone: 5 } as never)).toThrow(
      'Expected `onDone` to be a function',
    );
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});
