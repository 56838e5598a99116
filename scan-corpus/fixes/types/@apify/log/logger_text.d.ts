import { Logger } from './logger';
import { LogLevel } from './log_consts';
export interface Exception extends Error {
    type?: string;
    details?: Record<string, any>;
    reason?: string;
}
export declare class LoggerText extends Logger {
    constructor(options?: {});
    _log(level: LogLevel, message: string, data?: any, exception?: Exception, opts?: Record<string, any>): string;
    _parseException(exception: Exception): string;
}
