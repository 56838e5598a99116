/**
 * What the load hook that rewrites mitt's and nanoevents' ES module builds
 * (src/detect/esm-libraries.ts `hookLibraryImports`) costs an app that loads neither: an app
 * of 400 ES modules and 400 CommonJS modules, none of them mitt or nanoevents, run as a whole
 * `node --import <preload> app.mjs` process in interleaved rounds; the app prints how long its
 * imports took (from its first line to the last module loaded) and the wall time of the whole
 * process is measured too. Medians. Variants, each preload built from the sources as the detect
 * tests run them:
 *
 * - `bare`: no preload; `empty preload`: an `--import` of an empty module (what any preload
 *   costs);
 * - `library hook`: `hookLibraryImports()` as the finder calls it (the sync hook where Node has
 *   `module.registerHooks`, the module-hooks thread's otherwise, registered there because the
 *   app's directory can resolve `mitt`);
 * - `copies hook` (`trackLoadedCopies()`, on by default in the register entry: the module-hooks
 *   thread on Node 20, a sync resolve hook where Node has `module.registerHooks`) and
 *   `copies + library hook`: what the library hook adds to the register entry's default.
 *
 * Never a pass/fail on time: the figures are for docs/detect.md ("Cost and safety").
 * Env: BENCH_ROUNDS (default 15), BENCH_NODE (the node binary measured; default this one's).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSources } from '../test/detect/support/build.js';
import { ROOT } from '../test/helpers/cached-build.js';
import { median } from './_harness.js';

const rounds = Number(process.env.BENCH_ROUNDS ?? 15);
const warmup = 2;
const MODULES = 400;
const node = process.env.BENCH_NODE ?? process.execPath;
const env = { ...process.env, NODE_OPTIONS: '' };
const hasSync =
  spawnSync(node, ['-p', 'typeof require("node:module").registerHooks'], {
    encoding: 'utf8',
  }).stdout.trim() === 'function';
const nodeVersion = spawnSync(node, ['-p', 'process.version'], { encoding: 'utf8' }).stdout.trim();

const built = buildSources();
const dir = mkdtempSync(join(tmpdir(), 'lg-bench-libhooks-'));
try {
  // The app: MODULES ES modules and MODULES CommonJS ones, each a few lines; mitt resolvable.
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(join(ROOT, 'node_modules', 'mitt'), join(dir, 'node_modules', 'mitt'), 'dir');
  const lines: string[] = [
    'const t0 = performance.now();',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
  ];
  for (let i = 0; i < MODULES; i++) {
    writeFileSync(
      join(dir, `m${i}.mjs`),
      `export const v${i} = ${i};\nexport default () => ${i};\n`,
    );
    writeFileSync(join(dir, `c${i}.cjs`), `'use strict';\nmodule.exports = { v: ${i} };\n`);
    lines.push(`await import('./m${i}.mjs');`, `require('./c${i}.cjs');`);
  }
  lines.push('process.stdout.write(String(performance.now() - t0));');
  const app = join(dir, 'app.mjs');
  writeFileSync(app, lines.join('\n'));

  const preload = (name: string, body: string): string => {
    const file = join(dir, `${name}.mjs`);
    writeFileSync(file, body);
    return pathToFileURL(file).href;
  };
  const libs = `import { hookLibraryImports } from ${JSON.stringify(built.url('detect/esm-libraries.js'))};\nhookLibraryImports();\n`;
  const copies = `import { trackLoadedCopies } from ${JSON.stringify(built.url('detect/copies.js'))};\ntrackLoadedCopies();\n`;
  const variants: { name: string; args: string[] }[] = [
    { name: 'bare', args: [] },
    { name: 'empty preload', args: ['--import', preload('empty', '')] },
    { name: 'library hook', args: ['--import', preload('libs', libs)] },
    { name: 'copies hook', args: ['--import', preload('copies', copies)] },
    { name: 'copies + library hook', args: ['--import', preload('both', copies + libs)] },
  ];

  const walls = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  const loads = new Map<string, number[]>(variants.map((v) => [v.name, []]));
  for (let r = 0; r < warmup + rounds; r++) {
    for (let i = 0; i < variants.length; i++) {
      const v = variants[(i + r) % variants.length]!;
      const t0 = process.hrtime.bigint();
      const out = spawnSync(node, [...v.args, app], { cwd: dir, env, encoding: 'utf8' });
      const wall = Number(process.hrtime.bigint() - t0) / 1e6;
      if (out.status !== 0) throw new Error(`${v.name}: ${out.stderr}`);
      if (r >= warmup) {
        walls.get(v.name)!.push(wall);
        loads.get(v.name)!.push(Number(out.stdout));
      }
    }
  }
  console.log(
    `library load hook, ${nodeVersion} (${hasSync ? 'sync hook' : 'module-hooks thread'}), ` +
      `${MODULES} ES + ${MODULES} CommonJS modules, ${rounds} rounds, load average ${loadavg()[0]!.toFixed(1)}:`,
  );
  const bareWall = median(walls.get('bare')!);
  const bareLoad = median(loads.get('bare')!);
  for (const v of variants) {
    const w = median(walls.get(v.name)!);
    const l = median(loads.get(v.name)!);
    console.log(
      `  ${v.name.padEnd(22)} process ${w.toFixed(0).padStart(4)} ms (${(w / bareWall).toFixed(2)}x)` +
        ` | loading the modules ${l.toFixed(1).padStart(6)} ms (${(l / bareLoad).toFixed(2)}x,` +
        ` ${(((l - bareLoad) * 1000) / (2 * MODULES)).toFixed(1)} µs/module)`,
    );
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
