export * from './Configuration';
