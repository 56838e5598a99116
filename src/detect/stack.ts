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
import { dirname, relative, isAbsolute, sep } from 'node:path';

/** Where the site frame was found: app code, a dependency (node_modules) or Node itself. */
export type Attribution = 'app' | 'dependency' | 'internal';

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

function isOwn(file: string): boolean {
  return file.startsWith(OWN_ROOT) || file.startsWith(OWN_ROOT_URL);
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
  // Strings for the short stack are made lazily, but from the frames of this capture only:
  // the closure is called synchronously by the tracker or dropped.
  const stack = (): string[] => {
    const out: string[] = [];
    for (let i = chosen; i < frames.length && out.length < o.stackFrames; i++)
      out.push(formatFrame(frames[i]!));
    return out;
  };
  return { key: `${file}:${line}:${column}`, file, line, column, attribution, stack };
}

function formatFrame(f: CallSiteLike): string {
  const file = f.getFileName();
  const loc = file
    ? `${displayPath(file)}:${f.getLineNumber() ?? 0}:${f.getColumnNumber() ?? 0}`
    : 'native';
  let name = f.getFunctionName();
  const type = f.getTypeName();
  const method = f.getMethodName();
  if (!name && method) name = type ? `${type}.${method}` : method;
  return name ? `${name} (${loc})` : loc;
}

/** A path relative to the working directory when inside it; file: URLs become paths. */
export function displayPath(file: string): string {
  let p = file;
  if (p.startsWith('file://')) {
    try {
      p = fileURLToPath(p);
    } catch {
      return file;
    }
  }
  if (!isAbsolute(p)) return p;
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}
