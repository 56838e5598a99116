import { TraceAPI } from './api/trace';
/** Entrypoint for trace API */
export declare const trace: TraceAPI;
//# sourceMappingURL=trace-api.d.ts.map