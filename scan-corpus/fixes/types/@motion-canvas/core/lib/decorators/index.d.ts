/**
 * Property decorators.
 *
 * @packageDocumentation
 */
export * from './decorate';
export * from './threadable';
//# sourceMappingURL=index.d.ts.map