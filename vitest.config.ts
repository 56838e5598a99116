import { defineConfig } from 'vitest/config';

// LEAKGUARD_JSON_REPORT=path adds vitest's JSON reporter (used by .ci/run to count results).
const jsonReport = process.env.LEAKGUARD_JSON_REPORT;

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'examples/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    reporters: jsonReport ? ['default', ['json', { outputFile: jsonReport }]] : ['default'],
  },
});
