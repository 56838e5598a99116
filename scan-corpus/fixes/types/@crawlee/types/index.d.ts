export * from './storages';
export * from './utility-types';
export * from './browser';
//# sourceMappingURL=index.d.ts.map