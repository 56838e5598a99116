// Finds the files to scan: .ts .tsx .js .mjs .cjs (and .mts .cts .jsx), Vue and Svelte component
// files (.vue .svelte: their <script> blocks, sfc.ts), and Node scripts with no
// extension (`bin/tool` starting `#!/usr/bin/env node`), honouring every
// .gitignore from the repository root down, and never entering node_modules, .git or .yarn
// (Yarn's own releases, plugins and unplugged packages), nor reading minified files (`*.min.js`).
import {
  closeSync,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from 'node:fs';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { COMPONENT_EXTENSIONS } from './sfc.js';

export const SCANNED_EXTENSIONS = new Set([
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  ...COMPONENT_EXTENSIONS,
]);
const ALWAYS_SKIPPED = new Set(['node_modules', '.git', '.yarn']);
/** `jquery.min.js`, `app.min.mjs`: built output nobody edits, with no line structure to report on. */
const MINIFIED = /\.min\.[cm]?js$/;

/** The first line of a Node script: `#!/usr/bin/env node`, `#!/usr/local/bin/node --flag`, `ts-node`, `tsx`. */
const NODE_SHEBANG = /^#![^\n]*\b(?:node|nodejs|ts-node|tsx)\b/;

/**
 * A file with no extension that is a Node script by its first line (a CLI's `bin/tool`): read
 * as JavaScript. Only its first bytes are read; one that cannot be read is not taken.
 */
export function isNodeScript(path: string): boolean {
  if (extname(path) !== '') return false;
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(128);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return NODE_SHEBANG.test(buf.subarray(0, n).toString('latin1'));
  } catch {
    return false;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** Thrown for a path that does not exist: a usage error (exit code 2), not a scan error. */
export class UsageError extends Error {
  readonly code = 'LEAKGUARD_SCAN_USAGE';
}

interface Rules {
  readonly dir: string;
  readonly ig: Ignore;
}

function loadRules(dir: string): Rules | null {
  const file = join(dir, '.gitignore');
  if (!existsSync(file)) return null;
  try {
    return { dir, ig: ignore().add(readFileSync(file, 'utf8')) };
  } catch {
    return null; // an unreadable .gitignore ignores nothing
  }
}

function ignored(rules: readonly Rules[], path: string, isDir: boolean): boolean {
  for (const r of rules) {
    const rel = relative(r.dir, path).split(sep).join('/');
    if (rel === '' || rel.startsWith('..')) continue;
    if (r.ig.ignores(isDir ? rel + '/' : rel)) return true;
  }
  return false;
}

/** Git root of `start` (the nearest ancestor with .git), or `start` itself. */
function gitRoot(start: string): string {
  for (let d = start; ; d = dirname(d)) {
    if (existsSync(join(d, '.git'))) return d;
    if (dirname(d) === d) return start;
  }
}

export interface Discovered {
  readonly files: string[];
  /** Directories that could not be listed; reported, not fatal. */
  readonly errors: { file: string; message: string }[];
}

export function discoverFiles(paths: readonly string[], cwd: string): Discovered {
  const files = new Set<string>();
  const errors: { file: string; message: string }[] = [];
  for (const p of paths) {
    const abs = resolve(cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch {
      throw new UsageError(`Path not found: ${p}`);
    }
    if (st.isFile()) {
      if (SCANNED_EXTENSIONS.has(extname(abs)) || isNodeScript(abs)) files.add(abs);
      // named, but not code the scanner reads (`leakguard scan notes.md`): said, not silent
      else
        errors.push({
          file: abs,
          message: `not scanned: the scanner reads ${[...SCANNED_EXTENSIONS].join(' ')} files and Node scripts (#!/usr/bin/env node)`,
        });
      continue;
    }
    // Rules from the git root down to the scanned directory apply to everything inside it.
    const root = gitRoot(abs);
    const chain: Rules[] = [];
    const parts = relative(root, abs).split(sep).filter(Boolean);
    let d = root;
    for (let i = 0; i <= parts.length; i++) {
      const r = loadRules(d);
      if (r !== null) chain.push(r);
      if (i < parts.length) d = join(d, parts[i]!);
    }
    walk(abs, chain, files, errors);
  }
  return { files: [...files].sort(), errors };
}

function walk(
  dir: string,
  rules: Rules[],
  out: Set<string>,
  errors: { file: string; message: string }[],
): void {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    errors.push({ file: dir, message: `cannot read directory: ${(e as Error).message}` });
    return;
  }
  const own = loadRules(dir);
  const active = own !== null && !rules.some((r) => r.dir === dir) ? [...rules, own] : rules;
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      if (ALWAYS_SKIPPED.has(e.name) || ignored(active, path, true)) continue;
      walk(path, active, out, errors);
    } else if (e.isFile() || e.isSymbolicLink()) {
      const named =
        SCANNED_EXTENSIONS.has(extname(e.name)) &&
        !e.name.endsWith('.d.ts') &&
        !MINIFIED.test(e.name);
      // Only a file with no extension is opened to look for a shebang, and only when kept.
      if (!named && extname(e.name) !== '') continue;
      // A symlink to a directory is never followed (no cycles); a symlink to a file is scanned,
      // and a dangling one is kept so the scan reports it as unreadable instead of hiding it.
      if (e.isSymbolicLink() && isDirectory(path)) continue;
      if (ignored(active, path, false)) continue;
      if (named || isNodeScript(path)) out.add(path);
    }
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
