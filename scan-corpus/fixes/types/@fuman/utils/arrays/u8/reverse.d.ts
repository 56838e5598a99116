export declare function reverse(buffer: Uint8Array): void;
export declare function toReversed(buffer: ArrayLike<number>): Uint8Array;
