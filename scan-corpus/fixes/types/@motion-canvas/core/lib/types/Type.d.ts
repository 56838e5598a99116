export interface Type {
    toSymbol(): symbol;
}
export declare function isType(value: any): value is Type;
//# sourceMappingURL=Type.d.ts.map