export declare function unknownToError(err: unknown): Error;
export declare class NotImplementedError extends Error {
    constructor(message?: string);
}
export declare function notImplemented(message?: string): never;
export declare function unreachable(): never;
export { notImplemented as todo };
