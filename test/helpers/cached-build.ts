/**
 * Builds for child processes in tests and benches: TypeScript transpiled file by file (imports
 * already carry .js suffixes) into node_modules/.cache, where bare imports (ws, commander)
 * still resolve, so a child runs plain JavaScript as a user's app would, with no loader.
 *
 * Each build lives in a directory named by a hash of its inputs: parallel test files share
 * one build, and a build is written to a temporary directory that is renamed into place, so
 * no worker ever sees a half-written one.
 */
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Files under `dir` (recursively) that `keep` accepts; [] when `dir` does not exist. */
export function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

/** TypeScript sources, without declarations and tests. */
export const isSource = (p: string): boolean =>
  p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.test.ts');

/** Transpiles one TypeScript file to `target` (ES2022 module, no type check). */
export function transpileTo(file: string, target: string): void {
  const out = ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      sourceMap: false,
    },
  });
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, out.outputText);
}

/**
 * Returns node_modules/.cache/<name>/<hash of layout and inputs>, calling `write(dir)` to
 * fill it the first time. `layout` names the shape of the output: change it when `write`
 * changes.
 */
export function cachedBuild(
  name: string,
  layout: string,
  inputs: readonly string[],
  write: (dir: string) => void,
): string {
  const hash = createHash('sha256').update(layout);
  for (const f of inputs) hash.update(f).update(readFileSync(f));
  const base = join(ROOT, 'node_modules', '.cache', name, hash.digest('hex').slice(0, 16));
  if (!existsSync(base)) {
    const tmp = `${base}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    write(tmp);
    try {
      renameSync(tmp, base);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another worker won the race
    }
  }
  return base;
}

/**
 * Plain-JavaScript build of the given src/ folders (e.g. `['core', 'internal', 'pool']`) for
 * child processes; returns the directory that mirrors src/ (import `<dir>/pool/index.js`).
 */
export function buildSrc(dirs: readonly string[]): string {
  const files = dirs.flatMap((d) => listFiles(join(ROOT, 'src', d), isSource)).sort();
  const base = cachedBuild('leakguard-src-build', 'layout 1', files, (tmp) => {
    for (const f of files)
      transpileTo(
        f,
        join(tmp, 'src', f.slice(join(ROOT, 'src').length + 1).replace(/\.ts$/, '.js')),
      );
    writeFileSync(join(tmp, 'package.json'), '{"type":"module"}');
  });
  return join(base, 'src');
}
