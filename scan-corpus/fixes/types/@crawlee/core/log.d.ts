import log, { Log, LoggerOptions, LogLevel, Logger, LoggerJson, LoggerText } from '@apify/log';
export { log, Log, LoggerOptions, LogLevel, Logger, LoggerJson, LoggerText, };
//# sourceMappingURL=log.d.ts.map