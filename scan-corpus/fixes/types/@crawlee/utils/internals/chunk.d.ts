export declare function chunk<T>(array: readonly T[], chunkSize: number): T[][];
//# sourceMappingURL=chunk.d.ts.map