import { MaybePromise } from '../types/misc.js';
export interface AsyncPoolOptions<Item> {
    /**
     * Concurrency limit
     *
     * @default  16
     */
    limit?: number;
    /** Abort signal */
    signal?: AbortSignal;
    /**
     * Customize the behavior when an error is thrown in the iterator.
     *
     * - `ignore` - Ignore the error and continue
     * - `collect` - Collect the error and throw it at the end in an `AggregateError`
     * - `throw` - Throw the error immediately, and stop any other pending tasks
     *
     * @default  `() => 'throw'`
     */
    onError?: (item: Item, index: number, error: unknown) => MaybePromise<'ignore' | 'collect' | 'throw'>;
}
declare class ErrorInfo<Item> {
    readonly item: Item;
    readonly index: number;
    readonly error: unknown;
    constructor(item: Item, index: number, error: unknown);
}
export declare class AggregateError<Item> extends Error {
    readonly errors: ErrorInfo<Item>[];
    constructor(errors: ErrorInfo<Item>[]);
}
export declare function asyncPool<Item>(iterable: Iterable<Item> | AsyncIterable<Item>, executor: (item: Item, index: number) => MaybePromise<void>, options?: AsyncPoolOptions<Item>): Promise<void>;
export declare function parallelMap<Item, Result>(iterable: Iterable<Item> | AsyncIterable<Item>, executor: (item: Item, index: number) => MaybePromise<Result>, options?: AsyncPoolOptions<Item>): Promise<Result[]>;
export {};
