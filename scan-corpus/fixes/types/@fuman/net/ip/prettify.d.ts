export interface PrettifyOptions {
    /**
     * Whether to enclose IPv6 addresses into square brackets
     * (according to [RFC 3986](https://datatracker.ietf.org/doc/html/rfc3986#section-3.2.2))
     *
     * @default false
     */
    encloseIpv6?: boolean;
}
export declare function prettify(address: string, options?: PrettifyOptions): string;
