import { Ipv4Address } from './types.js';
export declare function parseV4(input: string): Ipv4Address;
export declare function stringifyV4(ip: Ipv4Address): string;
export declare function normalizeV4(input: string): string;
