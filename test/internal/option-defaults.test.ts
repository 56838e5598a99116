// Every public option states its default with a `@default` JSDoc tag (the one style: the
// description with its unit, then `@default value`, a `// comment` when the value needs words).
// Checked for the option types of core, the scanner and the CLI; prose "Default: …" is refused.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const FILES = [
  'src/core/connection.ts',
  'src/core/manager.ts',
  'src/core/scope.ts',
  'src/core/scope-async.ts',
  'src/core/scope-helpers.ts',
  'src/core/signal.ts',
  'src/scan/scanner.ts',
  'src/cli/watch.ts',
];
/** Exported interfaces whose members are options a caller passes. */
const OPTION_TYPE = /(Options|Meta|Request|Filter)$/;

function missing(path: string): string[] {
  const file = join(ROOT, path);
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (!ts.isInterfaceDeclaration(st) || !OPTION_TYPE.test(st.name.text)) continue;
    if (!st.modifiers?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)) continue;
    // `@internal` types are not public options.
    if (ts.getJSDocTags(st).some((t) => t.tagName.text === 'internal')) continue;
    for (const m of st.members) {
      if (!ts.isPropertySignature(m) || m.questionToken === undefined) continue;
      const tags = ts.getJSDocTags(m).map((t) => t.tagName.text);
      if (!tags.includes('default'))
        out.push(`${relative(ROOT, file)}: ${st.name.text}.${m.name.getText(sf)}`);
    }
  }
  return out;
}

describe('option defaults', () => {
  it('every optional option of core, the scanner and the CLI has a @default tag', () => {
    const all = FILES.flatMap(missing);
    expect(all).toEqual([]);
  });

  it('finds the options it checks (the walk itself works)', () => {
    // Sanity: ConnectionManagerOptions.siteThreshold is one of them.
    const text = readFileSync(join(ROOT, 'src/core/manager.ts'), 'utf8');
    expect(text).toMatch(/@default 1000\n\s*\*\/\n\s*siteThreshold\?/);
  });

  it('no option doc says its default in prose ("Default: …")', () => {
    const prose = FILES.filter((f) =>
      /\*.*\bDefault[: ]/.test(readFileSync(join(ROOT, f), 'utf8')),
    );
    expect(prose).toEqual([]);
  });
});
