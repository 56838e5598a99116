/**
 * What a response may not contain. File paths: absolute paths (POSIX, and Windows drive or UNC
 * paths) are made relative to the working directory (`src/app.ts:14:7`), paths elsewhere keep
 * only `node_modules/…` or their last two segments, so a response never reveals where the app is
 * installed. Player ids: connection
 * owners are removed unless the caller is an admin.
 *
 * The read endpoints scrub field by field (views.ts). Admin answers are serialised through
 * {@link scrubJson} instead, so every string in them is scrubbed whatever the action or source
 * put there: an admin sees more (owners, stacks) but the same paths as a reader.
 */
import path from 'node:path';

const CWD = process.cwd() + path.sep;
// An absolute path, up to whitespace, parentheses or quotes, not preceded by a path character
// (so `src/app.js` is left alone): a Windows one (group-less: a drive `C:\…`, `C:/…`, or a UNC
// share `\\server\share\…`, as Node writes them on Windows), or a POSIX one, optionally a file://
// URL (group 1). One pass for both: a second would read the `…/a/b` the first wrote as a path.
const ABS =
  /(?<![\w.~\\/-])(?:[A-Za-z]:[\\/]|\\\\)[^\s()'"`<>]+|(?<![\w.~-])(?:file:\/\/)?(\/[^\s()'"`<>]+)/g;

function shortPath(p: string): string {
  if (p.startsWith(CWD)) return p.slice(CWD.length);
  const nm = p.lastIndexOf('/node_modules/');
  if (nm !== -1) return p.slice(nm + 1);
  const parts = p.split('/').filter((s) => s !== '');
  return parts.length <= 2 ? parts.join('/') : '…/' + parts.slice(-2).join('/');
}

/** A Windows path's short form, with `/` for separators (`node_modules/…`, `…/a/b.js`). */
function shortWinPath(p: string): string {
  const cwd = process.cwd();
  if (/^[A-Za-z]:\\/.test(cwd) && p.toLowerCase().startsWith(cwd.toLowerCase() + '\\'))
    return p.slice(cwd.length + 1).replace(/\\/g, '/');
  const unc = p.startsWith('\\\\');
  // without the drive, or the UNC server and share
  const parts = p
    .split(/[\\/]/)
    .filter((x) => x !== '')
    .slice(unc ? 2 : 1);
  const nm = parts.lastIndexOf('node_modules');
  if (nm !== -1) return parts.slice(nm).join('/');
  return parts.length <= 2 ? parts.join('/') : '…/' + parts.slice(-2).join('/');
}

/** Replaces every absolute path in `s` (POSIX or Windows) with its short form. */
export function scrubPaths(s: string): string {
  return s.includes('/') || s.includes('\\')
    ? s.replace(ABS, (m: string, p: string | undefined) =>
        p === undefined ? shortWinPath(m) : shortPath(p),
      )
    : s;
}

/** Scrubs the string fields of a plain object one level deep (alerts, cleaner results). */
export function scrubStrings<T extends object>(o: T): T {
  const out = { ...o } as Record<string, unknown>;
  for (const [k, v] of Object.entries(out)) if (typeof v === 'string') out[k] = scrubPaths(v);
  return out as T;
}

/**
 * JSON.stringify replacer that scrubs every string value. Keys come from code and are kept;
 * so are `owner` values, which are player ids (often given by the admin, as in dispose-owner)
 * and must come back exactly as they are.
 */
export function scrubJson(key: string, value: unknown): unknown {
  return typeof value === 'string' && key !== 'owner' ? scrubPaths(value) : value;
}
