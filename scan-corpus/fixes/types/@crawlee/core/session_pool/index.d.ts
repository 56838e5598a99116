export * from './errors';
export * from './events';
export * from './session';
export * from './session_pool';
//# sourceMappingURL=index.d.ts.map