// leakguard/testing: leak assertions for vitest, node:test and jest.
export { expectNoLeaks } from './no-leaks.js';
export type { ExpectNoLeaksOptions, LeakFinding } from './no-leaks.js';
export { expectNoHeapGrowth } from './heap-growth.js';
export type { ExpectNoHeapGrowthOptions, HeapGrowthSite } from './heap-growth.js';
export { trackScopes } from './scopes.js';
export type { TrackScopesOptions, ScopeTracking, UndisposedScope } from './scopes.js';
export { expectCollected } from './collected.js';
export type { ExpectCollectedOptions } from './collected.js';
export type { TestingErrorCode } from './errors.js';
