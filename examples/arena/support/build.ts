/**
 * Builds leakguard and the arena for the arena's tests, the way test/detect/support/build.ts
 * does for the detect tests: every .ts file is transpiled on its own (imports already carry
 * .js suffixes) into node_modules/.cache, where bare imports (ws, commander) still resolve.
 *
 * The layout is that of the published package — <base>/leakguard/package.json with its
 * "exports", the build in <base>/leakguard/dist, the arena in <base>/leakguard/examples/arena —
 * so the arena's `import … from 'leakguard/pool'` resolves through the package's exports to
 * the built files, exactly as under `npm start` (which builds dist/ with tsc first). The
 * directory is named `leakguard` on purpose: creation sites skip frames under
 * `leakguard/dist`, as they do for an installed package.
 *
 * Named by a hash of the inputs, so parallel test files share one build.
 */
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const ARENA = join(ROOT, 'examples', 'arena');

function listFiles(dir: string, keep: (path: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p, keep));
    else if (keep(p)) out.push(p);
  }
  return out;
}

const isSource = (p: string): boolean =>
  p.endsWith('.ts') && !p.endsWith('.d.ts') && !p.endsWith('.test.ts');

export interface ArenaBuild {
  /** The built arena's entry point (main.js). */
  main: string;
  /** The package root of the build (holds package.json, dist/, examples/). */
  root: string;
}

let cached: ArenaBuild | undefined;

export function buildArena(): ArenaBuild {
  if (cached) return cached;
  const src = listFiles(join(ROOT, 'src'), isSource).sort();
  const arena = listFiles(
    ARENA,
    (p) => isSource(p) && !p.includes(`${join(ARENA, 'support')}`),
  ).sort();
  const assets = listFiles(join(ARENA, 'public'), () => true).sort();
  const hash = createHash('sha256').update('arena layout 1');
  for (const f of [...src, ...arena, ...assets, join(ROOT, 'package.json')])
    hash.update(f).update(readFileSync(f));
  const base = join(
    ROOT,
    'node_modules',
    '.cache',
    'leakguard-arena-build',
    hash.digest('hex').slice(0, 16),
  );
  const root = join(base, 'leakguard');
  if (!existsSync(base)) {
    const tmp = `${base}.${process.pid}.tmp`;
    rmSync(tmp, { recursive: true, force: true });
    const emit = (file: string, target: string): void => {
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
    };
    const tmpRoot = join(tmp, 'leakguard');
    for (const f of src)
      emit(f, join(tmpRoot, 'dist', relative(join(ROOT, 'src'), f).replace(/\.ts$/, '.js')));
    for (const f of arena) emit(f, join(tmpRoot, relative(ROOT, f).replace(/\.ts$/, '.js')));
    cpSync(join(ARENA, 'public'), join(tmpRoot, 'examples', 'arena', 'public'), {
      recursive: true,
    });
    writeFileSync(join(tmpRoot, 'package.json'), readFileSync(join(ROOT, 'package.json')));
    try {
      renameSync(tmp, base);
    } catch {
      rmSync(tmp, { recursive: true, force: true }); // another worker won the race
    }
  }
  cached = { root, main: join(root, 'examples', 'arena', 'main.js') };
  return cached;
}
