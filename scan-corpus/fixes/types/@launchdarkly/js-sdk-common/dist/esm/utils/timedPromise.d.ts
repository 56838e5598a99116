/**
 * Returns a promise which errors after t seconds.
 *
 * @param t Timeout in seconds.
 * @param taskName Name of task being timed for logging and error reporting.
 */
declare const timedPromise: (t: number, taskName: string) => Promise<void>;
export default timedPromise;
//# sourceMappingURL=timedPromise.d.ts.map