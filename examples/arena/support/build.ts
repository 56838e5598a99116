/**
 * Builds leakguard and the arena for the arena's tests (see test/helpers/cached-build.ts).
 *
 * The layout is that of the published package — <base>/leakguard/package.json with its
 * "exports", the build in <base>/leakguard/dist, the arena in <base>/leakguard/examples/arena —
 * so the arena's `import … from 'leakguard/pool'` resolves through the package's exports to
 * the built files, exactly as under `npm start` (which builds dist/ with tsc first). The
 * directory is named `leakguard` on purpose: creation sites skip frames under
 * `leakguard/dist`, as they do for an installed package.
 */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  cachedBuild,
  isSource,
  listFiles,
  ROOT,
  transpileTo,
} from '../../../test/helpers/cached-build.js';

const ARENA = join(ROOT, 'examples', 'arena');

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
    (p) => isSource(p) && !p.startsWith(join(ARENA, 'support')),
  ).sort();
  const assets = listFiles(join(ARENA, 'public'), () => true).sort();
  const inputs = [...src, ...arena, ...assets, join(ROOT, 'package.json')];
  const base = cachedBuild('leakguard-arena-build', 'arena layout 1', inputs, (tmp) => {
    const root = join(tmp, 'leakguard');
    for (const f of src)
      transpileTo(f, join(root, 'dist', relative(join(ROOT, 'src'), f).replace(/\.ts$/, '.js')));
    for (const f of arena) transpileTo(f, join(root, relative(ROOT, f).replace(/\.ts$/, '.js')));
    cpSync(join(ARENA, 'public'), join(root, 'examples', 'arena', 'public'), { recursive: true });
    writeFileSync(join(root, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  });
  const root = join(base, 'leakguard');
  cached = { root, main: join(root, 'examples', 'arena', 'main.js') };
  return cached;
}
