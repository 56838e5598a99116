export declare class ConnectionClosedError extends Error {
    constructor(message?: string);
}
export declare class ListenerClosedError extends Error {
    constructor();
}
