declare const BYTES: number;
declare class SHA256 {
    hashSize: number;
    _buf: Uint8Array;
    _bufIdx: number;
    _count: Uint32Array;
    _K: Uint32Array;
    _H: Uint32Array;
    _finalized: boolean;
    constructor();
    init(): this;
    update(msg: string | Uint8Array | null, inputEncoding?: string): this;
    digest(outputEncoding: string): string | Uint8Array;
    _transform(): void;
}
declare function sha256(msg: string | Uint8Array | null, inputEncoding: string, outputEncoding: string): string | Uint8Array;
export { BYTES as BYTES };
export { SHA256 as SHA256 };
export { sha256 as sha256 };
