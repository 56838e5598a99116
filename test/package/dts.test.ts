/**
 * The published type declarations: no internals (`_entries`, `_track`, `private` and `protected`
 * members, …) and still a complete, self-consistent API that a strict consumer compiles
 * against with `skipLibCheck: false`. Every emitted .d.ts is checked, not only the entries':
 * all of dist/ is published, and an entry's types reach into the files behind it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedBuild, listFiles, ROOT } from '../helpers/cached-build.js';

// Inside node_modules/.cache, so the declarations resolve their dependencies' types (eslint…).
const cache = join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'lg-dts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/**
 * Emits the declarations of tsconfig.build.json's program (a type-check of all of src/, most of
 * this file's time: ~15 s of CPU) into a build cached by content (test/helpers/cached-build.ts):
 * the sources, the tsconfigs, package-lock.json (the dependencies' types) and TypeScript's
 * version. The emit is the same on every Node, so CI's second pass (Node 24) and a rerun with
 * unchanged sources read what the first made. Returns the directory holding dist/ and the
 * program's diagnostics, emit's included (diagnostics.json), which the test asserts empty.
 */
function emitDeclarations(): string {
  const file = join(ROOT, 'tsconfig.build.json');
  const config = ts.readConfigFile(file, (p) => ts.sys.readFile(p)).config;
  const { fileNames } = ts.parseJsonConfigFileContent(config, ts.sys, ROOT, undefined, file);
  const inputs = [
    ...[...fileNames].sort(),
    file,
    join(ROOT, 'tsconfig.json'),
    join(ROOT, 'package-lock.json'),
  ];
  return cachedBuild('leakguard-dts', `dts layout 1, typescript ${ts.version}`, inputs, (dir) => {
    const parsed = ts.parseJsonConfigFileContent(
      config,
      ts.sys,
      ROOT,
      { outDir: join(dir, 'dist'), emitDeclarationOnly: true, declarationMap: false },
      file,
    );
    const program = ts.createProgram(parsed.fileNames, parsed.options);
    const result = program.emit();
    const errors = ts.getPreEmitDiagnostics(program).concat(result.diagnostics);
    writeFileSync(
      join(dir, 'diagnostics.json'),
      JSON.stringify(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))),
    );
  });
}

/**
 * A member the declarations should not show: `private`/`protected` ones (TypeScript keeps
 * their names in the .d.ts: use `#private` fields or `@internal`) and `_`-prefixed ones.
 */
const INTERNAL_MEMBER =
  /^\s*(?:(?:private|protected)\s|(?:(?:public|static|readonly|abstract|declare|get|set)\s+)*_[A-Za-z]\w*\??\s*[:(<;])/;
/** `private constructor();` names nothing internal: it says the class is made by a factory. */
const PRIVATE_CONSTRUCTOR = /^\s*private constructor\(/;

describe('published .d.ts', () => {
  it('declares no internal members and compiles for a strict consumer', () => {
    const built = emitDeclarations();
    expect(JSON.parse(readFileSync(join(built, 'diagnostics.json'), 'utf8'))).toEqual([]);
    const files = listFiles(join(built, 'dist'), (p) => p.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(20);
    const internal: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (INTERNAL_MEMBER.test(line) && !PRIVATE_CONSTRUCTOR.test(line))
            internal.push(`${relative(built, f)}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(internal).toEqual([]);

    // Every public entry, imported the way package.json "exports" maps it.
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      exports: Record<string, string | { types?: string }>;
    };
    const entries = Object.values(pkg.exports)
      .map((e) => (typeof e === 'object' ? e.types : undefined))
      .filter((t): t is string => t !== undefined);
    expect(entries.length).toBeGreaterThan(8);
    // The consumer is this test's own (out/), the declarations the cached build's: it imports
    // each entry by its path from out/ to the build's dist/.
    const consumer = join(out, 'consumer.ts');
    const from = (types: string): string =>
      JSON.stringify(relative(out, join(built, types.replace(/\.d\.ts$/, '.js'))));
    writeFileSync(
      consumer,
      entries.map((t, i) => `export * as e${i} from ${from(t)};`).join('\n') +
        `\nimport { Scope } from ${from('./dist/core/index.d.ts')};\nnew Scope().dispose();\n`,
    );
    const program = ts.createProgram([consumer], {
      strict: true,
      noEmit: true,
      skipLibCheck: false,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      target: ts.ScriptTarget.ES2022,
      lib: ['lib.es2023.d.ts', 'lib.esnext.disposable.d.ts', 'lib.dom.d.ts'],
      types: ['node'],
      typeRoots: [join(ROOT, 'node_modules', '@types')],
    });
    const diags = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file === undefined || !d.file.fileName.includes('node_modules'))
      .map(
        (d) =>
          `${d.file ? relative(out, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(diags).toEqual([]);
  }, 120_000);
});
