export * from './axis';
export * from './data';
export * from './event';
export * from './series';
export * from './theme';
export * from './tooltip';
