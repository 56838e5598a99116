/**
 * Abstract scene representations and related utilities.
 *
 * @packageDocumentation
 */
export * from './GeneratorScene';
export * from './Inspectable';
export * from './Random';
export * from './Scene';
export * from './SceneMetadata';
export * from './SceneState';
export * from './Slides';
export * from './Threadable';
export * from './Variables';
export * from './LifecycleEvents';
//# sourceMappingURL=index.d.ts.map