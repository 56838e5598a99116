export * from './context';
export * from './diagnostics';
export * from './evaluation';
export * from './events';
export * from './fdv2';
//# sourceMappingURL=index.d.ts.map