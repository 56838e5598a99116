export declare const DEFAULT: unique symbol;
//# sourceMappingURL=symbols.d.ts.map