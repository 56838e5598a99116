import { Log } from './log';
export * from './log';
export * from './log_consts';
export * from './log_helpers';
export * from './logger';
export * from './logger_json';
export * from './logger_text';
declare const log: Log;
export default log;
