export * from './errors';
export * from './autoscaling';
export * from './configuration';
export * from './crawlers';
export * from './enqueue_links';
export * from './events';
export * from './log';
export * from './proxy_configuration';
export * from './request';
export * from './router';
export * from './serialization';
export * from './session_pool';
export * from './storages';
export * from './validators';
export * from './cookie_utils';
export { PseudoUrl } from '@apify/pseudo_url';
export { Dictionary, Awaitable, Constructor, StorageClient, Cookie } from '@crawlee/types';
//# sourceMappingURL=index.d.ts.map