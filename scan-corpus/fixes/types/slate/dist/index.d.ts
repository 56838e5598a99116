export * from './create-editor';
export * from './interfaces/editor';
export * from './interfaces/element';
export * from './interfaces/location';
export * from './interfaces/node';
export * from './interfaces/operation';
export * from './interfaces/path';
export * from './interfaces/path-ref';
export * from './interfaces/point';
export * from './interfaces/point-ref';
export * from './interfaces/range';
export * from './interfaces/range-ref';
export * from './interfaces/text';
export * from './transforms';
//# sourceMappingURL=index.d.ts.map