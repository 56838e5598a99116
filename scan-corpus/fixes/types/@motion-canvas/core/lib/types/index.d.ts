/**
 * Complex types used in animations.
 *
 * @packageDocumentation
 */
export * from './Canvas';
export * from './Color';
export * from './Matrix';
export * from './Matrix2D';
export * from './Origin';
export * from './BBox';
export * from './Spacing';
export * from './Type';
export * from './Vector';
//# sourceMappingURL=index.d.ts.map