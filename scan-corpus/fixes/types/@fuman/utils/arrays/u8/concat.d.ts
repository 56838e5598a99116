/**
 * Concatenate multiple byte arrays into one
 */
export declare function concat(buffers: Uint8Array[]): Uint8Array;
/**
 * Concatenate two byte arrays into one, always copying the data.
 *
 * @param a  First byte array
 * @param b  Second byte array
 */
export declare function concat2(a: ArrayLike<number>, b: ArrayLike<number>): Uint8Array;
/**
 * Concatenate three byte arrays into one, always copying the data.
 *
 * @param a  First byte array
 * @param b  Second byte array
 * @param c  Third byte array
 */
export declare function concat3(a: ArrayLike<number>, b: ArrayLike<number>, c: ArrayLike<number>): Uint8Array;
