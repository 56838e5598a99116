export declare const version: string;
export declare const protocolVersion = 9;
//# sourceMappingURL=version.d.ts.map