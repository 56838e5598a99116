/**
 * @ignore
 */
export declare class CookieParseError extends Error {
    readonly cookieHeaderString: unknown;
    constructor(cookieHeaderString: unknown);
}
//# sourceMappingURL=errors.d.ts.map