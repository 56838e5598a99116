// Component files: Vue single-file components (`.vue`) and Svelte components (`.svelte`). The
// scanner reads their `<script>` blocks. The rest of the file (template, markup, style) is
// blanked to spaces, newlines kept, so every offset, line and column of the script code is the
// file's own and findings point into the component file as it is.
//
// A Vue `<script setup>` and a Svelte instance `<script>` run once per component instance, as a
// Vue `setup()` does; their top-level code is read as the body of one (see `instanceSetup`). A
// Vue `<script>` without `setup` and a Svelte module script (`<script context="module">`,
// `<script module>`) are module code, run once.
import type { TSESTree } from '@typescript-eslint/types';
import { extname } from 'node:path';
import { endOf, startOf } from './syntax.js';

/** Extensions of component files, whose `<script>` blocks are scanned. */
export const COMPONENT_EXTENSIONS: ReadonlySet<string> = new Set(['.vue', '.svelte']);

export function isComponentFile(path: string): boolean {
  return COMPONENT_EXTENSIONS.has(extname(path));
}

export type ScriptLang = 'js' | 'jsx' | 'ts' | 'tsx';
export type ComponentKind = 'vue' | 'svelte';

/** The script of a component file, ready for a JavaScript or TypeScript parser. */
export interface ComponentScript {
  /** The file with everything outside its `<script>` blocks blanked: same length, same lines. */
  readonly code: string;
  /** The blocks' language (`lang="ts"`): TypeScript when any block says so. */
  readonly lang: ScriptLang;
  /** Offsets `[start, end)` of the block whose top level runs per instance, or null. */
  readonly instance: readonly [number, number] | null;
  readonly kind: ComponentKind;
}

