/**
 * Main Motion Canvas classes.
 *
 * @packageDocumentation
 */
export * from './Exporter';
export * from './ImageExporter';
export * from './Logger';
export * from './PlaybackManager';
export * from './PlaybackStatus';
export * from './Player';
export * from './Presenter';
export * from './Project';
export * from './ProjectMetadata';
export * from './Renderer';
export * from './Stage';
//# sourceMappingURL=index.d.ts.map