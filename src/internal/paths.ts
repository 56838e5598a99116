/**
 * Paths as shown to people: relative to the working directory when inside it, file: URLs as
 * paths. Node only (used by the runtime finder, heap sites and the testing helpers).
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** A file: URL as a path; anything else (or a URL that is not a valid path) as it is. */
export function toPath(file: string): string {
  if (!file.startsWith('file://')) return file;
  try {
    return fileURLToPath(file);
  } catch {
    return file;
  }
}

/** A path relative to the working directory when inside it; file: URLs become paths. */
export function displayPath(file: string): string {
  const p = toPath(file);
  if (!isAbsolute(p)) return p;
  const rel = relative(process.cwd(), p);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : p;
}

/**
 * Where a reported site is, as every report writes it: `site` for people (`src/a.ts:3:7`),
 * `file` as an absolute path for tools, and the 1-based line and column.
 */
export function siteLocation(
  file: string,
  line: number,
  column: number,
): { site: string; file: string; line: number; column: number } {
  return { site: `${displayPath(file)}:${line}:${column}`, file: toPath(file), line, column };
}
