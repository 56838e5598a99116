// ProjectPass.blockers (src/scan/project-blockers.ts): every reason the project pass cannot
// bound a function, up every chain of callers, where explain() follows the first one. The
// maintainers' diagnosis of which findings a change to the pass could drop (scripts/clean-why.ts).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ProjectPass, readFileCalls } from '../../src/scan/project.js';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function pass(files: Record<string, string>): {
  pass: ProjectPass;
  at: (f: string, text: string) => [string, number];
} {
  const root = mkdtempSync(join(tmpdir(), 'leakguard-blockers-'));
  dir = root;
  writeFileSync(join(root, 'package.json'), '{ "name": "app", "private": true }');
  const p = new ProjectPass(null);
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, name)), { recursive: true });
    writeFileSync(join(root, name), text);
    readFileCalls(p, join(root, name));
  }
  return {
    pass: p,
    at: (f, text) => [join(root, f), readFileSync(join(root, f), 'utf8').indexOf(text)],
  };
}

describe('ProjectPass.blockers', () => {
  it('lists the reasons of every unbounded caller, where explain gives the first chain', () => {
    const { pass: p, at } = pass({
      'lib.js': `export function start() {
  bus.on('tick', () => {});
}
export function viaValue() {
  start();
}
export function inLoop() {
  start();
}
`,
      'main.js': `import { viaValue, inLoop } from './lib.js';
plugins.register(viaValue);
for (const x of list) inLoop(x);
`,
    });
    const [file, offset] = at('lib.js', "bus.on('tick'");
    const first = p.explain(file, offset);
    expect(first.map((s) => s.reason)).toEqual(['called from', 'used as a value']);
    const all = p.blockers(file, offset);
    expect(all.truncated).toBe(false);
    expect(all.blockers.map((b) => `${b.name}: ${b.reason}`).sort()).toEqual([
      'inLoop: called in a loop',
      'viaValue: used as a value',
    ]);
  });

  it('gives every reason of one function, and none for bounded code', () => {
    const { pass: p, at } = pass({
      'main.js': `function handler() {
  bus.on('x', () => {});
}
emitter.on('y', handler);
function setup() {
  bus.on('z', () => {});
}
setup();
export function orphan() {
  bus.on('o', () => {});
}
`,
    });
    const reasons = (text: string) =>
      p.blockers(...at('main.js', text)).blockers.map((b) => b.reason);
    expect(reasons("bus.on('x'")).toEqual(['used as a value']);
    expect(reasons("bus.on('z'")).toEqual([]);
    expect(reasons("bus.on('o'")).toEqual(['no calls']);
  });
});
