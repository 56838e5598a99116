/**
 * Get the minimum number of bits required to represent the number
 */
export declare function bitLength(n: bigint): number;
/**
 * Compute the multiplicity of 2 in the prime factorization of n
 * @param n
 */
export declare function twoMultiplicity(n: bigint): bigint;
export declare function min2(a: bigint, b: bigint): bigint;
export declare function min(...args: bigint[]): bigint;
export declare function max2(a: bigint, b: bigint): bigint;
export declare function max(...args: bigint[]): bigint;
export declare function abs(a: bigint): bigint;
export declare function euclideanGcd(a: bigint, b: bigint): bigint;
export declare function modPowBinary(base: bigint, exp: bigint, mod: bigint): bigint;
export declare function modInv(a: bigint, n: bigint): bigint;
