// Loads the parsers lazily: TypeScript, typescript-estree and oxc-parser are optional peer
// dependencies, so users of the core never install them, and `leakguard scan` explains what is
// missing.
//
// Two parsers produce the ESTree the analysis reads:
// - oxc-parser (native, optional): the fast path, used when it is installed and loads;
// - @typescript-eslint/typescript-estree: always there for the scan (and needed by the typed
//   path and for error messages); used when oxc is missing, and for every file oxc reports an
//   error on, so unparsable files are reported with typescript-estree's message as before.
// Both give the same findings (test/scan/parsers.test.ts): the analysis reads node types, child
// properties (through visitor keys, which agree) and offsets (UTF-16, from both).
import { createRequire } from 'node:module';
import type * as Estree from '@typescript-eslint/typescript-estree';
import type { TSESTree } from '@typescript-eslint/types';
import { extname } from 'node:path';
import type * as Oxc from 'oxc-parser';
import type * as TS from 'typescript';
import type { VisitorKeys } from './collect/index.js';
import { componentScript, instanceSetup, isComponentFile } from './sfc.js';
import { mayHaveDirectives } from './suppress.js';

const require = createRequire(import.meta.url);

export class MissingPeerError extends Error {
  readonly code = 'LEAKGUARD_SCAN_MISSING_PEER';
}

function missing(name: string, cause: unknown): MissingPeerError {
  return new MissingPeerError(
    `leakguard scan needs the optional peer dependency \`${name}\`: npm install --save-dev typescript @typescript-eslint/typescript-estree`,
    { cause },
  );
}

function load<T>(name: string): T {
  try {
    return require(name) as T;
  } catch (cause) {
    throw missing(name, cause);
  }
}

let estree: typeof Estree | null = null;
let ts: typeof TS | null = null;
/** undefined: not tried yet; null: not installed, or its native binding does not load here. */
let oxc: typeof Oxc | null | undefined;

export function loadEstree(): typeof Estree {
  estree ??= load<typeof Estree>('@typescript-eslint/typescript-estree');
  return estree;
}

export function loadTypeScript(): typeof TS {
  ts ??= load<typeof TS>('typescript');
  return ts;
}

/**
 * Fails early, once per scan, when the parser the scan needs is missing. With oxc loaded,
 * typescript-estree (and TypeScript with it: a few hundred milliseconds) is only located, not
 * loaded: oxc parses, and typescript-estree is loaded for the first file oxc rejects.
 */
export function checkParser(): void {
  if (loadOxc() === null || estree !== null) {
    loadEstree();
    return;
  }
  try {
    require.resolve('@typescript-eslint/typescript-estree');
  } catch (cause) {
    throw missing('@typescript-eslint/typescript-estree', cause);
  }
}

/**
 * oxc-parser, or null when it is not installed, has no binding for this platform, or
 * `LEAKGUARD_SCAN_PARSER=typescript-estree` is set (the way to rule the fast parser out).
 */
export function loadOxc(): typeof Oxc | null {
  if (oxc === undefined) {
    if (process.env.LEAKGUARD_SCAN_PARSER === 'typescript-estree') {
      oxc = null;
      return oxc;
    }
    try {
      oxc = require('oxc-parser') as typeof Oxc;
    } catch {
      oxc = null;
    }
  }
  return oxc;
}

let estreeKeys: VisitorKeys | null = null;

/**
 * Visitor keys for the ASTs parseFile returns: oxc-parser's when oxc is loaded, otherwise
 * typescript-eslint's (a dependency of typescript-estree, so resolved from there). The two
 * tables list the same keys in the same order for every node type both know (tested), so the
 * analysis walks both parsers' trees in the same order.
 */
export function visitorKeys(): VisitorKeys {
  const o = loadOxc();
  if (o !== null) return o.visitorKeys;
  if (estreeKeys === null) {
    const fromEstree = createRequire(require.resolve('@typescript-eslint/typescript-estree'));
    estreeKeys = (fromEstree('@typescript-eslint/visitor-keys') as { visitorKeys: VisitorKeys })
      .visitorKeys;
  }
  return estreeKeys;
}

/**
 * Which parser to use for the syntax-only path. `auto` (the default): oxc when it loads, and
 * typescript-estree when it does not or when oxc reports an error in the file. `oxc`: oxc only
 * (a file it reports an error in throws); for tests that must know which parser ran.
 */
export type ParserChoice = 'auto' | 'oxc' | 'typescript-estree';

/**
 * Parses one file without type information (the fast path). `program.comments` lists the
 * file's comments when it may hold a disable directive (`mayHaveDirectives`: oxc lists them
 * anyway; typescript-estree is asked to only then, as listing them costs a second scan).
 */
