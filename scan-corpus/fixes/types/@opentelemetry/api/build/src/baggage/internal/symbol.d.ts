/**
 * Symbol used to make BaggageEntryMetadata an opaque type
 */
export declare const baggageEntryMetadataSymbol: unique symbol;
//# sourceMappingURL=symbol.d.ts.map