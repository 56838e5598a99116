import type { LogPayload } from '../app';
export declare function errorToLog(error: any): LogPayload;
//# sourceMappingURL=errorToLog.d.ts.map