import { ISyncReadable, ISyncWritable } from '@fuman/io';
import { Ipv6Address } from './types.js';
export declare function parseV6(string: string): Ipv6Address;
export interface StringifyV6Options {
    /**
     * Whether to compress consecutive zeroes
     * (according to [RFC 5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4))
     */
    zeroCompression?: boolean;
    /** Whether to pad each part to 4 characters */
    fixedLength?: boolean;
}
export declare function stringifyV6(parsed: Ipv6Address, options?: StringifyV6Options): string;
export declare function expandV6(string: string): string;
export declare function fromBytesV6(bytes: Uint8Array): Ipv6Address;
export declare function readV6(reader: ISyncReadable): Ipv6Address;
export declare function toBytesV6(parsed: Ipv6Address): Uint8Array;
export declare function writeV6(parsed: Ipv6Address, writer: ISyncWritable): void;
