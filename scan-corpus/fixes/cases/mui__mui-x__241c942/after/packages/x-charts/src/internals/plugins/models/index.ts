export * from './helpers';
export * from './plugin';
export * from './chart';
