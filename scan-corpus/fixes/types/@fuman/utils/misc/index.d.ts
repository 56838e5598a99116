export * from './assert.js';
export * from './composer.js';
export * from './guards.js';
export * from './objects.js';
export * from './strings.js';
export declare function noop(): void;
