export * from './BasicLoggerOptions';
export * from './LDLogger';
export * from './LDLogLevel';
//# sourceMappingURL=index.d.ts.map