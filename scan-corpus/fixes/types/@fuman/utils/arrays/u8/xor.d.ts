/**
 * Perform XOR operation on two buffers and return the new buffer
 *
 * @param data  Buffer to XOR
 * @param key  Key to XOR with
 */
export declare function xor(data: Uint8Array, key: Uint8Array): Uint8Array;
/**
 * Perform XOR operation on two buffers in-place
 *
 * @param data  Buffer to XOR
 * @param key  Key to XOR with
 */
export declare function xorInPlace(data: Uint8Array, key: Uint8Array): void;
