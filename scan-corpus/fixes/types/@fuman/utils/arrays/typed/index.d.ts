export * from './compare.js';
export * from './find.js';
export * from './misc.js';
