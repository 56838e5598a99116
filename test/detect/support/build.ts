/**
 * Builds leakguard's sources to plain JavaScript for child processes in tests and benches,
 * so fixture apps run exactly as a user's would (`node --import <register.js> app.js`), with
 * no TypeScript loader in the child (see test/helpers/cached-build.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { cachedBuild, isSource, listFiles, ROOT, transpileTo } from '../../helpers/cached-build.js';

export interface Built {
  /** Directory mirroring src/ with .js files (beside a copy of package.json). */
  dir: string;
  /** file: URL of the register entry. */
  registerUrl: string;
  url(relFromSrc: string): string;
  path(relFromSrc: string): string;
}

let cached: Built | undefined;

/** Transpiles src/{internal,core,detect,testing,scan,cli} (whichever exist). */
export function buildSources(): Built {
  if (cached) return cached;
  const files = ['internal', 'core', 'detect', 'testing', 'scan', 'cli']
    .flatMap((d) => listFiles(join(ROOT, 'src', d), isSource))
    .sort();
  // <base>/package.json is a copy of ours ("type": "module", and what src/scan/version.ts
  // reads as ../../package.json); <base>/src mirrors the repository's src/.
  const base = cachedBuild('leakguard-test-build', 'layout 2', files, (tmp) => {
    for (const f of files)
      transpileTo(f, join(tmp, 'src', relative(join(ROOT, 'src'), f).replace(/\.ts$/, '.js')));
    writeFileSync(join(tmp, 'package.json'), readFileSync(join(ROOT, 'package.json')));
  });
  const dir = join(base, 'src');
  cached = {
    dir,
    registerUrl: pathToFileURL(join(dir, 'detect', 'register.js')).href,
    url: (rel) => pathToFileURL(join(dir, rel)).href,
    path: (rel) => join(dir, rel),
  };
  return cached;
}
