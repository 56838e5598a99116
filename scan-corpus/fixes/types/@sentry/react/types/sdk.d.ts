import { BrowserOptions } from '@sentry/browser';
/**
 * Inits the React SDK
 */
export declare function init(options: BrowserOptions): void;
//# sourceMappingURL=sdk.d.ts.map