export declare enum LogLevel {
    OFF = 0,
    ERROR = 1,
    SOFT_FAIL = 2,
    WARNING = 3,
    INFO = 4,
    DEBUG = 5,
    PERF = 6
}
export declare const PREFIX_DELIMITER = ":";
export declare const LEVELS: typeof LogLevel;
export declare const LEVEL_TO_STRING: string[];
