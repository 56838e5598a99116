// leakguard/monitor: memory against the real limit, alerts, leak trends, cleaners. Node only.
export { MemoryMonitor } from './monitor.js';
export type { MonitorStatus } from './monitor.js';
export type { MemoryMonitorOptions, MonitorConfig, AlertThresholds } from './options.js';
export { NodeSampleSource } from './node-source.js';
export type { NodeSampleSourceOptions } from './node-source.js';
export { TrendDetector } from './trend.js';
export type { TrendOptions } from './trend.js';
export { InstanceCounter } from './instances.js';
export type { InstanceCounts } from './instances.js';
export type { HistoryPoint } from './history.js';
export type { ReadError } from './read-errors.js';
export type {
  Cleaner,
  CleanerResult,
  CleanupRun,
  CleanupStats,
  CleanupTrigger,
  MemoryFigures,
} from './cleaners.js';
export type { HeapSnapshotOptions, SnapshotRecord, SnapshotState } from './snapshots.js';
export type {
  ConnectionStatsSource,
  PoolStatsSource,
  PoolStatsLike,
  PoolListSource,
  PoolRow,
  SessionStatsSource,
  SessionStatsLike,
  LeakReportLike,
  DisposableConnection,
} from './external.js';
export type {
  Alert,
  AlertLevel,
  ConnectionCounts,
  EventLoopStats,
  GcKind,
  GcStats,
  HeapSpaceUsage,
  LimitSource,
  MemorySample,
  RawSample,
  SampleSource,
  TrendVerdict,
} from './types.js';
export type { MonitorErrorCode } from '../internal/error-codes.js';
