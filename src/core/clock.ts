/**
 * The monotonic clock connections are stamped with.
 *
 * Reading a clock is expensive on some hosts (performance.now() and Date.now() can cost more
 * than adding and removing a listener; `npm run bench core`, 1. scope.on + dispose vs raw
 * on + off), and `performance` is itself a lazy getter on Node's global. So the clock is read
 * at most once per synchronous job: the value is cached and a microtask clears the cache.
 * Connections created in the same run of code share a timestamp; ages are exact to within one
 * job, which is what leak ages (seconds to hours) need. Values are whole milliseconds since the
 * time origin, so they stay small integers (no boxed doubles in every connection) for the first
 * ~12 days of uptime.
 */

const perf: { now(): number; timeOrigin: number } = globalThis.performance;
let cached = -1;
const reset = (): void => {
  cached = -1;
};

/** Milliseconds since the time origin, read at most once per synchronous job. */
export function coarseNow(): number {
  if (cached < 0) {
    cached = Math.floor(perf.now());
    queueMicrotask(reset);
  }
  return cached;
}

/** A fresh reading (for ages reported to users). */
export function preciseNow(): number {
  return perf.now();
}

export const timeOrigin: number = perf.timeOrigin;
