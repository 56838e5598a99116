/**
 * An empty byte array with zero length
 */
export declare const empty: Uint8Array;
export declare function clone(buf: Uint8Array): Uint8Array;
/** Read N-th bit of a number (starting from the least significant bit) */
export declare function readNthBit(byte: number, bit: number): number;
