export * from './enqueue_links';
export * from './shared';
//# sourceMappingURL=index.d.ts.map