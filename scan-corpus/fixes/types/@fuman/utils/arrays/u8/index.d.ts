export * from './concat.js';
export * from './misc.js';
export * from './pool.js';
export * from './reverse.js';
export * from './swap.js';
export * from './xor.js';
