// Package declarations for the `types` cases (issue #16): one rule for every `types` case of both
// halves alike, so that a receiver typed by an npm package is not `any` in the typed scan.
//
//   npx tsx scan-corpus/fixes/tools/fetch-types.ts [--mirror /work/.mirror] [--dry]
//
// --dry resolves and unpacks as usual but writes nothing (types/, the manifest, tsconfig.json and
// the README table stay as they are) and prints only the counts.
//
// For each `types` case: the non-relative imports of its own file (before/ and after/; Node
// built-ins left out: the corpus program has no @types/node) -> the package -> the lowest
// published version the range of the repository's package.json at the fix commit admits (the
// nearest package.json from the case file up, read from a bare clone at
// $MIRROR/<owner>+<name>/repo once and then kept in types/manifest.json, so a rerun needs no
// clone) -> `npm pack` of that version (or of `@types/<name>` when the package
// ships no declarations) -> the `.d.ts` files TypeScript itself loads from the imported entry
// points (a small program over the unpacked package, so `exports`, `typesVersions` and
// `/// <reference>` are followed as the compiler does), copied to types/<package>/ with the
// package's licence file. Imports those declarations make of other packages are not followed
// (they stay `any`), and a package wanted at two versions by two cases is kept once, at the
// higher one (the others listed in the manifest). scan-corpus/fixes/tsconfig.json gets a
// `paths` entry per imported specifier, pointing at its entry file. The new types/ is built in
// types.next/ and swapped in only once complete, so a run cut short leaves the old one whole.
import { execFileSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { parseArgs } from 'node:util';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { halfOf } from '../../../test/scan/eval/fixes.js';

const root = resolve(import.meta.dirname, '..');
const typesDir = join(root, 'types');
const manifestFile = join(typesDir, 'manifest.json');
// Unknown flags, or --mirror without a value, are errors (parseArgs strict).
const { values: flags } = parseArgs({
  options: {
    mirror: { type: 'string', default: '/work/.mirror' },
    dry: { type: 'boolean', default: false },
  },
  strict: true,
});
const mirror = flags.mirror;
const dry = flags.dry;

interface CaseJson {
  repo: string;
  path: string;
  commit: string;
  file: string;
  class: string;
}
interface Entry {
  /** Package the declarations came from (`@types/x` for DefinitelyTyped). */
  from: string;
  version: string;
  license: string;
  /** Imported specifier -> entry file, relative to types/. */
  entries: Record<string, string>;
  cases: string[];
  /** Other versions some case would have taken (kept: the later fix's). */
  alsoWanted: string[];
}
interface Manifest {
  /** `<case id> <package>` -> the range its repository's package.json declared at the fix. */
  ranges: Record<string, string | null>;
  packages: Record<string, Entry>;
  /** Specifiers of a case that got no declarations, with why. */
  missing: Record<string, string[]>;
  /** The `types` cases this run read (test/scan/fixes.test.ts checks that none was added since). */
  cases: string[];
}

const old: Manifest = existsSync(manifestFile)
  ? (JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest)
  : { ranges: {}, packages: {}, missing: {}, cases: [] };
const manifest: Manifest = { ranges: { ...old.ranges }, packages: {}, missing: {}, cases: [] };

const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);

/** Non-relative module specifiers of a source file (imports, re-exports, require, import()). */
function specifiers(file: string): string[] {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  return info.importedFiles
    .map((f) => f.fileName)
    .filter((s) => !s.startsWith('.') && !s.startsWith('/') && !builtins.has(s));
}

