export * from './KeyProvider';
export * from './utils';
export * from './types';
//# sourceMappingURL=index.d.ts.map