import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { invokedDirectly } from '../../src/cli/entry.js';

describe('invokedDirectly (is this module the script node was started with?)', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  function tempModule(): { file: string; dir: string } {
    const dir = mkdtempSync(join(tmpdir(), 'leakguard-entry-'));
    dirs.push(dir);
    const file = join(dir, 'main.js');
    writeFileSync(file, '');
    return { file, dir };
  }

  it('is true through a symlink (an npm bin link), false for another file', () => {
    const { file, dir } = tempModule();
    const link = join(dir, 'leakguard');
    symlinkSync(file, link);
    expect(invokedDirectly(pathToFileURL(file).href, link)).toBe(true);
    expect(invokedDirectly(pathToFileURL(file).href, file)).toBe(true);
    expect(invokedDirectly(pathToFileURL(join(dir, 'other.js')).href, file)).toBe(false);
  });

  it('is false, not a throw, when argv[1] is absent or names no file (node -e, a removed script)', () => {
    const { file, dir } = tempModule();
    const url = pathToFileURL(file).href;
    expect(invokedDirectly(url, undefined)).toBe(false);
    expect(() => invokedDirectly(url, join(dir, 'no-such-file.js'))).not.toThrow();
    expect(invokedDirectly(url, join(dir, 'no-such-file.js'))).toBe(false);
  });
});
