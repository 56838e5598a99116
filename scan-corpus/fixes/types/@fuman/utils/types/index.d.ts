export * from './brand.js';
export * from './equal.js';
export * from './error.js';
export * from './misc.js';
export * from './unions.js';
