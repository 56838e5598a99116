/**
 * Creation sites: a short "file:line:column" of the first frame outside leakguard, and a short
 * stack of a few frames. Always strings — never live Error objects, which would keep their
 * frames' closures alive and cost far more memory.
 */

const STACK_FRAMES = 6;
/** Frames inside these paths are leakguard's own and are skipped when naming a site. */
const OWN = /[\\/](?:leakguard[\\/](?:dist|src)|src[\\/](?:core|pool|realtime|monitor))[\\/]/;

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
  return out.join('\n');
}

/** The `file:line:column` part of the first frame of a short stack. */
export function siteOf(stack: string): string {
  const first = stack.split('\n', 1)[0] ?? '';
  const m = /\(?((?:file:\/\/)?[^()\s]+:\d+:\d+)\)?\s*$/.exec(first);
  return m?.[1] ?? first;
}
