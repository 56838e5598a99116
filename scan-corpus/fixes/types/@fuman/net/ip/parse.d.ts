import { Ipv4Address, Ipv6Address } from './types.js';
export declare function parse(ip: string): Ipv4Address | Ipv6Address;
export declare function parseWithPort(ip: string): [Ipv4Address | Ipv6Address, number];
export declare function stringify(parsed: Ipv4Address | Ipv6Address): string;
export declare function stringifyWithPort(parsed: Ipv4Address | Ipv6Address, port: number): string;
