// The finder's report files are written whole or not at all, and a failed write leaves nothing
// beside the user's report (src/detect/outputs.ts, atomicWrite).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { atomicWrite } from '../../src/detect/outputs.js';
import { useTempDirs } from '../helpers/tmp.js';

const tmp = useTempDirs();

describe('atomicWrite', () => {
  it('replaces the file whole, through a temporary file that does not stay', () => {
    const dir = tmp.make('lg-outputs-');
    const file = join(dir, 'nested', 'report.json');
    atomicWrite(file, 'one\n');
    atomicWrite(file, 'two\n');
    expect(readFileSync(file, 'utf8')).toBe('two\n');
    expect(readdirSync(join(dir, 'nested'))).toEqual(['report.json']);
  });

  it('removes its temporary file when the rename fails, and throws', () => {
    const dir = tmp.make('lg-outputs-');
    const file = join(dir, 'report.json');
    mkdirSync(file); // a directory where the report should go: the rename fails
    writeFileSync(join(file, 'keep'), 'x');
    expect(() => atomicWrite(file, '{}\n')).toThrow();
    expect(readdirSync(dir)).toEqual(['report.json']);
  });
});
