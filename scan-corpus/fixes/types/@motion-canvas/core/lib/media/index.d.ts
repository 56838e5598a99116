/**
 * Multi-media management.
 *
 * @packageDocumentation
 */
export * from './AudioData';
export * from './AudioManager';
export * from './loadImage';
//# sourceMappingURL=index.d.ts.map