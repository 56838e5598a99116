/// <reference types="node" />
import EventEmitter from 'events';
import { LogLevel } from './log_consts';
import { Exception } from './logger_text';
/**
 * This is an abstract class that should
 * be extended by custom logger classes.
 *
 * this._log() method must be implemented by them.
 */
export declare class Logger extends EventEmitter {
    protected options: Record<string, any>;
    constructor(options: Record<string, any>);
    setOptions(options: Record<string, any>): void;
    getOptions(): Record<string, any>;
    _outputWithConsole(level: LogLevel, line: string): void;
    _log(level: LogLevel, message: string, data?: any, exception?: Exception, opts?: Record<string, any>): void;
    log(level: LogLevel, message: string, ...args: any[]): void;
}
