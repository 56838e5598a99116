import ConnectionMode from './ConnectionMode';

export * from './LDOptions';
export * from './LDClient';
export * from './LDEvaluationDetail';
export * from './integrations';

export { ConnectionMode };
export * from './LDIdentifyOptions';
export * from './LDInspection';
