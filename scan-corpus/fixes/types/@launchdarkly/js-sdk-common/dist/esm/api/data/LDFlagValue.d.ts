/**
 * The types of values a feature flag can have.
 *
 * Flags can have any JSON-serializable value.
 */
export type LDFlagValue = any;
//# sourceMappingURL=LDFlagValue.d.ts.map