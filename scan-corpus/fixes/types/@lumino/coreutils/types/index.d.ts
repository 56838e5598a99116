/**
 * @packageDocumentation
 * @module coreutils
 */
export * from './index.common';
export * from './random.browser';
export * from './uuid.browser';
