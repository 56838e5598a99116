/**
 * A logger interface exposing optional [[error]], [[info]] and [[debug]]
 * methods. The idea is that these gets filled in based on the [[LogLevel]]. If
 * [[LogLevel]] is 'debug' then all three should be present, if it is 'info',
 * then [[error]] and [[info]] should be present and if [[LogLevel]] is 'error'
 * only [[error]] will be present.
 */
export interface OptionalLogger<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> {
    error?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Error) => void) | undefined;
    info?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Info) => void) | undefined;
    warn?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Warn) => void) | undefined;
    debug?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Debug) => void) | undefined;
    flush?(this: OptionalLogger<Error, Warn, Info, Debug>): Promise<void>;
}
/**
 * The different log levels. This is used to determine how much logging to do.
 * `'error'` > `'info'` > `'debug'`... meaning `'error'` has highest priority
 * and `'debug'` lowest.
 */
export type LogLevel = 'error' | 'warn' | 'info' | 'debug';
/**
 * A Context ferries additional information that can be associated with
 * each logged message. The handling of the information in the Context is
 * specific to the LogSink; text-only implementations generally prepend
 * stringified representations of the Context's properties to the logged
 * message.
 */
export type Context = {
    [key: string]: unknown | undefined;
};
export interface LogSink<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> {
    log(level: 'error', context: Context | undefined, ...args: Error): void;
    log(level: 'warn', context: Context | undefined, ...args: Warn): void;
    log(level: 'info', context: Context | undefined, ...args: Info): void;
    log(level: 'debug', context: Context | undefined, ...args: Debug): void;
    log(level: LogLevel, context: Context | undefined, ...args: unknown[]): void;
    flush?(): Promise<void>;
}
/**
 * A [[LogSink]] implementation that logs to multiple sinks.
 */
export declare class TeeLogSink<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> implements LogSink<Error, Warn, Info, Debug> {
    #private;
    constructor(sinks: readonly LogSink[]);
    log(level: LogLevel, context: Context | undefined, ...args: unknown[]): void;
    flush(): Promise<void>;
}
export declare class OptionalLoggerImpl<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> implements OptionalLogger<Error, Warn, Info, Debug> {
    #private;
    readonly debug?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Debug) => void) | undefined;
    readonly info?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Info) => void) | undefined;
    readonly warn?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Warn) => void) | undefined;
    readonly error?: ((this: OptionalLogger<Error, Warn, Info, Debug>, ...args: Error) => void) | undefined;
    readonly flush: (this: OptionalLogger<Error, Warn, Info, Debug>) => Promise<void>;
    constructor(logSink: LogSink<Error, Warn, Info, Debug>, level?: LogLevel, context?: Context);
}
/**
 * Create a logger that will log to the console.
 */
export declare class ConsoleLogger<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> extends OptionalLoggerImpl<Error, Warn, Info, Debug> {
    constructor(level: LogLevel, context?: Context);
}
/**
 * An implementation of [[LogSink]] that logs using `console.log` etc
 */
export declare const consoleLogSink: LogSink;
/**
 * A console logger that enables the caller to format log lines.
 */
export declare class FormatLogger<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> implements LogSink<Error, Warn, Info, Debug> {
    #private;
    constructor(format: (level: LogLevel, ...args: unknown[]) => unknown[]);
    log(level: LogLevel, context: Context | undefined, ...args: unknown[]): void;
}
/**
 * A console logger that prefixes log lines with a log level.
 */
export declare const nodeConsoleLogSink: LogSink;
/**
 * Log line level prefixes, used by the node logger. They are uniform length
 * to make visual parsing of a log file easier.
 */
export declare const logLevelPrefix: {
    error: string;
    warn: string;
    info: string;
    debug: string;
};
/**
 * A logger that logs nothing.
 */
export declare class SilentLogger<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> implements OptionalLogger<Error, Warn, Info, Debug> {
}
/**
 * The LogContext facilitates constructing and adding to the
 * Context passed to the LogSink.
 *
 * Typical usage is something like:
 *
 *   const lc = new LogContext('debug');
 *   lc.debug?.('hello');
 *   const lc2 = lc.withContext('foo');
 *   f(lc2);  // logging inside f will contain 'foo' in the Context.
 */
export declare class LogContext<Error extends unknown[] = unknown[], Warn extends unknown[] = unknown[], Info extends unknown[] = unknown[], Debug extends unknown[] = unknown[]> extends OptionalLoggerImpl<Error, Warn, Info, Debug> {
    #private;
    constructor(level?: LogLevel, context?: Context, logSink?: LogSink);
    /**
     * Creates a new Logger that with the given key and value
     * added to the logged Context.
     */
    withContext(key: string, value?: unknown): LogContext<Error, Warn, Info, Debug>;
}
