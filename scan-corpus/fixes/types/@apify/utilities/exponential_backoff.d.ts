import { Exception } from '@apify/log';
export declare class RetryableError extends Error {
    readonly error: Exception;
    constructor(error: Error | Exception, ...args: unknown[]);
}
export interface RetryableError extends Exception {
}
export declare function retryWithExpBackoff<T>(params?: {
    func?: (...args: unknown[]) => T;
    expBackoffMillis?: number;
    expBackoffMaxRepeats?: number;
}): Promise<T>;
