export declare function encode(buf: Uint8Array): string;
export declare function decode(string: string): Uint8Array;
export declare function encodedLength(n: number): number;
export declare function decodedLength(n: number): number;
