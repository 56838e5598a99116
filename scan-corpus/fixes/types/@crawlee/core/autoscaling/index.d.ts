export * from './autoscaled_pool';
export * from './snapshotter';
export * from './system_status';
//# sourceMappingURL=index.d.ts.map