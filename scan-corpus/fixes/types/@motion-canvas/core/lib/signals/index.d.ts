/**
 * Value wrappers for easy dependency tracking and cache invalidation.
 *
 * @packageDocumentation
 */
export * from './CompoundSignalContext';
export * from './ComputedContext';
export * from './createComputed';
export * from './createComputedAsync';
export * from './createSignal';
export * from './isReactive';
export * from './SignalContext';
export * from './DependencyContext';
export * from './types';
export * from './symbols';
//# sourceMappingURL=index.d.ts.map