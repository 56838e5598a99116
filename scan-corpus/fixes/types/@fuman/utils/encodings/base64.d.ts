export declare function decode(base64: string, url?: boolean): Uint8Array;
export declare function encode(bytes: Uint8Array, url?: boolean): string;
export declare function encodedLength(n: number): number;
export declare function decodedLength(n: number): number;
