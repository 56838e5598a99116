/**
 * Creation-site capture for the runtime finder. A capture costs several microseconds, so the
 * tracker calls it only for sampled creations (see tracker.ts). Invariants:
 * - only strings leave this module: no Error object and no V8 CallSite is ever kept;
 * - `Error.stackTraceLimit` and `Error.prepareStackTrace` are swapped only for the duration of
 *   one synchronous capture and always restored, so the app never observes them changed;
 * - frames inside leakguard itself, Node internals and (unless asked) node_modules are skipped
 *   when naming a site; when no frame qualifies the best fallback is kept and labelled.
 */
import { fileURLToPath } from 'node:url';
import { dirname, sep } from 'node:path';
import { findSourceMap } from 'node:module';
import { displayPath } from '../internal/paths.js';

/** Where the site frame was found: app code, a dependency (node_modules) or Node itself. */
export type { Attribution } from '../internal/heap.js';
import type { Attribution } from '../internal/heap.js';

export interface CapturedSite {
  /** `file:line:column` key of the site frame (file as V8 reports it: path or file: URL). */
  key: string;
  file: string;
  line: number;
  column: number;
  attribution: Attribution;
  /** Formats the short stack; called only when the site is new (cost paid once per site). */
  stack: () => string[];
}

interface CallSiteLike {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
  getFunctionName(): string | null;
  getTypeName(): string | null;
  getMethodName(): string | null;
  isNative(): boolean;
}

/** A captured site with its short stack already formatted (safe to keep). */
export type ResolvedSite = Omit<CapturedSite, 'stack'> & { stack: string[] };

type PrepareFn = (err: Error, frames: CallSiteLike[]) => unknown;

const prepare: PrepareFn = (_err, frames) => frames;

/** Root of leakguard's own code (src/ or dist/): its frames are never a site. */
const OWN_ROOT = dirname(dirname(fileURLToPath(import.meta.url))) + sep;
const OWN_ROOT_URL = 'file://' + OWN_ROOT.split(sep).join('/');

function isInternal(file: string): boolean {
  return file.startsWith('node:') || !(file.startsWith('/') || file.includes(':'));
}

/** Roots of other copies of leakguard whose Signal the hooks patch (copies.ts). */
const otherRoots: string[] = [];

/** Counts `dir` (another copy's dist/) as leakguard's own code: its frames are never a site. */
export function addOwnRoot(dir: string): void {
  const root = dir.endsWith(sep) ? dir : dir + sep;
  if (root === OWN_ROOT || otherRoots.includes(root)) return;
  otherRoots.push(root, 'file://' + root.split(sep).join('/'));
}

function isOwn(file: string): boolean {
  if (file.startsWith(OWN_ROOT) || file.startsWith(OWN_ROOT_URL)) return true;
  for (let i = 0; i < otherRoots.length; i++) if (file.startsWith(otherRoots[i]!)) return true;
  return false;
}

function isDependency(file: string): boolean {
  return file.includes('/node_modules/') || file.includes('\\node_modules\\');
}

export interface CaptureOptions {
  /** Frames captured per creation (Error.stackTraceLimit during the capture). */
  depth: number;
  /** Attribute to node_modules frames instead of skipping them. */
  includeNodeModules: boolean;
  /** Frames kept in the short stack of a new site. */
  stackFrames: number;
}

/**
 * Captures the caller's site. `above` is the outermost instrumented function: it and every
 * frame above it (our own wrappers) are left out by V8 itself.
 */
