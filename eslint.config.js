// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import { tsImport } from 'tsx/esm/api';

// Dogfood: our own ESLint plugin, loaded from source (through tsx) so `npm test` needs no prior
// build and always lints with the rules as they are in this checkout.
/** @type {typeof import('./src/eslint/index.js')} */
const { plugin: leakguard } = await tsImport('./src/eslint/index.ts', import.meta.url);

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'coverage/**',
      'docs/api/**',
      '.ci/out/**',
      '.ci/node24/**',
      'test-results/**',
      '**/fixtures/**',
      'scan-corpus/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: 'readonly',
        process: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        setImmediate: 'readonly',
        clearImmediate: 'readonly',
        performance: 'readonly',
        AbortController: 'readonly',
        AbortSignal: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        globalThis: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  // Layers import downward only, and another layer only through its index.ts (detect also
  // through detect/internal.ts); shared helpers live in src/internal/ (see ARCHITECTURE.md).
  ...layerRules(),
  // Our own code is the first user of our own library, and of our own scanner (docs/scan.md).
  {
    files: ['src/**/*.ts', 'examples/**/*.{ts,js}'],
    plugins: { leakguard },
    // with the opt-in rules too: they are quiet on our code, and we want to hear if that changes
    rules: {
      ...leakguard.configs.recommended.rules,
      'leakguard/no-repeated-registration': 'error',
      'leakguard/no-overwritten-timer': 'error',
    },
  },
  prettier,
);

function layerRules() {
  /** Files of src/internal/ that core imports (they must run without Node). */
  const CORE_INTERNALS = ['errors', 'error-codes', 'options', 'scope-tracker', 'site', 'trend'];
  /** layer -> the layers it may import */
  const ALLOWED = {
    internal: [],
    core: ['internal'],
    node: ['core', 'internal'],
    pool: ['core', 'internal'],
    monitor: ['core', 'internal'],
    realtime: ['core', 'internal'],
    fleet: ['realtime', 'internal'],
    detect: ['core', 'internal'],
    scan: ['internal'],
    testing: ['core', 'detect', 'internal'],
    http: ['core', 'monitor', 'pool', 'detect', 'internal'],
    eslint: ['scan'],
    cli: ['scan', 'detect', 'internal'],
  };
  /**
   * layer -> its second entry for the layers above it, beside index.ts: what they use of it
   * that is not public (detect/internal.ts: the tracker and hooks for testing, the option
   * parsing and outputs `leakguard watch` shares with the register hook).
   */
  const INNER_ENTRY = { detect: 'internal' };
  const layers = Object.keys(ALLOWED);
  return layers
    .map((layer) => {
      const patterns = [];
      for (const other of layers) {
        if (other === layer) continue;
        if (!ALLOWED[layer].includes(other)) {
          patterns.push({
            group: [`../${other}/*`, `../../${other}/*`],
            message: `${layer} must not import ${other} (layers import downward only; see ARCHITECTURE.md)`,
          });
        } else if (other !== 'internal') {
          const inner = INNER_ENTRY[other];
          patterns.push({
            group: ['../', '../../'].flatMap((up) => [
              `${up}${other}/*`,
              `!${up}${other}/index.js`,
              ...(inner ? [`!${up}${other}/${inner}.js`] : []),
            ]),
            message: `import ${other} through ../${other}/index.js${inner ? ` or ../${other}/${inner}.js` : ''} (or move the shared part to src/internal/)`,
          });
        }
      }
      // ioredis is an optional peer dependency: only fleet loads it, lazily, when a Redis
      // store is created — anywhere else an import would make it required for everyone.
      if (layer !== 'fleet')
        patterns.push({
          group: ['ioredis', 'ioredis/*'],
          message: 'only src/fleet/ may import ioredis (an optional peer, loaded when used)',
        });
      if (layer === 'core')
        patterns.push({
          group: ['node:*', 'fs', 'events', 'path', 'os', 'util', 'v8'],
          message: 'core imports nothing from Node',
        });
      return {
        files: [`src/${layer}/**/*.ts`],
        rules: { 'no-restricted-imports': ['error', { patterns }] },
      };
    })
    .concat({
      // The internal helpers core uses run wherever core runs: no Node there either.
      files: CORE_INTERNALS.map((f) => `src/internal/${f}.ts`),
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                group: ['node:*', 'fs', 'events', 'path', 'os', 'util', 'v8'],
                message: 'the internal helpers core uses import nothing from Node',
              },
            ],
          },
        ],
      },
    });
}
