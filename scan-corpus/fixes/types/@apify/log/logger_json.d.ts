import { LogLevel } from './log_consts';
import { Logger } from './logger';
import { Exception } from './logger_text';
export declare class LoggerJson extends Logger {
    constructor(options?: {});
    _log(level: LogLevel, message: string, data?: any, exception?: Exception, opts?: Record<string, any>): string;
}
