// Regression test on real leak fixes: every leak site in a BEFORE file is found (except the
// documented known misses), and no AFTER file is reported at all.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, loadManifest } from './eval/evaluate.js';

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'scan-corpus');

describe('corpus of published leak fixes', () => {
  const manifest = loadManifest(corpus);
  const e = evaluate(corpus);

  it('records package, versions and path for every pair', () => {
    expect(manifest.pairs.length).toBeGreaterThanOrEqual(6);
    for (const p of manifest.pairs) {
      expect(p.package).toMatch(/\S/);
      expect(p.before).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.after).toMatch(/^\d+\.\d+\.\d+$/);
      expect(p.path).toMatch(/\.(?:m|c)?js$/);
    }
  });

  it('finds every leak site that is not a documented known miss', () => {
    const unexpected = e.missed.filter((m) => !m.endsWith('(known miss)'));
    expect(unexpected).toEqual([]);
  });

  it('reports nothing on the fixed (after) versions and nothing unreviewed', () => {
    expect(e.falsePositives.filter((f) => f.includes('/after/'))).toEqual([]);
    expect(e.falsePositives).toEqual([]);
  });
});
