export * from './crawler_commons';
export * from './crawler_extension';
export * from './crawler_utils';
export * from './statistics';
//# sourceMappingURL=index.d.ts.map