/** `<!-- … -->` and the opening tag of a `<script>` block (its attributes in group 1). */
const BLOCK = /<!--[\s\S]*?-->|<script\b((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const SCRIPT_END = /<\/script\s*>/gi;

/** An attribute's value, `true` when it has none (`setup`), or null when it is not there. */
function attribute(attrs: string, name: string): string | true | null {
  const m = new RegExp(
    `(?:^|\\s)${name}(?=[\\s=/]|$)(?:\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+)))?`,
    'i',
  ).exec(attrs);
  if (m === null) return null;
  return m[1] ?? m[2] ?? m[3] ?? true;
}

const LANGS: Readonly<Record<string, ScriptLang>> = {
  js: 'js',
  javascript: 'js',
  jsx: 'jsx',
  ts: 'ts',
  typescript: 'ts',
  tsx: 'tsx',
};

/** The block's language, or null for one the parsers do not read (`lang="coffee"`). */
function langOf(value: string | true | null): ScriptLang | null {
  if (value === null || value === true) return 'js';
  return LANGS[value.toLowerCase()] ?? null;
}

/** Spaces for every character but line breaks, so offsets and line numbers are kept. */
function blank(s: string): string {
  return s.replace(/[^\r\n]/g, ' ');
}

/**
 * The `<script>` blocks of a `.vue` or `.svelte` file, at their offsets in the file, with every
 * other character blanked. A block with a `src` attribute (the script is another file) has no
 * code here and is skipped; so are blocks inside HTML comments and blocks in a language other
 * than JavaScript or TypeScript (`lang="coffee"`).
 */
export function componentScript(source: string, path: string): ComponentScript {
  const svelte = extname(path) === '.svelte';
  const parts: string[] = [];
  let at = 0;
  let lang: ScriptLang = 'js';
  let instance: [number, number] | null = null;
  BLOCK.lastIndex = 0;
  for (let m = BLOCK.exec(source); m !== null; m = BLOCK.exec(source)) {
    const attrs = m[1];
    if (attrs === undefined) continue; // a comment
    const start = m.index + m[0].length;
    SCRIPT_END.lastIndex = start;
    const close = SCRIPT_END.exec(source);
    const end = close === null ? source.length : close.index;
    BLOCK.lastIndex = close === null ? source.length : close.index + close[0].length;
    const l = langOf(attribute(attrs, 'lang'));
    if (attribute(attrs, 'src') !== null || l === null) continue;
    if (l !== 'js' && (lang === 'js' || l === 'tsx')) lang = l;
    const perInstance = svelte
      ? attribute(attrs, 'module') === null && attribute(attrs, 'context') !== 'module'
      : attribute(attrs, 'setup') !== null;
    if (perInstance && instance === null) instance = [start, end];
    parts.push(blank(source.slice(at, start)), source.slice(start, end));
    at = end;
  }
  parts.push(blank(source.slice(at)));
  return { code: parts.join(''), lang, instance, kind: svelte ? 'svelte' : 'vue' };
}

type Node = TSESTree.Node;

/** The `setup()` functions made by instanceSetup, and the kind of component each came from. */
const INSTANCE_SCRIPTS = new WeakMap<object, ComponentKind>();

/** `vue` for a Vue `<script setup>`, `svelte` for a Svelte instance script, else null. */
export function instanceScriptOf(fn: Node): ComponentKind | null {
  return INSTANCE_SCRIPTS.get(fn) ?? null;
}

function at<T extends object>(node: T, start: number, end: number, ranged: boolean): T {
  const n = node as T & { start: number; end: number; range?: [number, number] };
  n.start = start;
  n.end = end;
  if (ranged) n.range = [start, end];
  return n;
}

/** Statements that stay at the top level: a module's imports and exports, and declarations of types. */
function staysTopLevel(s: Node): boolean {
  switch (s.type) {
    case 'ImportDeclaration':
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
    case 'TSInterfaceDeclaration':
    case 'TSTypeAliasDeclaration':
    case 'TSModuleDeclaration':
    case 'TSDeclareFunction':
    case 'TSImportEqualsDeclaration':
    case 'TSExportAssignment':
      return true;
    default:
      return false;
  }
}

/**
 * Reads the top-level code of the instance block as the body of a Vue `setup()`: its statements
 * other than imports, exports and type declarations move into
 * `export default { setup() { … } }`, a node put where the first of them was. The rules then
 * treat that code as they treat any `setup()`: it runs once per component instance, and what it
 * registers without undoing it in an unmount hook stays after the component is gone. The nodes
 * moved keep their offsets; the new ones span from the first statement moved to the last.
 * Returns a new Program (the same nodes, a new `body`): the one given is not changed, so an
 * ESLint parser's AST, shared with other rules, can be read this way too.
 */
export function instanceSetup(
  program: TSESTree.Program,
  block: readonly [number, number],
  kind: ComponentKind,
): TSESTree.Program {
  // typescript-estree's nodes carry `range`, oxc's only `start`/`end`: the new ones match.
  const ranged = (program as { range?: unknown }).range !== undefined;
  const moved: TSESTree.Statement[] = [];
  const kept: TSESTree.ProgramStatement[] = [];
  let slot = -1;
  for (const s of program.body) {
    const inside = startOf(s) >= block[0] && endOf(s) <= block[1];
    if (inside && !staysTopLevel(s)) {
      if (slot === -1) slot = kept.length;
      moved.push(s as TSESTree.Statement);
    } else kept.push(s);
  }
  const first = moved[0];
  const last = moved[moved.length - 1];
  if (first === undefined || last === undefined) return program;
  const s = startOf(first);
  const e = endOf(last);
  const body = at({ type: 'BlockStatement', body: moved } as unknown as Node, s, e, ranged);
  const fn = at(
    {
      type: 'FunctionExpression',
      id: null,
      params: [],
      body,
      async: false,
      generator: false,
      expression: false,
    } as unknown as Node,
    s,
    e,
    ranged,
  );
  INSTANCE_SCRIPTS.set(fn, kind);
  const key = at({ type: 'Identifier', name: 'setup' } as unknown as Node, s, s, ranged);
  const prop = at(
    {
      type: 'Property',
      key,
      value: fn,
      kind: 'init',
      method: true,
      shorthand: false,
      computed: false,
    } as unknown as Node,
    s,
    e,
    ranged,
  );
  const obj = at({ type: 'ObjectExpression', properties: [prop] } as unknown as Node, s, e, ranged);
  const decl = at(
    { type: 'ExportDefaultDeclaration', declaration: obj, exportKind: 'value' } as unknown as Node,
    s,
    e,
    ranged,
  );
  kept.splice(slot, 0, decl as TSESTree.ProgramStatement);
  return { ...program, body: kept };
}
