export * from './json';
export * from './mime';
export * from './plugins';
export * from './promise';
export * from './token';
