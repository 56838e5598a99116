export * from './LDEvaluationDetail';
export * from './LDEvaluationReason';
export * from './LDFlagSet';
export * from './LDFlagValue';
//# sourceMappingURL=index.d.ts.map