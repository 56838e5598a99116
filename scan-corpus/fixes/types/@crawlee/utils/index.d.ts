export * from './internals/cheerio';
export * from './internals/chunk';
export * from './internals/extract-urls';
export * from './internals/general';
export * from './internals/memory-info';
export * from './internals/debug';
export * as social from './internals/social';
export * from './internals/typedefs';
export * from './internals/error_tracker';
export * from './internals/open_graph_parser';
export { Dictionary, Awaitable, Constructor } from '@crawlee/types';
//# sourceMappingURL=index.d.ts.map