export * from './parse.js';
export * from './prettify.js';
export * from './v4.js';
export * from './v6.js';
