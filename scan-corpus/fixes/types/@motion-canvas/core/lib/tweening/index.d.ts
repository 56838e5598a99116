/**
 * Interpolation and timing of tweens.
 *
 * @packageDocumentation
 */
export * from './interpolationFunctions';
export * from './timingFunctions';
export * from './tween';
export * from './spring';
//# sourceMappingURL=index.d.ts.map