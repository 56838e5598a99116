/**
 * The runtime representation of meta files.
 *
 * @packageDocumentation
 */
export * from './ObjectMetaField';
export * from './ColorMetaField';
export * from './MetaField';
export * from './MetaFile';
export * from './RangeMetaField';
export * from './Vector2MetaField';
//# sourceMappingURL=index.d.ts.map