export declare const encoder: TextEncoder;
export declare const decoder: TextDecoder;
export declare function encodedLength(str: string): number;
