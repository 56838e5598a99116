/**
 * setInterval() alternative built with async functions in mind
 *
 * usage:
 * ```ts
 * const interval = new AsyncInterval(async (signal) => {
 *     await fetch('https://example.com/ping', { signal })
 * }, 60_000)
 * interval.start()
 * onAppClose(() => interval.stop())
 * ```
 *
 * errors are ignored by default, but you can add a handler via `onError` method
 */
export declare class AsyncInterval {
    #private;
    constructor(handler: (abortSignal: AbortSignal) => Promise<void>, interval: number);
    start(after?: number): void;
    startNow(): void;
    stop(): void;
    onError(handler: (err: unknown) => void): void;
}
