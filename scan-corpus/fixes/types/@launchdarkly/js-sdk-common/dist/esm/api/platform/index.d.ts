export * from './AutoEnv';
export * from './Crypto';
export * from './Encoding';
export * from './EventSource';
export * from './Filesystem';
export * from './Info';
export * from './Platform';
export * from './Requests';
export * from './Storage';
//# sourceMappingURL=index.d.ts.map