/**
 * Paths as shown to people: relative to the working directory when inside it, file: URLs as
 * paths. Node only (used by the runtime finder, heap sites and the testing helpers).
 */
import { isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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
