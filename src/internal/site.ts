/**
 * Creation sites: a short "file:line:column" of the first frame outside leakguard, and a short
 * stack of a few frames. Always strings — never live Error objects, which would keep their
 * frames' closures alive and cost far more memory.
 */

const STACK_FRAMES = 6;

/**
 * The folder that holds leakguard's own code: `<package>/dist/` when installed, `<package>/src/`
 * from a checkout; resolved once from this module's own URL, so it holds whatever the package's
 * folder is called (a clone, a workspace, an alias install, `npm pack` into another name).
 * Returned as every prefix a stack frame may show it with: the URL (`file:///…/dist/`, ESM
 * frames) and the path (`/…/dist/`, or `C:\\…\\dist\\` on Windows; CommonJS and source-mapped
 * frames); for `dist/`, the same for `<package>/src/`, where its source maps point. Empty when
 * this module is not in an `internal/` folder (a bundle that inlined it): then no frame is
 * skipped by place, and a site may name the bundle.
 */
export function ownRoots(moduleUrl: string): string[] {
  let url: URL;
  try {
    url = new URL(moduleUrl);
  } catch {
    return [];
  }
  if (!/\/internal\/site\.[cm]?[jt]s$/.test(url.pathname)) return [];
  const root = new URL('..', url); // the folder above internal/: dist/ or src/
  const folders = [root];
  // Built code maps back to <package>/src/ (dist/*.js.map): with source maps on (`node
  // --enable-source-maps`, tsx) frames show that folder, present on disk or not.
  if (root.pathname.endsWith('/dist/')) folders.push(new URL('../src/', root));
  const roots: string[] = [];
  for (const folder of folders) {
    roots.push(folder.href);
    if (folder.protocol !== 'file:') continue;
    let path = decodeURIComponent(folder.pathname);
    if (/^\/[A-Za-z]:\//.test(path)) {
      path = path.slice(1);
      roots.push(path.replace(/\//g, '\\'));
    }
    roots.push(path);
  }
  return roots;
}

const OWN_ROOTS = ownRoots(import.meta.url);

/** Whether a stack line points into leakguard's own code (see {@link ownRoots}). */
function isOwnFrame(line: string): boolean {
  for (const root of OWN_ROOTS) {
    const i = line.indexOf(root);
    // the location starts there (`at f (/…`, `at /…`, `f@file://…`), not a longer path ending in it
    if (i === 0 || (i > 0 && ' (@'.includes(line[i - 1]!))) return true;
  }
  return false;
}

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
    if (isOwnFrame(line) || line.includes('node:internal')) continue;
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
