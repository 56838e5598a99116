export * from './custom-map.js';
export * from './custom-set.js';
export * from './deque.js';
export * from './lru-map.js';
export * from './lru-set.js';
