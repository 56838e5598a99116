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
import { listFiles, ROOT } from '../helpers/cached-build.js';

// Inside node_modules/.cache, so the declarations resolve their dependencies' types (eslint…).
const cache = join(ROOT, 'node_modules', '.cache');
mkdirSync(cache, { recursive: true });
const out = mkdtempSync(join(cache, 'lg-dts-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function emitDeclarations(): void {
  const file = join(ROOT, 'tsconfig.build.json');
  const parsed = ts.parseJsonConfigFileContent(
    ts.readConfigFile(file, (p) => ts.sys.readFile(p)).config,
    ts.sys,
    ROOT,
    { outDir: join(out, 'dist'), emitDeclarationOnly: true, declarationMap: false },
    file,
  );
  const program = ts.createProgram(parsed.fileNames, parsed.options);
  const result = program.emit();
  const errors = ts.getPreEmitDiagnostics(program).concat(result.diagnostics);
  expect(errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
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
    emitDeclarations();
    const files = listFiles(join(out, 'dist'), (p) => p.endsWith('.d.ts'));
    expect(files.length).toBeGreaterThan(20);
    const internal: string[] = [];
    for (const f of files) {
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (INTERNAL_MEMBER.test(line) && !PRIVATE_CONSTRUCTOR.test(line))
            internal.push(`${relative(out, f)}:${i + 1}: ${line.trim()}`);
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
    const consumer = join(out, 'consumer.ts');
    writeFileSync(
      consumer,
      entries
        .map((t, i) => `export * as e${i} from ${JSON.stringify(t.replace(/\.d\.ts$/, '.js'))};`)
        .join('\n') + "\nimport { Scope } from './dist/core/index.js';\nnew Scope().dispose();\n",
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
