export * from './event_manager';
export * from './local_event_manager';
//# sourceMappingURL=index.d.ts.map