/**
 * An interface describes additional metadata of a tracer.
 */
export interface TracerOptions {
    /**
     * The schemaUrl of the tracer or instrumentation library
     */
    schemaUrl?: string;
}
//# sourceMappingURL=tracer_options.d.ts.map