// Extracts one real leak fix into scan-corpus/fixes/cases/<owner>__<repo>__<sha7>[__<n>]/ so a
// case can be rebuilt from the upstream history: the file at the fix's parent goes to before/,
// the file at the fix to after/, and a case.json skeleton records where they came from.
//
//   npx tsx scan-corpus/fixes/tools/add-case-h16c.ts <gitdir> <sha> <path> [n]
//       [--repo owner/name] [--before-path p] [--license SPDX] [--prune m1,m2,...] [--force]
//
// --prune is for files over ~1500 lines: in both files it keeps every class's fields, constructor
// and the listed methods/accessors, the listed top-level functions and all other top-level
// statements, and drops the rest (whole members, so the result still parses); case.json then
// says "pruned": true and the printed line numbers are those of the pruned files.
//
// <gitdir> is a bare clone (the `fetch` tool's /work/.mirror/<owner>+<name>/repo; the repo name is
// read from it unless --repo is given). --before-path is for a fix that also renamed the file.
// The human part of case.json (description, class, leak, shape) is left empty for the person
// who reads the diff; an existing case.json keeps those fields (only the provenance is rewritten)
// unless --force. The script refuses a repository whose licence it cannot name (pass --license
// after reading it yourself) and prints the diff, the split half and the file sizes.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const casesDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'cases');

function usage(message: string): never {
  console.error(
    `${message}\nusage: add-case-h16c.ts <gitdir> <sha> <path> [n] [--repo owner/name] [--before-path p] [--license SPDX] [--force]`,
  );
  process.exit(2);
}

const positional: string[] = [];
const flags = new Map<string, string>();
const argv = process.argv.slice(2);
for (let i = 0; i < argv.length; i++) {
  const a = argv[i]!;
  if (a === '--force') flags.set('force', 'true');
  else if (a.startsWith('--')) {
    const v = argv[++i];
    if (v === undefined) usage(`${a} needs a value`);
    flags.set(a.slice(2), v);
  } else positional.push(a);
}
const [gitDir, shaArg, path, n] = positional;
if (gitDir === undefined || shaArg === undefined || path === undefined) usage('missing arguments');
for (const k of flags.keys())
  if (!['repo', 'before-path', 'license', 'prune', 'force'].includes(k))
    usage(`unknown option --${k}`);

