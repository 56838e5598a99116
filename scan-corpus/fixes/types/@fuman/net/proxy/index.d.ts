export * from './http/index.js';
export * from './socks/index.js';
