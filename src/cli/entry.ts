import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the script node was started with (`node dist/cli/main.js`,
 * a `bin` link). Compared as real paths: `argv[1]` keeps symlinks (a linked node_modules, an npm
 * `bin` shim), `import.meta.url` does not. False, never a throw, when `argv[1]` is absent or is
 * not a file (`node -e …`, a path removed since start).
 */
export function invokedDirectly(moduleUrl: string, invokedAs = process.argv[1]): boolean {
  if (invokedAs === undefined) return false;
  try {
    return realpathSync(invokedAs) === fileURLToPath(moduleUrl);
  } catch {
    return false;
  }
}
