/**
 * leakguard/eslint: the static scanner's rules as an ESLint flat-config plugin (the same
 * analysis as `leakguard scan`).
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export { plugin as default, plugin, configs, rules } from './plugin.js';
