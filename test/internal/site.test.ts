/**
 * Leak sites name the user's line wherever leakguard is installed: our own frames are found by
 * the package's real location, not by its folder being called `leakguard`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { ownRoots } from '../../src/internal/site.js';
import { isSource, listFiles, ROOT, transpileTo } from '../helpers/cached-build.js';

describe('ownRoots', () => {
  it('is the folder above core/, as URL and as path, and src/ beside dist/', () => {
    // dist/*.js.map point at ../src/: source-mapped frames show that folder
    expect(ownRoots('file:///srv/game/node_modules/guard/dist/internal/site.js')).toEqual([
      'file:///srv/game/node_modules/guard/dist/',
      '/srv/game/node_modules/guard/dist/',
      'file:///srv/game/node_modules/guard/src/',
      '/srv/game/node_modules/guard/src/',
    ]);
    expect(ownRoots('file:///C:/work/lg%20copy/src/internal/site.ts')).toEqual([
      'file:///C:/work/lg%20copy/src/',
      'C:\\work\\lg copy\\src\\',
      'C:/work/lg copy/src/',
    ]);
  });

  it('is empty for a bundle that inlined the module (nothing is skipped by place)', () => {
    expect(ownRoots('file:///srv/game/dist/server.bundle.js')).toEqual([]);
    expect(ownRoots('not a url')).toEqual([]);
  });
});

describe('leak sites from a copy of the package in a folder with another name', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'lg-site-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  it('name the app line, also when the app itself lives in src/core/', () => {
    const pkg = join(tmp, 'guard-kit');
    for (const dir of ['core', 'internal']) {
      for (const f of listFiles(join(ROOT, 'src', dir), isSource))
        transpileTo(f, join(pkg, 'dist', dir, basename(f).replace(/\.ts$/, '.js')));
    }
    writeFileSync(join(pkg, 'package.json'), '{"type":"module"}');
    const app = join(tmp, 'app', 'src', 'core');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(tmp, 'app', 'package.json'), '{"type":"module"}');
    const script = join(app, 'rooms.js');
    writeFileSync(
      script,
      [
        "import { EventEmitter } from 'node:events';",
        "import { ConnectionManager } from '../../../guard-kit/dist/core/index.js';",
        'const m = new ConnectionManager({ siteThreshold: 5 });',
        'const sites = [];',
        'm.leakSuspected.connect((r) => sites.push(r.site));',
        'const hub = new EventEmitter();',
        'function join(i) {',
        "  m.scope({ owner: i }).on(hub, 'chat', () => {});",
        '}',
        'for (let i = 0; i < 5; i++) join(i);',
        'console.log(JSON.stringify(sites));',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, [script], { encoding: 'utf8' });
    const sites = JSON.parse(out) as string[];
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatch(/app\/src\/core\/rooms\.js:8:\d+$/);
  });

  it('name the app line with source maps on (node --enable-source-maps, tsx), not src/ of ours', () => {
    // Built as `npm run build` does: dist/<dir>/x.js with x.js.map whose sources are
    // ../../src/<dir>/x.ts, a folder the published package does not even ship.
    const pkg = join(tmp, 'mapped-kit');
    for (const dir of ['core', 'internal']) {
      for (const f of listFiles(join(ROOT, 'src', dir), isSource)) {
        const name = basename(f).replace(/\.ts$/, '');
        const target = join(pkg, 'dist', dir, `${name}.js`);
        const out = ts.transpileModule(readFileSync(f, 'utf8'), {
          fileName: join(pkg, 'src', dir, basename(f)),
          compilerOptions: {
            module: ts.ModuleKind.ESNext,
            target: ts.ScriptTarget.ES2022,
            verbatimModuleSyntax: true,
            sourceMap: true,
          },
        });
        const map = JSON.parse(out.sourceMapText!) as { sources: string[]; file: string };
        map.sources = [relative(join(pkg, 'dist', dir), join(pkg, 'src', dir, basename(f)))];
        map.file = `${name}.js`;
        mkdirSync(join(pkg, 'dist', dir), { recursive: true });
        writeFileSync(
          target,
          out.outputText.replace(
            /\/\/# sourceMappingURL=.*$/m,
            `//# sourceMappingURL=${name}.js.map`,
          ),
        );
        writeFileSync(`${target}.map`, JSON.stringify(map));
      }
    }
    writeFileSync(join(pkg, 'package.json'), '{"type":"module"}');
    const app = join(tmp, 'mapped-app');
    mkdirSync(app, { recursive: true });
    writeFileSync(join(app, 'package.json'), '{"type":"module"}');
    const script = join(app, 'rooms.js');
    writeFileSync(
      script,
      [
        "import { EventEmitter } from 'node:events';",
        "import { ConnectionManager } from '../mapped-kit/dist/core/index.js';",
        'const m = new ConnectionManager({ siteThreshold: 5 });',
        'const sites = [];',
        'm.leakSuspected.connect((r) => sites.push(r.site));',
        'const hub = new EventEmitter();',
        'function join(i) {',
        "  m.scope({ owner: i }).on(hub, 'chat', () => {});",
        '}',
        'for (let i = 0; i < 5; i++) join(i);',
        'console.log(JSON.stringify(sites));',
      ].join('\n'),
    );
    const out = execFileSync(process.execPath, ['--enable-source-maps', script], {
      encoding: 'utf8',
    });
    const sites = JSON.parse(out) as string[];
    expect(sites).toHaveLength(1);
    expect(sites[0]).toMatch(/mapped-app\/rooms\.js:8:\d+$/);
  });
});
