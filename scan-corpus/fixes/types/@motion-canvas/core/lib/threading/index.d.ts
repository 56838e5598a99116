/**
 * Thread management.
 *
 * @packageDocumentation
 */
export * from './cancel';
export * from './join';
export * from './names';
export * from './Thread';
export * from './ThreadGenerator';
export * from './threads';
//# sourceMappingURL=index.d.ts.map