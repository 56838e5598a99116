/**
 * The temporary-directory helper: what a test file leaves in its TMPDIR fails it, by name,
 * whoever made it (the file itself or a child that inherited the environment); what the helper
 * made is removed; TMPDIR is restored.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTempRoot, withTempDir } from './tmp.js';

/** A child started with process.env that makes `<its os.tmpdir()>/<prefix>XXXXXX` and keeps it. */
function childMakes(prefix: string): string {
  return execFileSync(
    process.execPath,
    [
      '-e',
      `const fs = require('fs'), os = require('os'), path = require('path');
       process.stdout.write(fs.mkdtempSync(path.join(os.tmpdir(), ${JSON.stringify(prefix)})));`,
    ],
    { env: process.env, encoding: 'utf8' },
  );
}

describe('openTempRoot (what useTempDirs runs in beforeAll / afterAll)', () => {
  it('fails, naming them, on directories left by the file or by a child; removes everything', () => {
    const before = process.env.TMPDIR;
    const r = openTempRoot();
    expect(tmpdir()).toBe(r.root);
    const own = r.make('lg-own-');
    writeFileSync(join(own, 'kept.txt'), 'x');
    const stray = mkdtempSync(join(tmpdir(), 'lg-stray-'));
    const fromChild = childMakes('lg-child-');
    expect(fromChild.startsWith(join(r.root, 'lg-child-'))).toBe(true);

    let message = '';
    try {
      r.close();
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^left in the temporary directory \(made without removal\): /);
    expect(message).toContain(stray.slice(r.root.length + 1));
    expect(message).toContain(fromChild.slice(r.root.length + 1));
    expect(message).not.toContain('lg-own-');
    expect(existsSync(r.root)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });

  it('passes when only its own directories were used, even after a child wrote into them', () => {
    const r = openTempRoot();
    const dir = r.make('lg-own-');
    execFileSync(process.execPath, [
      '-e',
      `require('fs').mkdirSync(require('path').join(process.argv[1], 'a', 'b'), { recursive: true })`,
      dir,
    ]);
    expect(existsSync(join(dir, 'a', 'b'))).toBe(true);
    expect(() => r.close()).not.toThrow();
    expect(existsSync(dir)).toBe(false);
    expect(existsSync(r.root)).toBe(false);
    expect(() => r.make('lg-late-')).toThrow(/is closed/);
  });
});

describe('withTempDir', () => {
  it('removes the directory after use resolves and after it rejects', async () => {
    let seen = '';
    const value = await withTempDir('lg-with-', (dir) => {
      seen = dir;
      writeFileSync(join(dir, 'f'), 'x');
      return 42;
    });
    expect(value).toBe(42);
    expect(seen.startsWith(join(tmpdir(), 'lg-with-'))).toBe(true);
    expect(existsSync(seen)).toBe(false);

    await expect(
      withTempDir('lg-with-', async (dir) => {
        seen = dir;
        await Promise.resolve();
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(existsSync(seen)).toBe(false);
  });
});
