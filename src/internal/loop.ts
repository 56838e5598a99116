/**
 * Whether the app still holds the event loop, for leakguard's unref'd timers that force full
 * GCs (the runtime finder's settled samples and heap reads).
 *
 * Why they need to know: an unref'd timer does not hold the loop, but the work a full GC leaves
 * behind can. After a full GC V8 posts foreground tasks, among them a delayed one (cppgc's
 * sweeper, 100 ms) that Node runs on a libuv timer of its own; that timer is unref'd too, but
 * when it fires it is closed, and a closing handle keeps libuv's loop turning for one more
 * iteration. When the GC took longer than the sampling interval (a heap read of a 40 MB heap on
 * a starved CPU), the sampling timer is due again in that iteration: it forces the next GC,
 * which posts the next delayed task, and so on. Seen with Node 24 (libuv 1.52) on a starved
 * CPU: a watched app whose last interval was cleared lived on for up to a minute of samples
 * after its work was done (a 25-line script with an unref'd 200 ms interval reading the
 * sampling heap profile did the same without leakguard; Node 20 did not in the same runs).
 */

interface ProcessIntrospection {
  getActiveResourcesInfo?: () => string[];
  _getActiveHandles?: () => unknown[];
}

/**
 * True while something of the app's holds the event loop: a ref'd timer or immediate, a ref'd
 * handle (server, socket, child process, watcher, message port) or a pending request, as
 * `process.getActiveResourcesInfo()` lists them, less the standard output streams: a pipe or
 * TTY for stdout/stderr is listed as long as it exists (ref'd, but idle between synchronous
 * writes: it holds nothing). False: the process ends once the current turn of the loop does,
 * unless something Node does not list holds it (a native addon's own libuv handle, thread-pool
 * work such as zlib or crypto). Null when this runtime cannot tell.
 */
export function appHoldsLoop(): boolean | null {
  const p = process as ProcessIntrospection;
  if (typeof p.getActiveResourcesInfo !== 'function') return null;
  let listed: number;
  try {
    listed = p.getActiveResourcesInfo().length;
  } catch {
    return null;
  }
  if (listed === 0) return false;
  let stdio = 0;
  try {
    // Node marks the stdout/stderr streams `_isStdio`; without the list, none is discounted
    if (typeof p._getActiveHandles === 'function')
      for (const h of p._getActiveHandles())
        if ((h as { _isStdio?: unknown } | null)?._isStdio === true) stdio++;
  } catch {
    stdio = 0;
  }
  return listed > stdio;
}
