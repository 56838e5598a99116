export * from './arrays/index.js';
export * from './async/index.js';
export * from './bigint/index.js';
export * from './encodings/index.js';
export * from './iter/index.js';
export * from './misc/index.js';
export * from './structures/index.js';
export * from './types/index.js';
