/**
 * @packageDocumentation
 * @module coreutils
 */
export * from './activitymonitor';
export * from './interfaces';
export * from './lru';
export * from './markdowncodeblocks';
export * from './pageconfig';
export * from './path';
export * from './signal';
export * from './text';
export * from './time';
export * from './url';
export * from './pluginregistry';
