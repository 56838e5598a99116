import { TraceState } from '../trace_state';
export declare function createTraceState(rawTraceState?: string): TraceState;
//# sourceMappingURL=utils.d.ts.map