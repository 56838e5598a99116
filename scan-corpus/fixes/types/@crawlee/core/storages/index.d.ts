export * from './dataset';
export * from './key_value_store';
export * from './request_list';
export * from './request_queue';
export * from './storage_manager';
export * from './utils';
//# sourceMappingURL=index.d.ts.map