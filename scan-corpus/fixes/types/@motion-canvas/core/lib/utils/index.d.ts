/**
 * General utilities and helper functions.
 *
 * @packageDocumentation
 */
export * from './beginSlide';
export * from './capitalize';
export * from './debug';
export * from './deprecate';
export * from './DetailedError';
export * from './errorToLog';
export * from './getContext';
export * from './range';
export * from './Semaphore';
export * from './usePlayback';
export * from './useRandom';
export * from './createRef';
export * from './useScene';
export * from './useThread';
export * from './useTime';
export * from './useContext';
export * from './useDuration';
export * from './proxyUtils';
//# sourceMappingURL=index.d.ts.map