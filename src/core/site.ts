/**
 * Creation sites: a short "file:line:column" of the first frame outside leakguard, and a short
 * stack of a few frames. Always strings — never live Error objects, which would keep their
 * frames' closures alive and cost far more memory.
 */

const STACK_FRAMES = 6;
/** Frames inside these paths are leakguard's own and are skipped when naming a site. */
const OWN = /[\\/](?:leakguard[\\/](?:dist|src)|src[\\/](?:core|pool|realtime|monitor))[\\/]/;

/**
 * A copy of `s` that does not share memory with the string it was cut from. V8 represents
 * `slice`/regex results as views into the parent, so a 60-byte site would keep a multi-KB
 * stack trace alive.
 */
export function detach(s: string): string {
  return (' ' + s).slice(1);
}

interface CaptureTarget {
  stack?: string;
}

/**
 * Captures the current stack as a short string: up to `frames` frames outside leakguard
 * (V8: Error.captureStackTrace with a small stackTraceLimit; elsewhere a plain Error).
 */
export function captureStack(frames = STACK_FRAMES): string {
  const E = Error as ErrorConstructor & { stackTraceLimit?: number };
  const limit = E.stackTraceLimit;
  const holder: CaptureTarget = {};
  try {
    E.stackTraceLimit = frames + 12;
    if (typeof E.captureStackTrace === 'function') E.captureStackTrace(holder, captureStack);
    else holder.stack = new Error().stack;
  } finally {
    E.stackTraceLimit = limit;
  }
  const lines = (holder.stack ?? '').split('\n');
  const out: string[] = [];
  for (const raw of lines) {
    const line = raw.trim();
    if (!line.startsWith('at ') && !line.includes('@')) continue;
    if (OWN.test(line) || line.includes('node:internal')) continue;
    out.push(line.startsWith('at ') ? line.slice(3) : line);
    if (out.length >= frames) break;
  }
  return detach(out.join('\n'));
}

/** The `file:line:column` part of the first frame of a short stack. */
export function siteOf(stack: string): string {
  const first = stack.split('\n', 1)[0] ?? '';
  const m = /\(?((?:file:\/\/)?[^()\s]+:\d+:\d+)\)?\s*$/.exec(first);
  return detach(m?.[1] ?? first);
}
