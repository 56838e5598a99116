// The error-code catalogue (src/internal/error-codes.ts) against the code that throws and the
// docs that list: every code thrown in src/ is in the catalogue, every catalogue code is thrown
// somewhere, and docs/errors.md has exactly the catalogue's rows.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/internal/error-codes.js';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const CODE = /^LEAKGUARD_[A-Z0-9_]+$/;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

/** The name a call or `new` goes to: `f(…)` → f, `a.b.f(…)` → f. */
function calleeName(e: ts.Expression): string | undefined {
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function isCodeAccess(e: ts.Expression): boolean {
  return ts.isPropertyAccessExpression(e) && e.name.text === 'code';
}

interface Use {
  code: string;
  where: string;
  how: 'thrown' | 'compared';
}

/**
 * Where a `LEAKGUARD_*` string literal in a value position is an error code:
 * - an argument of a call or `new` of anything named `…Error` (`new LeakguardError(code, …)`,
 *   `new HttpError(status, code, …)`, `codedError(cls, code, …)`, `poolError(code, …)`);
 * - assigned to a `code` property (`e.code = …`, `readonly code = …`, `{ code: … }`);
 * - compared with a `.code` (`e.code === …`).
 * Anything else (environment variable names such as `LEAKGUARD_WATCH_DIR`) is not a code.
 */
function uses(file: string): Use[] {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Use[] = [];
  const visit = (node: ts.Node): void => {
    if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      CODE.test(node.text)
    ) {
      const p = node.parent;
      const where = `${relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
      let how: Use['how'] | undefined;
      if (
        (ts.isCallExpression(p) || ts.isNewExpression(p)) &&
        p.arguments?.includes(node as ts.Expression) === true &&
        /Error$/.test(calleeName(p.expression) ?? '')
      )
        how = 'thrown';
      else if (
        ts.isBinaryExpression(p) &&
        p.operatorToken.kind === ts.SyntaxKind.EqualsToken &&
        p.right === node &&
        isCodeAccess(p.left)
      )
        how = 'thrown';
      else if (
        (ts.isPropertyDeclaration(p) || ts.isPropertyAssignment(p)) &&
        p.initializer === node &&
        p.name.getText(sf) === 'code'
      )
        how = 'thrown';
      else if (
        ts.isBinaryExpression(p) &&
        [
          ts.SyntaxKind.EqualsEqualsEqualsToken,
          ts.SyntaxKind.ExclamationEqualsEqualsToken,
        ].includes(p.operatorToken.kind) &&
        (isCodeAccess(p.left) || isCodeAccess(p.right))
      )
        how = 'compared';
      if (how !== undefined) found.push({ code: node.text, where, how });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

const all = sourceFiles(SRC).flatMap(uses);
const catalogue = ERROR_CODES as Record<string, { layer: string; class: string; when: string }>;

describe('the error-code catalogue', () => {
  it('finds the throw sites it checks (the walk itself works)', () => {
    // A walk that finds nothing would pass the two tests below.
    expect(all.filter((u) => u.how === 'thrown').length).toBeGreaterThan(50);
    expect(all.some((u) => u.where.startsWith('src/pool/') && u.how === 'thrown')).toBe(true);
  });

  it('has every code thrown or compared in src/', () => {
    const unknown = all.filter((u) => !(u.code in catalogue)).map((u) => `${u.code} at ${u.where}`);
    expect(unknown).toEqual([]);
  });

  it('has no code that src/ never throws', () => {
    const thrown = new Set(all.filter((u) => u.how === 'thrown').map((u) => u.code));
    const never = Object.keys(catalogue).filter((c) => !thrown.has(c));
    expect(never).toEqual([]);
  });

  it('is what docs/errors.md lists: one row per code, with its class', () => {
    const doc = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');
    const rows = new Map<string, string>();
    for (const m of doc.matchAll(/^\| `(LEAKGUARD_[A-Z0-9_]+)` \|[^|]*\| `?(\w+)`? \|/gm))
      rows.set(m[1]!, m[2]!);
    expect([...rows.keys()].sort()).toEqual(Object.keys(catalogue).sort());
    for (const [code, cls] of rows)
      expect(`${code}: ${cls}`).toBe(`${code}: ${catalogue[code]!.class}`);
  });
});
