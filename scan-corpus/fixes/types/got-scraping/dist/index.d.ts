declare const gotScraping: import("got-cjs").Got;
export * from 'got-cjs';
export { gotScraping };
export { GotOptionsInit, OptionsInit, Context, } from './context';
//# sourceMappingURL=index.d.ts.map