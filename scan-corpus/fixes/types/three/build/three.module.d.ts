export * from '../src/Three';
export as namespace THREE;
