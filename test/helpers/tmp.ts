/**
 * Temporary directories in tests, each with the place that removes it.
 *
 * - `withTempDir(prefix, use)`: a directory for one piece of work (a child process, a file it
 *   reports to), removed once `use` has settled, whatever the outcome. When the directory is
 *   handed to a child, `use` resolves when the child has exited, so nothing is still writing
 *   into it (a report written at exit recreates its folder).
 * - `useTempDirs()`, at the top of a test file: from the file's beforeAll to its afterAll,
 *   TMPDIR — so os.tmpdir() in the file and in every child started with `process.env` — is a
 *   fresh directory of the file's own. `make(prefix)` makes directories there, removed in
 *   afterAll; afterAll then fails the file, naming them, if anything else is left in it: a
 *   directory made without this helper, or by a child (leakguard watch, tsx) that did not
 *   remove what it made. Files running in parallel never see each other's directories: each
 *   runs in a vitest worker of its own (a forked process by default; a worker thread has its
 *   own copy of process.env too).
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** Removes `dir` and everything in it; retries briefly (a process that just exited). */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 50 });
}

/** Runs `use` with a fresh `<os.tmpdir()>/<prefix>XXXXXX`, removed once `use` has settled. */
export async function withTempDir<T>(
  prefix: string,
  use: (dir: string) => T | Promise<T>,
): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await use(dir);
  } finally {
    removeDir(dir);
  }
}

/** A file's own temporary root; `close()` is the check `useTempDirs` runs in afterAll. */
export interface TempRoot {
  /** The root (TMPDIR while open). */
  readonly root: string;
  /** Makes `<root>/<prefix>XXXXXX`; removed by close(). */
  make(prefix: string): string;
  /**
   * Removes what make() made, restores TMPDIR, removes the root; throws, naming them, when
   * anything else was left in the root.
   */
  close(): void;
}

/** Points TMPDIR at a fresh directory (see useTempDirs); exported for its own test. */
export function openTempRoot(): TempRoot {
  const had = Object.prototype.hasOwnProperty.call(process.env, 'TMPDIR');
  const previous = process.env.TMPDIR;
  const root = mkdtempSync(join(tmpdir(), 'lg-test-tmp-'));
  const made = new Set<string>();
  process.env.TMPDIR = root;
  let open = true;
  return {
    root,
    make(prefix) {
      if (!open) throw new Error(`temporary root ${root} is closed`);
      const dir = mkdtempSync(join(root, prefix));
      made.add(dir);
      return dir;
    },
    close() {
      if (!open) return;
      open = false;
      if (had) process.env.TMPDIR = previous;
      else delete process.env.TMPDIR;
      for (const dir of made) removeDir(dir);
      let left: string[];
      try {
        left = readdirSync(root).sort();
      } finally {
        removeDir(root);
      }
      if (left.length > 0)
        throw new Error(
          `left in the temporary directory (made without removal): ${left.join(', ')}`,
        );
    },
  };
}

/**
 * Call at the top level of a test file: the file gets a TMPDIR of its own, checked empty in
 * afterAll. Returns `make(prefix)`, for directories removed in afterAll.
 */
export function useTempDirs(): { make(prefix: string): string } {
  let current: TempRoot | undefined;
  beforeAll(() => {
    current = openTempRoot();
  });
  afterAll(() => {
    const r = current;
    current = undefined;
    r?.close();
  });
  return {
    make(prefix) {
      if (current === undefined)
        throw new Error('useTempDirs(): make() is for the tests of the file');
      return current.make(prefix);
    },
  };
}
