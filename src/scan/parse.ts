// Loads the parser lazily: TypeScript and typescript-estree are optional peer dependencies, so
// users of the core never install them, and `leakguard scan` explains what is missing.
import { createRequire } from 'node:module';
import type * as Estree from '@typescript-eslint/typescript-estree';
import type * as TS from 'typescript';

const require = createRequire(import.meta.url);

export class MissingPeerError extends Error {
  readonly code = 'LEAKGUARD_SCAN_MISSING_PEER';
}

function load<T>(name: string): T {
  try {
    return require(name) as T;
  } catch (cause) {
    throw new MissingPeerError(
      `leakguard scan needs the optional peer dependency \`${name}\`: npm install --save-dev typescript @typescript-eslint/typescript-estree`,
      { cause },
    );
  }
}

let estree: typeof Estree | null = null;
let ts: typeof TS | null = null;

export function loadEstree(): typeof Estree {
  estree ??= load<typeof Estree>('@typescript-eslint/typescript-estree');
  return estree;
}

export function loadTypeScript(): typeof TS {
  ts ??= load<typeof TS>('typescript');
  return ts;
}

/** Parses one file without type information (the fast path). */
export function parseFile(src: string, filePath: string): Estree.TSESTree.Program {
  return loadEstree().parse(src, {
    filePath,
    range: true,
    // `loc: false` costs more than it saves: typescript-estree computes locations anyway and then
    // walks the whole tree again to delete them (which also deoptimises every node's shape).
    loc: true,
    comment: false,
    tokens: false,
    jsx: /\.[jt]sx$/.test(filePath),
    // JSDoc is never read by the rules; not parsing it is the cheapest speed-up there is.
    jsDocParsingMode: 'none',
    suppressDeprecatedPropertyWarnings: true,
  });
}
