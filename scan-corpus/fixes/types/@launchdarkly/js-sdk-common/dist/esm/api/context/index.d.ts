export * from './LDContextCommon';
export * from './LDContextMeta';
export * from './LDMultiKindContext';
export * from './LDSingleKindContext';
export * from './LDUser';
export * from './LDContext';
//# sourceMappingURL=index.d.ts.map