function packageOf(spec: string): string {
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

/**
 * The range the repository's nearest package.json (from the case file's folder up, at the fix
 * commit) declares for `pkg`, or null. Read from the clone once, then kept in the manifest.
 */
function declaredRange(id: string, c: CaseJson & { path: string }, pkg: string): string | null {
  const key = `${id} ${pkg}`;
  if (key in manifest.ranges) return manifest.ranges[key] ?? null;
  const git = join(mirror, c.repo.replace('/', '+'), 'repo');
  let range: string | null = null;
  for (let dir = dirname(c.path); range === null; dir = dirname(dir)) {
    const at = dir === '.' ? 'package.json' : `${dir}/package.json`;
    try {
      const pj = JSON.parse(
        execFileSync('git', ['-C', git, 'show', `${c.commit}:${at}`], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      ) as Record<string, Record<string, string> | undefined>;
      for (const k of ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies'])
        range ??= pj[k]?.[pkg] ?? null;
    } catch {
      // no package.json at this level
    }
    if (dir === '.') break;
  }
  manifest.ranges[key] = range;
  return range;
}

/** Published versions admitting `range` (the npm client does the semver), lowest first. */
function versionsIn(pkg: string, range: string): string[] {
  try {
    const out = JSON.parse(
      execFileSync('npm', ['view', `${pkg}@${range}`, 'version', '--json'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ) as string | string[];
    return (Array.isArray(out) ? out : [out]).sort(cmp);
  } catch {
    return [];
  }
}

function cmp(a: string, b: string): number {
  const pa = a.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  const pb = b.split(/[.-]/).map((x) => (/^\d+$/.test(x) ? Number(x) : x));
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    if (x === undefined) return i >= 3 ? 1 : -1; // 1.0.0 after 1.0.0-rc
    if (y === undefined) return i >= 3 ? -1 : 1;
    if (typeof x === 'number' && typeof y === 'number') return x - y;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
}

/**
 * The version of `pkg` a case gets: the lowest published version the repository's declared
 * range admits (what its authors wrote down, so a release that existed at the fix; the
 * registry's publish times were found unreliable for this, e.g. playwright 1.44.0 listed as
 * published in December 2024). Null when the repository declares no range for it (a
 * workspace or `paths` alias, an undeclared import) or no release matches.
 */
function versionFor(id: string, c: CaseJson & { path: string }, pkg: string): string | null {
  const range = declaredRange(id, c, pkg);
  if (range === null || /^(?:workspace:|file:|link:|git|https?:)/.test(range)) return null;
  return versionsIn(pkg, range)[0] ?? null;
}

const work = mkdtempSync(join(tmpdir(), 'leakguard-types-'));
process.on('exit', () => rmSync(work, { recursive: true, force: true }));

/** Unpacks `pkg@version` into <work>/<n>/node_modules/<pkg>; returns that node_modules folder. */
function unpack(pkg: string, version: string): string | null {
  const dir = mkdtempSync(join(work, 'p-'));
  try {
    const out = execFileSync('npm', ['pack', `${pkg}@${version}`, '--json', '--pack-destination', dir], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const [{ filename }] = JSON.parse(out) as { filename: string }[];
    const into = join(dir, 'node_modules', pkg);
    mkdirSync(into, { recursive: true });
    // (GNU tar warns about npm's extended headers on every package: a failure still throws.)
    execFileSync('tar', ['xzf', join(dir, filename), '-C', into, '--strip-components=1'], {
      stdio: 'ignore',
    });
    return join(dir, 'node_modules');
  } catch {
    return null;
  }
}

/** Entry declaration files of `specs` in the unpacked package, or null when it has none. */
function resolveEntries(nm: string, specs: string[]): Map<string, string> | null {
  const from = join(dirname(nm), 'index.ts');
  const options: ts.CompilerOptions = {
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    noEmit: true,
    types: [],
  };
  const out = new Map<string, string>();
  for (const s of specs) {
    const r = ts.resolveModuleName(s, from, options, ts.sys).resolvedModule;
    if (r === undefined || !r.resolvedFileName.startsWith(nm) || !/\.d\.[mc]?ts$/.test(r.resolvedFileName))
      continue;
    out.set(s, r.resolvedFileName);
  }
  return out.size === 0 ? null : out;
}

/** The declaration files of `pkgDir` TypeScript loads from `entries` (what the imports reach). */
function reached(pkgDir: string, entries: string[]): string[] {
  const program = ts.createProgram({
    rootNames: entries,
    options: {
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      types: [],
      lib: ['lib.es2022.d.ts'],
      skipLibCheck: true,
    },
  });
  return program
    .getSourceFiles()
    .map((f) => f.fileName)
    .filter((f) => f.startsWith(pkgDir + '/'));
}

function licenseFiles(pkgDir: string): string[] {
  return readdirSync(pkgDir).filter((f) => /^(?:licen[sc]e|copying|notice)(?:\.\w+)?$/i.test(f));
}

interface Want {
  pkg: string;
  specs: Set<string>;
  /** Case id -> the version it gets, or null. */
  cases: Map<string, string | null>;
  /** Case id -> its case.json (for the @types range). */
  json: Map<string, CaseJson>;
}

const typesName = (pkg: string) =>
  `@types/${pkg.startsWith('@') ? pkg.slice(1).replace('/', '__') : pkg}`;

const cases = readdirSync(join(root, 'cases')).sort();
const wants = new Map<string, Want>();
const halfOfCase = new Map<string, string>();
for (const id of cases) {
  const c = JSON.parse(readFileSync(join(root, 'cases', id, 'case.json'), 'utf8')) as CaseJson;
  if (c.class !== 'types') continue;
  manifest.cases.push(id);
  const specs = new Set<string>();
  for (const side of ['before', 'after'])
    for (const s of specifiers(join(root, 'cases', id, side, c.file))) specs.add(s);
  halfOfCase.set(id, c.repo);
  for (const s of specs) {
    const pkg = packageOf(s);
    const w = wants.get(pkg) ?? { pkg, specs: new Set(), cases: new Map(), json: new Map() };
    w.specs.add(s);
    w.cases.set(id, versionFor(id, c, pkg));
    w.json.set(id, c);
    wants.set(pkg, w);
  }
}

const miss = (id: string, why: string) => (manifest.missing[id] ??= []).push(why);
// The new tree is built beside the old one and swapped in at the end, so that a run cut short
// (a time limit, a failed download) leaves the committed types/ and its manifest as they were.
const staging = `${typesDir}.next`;
const retired = `${typesDir}.old`;
if (!dry) {
  rmSync(staging, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
}
const paths: Record<string, string[]> = {};
for (const w of [...wants.values()].sort((a, b) => a.pkg.localeCompare(b.pkg))) {
  const specs = [...w.specs];
  const wanted = [...new Set([...w.cases.values()].filter((v) => v !== null))].sort(cmp);
  const withVersion = [...w.cases].filter(([, v]) => v !== null).map(([id]) => id);
  for (const [id, v] of w.cases)
    if (v === null)
      miss(id, `${w.pkg}: no range for it in the repository's package.json at the fix (a workspace or paths alias, or undeclared), or no release matches`);
  const version = wanted.at(-1);
  if (version === undefined) continue;
  const noteAll = (why: string) => {
    for (const id of withVersion) miss(id, `${w.pkg}: ${why}`);
  };
  let from = w.pkg;
  let v = version;
  let nm = unpack(w.pkg, version);
  let entries = nm === null ? null : resolveEntries(nm, specs);
  if (entries === null) {
    // No declarations of its own: DefinitelyTyped's, at the range the repository declares for
    // them, else at the package's major.minor (their versions follow the package's).
    const dt = typesName(w.pkg);
    const id0 = withVersion.find((id) => w.cases.get(id) === version)!;
    const declared = declaredRange(id0, w.json.get(id0)!, dt);
    const [maj, min] = version.split('.');
    const dv =
      (declared === null ? undefined : versionsIn(dt, declared)[0]) ??
      versionsIn(dt, `${maj}.${min}.x`).at(-1) ??
      versionsIn(dt, `${maj}.x`).at(-1) ??
      null;
    const dnm = dv === null ? null : unpack(dt, dv);
    if (dv !== null && dnm !== null) {
      // `import x from 'pkg'` resolves to @types/pkg through node_modules/@types.
      const e = resolveEntries(dnm, specs);
      if (e !== null) {
        from = dt;
        v = dv;
        nm = dnm;
        entries = e;
      }
    }
  }
  if (entries === null || nm === null) {
    noteAll(`${w.pkg}@${version} ships no declarations and ${typesName(w.pkg)} has none for it`);
    continue;
  }
  const pkgDir = join(nm, from);
  const files = reached(pkgDir, [...entries.values()]);
  const dest = join(typesDir, w.pkg);
  if (!dry) {
    const into = join(staging, w.pkg);
    for (const f of files) {
      const to = join(into, relative(pkgDir, f));
      mkdirSync(dirname(to), { recursive: true });
      cpSync(f, to);
    }
    for (const l of licenseFiles(pkgDir)) cpSync(join(pkgDir, l), join(into, l));
  }
  const pj = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
    license?: string | { type?: string };
  };
  const license = typeof pj.license === 'string' ? pj.license : (pj.license?.type ?? 'UNKNOWN');
  const rel: Record<string, string> = {};
  for (const [s, f] of entries) {
    rel[s] = relative(typesDir, join(dest, relative(pkgDir, f)));
    paths[s] = [`./types/${rel[s]}`];
  }
  for (const s of specs) if (!entries.has(s)) noteAll(`${s}: no declaration entry in ${from}@${v}`);
  manifest.packages[w.pkg] = {
    from,
    version: v,
    license,
    entries: rel,
    cases: withVersion.sort(),
    alsoWanted: wanted.filter((x) => x !== version),
  };
}
if (!dry) {
  writeFileSync(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  if (existsSync(typesDir)) renameSync(typesDir, retired);
  renameSync(staging, typesDir);
  rmSync(retired, { recursive: true, force: true });
}

const tsconfigFile = join(root, 'tsconfig.json');
const tsconfig = JSON.parse(readFileSync(tsconfigFile, 'utf8')) as {
  compilerOptions: Record<string, unknown>;
};
tsconfig.compilerOptions.baseUrl = undefined;
tsconfig.compilerOptions.paths = Object.fromEntries(
  Object.entries(paths).sort(([a], [b]) => a.localeCompare(b)),
);
if (!dry) writeFileSync(tsconfigFile, JSON.stringify(tsconfig, null, 2) + '\n');

// The licence table of the corpus README.
const readmeFile = join(root, 'README.md');
const readme = readFileSync(readmeFile, 'utf8');
const rows = Object.entries(manifest.packages).map(
  ([p, e]) =>
    `| \`${p}\` | \`${e.from}@${e.version}\` | ${e.license} | ${e.cases.length} |`,
);
const table = [
  '<!-- types:start -->',
  '| package | declarations from | licence | cases |',
  '| --- | --- | --- | ---: |',
  ...rows,
  '<!-- types:end -->',
].join('\n');
const start = readme.indexOf('<!-- types:start -->');
const end = readme.indexOf('<!-- types:end -->');
if (start !== -1 && end !== -1 && !dry)
  writeFileSync(readmeFile, readme.slice(0, start) + table + readme.slice(end + '<!-- types:end -->'.length));

// Counts only: what was fetched for held-out cases is not to be read while tuning.
const typed = new Set(Object.values(manifest.packages).flatMap((p) => p.cases));
const tally: Record<string, [number, number]> = {};
for (const [id, repo] of halfOfCase) {
  const t = (tally[halfOf(repo)] ??= [0, 0]);
  t[1]++;
  if (typed.has(id)) t[0]++;
}
for (const [half, [n, of]] of Object.entries(tally))
  console.log(`${half}: ${n} of ${of} types cases got package declarations`);
