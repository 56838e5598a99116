// scripts/project-why.ts: why the project pass keeps a finding (ProjectPass.explain), for the
// maintainers who read the clean corpus's false findings (issue #16).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { explainProject } from '../../scripts/project-why.js';

let dir: string | null = null;
afterEach(() => {
  if (dir !== null) rmSync(dir, { recursive: true, force: true });
  dir = null;
});

function project(files: Record<string, string>): string {
  dir = mkdtempSync(join(tmpdir(), 'leakguard-why-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('scripts/project-why.ts', () => {
  it('says why each finding the pass could drop is kept, up the chain of callers', () => {
    const cwd = project({
      'package.json': '{ "name": "app", "private": true }',
      'main.js': `import { start, hook, each } from './lib.js';
start();
plugins.register(hook);
for (const x of list) each(x);
export function onJoin() {
  start();
}
`,
      'lib.js': `export function start() {
  bus.on('tick', () => {});
}
export function hook() {
  bus.on('hook', () => {});
}
export function each() {
  bus.on('each', () => {});
}
export function orphan() {
  bus.on('orphan', () => {});
}
`,
    });
    expect(explainProject(cwd)).toEqual([
      'lib.js:2 no-unmanaged-listener: `start` (lib.js:1) is called from `onJoin` (main.js:5), which has no call in the scanned files',
      'lib.js:5 no-unmanaged-listener: `hook` (lib.js:4) is used as a value (passed, stored or read without a call)',
      'lib.js:8 no-unmanaged-listener: `each` (lib.js:7) is called in a loop',
      'lib.js:11 no-unmanaged-listener: `orphan` (lib.js:10) has no call in the scanned files',
    ]);
    // One place, by file:line (the first non-blank column) or file:line:column.
    expect(explainProject(cwd, ['lib.js:2', 'main.js:2:1'])).toEqual([
      'lib.js:2: `start` (lib.js:1) is called from `onJoin` (main.js:5), which has no call in the scanned files',
      'main.js:2:1: module top level',
    ]);
    expect(() => explainProject(cwd, ['lib.js'])).toThrow(/not <file>:<line>/);
  });

  it('reads a callback, and code the pass bounds', () => {
    const cwd = project({
      'package.json': '{ "name": "app", "private": true }',
      'main.js': `function setup() {
  bus.on('a', () => {});
  socket.on('message', () => {
    bus.on('b', () => {});
  });
}
setup();
`,
    });
    expect(explainProject(cwd, ['main.js:2', 'main.js:4'])).toEqual([
      'main.js:2: `setup` (main.js:1) runs a bounded number of times',
      'main.js:4: a function (main.js:3) is a callback that runs per event',
    ]);
  });
});