export function captureSite(
  above: (...args: never[]) => unknown,
  o: CaptureOptions,
): CapturedSite | undefined {
  const E = Error as ErrorConstructor & { prepareStackTrace?: PrepareFn };
  const limit = E.stackTraceLimit;
  const prev = E.prepareStackTrace;
  const holder: { stack?: unknown } = {};
  let frames: CallSiteLike[];
  try {
    E.stackTraceLimit = o.depth;
    E.prepareStackTrace = prepare;
    Error.captureStackTrace(holder, above);
    frames = holder.stack as CallSiteLike[];
  } finally {
    E.stackTraceLimit = limit;
    E.prepareStackTrace = prev;
  }
  if (!Array.isArray(frames) || frames.length === 0) return undefined;
  let dep = -1;
  let internal = -1;
  let chosen = -1;
  for (let i = 0; i < frames.length; i++) {
    const file = frames[i]!.getFileName();
    if (!file || frames[i]!.isNative() || isInternal(file)) {
      if (internal < 0 && file) internal = i;
      continue;
    }
    if (isOwn(file)) continue;
    if (isDependency(file) && !o.includeNodeModules) {
      if (dep < 0) dep = i;
      continue;
    }
    chosen = i;
    break;
  }
  let attribution: Attribution = 'app';
  if (chosen < 0) {
    if (dep >= 0) {
      chosen = dep;
      attribution = 'dependency';
    } else if (internal >= 0) {
      chosen = internal;
      attribution = 'internal';
    } else return undefined;
  } else if (isDependency(frames[chosen]!.getFileName()!)) attribution = 'dependency';
  const f = frames[chosen]!;
  const file = f.getFileName()!;
  const line = f.getLineNumber() ?? 0;
  const column = f.getColumnNumber() ?? 0;
  // Strings for the short stack are made lazily (once per new site), from the frames of this
  // capture only: the closure is called synchronously by the tracker or dropped.
  const stack = (): string[] => {
    const picked = frames.slice(chosen, chosen + o.stackFrames);
    // Code transformed by a test runner or a TypeScript loader is mapped back to its source
    // by the prepareStackTrace the runtime had installed (vitest, source-map-support): let it
    // format our frames, as it would have formatted an Error's. Unless Node itself has a source
    // map for the site's file (--enable-source-maps, tsx): then ours maps it, and the installed
    // one may not (source-map-support looks for maps on disk, and finds none for code a loader
    // compiled in memory: it printed the generated line 2 of every tsx-compiled file).
    if (typeof prev === 'function' && !nodeHasMap(picked[0]!)) {
      try {
        const out = prev(
          { name: 'Site', message: '', toString: () => 'Site' } as unknown as Error,
          picked,
        );
        if (typeof out === 'string') {
          const lines = out
            .split('\n')
            .filter((l) => /^\s+at /.test(l))
            .map((l) => relativize(l.trim().slice(3)));
          if (lines.length > 0) return lines;
        }
      } catch {
        // fall through to our own formatting
      }
    }
    return picked.map(formatFrame);
  };
  return { key: `${file}:${line}:${column}`, file, line, column, attribution, stack };
}

const LOCATION = /^(?:.*\()?((?:file:\/\/)?[^()]+?):(\d+):(\d+)\)?$/;

/** The position a formatted frame names (`fn (file:line:col)` or `file:line:col`). */
export function frameLocation(
  frame: string,
): { file: string; line: number; column: number } | undefined {
  const m = LOCATION.exec(frame);
  return m ? { file: m[1]!, line: Number(m[2]), column: Number(m[3]) } : undefined;
}

function relativize(frame: string): string {
  const loc = frameLocation(frame);
  if (!loc) return frame;
  const shown = `${displayPath(loc.file)}:${loc.line}:${loc.column}`;
  return frame.endsWith(')') ? frame.replace(/\([^()]*\)$/, `(${shown})`) : shown;
}

function formatFrame(f: CallSiteLike): string {
  const file = f.getFileName();
  const loc = file ? mapped(file, f.getLineNumber() ?? 0, f.getColumnNumber() ?? 0) : 'native';
  let name = f.getFunctionName();
  const type = f.getTypeName();
  const method = f.getMethodName();
  if (!name && method) name = type ? `${type}.${method}` : method;
  return name ? `${name} (${loc})` : loc;
}

/** Whether Node knows a source map for the frame's file. */
function nodeHasMap(f: CallSiteLike): boolean {
  const file = f.getFileName();
  if (!file) return false;
  try {
    return findSourceMap(file) !== undefined;
  } catch {
    return false;
  }
}

/**
 * `file:line:column`, mapped to the original source when Node knows a source map for the
 * file (--enable-source-maps, or a loader that turned source maps on).
 */
function mapped(file: string, line: number, column: number): string {
  try {
    const map = findSourceMap(file);
    const e = map?.findEntry(line - 1, column - 1) as
      { originalSource?: string; originalLine?: number; originalColumn?: number } | undefined;
    if (
      e?.originalSource !== undefined &&
      e.originalLine !== undefined &&
      e.originalColumn !== undefined
    )
      return `${displayPath(e.originalSource)}:${e.originalLine + 1}:${e.originalColumn + 1}`;
  } catch {
    // no map
  }
  return `${displayPath(file)}:${line}:${column}`;
}

export { displayPath };
