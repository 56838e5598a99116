import { Deque } from '../structures/deque.js';
export declare class AsyncQueue<T> {
    #private;
    constructor(from?: ArrayLike<T> | Deque<T>);
    /**
     * Underlying deque.
     *
     * Use with care and don't modify it directly,
     * as it may break the async queue's internal state.
     */
    readonly queue: Deque<T>;
    get length(): number;
    enqueue(item: T): void;
    end(): void;
    get ended(): boolean;
    peek(): T | undefined;
    next(): T | undefined;
    nextOrWait(): Promise<T | undefined>;
    [Symbol.asyncIterator](): AsyncIterableIterator<T>;
}
