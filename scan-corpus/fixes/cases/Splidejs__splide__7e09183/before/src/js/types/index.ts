export * from './components';
export * from './events';
export * from './general';
export * from './options';
export * from './utils';
