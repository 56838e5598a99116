export declare function capitalize<T extends string>(value: T): Capitalize<T>;
//# sourceMappingURL=capitalize.d.ts.map