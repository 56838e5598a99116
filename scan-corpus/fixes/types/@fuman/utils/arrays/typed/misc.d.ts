import { TypedArray } from './types.js';
/**
 * Shortcut for creating a DataView from a typed array
 */
export declare function toDataView(buf: TypedArray): DataView;
export declare function view<Res extends TypedArray>(ctor: {
    new (buffer: ArrayBufferLike, byteOffset: number, byteLength: number): Res;
    BYTES_PER_ELEMENT: number;
}, buf: ArrayBufferView): Res;
/** Get the platform byte order (which is used in typed arrays) */
export declare function getPlatformByteOrder(): 'little' | 'big';
