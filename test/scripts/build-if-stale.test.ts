/**
 * The staleness check `npm start` makes (scripts/build-if-stale.ts, from the arena's entry), on a small project in a temporary directory whose file times
 * are set explicitly (no sleeping, no clock): a build happens exactly when dist/ is missing,
 * misses an output, is older than a source, or older than a tsconfig.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildIfStale, whyStale } from '../../scripts/build-if-stale.js';

let root: string;
const T0 = new Date('2026-01-01T00:00:00Z');
const later = (s: number): Date => new Date(T0.getTime() + s * 1000);

function file(rel: string, at: Date = T0): void {
  const p = join(root, rel);
  mkdirSync(dirname(p), { recursive: true });
  writeFileSync(p, '');
  utimesSync(p, at, at);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'leakguard-stale-'));
  file('tsconfig.json');
  file('tsconfig.build.json');
  file('src/core/index.ts');
  file('src/core/types.d.ts'); // declarations emit nothing
  file('src/pool/pool.ts');
  file('dist/core/index.js', later(10));
  file('dist/pool/pool.js', later(10));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('whyStale', () => {
  it('is null when every source has an output at least as new', () => {
    expect(whyStale(root)).toBeNull();
    file('dist/old/removed.js', T0); // left over from a deleted source: irrelevant
    expect(whyStale(root)).toBeNull();
  });

  it('dist/ missing', () => {
    rmSync(join(root, 'dist'), { recursive: true });
    expect(whyStale(root)).toBe('dist/ does not exist');
  });

  it('an output missing', () => {
    file('src/pool/registry.ts');
    expect(whyStale(root)).toBe('dist/pool/registry.js does not exist');
  });

  it('a source newer than its output', () => {
    file('src/pool/pool.ts', later(11));
    expect(whyStale(root)).toBe('src/pool/pool.ts changed since dist/pool/pool.js was built');
  });

  it('a tsconfig newer than the oldest output', () => {
    file('dist/core/index.js', later(5));
    file('tsconfig.build.json', later(7));
    expect(whyStale(root)).toBe('tsconfig.build.json changed since the last build');
  });
});

describe('buildIfStale', () => {
  it('builds only when stale, and passes the build’s exit code on', () => {
    const logs: string[] = [];
    let builds = 0;
    const build = (code: number) => () => (builds++, code);
    expect(buildIfStale(root, build(0), (l) => logs.push(l))).toBe(0);
    expect(builds).toBe(0);
    expect(logs).toEqual([]);
    file('src/core/index.ts', later(20));
    expect(buildIfStale(root, build(2), (l) => logs.push(l))).toBe(2);
    expect(builds).toBe(1);
    expect(logs).toEqual([
      'building dist/ with tsc: src/core/index.ts changed since dist/core/index.js was built',
    ]);
  });
});
