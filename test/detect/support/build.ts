/**
 * Builds leakguard's sources to plain JavaScript for child processes in tests and benches,
 * so fixture apps run exactly as a user's would (`node --import <register.js> app.js`), with
 * no TypeScript loader in the child. Files are transpiled one by one (imports already carry
 * .js suffixes) into node_modules/.cache, where bare imports (commander, ws) still resolve.
 * The output directory is named by a hash of the sources, so parallel test files share it.
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
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

function listTs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listTs(p));
    else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

export interface Built {
  /** Directory mirroring src/ with .js files (beside a copy of package.json). */
  dir: string;
  /** file: URL of the register entry. */
  registerUrl: string;
  url(relFromSrc: string): string;
  path(relFromSrc: string): string;
}

let cached: Built | undefined;

/** Transpiles src/{core,detect,testing,scan,cli} (whichever exist). */
export function buildSources(): Built {
  if (cached) return cached;
  const files = ['core', 'detect', 'testing', 'scan', 'cli']
    .flatMap((d) => listTs(join(ROOT, 'src', d)))
    .sort();
  const hash = createHash('sha256').update('layout 2');
  for (const f of files) hash.update(f).update(readFileSync(f));
  // <base>/package.json is a copy of ours ("type": "module", and what src/scan/version.ts
  // reads as ../../package.json); <base>/src mirrors the repository's src/.
  const base = join(
    ROOT,
    'node_modules',
    '.cache',
    'leakguard-test-build',
    hash.digest('hex').slice(0, 16),
  );
  const dir = join(base, 'src');
  if (!existsSync(base)) {
    const tmp = `${base}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    for (const f of files) {
      const rel = relative(join(ROOT, 'src'), f);
      const out = ts.transpileModule(readFileSync(f, 'utf8'), {
        fileName: f,
        compilerOptions: {
          module: ts.ModuleKind.ESNext,
          target: ts.ScriptTarget.ES2022,
          verbatimModuleSyntax: true,
          sourceMap: false,
        },
      });
      const target = join(tmp, 'src', rel.replace(/\.ts$/, '.js'));
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, out.outputText);
    }
    writeFileSync(join(tmp, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    try {
      renameSync(tmp, base);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another worker won the race
    }
  }
  cached = {
    dir,
    registerUrl: pathToFileURL(join(dir, 'detect', 'register.js')).href,
    url: (rel) => pathToFileURL(join(dir, rel)).href,
    path: (rel) => join(dir, rel),
  };
  return cached;
}
