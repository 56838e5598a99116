export declare function ipV4(a: number, b: number, c: number, d: number): Uint8Array;
export declare function isIP(h: string): boolean;
export declare function parseIP(h: string): Uint8Array | undefined;
