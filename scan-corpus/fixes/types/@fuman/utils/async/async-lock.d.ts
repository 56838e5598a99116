/**
 * Simple class implementing a semaphore like
 * behaviour.
 */
export declare class AsyncLock {
    private _queue;
    acquire(): Promise<void>;
    release(): void;
    with(func: () => Promise<void>): Promise<void>;
}
