import { SpanContext } from './span_context';
export declare const INVALID_SPANID = "0000000000000000";
export declare const INVALID_TRACEID = "00000000000000000000000000000000";
export declare const INVALID_SPAN_CONTEXT: SpanContext;
//# sourceMappingURL=invalid-span-constants.d.ts.map