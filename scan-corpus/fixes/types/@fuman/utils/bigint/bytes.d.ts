/**
 * Convert a big integer to a byte array
 *
 * @param value  Value to convert
 * @param length  Length of the resulting buffer (by default it's the minimum required)
 * @param le  Whether to use little-endian encoding
 */
export declare function toBytes(value: bigint, length?: number, le?: boolean): Uint8Array;
/**
 * Convert a byte array to a big integer
 *
 * @param buffer  Byte array to convert
 * @param le  Whether to use little-endian encoding
 */
export declare function fromBytes(buffer: Uint8Array, le?: boolean): bigint;
