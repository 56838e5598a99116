// For maintainers (issue #16): the labelled findings of the clean corpus's held-out projects
// that the project pass could drop (`no-unmanaged-listener`, `-timer`, `no-discarded-disposable`),
// counted true and false by
// 1. why the pass keeps them (ProjectPass.explain, the last reason up the chain of callers:
//    used as a value, no call, a library's export, called in a loop, a callback per event…);
//    Then every reason up every chain of callers (ProjectPass.blockers): a change that takes one
//    reason away drops only the findings listed with that reason alone;
// 2. the plainest syntactic sign of an owner made again and again: inside a component's
//    lifecycle hook (`componentDidMount`, `mounted`, `ngOnInit`, `useEffect`'s callback…),
//    inside an event's callback, or neither.
// The figures in scan-corpus/clean/README.md ("Applications and the project pass", twenty-ninth
// session) come from this. Each project is exported from its mirror as scripts/scan-clean.ts does.
//
// Usage: npx tsx scripts/clean-why.ts [--only owner/repo] [--mirrors DIR]
//   --only prints each finding's line too.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseFile, visitorKeys } from '../src/scan/parse.js';
import { DEFAULT_RULES, type RuleId } from '../src/scan/model.js';
import { BOUNDED_RULES, fileCalls, ProjectPass, readFileCalls } from '../src/scan/project.js';
import { offsetAt } from './project-why.js';
import { exportProjectTree, loadProjects } from './scan-clean-lib.js';

/** The rules of the default set whose findings the pass can drop. */
const RULES = new Set(DEFAULT_RULES.filter((r) => BOUNDED_RULES.has(r)));
/** Lifecycle hooks of component frameworks: code that runs once per instance made. */
const HOOKS = new Set([
  'componentDidMount',
  'componentDidUpdate',
  'componentWillMount',
  'UNSAFE_componentWillMount',
  'componentWillReceiveProps',
  'UNSAFE_componentWillReceiveProps',
  'mounted',
  'beforeMount',
  'created',
  'beforeCreate',
  'activated',
  'updated',
  'setup',
  'ngOnInit',
  'ngAfterViewInit',
  'ngOnChanges',
  'connectedCallback',
  'firstUpdated',
  'attached',
  'ready',
  'render',
]);
/** The text just before an anonymous hook callback (`useEffect(() => …`, `onMounted(…`). */
const HOOK_CALL = /(?:use(?:Layout)?Effect|onMounted|onBeforeMount|watch(?:Effect)?)\(\s*$/;

const { values } = parseArgs({
  options: { only: { type: 'string' }, mirrors: { type: 'string' } },
});
const mirrors = values.mirrors ?? process.env.LEAKGUARD_CLEAN_MIRRORS ?? '/work/.mirror';
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const byReason = new Map<string, [number, number]>();
const byReasons = new Map<string, [number, number]>();
const bySign = new Map<string, [number, number]>();
const count = (m: Map<string, [number, number]>, k: string, tp: boolean): void => {
  const c = m.get(k) ?? [0, 0];
  c[tp ? 0 : 1]++;
  m.set(k, c);
};

const projects = loadProjects(join(root, 'scan-corpus', 'clean'))
  .map((x) => x.project)
  .filter((p) => (values.only !== undefined ? p.repo === values.only : p.set === 'held-out'));
if (projects.length === 0) {
  console.error(`no project ${values.only ?? ''} in scan-corpus/clean`);
  process.exit(2);
}
for (const p of projects) {
  const wanted = p.findings.filter((f) => RULES.has(f.rule as RuleId) && f.verdict !== null);
  if (wanted.length === 0) continue;
  const { dir, tree, files } = exportProjectTree(p, mirrors);
  try {
    const pass = new ProjectPass(null);
    for (const f of files) readFileCalls(pass, join(tree, f));
    const units = new Map<string, ReturnType<typeof fileCalls>['units'] | null>();
    for (const f of wanted) {
      const abs = join(tree, f.file);
      const text = readFileSync(abs, 'utf8');
      const offset = offsetAt(text, f.line, f.column);
      const steps = pass.explain(abs, offset);
      const reason = steps.at(-1)?.reason ?? 'top level';
      const tp = f.verdict === 'tp';
      count(byReason, reason, tp);
      const all = pass.blockers(abs, offset);
      const reasons = [...new Set(all.blockers.map((b) => b.reason))].sort();
      const set =
        (reasons.length === 0 ? 'none (top level or bounded)' : reasons.join(' + ')) +
        (all.truncated ? ' (truncated)' : '');
      count(byReasons, set, tp);
      let us = units.get(f.file);
      if (us === undefined) {
        try {
          us = fileCalls(parseFile(text, abs), visitorKeys()).units;
        } catch {
          us = null;
        }
        units.set(f.file, us);
      }
      const around = (us ?? []).filter((u) => u.start <= offset && offset < u.end);
      const hook = around.some(
        (u) =>
          (u.name !== null && HOOKS.has(u.name)) ||
          (u.name === null && HOOK_CALL.test(text.slice(Math.max(0, u.start - 40), u.start))),
      );
      const sign = hook
        ? 'in a lifecycle hook'
        : around.some((u) => u.perRun)
          ? "in an event's callback"
          : 'neither';
      count(bySign, sign, tp);
      if (values.only !== undefined)
        console.log(`${f.file}:${f.line} ${f.rule} ${f.verdict}: ${reason}; ${sign}; all: ${set}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function table(title: string, m: Map<string, [number, number]>): void {
  console.log(`\n| ${title} | findings | true | share true |\n| --- | ---: | ---: | ---: |`);
  for (const [k, [tp, fp]] of [...m].sort((a, b) => b[1][0] + b[1][1] - a[1][0] - a[1][1]))
    console.log(`| ${k} | ${tp + fp} | ${tp} | ${Math.round((100 * tp) / (tp + fp))} % |`);
}
table('why the project pass keeps it', byReason);
table('every reason, up every chain of callers (a finding goes only when all go)', byReasons);
table('where it stands', bySign);
