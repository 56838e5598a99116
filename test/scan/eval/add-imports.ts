// Gives a `types` case of the fix corpus the modules its file imports, so that a typed scan
// (`--typed`) sees the declared types of receivers defined in another module:
//
//   npx tsx test/scan/eval/add-imports.ts <gitdir> <case id> [--depth N] [--max-lines N]
//
// The case's file and its context files are laid out at their paths in the repository
// (before/<path>, after/<path>; `file` in case.json becomes the path), so relative imports
// resolve as they do upstream. Every relative import of the case's file (and, with --depth 2,
// of those modules) is copied at the fix's parent into before/ and at the fix into after/.
// Modules over --max-lines lines (default 2500) are left out: a typed case rarely needs them
// and the corpus stays small. The copied paths are listed in case.json `context`; they come
// from the same repository at the same commits, so the case's licence covers them.
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '../../../scan-corpus/fixes/cases');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { depth: { type: 'string' }, 'max-lines': { type: 'string' } },
});
const [gitdir, id] = positionals;
if (gitdir === undefined || id === undefined) {
  console.error('usage: add-imports.ts <gitdir> <case id> [--depth N] [--max-lines N]');
  process.exit(2);
}
const depth = Number(values.depth ?? 1);
const maxLines = Number(values['max-lines'] ?? 2500);

const git = (...args: string[]): string =>
  execFileSync('git', ['--git-dir', gitdir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

const dir = join(CASES, id);
const kase = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as Record<string, unknown> & {
  path: string;
  file: string;
  commit: string;
  parent: string;
  context?: string[];
};

const SPEC =
  /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])(\.{1,2}\/[^'"]*)\1/g;
const EXTS = ['', '.ts', '.tsx', '.d.ts', '.js', '.mjs', '.cjs', '.jsx'];

function resolveIn(files: Set<string>, from: string, spec: string): string | null {
  const base = posix.normalize(posix.join(posix.dirname(from), spec));
  const stems = [base];
  const js = /\.(m|c)?js$/.exec(base);
  if (js !== null)
    stems.push(
      base.slice(0, -js[0].length) + (js[1] === 'm' ? '.mts' : js[1] === 'c' ? '.cts' : '.ts'),
    );
  for (const stem of stems) {
    for (const ext of EXTS) if (files.has(stem + ext)) return stem + ext;
    for (const ext of EXTS.slice(1))
      if (files.has(`${stem}/index${ext}`)) return `${stem}/index${ext}`;
  }
  return null;
}

/** The case's file and the modules it imports (to `depth`), at `rev`. */
function closure(rev: string, files: Set<string>, start: string[]): string[] {
  const seen = new Set<string>(start);
  let frontier = [kase.path];
  for (let d = 0; d < depth; d++) {
    const next: string[] = [];
    for (const f of frontier) {
      let text: string;
      try {
        text = git('show', `${rev}:${f}`);
      } catch {
        continue;
      }
      for (const m of text.matchAll(SPEC)) {
        const r = resolveIn(files, f, m[2]!);
        if (r === null || seen.has(r) || r === kase.path) continue;
        seen.add(r);
        next.push(r);
      }
    }
    frontier = next;
  }
  return [...seen];
}

// A repository path through a node_modules folder (node-red keeps its packages in
// packages/node_modules/) cannot be laid out: git ignores it (it was never committed) and the
// scanner never enters node_modules. Such a case stays flat, without context.
if (kase.path.split('/').includes('node_modules')) {
  console.log(`${kase.repo}: ${kase.path} runs through node_modules; the case stays flat`);
  process.exit(0);
}

// 1. Lay the case out at repository paths (once).
if (kase.file !== kase.path) {
  for (const side of ['before', 'after']) {
    const from = join(dir, side, kase.file);
    const to = join(dir, side, kase.path);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
  }
  // Context files copied flat by add-case --extra: find them in the tree and move them too.
  const treeFiles = git('ls-tree', '-r', '--name-only', kase.parent).split('\n');
  const flat = readdirSync(join(dir, 'before')).filter(
    (f) =>
      f !== kase.path.split('/')[0] &&
      existsSync(join(dir, 'before', f)) &&
      /\.[cm]?[jt]sx?$/.test(f),
  );
  kase.context = kase.context ?? [];
  for (const f of flat) {
    const hits = treeFiles.filter((p) => p === f || p.endsWith('/' + f));
    // The one nearest to the case's file (longest common directory prefix).
    const score = (p: string) => {
      let i = 0;
      while (i < p.length && p[i] === kase.path[i]) i++;
      return i;
    };
    const target = hits.sort((a, b) => score(b) - score(a))[0];
    if (target === undefined) throw new Error(`cannot place context file ${f}`);
    for (const side of ['before', 'after']) {
      const to = join(dir, side, target);
      mkdirSync(dirname(to), { recursive: true });
      if (existsSync(join(dir, side, f))) renameSync(join(dir, side, f), to);
    }
    kase.context.push(target);
  }
  kase.file = kase.path;
}

// 2. Copy the imported modules, each side at its own commit.
const context = new Set(kase.context ?? []);
for (const [side, rev] of [
  ['before', kase.parent],
  ['after', kase.commit],
] as const) {
  const files = new Set(git('ls-tree', '-r', '--name-only', rev).split('\n'));
  for (const f of closure(rev, files, [])) {
    let text: string;
    try {
      text = git('show', `${rev}:${f}`);
    } catch {
      continue;
    }
    if (text.split('\n').length > maxLines) continue;
    const to = join(dir, side, f);
    mkdirSync(dirname(to), { recursive: true });
    writeFileSync(to, text);
    if (side === 'before') context.add(f);
  }
}
kase.context = [...context].sort();
const { id: _omit, ...rest } = kase as Record<string, unknown>;
writeFileSync(join(dir, 'case.json'), JSON.stringify(rest, null, 2) + '\n');
console.log(`${id}: ${kase.context.length} context files`);
