export * from './context';
export * from './logging';
export * from './data';
export * from './options';
export * from './platform';
export * as subsystem from './subsystem';
//# sourceMappingURL=index.d.ts.map