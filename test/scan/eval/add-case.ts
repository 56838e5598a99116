// Adds one case to the corpus of real leak fixes (scan-corpus/fixes/cases/), reproducibly:
//
//   npx tsx test/scan/eval/add-case.ts <gitdir> <sha> <path> [n] [--repo owner/name]
//       [--class syntactic|types|runtime|not-a-leak] [--kind listener|timer|socket|disposable|other]
//       [--receiver text] [--event name] [--line N] [--desc text] [--shape tag] [--license SPDX]
//       [--keep A-B[,C-D]] [--keep-after A-B[,C-D]] [--extra path-in-repo]...
//
// <gitdir> is a bare clone (the search tool's `fetch` puts one under /work/.mirror/owner+name/).
// The file is taken at <sha>^ (before/) and <sha> (after/). --line is the 1-based line of the
// leaking registration in the ORIGINAL before file; with --keep (line ranges of the before file
// to keep, for files over ~1500 lines) it is renumbered into the pruned file and `pruned` is set.
// --keep-after gives the after file's ranges (default: the same as --keep). --extra copies
// another file of the repository (a type declaration a `types` case needs) into both folders.
// Fields not given stay as placeholders ("TODO") that the schema test rejects, so a case is
// never committed half-filled by accident.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const CASES = join(dirname(fileURLToPath(import.meta.url)), '../../../scan-corpus/fixes/cases');

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    repo: { type: 'string' },
    class: { type: 'string' },
    kind: { type: 'string' },
    receiver: { type: 'string' },
    event: { type: 'string' },
    line: { type: 'string' },
    desc: { type: 'string' },
    shape: { type: 'string' },
    license: { type: 'string' },
    keep: { type: 'string' },
    'keep-after': { type: 'string' },
    extra: { type: 'string', multiple: true },
  },
});
const [gitdir, shaArg, path, n] = positionals;
if (gitdir === undefined || shaArg === undefined || path === undefined) {
  console.error('usage: add-case.ts <gitdir> <sha> <path> [n] [options]');
  process.exit(2);
}

const git = (...args: string[]): string =>
  execFileSync('git', ['--git-dir', gitdir, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });

/** owner/name from a mirror path like /work/.mirror/owner+name/repo, unless --repo says it. */
function repoName(): string {
  if (values.repo !== undefined) return values.repo;
  const m = /([^/]+)\+([^/]+)\/repo\/?$/.exec(gitdir!);
  if (m === null) throw new Error('cannot tell owner/name from the git dir; pass --repo');
  return `${m[1]}/${m[2]}`;
}

/** SPDX id from the repository's package.json at the fix, else from its LICENSE text. */
function licence(commit: string): string {
  if (values.license !== undefined) return values.license;
  try {
    const pkg = JSON.parse(git('show', `${commit}:package.json`)) as { license?: unknown };
    if (typeof pkg.license === 'string') return pkg.license;
  } catch {
    // no package.json at the root: fall through to the licence file
  }
  const files = git('ls-tree', '--name-only', commit).split('\n');
  const file = files.find((f) => /^(licen[cs]e|copying)/i.test(f));
  if (file === undefined) return 'TODO';
  const text = git('show', `${commit}:${file}`);
  if (/Apache License/.test(text)) return 'Apache-2.0';
  if (/Permission is hereby granted, free of charge/.test(text)) return 'MIT';
  if (/Permission to use, copy, modify, and\/or distribute/.test(text)) return 'ISC';
  if (/Mozilla Public License/.test(text)) return 'MPL-2.0';
  if (/Redistribution and use in source and binary forms/.test(text)) return 'BSD-3-Clause';
  return 'TODO';
}

type Range = readonly [number, number];
const ranges = (spec: string | undefined): Range[] | null =>
  spec === undefined
    ? null
    : spec.split(',').map((r) => {
        const [a, b] = r.split('-').map(Number);
        if (!Number.isInteger(a) || !Number.isInteger(b)) throw new Error(`bad range ${r}`);
        return [a!, b!] as const;
      });

/** Keeps the given 1-based inclusive line ranges; a marker comment shows each cut. */
function prune(text: string, keep: Range[] | null): string {
  if (keep === null) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  let next = 1;
  for (const [a, b] of keep) {
    if (a > next) out.push(`/* leakguard corpus: lines ${next}-${a - 1} pruned */`);
    out.push(...lines.slice(a - 1, b));
    next = b + 1;
  }
  if (next <= lines.length)
    out.push(`/* leakguard corpus: lines ${next}-${lines.length} pruned */`);
  return out.join('\n') + '\n';
}

/** Line `line` of the original file, renumbered into the pruned file. */
function renumber(line: number, keep: Range[] | null): number {
  if (keep === null) return line;
  let offset = 0;
  let next = 1;
  for (const [a, b] of keep) {
    const marker = a > next ? 1 : 0;
    if (line >= a && line <= b) return offset + marker + (line - a) + 1;
    offset += marker + (b - a + 1);
    next = b + 1;
  }
  throw new Error(`line ${line} is not inside the kept ranges`);
}

const commit = git('rev-parse', shaArg).trim();
const parent = git('rev-parse', `${commit}^`).trim();
const repo = repoName();
const [owner, name] = repo.split('/') as [string, string];
const id = `${owner}__${name}__${commit.slice(0, 7)}${n !== undefined ? `__${n}` : ''}`;
const dir = join(CASES, id);
const file = basename(path);
const keepBefore = ranges(values.keep);
const keepAfter = ranges(values['keep-after']) ?? keepBefore;
for (const [side, rev, keep] of [
  ['before', parent, keepBefore],
  ['after', commit, keepAfter],
] as const) {
  mkdirSync(join(dir, side), { recursive: true });
  writeFileSync(join(dir, side, file), prune(git('show', `${rev}:${path}`), keep));
  for (const extra of values.extra ?? [])
    writeFileSync(join(dir, side, basename(extra)), git('show', `${rev}:${extra}`));
}
const line = values.line === undefined ? 0 : renumber(Number(values.line), keepBefore);
const kase = {
  repo,
  commit,
  parent,
  path,
  file,
  url: `https://github.com/${repo}/commit/${commit}`,
  description: values.desc ?? 'TODO',
  class: values.class ?? 'TODO',
  leak: {
    kind: values.kind ?? 'TODO',
    receiver: values.receiver ?? 'TODO',
    event: values.event === undefined || values.event === 'null' ? null : values.event,
    line,
  },
  ...(values.shape !== undefined ? { shape: values.shape } : {}),
  license: licence(commit),
  pruned: keepBefore !== null,
};
writeFileSync(join(dir, 'case.json'), JSON.stringify(kase, null, 2) + '\n');
console.log(`${id}  (${kase.license})`);
