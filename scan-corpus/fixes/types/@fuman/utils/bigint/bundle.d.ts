export * from './bytes.js';
export * from './math.js';
