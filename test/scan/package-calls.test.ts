// Candidate PK of issue #16 (scan-corpus/fixes/README.md, "Decision criteria for candidate
// PK"): the project pass reads `x.m()` as a call of every function named `m`, unless `x` is an
// import of a package the program depends on and does not scan (or a Node builtin), whose code
// cannot name a function of the program. The shape is marktext's: `mermaid.init()` in a loop of
// the renderer, and the app's own `App.init()`, run once at start-up.
import { afterEach, describe, expect, it } from 'vitest';
import { packageFacts } from '../../src/scan/project.js';
import { packageOf } from '../../src/scan/project-graph.js';
import { setAblations } from '../../src/scan/rules/ablate.js';
import { scan } from '../../src/scan/scanner.js';
import { tempTrees } from './support/tree.js';

const project = tempTrees('leakguard-pk-');
afterEach(() => setAblations(new Set()));

function found(cwd: string): string[] {
  return scan({ cwd }).reports.flatMap((r) => r.findings.map((f) => `${r.file}:${f.line}`));
}

const app = `export class App {
  init() {
    window.addEventListener('resize', () => this.layout());
  }
  layout() {}
}
`;
const main = `import { App } from './app.js';
new App().init();
`;
const render = (from: string): string => `import mermaid from '${from}';
export function renderAll(blocks) {
  for (const b of blocks) mermaid.init(undefined, b);
}
`;

describe("a package's method is no program function (candidate PK)", () => {
  it('does not read a call on a declared dependency as a call of the same-named method', () => {
    const cwd = project({
      'package.json': '{ "name": "editor", "private": true, "dependencies": { "mermaid": "^9" } }',
      'app.js': app,
      'main.js': main,
      'render.js': render('mermaid'),
    });
    // App.init runs once (main.js); mermaid.init() in the loop is mermaid's own code.
    expect(found(cwd)).toEqual([]);
    // Read by name, as before PK, the loop's call may be App.init: kept.
    setAblations(new Set(['project.package-calls']));
    expect(found(cwd)).toEqual(['app.js:3']);
  });

  it('reads a dependency declared only by a package.json above the nearest one', () => {
    const cwd = project({
      'package.json': '{ "name": "root", "private": true, "devDependencies": { "mermaid": "9" } }',
      'packages/editor/package.json': '{ "name": "editor", "private": true }',
      'packages/editor/app.js': app,
      'packages/editor/main.js': main,
      'packages/editor/render.js': render('mermaid/dist/mermaid.esm.mjs'),
    });
    expect(found(cwd)).toEqual([]);
  });

  it('keeps reading by name a specifier no package.json declares (a bundler alias)', () => {
    const cwd = project({
      'package.json': '{ "name": "editor", "private": true }',
      'app.js': app,
      'main.js': main,
      'render.js': render('mermaid'),
    });
    expect(found(cwd)).toEqual(['app.js:3']);
  });

  it('keeps reading by name a workspace package the scan reads, even when declared', () => {
    const cwd = project({
      'package.json': '{ "name": "root", "private": true, "dependencies": { "diagrams": "*" } }',
      'packages/diagrams/package.json': '{ "name": "diagrams", "private": true }',
      'packages/diagrams/app.js': app,
      'packages/diagrams/main.js': main,
      'render.js': render('diagrams'),
    });
    expect(found(cwd)).toEqual(['packages/diagrams/app.js:3']);
  });

  it("takes a Node builtin's method for the builtin's code", () => {
    const cwd = project({
      'package.json': '{ "name": "svc", "private": true }',
      'app.js': app.replace('init()', 'setupPrimary()'),
      'main.js': main.replace('init()', 'setupPrimary()'),
      'fork.js': `import cluster from 'node:cluster';
export function forkAll(list) {
  for (const o of list) cluster.setupPrimary(o);
}
`,
    });
    expect(found(cwd)).toEqual([]);
  });

  it('reads package names and every dependency field of a package.json', () => {
    expect(packageOf('@scope/pkg/sub/path')).toBe('@scope/pkg');
    expect(packageOf('pkg/sub')).toBe('pkg');
    const f = packageFacts(
      JSON.stringify({
        name: 'x',
        dependencies: { a: '1' },
        devDependencies: { b: '1' },
        peerDependencies: { c: '1' },
        optionalDependencies: { d: '1' },
      }),
    );
    expect(f.packageName).toBe('x');
    expect([...f.dependencies].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect(packageFacts('{ not json').dependencies.size).toBe(0);
  });
});
