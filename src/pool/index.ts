// leakguard/pool: ObjectPool (sync), ResourcePool (async), the process-wide PoolRegistry.
export { ObjectPool } from './object-pool.js';
export type { ObjectPoolOptions } from './object-pool.js';
export { ResourcePool } from './resource-pool.js';
export type { AcquireOptions, PoolCloseOptions, PoolCloseReport } from './resource-pool.js';
export type { ResourcePoolOptions, CreateContext, CreateRetryOptions } from './resource-options.js';
export { Lease } from './lease.js';
export { PoolRegistry, getPoolRegistry } from './registry.js';
export type { RegisteredPool, PoolInfo } from './registry.js';
export type { PoolLeakEvent, PoolLeakEventType, LeakOptions } from './leaks.js';
export type { AutoResizeOptions } from './peak-window.js';
export type { ObjectPoolStats, ResourcePoolStats, CommonPoolStats } from './stats.js';
export type { TimeSummarySnapshot } from './summary.js';
export type { PoolErrorCode } from './errors.js';
export type { Clock } from './clock.js';
