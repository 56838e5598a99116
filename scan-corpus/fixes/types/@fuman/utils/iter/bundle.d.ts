export * from './enumerate.js';
