import { Brand } from '../types/brand.js';
export type Timer = Brand<object, 'Timer'>;
export type Interval = Brand<object, 'Interval'>;
declare const setTimeoutWrap: <T extends (...args: any[]) => any>(fn: T, ms: number, ...args: Parameters<T>) => Timer;
declare const setIntervalWrap: <T extends (...args: any[]) => any>(fn: T, ms: number, ...args: Parameters<T>) => Interval;
declare const clearTimeoutWrap: (timer?: Timer) => void;
declare const clearIntervalWrap: (timer?: Interval) => void;
export { clearIntervalWrap as clearInterval, clearTimeoutWrap as clearTimeout, setIntervalWrap as setInterval, setTimeoutWrap as setTimeout, };