export function parseFile(
  src: string,
  filePath: string,
  parser: ParserChoice = 'auto',
): TSESTree.Program {
  if (!isComponentFile(filePath)) return parseCode(src, filePath, parser);
  // A .vue or .svelte file: its <script> blocks, at their offsets in the file (sfc.ts).
  const script = componentScript(src, filePath);
  const program = parseCode(script.code, `${filePath}.${script.lang}`, parser);
  return script.instance === null ? program : instanceSetup(program, script.instance, script.kind);
}

function parseCode(src: string, filePath: string, parser: ParserChoice): TSESTree.Program {
  if (parser === 'typescript-estree') return parseWithEstree(src, filePath);
  const o = loadOxc();
  if (o === null) {
    if (parser === 'oxc') throw new MissingPeerError(OXC_MISSING);
    return parseWithEstree(src, filePath);
  }
  const result = o.parseSync(filePath, src, oxcOptions(languagePath(filePath)));
  if (result.errors.length === 0) {
    const program = result.program as unknown as TSESTree.Program;
    if (mayHaveDirectives(src)) program.comments = result.comments as unknown as TSESTree.Comment[];
    return program;
  }
  if (parser === 'oxc') throw new SyntaxError(result.errors[0]?.message ?? 'oxc-parser failed');
  return parseWithEstree(src, filePath);
}

const OXC_MISSING =
  'oxc-parser is not installed, or has no native binding for this platform: npm install --save-dev oxc-parser';

/** A `@flow` pragma in the file's first comment: Flow syntax that neither parser reads. */
const FLOW_PRAGMA =
  /^\s*(?:#![^\n]*\n\s*)?(?:\/\/[^\n]*@(?:no)?flow\b|\/\*(?:[^*]|\*(?!\/))*?@(?:no)?flow\b)/;

function parseWithEstree(src: string, filePath: string): TSESTree.Program {
  try {
    return estreeParse(src, filePath);
  } catch (e) {
    if (!FLOW_PRAGMA.test(src.slice(0, 4000))) throw e;
    const first = ((e as Error).message ?? String(e)).split('\n')[0];
    throw new SyntaxError(
      `${first} (a Flow file: Flow type annotations are not read; strip them first, e.g. with flow-remove-types, and scan the output)`,
      { cause: e },
    );
  }
}

function estreeParse(src: string, filePath: string): TSESTree.Program {
  return loadEstree().parse(src, {
    filePath: languagePath(filePath),
    range: true,
    // `loc: false` costs more than it saves: typescript-estree computes locations anyway and then
    // walks the whole tree again to delete them (which also deoptimises every node's shape).
    loc: true,
    comment: mayHaveDirectives(src),
    tokens: false,
    jsx: /\.[jt]sx$/.test(filePath),
    // JSDoc is never read by the rules; not parsing it is the cheapest speed-up there is.
    jsDocParsingMode: 'none',
    // typescript-estree's own grammar checks on top of TypeScript's parser (modifiers,
    // decorators, heritage clauses…) are a compiler's job, not a leak scanner's: skipping them
    // parses 7–16 % faster. TypeScript's own parse errors still throw, and a valid file's tree is
    // the same either way.
    allowInvalidAST: true,
    suppressDeprecatedPropertyWarnings: true,
  });
}

/**
 * The path whose extension says the file's language: a file with no extension is a Node script
 * (files.ts `isNodeScript`), so JavaScript, for both parsers.
 */
function languagePath(filePath: string): string {
  return extname(filePath) === '' ? `${filePath}.js` : filePath;
}

/** Language and module kind for oxc, from the extension (the same choice TypeScript makes). */
function oxcOptions(filePath: string): Oxc.ParserOptions {
  const ext = /\.([cm]?[jt]sx?)$/.exec(filePath)?.[1] ?? 'ts';
  const ts = ext === 'tsx' || ext.endsWith('ts');
  return {
    // TypeScript parses JSX in every JavaScript file, so oxc must too (JSX changes nothing else
    // in plain JavaScript: `<` cannot start an expression there).
    lang: ext === 'tsx' ? 'tsx' : ts ? 'ts' : 'jsx',
    sourceType:
      ext === 'cjs' ? 'commonjs' : ext === 'js' || ext === 'jsx' ? 'unambiguous' : 'module',
    // typescript-estree's shape for TypeScript (its TS properties on every node); plain ESTree
    // for JavaScript, where those properties are all empty (`decorators: []`, `optional: false`,
    // `typeAnnotation: null` on every identifier...): about a fifth less for oxc to serialise
    // and `JSON.parse` to read back. The analysis reads none of them (test/scan/parsers.test.ts).
    astType: ts ? 'ts' : 'js',
    // No ParenthesizedExpression, as typescript-estree.
    preserveParens: false,
    // Offsets are read from `start` / `end` (syntax.ts startOf/endOf): `range` arrays would
    // cost an allocation per node, a third of oxc's parse time.
    range: false,
  };
}
