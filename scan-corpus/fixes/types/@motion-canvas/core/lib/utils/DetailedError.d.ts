export declare class DetailedError extends Error {
    readonly remarks?: string | undefined;
    constructor(message: string, remarks?: string | undefined);
}
//# sourceMappingURL=DetailedError.d.ts.map