/**
 * ARCHITECTURE.md's layer table ("cli/ … -> scan, detect, internal") says which layers each
 * layer imports. Lint (eslint.config.js, `layerRules`) refuses the imports the rules forbid;
 * this test keeps the table true: every layer imports exactly the layers its row names.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isSource, listFiles, ROOT } from '../helpers/cached-build.js';

/** layer -> the layers its row lists, from the first code block of ARCHITECTURE.md. */
function documented(): Record<string, string[]> {
  const md = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
  const block = /```\n([\s\S]*?)```/.exec(md)?.[1] ?? '';
  const rows: Record<string, string[]> = {};
  for (const line of block.split('\n')) {
    const m = /^(\w+)\/\s.*->\s*(.*)$/.exec(line);
    if (!m) continue;
    const deps = m[2]!.trim();
    rows[m[1]!] = deps.startsWith('(') ? [] : deps.split(/,\s*/).sort();
  }
  return rows;
}

/** layer -> the other layers its files import (static and dynamic relative imports). */
function actual(): Record<string, string[]> {
  const src = join(ROOT, 'src');
  const deps: Record<string, Set<string>> = {};
  for (const file of listFiles(src, isSource)) {
    const layer = relative(src, file).split(sep)[0]!;
    const set = (deps[layer] ??= new Set());
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
      const target = relative(src, normalize(join(dirname(file), m[1]!))).split(sep)[0]!;
      if (target !== layer && !target.startsWith('..')) set.add(target);
    }
  }
  return Object.fromEntries(Object.entries(deps).map(([k, v]) => [k, [...v].sort()]));
}

describe('ARCHITECTURE.md', () => {
  it('lists, for every layer, exactly the layers it imports', () => {
    const doc = documented();
    expect(Object.keys(doc).length).toBeGreaterThan(10);
    const real = actual();
    for (const layer of Object.keys(real)) real[layer] ??= [];
    for (const layer of Object.keys(doc)) real[layer] ??= [];
    expect(doc).toEqual(real);
  });
});
