/**
 * leakguard/testing: leak assertions for vitest, node:test and jest.
 *
 * This layer is experimental: its API may still change in a minor release. The stable layers
 * are `leakguard` (core), `leakguard/node`, `leakguard/pool` and `leakguard/monitor`.
 *
 * @experimental
 * @module
 */
export { expectNoLeaks } from './no-leaks.js';
export type { ExpectNoLeaksOptions, LeakFinding } from './no-leaks.js';
export { expectNoHeapGrowth } from './heap-growth.js';
export type { ExpectNoHeapGrowthOptions, HeapGrowthSite } from './heap-growth.js';
export { trackScopes } from './scopes.js';
export type { TrackScopesOptions, ScopeTracking, UndisposedScope } from './scopes.js';
export { expectCollected } from './collected.js';
export type { ExpectCollectedOptions } from './collected.js';
export type { TestingErrorCode } from './errors.js';
