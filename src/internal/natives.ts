/**
 * The timer functions as they were when leakguard loaded, before any hook: leakguard's own
 * timers use these so they never show up in what the finder tracks.
 */
export const nativeSetInterval = globalThis.setInterval;
export const nativeClearInterval = globalThis.clearInterval;
export const nativeSetTimeout = globalThis.setTimeout;
export const nativeClearTimeout = globalThis.clearTimeout;
export const nativeSetImmediate = globalThis.setImmediate;
export const nativeClearImmediate = globalThis.clearImmediate;
