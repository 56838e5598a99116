/**
 * The monotonic clock pools time borrows with. `performance.now()` never jumps with wall-clock
 * changes (NTP, DST), so a borrow's age is never negative nor suddenly huge.
 */
export type Clock = () => number;

export const monotonicNow: Clock = () => performance.now();
