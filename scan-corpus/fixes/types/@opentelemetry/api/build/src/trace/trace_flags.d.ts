export declare enum TraceFlags {
    /** Represents no flag set. */
    NONE = 0,
    /** Bit to represent whether trace is sampled in trace flags. */
    SAMPLED = 1
}
//# sourceMappingURL=trace_flags.d.ts.map