const git = (...args: string[]): string =>
  execFileSync('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });

const repo =
  flags.get('repo') ??
  /([^/+]+)\+([^/]+)\/repo\/?$/.exec(resolve(gitDir))?.slice(1, 3).join('/') ??
  usage('cannot tell owner/name from the git dir; pass --repo');
const commit = git('rev-parse', `${shaArg}^{commit}`).trim();
const parent = git('rev-parse', `${commit}^`).trim();
const beforePath = flags.get('before-path') ?? path;

/** SPDX id from the licence text at the fix commit (the licence the excerpt is taken under). */
function detectLicense(): string | undefined {
  const names = git('ls-tree', '--name-only', commit)
    .split('\n')
    .filter((f) => /^(licen[cs]e|copying)/i.test(f));
  const text = names.map((f) => git('show', `${commit}:${f}`)).join('\n');
  const pkg = (() => {
    try {
      return (JSON.parse(git('show', `${commit}:package.json`)) as { license?: unknown }).license;
    } catch {
      return undefined;
    }
  })();
  // Apache and MIT texts side by side may be a dual licence (pick one and pass --license) or an
  // Apache project quoting a bundled MIT notice: a human decides.
  if (/Apache License[\s\S]*Version 2\.0/i.test(text))
    return /MIT License|Permission is hereby granted/.test(text) ? undefined : 'Apache-2.0';
  if (/Permission is hereby granted, free of charge/i.test(text)) return 'MIT';
  if (/Permission to use, copy, modify, and\/or distribute/i.test(text)) return 'ISC';
  if (/Mozilla Public License,? (v\. |Version )2\.0/i.test(text)) return 'MPL-2.0';
  if (/Redistribution and use in source and binary forms/i.test(text))
    return /endorse or promote/i.test(text) ? 'BSD-3-Clause' : 'BSD-2-Clause';
  return typeof pkg === 'string' && /^(MIT|ISC|Apache-2\.0|BSD-[23]-Clause|MPL-2\.0)$/.test(pkg)
    ? pkg
    : undefined;
}
const license =
  flags.get('license') ??
  detectLicense() ??
  usage(`cannot name the licence of ${repo} at ${commit}; read it and pass --license`);

const [owner, name] = repo.split('/') as [string, string];
const id = `${owner}__${name}__${commit.slice(0, 7)}${n === undefined ? '' : `__${n}`}`;
const dir = join(casesDir, id);
const file = basename(path);
const keep = flags.get('prune')?.split(',');

/** Drops the class members and top-level functions not named in `keep` (see --prune). */
function prune(text: string, fileName: string): string {
  if (keep === undefined) return text;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const cuts: [number, number][] = [];
  const nameOf = (n: ts.NamedDeclaration): string | undefined =>
    n.name !== undefined &&
    (ts.isIdentifier(n.name) || ts.isPrivateIdentifier(n.name) || ts.isStringLiteral(n.name))
      ? n.name.text.replace(/^#/, '')
      : undefined;
  const visit = (node: ts.Node): void => {
    if (ts.isClassLike(node)) {
      for (const m of node.members) {
        if (
          ts.isPropertyDeclaration(m) &&
          (m.initializer === undefined || !ts.isFunctionLike(m.initializer))
        )
          continue;
        if (ts.isConstructorDeclaration(m) || ts.isClassStaticBlockDeclaration(m)) continue;
        const name = nameOf(m);
        if (name !== undefined && keep.includes(name)) continue;
        cuts.push([m.getFullStart(), m.getEnd()]);
      }
      return;
    }
    if (ts.isFunctionDeclaration(node) && node.parent === sf) {
      const name = nameOf(node);
      if (name !== undefined && !keep.includes(name))
        cuts.push([node.getFullStart(), node.getEnd()]);
      return;
    }
    // Prototype-style methods: `Foo.prototype.name = function () {...}` at top level.
    if (
      ts.isExpressionStatement(node) &&
      node.parent === sf &&
      ts.isBinaryExpression(node.expression)
    ) {
      const left = node.expression.left;
      if (
        ts.isPropertyAccessExpression(left) &&
        ts.isFunctionLike(node.expression.right) &&
        !keep.includes(left.name.text)
      ) {
        cuts.push([node.getFullStart(), node.getEnd()]);
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  let out = text;
  for (const [start, end] of cuts.sort((a, b) => b[0] - a[0]))
    out = out.slice(0, start) + out.slice(end);
  return out;
}

const before = prune(git('show', `${parent}:${beforePath}`), beforePath);
const after = prune(git('show', `${commit}:${path}`), path);
for (const side of ['before', 'after']) mkdirSync(join(dir, side), { recursive: true });
writeFileSync(join(dir, 'before', file), before);
writeFileSync(join(dir, 'after', file), after);

type CaseJson = Record<string, unknown>;
const jsonPath = join(dir, 'case.json');
const old: CaseJson =
  existsSync(jsonPath) && !flags.has('force')
    ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as CaseJson)
    : {};
const lines = (s: string): number => s.split('\n').length;
const caseJson: CaseJson = {
  repo,
  commit,
  parent,
  path,
  file,
  url: `https://github.com/${repo}/commit/${commit}`,
  description: old.description ?? '',
  class: old.class ?? '',
  leak: old.leak ?? { kind: '', receiver: '', event: null, line: 0 },
  ...(old.shape === undefined ? {} : { shape: old.shape }),
  license,
  pruned: keep !== undefined,
};
writeFileSync(jsonPath, `${JSON.stringify(caseJson, null, 2)}\n`);

const half =
  (createHash('sha1').update(repo.toLowerCase()).digest()[0]! & 1) === 1 ? 'held-out' : 'tuning';
console.log(
  `${id}: ${half} half, ${license}, before ${lines(before)} lines, after ${lines(after)} lines`,
);
if (lines(before) > 1500)
  console.log(
    '  longer than ~1500 lines: prune to the class/function involved and set "pruned": true',
  );
console.log(git('diff', parent, commit, '--', ...new Set([beforePath, path])));
