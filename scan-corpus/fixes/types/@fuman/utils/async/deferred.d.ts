export declare class Deferred<T = void> {
    readonly resolve: (value: T) => void;
    readonly reject: (reason: unknown) => void;
    readonly promise: Promise<T>;
    constructor();
}
export declare class DeferredTracked<T = void> {
    #private;
    readonly promise: Promise<T>;
    readonly status: {
        type: 'pending';
    } | {
        type: 'fulfilled';
        value: T;
    } | {
        type: 'rejected';
        reason: unknown;
    };
    constructor();
    resolve(value: T): void;
    reject(reason: unknown): void;
    get result(): T | undefined;
    get error(): unknown | undefined;
}
