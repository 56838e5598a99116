import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// LEAKGUARD_JSON_REPORT=path adds vitest's JSON reporter (used by .ci/run to count results).
const jsonReport = process.env.LEAKGUARD_JSON_REPORT;
// Files named *.node24.test.ts use syntax or globals only Node >= 24 has (native `using`);
// .ci/run runs the whole suite again under Node 24, where they are included.
const nodeMajor = Number(process.versions.node.split('.')[0]);

// In-process tests of the example (examples/arena/*.test.ts that import the arena's modules)
// resolve `leakguard` and its subpaths to src/, as tsconfig.json's `paths` do for tsc.
const src = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      { find: /^leakguard$/, replacement: `${src}core/index.ts` },
      {
        find: /^leakguard\/(pool|monitor|realtime|fleet|http|node|testing)$/,
        replacement: `${src}$1/index.ts`,
      },
    ],
  },
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(nodeMajor >= 24 ? [] : ['**/*.node24.test.ts'])],
    // Two test files at once even on 2 cores (vitest's default is cores - 1, so one there):
    // most of the suite's slow files spend their time waiting for child processes, servers,
    // browsers and sample intervals, which left a core idle for most of a CI run. The tests
    // are written to pass on busy cores (CONTRIBUTING.md); on more cores this is the default.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // A bound on a stuck test, not a speed check (those are benchmarks): with two files at
    // once a CPU-bound test (a TypeScript program built to type-check a fix) takes up to twice
    // its time alone, 7 s alone and 22.6 s once at load 10, past the 20 s this was.
    testTimeout: 40_000,
    hookTimeout: 40_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
