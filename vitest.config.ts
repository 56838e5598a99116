import { defineConfig } from 'vitest/config';

// LEAKGUARD_JSON_REPORT=path adds vitest's JSON reporter (used by .ci/run to count results).
const jsonReport = process.env.LEAKGUARD_JSON_REPORT;
// Files named *.node24.test.ts use syntax or globals only Node >= 24 has (native `using`);
// .ci/run runs the whole suite again under Node 24, where they are included.
const nodeMajor = Number(process.versions.node.split('.')[0]);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    exclude: ['**/node_modules/**', ...(nodeMajor >= 24 ? [] : ['**/*.node24.test.ts'])],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
